# The .deb, end to end (label: package): cpack, apt-get install, the installed files, the lab from /usr/bin,
# apt-get remove. Needs root and installs a system package: run it with `ctest -L package` on CI or a throwaway
# machine. The lab uses 127.0.33.1.. only.
add_test(NAME package_deb
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/package/test-package.sh ${CMAKE_BINARY_DIR} ${PROJECT_VERSION})
set_tests_properties(package_deb PROPERTIES LABELS package TIMEOUT 600 RUN_SERIAL TRUE)
