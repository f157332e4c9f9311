# `etcd-drill-cli report` on real lab drills (lab on 127.0.37.x, short timings): PDF, PNG pages, summary PNG,
# CSV and JSON; sections and figures through pdftotext, pages through pdftoppm; refusal to overwrite; Chinese;
# rolled-back and truncated journals; no secret in any output. Needs poppler-utils (pdftotext, pdftoppm).
etcddrill_add_test(NAME testreportlab SOURCES integration/TestReportLab.cpp
  LIBS etcddrill_core etcddrill_testsupport LABELS integration TIMEOUT 240)
