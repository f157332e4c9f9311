# Tests of core/lab. TestCertificateAuthority, TestLabLayout, TestKubeApiPath and TestStaticPodMirror are pure
# unit tests; TestLabLoadBalancerConfig has the real haproxy and nginx check the generated files (haproxy -c,
# nginx -t: no server is started). The tests that run the lab's processes are in integration/lab.cmake.
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
etcddrill_add_test(NAME testkubetable SOURCES unit/TestKubeTable.cpp
  LIBS etcddrill_core LABELS unit TIMEOUT 60)
