# Integration tests against the real embedded lab (etcd with mTLS on loopback, started per test).
etcddrill_add_test(NAME testclustermonitorlab SOURCES integration/TestClusterMonitorLab.cpp
  LIBS etcddrill_core etcddrill_testsupport LABELS integration TIMEOUT 240)
