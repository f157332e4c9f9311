# Tests of core/kube, and the probes and Kubernetes checks against the real lab.
#   testapiserverclient   in-process HTTPS apiserver on 127.0.26.250 (FakeApiserver)
#   testkuberneteschecks  in-process HTTPS apiserver on 127.0.26.251
#   testkubelab           the embedded lab on 127.0.26.x (one lab per test function, --watch-pid, lab down in
#                         cleanup): probe baseline, M3's etcd stopped and restored against the lab's ground
#                         truth, the Kubernetes checks, `etcd-drill-cli probe --json`
etcddrill_add_test(NAME testapiserverclient SOURCES integration/TestApiserverClient.cpp
  integration/FakeApiserver.h integration/FakeApiserver.cpp LIBS etcddrill_kube etcddrill_lab Qt6::Network
  LABELS integration TIMEOUT 120)
etcddrill_add_test(NAME testkuberneteschecks SOURCES integration/TestKubernetesChecks.cpp
  integration/FakeApiserver.h integration/FakeApiserver.cpp LIBS etcddrill_kube etcddrill_lab Qt6::Network
  LABELS integration TIMEOUT 120)
etcddrill_add_test(NAME testkubelab SOURCES integration/TestKubeLab.cpp
  LIBS etcddrill_kube etcddrill_probe etcddrill_config etcddrill_lab etcddrill_testsupport Qt6::Network
  LABELS integration TIMEOUT 400)
# testkubectllab: the lab on 127.0.42.x against the machine's kubectl (not ours): discovery, the runbook's
# commands, deployments, 401, `lab runbook`, `init` (its config accepted by status and run --dry-run, its
# errors), and a whole drill with kubectl at each phase.
etcddrill_add_test(NAME testkubectllab SOURCES integration/TestKubectlLab.cpp
  LIBS etcddrill_config etcddrill_lab etcddrill_testsupport Qt6::Network
  LABELS integration TIMEOUT 400)
add_dependencies(testkubectllab etcd-drill-cli etcd-drill-lab-apiserver)
# testdrillconfiginit: `init`'s core (DrillConfigInit) against an in-process HTTPS apiserver on 127.0.26.252
# that answers like clusters the lab is not (no annotations, not kubeadm, external etcd, 401, hanging).
etcddrill_add_test(NAME testdrillconfiginit SOURCES integration/TestDrillConfigInit.cpp
  integration/FakeApiserver.h integration/FakeApiserver.cpp LIBS etcddrill_kube etcddrill_lab Qt6::Network
  LABELS integration TIMEOUT 120)
