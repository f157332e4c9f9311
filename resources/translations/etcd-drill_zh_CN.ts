<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>etcddrill::ChartPanel</name>
    <message>
        <source>Probe latency through each way in</source>
        <translation>各入口的探测延迟</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>实时跟随</translation>
    </message>
    <message>
        <source>Keep the newest samples in view. Dragging the chart shows the past and stops following; double-click the chart to follow again.</source>
        <translation>始终显示最新的样本。拖动图表可查看历史数据并停止跟随；双击图表恢复实时跟随。</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>时间窗口(&amp;W)：</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Node apiservers</source>
        <translation>节点 apiserver</translation>
    </message>
    <message>
        <source>Also draw each node&apos;s own apiserver (&quot;M1-apiserver&quot;, …)</source>
        <translation>同时绘制每个节点自身的 apiserver（&quot;M1-apiserver&quot; 等）</translation>
    </message>
</context>
<context>
    <name>etcddrill::ClusterStatusLine</name>
    <message>
        <source>No cluster</source>
        <translation>未打开集群</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>集群：%1</translation>
    </message>
    <message>
        <source>Quorum: waiting for the first poll…</source>
        <translation>法定人数：等待首次轮询…</translation>
    </message>
    <message>
        <source>%1/%2 voters healthy</source>
        <translation>%1/%2 个投票成员健康</translation>
    </message>
    <message>
        <source>✔ Quorum held · %1</source>
        <translation>✔ 法定人数满足 · %1</translation>
    </message>
    <message>
        <source>⚠ Quorum held, degraded · %1</source>
        <translation>⚠ 法定人数满足，集群降级 · %1</translation>
    </message>
    <message>
        <source>✖ Quorum lost · %1</source>
        <translation>✖ 法定人数丢失 · %1</translation>
    </message>
    <message>
        <source>★ Leader: %1 (term %2)</source>
        <translation>★ 领导者：%1（任期 %2）</translation>
    </message>
    <message>
        <source>Leader: none</source>
        <translation>领导者：无</translation>
    </message>
    <message>
        <source>Drill: %1:%2:%3</source>
        <translation>演练：%1:%2:%3</translation>
    </message>
    <message>
        <source>Drill: not started</source>
        <translation>演练：未开始</translation>
    </message>
</context>
<context>
    <name>etcddrill::DrillConsole</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Target: %1 (%2)</source>
        <translation>目标：%1（%2）</translation>
    </message>
    <message>
        <source>Not confirmed: %1</source>
        <translation>未确认：%1</translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation>已确认：%1</translation>
    </message>
    <message>
        <source>Running %1: %2</source>
        <translation>正在执行（%1）：%2</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation>失败：%1：%2</translation>
    </message>
    <message>
        <source>%1 stopped answering: %2</source>
        <translation>%1 无响应：%2</translation>
    </message>
    <message>
        <source>%1 answers again after %2 ms</source>
        <translation>%1 在 %2 毫秒后恢复响应</translation>
    </message>
