# bench-report: build + render time and file size of a one-hour drill's report (synthesized from the lab drill
# fixture: 360,000 samples). No lab; offscreen. See README.md.
add_executable(bench-report bench/BenchReport.cpp)
target_compile_options(bench-report PRIVATE ${ETCD_DRILL_WARNINGS})
target_link_libraries(bench-report PRIVATE etcddrill_report Qt6::Gui)
target_compile_definitions(bench-report PRIVATE ETCD_DRILL_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data")
