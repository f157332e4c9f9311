# Tests of core/drill. TestShellQuote, TestRedactor, TestSshTarget and TestRejoinRule are pure unit tests;
# TestLocalTransport, TestStaticPodAction and TestFaultAction run small real processes (sh, mv, sleep) in
# temporary folders.
# TestSshTransport, which starts a real sshd, is in integration/drill.cmake.
etcddrill_add_test(NAME testshellquote SOURCES unit/TestShellQuote.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testredactor SOURCES unit/TestRedactor.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testsshtarget SOURCES unit/TestSshTarget.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testrejoinrule SOURCES unit/TestRejoinRule.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testlocaltransport SOURCES unit/TestLocalTransport.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME teststaticpodaction SOURCES unit/TestStaticPodAction.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testfaultaction SOURCES unit/TestFaultAction.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
# TestFaultEffect: the stops-answering effect's texts and snapshot rule, and one watch of a closed port.
etcddrill_add_test(NAME testfaulteffect SOURCES unit/TestFaultEffect.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
# TestRecoveryChecks, TestSurvivorChecks and TestRollbackChecks: the checks of steps recovery,
# verify-survivors and rollback from hand-built snapshots (pure).
etcddrill_add_test(NAME testrecoverychecks SOURCES unit/TestRecoveryChecks.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testsurvivorchecks SOURCES unit/TestSurvivorChecks.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testrollbackchecks SOURCES unit/TestRollbackChecks.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
# TestRecoveryWatch: the recovery's waits (settle, interruption, deadline, another member) on hand-built
# snapshots with short real timers.
etcddrill_add_test(NAME testrecoverywatch SOURCES unit/TestRecoveryWatch.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
# TestQuorumLossRule: when the quorum stop condition fires, from hand-built snapshots (pure).
etcddrill_add_test(NAME testquorumlossrule SOURCES unit/TestQuorumLossRule.cpp
  LIBS etcddrill_drill LABELS unit TIMEOUT 60)
