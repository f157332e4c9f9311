# Tests of ProbePlan (core/probe): drill config -> probe targets and credentials (files in a temporary folder).
# The tests of core/kube (an in-process HTTPS apiserver, the embedded lab) are in integration/kube.cmake.
etcddrill_add_test(NAME testprobeplan SOURCES unit/TestProbePlan.cpp
  LIBS etcddrill_probe etcddrill_config etcddrill_lab LABELS unit TIMEOUT 60)
# DrillConfigFromCluster and KubeadmClusterReader's parsing (`init`), without a network.
etcddrill_add_test(NAME testdrillconfigfromcluster SOURCES unit/TestDrillConfigFromCluster.cpp
  LIBS etcddrill_kube LABELS unit TIMEOUT 60)
