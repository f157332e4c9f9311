# Tests of the drill engine (core/drill: DrillEngine, the journal, the lock, DrillRecovery) and of
# `etcd-drill-cli run` / `recover`. TestJournal, TestDrillVerdict and TestDrillGate are pure unit tests;
# TestDrillEngine runs whole drills against a real lab on 127.0.28.x (and an sshd on 127.0.28.50).
etcddrill_add_test(NAME testjournal SOURCES unit/TestJournal.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testjournalrecords SOURCES unit/TestJournalRecords.cpp
  LIBS etcddrill_drill etcddrill_testsupport LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testdrillsamplereader SOURCES unit/TestDrillSampleReader.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testdrillverdict SOURCES unit/TestDrillVerdict.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testdrillgate SOURCES unit/TestDrillGate.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testdrillengine SOURCES unit/TestDrillEngine.cpp unit/SshTestServer.h unit/SshTestServer.cpp
  LIBS etcddrill_core etcddrill_testsupport Qt6::Network LABELS integration TIMEOUT 300)
# The lab runs its apiservers from the program next to etcd-drill-cli.
if(TARGET etcd-drill-lab-apiserver)
  add_dependencies(testdrillengine etcd-drill-lab-apiserver)
endif()
