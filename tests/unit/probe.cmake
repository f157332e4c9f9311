# Tests of core/probe. TestImpactTracker, TestSampleStore, TestHttpResponseParser and TestKubeconfigLoader are
# pure unit tests. TestHttpProbe and TestProbeScheduler run real HTTPS servers in-process on 127.0.23.x
# (ProbeTestServer, certificates from the lab's CertificateAuthority) and are labelled integration.
etcddrill_add_test(NAME testimpacttracker SOURCES unit/TestImpactTracker.cpp
  LIBS etcddrill_probe LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testsamplestore SOURCES unit/TestSampleStore.cpp
  LIBS etcddrill_probe LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testhttpresponseparser SOURCES unit/TestHttpResponseParser.cpp
  LIBS etcddrill_probe LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testkubeconfigloader SOURCES unit/TestKubeconfigLoader.cpp
  LIBS etcddrill_probe LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testhttpprobe SOURCES unit/TestHttpProbe.cpp unit/ProbeTestServer.h unit/ProbeTestServer.cpp
  LIBS etcddrill_probe etcddrill_lab Qt6::Network LABELS integration TIMEOUT 120)
etcddrill_add_test(NAME testprobescheduler SOURCES unit/TestProbeScheduler.cpp unit/ProbeTestServer.h
  unit/ProbeTestServer.cpp LIBS etcddrill_probe etcddrill_lab Qt6::Network LABELS integration TIMEOUT 120)
