# bench-status: `etcd-drill-cli status` vs `etcdctl endpoint status` on the same lab, and the monitor's CPU
# per poll. A benchmark: built with the tests, run by hand or by run-benchmarks.sh, not registered in CTest.
add_executable(bench-status bench/BenchStatus.cpp)
target_compile_options(bench-status PRIVATE ${ETCD_DRILL_WARNINGS})
target_link_libraries(bench-status PRIVATE etcddrill_core etcddrill_testsupport Qt6::Core)
target_compile_definitions(bench-status PRIVATE ETCD_DRILL_CLI="$<TARGET_FILE:etcd-drill-cli>")
add_dependencies(bench-status etcd-drill-cli)

# bench-workload: the drill's client workload at 20/100/500 puts per second next to an `etcdctl put` loop on
# the same lab, with its CPU, and the read-back and cleanup after it.
add_executable(bench-workload bench/BenchWorkload.cpp)
target_compile_options(bench-workload PRIVATE ${ETCD_DRILL_WARNINGS})
target_link_libraries(bench-workload PRIVATE etcddrill_core etcddrill_testsupport Qt6::Core)
add_dependencies(bench-workload etcd-drill-cli)
