<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClusterEvent</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leader changed %1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raft term changed %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum regained</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDuration</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillHistory</name>
    <message>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: longest outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leader election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catch-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed write checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged writes lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members&apos; data (HashKV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3 (worse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3 (better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hypothesis failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashes agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashes differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillNotify</name>
    <message>
        <source>drill started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd-drill · %1 · %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd-drill · %1 · %2 · %3 (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillText</name>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new journal folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — raw probe samples are not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usable probe targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none configured: client impact is not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probes.targets or nodes[].apiserver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probes running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drill lock was lost: %1. Another console could start a drill now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free (dry run: looked at, not taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no other drill on this cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken by this console (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubernetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: no apiserver section configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readyz, etcd pods and endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an apiserver to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: this build has no Kubernetes checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubernetes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the apiserver did not answer every check within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readyz, etcd pods and endpoints answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe target %1 has been failing for %2, longer than its abort-outage (%3); first failure: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from any member within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every member healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the endpoints and TLS files in the config (etcd-drill-cli status -c …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not resolved: no snapshot of the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy, %1, member %2, raft index %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not healthy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 member (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, one per configured node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (term %2), named by %3 of %4 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one leader every member agrees on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear the cause, then etcdctl alarm disarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raft index lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (no leader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 (drill.max-index-lag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 as configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a healthy follower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a configured node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set drill.target to a node name, leader or follower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer, so its member ID is unknown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drill stops a running member and checks that the same member comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (member %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a follower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fault that can run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none for fault %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fault&apos;s own checks pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok (%1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 probes failed in the last %3; latest failure: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 probes answered in the last %2 (at least %3 expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %1 probes ok in the last %2, median %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every probe ok for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checks failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>going past 1 failed preflight check (--override-preflight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>going past %1 failed preflight checks (--override-preflight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 failed check overridden by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed checks overridden by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every check passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop etcd on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start etcd on %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no confirmation is pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping etcd on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run: shown, not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stop command did not go through: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stop command failed and may have taken effect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for %1&apos;s etcd to stop answering (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s etcd still answers %2 after the stop command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stops answering within %1 (drill.stop-timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the fault did not take effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s etcd stopped answering %2 after the stop command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within %1 (drill.stop-timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the survivors to agree on a leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leader election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads (term %2), seen %3 after the stop command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new leader within %1 (drill.hypothesis.max-election)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads (term %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a leader among the survivors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 voters healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observing the survivors for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put, read back and deleted a key in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put, read back and delete a key under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 write checks through the survivors failed, more than drill.hypothesis.write-failures (%3) allows; last: %4 via %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing through the apiserver (create, read, delete a ConfigMap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubernetes write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the write through the apiserver failed (%1 of %2 write checks failed, drill.hypothesis.write-failures allows %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed for %1: %2 write checks, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting etcd on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start command failed (%1); trying once more in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for %1&apos;s etcd to answer (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s etcd does not answer %2 after the start command: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers within %1 (drill.start-timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s etcd answers %2 after the start command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within %1 (drill.start-timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for %1 to rejoin as the same member and catch up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing from the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not healthy yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not healthy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the members do not agree on a leader yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member list has %1 members, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 raft entries behind the leader (at most %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 raises %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe target %1 is still failing (for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe target %1&apos;s latest probe failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered after %1; must stay healthy for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered after %1, stable for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery did not hold: %1; waiting again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is member %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s member ID was not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1, as before the stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caught up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 entries behind the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s lag is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all members healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 healthy, leader %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all healthy, one agreed leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probes healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 targets answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still failing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every probe target answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from the start command, then stable for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 (drill.hypothesis.max-recovery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered within %1 of the start command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every hypothesis held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hypothesis failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 of %2 members answer: the cluster has lost its quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quorum for %1: %2 of %3 voters healthy, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leader %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop condition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aborted by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aborted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already restoring %1; also: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; waiting for the running %2 command to finish first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifying that %1 rejoined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolling back: %1; %2 was already restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolling back: %1; starting etcd on %2 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for %1 to answer and rejoin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no snapshot after the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 back as member %2 and caught up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 did not rejoin within %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers as member %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 raft entries behind the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quorum yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back as member %2, %3 entries behind, %4 after the start command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drill&apos;s target is back; the others need a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored and rejoined after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd on %1 could not be started again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this gate names no node; it cannot be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was typed: type %1 to %2, or abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; differs from %2 in case: type the node name exactly as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the target %2: type %2 to %3, or abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASSED: %1 was stopped and recovered in %2; every hypothesis held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASSED: %1 was stopped and recovered; every hypothesis held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABORTED: %1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABORTED: %1; %2 was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABORTED: %1; %2 may still be stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT STARTED: %1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESTORE FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRY RUN: every command was shown, none was run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRY RUN: every command was shown, none was run (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the target&apos;s etcd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the survivors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the target&apos;s etcd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest outage of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no outage (%1 probes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, still failing at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 window, %3 in total, %4 of %5 probes failed)%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 windows, %3 in total, %4 of %5 probes failed)%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit (no max-outage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 write checks failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured: the target was a follower, the leader stayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no new leader was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not recover: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypothesis held: PASSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypothesis failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2: %3 (expected %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers again, but as member %2, not as member %3 it was before the drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded for %1 in %2 period(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error rate of %1 while the target was down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % (%2 of %3 probes failed; %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>availability of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % (%2 of %3 probes succeeded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe target %1: %2 % of its probes failed over the last %3, at least its abort-error-rate (%4 % for %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop etcd on %1 (drill.stop-command)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start etcd on %1 (drill.start-command)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that etcd&apos;s manifest is on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that the backup folder on %1 holds no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop etcd on %1 (move %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start etcd on %1 (move %2 back to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that %1 runs on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop etcd on %1 (systemctl stop %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start etcd on %1 (systemctl start %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that %1 is stopped on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readyz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd-pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd-endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum-lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 %2] %3 %4/%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writes %1 ok %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(degraded, %1 % failing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(down %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd on %1 was started again but did not rejoin as member %2 within %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at etcd on %1 (its log, the manifest or unit) and check the cluster with etcd-drill-cli status -c %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unfinished drill of cluster &apos;%1&apos;: every stopped member of a drill recorded in %2 was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished drill in %1: etcd on %2 was stopped at %3 and never started again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drill in %1 stopped node %2, which is not in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the config the drill ran with (%1 was recorded in the journal), or start etcd on %2 by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drill in %1 is still running (pid %2 on this host): abort it there with Ctrl+C, which restores %3 itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drill lock cannot be read (%1); restoring anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the drill lock left by %1, which no longer runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster&apos;s drill lock is held: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until that drill ends (or its lock expires) and run etcd-drill-cli recover again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — restoring without recording it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting etcd on %1 again %2 (recorded commands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting etcd on %1 again %2 (configured commands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start command failed on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 to answer and rejoin as member %2 (at most %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the member list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back as member %2, %3 entries behind the leader, %4 after the start command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the drill in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To start etcd on %1 again by hand, run on %1 as root:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To start etcd on %1 again by hand, run on %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there with another value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there at another revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key no put wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored although its put failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a put no operation explains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a revision below an earlier acknowledgement&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the linearizable read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1 at revision %2: %3 (seen in %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1: %2 (seen in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: the workload&apos;s keys could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 acknowledged puts lost; %3 unknown (%4 of them stored), %5 failed; read linearizably and from %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; not read from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key(s) changed by someone else; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>increasing in the order of the acknowledgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in order (%1 acknowledged puts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put(s) out of order; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every acknowledged put once, in revision order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: no watch ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: a compaction removed revisions the watch had not seen (opened %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete: %1 events, opened %2 time(s): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: %1 put(s) missing, %2 seen twice, %3 out of order (opened %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same on every member at one revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not required (hashes-agree: false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: the workload&apos;s keys could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal at revision %1 on %2 members (%3), attempt %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not equal at revision %1 after %2 attempt(s): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>during the fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no puts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 % of %3 ok, p50 %4 ms, p99 %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged writes lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes behind the workload&apos;s back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision order of the writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch of the workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member hashes (HashKV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the workload&apos;s clients paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workload leaves out %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client workload: %1 puts per second under %2, watched from revision %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workload&apos;s keys under %1 could not all be deleted (%2); delete them with: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client workload runs %1 before the stop, for a baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the workload&apos;s writes: reads from every member, the watch, HashKV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the client workload&apos;s writes, then deleting its keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may still be stopped: the workload&apos;s writes are not checked, only deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workload %1 ok %2 unknown %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted the drill&apos;s %1 workload keys under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drill&apos;s workload keys under %1 could not all be deleted (%2); delete them with: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not every member answered at revision %1 after %2 attempt(s): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client workload: no member answered the read of its start revision (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the remaining checks of the workload&apos;s writes are skipped, its keys are deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished drill in %1: the keys its client workload wrote under %2 were never deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — deleting without recording it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notification %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 webhook ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its URL readable here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the variable or fix the file named in notify.webhooks (%1), or go on without this webhook with --override-preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run of the drill of %1 (fault %2) began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drill of %1 (fault %2) began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stop command for %1&apos;s etcd was issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; rolling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notification not delivered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this drill&apos;s fault (%1) still holds on %2: restore %2 with  %3  (the console offers the same when it starts again)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EtcdErrorText</name>
    <message>
        <source>health read got no answer within %1 ms although the member answers Status — it has no leader or cannot reach a quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health read failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the first answer from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key just written was not found when read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value read back differs from the value written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd refused the lease: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: the server does not speak TLS on that port — use http://%2 for a plaintext etcd, or check the port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the server certificate of %1 is not issued for &apos;%2&apos; — check the certificate&apos;s subject alternative names, or use the host name or IP it was issued for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the server certificate of %1 could not be verified with the CA file %2 — check that this CA signed the etcd server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1 rejected our client certificate %2 — check that it is signed by the CA etcd trusts (its --trusted-ca-file) and is valid for client authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed — check the CA file %2 and the client certificate %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: connection refused — is etcd running there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1: no route to host — check the address and the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resolve &apos;%1&apos; (from %2) — check the host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1: the connection attempt timed out — is the host up, the port open, and etcd not hung?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no leader: the member cannot reach a quorum of its peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the leader changed while the request was in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: etcd timed out committing the request — the cluster may have lost quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the etcd member is shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1: it accepted the connection but never completed the TLS handshake — is etcd hung, or is another program holding that port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1 closed the connection after the handshake — it probably requires a client certificate (etcd --client-cert-auth): set the certificate and key files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1 closed the connection after the handshake — it most likely rejected our client certificate %2: check that it is signed by the CA in etcd&apos;s --trusted-ca-file and valid for client authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection — if etcd serves TLS there, write the endpoint as https://… and set the CA, certificate and key files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: the server closed the connection — either it does not speak TLS on that port (then use http://%2:%3) or it rejected our client certificate %4 (then check that it is signed by the CA in etcd&apos;s --trusted-ca-file and valid for client authentication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unavailable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1 within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request to %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 denied the request: etcd authentication is on and our user lacks the permission (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires authentication (%2) — use a client certificate whose common name is an etcd user with the needed role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: database space exceeded (NOSPACE alarm) — compact and defragment etcd, then disarm the alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request for lack of resources: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not implement this etcd v3 call — is it an etcd v3 client port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>%1 lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lost, hashes agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lost, HASHES DIFFER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drill in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drill of cluster &apos;%1&apos; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP OUTAGE/ERR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN OUTAGE/ERR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECOVERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATA SAFETY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VS PREVIOUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPERATOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNREADABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 drill folder(s) in %2. Compare two in detail: etcd-drill-cli report &lt;folder&gt; -o report.pdf (its comparison page), or the console&apos;s File ▸ Drill history…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KubernetesChecks</name>
    <message>
        <source>answered by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the apiserver client is gone: create the checks with a client that lives as long as they run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 200, every check [+]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, %2 of %3 checks [-]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, %2 checks [+]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 etcd pods Running and Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pod list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a PodList (no items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 etcd pod(s) listed, %2 expected: a stopped static pod is not listed at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no etcd pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ready addresses in every etcd Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no endpoints list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not an EndpointsList (no items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ready address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, not ready: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no etcd Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kube-system has no Endpoints whose name contains &apos;etcd&apos; (kubeadm creates none; monitoring stacks often add one, e.g. a kube-etcd Service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ConfigMap created, read back and deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created, read back and deleted in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the apiserver client went away before the delete; remove the leftover with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the ConfigMap was left behind: remove it with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the delete failed too (%2): remove the ConfigMap with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read back failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read back something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ConfigMap read back does not hold the value just written: the apiserver served a stale or foreign object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LatencyChartView</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◐ %1 %2 % failing · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◐ %1 degraded · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ %1 stopped by the drill · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>%1: %2 probes, %3 failed (%4 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, no outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, impact %1 in %2 window(s), longest %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, STILL FAILING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 probes, %2 failed (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, longest outage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, degraded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: DOWN, every probe failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: DEGRADED, %2 of %3 probes failed since the first failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; failing backends: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok again after %2 down (%3 of %4 probes failed, %5 %%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok again after %2 degraded (%3 of %4 probes failed, %5 %%6)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverCommand</name>
    <message>
        <source>running %1 %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  done in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECOVERY FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>an unknown operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill started on %1 by %2 (target %3, fault %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (expected: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1 (member %2, %3): it was %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a follower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holder: %1 (%2), started %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill lock %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation requested: type %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by %1 at %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation refused (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault applied: stopping etcd on %1 (member %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault not applied on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault restored on %1 by etcd-drill-cli recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault restored: the start commands on %1 succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s etcd stopped answering %2 after the stop command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s etcd answers again %2 after the start command (member %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write check through %1 failed after %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader election: %1 → %2 in %3 (term %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop condition %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborted by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight overridden by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback started (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target had to be started again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target was already restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejoined as the same member and caught up %2 after the start command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery by %1 started for %2 (commands from the %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result recorded: the journal ends or the drill moved on while it ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: started, no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stderr:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no endpoint of this member was polled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: every hypothesis held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: a hypothesis failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage of %1: %2, %3 failed probes (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage of %1: still failing when the journal ends, %2 so far (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no journal line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no drill-started line: the header is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the last line is cut off (a crash while writing it): &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends at line %2 (%3) without drill-finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the last row is cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no samples.csv beside the journal: no latency charts; impact counts come from the per-second summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> during step &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INCOMPLETE: the journal ends at %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 may still be stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INCOMPLETE: the journal could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 down for %2: every probe failed (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 degraded for %2: %3 of %4 probes failed (%5 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 degraded, still when the journal ends: %2 of %3 probes failed so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing backends: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification to %1 (%2) of %3 still being sent when the journal closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification to %1 (%2) of %3 failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDataExport</name>
    <message>
        <source>%1 already exists: choose another file name or allow replacing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFindings</name>
    <message>
        <source>through backend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no backend recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not hurt by the stop of %2: no probe through it failed while %2 was down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 probes of %2 during the %3 stop, %4 failed %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 probes of %3 failed %4 between %5 and %6 after the stop command; %7 outage windows, longest %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the start command came %1 after the stop command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the journal ends %1 after the stop command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kept sending new connections to %2&apos;s unready apiserver for %3: its load balancer has no active health check on /readyz (or ignores it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed over in %2: no request reached %3&apos;s apiserver after that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped failing %2 after the stop of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; its longest outage stayed within max-outage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; its longest outage exceeded max-outage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no failure in the remaining %1 of the stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s apiserver kept answering while its etcd was down: it reaches the other members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no outage of %1 during the %2 %3&apos;s etcd was down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: outage of %2 (%3 failed probes, first %4) from %5 to %6 after the stop command; %7&apos;s etcd was down %8 (from %9 to %10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s apiserver was down as long as its etcd: it only talks to its local etcd, so clients routed to it fail while that member is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s apiserver was down %2 of the %3 its etcd was down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survivors elected a new leader in %1 (max-election %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survivors elected a new leader in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leader before: %1 (term %2); during the stop: %3 (term %4); measured from the stop command to the first snapshot with a new leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was the leader, but no new leader was seen while it was down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no election line in the journal; leader during the stop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No election: %1 was a follower and %2 stayed the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leader %1 in term %2 before the stop and in term %3 with %4 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every write through the survivors succeeded while %1 was down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 write checks (put, read back, delete), 0 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 writes through the survivors failed while %3 was down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hypothesis allows %1; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd answered %1 after the start command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caught up (index lag within %1) %2 later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not seen to recover (same member back and caught up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target-answering and no recovered line after the start command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered %1 after the start command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max-recovery %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejoined and caught up in %2, within the hypothesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took %2 to rejoin and catch up, longer than the hypothesis allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s etcd may still be stopped: the journal records the stop but no restore. Run `%2` (or the plan&apos;s restore instructions) now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault applied at +%1; no fault-restored line; the journal ends at +%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill did not finish: the figures cover only what the journal recorded and there is no verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check how the failing way in routes around a stopped member before the next drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the other members&apos; health: stopping one member should not lose quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check why the survivors refused writes (leader, quorum, disk) before the next drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operator aborted: run the drill again when ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the commands&apos; output in the timeline, then run the drill again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill was rolled back (%1): %2; the hypothesis was not judged — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback at +%1; %2 restored: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill was aborted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fault was applied at +%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was changed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1 failed: run `%2` or follow the plan&apos;s restore instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill did not start: a preflight check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; its error rate while %1 was down, %2, stayed within max-error-rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; but its error rate while %1 was down, %2, exceeded max-error-rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 of its calls over the drill, within its min-availability %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered only %2 of its calls over the drill, below its min-availability %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workload&apos;s writes were not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not back when the drill ended; %2 acknowledged puts were deleted unchecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keys could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 acknowledged writes were lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not read from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workload key(s) were changed by someone else during the drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acknowledged write(s) got a revision out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch did not see every acknowledged write once and in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missing, %2 twice, %3 out of order; opened %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members&apos; HashKV were not equal at revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attempt(s); see the Data safety section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No acknowledged write was lost and every member holds the same data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acknowledged puts read back from %2; the watch saw each once over %3 open(s); HashKV equal at revision %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workload&apos;s keys were not all deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; delete them with: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>%1 already exists: nothing was written. Choose another name or allow overwriting (--force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABORTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT STARTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESTORE FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRY RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INCOMPLETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ROLLED BACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (INCOMPLETE JOURNAL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the target down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the observation window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a cluster event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology and members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems reading the drill&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd HA drill report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded (the journal ends at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (configured as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd-drill version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: every command was shown, none was run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill was rolled back (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is incomplete: the drill&apos;s journal does not record the whole drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill ended before its verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hypothesis was judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage per probe target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no probe data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new leader after the old one stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no election: the leader did not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to detect the stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop command → %1&apos;s etcd stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to answer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start command → %1&apos;s etcd answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start command → same member back and caught up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 catch-up time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered → raft index within the allowed lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write, read back and delete through the survivors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1, leader %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version / error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal holds no cluster snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: outage %2 in %3 window(s), longest %4; %5 of %6 probes failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No probe samples: samples.csv is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency of the successful probes (log scale) against the time since the drill&apos;s start; red ticks on top: failed probes; shaded: outage windows; dashed lines: drill steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s) in the journal</source>
        <translation>
            <numerusform>… %n more line in the journal</numerusform>
            <numerusform>… %n more lines in the journal</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal holds no event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing beyond the figures above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd HA drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd HA drill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · target %2 · operator %3@%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the PDF %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed probe(s)</source>
        <translation>
            <numerusform>%n failed probe</numerusform>
            <numerusform>%n failed probes</numerusform>
        </translation>
    </message>
    <message>
        <source>no successful probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop-condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum-lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>during-fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after-restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client impact per way in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate while down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n period(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client impact per probe target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client impact per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lasted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s) measured without a limit: under Key figures.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Failed probes per way in, share per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 %: every call worked; a level in between: degraded, that share of the calls failed; 100 %: down. Shaded: the target was down (stop command to start command); dashed lines: drill steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured without a limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases: before the stop command; target down, from the stop command to the start command; recovery, until the target was back; after recovery, the settle to the end. Failed: of the phase&apos;s probes. Latency: of the successful probes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target was not back when the drill ended: the keys were deleted, not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 acknowledged, %3 unknown (%4 of them stored), %5 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged writes lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at most %2 allowed); read linearizably and from %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not read from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes behind the workload&apos;s back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events; %2 missing, %3 twice, %4 out of order%5; opened: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; revisions compacted away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (compacted at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HashKV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at revision %2 after %3 attempt(s): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keys deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keys deleted, then: %2. Delete the rest with: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linearizable read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 findings; the journal&apos;s data-safety line has the counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: puts whose answer never came (a deadline, a lost connection); etcd may or may not have applied them, so they are counted, never judged. Failed: refused before etcd could apply them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: from the stop gate&apos;s confirmation to the end of settle the drill put %1 new keys a second under %2, round-robin over the members that answered, never retrying, and watched the prefix on the target, re-opening the watch elsewhere from the last revision seen. After the recovery it read every key back linearizably and serializably from every member, compared the watch with the acknowledgements and asked every member for HashKV at one revision, as etcd&apos;s own robustness tests do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set against the previous drill of %1: %2 by %3, outcome %4 (%5). A figure is marked worse when it grew by more than 500 ms and 25 % (durations), by more than half a percentage point and 25 % (error rates), or at all (lost writes, failed write checks, a verdict that no longer passed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the previous drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key figure(s) got worse than in the previous drill of this cluster (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>%1 (Ctrl+C aborts): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdin closed at the confirmation: aborting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1/5 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>== %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>== %1: PASSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>== %1: PASSED (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>== %1: FAILED — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>== %1: skipped (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   target: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>!! the target resolved to %1, but --confirm names %2: refusing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- About to %1. These commands will run (dry run: shown only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- About to %1. These commands will run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   confirmed by --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   confirmed by --confirm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   not confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   would run %1 %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   running %1 %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>     done in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>     FAILED after %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   outage on %1: %2 (%3 failed probes in a row, first %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>!! STOP CONDITION: %1 — rolling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client impact per phase (every window and latency in the journal and samples.csv):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a follower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill of cluster &apos;%1&apos; (%2 nodes), target %3, fault %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — DRY RUN, nothing will be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>!! interrupted: restoring %1 and verifying its recovery — please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>!! interrupted: stopping the drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>!! still rolling back; the drill ends once %1 is restored (leaving now could strand it stopped; if you must, kill -9 and run etcd-drill-cli recover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data safety (the drill ended before its verdict; these do not change its outcome):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the previous drill of this cluster (%1, %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key figure(s) got worse than in the previous drill.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>JUnit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd-drill-cli run: no JUnit file written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::ChartPanel</name>
    <message>
        <source>Follow live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest samples in view. Dragging the chart shows the past and stops following; double-click the chart to follow again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Node apiservers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also draw each node&apos;s own apiserver (&quot;M1-apiserver&quot;, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency per way in (ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::ClusterConfigDialog</name>
    <message>
        <source>Choose kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write drill config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill configs (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the cluster through its apiserver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fill in or check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No config was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1. Check what is listed below, then open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New drill config from cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads a kubeadm cluster through its apiserver — the control-plane nodes, each node&apos;s etcd and apiserver, the VIP and the domain, kubeadm&apos;s certificate folder — and writes a drill config. The file names the kubeconfig, never a token or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kubeconfig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SSH user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fault runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over ssh on the target node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on this machine (the target node itself, or the lab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last control-plane node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace the file if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::ClusterStatusLine</name>
    <message>
        <source>No cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum: waiting for the first poll…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 voters healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Quorum held · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Quorum held, degraded · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Quorum lost · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Leader: %1 (term %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: %1:%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::ConsoleActions</name>
    <message>
        <source>&amp;Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the drill for the open config: list its steps and commands, nothing runs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the preflight; the drill then waits for you to type the node name before it stops etcd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open drill config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start embedded &amp;lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a three-node lab cluster on this machine and open its drill config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;journal to replay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay a recorded drill from its journal (a drill folder or its journal.jsonl): the same views, with a time slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the replay and go back to the config that was open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report of the replayed drill, or of the last drill run here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large fonts, thick lines and high contrast for screen sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About etcd-drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New drill config from cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a kubeadm cluster through its kubeconfig and write a drill config for it (etcd-drill-cli init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every drill of the journal folder: figures next to the drill before, filter by cluster, open a replay, compare two</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::DrillComparisonDialog</name>
    <message>
        <source>Compare drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Older:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Newer:&lt;/b&gt; %2&lt;br&gt;Marked worse: durations up by more than 500 ms and 25 %, error rates by more than half a point and 25 %, lost writes at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::DrillConsole</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 down: every probe failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 degraded: %2 of %3 probes failed since the first failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ok again after %2: %3 of %4 probes failed (%5 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key figure got worse than in the previous drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key figure(s) got worse than in the previous drill</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etcddrill::DrillHistoryDialog</name>
    <message>
        <source>Journal folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the drills in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drill in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n drill folder(s); double-click one to replay it, select two to compare them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cut off or unreadable: the reason is in its tooltip.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select two readable drills to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open replay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::DrillHistoryTableModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cut off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lost, hashes differ</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n worse</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs. previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lost, hashes agree</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::DrillStatusStrip</name>
    <message>
        <source>%1: %2 of calls failed while %3 was down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, degraded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, longest outage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 down %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1/5 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill prepared: start it with Drill ▸ Start drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUORUM LOST %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort the drill and restore %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the drill?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd-drill will start etcd on %1 again and verify that it rejoins the cluster and catches up. The drill ends as aborted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed on the cluster yet; the drill ends here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort and restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the drill running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was down %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data safety: not checked (%1) · %2 acknowledged writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data safety: %1 of %2 acknowledged writes lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out of revision order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch INCOMPLETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashes equal on %1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashes not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashes DIFFER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload writes: %1 acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch %1 events, opened %2×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data safety: %1 acknowledged writes, not checked (the target was not back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unknown (%2 of them stored)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::DrillStepsPanel</name>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back: the target&apos;s etcd is being restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2: %3 (expected %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Not confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop condition: %1 — rolling back automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill failed: a hypothesis did not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight failed: nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore FAILED: the target&apos;s etcd may still be stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run finished: nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start etcd on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop etcd on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ done in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key figure got worse than in the previous drill (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse than in the previous drill (%1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::DrillTimelineModel</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::EntryPointBox</name>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the first probe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ outage since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded · %1 % failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded · probes failing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::LabStartDialog</name>
    <message>
        <source>Embedded lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the embedded lab in %1 (etcd, apiservers, haproxy for the VIP, nginx for the domain). This takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded lab is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded lab could not be started. The log below says why and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::LatencyChartView</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No probe samples yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 outage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No probe results since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::LiveConsole</name>
    <message>
        <source>etcd: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes are off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Leader changed: %1 → %2 (term %3 → %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ %1 is down: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1 is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raft term %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Quorum lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Quorum regained</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::MainWindow</name>
    <message>
        <source>etcd-drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd-drill — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill steps appear here once a drill is prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster events and drill actions appear here once a drill runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open drill config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill configs (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open drill config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has problems. Fix them and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded lab runs in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About etcd-drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;etcd-drill %1&lt;/h3&gt;&lt;p&gt;Guided, measured etcd high-availability drills: stop one etcd member of a Kubernetes control plane, measure the impact through the apiserver VIP and domain, restore it and verify the recovery.&lt;/p&gt;&lt;p&gt;Licensed under the terms in the LICENSE file that comes with it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a drill config (File ▸ Open) or start the embedded lab before preparing a drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd-drill is restoring a member an earlier drill stopped. Wait for the result before closing: a restore cut off half-way leaves the member in an unknown state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drill is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drill on %1 is running. Closing etcd-drill now ends it where it is: a member it stopped stays stopped until you run %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort the drill with “Abort and restore” and wait for it to finish, unless you must close now. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drill on %1 is running: finish it, or abort it with “Abort and restore”, before opening another drill config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replay cannot run a drill: close the replay (File ▸ Close replay) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the restore to finish before preparing a drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drill on %1 is running: finish it, or abort it with “Abort and restore”, before starting the embedded lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drill on %1 is running: finish it, or abort it with “Abort and restore”, before replaying a journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a drill journal to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill journals (journal.jsonl *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drill on %1 is running: it restores its own target; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd-drill is restoring a member of %1: wait for the result before opening another config, the lab or a replay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::MemberCard</name>
    <message>
        <source>etcd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raft term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apiserver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apiserver %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped by the drill (expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd: term %1 · lag %2 · rev %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::MemberRole</name>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::ProbeOutcomeText</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::ReplayBar</name>
    <message>
        <source>%1 / %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the recorded drill at the chosen pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay pace: 1× is as it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment of the drill the views show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the drill started / the drill&apos;s length · the clock time then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close replay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::ReplayConsole</name>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replay this journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a drill&apos;s folder or the journal.jsonl in it: every drill run by etcd-drill-cli run or from this console writes one (in drill.journal-dir, or the folder given with --out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete journal: %1. The replay shows what was recorded up to its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends before the drill finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) skipped, the first: %1</source>
        <translation>
            <numerusform>%n damaged line skipped, the first: %1</numerusform>
            <numerusform>%n damaged lines skipped, the first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>etcd-drill — replay of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::ReplayLoader</name>
    <message>
        <source>%1 is not a drill journal: it has no drill-started line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::ReplayStepsPanel</name>
    <message>
        <source>⚠ Incomplete journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends before the drill finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1 by %2@%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 (expected %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data safety: %1 of %2 acknowledged writes lost, %3 changed by others, watch %4, hashes %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INCOMPLETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data safety: %1 acknowledged writes, not checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::ReportExportDialog</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more file(s)</source>
        <translation>
            <numerusform>%1 and %n more file</numerusform>
            <numerusform>%1 and %n more files</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: %1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 and %n more file(s) (%2).</source>
        <translation>
            <numerusform>Written: %1 and %n more file (%2).</numerusform>
            <numerusform>Written: %1 and %n more files (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Written: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal does not record the whole drill: the report is marked incomplete and says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the drill report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary PNG (for chat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: every probe sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JUnit XML: for CI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::RestoreBanner</name>
    <message>
        <source>From a shell: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore now…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::RestoreController</name>
    <message>
        <source>an unknown operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drill on %1 started %2 by %3 stopped %4&apos;s etcd and never restored it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::RestoreDialog</name>
    <message>
        <source>A member was left stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring starts etcd again with the commands the drill recorded and waits until it rejoins as the same member. To do it later from a shell:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ The restore failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::RestoreOffer</name>
    <message>
        <source>✖ The restore failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::StartPage</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drill yet: a drill you run or replay is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drill config opened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse the loss of an etcd member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd-drill stops one member&apos;s etcd, watches the survivors keep quorum and the apiserver keep answering through the VIP and the domain, starts it again and checks that it rejoins — measured, recorded and with a report at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the embedded lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A three-member etcd cluster with TLS, apiservers, a VIP and a domain on this machine&apos;s loopback: rehearse without touching a real cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a drill config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drill.yaml that describes your cluster: its nodes, etcd endpoints, the VIP and the domain, and how to stop and start the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay a drill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recorded drill&apos;s journal: its steps, charts and verdict, and its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent drill configs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent drills (opens the replay)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::TimelinePanel</name>
    <message>
        <source>Show every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show: every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show: %1 of %2 kinds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::TopologyWidget</name>
    <message>
        <source>No cluster yet. Open a drill config (File ▸ Open drill config…) or start the embedded lab (File ▸ Start embedded lab).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::TranslationLoader</name>
    <message>
        <source>The %1 translation is missing from this build (%2/etcd-drill_%1.qm); the texts stay English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guided, measured etcd high-availability drills (the drill console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill config to open at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab&apos;s directory (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first lab node&apos;s loopback address (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the embedded lab (or use the one already running) and open its drill config. A lab started here stops when etcd-drill exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd-drill: give at most one drill config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd-drill: --lab opens the lab&apos;s own drill config; give no drill.yaml with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd-drill: --lab-base-address %1 is not an IPv4 address; use a loopback address such as 127.0.10.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay a recorded drill: its folder or its journal.jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd-drill: --replay shows a recorded drill; give no drill.yaml and no --lab with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in presenter mode (for this session; F11 switches it and is remembered).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
