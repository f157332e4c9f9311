# Tests of core/etcd. Pure derivations and parsers are unit tests; TestEtcdClient starts a real 3-member etcd
# cluster on 127.0.21.1-3 (plus a refused port and a silent TCP server on 127.0.21.4/.9) and is labelled
# integration.
etcddrill_add_test(NAME testclustersnapshot SOURCES unit/TestClusterSnapshot.cpp
  LIBS etcddrill_etcd LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testclustereventdetector SOURCES unit/TestClusterEventDetector.cpp
  LIBS etcddrill_etcd LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testetcdendpoint SOURCES unit/TestEtcdEndpoint.cpp
  LIBS etcddrill_etcd LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testetcderrortext SOURCES unit/TestEtcdErrorText.cpp
  LIBS etcddrill_etcd LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testetcdtlsmaterial SOURCES unit/TestEtcdTlsMaterial.cpp
  LIBS etcddrill_etcd LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testetcdclient SOURCES unit/TestEtcdClient.cpp
  LIBS etcddrill_etcd etcddrill_testsupport Qt6::Network LABELS integration TIMEOUT 180)
etcddrill_add_test(NAME testetcdclienttls SOURCES unit/TestEtcdClientTls.cpp
  LIBS etcddrill_etcd etcddrill_lab etcddrill_testsupport LABELS integration TIMEOUT 120)
