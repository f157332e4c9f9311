# Tests of core/lab that run processes. TestNodeAgent runs small real processes (sleep, sh);
# TestApiserverSimulator serves HTTPS in-process on 127.0.24.200 (etcd unreachable) and asks it with curl;
# TestLab starts real labs on 127.0.22.x and TestLabControlPlane one on 127.0.24.x (etcd, apiservers, haproxy,
# nginx) through etcd-drill-cli.
etcddrill_add_test(NAME testnodeagent SOURCES integration/TestNodeAgent.cpp
  LIBS etcddrill_core LABELS integration TIMEOUT 120)
etcddrill_add_test(NAME testapiserversimulator
  SOURCES integration/TestApiserverSimulator.cpp integration/CurlClient.h integration/CurlClient.cpp
  LIBS etcddrill_core Qt6::Network LABELS integration TIMEOUT 120)
etcddrill_add_test(NAME testlab SOURCES integration/TestLab.cpp
  LIBS etcddrill_core etcddrill_testsupport Qt6::Network LABELS integration TIMEOUT 180)
etcddrill_add_test(NAME testlabcontrolplane
  SOURCES integration/TestLabControlPlane.cpp integration/CurlClient.h integration/CurlClient.cpp
  LIBS etcddrill_core etcddrill_testsupport Qt6::Network LABELS integration TIMEOUT 180)
# The CLI runs the lab and starts the lab's apiservers: build both whenever these tests are built.
add_dependencies(testlab etcd-drill-cli etcd-drill-lab-apiserver)
add_dependencies(testlabcontrolplane etcd-drill-cli etcd-drill-lab-apiserver)
