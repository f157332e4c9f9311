<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>etcddrill::ChartPanel</name>
    <message>
        <source>Probe latency through each way in</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>%1 stopped answering: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers again after %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etcddrill::DrillStepsPanel</name>
    <message>
        <source>aborted by the operator in the console</source>
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
        <source>Start the target&apos;s etcd again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the recovery</source>
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
        <source>✔ done in %1 ms</source>
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
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (ms)</source>
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
        <source>%1 outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 outage %2</source>
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
        <source>Coming in a later version: replay a recorded drill from its journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming in a later version: export the drill report</source>
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
        <source>Open a drill config (File ▸ Open) or start the embedded lab before preparing a drill.</source>
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
    <name>etcddrill::TimelinePanel</name>
    <message>
        <source>All kinds</source>
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
        <source>Start in presenter mode.</source>
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
</context>
</TS>
