# bench-gui: the drill console with one hour of samples (ingest, frame times, peak memory), its start-up time
# against an empty Qt window (bench-gui-minimal), and its CPU while watching a lab (127.0.40.x) against a
# watch/etcdctl + curl shell loop (see README.md). Built with the tests, run by hand or by run-benchmarks.sh,
# not registered in CTest.
add_executable(bench-gui-minimal bench/BenchGuiMinimal.cpp bench/FirstPaintProbe.h)
target_compile_options(bench-gui-minimal PRIVATE ${ETCD_DRILL_WARNINGS})
target_link_libraries(bench-gui-minimal PRIVATE Qt6::Widgets)
add_executable(bench-gui bench/BenchGui.cpp bench/FirstPaintProbe.h)
target_compile_options(bench-gui PRIVATE ${ETCD_DRILL_WARNINGS})
target_link_libraries(bench-gui PRIVATE etcddrill_ui etcddrill_guitestdata etcddrill_testsupport Qt6::Widgets)
add_dependencies(bench-gui bench-gui-minimal etcd-drill-cli etcd-drill-lab-apiserver)
