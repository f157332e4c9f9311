# Tests of core/workload: the data-safety checks over hand-built operation logs, reads, watch events and
# hashes.
etcddrill_add_test(NAME testdatasafetychecker SOURCES unit/TestDataSafetyChecker.cpp
  LIBS etcddrill_workload LABELS unit TIMEOUT 60)
