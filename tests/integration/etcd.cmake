# Tests of core/etcd (and core/workload's runner) against real etcd members.
#   testetcdclient     a real 3-member etcd cluster on 127.0.21.1-3 (plus a refused port and a silent TCP
#                      server on 127.0.21.4/.9)
#   testetcdclienttls  a mutual-TLS member on 127.0.21.5 (also 127.0.21.7) and a plain one on 127.0.21.6
etcddrill_add_test(NAME testetcdclient SOURCES integration/TestEtcdClient.cpp
  LIBS etcddrill_etcd etcddrill_workload etcddrill_testsupport Qt6::Network LABELS integration TIMEOUT 180)
etcddrill_add_test(NAME testetcdclienttls SOURCES integration/TestEtcdClientTls.cpp
  LIBS etcddrill_etcd etcddrill_lab etcddrill_testsupport LABELS integration TIMEOUT 120)