</context>
<context>
    <name>etcddrill::DrillStepsPanel</name>
    <message>
        <source>aborted by the operator in the console</source>
        <translation>操作员在控制台中止了演练</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待执行</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>waiting for the operator</source>
        <translation>等待操作员确认</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>预检</translation>
    </message>
    <message>
        <source>Stop the target&apos;s etcd</source>
        <translation>停止目标节点的 etcd</translation>
    </message>
    <message>
        <source>Verify the survivors</source>
        <translation>验证剩余成员</translation>
    </message>
    <message>
        <source>Start the target&apos;s etcd again</source>
        <translation>重新启动目标节点的 etcd</translation>
    </message>
    <message>
        <source>Verify the recovery</source>
        <translation>验证恢复情况</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>will run</source>
        <translation>待执行</translation>
    </message>
    <message>
        <source>Rolling back: the target&apos;s etcd is being restored.</source>
        <translation>正在回滚：正在恢复目标节点的 etcd。</translation>
    </message>
    <message>
        <source>✖ FAIL</source>
        <translation>✖ 不通过</translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation>– 已跳过</translation>
    </message>
    <message>
        <source>✔ pass</source>
        <translation>✔ 通过</translation>
    </message>
    <message>
        <source>%1  %2: %3 (expected %4)</source>
        <translation>%1  %2：%3（预期 %4）</translation>
    </message>
    <message>
        <source>✖ Not confirmed: %1</source>
        <translation>✖ 未确认：%1</translation>
    </message>
    <message>
        <source>✔ done in %1 ms</source>
        <translation>✔ 已完成，用时 %1 毫秒</translation>
    </message>
    <message>
        <source>✖ failed: %1</source>
        <translation>✖ 失败：%1</translation>
    </message>
    <message>
        <source>Stop condition: %1 — rolling back automatically.</source>
        <translation>触发停止条件：%1 — 正在自动回滚。</translation>
    </message>
    <message>
        <source>Drill passed</source>
        <translation>演练通过</translation>
    </message>
    <message>
        <source>Drill failed: a hypothesis did not hold</source>
        <translation>演练未通过：有假设不成立</translation>
    </message>
    <message>
        <source>Drill aborted</source>
        <translation>演练已中止</translation>
    </message>
    <message>
        <source>Preflight failed: nothing was changed</source>
        <translation>预检未通过：未做任何变更</translation>
    </message>
    <message>
        <source>Restore FAILED: the target&apos;s etcd may still be stopped</source>
        <translation>恢复失败：目标节点的 etcd 可能仍处于停止状态</translation>
    </message>
    <message>
        <source>Dry run finished: nothing was changed</source>
        <translation>空跑（dry run）结束：未做任何变更</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Start etcd on %1</source>
        <translation>启动 %1 上的 etcd</translation>
    </message>
    <message>
        <source>Stop etcd on %1</source>
        <translation>停止 %1 上的 etcd</translation>
    </message>
    <message>
        <source>Type %1 to confirm: %2</source>
        <translation>输入 %1 以确认：%2</translation>
    </message>
    <message>
        <source>Abort and restore</source>
        <translation>中止并恢复</translation>
    </message>
</context>
<context>
    <name>etcddrill::DrillTimelineModel</name>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>确认关卡</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Stop condition</source>
        <translation>停止条件</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>etcddrill::EntryPointBox</name>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>负载均衡器</translation>
    </message>
    <message>
        <source>waiting for the first probe…</source>
        <translation>等待首次探测…</translation>
    </message>
    <message>
        <source>⚠ outage since %1</source>
        <translation>⚠ 自 %1 起中断</translation>
    </message>
</context>
<context>
    <name>etcddrill::LabStartDialog</name>
    <message>
        <source>Embedded lab</source>
        <translation>内置实验环境</translation>
    </message>
    <message>
        <source>Starting the embedded lab in %1 (etcd, apiservers, haproxy for the VIP, nginx for the domain). This takes a few seconds.</source>
        <translation>正在 %1 中启动内置实验环境（etcd、apiserver、提供 VIP 的 haproxy、提供域名的 nginx），需要几秒钟。</translation>
    </message>
    <message>
        <source>The embedded lab is running.</source>
        <translation>内置实验环境已在运行。</translation>
    </message>
    <message>
        <source>The embedded lab could not be started. The log below says why and what to do.</source>
        <translation>内置实验环境启动失败。下方日志说明了原因和处理方法。</translation>
    </message>
</context>
<context>
    <name>etcddrill::LatencyChartView</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>延迟（毫秒）</translation>
    </message>
    <message>
        <source>No probe samples yet</source>
        <translation>尚无探测样本</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
    <message>
        <source>%1 outage</source>
        <translation>%1 中断</translation>
    </message>
    <message>
        <source>⚠ %1 outage %2</source>
        <translation>⚠ %1 中断时长 %2</translation>
    </message>
