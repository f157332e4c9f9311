# Tests of core/probe against real HTTPS servers: TestHttpProbe and TestProbeScheduler run them in-process on
# 127.0.23.x (ProbeTestServer, certificates from the lab's CertificateAuthority).
etcddrill_add_test(NAME testhttpprobe SOURCES integration/TestHttpProbe.cpp integration/ProbeTestServer.h
  integration/ProbeTestServer.cpp LIBS etcddrill_probe etcddrill_lab Qt6::Network LABELS integration
  TIMEOUT 120)
etcddrill_add_test(NAME testprobescheduler SOURCES integration/TestProbeScheduler.cpp
  integration/ProbeTestServer.h integration/ProbeTestServer.cpp LIBS etcddrill_probe etcddrill_lab Qt6::Network
  LABELS integration TIMEOUT 120)
