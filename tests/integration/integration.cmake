# Integration tests against the real embedded lab (etcd with mTLS on loopback, started per test).
etcddrill_add_test(NAME testclustermonitorlab SOURCES integration/TestClusterMonitorLab.cpp
  LIBS etcddrill_core etcddrill_testsupport LABELS integration TIMEOUT 240)
# The crash report of a real etcd-drill-cli sent SIGSEGV and SIGABRT (core/diag/CrashHandler).
etcddrill_add_test(NAME testcrashhandler SOURCES integration/TestCrashHandler.cpp
  LIBS etcddrill_diag LABELS integration TIMEOUT 60)
