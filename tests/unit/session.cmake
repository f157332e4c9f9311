# Tests of core/session. TestLabStarter checks the refusals (no processes); TestLiveSession runs a real
# embedded lab on 127.0.32.21 (etcd, apiservers, haproxy, nginx) through etcd-drill-cli.
etcddrill_add_test(NAME testlabstarter SOURCES unit/TestLabStarter.cpp
  LIBS etcddrill_core LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testlivesession SOURCES unit/TestLiveSession.cpp
  LIBS etcddrill_core etcddrill_testsupport LABELS integration TIMEOUT 180)
add_dependencies(testlivesession etcd-drill-cli etcd-drill-lab-apiserver)
# TestDrillSession: a drill whose etcd endpoints refuse at once (closed ports on 127.0.0.1), so the preflight
# fails fast; no lab.
etcddrill_add_test(NAME testdrillsession SOURCES unit/TestDrillSession.cpp
  LIBS etcddrill_core LABELS unit TIMEOUT 90)
