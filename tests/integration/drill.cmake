# Tests of core/drill against real processes.
#   testdrillengine   whole drills and `etcd-drill-cli run` / `recover` against a real lab on 127.0.28.x (and an
#                     sshd on 127.0.28.50), also with custom fault commands that fail: a stop that is rolled
#                     back, a start that is tried once more
#   testsshtransport  SshTransport against a real sshd on 127.0.25.1 (SshTestServer)
etcddrill_add_test(NAME testdrillengine SOURCES integration/TestDrillEngine.cpp integration/SshTestServer.h
  integration/SshTestServer.cpp LIBS etcddrill_core etcddrill_testsupport Qt6::Network LABELS integration
  TIMEOUT 420)
# The lab runs its apiservers from the program next to etcd-drill-cli.
if(TARGET etcd-drill-lab-apiserver)
  add_dependencies(testdrillengine etcd-drill-lab-apiserver)
endif()
etcddrill_add_test(NAME testsshtransport SOURCES integration/TestSshTransport.cpp integration/SshTestServer.h
  integration/SshTestServer.cpp LIBS etcddrill_drill Qt6::Network LABELS integration TIMEOUT 120)
