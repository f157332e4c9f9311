# The Debian package: what `cmake --build <dir> --target package` (or cpack -G DEB) puts into etcd-drill_<v>_<arch>.deb
# beyond the executables' own install() rules in app/: desktop entry, AppStream metainfo, hicolor icons, the CLI's
# man page and the docs. Included from the top CMakeLists so include(CPack) writes CPackConfig.cmake at the top of
# the build tree. The version comes from project(VERSION) only.

set(ETCD_DRILL_APP_ID io.github.etcd_drill.EtcdDrill)
set(ETCD_DRILL_HOMEPAGE "https://github.com/etcd-drill/etcd-drill" CACHE STRING "Homepage shown in the .deb and AppStream data")
set(ETCD_DRILL_MAINTAINER "etcd-drill maintainers <etcd-drill@example.org>"
  CACHE STRING "Maintainer field of the .deb (Name <email>)")
set(ETCD_DRILL_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
set(ETCD_DRILL_PACKAGING_OUT ${CMAKE_BINARY_DIR}/packaging)

# --- icons: the SVG is installed by app/gui; the PNG sizes are rendered from it at build time --------------
add_executable(etcd-drill-iconrender ${ETCD_DRILL_PACKAGING_DIR}/IconRender.cpp)
target_compile_options(etcd-drill-iconrender PRIVATE ${ETCD_DRILL_WARNINGS})
target_link_libraries(etcd-drill-iconrender PRIVATE Qt6::Gui Qt6::Svg)
# A build tool only: keep it out of build/bin so nothing mistakes it for a shipped program.
set_target_properties(etcd-drill-iconrender PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${ETCD_DRILL_PACKAGING_OUT})

set(ETCD_DRILL_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/icons/etcd-drill.svg)
set(ETCD_DRILL_PACKAGING_OUTPUTS)
foreach(size 16 32 48 64 128 256)
  set(png ${ETCD_DRILL_PACKAGING_OUT}/icons/${size}x${size}/etcd-drill.png)
  add_custom_command(OUTPUT ${png}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${ETCD_DRILL_PACKAGING_OUT}/icons/${size}x${size}
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen $<TARGET_FILE:etcd-drill-iconrender>
            ${ETCD_DRILL_ICON_SVG} ${png} ${size}
    DEPENDS etcd-drill-iconrender ${ETCD_DRILL_ICON_SVG}
    COMMENT "Rendering etcd-drill.png at ${size}x${size}"
    VERBATIM)
  list(APPEND ETCD_DRILL_PACKAGING_OUTPUTS ${png})
  install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# --- man page: hand-written roff, gzipped (-n: no name/time in the header, so the .deb is reproducible) ----
set(ETCD_DRILL_MAN_GZ ${ETCD_DRILL_PACKAGING_OUT}/etcd-drill-cli.1.gz)
add_custom_command(OUTPUT ${ETCD_DRILL_MAN_GZ}
  COMMAND sh -c "gzip -9n -c \"$0\" > \"$1\"" ${ETCD_DRILL_PACKAGING_DIR}/etcd-drill-cli.1 ${ETCD_DRILL_MAN_GZ}
  DEPENDS ${ETCD_DRILL_PACKAGING_DIR}/etcd-drill-cli.1
  COMMENT "Compressing etcd-drill-cli.1"
  VERBATIM)
list(APPEND ETCD_DRILL_PACKAGING_OUTPUTS ${ETCD_DRILL_MAN_GZ})
install(FILES ${ETCD_DRILL_MAN_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# In ALL so that `cpack` after a plain build finds every file; the `package` target builds ALL first anyway.
add_custom_target(etcddrill_packaging_files ALL DEPENDS ${ETCD_DRILL_PACKAGING_OUTPUTS})

# --- desktop entry and AppStream metainfo ------------------------------------------------------------------
# The release date honours SOURCE_DATE_EPOCH, so a reproducible build gets the same metainfo.
string(TIMESTAMP ETCD_DRILL_RELEASE_DATE "%Y-%m-%d" UTC)
configure_file(${ETCD_DRILL_PACKAGING_DIR}/${ETCD_DRILL_APP_ID}.metainfo.xml.in
  ${ETCD_DRILL_PACKAGING_OUT}/${ETCD_DRILL_APP_ID}.metainfo.xml @ONLY)
install(FILES ${ETCD_DRILL_PACKAGING_OUT}/${ETCD_DRILL_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${ETCD_DRILL_PACKAGING_DIR}/etcd-drill.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)

# --- docs ----------------------------------------------------------------------------------------------------
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/examples/drill.example.yaml
  DESTINATION ${CMAKE_INSTALL_DOCDIR})

# --- CPack: one Debian 12 package -----------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME etcd-drill)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "etcd-drill developers")
set(CPACK_PACKAGE_CONTACT "${ETCD_DRILL_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${ETCD_DRILL_HOMEPAGE}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # etcd-drill_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${ETCD_DRILL_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${ETCD_DRILL_HOMEPAGE}")
# Debian's description: the summary line, then the long text (CPack indents it).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}
etcd-drill runs an etcd high-availability game day on a three-node Kubernetes
control plane as one guided, measured, recorded run: it stops one etcd member
the kubeadm way, checks that the survivors keep quorum, measures what clients
of the apiserver see through the VIP and the domain, starts the member again
and verifies that it rejoins. It ships a Qt drill console (etcd-drill), a
command-line tool (etcd-drill-cli) and an embedded loopback lab to rehearse
drills without a cluster.")
# Library dependencies come from dpkg-shlibdeps (dpkg-dev). Qt loads its platform plugin (xcb, wayland,
# offscreen) at run time, so no ELF dependency names qt6-qpa-plugins; the SVG icon is drawn by the svg icon
# engine plugin of libqt6svg6, which --as-needed linking leaves out of etcd-drill's NEEDED entries.
# Both must be listed by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
# The embedded lab runs Debian's etcd, haproxy and nginx (stream module); the ssh transport runs ssh.
# Without them the console and the CLI still drill a real cluster, hence Recommends, not Depends.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "etcd-server, etcd-client, haproxy, nginx, libnginx-mod-stream, openssh-client")
include(CPack)
