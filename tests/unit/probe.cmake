# Tests of core/probe. TestImpactTracker, TestDegradedPeriodDetector, TestFailureShareWindow, TestOutageTracker,
# TestSampleStore, TestSampleCsvRow, TestHttpResponseParser and TestKubeconfigLoader are pure unit tests.
# TestHttpProbe and TestProbeScheduler, which run real HTTPS servers, are in integration/probe.cmake.
etcddrill_add_test(NAME testimpacttracker SOURCES unit/TestImpactTracker.cpp
  LIBS etcddrill_probe LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testdegradedperioddetector SOURCES unit/TestDegradedPeriodDetector.cpp
  LIBS etcddrill_probe LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testfailuresharewindow SOURCES unit/TestFailureShareWindow.cpp
  LIBS etcddrill_probe LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testoutagetracker SOURCES unit/TestOutageTracker.cpp
  LIBS etcddrill_probe LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testsamplestore SOURCES unit/TestSampleStore.cpp
  LIBS etcddrill_probe LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testsamplecsvrow SOURCES unit/TestSampleCsvRow.cpp
  LIBS etcddrill_probe LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testhttpresponseparser SOURCES unit/TestHttpResponseParser.cpp
  LIBS etcddrill_probe LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testkubeconfigloader SOURCES unit/TestKubeconfigLoader.cpp
  LIBS etcddrill_probe LABELS unit TIMEOUT 60)
