# Tests of core/lab. TestCertificateAuthority and TestLabLayout are pure unit tests; TestNodeAgent runs small
# real processes (sleep, sh); TestLab starts real etcd members on 127.0.22.x through etcd-drill-cli.
etcddrill_add_test(NAME testcertificateauthority SOURCES unit/TestCertificateAuthority.cpp
  LIBS etcddrill_core OpenSSL::Crypto LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testlablayout SOURCES unit/TestLabLayout.cpp
  LIBS etcddrill_core LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testnodeagent SOURCES unit/TestNodeAgent.cpp
  LIBS etcddrill_core LABELS integration TIMEOUT 120)
etcddrill_add_test(NAME testlab SOURCES unit/TestLab.cpp
  LIBS etcddrill_core Qt6::Network LABELS integration TIMEOUT 180)
# The CLI runs the lab: build it whenever the test is built.
add_dependencies(testlab etcd-drill-cli)
