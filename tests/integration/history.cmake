# Notifications against HTTP servers on loopback (Qt HttpServer, a socket that never answers): every format,
# 500s, refusals, the deadline, the queue, no token in any delivery.
etcddrill_add_test(NAME testwebhooknotifier SOURCES integration/TestWebhookNotifier.cpp
  LIBS etcddrill_notify Qt6::HttpServer LABELS integration TIMEOUT 60)
# Two whole lab drills with notify: webhooks served by this test, --junit, planted corrupted and cut-off
# folders; history, the comparison at run's end and in the report, no planted secret anywhere.
etcddrill_add_test(NAME testhistorylab SOURCES integration/TestHistoryLab.cpp
  LIBS etcddrill_core etcddrill_testsupport Qt6::HttpServer LABELS integration TIMEOUT 600)
# Notifications from an engine on its own thread (DrillSession, as in the console).
etcddrill_add_test(NAME testdrillsessionnotify SOURCES integration/TestDrillSessionNotify.cpp
  LIBS etcddrill_core Qt6::HttpServer LABELS integration TIMEOUT 120)
