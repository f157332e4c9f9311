# Tests of the drill engine's parts (core/drill: the journal and its records, the samples reader, the verdict,
# the gate): pure unit tests. TestDrillEngine (whole drills, `etcd-drill-cli run` / `recover`, against a real
# lab) is in integration/drill.cmake.
etcddrill_add_test(NAME testjournal SOURCES unit/TestJournal.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testjournalrecords SOURCES unit/TestJournalRecords.cpp
  LIBS etcddrill_drill etcddrill_testsupport LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testdrillrecorder SOURCES unit/TestDrillRecorder.cpp
  LIBS etcddrill_drill Qt6::Test LABELS unit TIMEOUT 60)
# TestCommandSequencer runs small sh scripts through a real LocalTransport.
etcddrill_add_test(NAME testcommandsequencer SOURCES unit/TestCommandSequencer.cpp
  LIBS etcddrill_drill Qt6::Test LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testdrillsamplereader SOURCES unit/TestDrillSampleReader.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testdrillverdict SOURCES unit/TestDrillVerdict.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testdrillgate SOURCES unit/TestDrillGate.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
