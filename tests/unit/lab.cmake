# Tests of core/lab. TestCertificateAuthority, TestLabLayout, TestKubeApiPath and TestStaticPodMirror are pure
# unit tests; TestLabLoadBalancerConfig has the real haproxy and nginx check the generated files;
# TestNodeAgent runs small real processes (sleep, sh); TestApiserverSimulator serves HTTPS in-process on
# 127.0.24.200 (etcd unreachable); TestLab starts real labs on 127.0.22.x and TestLabControlPlane one on
# 127.0.24.x (etcd, apiservers, haproxy, nginx) through etcd-drill-cli.
etcddrill_add_test(NAME testcertificateauthority SOURCES unit/TestCertificateAuthority.cpp
  LIBS etcddrill_core OpenSSL::Crypto LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testlablayout SOURCES unit/TestLabLayout.cpp
  LIBS etcddrill_core LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testkubeapipath SOURCES unit/TestKubeApiPath.cpp
  LIBS etcddrill_core LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME teststaticpodmirror SOURCES unit/TestStaticPodMirror.cpp
  LIBS etcddrill_core LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testlabloadbalancerconfig SOURCES unit/TestLabLoadBalancerConfig.cpp
  LIBS etcddrill_core LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testnodeagent SOURCES unit/TestNodeAgent.cpp
  LIBS etcddrill_core LABELS integration TIMEOUT 120)
etcddrill_add_test(NAME testapiserversimulator
  SOURCES unit/TestApiserverSimulator.cpp unit/CurlClient.h unit/CurlClient.cpp
  LIBS etcddrill_core Qt6::Network LABELS integration TIMEOUT 120)
etcddrill_add_test(NAME testlab SOURCES unit/TestLab.cpp
  LIBS etcddrill_core etcddrill_testsupport Qt6::Network LABELS integration TIMEOUT 180)
etcddrill_add_test(NAME testlabcontrolplane
  SOURCES unit/TestLabControlPlane.cpp unit/CurlClient.h unit/CurlClient.cpp
  LIBS etcddrill_core etcddrill_testsupport Qt6::Network LABELS integration TIMEOUT 180)
# The CLI runs the lab and starts the lab's apiservers: build both whenever these tests are built.
add_dependencies(testlab etcd-drill-cli etcd-drill-lab-apiserver)
add_dependencies(testlabcontrolplane etcd-drill-cli etcd-drill-lab-apiserver)
