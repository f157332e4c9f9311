# Tests of core/drill. TestShellQuote, TestRedactor and TestSshTarget are pure unit tests; TestLocalTransport,
# TestStaticPodAction and TestFaultAction run small real processes (sh, mv, sleep) in temporary folders.
# TestSshTransport starts a real sshd on 127.0.25.1 (SshTestServer) and is labelled integration.
etcddrill_add_test(NAME testshellquote SOURCES unit/TestShellQuote.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testredactor SOURCES unit/TestRedactor.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testsshtarget SOURCES unit/TestSshTarget.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testlocaltransport SOURCES unit/TestLocalTransport.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME teststaticpodaction SOURCES unit/TestStaticPodAction.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testfaultaction SOURCES unit/TestFaultAction.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testsshtransport SOURCES unit/TestSshTransport.cpp unit/SshTestServer.h
  unit/SshTestServer.cpp LIBS etcddrill_drill Qt6::Network LABELS integration TIMEOUT 120)
