# Tests of core/session without processes. TestLabStarter checks the refusals; TestLiveSession, which runs a
# real lab, is in integration/session.cmake.
etcddrill_add_test(NAME testlabstarter SOURCES unit/TestLabStarter.cpp
  LIBS etcddrill_core LABELS unit TIMEOUT 60)
# TestDrillSession: a drill whose etcd endpoints refuse at once (closed ports on 127.0.0.1), so the preflight
# fails fast; no lab.
etcddrill_add_test(NAME testdrillsession SOURCES unit/TestDrillSession.cpp
  LIBS etcddrill_core LABELS unit TIMEOUT 90)
