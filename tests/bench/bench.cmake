# Benchmarks: built with the tests (`cmake --build … --target <bench>`), run by hand or by
# run-benchmarks.sh; not registered in CTest. One block per benchmark; add yours below.

# bench-probe: one probe vs curl on the same HTTPS apiserver, and the scheduler's accuracy, CPU and memory
# at 10/20/50 Hz with the lab's 5 targets (see README.md).
add_executable(bench-probe bench/BenchProbe.cpp)
target_compile_options(bench-probe PRIVATE ${ETCD_DRILL_WARNINGS})
target_link_libraries(bench-probe PRIVATE etcddrill_probe etcddrill_config etcddrill_testsupport Qt6::Core)
add_dependencies(bench-probe etcd-drill-cli)
