# Tests of core/workload: the data-safety checks over hand-built operation logs, reads, watch events and
# hashes, and how the runner classifies a put that did not succeed (the runner against real etcd: TestEtcdClient).
etcddrill_add_test(NAME testdatasafetychecker SOURCES unit/TestDataSafetyChecker.cpp
  LIBS etcddrill_workload LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testworkloadrunner SOURCES unit/TestWorkloadRunner.cpp
  LIBS etcddrill_workload LABELS unit TIMEOUT 60)
