# Tests of core/kube and ProbePlan (core/probe), and the probes and Kubernetes checks against the real lab.
#   testprobeplan         unit: drill config -> probe targets and credentials (files in a temporary folder)
#   testapiserverclient   in-process HTTPS apiserver on 127.0.26.250 (FakeApiserver), labelled integration
#   testkuberneteschecks  in-process HTTPS apiserver on 127.0.26.251, labelled integration
#   testkubelab           the embedded lab on 127.0.26.x (one lab per test function, --watch-pid, lab down in
#                         cleanup): probe baseline, M3's etcd stopped and restored against the lab's ground
#                         truth, the Kubernetes checks, `etcd-drill-cli probe --json`
etcddrill_add_test(NAME testprobeplan SOURCES unit/TestProbePlan.cpp
  LIBS etcddrill_probe etcddrill_config etcddrill_lab LABELS unit TIMEOUT 60)
etcddrill_add_test(NAME testapiserverclient SOURCES unit/TestApiserverClient.cpp unit/FakeApiserver.h
  unit/FakeApiserver.cpp LIBS etcddrill_kube etcddrill_lab Qt6::Network LABELS integration TIMEOUT 120)
etcddrill_add_test(NAME testkuberneteschecks SOURCES unit/TestKubernetesChecks.cpp unit/FakeApiserver.h
  unit/FakeApiserver.cpp LIBS etcddrill_kube etcddrill_lab Qt6::Network LABELS integration TIMEOUT 120)
etcddrill_add_test(NAME testkubelab SOURCES unit/TestKubeLab.cpp
  LIBS etcddrill_kube etcddrill_probe etcddrill_config etcddrill_testsupport Qt6::Network
  LABELS integration TIMEOUT 400)
