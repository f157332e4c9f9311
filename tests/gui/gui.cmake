# Tests of the drill console (ui/): real widgets under the offscreen platform (etcddrill_add_test sets
# QT_QPA_PLATFORM=offscreen), fed by hand-made value types (ConsoleTestData) or, for TestConsoleLab, by a real
# embedded lab on 127.0.32.x. Screenshots land in <build>/test-artifacts/.
add_library(etcddrill_guitestdata STATIC gui/ConsoleTestData.h gui/ConsoleTestData.cpp)
target_include_directories(etcddrill_guitestdata PUBLIC gui)
target_compile_options(etcddrill_guitestdata PRIVATE ${ETCD_DRILL_WARNINGS})
target_link_libraries(etcddrill_guitestdata PUBLIC etcddrill_core)

etcddrill_add_test(NAME testminmaxdownsampler SOURCES gui/TestMinMaxDownsampler.cpp
  LIBS etcddrill_core LABELS gui unit TIMEOUT 60)
etcddrill_add_test(NAME testtopologywidget SOURCES gui/TestTopologyWidget.cpp
  LIBS etcddrill_ui etcddrill_guitestdata LABELS gui TIMEOUT 60)
etcddrill_add_test(NAME testlatencychartview SOURCES gui/TestLatencyChartView.cpp
  LIBS etcddrill_ui etcddrill_guitestdata LABELS gui TIMEOUT 60)
etcddrill_add_test(NAME testlatencyplotitem SOURCES gui/TestLatencyPlotItem.cpp
  LIBS etcddrill_ui LABELS gui unit TIMEOUT 60)
etcddrill_add_test(NAME testconsolelanguage SOURCES gui/TestConsoleLanguage.cpp
  LIBS etcddrill_ui etcddrill_guitestdata LABELS gui TIMEOUT 60)
etcddrill_add_test(NAME testconsoleresponsiveness SOURCES gui/TestConsoleResponsiveness.cpp
  LIBS etcddrill_ui etcddrill_guitestdata Qt6::Network LABELS gui TIMEOUT 60)
etcddrill_add_test(NAME testconsolescreenshot SOURCES gui/TestConsoleScreenshot.cpp
  LIBS etcddrill_ui etcddrill_guitestdata LABELS gui TIMEOUT 60)
target_compile_definitions(testconsolescreenshot PRIVATE
  ETCD_DRILL_TEST_ARTIFACTS="${CMAKE_BINARY_DIR}/test-artifacts")
# The screen matrix once more on a real X server (Xvfb, xcb platform): what a laptop's window system gives
# the console, fonts and all, not only the offscreen platform's.
find_program(ETCD_DRILL_XVFB_RUN xvfb-run)
if(ETCD_DRILL_XVFB_RUN)
  add_test(NAME testconsolescreenshot_xvfb
    COMMAND ${ETCD_DRILL_XVFB_RUN} -a -s "-screen 0 1920x1200x24" $<TARGET_FILE:testconsolescreenshot> fitsEveryScreen)
  set_tests_properties(testconsolescreenshot_xvfb PROPERTIES LABELS gui TIMEOUT 120
    ENVIRONMENT "QT_QPA_PLATFORM=xcb")
endif()
etcddrill_add_test(NAME testconsolelab SOURCES gui/TestConsoleLab.cpp
  LIBS etcddrill_ui etcddrill_guitestdata LABELS gui integration TIMEOUT 180)
target_compile_definitions(testconsolelab PRIVATE ETCD_DRILL_TEST_ARTIFACTS="${CMAKE_BINARY_DIR}/test-artifacts")
# The lab's supervisor is etcd-drill-cli and its apiservers are etcd-drill-lab-apiserver, found next to the test.
add_dependencies(testconsolelab etcd-drill-cli etcd-drill-lab-apiserver)
etcddrill_add_test(NAME testtimelinepanel SOURCES gui/TestTimelinePanel.cpp
  LIBS etcddrill_ui etcddrill_guitestdata LABELS gui TIMEOUT 60)
etcddrill_add_test(NAME testmainwindow SOURCES gui/TestMainWindow.cpp
  LIBS etcddrill_ui etcddrill_guitestdata LABELS gui TIMEOUT 60)
target_compile_definitions(testmainwindow PRIVATE ETCD_DRILL_TEST_ARTIFACTS="${CMAKE_BINARY_DIR}/test-artifacts")
# The drill steps panel (gate confirmation, abort) fed by hand, and a whole drill through the console on a lab
# at 127.0.34.x with screenshots per step in <build>/test-artifacts/.
etcddrill_add_test(NAME testdrillstepspanel SOURCES gui/TestDrillStepsPanel.cpp
  LIBS etcddrill_ui etcddrill_guitestdata LABELS gui TIMEOUT 60)
etcddrill_add_test(NAME testdrillstatusstrip SOURCES gui/TestDrillStatusStrip.cpp
  LIBS etcddrill_ui LABELS gui TIMEOUT 60)
target_compile_definitions(testdrillstatusstrip PRIVATE
  ETCD_DRILL_TEST_ARTIFACTS="${CMAKE_BINARY_DIR}/test-artifacts")
etcddrill_add_test(NAME testdrillconsolelab SOURCES gui/TestDrillConsoleLab.cpp
  LIBS etcddrill_ui etcddrill_guitestdata etcddrill_testsupport LABELS gui integration TIMEOUT 240)
target_compile_definitions(testdrillconsolelab PRIVATE
  ETCD_DRILL_TEST_ARTIFACTS="${CMAKE_BINARY_DIR}/test-artifacts")
add_dependencies(testdrillconsolelab etcd-drill-cli etcd-drill-lab-apiserver)
# Journal replay and the restore offer without a cluster (hand-made models and journals; nothing listens on
# the 127.0.38.5x-6x endpoints), and the replay of a real lab drill plus a real restore on 127.0.38.x.
etcddrill_add_test(NAME testreplay SOURCES gui/TestReplay.cpp
  LIBS etcddrill_ui etcddrill_guitestdata LABELS gui TIMEOUT 60)
etcddrill_add_test(NAME testrestoreoffer SOURCES gui/TestRestoreOffer.cpp
  LIBS etcddrill_ui etcddrill_guitestdata LABELS gui TIMEOUT 120)
etcddrill_add_test(NAME testreplaylab SOURCES gui/TestReplayLab.cpp
  LIBS etcddrill_ui etcddrill_guitestdata etcddrill_testsupport LABELS gui integration TIMEOUT 420)
target_compile_definitions(testreplaylab PRIVATE ETCD_DRILL_TEST_ARTIFACTS="${CMAKE_BINARY_DIR}/test-artifacts")
# The report export dialog on the lab drill fixture: exports on its worker thread, asks before replacing files,
# writes the chosen language over a console in the other one without retranslating the console.
etcddrill_add_test(NAME testreportexportdialog SOURCES gui/TestReportExportDialog.cpp
  LIBS etcddrill_ui etcddrill_guitestdata LABELS gui TIMEOUT 90)
# File ▸ Drill history… and the side-by-side comparison on journal folders written by the test.
etcddrill_add_test(NAME testdrillhistorydialog SOURCES gui/TestDrillHistoryDialog.cpp
  LIBS etcddrill_ui LABELS gui TIMEOUT 60)
target_compile_definitions(testdrillhistorydialog PRIVATE ETCD_DRILL_TEST_ARTIFACTS="${CMAKE_BINARY_DIR}/test-artifacts")
