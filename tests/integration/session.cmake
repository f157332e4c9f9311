# Tests of core/session against the real lab: TestLiveSession runs an embedded lab on 127.0.32.21 (etcd,
# apiservers, haproxy, nginx) through etcd-drill-cli.
etcddrill_add_test(NAME testlivesession SOURCES integration/TestLiveSession.cpp
  LIBS etcddrill_core etcddrill_testsupport LABELS integration TIMEOUT 180)
add_dependencies(testlivesession etcd-drill-cli etcd-drill-lab-apiserver)