</context>
<context>
    <name>etcddrill::MainWindow</name>
    <message>
        <source>etcd-drill</source>
        <translation>etcd-drill</translation>
    </message>
    <message>
        <source>etcd-drill — %1</source>
        <translation>etcd-drill — %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open drill config…</source>
        <translation>打开演练配置(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <source>Start embedded &amp;lab</source>
        <translation>启动内置实验环境(&amp;L)</translation>
    </message>
    <message>
        <source>Start a three-node lab cluster on this machine and open its drill config</source>
        <translation>在本机启动一个三节点的实验集群，并打开它的演练配置</translation>
    </message>
    <message>
        <source>Open &amp;journal to replay…</source>
        <translation>打开演练日志以回放(&amp;J)…</translation>
    </message>
    <message>
        <source>Coming in a later version: replay a recorded drill from its journal</source>
        <translation>后续版本提供：根据演练日志回放已记录的演练</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Coming in a later version: export the drill report</source>
        <translation>后续版本提供：导出演练报告</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Large fonts, thick lines and high contrast for screen sharing</source>
        <translation>大字体、粗线条、高对比度，适合屏幕共享</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Chart &amp;window</source>
        <translation>图表时间窗口(&amp;W)</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About etcd-drill</source>
        <translation>关于 etcd-drill(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Drill steps</source>
        <translation>演练步骤</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Drill steps appear here once a drill is prepared</source>
        <translation>准备好演练后，演练步骤将显示在这里</translation>
    </message>
    <message>
        <source>Cluster events and drill actions appear here once a drill runs</source>
        <translation>演练开始后，集群事件和演练操作将显示在这里</translation>
    </message>
    <message>
        <source>Open drill config</source>
        <translation>打开演练配置</translation>
    </message>
    <message>
        <source>Drill configs (*.yaml *.yml);;All files (*)</source>
        <translation>演练配置 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open drill config</source>
        <translation>无法打开演练配置</translation>
    </message>
    <message>
        <source>%1 has problems. Fix them and open it again.</source>
        <translation>%1 存在问题，请修正后重新打开。</translation>
    </message>
    <message>
        <source>etcd: %1</source>
        <translation>etcd：%1</translation>
    </message>
    <message>
        <source>Probes are off: %1</source>
        <translation>探测未启用：%1</translation>
    </message>
    <message>
        <source>★ Leader changed: %1 → %2 (term %3 → %4)</source>
        <translation>★ 领导者变更：%1 → %2（任期 %3 → %4）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>✖ %1 is down: %2</source>
        <translation>✖ %1 不可用：%2</translation>
    </message>
    <message>
        <source>✔ %1 is back</source>
        <translation>✔ %1 已恢复</translation>
    </message>
    <message>
        <source>Raft term %1 → %2</source>
        <translation>Raft 任期 %1 → %2</translation>
    </message>
    <message>
        <source>✖ Quorum lost</source>
        <translation>✖ 法定人数丢失</translation>
    </message>
    <message>
        <source>✔ Quorum regained</source>
        <translation>✔ 法定人数已恢复</translation>
    </message>
    <message>
        <source>The embedded lab runs in %1</source>
        <translation>内置实验环境运行于 %1</translation>
    </message>
    <message>
        <source>About etcd-drill</source>
        <translation>关于 etcd-drill</translation>
    </message>
    <message>
        <source>&lt;h3&gt;etcd-drill %1&lt;/h3&gt;&lt;p&gt;Guided, measured etcd high-availability drills: stop one etcd member of a Kubernetes control plane, measure the impact through the apiserver VIP and domain, restore it and verify the recovery.&lt;/p&gt;&lt;p&gt;Licensed under the terms in the LICENSE file that comes with it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;etcd-drill %1&lt;/h3&gt;&lt;p&gt;有引导、可度量的 etcd 高可用演练：停止 Kubernetes 控制平面中的一个 etcd 成员，通过 apiserver 的 VIP 和域名度量影响，然后恢复该成员并验证集群恢复情况。&lt;/p&gt;&lt;p&gt;许可条款见随附的 LICENSE 文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Drill</source>
        <translation>演练(&amp;D)</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>&amp;Prepare drill</source>
        <translation>准备演练(&amp;P)</translation>
    </message>
    <message>
        <source>Create the drill for the open config: list its steps and commands, nothing runs yet</source>
        <translation>为当前打开的配置创建演练：列出步骤和命令，此时不会执行任何操作</translation>
    </message>
    <message>
        <source>&amp;Start drill</source>
        <translation>开始演练(&amp;S)</translation>
    </message>
    <message>
        <source>Run the preflight; the drill then waits for you to type the node name before it stops etcd</source>
        <translation>执行预检；之后演练会等待你输入节点名称，确认后才会停止 etcd</translation>
    </message>
    <message>
        <source>Open a drill config (File ▸ Open) or start the embedded lab before preparing a drill.</source>
        <translation>准备演练前，请先打开演练配置（文件 ▸ 打开演练配置…）或启动内置实验环境。</translation>
    </message>
</context>
<context>
    <name>etcddrill::MemberCard</name>
    <message>
        <source>etcd</source>
        <translation>etcd</translation>
    </message>
    <message>
        <source>Raft term</source>
        <translation>Raft 任期</translation>
    </message>
    <message>
        <source>Index lag</source>
        <translation>索引落后</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版本</translation>
    </message>
    <message>
        <source>DB size</source>
        <translation>数据库大小</translation>
    </message>
    <message>
        <source>Status latency</source>
        <translation>状态请求延迟</translation>
    </message>
    <message>
        <source>apiserver</source>
        <translation>apiserver</translation>
    </message>
    <message>
        <source>Member ID %1</source>
        <translation>成员 ID %1</translation>
    </message>
    <message>
        <source>ready · %1</source>
        <translation>就绪 · %1</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>未探测</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>apiserver %1</source>
        <translation>apiserver %1</translation>
    </message>
</context>
<context>
    <name>etcddrill::MemberRole</name>
    <message>
        <source>Leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <source>Follower</source>
        <translation>跟随者</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>学习者</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>etcddrill::ProbeOutcomeText</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP 错误</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>连接被重置</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS 错误</translation>
    </message>
    <message>
        <source>DNS failure</source>
        <translation>DNS 解析失败</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>etcddrill::TimelinePanel</name>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
</context>
<context>
    <name>etcddrill::TopologyWidget</name>
    <message>
        <source>No cluster yet. Open a drill config (File ▸ Open drill config…) or start the embedded lab (File ▸ Start embedded lab).</source>
        <translation>尚未打开集群。请打开演练配置（文件 ▸ 打开演练配置…）或启动内置实验环境（文件 ▸ 启动内置实验环境）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guided, measured etcd high-availability drills (the drill console).</source>
        <translation>有引导、可度量的 etcd 高可用演练（演练控制台）。</translation>
    </message>
    <message>
        <source>The drill config to open at once.</source>
        <translation>启动后立即打开的演练配置。</translation>
    </message>
    <message>
        <source>The lab&apos;s directory (default: %1).</source>
        <translation>实验环境目录（默认：%1）。</translation>
    </message>
    <message>
        <source>The first lab node&apos;s loopback address (default: %1).</source>
        <translation>第一个实验节点的回环地址（默认：%1）。</translation>
    </message>
    <message>
        <source>Start in presenter mode.</source>
        <translation>以演示模式启动。</translation>
    </message>
    <message>
        <source>Start the embedded lab (or use the one already running) and open its drill config. A lab started here stops when etcd-drill exits.</source>
        <translation>启动内置实验环境（或使用已在运行的实验环境）并打开它的演练配置。由此启动的实验环境会在 etcd-drill 退出时停止。</translation>
    </message>
    <message>
        <source>etcd-drill: give at most one drill config</source>
        <translation>etcd-drill：最多只能指定一个演练配置</translation>
    </message>
    <message>
        <source>etcd-drill: --lab opens the lab&apos;s own drill config; give no drill.yaml with it</source>
        <translation>etcd-drill：--lab 会打开实验环境自己的演练配置，请不要同时指定 drill.yaml</translation>
    </message>
    <message>
        <source>etcd-drill: --lab-base-address %1 is not an IPv4 address; use a loopback address such as 127.0.10.1</source>
        <translation>etcd-drill：--lab-base-address %1 不是 IPv4 地址，请使用回环地址，例如 127.0.10.1</translation>
    </message>
</context>
</TS>
