# Tests of core/report: the model rebuilt from a drill folder (ReportBuilder), the findings derived from it
# and its JSON/CSV export. Pure unit tests: synthetic journals (ReportTestJournal.h) and the real lab drill
# under tests/data/report/lab-drill; no processes.
etcddrill_add_test(NAME testreportbuilder SOURCES unit/TestReportBuilder.cpp unit/ReportTestJournal.h
  LIBS etcddrill_report etcddrill_testsupport LABELS unit TIMEOUT 60)
# ReportRenderer on hand-filled models and the lab drill fixture: sections, figures, contents, rolled-back and
# incomplete verdicts, PNG pages, no silent overwrite. QTEST_MAIN under the offscreen platform (fonts need a
# QGuiApplication).
etcddrill_add_test(NAME testreportrenderer SOURCES unit/TestReportRenderer.cpp
  LIBS etcddrill_report etcddrill_i18n Qt6::Gui LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testreportfindings SOURCES unit/TestReportFindings.cpp unit/ReportTestJournal.h
  LIBS etcddrill_report etcddrill_testsupport LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testreportdataexport SOURCES unit/TestReportDataExport.cpp unit/ReportTestJournal.h
  LIBS etcddrill_report etcddrill_i18n etcddrill_testsupport LABELS unit TIMEOUT 60)
# ReplayCursor: the snapshot, samples, open outages and timeline row a replay shows at t, on hand-filled models
# and the lab drill fixture.
etcddrill_add_test(NAME testreplaycursor SOURCES unit/TestReplayCursor.cpp
  LIBS etcddrill_report LABELS unit TIMEOUT 60)
# ReportSnapshotConverter: recorded snapshots and the recorded model as the console's live types.
etcddrill_add_test(NAME testreportsnapshotconverter SOURCES unit/TestReportSnapshotConverter.cpp
  LIBS etcddrill_report LABELS unit TIMEOUT 60)
