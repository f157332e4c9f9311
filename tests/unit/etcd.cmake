# Tests of core/etcd: pure derivations and parsers. TestEtcdClient and TestEtcdClientTls, which start real etcd
# members, are in integration/etcd.cmake.
etcddrill_add_test(NAME testclustersnapshot SOURCES unit/TestClusterSnapshot.cpp
  LIBS etcddrill_etcd LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testclustereventdetector SOURCES unit/TestClusterEventDetector.cpp
  LIBS etcddrill_etcd LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testetcderrortext SOURCES unit/TestEtcdErrorText.cpp
  LIBS etcddrill_etcd LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testetcdtlsmaterial SOURCES unit/TestEtcdTlsMaterial.cpp
  LIBS etcddrill_etcd LABELS unit TIMEOUT 60)
