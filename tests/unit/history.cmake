# Tests of core/history and the JUnit export: journal folders written here (ReportTestJournal.h), no
# processes.
etcddrill_add_test(NAME testdrillhistory SOURCES unit/TestDrillHistory.cpp unit/ReportTestJournal.h
  LIBS etcddrill_history etcddrill_report LABELS unit TIMEOUT 60)
