# bench-status: `etcd-drill-cli status` vs `etcdctl endpoint status` on the same lab, and the monitor's CPU
# per poll. A benchmark: built with the tests, run by hand or by run-benchmarks.sh, not registered in CTest.
add_executable(bench-status bench/BenchStatus.cpp)
target_compile_options(bench-status PRIVATE ${ETCD_DRILL_WARNINGS})
target_link_libraries(bench-status PRIVATE etcddrill_core etcddrill_testsupport Qt6::Core)
target_compile_definitions(bench-status PRIVATE ETCD_DRILL_CLI="$<TARGET_FILE:etcd-drill-cli>")
add_dependencies(bench-status etcd-drill-cli)
