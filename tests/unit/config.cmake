# Tests of core/config. Pure unit tests: no processes. TestConfigLoader makes its TLS material at run time
# with the lab's CertificateAuthority (plus OpenSSL directly for an expired certificate).
etcddrill_add_test(NAME testduration SOURCES unit/TestDuration.cpp
  LIBS etcddrill_config LABELS unit TIMEOUT 60)
# EtcdEndpoint: the endpoint grammar the config checks and EtcdClient connects with.
etcddrill_add_test(NAME testetcdendpoint SOURCES unit/TestEtcdEndpoint.cpp
  LIBS etcddrill_config LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testconfigloader SOURCES unit/TestConfigLoader.cpp
  LIBS etcddrill_config etcddrill_lab etcddrill_testsupport OpenSSL::Crypto LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testconfigloaderdrill SOURCES unit/TestConfigLoaderDrill.cpp
  LIBS etcddrill_config etcddrill_lab etcddrill_testsupport LABELS unit TIMEOUT 60)
# The notify: section: webhooks from files and variables, secrets refused in the file, never echoed.
etcddrill_add_test(NAME testnotifyconfig SOURCES unit/TestNotifyConfig.cpp
  LIBS etcddrill_config LABELS unit TIMEOUT 60)
