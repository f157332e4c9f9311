<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ClusterEvent</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>term %1 → %2</source>
        <translation>任期 %1 → %2</translation>
    </message>
    <message>
        <source>term %1</source>
        <translation>任期 %1</translation>
    </message>
    <message>
        <source>leader changed %1 → %2 (%3)</source>
        <translation>领导者变更 %1 → %2（%3）</translation>
    </message>
    <message>
        <source>member %1 down</source>
        <translation>成员 %1 不可用</translation>
    </message>
    <message>
        <source>member %1 up</source>
        <translation>成员 %1 恢复</translation>
    </message>
    <message>
        <source>raft term changed %1 → %2</source>
        <translation>Raft 任期变更 %1 → %2</translation>
    </message>
    <message>
        <source>quorum lost</source>
        <translation>失去法定人数</translation>
    </message>
    <message>
        <source>quorum regained</source>
        <translation>恢复法定人数</translation>
    </message>
</context>
<context>
    <name>DrillDuration</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>-%1</source>
        <translation>-%1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
</context>
<context>
    <name>DrillHistory</name>
    <message>
        <source>verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>%1: longest outage</source>
        <translation>%1：最长中断</translation>
    </message>
    <message>
        <source>%1: error rate</source>
        <translation>%1：错误率</translation>
    </message>
    <message>
        <source>leader election</source>
        <translation>领导者选举</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>catch-up</source>
        <translation>追平</translation>
    </message>
    <message>
        <source>failed write checks</source>
        <translation>失败的写入检查</translation>
    </message>
    <message>
        <source>acknowledged writes lost</source>
        <translation>已确认写入的丢失</translation>
    </message>
    <message>
        <source>members&apos; data (HashKV)</source>
        <translation>成员数据（HashKV）</translation>
    </message>
    <message>
        <source>no outage</source>
        <translation>无中断</translation>
    </message>
    <message>
        <source>%1 %2 → %3 (worse)</source>
        <translation>%1 %2 → %3（变差）</translation>
    </message>
    <message>
        <source>%1 %2 → %3 (better)</source>
        <translation>%1 %2 → %3（变好）</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>hypothesis failed</source>
        <translation>假设未成立</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>preflight failed</source>
        <translation>预检未通过</translation>
    </message>
    <message>
        <source>restore FAILED</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>hashes agree</source>
        <translation>哈希一致</translation>
    </message>
    <message>
        <source>hashes differ</source>
        <translation>哈希不一致</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 个百分点</translation>
    </message>
</context>
<context>
    <name>DrillNotify</name>
    <message>
        <source>drill started</source>
        <translation>演练开始</translation>
    </message>
    <message>
        <source>gate confirmed</source>
        <translation>确认关卡</translation>
    </message>
    <message>
        <source>target stopped</source>
        <translation>目标已停止</translation>
    </message>
    <message>
        <source>stop condition</source>
        <translation>触发停止条件</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>etcd-drill · %1 · %2 (%3): %4</source>
        <translation>etcd-drill · %1 · %2（%3）：%4</translation>
    </message>
    <message>
        <source>etcd-drill · %1 · %2 · %3 (%4): %5</source>
        <translation>etcd-drill · %1 · %2 · %3（%4）：%5</translation>
    </message>
</context>
<context>
    <name>DrillText</name>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2：%3</translation>
    </message>
    <message>
        <source> (expected %1)</source>
        <translation>（预期 %1）</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>演练日志</translation>
    </message>
    <message>
        <source>a new journal folder</source>
        <translation>一个新的日志文件夹</translation>
    </message>
    <message>
        <source>checking the cluster</source>
        <translation>正在检查集群</translation>
    </message>
    <message>
        <source>%1 — raw probe samples are not kept</source>
        <translation>%1 — 不保存原始探测样本</translation>
    </message>
    <message>
        <source>probe configuration</source>
        <translation>探测配置</translation>
    </message>
    <message>
        <source>usable probe targets</source>
        <translation>可用的探测目标</translation>
    </message>
    <message>
        <source>probes</source>
        <translation>探测</translation>
    </message>
    <message>
        <source>none configured: client impact is not measured</source>
        <translation>未配置：不度量对客户端的影响</translation>
    </message>
    <message>
        <source>probes.targets or nodes[].apiserver</source>
        <translation>probes.targets 或 nodes[].apiserver</translation>
    </message>
    <message>
        <source>probes running</source>
        <translation>探测正在运行</translation>
    </message>
    <message>
        <source>the drill lock was lost: %1. Another console could start a drill now.</source>
        <translation>演练锁已丢失：%1。其他控制台现在可能会开始演练。</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>演练锁</translation>
    </message>
    <message>
        <source>free (dry run: looked at, not taken)</source>
        <translation>空闲（试运行：仅查看，未获取）</translation>
    </message>
    <message>
        <source>no other drill on this cluster</source>
        <translation>该集群上没有其他演练</translation>
    </message>
    <message>
        <source>taken by this console (%1)</source>
        <translation>已由本控制台获取（%1）</translation>
    </message>
    <message>
        <source>kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>skipped: no apiserver section configured</source>
        <translation>已跳过：未配置 apiserver 部分</translation>
    </message>
    <message>
        <source>readyz, etcd pods and endpoints</source>
        <translation>readyz、etcd Pod 和 Endpoints</translation>
    </message>
    <message>
        <source>an apiserver to ask</source>
        <translation>可供查询的 apiserver</translation>
    </message>
    <message>
        <source>skipped: this build has no Kubernetes checks</source>
        <translation>已跳过：此版本不含 Kubernetes 检查</translation>
    </message>
    <message>
        <source>kubernetes %1</source>
        <translation>Kubernetes %1</translation>
    </message>
    <message>
        <source>the apiserver did not answer every check within %1</source>
        <translation>apiserver 未在 %1 内响应全部检查</translation>
    </message>
    <message>
        <source>readyz, etcd pods and endpoints answered</source>
        <translation>readyz、etcd Pod 和 Endpoints 均已响应</translation>
    </message>
    <message>
        <source>probe target %1 has been failing for %2, longer than its abort-outage (%3); first failure: %4</source>
        <translation>探测目标 %1 已持续失败 %2，超过其 abort-outage（%3）；首次失败：%4</translation>
    </message>
    <message>
        <source>etcd</source>
        <translation>etcd</translation>
    </message>
    <message>
        <source>no answer from any member within %1</source>
        <translation>%1 内没有任何成员响应</translation>
    </message>
    <message>
        <source>every member healthy</source>
        <translation>所有成员健康</translation>
    </message>
    <message>
        <source>check the endpoints and TLS files in the config (etcd-drill-cli status -c …)</source>
        <translation>请检查配置中的端点和 TLS 文件（etcd-drill-cli status -c …）</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>not resolved: no snapshot of the cluster</source>
        <translation>未能确定：没有集群快照</translation>
    </message>
    <message>
        <source>a member to stop</source>
        <translation>一个可停止的成员</translation>
    </message>
    <message>
        <source>healthy, %1, member %2, raft index %3, %4</source>
        <translation>健康，%1，成员 %2，raft 索引 %3，%4</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <source>follower</source>
        <translation>跟随者</translation>
    </message>
    <message>
        <source>not healthy: %1</source>
        <translation>不健康：%1</translation>
    </message>
    <message>
        <source>etcd %1</source>
        <translation>etcd %1</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>member count</source>
        <translation>成员数量</translation>
    </message>
    <message>
        <source>1 member (%1)</source>
        <translation>1 个成员（%1）</translation>
    </message>
    <message>
        <source>%1 members (%2)</source>
        <translation>%1 个成员（%2）</translation>
    </message>
    <message>
        <source>%1, one per configured node</source>
        <translation>%1 个，每个配置的节点一个</translation>
    </message>
    <message>
        <source>no leader</source>
        <translation>无领导者</translation>
    </message>
    <message>
        <source>%1 (term %2), named by %3 of %4 members</source>
        <translation>%1（任期 %2），%4 个成员中有 %3 个认可</translation>
    </message>
    <message>
        <source>one leader every member agrees on</source>
        <translation>所有成员认可同一个领导者</translation>
    </message>
    <message>
        <source>alarms</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>clear the cause, then etcdctl alarm disarm</source>
        <translation>消除原因后执行 etcdctl alarm disarm</translation>
    </message>
    <message>
        <source>raft index lag</source>
        <translation>raft 索引落后</translation>
    </message>
    <message>
        <source>unknown (no leader)</source>
        <translation>未知（无领导者）</translation>
    </message>
    <message>
        <source>at most %1 (%2)</source>
        <translation>最多 %1（%2）</translation>
    </message>
    <message>
        <source>at most %1 (drill.max-index-lag)</source>
        <translation>最多 %1（drill.max-index-lag）</translation>
    </message>
    <message>
        <source>node %1 as configured</source>
        <translation>按配置为节点 %1</translation>
    </message>
    <message>
        <source>the current leader</source>
        <translation>当前领导者</translation>
    </message>
    <message>
        <source>a healthy follower</source>
        <translation>一个健康的跟随者</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a configured node</source>
        <translation>“%1”不是已配置的节点</translation>
    </message>
    <message>
        <source>set drill.target to a node name, leader or follower</source>
        <translation>请将 drill.target 设为节点名称、leader 或 follower</translation>
    </message>
    <message>
        <source>%1 does not answer, so its member ID is unknown: %2</source>
        <translation>%1 无响应，因此其成员 ID 未知：%2</translation>
    </message>
    <message>
        <source>the drill stops a running member and checks that the same member comes back</source>
        <translation>演练会停止一个运行中的成员，并检查回来的是同一个成员</translation>
    </message>
    <message>
        <source>%1 (member %2, %3)</source>
        <translation>%1（成员 %2，%3）</translation>
    </message>
    <message>
        <source>the leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <source>a follower</source>
        <translation>跟随者</translation>
    </message>
    <message>
        <source>unknown fault</source>
        <translation>未知的故障类型</translation>
    </message>
    <message>
        <source>fault configuration</source>
        <translation>故障配置</translation>
    </message>
    <message>
        <source>a fault that can run</source>
        <translation>可以执行的故障</translation>
    </message>
    <message>
        <source>fault checks</source>
        <translation>故障检查</translation>
    </message>
    <message>
        <source>none for fault %1</source>
        <translation>故障 %1 没有检查</translation>
    </message>
    <message>
        <source>the fault&apos;s own checks pass</source>
        <translation>故障自身的检查通过</translation>
    </message>
    <message>
        <source>fault: %1</source>
        <translation>故障：%1</translation>
    </message>
    <message>
        <source>ok (%1 %2)</source>
        <translation>正常（%1 %2）</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>%1 of %2 probes failed in the last %3; latest failure: %4</source>
        <translation>最近 %3 内 %2 次探测中有 %1 次失败；最近一次失败：%4</translation>
    </message>
    <message>
        <source>only %1 probes answered in the last %2 (at least %3 expected)</source>
        <translation>最近 %2 内只有 %1 次探测得到响应（预期至少 %3 次）</translation>
    </message>
    <message>
        <source>%1 of %1 probes ok in the last %2, median %3</source>
        <translation>最近 %2 内 %1 次探测全部正常，中位数 %3</translation>
    </message>
    <message>
        <source>probe %1</source>
        <translation>探测 %1</translation>
    </message>
    <message>
        <source>every probe ok for %1</source>
        <translation>%1 内所有探测正常</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>preflight failed (%1)</source>
        <translation>预检失败（%1）</translation>
    </message>
    <message>
        <source>1 check failed</source>
        <translation>1 项检查失败</translation>
    </message>
    <message>
        <source>%1 checks failed</source>
        <translation>%1 项检查失败</translation>
    </message>
    <message>
        <source>going past 1 failed preflight check (--override-preflight)</source>
        <translation>跳过 1 项失败的预检检查（--override-preflight）</translation>
    </message>
    <message>
        <source>going past %1 failed preflight checks (--override-preflight)</source>
        <translation>跳过 %1 项失败的预检检查（--override-preflight）</translation>
    </message>
    <message>
        <source>1 failed check overridden by the operator</source>
        <translation>操作员跳过了 1 项失败的检查</translation>
    </message>
    <message>
        <source>%1 failed checks overridden by the operator</source>
        <translation>操作员跳过了 %1 项失败的检查</translation>
    </message>
    <message>
        <source>every check passed</source>
        <translation>所有检查通过</translation>
    </message>
    <message>
        <source>stop etcd on %1</source>
        <translation>停止 %1 上的 etcd</translation>
    </message>
    <message>
        <source>start etcd on %1 again</source>
        <translation>重新启动 %1 上的 etcd</translation>
    </message>
    <message>
        <source>no confirmation is pending</source>
        <translation>当前没有待确认的操作</translation>
    </message>
    <message>
        <source>stopping etcd on %1</source>
        <translation>正在停止 %1 上的 etcd</translation>
    </message>
    <message>
        <source>dry run: shown, not run</source>
        <translation>试运行：仅显示，未执行</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>stop command</source>
        <translation>停止命令</translation>
    </message>
    <message>
        <source>succeeds</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>the stop command did not go through: %1</source>
        <translation>停止命令未能执行：%1</translation>
    </message>
    <message>
        <source>the stop command failed and may have taken effect: %1</source>
        <translation>停止命令失败，但可能已经生效：%1</translation>
    </message>
    <message>
        <source>%1 (and %2)</source>
        <translation>%1（另外：%2）</translation>
    </message>
    <message>
        <source>waiting for %1&apos;s etcd to stop answering (at most %2)</source>
        <translation>等待 %1 的 etcd 停止响应（最多 %2）</translation>
    </message>
    <message>
        <source>%1&apos;s etcd still answers %2 after the stop command</source>
        <translation>停止命令执行 %2 后，%1 的 etcd 仍在响应</translation>
    </message>
    <message>
        <source>target stopped</source>
        <translation>目标已停止</translation>
    </message>
    <message>
        <source>stops answering within %1 (drill.stop-timeout)</source>
        <translation>%1 内停止响应（drill.stop-timeout）</translation>
    </message>
    <message>
        <source>%1: the fault did not take effect</source>
        <translation>%1：故障未生效</translation>
    </message>
    <message>
        <source>%1&apos;s etcd stopped answering %2 after the stop command</source>
        <translation>停止命令执行 %2 后，%1 的 etcd 停止响应</translation>
    </message>
    <message>
        <source>within %1 (drill.stop-timeout)</source>
        <translation>%1 以内（drill.stop-timeout）</translation>
    </message>
    <message>
        <source>stopped after %1</source>
        <translation>%1 后停止</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>waiting for the survivors to agree on a leader</source>
        <translation>等待存活成员选出一致认可的领导者</translation>
    </message>
    <message>
        <source>leader election</source>
        <translation>领导者选举</translation>
    </message>
    <message>
        <source>%1 leads (term %2), seen %3 after the stop command</source>
        <translation>%1 成为领导者（任期 %2），在停止命令执行 %3 后观察到</translation>
    </message>
    <message>
        <source>a new leader within %1 (drill.hypothesis.max-election)</source>
        <translation>%1 内选出新的领导者（drill.hypothesis.max-election）</translation>
    </message>
    <message>
        <source>%1 leads (term %2)</source>
        <translation>%1 为领导者（任期 %2）</translation>
    </message>
    <message>
        <source>a leader among the survivors</source>
        <translation>存活成员中有领导者</translation>
    </message>
    <message>
        <source>quorum</source>
        <translation>法定人数</translation>
    </message>
    <message>
        <source>%1 of %2 voters healthy</source>
        <translation>%2 个投票成员中 %1 个健康</translation>
    </message>
    <message>
        <source>more than %1 of %2</source>
        <translation>%2 个中多于 %1 个</translation>
    </message>
    <message>
        <source>observing the survivors for %1</source>
        <translation>正在观察存活成员 %1</translation>
    </message>
    <message>
        <source>write through %1</source>
        <translation>通过 %1 写入</translation>
    </message>
    <message>
        <source>put, read back and deleted a key in %1</source>
        <translation>在 %1 内完成写入、读回并删除一个键</translation>
    </message>
    <message>
        <source>put, read back and delete a key under %1</source>
        <translation>在 %1 下写入、读回并删除一个键</translation>
    </message>
    <message>
        <source>%1 of %2 write checks through the survivors failed, more than drill.hypothesis.write-failures (%3) allows; last: %4 via %5</source>
        <translation>通过存活成员的 %2 次写入检查中有 %1 次失败，超过 drill.hypothesis.write-failures（%3）的允许值；最近一次：%4（经由 %5）</translation>
    </message>
    <message>
        <source>writing through the apiserver (create, read, delete a ConfigMap)</source>
        <translation>正在通过 apiserver 写入（创建、读取、删除一个 ConfigMap）</translation>
    </message>
    <message>
        <source>kubernetes write</source>
        <translation>Kubernetes 写入</translation>
    </message>
    <message>
        <source>the write through the apiserver failed (%1 of %2 write checks failed, drill.hypothesis.write-failures allows %3): %4</source>
        <translation>通过 apiserver 的写入失败（%2 次写入检查中有 %1 次失败，drill.hypothesis.write-failures 允许 %3 次）：%4</translation>
    </message>
    <message>
        <source>observed for %1: %2 write checks, %3 failed</source>
        <translation>已观察 %1：%2 次写入检查，%3 次失败</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>starting etcd on %1</source>
        <translation>正在启动 %1 上的 etcd</translation>
    </message>
    <message>
        <source>the start command failed (%1); trying once more in %2</source>
        <translation>启动命令失败（%1）；%2 后再试一次</translation>
    </message>
    <message>
        <source>start command</source>
        <translation>启动命令</translation>
    </message>
    <message>
        <source>waiting for %1&apos;s etcd to answer (at most %2)</source>
        <translation>等待 %1 的 etcd 响应（最多 %2）</translation>
    </message>
    <message>
        <source>%1&apos;s etcd does not answer %2 after the start command: %3</source>
        <translation>启动命令执行 %2 后，%1 的 etcd 仍无响应：%3</translation>
    </message>
    <message>
        <source>target answers</source>
        <translation>目标有响应</translation>
    </message>
    <message>
        <source>answers within %1 (drill.start-timeout)</source>
        <translation>%1 内响应（drill.start-timeout）</translation>
    </message>
    <message>
        <source>%1&apos;s etcd answers %2 after the start command</source>
        <translation>启动命令执行 %2 后，%1 的 etcd 有响应</translation>
    </message>
    <message>
        <source>within %1 (drill.start-timeout)</source>
        <translation>%1 以内（drill.start-timeout）</translation>
    </message>
    <message>
        <source>answers after %1</source>
        <translation>%1 后有响应</translation>
    </message>
    <message>
        <source>waiting for %1 to rejoin as the same member and catch up</source>
        <translation>等待 %1 以同一成员身份重新加入并追上进度</translation>
    </message>
    <message>
        <source>not recovered</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>%1 is missing from the snapshot</source>
        <translation>快照中缺少 %1</translation>
    </message>
    <message>
        <source>%1 is not healthy yet: %2</source>
        <translation>%1 尚未恢复健康：%2</translation>
    </message>
    <message>
        <source>%1 is not healthy: %2</source>
        <translation>%1 不健康：%2</translation>
    </message>
    <message>
        <source>the members do not agree on a leader yet</source>
        <translation>成员尚未就领导者达成一致</translation>
    </message>
    <message>
        <source>the member list has %1 members, not %2</source>
        <translation>成员列表中有 %1 个成员，而不是 %2 个</translation>
    </message>
    <message>
        <source>%1 is %2 raft entries behind the leader (at most %3)</source>
        <translation>%1 落后领导者 %2 条 raft 日志（最多 %3）</translation>
    </message>
    <message>
        <source>%1 raises %2</source>
        <translation>%1 触发了 %2</translation>
    </message>
    <message>
        <source>probe target %1 is still failing (for %2)</source>
        <translation>探测目标 %1 仍在失败（已持续 %2）</translation>
    </message>
    <message>
        <source>probe target %1&apos;s latest probe failed</source>
        <translation>探测目标 %1 最近一次探测失败</translation>
    </message>
    <message>
        <source>recovered after %1; must stay healthy for %2</source>
        <translation>%1 后恢复；需保持健康 %2</translation>
    </message>
    <message>
        <source>recovered after %1, stable for %2</source>
        <translation>%1 后恢复，已稳定 %2</translation>
    </message>
    <message>
        <source>the recovery did not hold: %1; waiting again</source>
        <translation>恢复未能保持：%1；重新等待</translation>
    </message>
    <message>
        <source>waiting again: %1</source>
        <translation>重新等待：%1</translation>
    </message>
    <message>
        <source>same member</source>
        <translation>同一成员</translation>
    </message>
    <message>
        <source>%1 is member %2</source>
        <translation>%1 是成员 %2</translation>
    </message>
    <message>
        <source>%1&apos;s member ID was not seen</source>
        <translation>未观察到 %1 的成员 ID</translation>
    </message>
    <message>
        <source>member %1, as before the stop</source>
        <translation>成员 %1，与停止前相同</translation>
    </message>
    <message>
        <source>caught up</source>
        <translation>已追上进度</translation>
    </message>
    <message>
        <source>%1 is %2 entries behind the leader</source>
        <translation>%1 落后领导者 %2 条日志</translation>
    </message>
    <message>
        <source>%1&apos;s lag is unknown</source>
        <translation>%1 的落后程度未知</translation>
    </message>
    <message>
        <source>all members healthy</source>
        <translation>所有成员健康</translation>
    </message>
    <message>
        <source>%1 of %2 healthy, leader %3</source>
        <translation>%2 个中 %1 个健康，领导者 %3</translation>
    </message>
    <message>
        <source>all healthy, one agreed leader</source>
        <translation>全部健康，且领导者一致</translation>
    </message>
    <message>
        <source>probes healthy</source>
        <translation>探测正常</translation>
    </message>
    <message>
        <source>all %1 targets answer</source>
        <translation>全部 %1 个目标均有响应</translation>
    </message>
    <message>
        <source>still failing: %1</source>
        <translation>仍在失败：%1</translation>
    </message>
    <message>
        <source>every probe target answers</source>
        <translation>所有探测目标均有响应</translation>
    </message>
    <message>
        <source>recovery time</source>
        <translation>恢复时间</translation>
    </message>
    <message>
        <source>%1 from the start command, then stable for %2</source>
        <translation>从启动命令起 %1，之后稳定 %2</translation>
    </message>
    <message>
        <source>at most %1 (drill.hypothesis.max-recovery)</source>
        <translation>最多 %1（drill.hypothesis.max-recovery）</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>recovered within %1 of the start command</source>
        <translation>启动命令后 %1 内恢复</translation>
    </message>
    <message>
        <source>every hypothesis held</source>
        <translation>所有假设均成立</translation>
    </message>
    <message>
        <source>hypothesis failed: %1</source>
        <translation>假设不成立：%1</translation>
    </message>
    <message>
        <source>only %1 of %2 members answer: the cluster has lost its quorum</source>
        <translation>%2 个成员中只有 %1 个有响应：集群已失去法定人数</translation>
    </message>
    <message>
        <source>no quorum for %1: %2 of %3 voters healthy, %4</source>
        <translation>%1 内没有法定人数：%3 个投票成员中 %2 个健康，%4</translation>
    </message>
    <message>
        <source>leader %1</source>
        <translation>领导者 %1</translation>
    </message>
    <message>
        <source>stop condition: %1</source>
        <translation>停止条件：%1</translation>
    </message>
    <message>
        <source>aborted by the operator</source>
        <translation>操作员中止了演练</translation>
    </message>
    <message>
        <source>aborted: %1</source>
        <translation>已中止：%1</translation>
    </message>
    <message>
        <source>interrupted: %1</source>
        <translation>已中断：%1</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>已回滚</translation>
    </message>
    <message>
        <source>already restoring %1; also: %2</source>
        <translation>已在恢复 %1；另外：%2</translation>
    </message>
    <message>
        <source>%1; waiting for the running %2 command to finish first</source>
        <translation>%1；先等待正在运行的%2命令结束</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>verifying that %1 rejoined</source>
        <translation>正在验证 %1 已重新加入</translation>
    </message>
    <message>
        <source>restoring %1: %2</source>
        <translation>正在恢复 %1：%2</translation>
    </message>
    <message>
        <source>rolling back: %1; %2 was already restored</source>
        <translation>正在回滚：%1；%2 已经恢复</translation>
    </message>
    <message>
        <source>rolling back: %1; starting etcd on %2 again</source>
        <translation>正在回滚：%1；重新启动 %2 上的 etcd</translation>
    </message>
    <message>
        <source>waiting for %1 to answer and rejoin</source>
        <translation>等待 %1 响应并重新加入</translation>
    </message>
    <message>
        <source>no snapshot after the restore</source>
        <translation>恢复后没有快照</translation>
    </message>
    <message>
        <source>target restored</source>
        <translation>目标已恢复</translation>
    </message>
    <message>
        <source>%1 back as member %2 and caught up</source>
        <translation>%1 以成员 %2 的身份回归并追上进度</translation>
    </message>
    <message>
        <source>%1; %2 did not rejoin within %3: %4</source>
        <translation>%1；%2 未在 %3 内重新加入：%4</translation>
    </message>
    <message>
        <source>%1 answers as member %2, not %3</source>
        <translation>%1 以成员 %2 而非 %3 的身份响应</translation>
    </message>
    <message>
        <source>%1 is %2 raft entries behind the leader</source>
        <translation>%1 落后领导者 %2 条 raft 日志</translation>
    </message>
    <message>
        <source>no quorum yet</source>
        <translation>尚无法定人数</translation>
    </message>
    <message>
        <source>%1 is back as member %2, %3 entries behind, %4 after the start command</source>
        <translation>%1 已以成员 %2 的身份回归，落后 %3 条日志，启动命令后 %4</translation>
    </message>
    <message>
        <source>all %1 healthy</source>
        <translation>全部 %1 个健康</translation>
    </message>
    <message>
        <source>all healthy</source>
        <translation>全部健康</translation>
    </message>
    <message>
        <source>the drill&apos;s target is back; the others need a look</source>
        <translation>演练目标已恢复；其他成员需要检查</translation>
    </message>
    <message>
        <source>%1 restored and rejoined after %2</source>
        <translation>%1 已恢复并在 %2 后重新加入</translation>
    </message>
    <message>
        <source>etcd on %1 could not be started again: %2</source>
        <translation>无法重新启动 %1 上的 etcd：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Type %1 to %2</source>
        <translation>输入 %1 以%2</translation>
    </message>
    <message>
        <source>this gate names no node; it cannot be confirmed</source>
        <translation>此确认关卡未指定节点，无法确认</translation>
    </message>
    <message>
        <source>nothing was typed: type %1 to %2, or abort</source>
        <translation>未输入任何内容：输入 %1 以%2，或中止</translation>
    </message>
    <message>
        <source>&apos;%1&apos; differs from %2 in case: type the node name exactly as shown</source>
        <translation>“%1”与 %2 大小写不同：请按显示的节点名称原样输入</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the target %2: type %2 to %3, or abort</source>
        <translation>“%1”不是目标 %2：输入 %2 以%3，或中止</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>目标节点</translation>
    </message>
    <message>
        <source>PASSED: %1 was stopped and recovered in %2; every hypothesis held</source>
        <translation>通过：%1 已停止并在 %2 内恢复；所有假设均成立</translation>
    </message>
    <message>
        <source>PASSED: %1 was stopped and recovered; every hypothesis held</source>
        <translation>通过：%1 已停止并恢复；所有假设均成立</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>未通过：%1</translation>
    </message>
    <message>
        <source>ABORTED: %1; nothing was changed</source>
        <translation>已中止：%1；未做任何更改</translation>
    </message>
    <message>
        <source>ABORTED: %1; %2 was restored</source>
        <translation>已中止：%1；%2 已恢复</translation>
    </message>
    <message>
        <source>ABORTED: %1; %2 may still be stopped</source>
        <translation>已中止：%1；%2 可能仍处于停止状态</translation>
    </message>
    <message>
        <source>NOT STARTED: %1; nothing was changed</source>
        <translation>未开始：%1；未做任何更改</translation>
    </message>
    <message>
        <source>RESTORE FAILED: %1</source>
        <translation>恢复失败：%1</translation>
    </message>
    <message>
        <source>DRY RUN: every command was shown, none was run</source>
        <translation>试运行：已显示所有命令，均未执行</translation>
    </message>
    <message>
        <source>DRY RUN: every command was shown, none was run (%1)</source>
        <translation>试运行：已显示所有命令，均未执行（%1）</translation>
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
        <translation>验证存活成员</translation>
    </message>
    <message>
        <source>Start the target&apos;s etcd</source>
        <translation>启动目标节点的 etcd</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>恢复</translation>
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
        <source>at most %1</source>
        <translation>最多 %1</translation>
    </message>
    <message>
        <source>longest outage of %1</source>
        <translation>%1 的最长中断</translation>
    </message>
    <message>
        <source>no outage (%1 probes)</source>
        <translation>无中断（%1 次探测）</translation>
    </message>
    <message>
        <source>, still failing at the end</source>
        <translation>，结束时仍在失败</translation>
    </message>
    <message>
        <source>%1 (%2 window, %3 in total, %4 of %5 probes failed)%6</source>
        <translation>%1（%2 个中断窗口，共 %3，%5 次探测中 %4 次失败）%6</translation>
    </message>
    <message>
        <source>%1 (%2 windows, %3 in total, %4 of %5 probes failed)%6</source>
        <translation>%1（%2 个中断窗口，共 %3，%5 次探测中 %4 次失败）%6</translation>
    </message>
    <message>
        <source>no limit (no max-outage)</source>
        <translation>无限制（未设 max-outage）</translation>
    </message>
    <message>
        <source>write failures</source>
        <translation>写入失败</translation>
    </message>
    <message>
        <source>%1 of %2 write checks failed</source>
        <translation>%2 次写入检查中 %1 次失败</translation>
    </message>
    <message>
        <source>not measured: the target was a follower, the leader stayed</source>
        <translation>未度量：目标是跟随者，领导者未变</translation>
    </message>
    <message>
        <source>no new leader was seen</source>
        <translation>未观察到新的领导者</translation>
    </message>
    <message>
        <source>did not recover</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>did not recover: %1</source>
        <translation>未恢复：%1</translation>
    </message>
    <message>
        <source>Hypothesis held: PASSED</source>
        <translation>假设成立：通过</translation>
    </message>
    <message>
        <source>Hypothesis failed: %1</source>
        <translation>假设不成立：%1</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>%1  %2: %3 (expected %4)</source>
        <translation>%1  %2：%3（预期 %4）</translation>
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
        <source>%1 answers again, but as member %2, not as member %3 it was before the drill</source>
        <translation>%1 已重新响应，但成员 ID 为 %2，而非演练前的 %3</translation>
    </message>
    <message>
        <source>no quorum</source>
        <translation>无法定人数</translation>
    </message>
    <message>
        <source>never degraded</source>
        <translation>未出现降级</translation>
    </message>
    <message>
        <source>degraded for %1 in %2 period(s)</source>
        <translation>降级共 %1，%2 个时段</translation>
    </message>
    <message>
        <source>error rate of %1 while the target was down</source>
        <translation>目标停止期间 %1 的错误率</translation>
    </message>
    <message>
        <source>at most %1 %</source>
        <translation>不超过 %1 %</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3 probes failed; %4)</source>
        <translation>%1 %（%3 次探测中 %2 次失败；%4）</translation>
    </message>
    <message>
        <source>availability of %1</source>
        <translation>%1 的可用性</translation>
    </message>
    <message>
        <source>at least %1 %</source>
        <translation>不低于 %1 %</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3 probes succeeded)</source>
        <translation>%1 %（%3 次探测中 %2 次成功）</translation>
    </message>
    <message>
        <source>probe target %1: %2 % of its probes failed over the last %3, at least its abort-error-rate (%4 % for %5)</source>
        <translation>探测目标 %1：最近 %3 内 %2 % 的探测失败，达到其 abort-error-rate（%5 内 %4 %）</translation>
    </message>
    <message>
        <source>locally</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>在 %1 上</translation>
    </message>
    <message>
        <source>as configured</source>
        <translation>按配置</translation>
    </message>
    <message>
        <source>stop etcd on %1 (drill.stop-command)</source>
        <translation>停止 %1 上的 etcd（drill.stop-command）</translation>
    </message>
    <message>
        <source>start etcd on %1 (drill.start-command)</source>
        <translation>启动 %1 上的 etcd（drill.start-command）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>check that etcd&apos;s manifest is on %1</source>
        <translation>检查 %1 上有 etcd 的清单文件</translation>
    </message>
    <message>
        <source>check that the backup folder on %1 holds no %2</source>
        <translation>检查 %1 上的备份目录中没有 %2</translation>
    </message>
    <message>
        <source>stop etcd on %1 (move %2 to %3)</source>
        <translation>停止 %1 上的 etcd（将 %2 移到 %3）</translation>
    </message>
    <message>
        <source>start etcd on %1 (move %2 back to %3)</source>
        <translation>启动 %1 上的 etcd（将 %2 移回 %3）</translation>
    </message>
    <message>
        <source>check that %1 runs on %2</source>
        <translation>检查 %1 在 %2 上运行</translation>
    </message>
    <message>
        <source>stop etcd on %1 (systemctl stop %2)</source>
        <translation>停止 %1 上的 etcd（systemctl stop %2）</translation>
    </message>
    <message>
        <source>start etcd on %1 (systemctl start %2)</source>
        <translation>启动 %1 上的 etcd（systemctl start %2）</translation>
    </message>
    <message>
        <source>check that %1 is stopped on %2</source>
        <translation>检查 %1 在 %2 上已停止</translation>
    </message>
    <message>
        <source>readyz</source>
        <translation>就绪（readyz）</translation>
    </message>
    <message>
        <source>etcd-pods</source>
        <translation>etcd Pod</translation>
    </message>
    <message>
        <source>etcd-endpoints</source>
        <translation>etcd Endpoints</translation>
    </message>
    <message>
        <source>write-test</source>
        <translation>写入测试</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>preflight</source>
        <translation>预检</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>election</source>
        <translation>选举</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>观察</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>settle</source>
        <translation>稳定观察</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>quorum-lost</source>
        <translation>失去法定人数</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1/%2 s</source>
        <translation>%1/%2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>[%1 %2] %3 %4/%5</source>
        <translation>[%1 %2] %3 %4/%5</translation>
    </message>
    <message>
        <source>writes %1 ok %2 failed</source>
        <translation>写入 %1 成功 %2 失败</translation>
    </message>
    <message>
        <source>%1 %2 ok</source>
        <translation>%1 %2 成功</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
    <message>
        <source>(degraded, %1 % failing)</source>
        <translation>（降级，%1 % 失败）</translation>
    </message>
    <message>
        <source>(down %1)</source>
        <translation>（中断 %1）</translation>
    </message>
    <message>
        <source>etcd on %1 was started again but did not rejoin as member %2 within %3: %4</source>
        <translation>%1 上的 etcd 已再次启动，但没有在 %3 内作为成员 %2 重新加入：%4</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>没有应答</translation>
    </message>
    <message>
        <source>Look at etcd on %1 (its log, the manifest or unit) and check the cluster with etcd-drill-cli status -c %2</source>
        <translation>请查看 %1 上的 etcd（日志、清单文件或 unit），并用 etcd-drill-cli status -c %2 检查集群</translation>
    </message>
    <message>
        <source>no unfinished drill of cluster &apos;%1&apos;: every stopped member of a drill recorded in %2 was restored</source>
        <translation>集群 &apos;%1&apos; 没有未完成的演练：%2 中记录的演练所停止的成员均已恢复</translation>
    </message>
    <message>
        <source>Unfinished drill in %1: etcd on %2 was stopped at %3 and never started again</source>
        <translation>%1 中有未完成的演练：%2 上的 etcd 于 %3 被停止，之后没有再启动</translation>
    </message>
    <message>
        <source>the drill in %1 stopped node %2, which is not in %3</source>
        <translation>%1 中的演练停止了节点 %2，而 %3 中没有这个节点</translation>
    </message>
    <message>
        <source>Use the config the drill ran with (%1 was recorded in the journal), or start etcd on %2 by hand</source>
        <translation>请使用该演练当时的配置（记录在 %1 的日志中），或手动启动 %2 上的 etcd</translation>
    </message>
    <message>
        <source>the drill in %1 is still running (pid %2 on this host): abort it there with Ctrl+C, which restores %3 itself</source>
        <translation>%1 中的演练仍在运行（本机 pid %2）：请在那里按 Ctrl+C 中止，它会自行恢复 %3</translation>
    </message>
    <message>
        <source>the drill lock cannot be read (%1); restoring anyway</source>
        <translation>无法读取演练锁（%1）；仍然继续恢复</translation>
    </message>
    <message>
        <source>removing the drill lock left by %1, which no longer runs</source>
        <translation>正在移除 %1 留下的演练锁，它已不再运行</translation>
    </message>
    <message>
        <source>the cluster&apos;s drill lock is held: %1</source>
        <translation>集群的演练锁被占用：%1</translation>
    </message>
    <message>
        <source>Wait until that drill ends (or its lock expires) and run etcd-drill-cli recover again</source>
        <translation>请等该演练结束（或其锁过期）后再次运行 etcd-drill-cli recover</translation>
    </message>
    <message>
        <source>%1 — restoring without recording it</source>
        <translation>%1 —— 恢复但不记录</translation>
    </message>
    <message>
        <source>Starting etcd on %1 again %2 (recorded commands)</source>
        <translation>正在再次启动 %1 上的 etcd，%2（使用记录的命令）</translation>
    </message>
    <message>
        <source>Starting etcd on %1 again %2 (configured commands)</source>
        <translation>正在再次启动 %1 上的 etcd，%2（使用配置的命令）</translation>
    </message>
    <message>
        <source>the start command failed on %1: %2</source>
        <translation>%1 上的启动命令失败：%2</translation>
    </message>
    <message>
        <source>Waiting for %1 to answer and rejoin as member %2 (at most %3)</source>
        <translation>正在等待 %1 应答并作为成员 %2 重新加入（最多 %3）</translation>
    </message>
    <message>
        <source>Check the member list: %1</source>
        <translation>请检查成员列表：%1</translation>
    </message>
    <message>
        <source>%1 is back as member %2, %3 entries behind the leader, %4 after the start command</source>
        <translation>%1 已作为成员 %2 恢复，落后领导者 %3 条日志，启动命令执行 %4 后</translation>
    </message>
    <message>
        <source>Restored the drill in %1: %2</source>
        <translation>已恢复 %1 中的演练：%2</translation>
    </message>
    <message>
        <source>To start etcd on %1 again by hand, run on %1 as root:
%2</source>
        <translation>如需手动再次启动 %1 上的 etcd，请以 root 身份在 %1 上运行：
%2</translation>
    </message>
    <message>
        <source>To start etcd on %1 again by hand, run on %1:
%2</source>
        <translation>如需手动再次启动 %1 上的 etcd，请在 %1 上运行：
%2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>there with another value</source>
        <translation>值已不同</translation>
    </message>
    <message>
        <source>there at another revision</source>
        <translation>修订版本不同</translation>
    </message>
    <message>
        <source>a key no put wrote</source>
        <translation>不是任何写入创建的键</translation>
    </message>
    <message>
        <source>overwritten</source>
        <translation>被覆盖</translation>
    </message>
    <message>
        <source>stored although its put failed</source>
        <translation>写入失败却被存储</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>被删除</translation>
    </message>
    <message>
        <source>a put no operation explains</source>
        <translation>无法对应任何操作的写入</translation>
    </message>
    <message>
        <source>a revision below an earlier acknowledgement&apos;s</source>
        <translation>修订版本低于更早确认的写入</translation>
    </message>
    <message>
        <source>the linearizable read</source>
        <translation>线性一致读</translation>
    </message>
    <message>
        <source>the watch</source>
        <translation>监听</translation>
    </message>
    <message>
        <source>%1&apos;s read</source>
        <translation>%1 的读取</translation>
    </message>
    <message>
        <source>e.g. %1 at revision %2: %3 (seen in %4)</source>
        <translation>例如 %1（修订版本 %2）：%3（见于%4）</translation>
    </message>
    <message>
        <source>e.g. %1: %2 (seen in %3)</source>
        <translation>例如 %1：%2（见于%3）</translation>
    </message>
    <message>
        <source>not checked: the workload&apos;s keys could not be read (%1)</source>
        <translation>未检查：无法读取工作负载的键（%1）</translation>
    </message>
    <message>
        <source>%1 of %2 acknowledged puts lost; %3 unknown (%4 of them stored), %5 failed; read linearizably and from %6</source>
        <translation>%2 次已确认写入中丢失 %1 次；%3 次结果未知（其中 %4 次已存储），%5 次失败；已线性一致读取并从 %6 读取</translation>
    </message>
    <message>
        <source>no member</source>
        <translation>无成员</translation>
    </message>
    <message>
        <source>%1; not read from %2</source>
        <translation>%1；未能从 %2 读取</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>%1 key(s) changed by someone else; %2</source>
        <translation>%1 个键被他人修改；%2</translation>
    </message>
    <message>
        <source>increasing in the order of the acknowledgements</source>
        <translation>按确认顺序递增</translation>
    </message>
    <message>
        <source>in order (%1 acknowledged puts)</source>
        <translation>顺序正确（%1 次已确认写入）</translation>
    </message>
    <message>
        <source>%1 put(s) out of order; %2</source>
        <translation>%1 次写入顺序错乱；%2</translation>
    </message>
    <message>
        <source>every acknowledged put once, in revision order</source>
        <translation>每次已确认写入恰好一次，按修订版本顺序</translation>
    </message>
    <message>
        <source>not checked: no watch ran</source>
        <translation>未检查：没有运行监听</translation>
    </message>
    <message>
        <source>incomplete: a compaction removed revisions the watch had not seen (opened %1)</source>
        <translation>不完整：压缩删除了 监听尚未看到的修订版本（打开于 %1）</translation>
    </message>
    <message>
        <source>complete: %1 events, opened %2 time(s): %3</source>
        <translation>完整：%1 个事件，打开 %2 次：%3</translation>
    </message>
    <message>
        <source>incomplete: %1 put(s) missing, %2 seen twice, %3 out of order (opened %4)</source>
        <translation>不完整：缺失 %1 次写入，%2 次重复，%3 次乱序（打开于 %4）</translation>
    </message>
    <message>
        <source>the same on every member at one revision</source>
        <translation>同一修订版本下所有成员相同</translation>
    </message>
    <message>
        <source>not required (hashes-agree: false)</source>
        <translation>不要求（hashes-agree: false）</translation>
    </message>
    <message>
        <source>not checked: the workload&apos;s keys could not be read</source>
        <translation>未检查：无法读取工作负载的键</translation>
    </message>
    <message>
        <source>equal at revision %1 on %2 members (%3), attempt %4</source>
        <translation>修订版本 %1 下 %2 个成员一致（%3），第 %4 次尝试</translation>
    </message>
    <message>
        <source>not equal at revision %1 after %2 attempt(s): %3</source>
        <translation>尝试 %2 次后修订版本 %1 下仍不一致：%3</translation>
    </message>
    <message>
        <source>before</source>
        <translation>故障前</translation>
    </message>
    <message>
        <source>during the fault</source>
        <translation>故障期间</translation>
    </message>
    <message>
        <source>after the restore</source>
        <translation>恢复后</translation>
    </message>
    <message>
        <source>%1 no puts</source>
        <translation>%1 无写入</translation>
    </message>
    <message>
        <source>%1 %2 % of %3 ok, p50 %4 ms, p99 %5 ms</source>
        <translation>%1 %3 次中 %2 % 成功，p50 %4 ms，p99 %5 ms</translation>
    </message>
    <message>
        <source>information</source>
        <translation>仅供参考</translation>
    </message>
    <message>
        <source>acknowledged writes lost</source>
        <translation>已确认写入丢失</translation>
    </message>
    <message>
        <source>changes behind the workload&apos;s back</source>
        <translation>工作负载之外的修改</translation>
    </message>
    <message>
        <source>revision order of the writes</source>
        <translation>写入的修订版本顺序</translation>
    </message>
    <message>
        <source>watch of the workload</source>
        <translation>工作负载的监听</translation>
    </message>
    <message>
        <source>member hashes (HashKV)</source>
        <translation>成员哈希（HashKV）</translation>
    </message>
    <message>
        <source>what the workload&apos;s clients paid</source>
        <translation>工作负载客户端的代价</translation>
    </message>
    <message>
        <source>the workload leaves out %1: %2</source>
        <translation>工作负载不使用 %1：%2</translation>
    </message>
    <message>
        <source>client workload: %1 puts per second under %2, watched from revision %3</source>
        <translation>客户端工作负载：每秒 %1 次写入到 %2 下，从修订版本 %3 起监听</translation>
    </message>
    <message>
        <source>the workload&apos;s keys under %1 could not all be deleted (%2); delete them with: %3</source>
        <translation>%1 下工作负载的键未能全部删除（%2）；请用以下命令删除：%3</translation>
    </message>
    <message>
        <source>the client workload runs %1 before the stop, for a baseline</source>
        <translation>停止前客户端工作负载先运行 %1，作为基线</translation>
    </message>
    <message>
        <source>checking the workload&apos;s writes: reads from every member, the watch, HashKV</source>
        <translation>正在检查工作负载的写入：读取每个成员、监听、HashKV</translation>
    </message>
    <message>
        <source>checking the client workload&apos;s writes, then deleting its keys</source>
        <translation>正在检查客户端工作负载的写入，然后删除其键</translation>
    </message>
    <message>
        <source>%1 may still be stopped: the workload&apos;s writes are not checked, only deleted</source>
        <translation>%1 可能仍处于停止状态：工作负载的写入不做检查，只删除</translation>
    </message>
    <message>
        <source>data checks</source>
        <translation>数据检查</translation>
    </message>
    <message>
        <source>workload %1 ok %2 unknown %3 failed</source>
        <translation>工作负载 成功 %1 未知 %2 失败 %3</translation>
    </message>
    <message>
        <source>deleted the drill&apos;s %1 workload keys under %2</source>
        <translation>已删除演练在 %2 下的 %1 个工作负载键</translation>
    </message>
    <message>
        <source>the drill&apos;s workload keys under %1 could not all be deleted (%2); delete them with: %3</source>
        <translation>演练在 %1 下的工作负载键未能全部删除（%2）；请用以下命令删除：%3</translation>
    </message>
    <message>
        <source>not every member answered at revision %1 after %2 attempt(s): %3</source>
        <translation>尝试 %2 次后修订版本 %1 下仍有成员未应答：%3</translation>
    </message>
    <message>
        <source>no client workload: no member answered the read of its start revision (%1)</source>
        <translation>没有客户端工作负载：没有成员应答其起始修订版本的读取（%1）</translation>
    </message>
    <message>
        <source>%1: the remaining checks of the workload&apos;s writes are skipped, its keys are deleted</source>
        <translation>%1：跳过对工作负载写入的剩余检查，其键仍会被删除</translation>
    </message>
    <message>
        <source>Unfinished drill in %1: the keys its client workload wrote under %2 were never deleted</source>
        <translation>%1 中有未完成的演练：其客户端工作负载在 %2 下写入的键从未删除</translation>
    </message>
    <message>
        <source>%1 — deleting without recording it</source>
        <translation>%1 — 删除但不记录</translation>
    </message>
    <message>
        <source>notification %1</source>
        <translation>通知 %1</translation>
    </message>
    <message>
        <source>%1 webhook ready</source>
        <translation>%1 webhook 已就绪</translation>
    </message>
    <message>
        <source>its URL readable here</source>
        <translation>本机可读取其 URL</translation>
    </message>
    <message>
        <source>set the variable or fix the file named in notify.webhooks (%1), or go on without this webhook with --override-preflight</source>
        <translation>请设置环境变量或修正 notify.webhooks（%1）中指定的文件，或使用 --override-preflight 在没有此 webhook 的情况下继续</translation>
    </message>
    <message>
        <source>dry run of the drill of %1 (fault %2) began</source>
        <translation>%1 的演练试运行开始（故障 %2）</translation>
    </message>
    <message>
        <source>the drill of %1 (fault %2) began</source>
        <translation>%1 的演练开始（故障 %2）</translation>
    </message>
    <message>
        <source>the stop command for %1&apos;s etcd was issued</source>
        <translation>已下发停止 %1 上 etcd 的命令</translation>
    </message>
    <message>
        <source>%1; rolling back</source>
        <translation>%1；正在回滚</translation>
    </message>
    <message>
        <source>notification not delivered: %1</source>
        <translation>通知未送达：%1</translation>
    </message>
    <message>
        <source>this drill&apos;s fault (%1) still holds on %2: restore %2 with  %3  (the console offers the same when it starts again)</source>
        <translation>本次演练的故障（%1）仍作用于 %2：用  %3  恢复 %2（控制台再次启动时也会提示恢复）</translation>
    </message>
</context>
<context>
    <name>EtcdErrorText</name>
    <message>
        <source>health read got no answer within %1 ms although the member answers Status — it has no leader or cannot reach a quorum</source>
        <translation>健康读取在 %1 毫秒内没有应答，但该成员应答 Status —— 它没有领导者，或无法联系到法定人数的成员</translation>
    </message>
    <message>
        <source>health read failed: %1</source>
        <translation>健康读取失败：%1</translation>
    </message>
    <message>
        <source>waiting for the first answer from %1</source>
        <translation>正在等待 %1 的第一次应答</translation>
    </message>
    <message>
        <source>the key just written was not found when read back</source>
        <translation>回读时找不到刚写入的键</translation>
    </message>
    <message>
        <source>the value read back differs from the value written</source>
        <translation>回读的值与写入的值不同</translation>
    </message>
    <message>
        <source>etcd refused the lease: %1</source>
        <translation>etcd 拒绝了租约：%1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: the server does not speak TLS on that port — use http://%2 for a plaintext etcd, or check the port</source>
        <translation>与 %1 的 TLS 握手失败：服务器在该端口上不使用 TLS —— 明文 etcd 请使用 http://%2，或检查端口</translation>
    </message>
    <message>
        <source>TLS: the server certificate of %1 is not issued for &apos;%2&apos; — check the certificate&apos;s subject alternative names, or use the host name or IP it was issued for</source>
        <translation>TLS：%1 的服务器证书不是为 &apos;%2&apos; 签发的 —— 请检查证书的主体备用名称，或改用证书所签发的主机名或 IP</translation>
    </message>
    <message>
        <source>TLS: the server certificate of %1 could not be verified with the CA file %2 — check that this CA signed the etcd server certificate</source>
        <translation>TLS：无法用 CA 文件 %2 验证 %1 的服务器证书 —— 请检查 etcd 服务器证书是否由该 CA 签发</translation>
    </message>
    <message>
        <source>TLS: %1 rejected our client certificate %2 — check that it is signed by the CA etcd trusts (its --trusted-ca-file) and is valid for client authentication</source>
        <translation>TLS：%1 拒绝了我们的客户端证书 %2 —— 请检查它是否由 etcd 信任的 CA（其 --trusted-ca-file）签发，并可用于客户端认证</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed — check the CA file %2 and the client certificate %3</source>
        <translation>与 %1 的 TLS 握手失败 —— 请检查 CA 文件 %2 和客户端证书 %3</translation>
    </message>
    <message>
        <source>cannot connect to %1: connection refused — is etcd running there?</source>
        <translation>无法连接 %1：连接被拒绝 —— etcd 在那里运行吗？</translation>
    </message>
    <message>
        <source>cannot reach %1: no route to host — check the address and the network</source>
        <translation>无法到达 %1：没有到主机的路由 —— 请检查地址和网络</translation>
    </message>
    <message>
        <source>cannot resolve &apos;%1&apos; (from %2) — check the host name</source>
        <translation>无法解析 &apos;%1&apos;（来自 %2）—— 请检查主机名</translation>
    </message>
    <message>
        <source>no answer from %1: the connection attempt timed out — is the host up, the port open, and etcd not hung?</source>
        <translation>%1 没有应答：连接尝试超时 —— 主机是否在线、端口是否开放、etcd 是否卡死？</translation>
    </message>
    <message>
        <source>%1 has no leader: the member cannot reach a quorum of its peers</source>
        <translation>%1 没有领导者：该成员无法联系到法定人数的成员</translation>
    </message>
    <message>
        <source>%1: the leader changed while the request was in flight</source>
        <translation>%1：请求进行中领导者发生了变化</translation>
    </message>
    <message>
        <source>%1: etcd timed out committing the request — the cluster may have lost quorum</source>
        <translation>%1：etcd 提交请求超时 —— 集群可能已失去法定人数</translation>
    </message>
    <message>
        <source>%1: the etcd member is shutting down</source>
        <translation>%1：etcd 成员正在关闭</translation>
    </message>
    <message>
        <source>no answer from %1: it accepted the connection but never completed the TLS handshake — is etcd hung, or is another program holding that port?</source>
        <translation>%1 没有应答：它接受了连接，但一直没有完成 TLS 握手 —— etcd 是否卡死，或者有其他程序占用了该端口？</translation>
    </message>
    <message>
        <source>TLS: %1 closed the connection after the handshake — it probably requires a client certificate (etcd --client-cert-auth): set the certificate and key files</source>
        <translation>TLS：%1 在握手后关闭了连接 —— 它可能要求客户端证书（etcd --client-cert-auth）：请设置证书和私钥文件</translation>
    </message>
    <message>
        <source>TLS: %1 closed the connection after the handshake — it most likely rejected our client certificate %2: check that it is signed by the CA in etcd&apos;s --trusted-ca-file and valid for client authentication</source>
        <translation>TLS：%1 在握手后关闭了连接 —— 它很可能拒绝了我们的客户端证书 %2：请检查它是否由 etcd 的 --trusted-ca-file 中的 CA 签发，并可用于客户端认证</translation>
    </message>
    <message>
        <source>%1 closed the connection — if etcd serves TLS there, write the endpoint as https://… and set the CA, certificate and key files</source>
        <translation>%1 关闭了连接 —— 如果 etcd 在那里使用 TLS，请把端点写成 https://…，并设置 CA、证书和私钥文件</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: the server closed the connection — either it does not speak TLS on that port (then use http://%2:%3) or it rejected our client certificate %4 (then check that it is signed by the CA in etcd&apos;s --trusted-ca-file and valid for client authentication)</source>
        <translation>与 %1 的 TLS 握手失败：服务器关闭了连接 —— 要么它在该端口上不使用 TLS（此时请使用 http://%2:%3），要么它拒绝了我们的客户端证书 %4（此时请检查它是否由 etcd 的 --trusted-ca-file 中的 CA 签发，并可用于客户端认证）</translation>
    </message>
    <message>
        <source>%1 is unavailable: %2</source>
        <translation>%1 不可用：%2</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 ms</source>
        <translation>%1 在 %2 毫秒内没有应答</translation>
    </message>
    <message>
        <source>the request to %1 was cancelled</source>
        <translation>对 %1 的请求已取消</translation>
    </message>
    <message>
        <source>%1 denied the request: etcd authentication is on and our user lacks the permission (%2)</source>
        <translation>%1 拒绝了请求：etcd 启用了认证，而我们的用户缺少权限（%2）</translation>
    </message>
    <message>
        <source>%1 requires authentication (%2) — use a client certificate whose common name is an etcd user with the needed role</source>
        <translation>%1 要求认证（%2）—— 请使用一个客户端证书，其通用名称是具有所需角色的 etcd 用户</translation>
    </message>
    <message>
        <source>%1: database space exceeded (NOSPACE alarm) — compact and defragment etcd, then disarm the alarm</source>
        <translation>%1：数据库空间已满（NOSPACE 告警）—— 请压缩并整理 etcd 碎片，然后解除告警</translation>
    </message>
    <message>
        <source>%1 refused the request for lack of resources: %2</source>
        <translation>%1 因资源不足拒绝了请求：%2</translation>
    </message>
    <message>
        <source>%1 does not implement this etcd v3 call — is it an etcd v3 client port?</source>
        <translation>%1 没有实现这个 etcd v3 调用 —— 这是 etcd v3 的客户端端口吗？</translation>
    </message>
    <message>
        <source>%1 failed with %2: %3</source>
        <translation>%1 失败，%2：%3</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>%1 lost</source>
        <translation>丢失 %1 条</translation>
    </message>
    <message>
        <source>%1 lost, hashes agree</source>
        <translation>丢失 %1 条，哈希一致</translation>
    </message>
    <message>
        <source>%1 lost, HASHES DIFFER</source>
        <translation>丢失 %1 条，哈希不一致！</translation>
    </message>
    <message>
        <source>No drill in %1.</source>
        <translation>%1 中没有演练。</translation>
    </message>
    <message>
        <source>No drill of cluster &apos;%1&apos; in %2.</source>
        <translation>%2 中没有集群“%1”的演练。</translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation>开始时间（UTC）</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>FAULT</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>VIP OUTAGE/ERR</source>
        <translation>VIP 中断/错误率</translation>
    </message>
    <message>
        <source>DOMAIN OUTAGE/ERR</source>
        <translation>域名中断/错误率</translation>
    </message>
    <message>
        <source>ELECTION</source>
        <translation>选举</translation>
    </message>
    <message>
        <source>RECOVERY</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>DATA SAFETY</source>
        <translation>数据安全</translation>
    </message>
    <message>
        <source>VS PREVIOUS</source>
        <translation>对比上次</translation>
    </message>
    <message>
        <source>OPERATOR</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>UNREADABLE</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>no worse</source>
        <translation>未变差</translation>
    </message>
    <message>
        <source>%1 worse</source>
        <translation>%1 项变差</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>%1 drill folder(s) in %2. Compare two in detail: etcd-drill-cli report &lt;folder&gt; -o report.pdf (its comparison page), or the console&apos;s File ▸ Drill history…</source>
        <translation>%2 中共 %1 个演练文件夹。详细对比两次演练：etcd-drill-cli report &lt;文件夹&gt; -o report.pdf（其中的对比页），或控制台的 文件 ▸ 演练历史…</translation>
    </message>
</context>
<context>
    <name>KubernetesChecks</name>
    <message>
        <source>answered by %1</source>
        <translation>由 %1 应答</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>the apiserver client is gone: create the checks with a client that lives as long as they run</source>
        <translation>apiserver 客户端已不存在：请用一个在检查运行期间一直存在的客户端来创建检查</translation>
    </message>
    <message>
        <source>HTTP 200, every check [+]</source>
        <translation>HTTP 200，每项检查均为 [+]</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>没有应答</translation>
    </message>
    <message>
        <source>HTTP %1, %2 of %3 checks [-]</source>
        <translation>HTTP %1，%3 项检查中 %2 项为 [-]</translation>
    </message>
    <message>
        <source>HTTP %1, %2 checks [+]</source>
        <translation>HTTP %1，%2 项检查为 [+]</translation>
    </message>
    <message>
        <source>failing: %1</source>
        <translation>失败项：%1</translation>
    </message>
    <message>
        <source>%1/%2 etcd pods Running and Ready</source>
        <translation>%1/%2 个 etcd Pod 运行中且就绪</translation>
    </message>
    <message>
        <source>no pod list</source>
        <translation>没有 Pod 列表</translation>
    </message>
    <message>
        <source>the answer is not a PodList (no items)</source>
        <translation>应答不是 PodList（没有 items）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>no phase</source>
        <translation>无阶段</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>not Ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1（在 %2 上）：%3</translation>
    </message>
    <message>
        <source>%1 etcd pod(s) listed, %2 expected: a stopped static pod is not listed at all</source>
        <translation>列出 %1 个 etcd Pod，预期 %2 个：已停止的静态 Pod 根本不会被列出</translation>
    </message>
    <message>
        <source>no etcd pods</source>
        <translation>没有 etcd Pod</translation>
    </message>
    <message>
        <source>%1 ready addresses in every etcd Endpoints</source>
        <translation>每个 etcd Endpoints 中有 %1 个就绪地址</translation>
    </message>
    <message>
        <source>no endpoints list</source>
        <translation>没有 Endpoints 列表</translation>
    </message>
    <message>
        <source>the answer is not an EndpointsList (no items)</source>
        <translation>应答不是 EndpointsList（没有 items）</translation>
    </message>
    <message>
        <source>%1: %2 ready</source>
        <translation>%1：%2 个就绪</translation>
    </message>
    <message>
        <source>no ready address</source>
        <translation>没有就绪地址</translation>
    </message>
    <message>
        <source>%1: %2, not ready: %3</source>
        <translation>%1：%2，未就绪：%3</translation>
    </message>
    <message>
        <source>no etcd Endpoints</source>
        <translation>没有 etcd Endpoints</translation>
    </message>
    <message>
        <source>kube-system has no Endpoints whose name contains &apos;etcd&apos; (kubeadm creates none; monitoring stacks often add one, e.g. a kube-etcd Service)</source>
        <translation>kube-system 中没有名称包含 &apos;etcd&apos; 的 Endpoints（kubeadm 不会创建；监控组件常会添加一个，例如 kube-etcd Service）</translation>
    </message>
    <message>
        <source>a ConfigMap created, read back and deleted</source>
        <translation>创建、回读并删除一个 ConfigMap</translation>
    </message>
    <message>
        <source>created, read back and deleted in %1</source>
        <translation>用时 %1 完成创建、回读和删除</translation>
    </message>
    <message>
        <source>delete not tried</source>
        <translation>未尝试删除</translation>
    </message>
    <message>
        <source>the apiserver client went away before the delete; remove the leftover with %1</source>
        <translation>删除之前 apiserver 客户端已不存在；请用 %1 删除遗留对象</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>delete failed</source>
        <translation>删除失败</translation>
    </message>
    <message>
        <source>%1; the ConfigMap was left behind: remove it with %2</source>
        <translation>%1；ConfigMap 被遗留下来：请用 %2 删除</translation>
    </message>
    <message>
        <source>%1; the delete failed too (%2): remove the ConfigMap with %3</source>
        <translation>%1；删除也失败了（%2）：请用 %3 删除该 ConfigMap</translation>
    </message>
    <message>
        <source>get</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>read back failed</source>
        <translation>回读失败</translation>
    </message>
    <message>
        <source>read back something else</source>
        <translation>回读到其他内容</translation>
    </message>
    <message>
        <source>the ConfigMap read back does not hold the value just written: the apiserver served a stale or foreign object</source>
        <translation>回读的 ConfigMap 不包含刚写入的值：apiserver 返回了过期的或别人的对象</translation>
    </message>
    <message>
        <source>create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>create failed</source>
        <translation>创建失败</translation>
    </message>
</context>
<context>
    <name>LatencyChartView</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 degraded</source>
        <translation>%1 降级</translation>
    </message>
    <message>
        <source>%1 outage</source>
        <translation>%1 中断</translation>
    </message>
    <message>
        <source>◐ %1 %2 % failing · %3</source>
        <translation>◐ %1 %2 % 失败 · %3</translation>
    </message>
    <message>
        <source>◐ %1 degraded · %2</source>
        <translation>◐ %1 降级 · %2</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 已停止</translation>
    </message>
    <message>
        <source>■ %1 stopped by the drill · %2</source>
        <translation>■ %1 被演练停止 · %2</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>%1: %2 probes, %3 failed (%4 %)</source>
        <translation>%1：%2 次探测，%3 次失败（%4 %）</translation>
    </message>
    <message>
        <source>, no outage</source>
        <translation>，无中断</translation>
    </message>
    <message>
        <source>, impact %1 in %2 window(s), longest %3</source>
        <translation>，影响 %1，共 %2 个窗口，最长 %3</translation>
    </message>
    <message>
        <source>, STILL FAILING</source>
        <translation>，仍在失败</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>，跳过 %1 次</translation>
    </message>
    <message>
        <source>before the stop</source>
        <translation>停止之前</translation>
    </message>
    <message>
        <source>target down</source>
        <translation>目标停止期间</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>恢复中</translation>
    </message>
    <message>
        <source>after recovery</source>
        <translation>恢复之后</translation>
    </message>
    <message>
        <source>%1 probes, %2 failed (%3 %)</source>
        <translation>%1 次探测，%2 次失败（%3 %）</translation>
    </message>
    <message>
        <source>, longest outage %1</source>
        <translation>，最长中断 %1</translation>
    </message>
    <message>
        <source>, degraded %1</source>
        <translation>，降级 %1</translation>
    </message>
    <message>
        <source>%1: DOWN, every probe failing</source>
        <translation>%1：中断，所有探测均失败</translation>
    </message>
    <message>
        <source>%1: DEGRADED, %2 of %3 probes failed since the first failure</source>
        <translation>%1：降级，自首次失败以来 %3 次探测中 %2 次失败</translation>
    </message>
    <message>
        <source>; failing backends: %1</source>
        <translation>；失败的后端：%1</translation>
    </message>
    <message>
        <source>%1: ok again after %2 down (%3 of %4 probes failed, %5 %%6)</source>
        <translation>%1：中断 %2 后恢复正常（%4 次探测中 %3 次失败，%5 %%6）</translation>
    </message>
    <message>
        <source>%1: ok again after %2 degraded (%3 of %4 probes failed, %5 %%6)</source>
        <translation>%1：降级 %2 后恢复正常（%4 次探测中 %3 次失败，%5 %%6）</translation>
    </message>
</context>
<context>
    <name>RecoverCommand</name>
    <message>
        <source>running %1 %2:</source>
        <translation>正在运行：%1，%2：</translation>
    </message>
    <message>
        <source>  done in %1</source>
        <translation>  完成，用时 %1</translation>
    </message>
    <message>
        <source>  FAILED: %1</source>
        <translation>  失败：%1</translation>
    </message>
    <message>
        <source>Nothing to do: %1</source>
        <translation>无需处理：%1</translation>
    </message>
    <message>
        <source>RECOVERY FAILED: %1</source>
        <translation>恢复失败：%1</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>an unknown operator</source>
        <translation>未知操作员</translation>
    </message>
    <message>
        <source>Drill started on %1 by %2 (target %3, fault %4)</source>
        <translation>%2 在 %1 上开始演练（目标 %3，故障 %4）</translation>
    </message>
    <message>
        <source>config: %1</source>
        <translation>配置：%1</translation>
    </message>
    <message>
        <source> (expected: %1)</source>
        <translation>（预期：%1）</translation>
    </message>
    <message>
        <source>Target %1 (member %2, %3): it was %4</source>
        <translation>目标 %1（成员 %2，%3）：它原为%4</translation>
    </message>
    <message>
        <source>the leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <source>a follower</source>
        <translation>跟随者</translation>
    </message>
    <message>
        <source>holder: %1 (%2), started %3</source>
        <translation>持有者：%1（%2），开始于 %3</translation>
    </message>
    <message>
        <source>Drill lock %1: %2</source>
        <translation>演练锁 %1：%2</translation>
    </message>
    <message>
        <source>Confirmation requested: type %1 to %2</source>
        <translation>请求确认：输入 %1 以%2</translation>
    </message>
    <message>
        <source>Confirmed by %1 at %2: %3 (%4)</source>
        <translation>%1 于 %2 确认：%3（%4）</translation>
    </message>
    <message>
        <source>Confirmation refused (%1): %2</source>
        <translation>确认被拒绝（%1）：%2</translation>
    </message>
    <message>
        <source>typed: %1</source>
        <translation>输入内容：%1</translation>
    </message>
    <message>
        <source>Fault applied: stopping etcd on %1 (member %2)</source>
        <translation>故障已施加：正在停止 %1 上的 etcd（成员 %2）</translation>
    </message>
    <message>
        <source>Fault not applied on %1: %2</source>
        <translation>未在 %1 上施加故障：%2</translation>
    </message>
    <message>
        <source>Fault restored on %1 by etcd-drill-cli recover</source>
        <translation>已通过 etcd-drill-cli recover 在 %1 上撤销故障</translation>
    </message>
    <message>
        <source>Fault restored: the start commands on %1 succeeded</source>
        <translation>故障已撤销：%1 上的启动命令执行成功</translation>
    </message>
    <message>
        <source>%1&apos;s etcd stopped answering %2 after the stop command</source>
        <translation>停止命令执行 %2 后，%1 的 etcd 停止响应</translation>
    </message>
    <message>
        <source>%1&apos;s etcd answers again %2 after the start command (member %3)</source>
        <translation>启动命令执行 %2 后，%1 的 etcd 重新响应（成员 %3）</translation>
    </message>
    <message>
        <source>Write check through %1 failed after %2: %3</source>
        <translation>通过 %1 的写入检查在 %2 后失败：%3</translation>
    </message>
    <message>
        <source>Leader election: %1 → %2 in %3 (term %4)</source>
        <translation>领导者选举：%1 → %2，用时 %3（任期 %4）</translation>
    </message>
    <message>
        <source>Stop condition %1: %2</source>
        <translation>停止条件 %1：%2</translation>
    </message>
    <message>
        <source>Aborted by %1: %2</source>
        <translation>由 %1 中止：%2</translation>
    </message>
    <message>
        <source>Preflight overridden by the operator</source>
        <translation>操作员跳过了预检失败项</translation>
    </message>
    <message>
        <source>Rollback started (%1): %2</source>
        <translation>开始回滚（%1）：%2</translation>
    </message>
    <message>
        <source>the target had to be started again</source>
        <translation>需要重新启动目标</translation>
    </message>
    <message>
        <source>the target was already restored</source>
        <translation>目标已经恢复</translation>
    </message>
    <message>
        <source>%1 rejoined as the same member and caught up %2 after the start command</source>
        <translation>启动命令执行 %2 后，%1 以同一成员身份重新加入并追上进度</translation>
    </message>
    <message>
        <source>Recovery by %1 started for %2 (commands from the %3)</source>
        <translation>%1 开始为 %2 执行恢复（命令来自%3）</translation>
    </message>
    <message>
        <source>Recovery %1</source>
        <translation>恢复%1</translation>
    </message>
    <message>
        <source>preflight:</source>
        <translation>预检：</translation>
    </message>
    <message>
        <source>stop:</source>
        <translation>停止：</translation>
    </message>
    <message>
        <source>start:</source>
        <translation>启动：</translation>
    </message>
    <message>
        <source>Plan for %1 (%2, %3)</source>
        <translation>%1 的计划（%2，%3）</translation>
    </message>
    <message>
        <source>run %1 on %2 (%3)</source>
        <translation>在 %2 上运行 %1（%3）</translation>
    </message>
    <message>
        <source>no result recorded: the journal ends or the drill moved on while it ran</source>
        <translation>未记录结果：命令运行期间演练日志已结束或演练已继续</translation>
    </message>
    <message>
        <source>%1: started, no result</source>
        <translation>%1：已开始，无结果</translation>
    </message>
    <message>
        <source>not run (dry run)</source>
        <translation>未执行（试运行）</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <source>, timed out</source>
        <translation>，已超时</translation>
    </message>
    <message>
        <source>, refused</source>
        <translation>，已拒绝</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>，%1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>stdout:</source>
        <translation>标准输出：</translation>
    </message>
    <message>
        <source>stderr:</source>
        <translation>标准错误：</translation>
    </message>
    <message>
        <source>no endpoint of this member was polled</source>
        <translation>未轮询该成员的任何端点</translation>
    </message>
    <message>
        <source>Verdict: every hypothesis held</source>
        <translation>结论：所有假设均成立</translation>
    </message>
    <message>
        <source>Verdict: a hypothesis failed</source>
        <translation>结论：有假设不成立</translation>
    </message>
    <message>
        <source>Outage of %1: %2, %3 failed probes (%4)</source>
        <translation>%1 中断：%2，%3 次探测失败（%4）</translation>
    </message>
    <message>
        <source>Outage of %1: still failing when the journal ends, %2 so far (%3)</source>
        <translation>%1 中断：演练日志结束时仍在失败，目前已持续 %2（%3）</translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <source>%1 holds no journal line</source>
        <translation>%1 中没有演练日志行</translation>
    </message>
    <message>
        <source>%1 has no drill-started line: the header is unknown</source>
        <translation>%1 中没有 drill-started 行：报告头信息未知</translation>
    </message>
    <message>
        <source>%1:%2: the last line is cut off (a crash while writing it): &quot;%3&quot;</source>
        <translation>%1:%2：最后一行被截断（写入时崩溃）：“%3”</translation>
    </message>
    <message>
        <source>%1 ends at line %2 (%3) without drill-finished</source>
        <translation>%1 在第 %2 行（%3）结束，没有 drill-finished</translation>
    </message>
    <message>
        <source>%1: the last row is cut off</source>
        <translation>%1：最后一行被截断</translation>
    </message>
    <message>
        <source>no samples.csv beside the journal: no latency charts; impact counts come from the per-second summaries</source>
        <translation>演练日志旁没有 samples.csv：没有延迟图表；影响统计来自每秒汇总</translation>
    </message>
    <message>
        <source> during step &quot;%1&quot; (%2)</source>
        <translation>，发生在步骤“%1”（%2）期间</translation>
    </message>
    <message>
        <source>INCOMPLETE: the journal ends at %1%2</source>
        <translation>不完整：演练日志止于 %1%2</translation>
    </message>
    <message>
        <source>its start</source>
        <translation>其开始处</translation>
    </message>
    <message>
        <source>; %1 may still be stopped</source>
        <translation>；%1 可能仍处于停止状态</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>目标节点</translation>
    </message>
    <message>
        <source>INCOMPLETE: the journal could not be read</source>
        <translation>不完整：无法读取演练日志</translation>
    </message>
    <message>
        <source>%1 down for %2: every probe failed (%3)</source>
        <translation>%1 中断 %2：所有探测均失败（%3 次）</translation>
    </message>
    <message>
        <source>%1 degraded for %2: %3 of %4 probes failed (%5 %)</source>
        <translation>%1 降级 %2：%4 次探测中 %3 次失败（%5 %）</translation>
    </message>
    <message>
        <source>%1 degraded, still when the journal ends: %2 of %3 probes failed so far</source>
        <translation>%1 降级，日志结束时仍未恢复：至今 %3 次探测中 %2 次失败</translation>
    </message>
    <message>
        <source>failing backends: %1</source>
        <translation>失败的后端：%1</translation>
    </message>
    <message>
        <source>Notified %1 (%2): %3</source>
        <translation>已通知 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Notification to %1 (%2) of %3 still being sent when the journal closed</source>
        <translation>日志关闭时，发往 %1（%2）的 %3 通知仍在发送</translation>
    </message>
    <message>
        <source>Notification to %1 (%2) of %3 failed: %4</source>
        <translation>发往 %1（%2）的 %3 通知失败：%4</translation>
    </message>
</context>
<context>
    <name>ReportDataExport</name>
    <message>
        <source>%1 already exists: choose another file name or allow replacing it</source>
        <translation>%1 已存在：请换一个文件名，或允许替换</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportFindings</name>
    <message>
        <source>through backend %1</source>
        <translation>经由后端 %1</translation>
    </message>
    <message>
        <source>(no backend recorded)</source>
        <translation>（未记录后端）</translation>
    </message>
    <message>
        <source>%1 was not hurt by the stop of %2: no probe through it failed while %2 was down</source>
        <translation>%1 未受 %2 停止的影响：%2 停止期间经由它的探测均未失败</translation>
    </message>
    <message>
        <source>%1 probes of %2 during the %3 stop, %4 failed %5</source>
        <translation>%3 的停止期间对 %2 进行了 %1 次探测，%4 次失败 %5</translation>
    </message>
    <message>
        <source>%1 of %2 probes of %3 failed %4 between %5 and %6 after the stop command; %7 outage windows, longest %8</source>
        <translation>停止命令后 %5 到 %6 之间，对 %3 的 %2 次探测中有 %1 次失败 %4；共 %7 个中断窗口，最长 %8</translation>
    </message>
    <message>
        <source>; the start command came %1 after the stop command</source>
        <translation>；启动命令在停止命令后 %1 执行</translation>
    </message>
    <message>
        <source>; the journal ends %1 after the stop command</source>
        <translation>；演练日志在停止命令后 %1 结束</translation>
    </message>
    <message>
        <source>%1 kept sending new connections to %2&apos;s unready apiserver for %3: its load balancer has no active health check on /readyz (or ignores it)</source>
        <translation>%1 在 %3 内持续把新连接发往 %2 上未就绪的 apiserver：其负载均衡器没有对 /readyz 做主动健康检查（或忽略了检查结果）</translation>
    </message>
    <message>
        <source>%1 failed over in %2: no request reached %3&apos;s apiserver after that</source>
        <translation>%1 在 %2 内完成故障切换：此后没有请求再到达 %3 的 apiserver</translation>
    </message>
    <message>
        <source>%1 stopped failing %2 after the stop of %3</source>
        <translation>%3 停止 %2 后，%1 不再失败</translation>
    </message>
    <message>
        <source>; its longest outage stayed within max-outage %1</source>
        <translation>；其最长中断在 max-outage %1 之内</translation>
    </message>
    <message>
        <source>; its longest outage exceeded max-outage %1</source>
        <translation>；其最长中断超过了 max-outage %1</translation>
    </message>
    <message>
        <source>; no failure in the remaining %1 of the stop</source>
        <translation>；停止期间剩余的 %1 内没有失败</translation>
    </message>
    <message>
        <source>%1&apos;s apiserver kept answering while its etcd was down: it reaches the other members</source>
        <translation>%1 的 apiserver 在其 etcd 停止期间仍在响应：它能连到其他成员</translation>
    </message>
    <message>
        <source>no outage of %1 during the %2 %3&apos;s etcd was down</source>
        <translation>%3 的 etcd 停止的 %2 内，%1 没有中断</translation>
    </message>
    <message>
        <source>%1: outage of %2 (%3 failed probes, first %4) from %5 to %6 after the stop command; %7&apos;s etcd was down %8 (from %9 to %10)</source>
        <translation>%1：停止命令后 %5 到 %6 中断 %2（%3 次探测失败，首次 %4）；%7 的 etcd 停止了 %8（%9 到 %10）</translation>
    </message>
    <message>
        <source>%1&apos;s apiserver was down as long as its etcd: it only talks to its local etcd, so clients routed to it fail while that member is down</source>
        <translation>%1 的 apiserver 与其 etcd 停止的时间一样长：它只连接本地 etcd，因此该成员停止期间路由到它的客户端请求都会失败</translation>
    </message>
    <message>
        <source>%1&apos;s apiserver was down %2 of the %3 its etcd was down</source>
        <translation>在其 etcd 停止的 %3 中，%1 的 apiserver 不可用 %2</translation>
    </message>
    <message>
        <source>The survivors elected a new leader in %1 (max-election %2)</source>
        <translation>存活成员在 %1 内选出了新的领导者（max-election %2）</translation>
    </message>
    <message>
        <source>The survivors elected a new leader in %1</source>
        <translation>存活成员在 %1 内选出了新的领导者</translation>
    </message>
    <message>
        <source>leader before: %1 (term %2); during the stop: %3 (term %4); measured from the stop command to the first snapshot with a new leader</source>
        <translation>停止前领导者：%1（任期 %2）；停止期间：%3（任期 %4）；从停止命令到第一个出现新领导者的快照计时</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 was the leader, but no new leader was seen while it was down</source>
        <translation>%1 原为领导者，但在其停止期间未观察到新的领导者</translation>
    </message>
    <message>
        <source>no election line in the journal; leader during the stop: %1</source>
        <translation>演练日志中没有 election 行；停止期间的领导者：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No election: %1 was a follower and %2 stayed the leader</source>
        <translation>无选举：%1 是跟随者，%2 仍为领导者</translation>
    </message>
    <message>
        <source>leader %1 in term %2 before the stop and in term %3 with %4 down</source>
        <translation>停止前领导者 %1 处于任期 %2，%4 停止期间处于任期 %3</translation>
    </message>
    <message>
        <source>Every write through the survivors succeeded while %1 was down</source>
        <translation>%1 停止期间，通过存活成员的写入全部成功</translation>
    </message>
    <message>
        <source>%1 write checks (put, read back, delete), 0 failed</source>
        <translation>%1 次写入检查（写入、读回、删除），0 次失败</translation>
    </message>
    <message>
        <source>%1 of %2 writes through the survivors failed while %3 was down</source>
        <translation>%3 停止期间，通过存活成员的 %2 次写入中有 %1 次失败</translation>
    </message>
    <message>
        <source>the hypothesis allows %1; </source>
        <translation>假设允许 %1 次；</translation>
    </message>
    <message>
        <source>etcd answered %1 after the start command</source>
        <translation>启动命令后 %1 etcd 有响应</translation>
    </message>
    <message>
        <source>caught up (index lag within %1) %2 later</source>
        <translation>%2 后追上进度（索引落后在 %1 以内）</translation>
    </message>
    <message>
        <source>%1 was not seen to recover (same member back and caught up)</source>
        <translation>未观察到 %1 恢复（同一成员回归并追上进度）</translation>
    </message>
    <message>
        <source>no target-answering and no recovered line after the start command</source>
        <translation>启动命令后没有 target-answering 行，也没有 recovered 行</translation>
    </message>
    <message>
        <source>recovered %1 after the start command</source>
        <translation>启动命令后 %1 恢复</translation>
    </message>
    <message>
        <source>max-recovery %1</source>
        <translation>max-recovery %1</translation>
    </message>
    <message>
        <source>%1 rejoined and caught up in %2, within the hypothesis</source>
        <translation>%1 在 %2 内重新加入并追上进度，符合假设</translation>
    </message>
    <message>
        <source>%1 took %2 to rejoin and catch up, longer than the hypothesis allows</source>
        <translation>%1 用了 %2 才重新加入并追上进度，超过了假设允许的时间</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>目标节点</translation>
    </message>
    <message>
        <source>%1&apos;s etcd may still be stopped: the journal records the stop but no restore. Run `%2` (or the plan&apos;s restore instructions) now</source>
        <translation>%1 的 etcd 可能仍处于停止状态：演练日志记录了停止但没有恢复。请立即运行 `%2`（或按计划中的恢复说明操作）</translation>
    </message>
    <message>
        <source>fault applied at +%1; no fault-restored line; the journal ends at +%2</source>
        <translation>故障施加于 +%1；没有 fault-restored 行；演练日志止于 +%2</translation>
    </message>
    <message>
        <source>The drill did not finish: the figures cover only what the journal recorded and there is no verdict</source>
        <translation>演练未完成：指标只涵盖演练日志记录的部分，且没有结论</translation>
    </message>
    <message>
        <source>check how the failing way in routes around a stopped member before the next drill</source>
        <translation>下次演练前，请检查出现失败的入口如何绕开已停止的成员</translation>
    </message>
    <message>
        <source>check the other members&apos; health: stopping one member should not lose quorum</source>
        <translation>请检查其他成员的健康状况：停止一个成员不应导致失去法定人数</translation>
    </message>
    <message>
        <source>check why the survivors refused writes (leader, quorum, disk) before the next drill</source>
        <translation>下次演练前，请检查存活成员拒绝写入的原因（领导者、法定人数、磁盘）</translation>
    </message>
    <message>
        <source>the operator aborted: run the drill again when ready</source>
        <translation>操作员中止了演练：准备就绪后请重新演练</translation>
    </message>
    <message>
        <source>check the commands&apos; output in the timeline, then run the drill again</source>
        <translation>请在时间线中检查命令输出，然后重新演练</translation>
    </message>
    <message>
        <source>The drill was rolled back (%1): %2; the hypothesis was not judged — %3</source>
        <translation>演练已回滚（%1）：%2；未评判假设 — %3</translation>
    </message>
    <message>
        <source>rollback at +%1; %2 restored: %3</source>
        <translation>+%1 回滚；%2 已恢复：%3</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>The drill was aborted: %1</source>
        <translation>演练已中止：%1</translation>
    </message>
    <message>
        <source>the fault was applied at +%1</source>
        <translation>故障施加于 +%1</translation>
    </message>
    <message>
        <source>nothing was changed on %1</source>
        <translation>%1 上未做任何更改</translation>
    </message>
    <message>
        <source>Restoring %1 failed: run `%2` or follow the plan&apos;s restore instructions</source>
        <translation>恢复 %1 失败：请运行 `%2` 或按计划中的恢复说明操作</translation>
    </message>
    <message>
        <source>The drill did not start: a preflight check failed</source>
        <translation>演练未开始：有预检检查失败</translation>
    </message>
    <message>
        <source>; its error rate while %1 was down, %2, stayed within max-error-rate</source>
        <translation>；%1 停止期间其错误率为 %2，未超过 max-error-rate</translation>
    </message>
    <message>
        <source>; but its error rate while %1 was down, %2, exceeded max-error-rate</source>
        <translation>；但 %1 停止期间其错误率为 %2，超过了 max-error-rate</translation>
    </message>
    <message>
        <source>%1 answered %2 of its calls over the drill, within its min-availability %3</source>
        <translation>%1 在整个演练中应答了 %2 的调用，满足其 min-availability %3</translation>
    </message>
    <message>
        <source>%1 answered only %2 of its calls over the drill, below its min-availability %3</source>
        <translation>%1 在整个演练中只应答了 %2 的调用，低于其 min-availability %3</translation>
    </message>
    <message>
        <source>The workload&apos;s writes were not checked</source>
        <translation>未检查工作负载的写入</translation>
    </message>
    <message>
        <source>%1 was not back when the drill ended; %2 acknowledged puts were deleted unchecked</source>
        <translation>演练结束时 %1 尚未恢复；%2 次已确认写入未经检查即被删除</translation>
    </message>
    <message>
        <source>the keys could not be read: %1</source>
        <translation>无法读取这些键：%1</translation>
    </message>
    <message>
        <source>%1 of %2 acknowledged writes were lost</source>
        <translation>%2 次已确认写入中丢失了 %1 次</translation>
    </message>
    <message>
        <source>; not read from %1</source>
        <translation>；未能从 %1 读取</translation>
    </message>
    <message>
        <source>%1 workload key(s) were changed by someone else during the drill</source>
        <translation>演练期间 %1 个工作负载键被他人修改</translation>
    </message>
    <message>
        <source>%1 acknowledged write(s) got a revision out of order</source>
        <translation>%1 次已确认写入的修订版本顺序错乱</translation>
    </message>
    <message>
        <source>The watch did not see every acknowledged write once and in order</source>
        <translation>监听没有按顺序恰好一次看到每次已确认写入</translation>
    </message>
    <message>
        <source>%1 missing, %2 twice, %3 out of order; opened %4</source>
        <translation>缺失 %1，重复 %2，乱序 %3；打开于 %4</translation>
    </message>
    <message>
        <source>The members&apos; HashKV were not equal at revision %1</source>
        <translation>修订版本 %1 下各成员的 HashKV 不一致</translation>
    </message>
    <message>
        <source>%1 attempt(s); see the Data safety section</source>
        <translation>尝试 %1 次；见“数据安全”一节</translation>
    </message>
    <message>
        <source>No acknowledged write was lost and every member holds the same data</source>
        <translation>没有丢失任何已确认写入，所有成员的数据一致</translation>
    </message>
    <message>
        <source>%1 acknowledged puts read back from %2; the watch saw each once over %3 open(s); HashKV equal at revision %4</source>
        <translation>从 %2 读回了 %1 次已确认写入；监听在 %3 次打开中每次写入恰好看到一次；修订版本 %4 下 HashKV 一致</translation>
    </message>
    <message>
        <source>The workload&apos;s keys were not all deleted</source>
        <translation>工作负载的键未全部删除</translation>
    </message>
    <message>
        <source>%1; delete them with: %2</source>
        <translation>%1；请用以下命令删除：%2</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>%1 already exists: nothing was written. Choose another name or allow overwriting (--force).</source>
        <translation>%1 已存在：未写入任何内容。请换一个名称，或允许覆盖（--force）。</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>ABORTED</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>NOT STARTED</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>RESTORE FAILED</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>DRY RUN</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>INCOMPLETE</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>%1 — ROLLED BACK</source>
        <translation>%1 — 已回滚</translation>
    </message>
    <message>
        <source>%1 (INCOMPLETE JOURNAL)</source>
        <translation>%1（演练日志不完整）</translation>
    </message>
    <message>
        <source>At preflight</source>
        <translation>预检时</translation>
    </message>
    <message>
        <source>Before the stop</source>
        <translation>停止之前</translation>
    </message>
    <message>
        <source>With the target down</source>
        <translation>目标停止期间</translation>
    </message>
    <message>
        <source>End of the observation window</source>
        <translation>观察窗口结束时</translation>
    </message>
    <message>
        <source>After recovery</source>
        <translation>恢复之后</translation>
    </message>
    <message>
        <source>At a cluster event</source>
        <translation>集群事件发生时</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Topology and members</source>
        <translation>拓扑与成员</translation>
    </message>
    <message>
        <source>Latency charts</source>
        <translation>延迟图表</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Problems reading the drill&apos;s files</source>
        <translation>读取演练文件时的问题</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>etcd HA drill report</source>
        <translation>etcd 高可用演练报告</translation>
    </message>
    <message>
        <source>not recorded (the journal ends at %1)</source>
        <translation>未记录（演练日志止于 %1）</translation>
    </message>
    <message>
        <source>%1 (configured as %2)</source>
        <translation>%1（配置为 %2）</translation>
    </message>
    <message>
        <source>, member %1</source>
        <translation>，成员 %1</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1，经由 %2</translation>
    </message>
    <message>
        <source>etcd-drill version</source>
        <translation>etcd-drill 版本</translation>
    </message>
    <message>
        <source>etcd version</source>
        <translation>etcd 版本</translation>
    </message>
    <message>
        <source>Drill config</source>
        <translation>演练配置</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>演练日志</translation>
    </message>
    <message>
        <source>Dry run: every command was shown, none was run.</source>
        <translation>试运行：已显示所有命令，均未执行。</translation>
    </message>
    <message>
        <source>The drill was rolled back (%1): %2</source>
        <translation>演练已回滚（%1）：%2</translation>
    </message>
    <message>
        <source>This report is incomplete: the drill&apos;s journal does not record the whole drill.</source>
        <translation>本报告不完整：演练日志没有记录完整的演练过程。</translation>
    </message>
    <message>
        <source>The drill ended before its verdict.</source>
        <translation>演练在得出结论之前就结束了。</translation>
    </message>
    <message>
        <source>No hypothesis was judged.</source>
        <translation>没有评判任何假设。</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Outage per probe target</source>
        <translation>各探测目标的中断</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation>探测次数</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>中断窗口</translation>
    </message>
    <message>
        <source>Total outage</source>
        <translation>中断总时长</translation>
    </message>
    <message>
        <source>Longest window</source>
        <translation>最长窗口</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>no probe data</source>
        <translation>无探测数据</translation>
    </message>
    <message>
        <source>Cluster figures</source>
        <translation>集群指标</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>目标节点</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Leader election</source>
        <translation>领导者选举</translation>
    </message>
    <message>
        <source>a new leader after the old one stopped</source>
        <translation>原领导者停止后选出新的领导者</translation>
    </message>
    <message>
        <source>no election: the leader did not change</source>
        <translation>无选举：领导者未变</translation>
    </message>
    <message>
        <source>Time to detect the stop</source>
        <translation>检测到停止所用时间</translation>
    </message>
    <message>
        <source>stop command → %1&apos;s etcd stopped answering</source>
        <translation>停止命令 → %1 的 etcd 停止响应</translation>
    </message>
    <message>
        <source>Time to answer again</source>
        <translation>重新响应所用时间</translation>
    </message>
    <message>
        <source>start command → %1&apos;s etcd answered</source>
        <translation>启动命令 → %1 的 etcd 响应</translation>
    </message>
    <message>
        <source>Recovery time</source>
        <translation>恢复时间</translation>
    </message>
    <message>
        <source>start command → same member back and caught up</source>
        <translation>启动命令 → 同一成员回归并追上进度</translation>
    </message>
    <message>
        <source>%1 catch-up time</source>
        <translation>%1 追赶时间</translation>
    </message>
    <message>
        <source>answered → raft index within the allowed lag</source>
        <translation>响应 → raft 索引落后在允许范围内</translation>
    </message>
    <message>
        <source>Write checks</source>
        <translation>写入检查</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 次通过，%2 次失败</translation>
    </message>
    <message>
        <source>write, read back and delete through the survivors</source>
        <translation>通过存活成员写入、读回并删除</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Cluster %1, leader %2</source>
        <translation>集群 %1，领导者 %2</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>成员 ID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>任期</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>落后</translation>
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
        <source>Version / error</source>
        <translation>版本 / 错误</translation>
    </message>
    <message>
        <source>The journal holds no cluster snapshot.</source>
        <translation>演练日志中没有集群快照。</translation>
    </message>
    <message>
        <source>%1: outage %2 in %3 window(s), longest %4; %5 of %6 probes failed</source>
        <translation>%1：中断 %2，共 %3 个窗口，最长 %4；%6 次探测中 %5 次失败</translation>
    </message>
    <message>
        <source>No probe samples: samples.csv is missing or empty.</source>
        <translation>没有探测样本：samples.csv 缺失或为空。</translation>
    </message>
    <message>
        <source>Latency of the successful probes (log scale) against the time since the drill&apos;s start; red ticks on top: failed probes; shaded: outage windows; dashed lines: drill steps.</source>
        <translation>成功探测的延迟（对数刻度）随演练开始后时间的变化；顶部红色刻线：失败的探测；阴影：中断窗口；虚线：演练步骤。</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Since start</source>
        <translation>开始后</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s) in the journal</source>
        <translation>
            <numerusform>… 演练日志中还有 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal holds no event.</source>
        <translation>演练日志中没有事件。</translation>
    </message>
    <message>
        <source>Nothing beyond the figures above.</source>
        <translation>除以上指标外没有其他发现。</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>etcd HA drill</source>
        <translation>etcd 高可用演练</translation>
    </message>
    <message>
        <source>etcd HA drill: %1</source>
        <translation>etcd 高可用演练：%1</translation>
    </message>
    <message>
        <source>%1 · target %2 · operator %3@%4</source>
        <translation>%1 · 目标 %2 · 操作员 %3@%4</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Incomplete journal</source>
        <translation>演练日志不完整</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot start the PDF %1</source>
        <translation>无法开始生成 PDF %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed probe(s)</source>
        <translation>
            <numerusform>%n 次探测失败</numerusform>
        </translation>
    </message>
    <message>
        <source>no successful probe</source>
        <translation>没有成功的探测</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>outage</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>write</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>stop-condition</source>
        <translation>停止条件</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>quorum-lost</source>
        <translation>失去法定人数</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <source>follower</source>
        <translation>跟随者</translation>
    </message>
    <message>
        <source>learner</source>
        <translation>学习者</translation>
    </message>
    <message>
        <source>down</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>before</source>
        <translation>故障前</translation>
    </message>
    <message>
        <source>during-fault</source>
        <translation>故障期间</translation>
    </message>
    <message>
        <source>after-restore</source>
        <translation>恢复后</translation>
    </message>
    <message>
        <source>Client impact per way in</source>
        <translation>各入口的客户端影响</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Error rate while down</source>
        <translation>停止期间错误率</translation>
    </message>
    <message>
        <source>Longest outage</source>
        <translation>最长中断</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>降级</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n period(s)</source>
        <translation>
            <numerusform>%n 个时段共 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Client impact per probe target</source>
        <translation>各探测目标的客户端影响</translation>
    </message>
    <message>
        <source>Drill details</source>
        <translation>演练详情</translation>
    </message>
    <message>
        <source>Client impact per phase</source>
        <translation>各阶段的客户端影响</translation>
    </message>
    <message>
        <source>Appendix: timeline</source>
        <translation>附录：时间线</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>集群 %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>lasted %1</source>
        <translation>历时 %1</translation>
    </message>
    <message>
        <source>run by %1</source>
        <translation>执行人 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s) measured without a limit: under Key figures.</source>
        <translation>
            <numerusform>另有 %n 项无限值的测量结果，见“关键指标”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed probes per way in, share per second</source>
        <translation>各入口失败探测占比（每秒）</translation>
    </message>
    <message>
        <source>0 %: every call worked; a level in between: degraded, that share of the calls failed; 100 %: down. Shaded: the target was down (stop command to start command); dashed lines: drill steps.</source>
        <translation>0 %：所有调用成功；介于两者之间：降级，即该比例的调用失败；100 %：不可用。阴影：目标停止期间（从停止命令到启动命令）；虚线：演练步骤。</translation>
    </message>
    <message>
        <source>Measured without a limit</source>
        <translation>无限值的测量结果</translation>
    </message>
    <message>
        <source>before the stop</source>
        <translation>停止之前</translation>
    </message>
    <message>
        <source>target down</source>
        <translation>目标停止期间</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>恢复中</translation>
    </message>
    <message>
        <source>after recovery</source>
        <translation>恢复之后</translation>
    </message>
    <message>
        <source>Phases: before the stop command; target down, from the stop command to the start command; recovery, until the target was back; after recovery, the settle to the end. Failed: of the phase&apos;s probes. Latency: of the successful probes.</source>
        <translation>阶段：停止之前，到停止命令为止；目标停止期间，从停止命令到启动命令；恢复中，直到目标恢复；恢复之后，稳定观察期直到结束。失败：占该阶段探测的比例。延迟：成功探测的延迟。</translation>
    </message>
    <message>
        <source>The target was not back when the drill ended: the keys were deleted, not checked.</source>
        <translation>演练结束时目标尚未恢复：这些键只被删除，未做检查。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Puts</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>%1: %2 acknowledged, %3 unknown (%4 of them stored), %5 failed</source>
        <translation>%1：已确认 %2，未知 %3（其中 %4 已存储），失败 %5</translation>
    </message>
    <message>
        <source>Acknowledged writes lost</source>
        <translation>已确认写入丢失</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>未检查：%1</translation>
    </message>
    <message>
        <source>%1 (at most %2 allowed); read linearizably and from %3%4</source>
        <translation>%1（最多允许 %2）；已线性一致读取并从 %3 读取%4</translation>
    </message>
    <message>
        <source>; not read from %1</source>
        <translation>；未能从 %1 读取</translation>
    </message>
    <message>
        <source>Changes behind the workload&apos;s back</source>
        <translation>工作负载之外的修改</translation>
    </message>
    <message>
        <source>Revision order</source>
        <translation>修订版本顺序</translation>
    </message>
    <message>
        <source>in order</source>
        <translation>顺序正确</translation>
    </message>
    <message>
        <source>%1 out of order</source>
        <translation>%1 次乱序</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>监听</translation>
    </message>
    <message>
        <source>%1 events; %2 missing, %3 twice, %4 out of order%5; opened: %6</source>
        <translation>%1 个事件；缺失 %2，重复 %3，乱序 %4%5；打开：%6</translation>
    </message>
    <message>
        <source>; revisions compacted away</source>
        <translation>；部分修订版本已被压缩</translation>
    </message>
    <message>
        <source>%1 %2 (compacted at %3)</source>
        <translation>%1 %2（压缩于 %3）</translation>
    </message>
    <message>
        <source>HashKV</source>
        <translation>HashKV</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>未请求</translation>
    </message>
    <message>
        <source>%1 at revision %2 after %3 attempt(s): %4</source>
        <translation>修订版本 %2 下%1（尝试 %3 次）：%4</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>NOT equal</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation>清理</translation>
    </message>
    <message>
        <source>%1 keys deleted</source>
        <translation>已删除 %1 个键</translation>
    </message>
    <message>
        <source>%1 keys deleted, then: %2. Delete the rest with: %3</source>
        <translation>已删除 %1 个键，随后：%2。请用以下命令删除其余的键：%3</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>What</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Seen in</source>
        <translation>见于</translation>
    </message>
    <message>
        <source>sequence %1</source>
        <translation>序号 %1</translation>
    </message>
    <message>
        <source>linearizable read</source>
        <translation>线性一致读</translation>
    </message>
    <message>
        <source>The first %1 of %2 findings; the journal&apos;s data-safety line has the counts.</source>
        <translation>共 %2 条发现中的前 %1 条；完整计数见日志的 data-safety 行。</translation>
    </message>
    <message>
        <source>Unknown: puts whose answer never came (a deadline, a lost connection); etcd may or may not have applied them, so they are counted, never judged. Failed: refused before etcd could apply them.</source>
        <translation>未知：没有收到应答的写入（超时、连接中断）；etcd 可能已应用也可能没有，因此只计数，不评判。失败：在 etcd 应用之前就被拒绝。</translation>
    </message>
    <message>
        <source>Data safety</source>
        <translation>数据安全</translation>
    </message>
    <message>
        <source>Method: from the stop gate&apos;s confirmation to the end of settle the drill put %1 new keys a second under %2, round-robin over the members that answered, never retrying, and watched the prefix on the target, re-opening the watch elsewhere from the last revision seen. After the recovery it read every key back linearizably and serializably from every member, compared the watch with the acknowledgements and asked every member for HashKV at one revision, as etcd&apos;s own robustness tests do.</source>
        <translation>方法：从确认停止关卡到稳定期结束，演练每秒向 %2 下写入 %1 个新键，轮流发往能应答的成员，从不重试，并在目标成员上监听该前缀，目标停止时从最后看到的修订版本起在其他成员上重新打开监听。恢复后，它以线性一致方式并从每个成员以串行化方式读回每个键，将监听结果与确认结果对比，并在同一修订版本下向每个成员请求 HashKV，与 etcd 自己的健壮性测试做法相同。</translation>
    </message>
    <message>
        <source>Set against the previous drill of %1: %2 by %3, outcome %4 (%5). A figure is marked worse when it grew by more than 500 ms and 25 % (durations), by more than half a percentage point and 25 % (error rates), or at all (lost writes, failed write checks, a verdict that no longer passed).</source>
        <translation>与 %1 的上一次演练对比：%2，操作人 %3，结果 %4（%5）。当指标增长超过 500 ms 且超过 25 %（时长）、超过 0.5 个百分点且超过 25 %（错误率），或有任何增长（丢失的写入、失败的写入检查、结论不再通过）时，标记为变差。</translation>
    </message>
    <message>
        <source>Previous drill</source>
        <translation>上一次演练</translation>
    </message>
    <message>
        <source>This drill</source>
        <translation>本次演练</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Compared with the previous drill</source>
        <translation>与上一次演练对比</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>变差</translation>
    </message>
    <message>
        <source>better</source>
        <translation>变好</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>基本不变</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>无法比较</translation>
    </message>
    <message numerus="yes">
        <source>%n key figure(s) got worse than in the previous drill of this cluster (%1)</source>
        <translation>
            <numerusform>%n 项关键指标比该集群上一次演练（%1）变差</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>%1 (Ctrl+C aborts): </source>
        <translation>%1（Ctrl+C 中止）：</translation>
    </message>
    <message>
        <source>stdin closed at the confirmation: aborting</source>
        <translation>确认时标准输入已关闭：中止</translation>
    </message>
    <message>
        <source>Step %1/5 %2</source>
        <translation>第 %1/5 步 %2</translation>
    </message>
    <message>
        <source>== %1: %2</source>
        <translation>== %1：%2</translation>
    </message>
    <message>
        <source>== %1: PASSED</source>
        <translation>== %1：通过</translation>
    </message>
    <message>
        <source>== %1: PASSED (%2)</source>
        <translation>== %1：通过（%2）</translation>
    </message>
    <message>
        <source>== %1: FAILED — %2</source>
        <translation>== %1：未通过 —— %2</translation>
    </message>
    <message>
        <source>== %1: skipped (%2)</source>
        <translation>== %1：已跳过（%2）</translation>
    </message>
    <message>
        <source>   note: %1</source>
        <translation>   提示：%1</translation>
    </message>
    <message>
        <source>   target: %1 (%2)</source>
        <translation>   目标：%1（%2）</translation>
    </message>
    <message>
        <source>!! the target resolved to %1, but --confirm names %2: refusing</source>
        <translation>!! 目标确定为 %1，但 --confirm 指定的是 %2：拒绝执行</translation>
    </message>
    <message>
        <source>-- About to %1. These commands will run (dry run: shown only):</source>
        <translation>-- 即将%1。将运行以下命令（试运行：仅显示）：</translation>
    </message>
    <message>
        <source>-- About to %1. These commands will run:</source>
        <translation>-- 即将%1。将运行以下命令：</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1，%2：</translation>
    </message>
    <message>
        <source>   confirmed by --yes</source>
        <translation>   已由 --yes 确认</translation>
    </message>
    <message>
        <source>   confirmed by --confirm %1</source>
        <translation>   已由 --confirm %1 确认</translation>
    </message>
    <message>
        <source>   not confirmed: %1</source>
        <translation>   未确认：%1</translation>
    </message>
    <message>
        <source>   would run %1 %2:</source>
        <translation>   将会运行：%1，%2：</translation>
    </message>
    <message>
        <source>   running %1 %2:</source>
        <translation>   正在运行：%1，%2：</translation>
    </message>
    <message>
        <source>     done in %1</source>
        <translation>     完成，用时 %1</translation>
    </message>
    <message>
        <source>     FAILED after %1: %2</source>
        <translation>     %1 后失败：%2</translation>
    </message>
    <message>
        <source>   event: %1</source>
        <translation>   事件：%1</translation>
    </message>
    <message>
        <source>   outage on %1: %2 (%3 failed probes in a row, first %4)</source>
        <translation>   %1 中断：%2（连续 %3 次探测失败，首次：%4）</translation>
    </message>
    <message>
        <source>!! STOP CONDITION: %1 — rolling back</source>
        <translation>!! 触发停止条件：%1 —— 正在回滚</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <source>Client impact per phase (every window and latency in the journal and samples.csv):</source>
        <translation>各阶段的客户端影响（每个窗口和延迟见日志和 samples.csv）：</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>日志：%1</translation>
    </message>
    <message>
        <source>the leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <source>a follower</source>
        <translation>一个跟随者</translation>
    </message>
    <message>
        <source>Drill of cluster &apos;%1&apos; (%2 nodes), target %3, fault %4</source>
        <translation>集群 &apos;%1&apos; 的演练（%2 个节点），目标 %3，故障方式 %4</translation>
    </message>
    <message>
        <source> — DRY RUN, nothing will be changed</source>
        <translation> —— 试运行，不会做任何更改</translation>
    </message>
    <message>
        <source>!! interrupted: restoring %1 and verifying its recovery — please wait</source>
        <translation>!! 已中断：正在恢复 %1 并验证其恢复 —— 请稍候</translation>
    </message>
    <message>
        <source>!! interrupted: stopping the drill</source>
        <translation>!! 已中断：正在停止演练</translation>
    </message>
    <message>
        <source>!! still rolling back; the drill ends once %1 is restored (leaving now could strand it stopped; if you must, kill -9 and run etcd-drill-cli recover)</source>
        <translation>!! 仍在回滚；%1 恢复后演练才会结束（现在退出可能使其停留在停止状态；如必须退出，请 kill -9 后运行 etcd-drill-cli recover）</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Data safety (the drill ended before its verdict; these do not change its outcome):</source>
        <translation>数据安全（演练在结论前结束；以下结果不改变其结局）：</translation>
    </message>
    <message>
        <source>Compared with the previous drill of this cluster (%1, %2):</source>
        <translation>与该集群上一次演练（%1，%2）对比：</translation>
    </message>
    <message numerus="yes">
        <source>%n key figure(s) got worse than in the previous drill.</source>
        <translation>
            <numerusform>%n 项关键指标比上一次演练变差。</numerusform>
        </translation>
    </message>
    <message>
        <source>JUnit: %1</source>
        <translation>JUnit：%1</translation>
    </message>
    <message>
        <source>etcd-drill-cli run: no JUnit file written: %1</source>
        <translation>etcd-drill-cli run：未写入 JUnit 文件：%1</translation>
    </message>
</context>
<context>
    <name>etcddrill::ChartPanel</name>
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
    <message>
        <source>%1 (%2 so far)</source>
        <translation>%1（目前 %2）</translation>
    </message>
    <message>
        <source>Latency per way in (ms)</source>
        <translation>各入口延迟（毫秒）</translation>
    </message>
</context>
<context>
    <name>etcddrill::ClusterConfigDialog</name>
    <message>
        <source>Choose kubeconfig</source>
        <translation>选择 kubeconfig</translation>
    </message>
    <message>
        <source>Write drill config</source>
        <translation>写入演练配置</translation>
    </message>
    <message>
        <source>Drill configs (*.yaml *.yml)</source>
        <translation>演练配置 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Reading the cluster through its apiserver…</source>
        <translation>正在通过 apiserver 读取集群…</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>已找到：</translation>
    </message>
    <message>
        <source>To fill in or check:</source>
        <translation>需要补充或核对：</translation>
    </message>
    <message>
        <source>No config was written: %1</source>
        <translation>未写入配置：%1</translation>
    </message>
    <message>
        <source>Wrote %1. Check what is listed below, then open it.</source>
        <translation>已写入 %1。请核对下方列出的内容，然后打开它。</translation>
    </message>
    <message>
        <source>New drill config from cluster</source>
        <translation>从集群新建演练配置</translation>
    </message>
    <message>
        <source>Reads a kubeadm cluster through its apiserver — the control-plane nodes, each node&apos;s etcd and apiserver, the VIP and the domain, kubeadm&apos;s certificate folder — and writes a drill config. The file names the kubeconfig, never a token or key.</source>
        <translation>通过 apiserver 读取 kubeadm 集群——控制平面节点、每个节点的 etcd 和 apiserver、VIP 和域名、kubeadm 的证书目录——并写出演练配置。文件中只写 kubeconfig 的路径，绝不写入令牌或私钥。</translation>
    </message>
    <message>
        <source>&amp;Kubeconfig:</source>
        <translation>&amp;Kubeconfig：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>上下文(&amp;C)：</translation>
    </message>
    <message>
        <source>current context</source>
        <translation>当前上下文</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>写入到(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;SSH user:</source>
        <translation>&amp;SSH 用户：</translation>
    </message>
    <message>
        <source>&amp;Fault runs:</source>
        <translation>故障执行位置(&amp;F)：</translation>
    </message>
    <message>
        <source>over ssh on the target node</source>
        <translation>通过 ssh 在目标节点上</translation>
    </message>
    <message>
        <source>on this machine (the target node itself, or the lab)</source>
        <translation>在本机（即目标节点本身，或实验环境）</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>the last control-plane node</source>
        <translation>最后一个控制平面节点</translation>
    </message>
    <message>
        <source>&amp;Replace the file if it exists</source>
        <translation>文件已存在时替换(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>打开(&amp;O)</translation>
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
    <name>etcddrill::ConsoleActions</name>
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
        <source>Replay a recorded drill from its journal (a drill folder or its journal.jsonl): the same views, with a time slider</source>
        <translation>根据演练日志回放已记录的演练（演练文件夹或其中的 journal.jsonl）：视图相同，另有时间滑块</translation>
    </message>
    <message>
        <source>&amp;Close replay</source>
        <translation>关闭回放(&amp;C)</translation>
    </message>
    <message>
        <source>Leave the replay and go back to the config that was open</source>
        <translation>退出回放，回到之前打开的配置</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the report of the replayed drill, or of the last drill run here</source>
        <translation>导出所回放演练的报告，或在此运行的最近一次演练的报告</translation>
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
        <source>&amp;New drill config from cluster…</source>
        <translation>从集群新建演练配置(&amp;N)…</translation>
    </message>
    <message>
        <source>Read a kubeadm cluster through its kubeconfig and write a drill config for it (etcd-drill-cli init)</source>
        <translation>通过 kubeconfig 读取 kubeadm 集群并为其写出演练配置（etcd-drill-cli init）</translation>
    </message>
    <message>
        <source>Drill &amp;history…</source>
        <translation>演练历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Every drill of the journal folder: figures next to the drill before, filter by cluster, open a replay, compare two</source>
        <translation>日志文件夹中的所有演练：与上一次演练的指标对比，可按集群筛选、打开回放、对比两次演练</translation>
    </message>
</context>
<context>
    <name>etcddrill::DrillComparisonDialog</name>
    <message>
        <source>Compare drills</source>
        <translation>对比演练</translation>
    </message>
    <message>
        <source>&lt;b&gt;Older:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Newer:&lt;/b&gt; %2&lt;br&gt;Marked worse: durations up by more than 500 ms and 25 %, error rates by more than half a point and 25 %, lost writes at all.</source>
        <translation>&lt;b&gt;较早：&lt;/b&gt;%1&lt;br&gt;&lt;b&gt;较新：&lt;/b&gt;%2&lt;br&gt;标记为变差：时长增长超过 500 ms 且超过 25 %，错误率增长超过 0.5 个百分点且超过 25 %，或出现任何写入丢失。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Older drill</source>
        <translation>较早的演练</translation>
    </message>
    <message>
        <source>Newer drill</source>
        <translation>较新的演练</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>变差</translation>
    </message>
    <message>
        <source>better</source>
        <translation>变好</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>基本不变</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>无法比较</translation>
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
        <source>%1 down: every probe failing</source>
        <translation>%1 中断：所有探测均失败</translation>
    </message>
    <message>
        <source>%1 degraded: %2 of %3 probes failed since the first failure</source>
        <translation>%1 降级：自首次失败起 %3 次探测中 %2 次失败</translation>
    </message>
    <message>
        <source>%1 ok again after %2: %3 of %4 probes failed (%5 %)</source>
        <translation>%1 在 %2 后恢复正常：%4 次探测中 %3 次失败（%5 %）</translation>
    </message>
    <message>
        <source>%1 did not answer for %2: %3</source>
        <translation>%1 有 %2 未响应：%3</translation>
    </message>
    <message>
        <source>No key figure got worse than in the previous drill</source>
        <translation>没有关键指标比上一次演练变差</translation>
    </message>
    <message numerus="yes">
        <source>%n key figure(s) got worse than in the previous drill</source>
        <translation>
            <numerusform>%n 项关键指标比上一次演练变差</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etcddrill::DrillHistoryDialog</name>
    <message>
        <source>Journal folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <source>Reading the drills in %1…</source>
        <translation>正在读取 %1 中的演练…</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>所有集群</translation>
    </message>
    <message>
        <source>No drill in %1.</source>
        <translation>%1 中没有演练。</translation>
    </message>
    <message numerus="yes">
        <source>%n drill folder(s); double-click one to replay it, select two to compare them.</source>
        <translation>
            <numerusform>%n 个演练文件夹；双击可回放，选中两个可对比。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cut off or unreadable: the reason is in its tooltip.</source>
        <translation>
            <numerusform>其中 %n 个不完整或无法读取：原因见其提示信息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two readable drills to compare them</source>
        <translation>请选择两个可读取的演练进行对比</translation>
    </message>
    <message>
        <source>Drill history</source>
        <translation>演练历史</translation>
    </message>
    <message>
        <source>Journal folder:</source>
        <translation>日志文件夹：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>集群：</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Open replay</source>
        <translation>打开回放</translation>
    </message>
</context>
<context>
    <name>etcddrill::DrillHistoryTableModel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>%1 (cut off)</source>
        <translation>%1（不完整）</translation>
    </message>
    <message numerus="yes">
        <source>%n lost, hashes differ</source>
        <translation>
            <numerusform>丢失 %n 条，哈希不一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost</source>
        <translation>
            <numerusform>丢失 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>no worse</source>
        <translation>未变差</translation>
    </message>
    <message numerus="yes">
        <source>%n worse</source>
        <translation>
            <numerusform>%n 项变差</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>VIP outage</source>
        <translation>VIP 中断</translation>
    </message>
    <message>
        <source>VIP errors</source>
        <translation>VIP 错误率</translation>
    </message>
    <message>
        <source>Domain outage</source>
        <translation>域名中断</translation>
    </message>
    <message>
        <source>Domain errors</source>
        <translation>域名错误率</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>选举</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Data safety</source>
        <translation>数据安全</translation>
    </message>
    <message>
        <source>vs. previous</source>
        <translation>对比上次</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%n lost, hashes agree</source>
        <translation>
            <numerusform>丢失 %n 条，哈希一致</numerusform>
        </translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>开始时间（UTC）</translation>
    </message>
</context>
<context>
    <name>etcddrill::DrillStatusStrip</name>
    <message>
        <source>%1: %2 of calls failed while %3 was down</source>
        <translation>%1：%3 停止期间 %2 的调用失败</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>, degraded %1</source>
        <translation>，降级 %1</translation>
    </message>
    <message>
        <source>, longest outage %1</source>
        <translation>，最长中断 %1</translation>
    </message>
    <message>
        <source>recovered in %1</source>
        <translation>%1 内恢复</translation>
    </message>
    <message>
        <source>%1 down %2</source>
        <translation>%1 已停止 %2</translation>
    </message>
    <message>
        <source>Step %1/5 · %2</source>
        <translation>第 %1/5 步 · %2</translation>
    </message>
    <message>
        <source>Drill prepared: start it with Drill ▸ Start drill</source>
        <translation>演练已准备：用“演练 ▸ 开始演练”开始</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>healthy %1/%2</source>
        <translation>健康 %1/%2</translation>
    </message>
    <message>
        <source>degraded %1/%2</source>
        <translation>降级 %1/%2</translation>
    </message>
    <message>
        <source>QUORUM LOST %1/%2</source>
        <translation>仲裁丢失 %1/%2</translation>
    </message>
    <message>
        <source>cluster unknown</source>
        <translation>集群状态未知</translation>
    </message>
    <message>
        <source>Abort and restore</source>
        <translation>中止并恢复</translation>
    </message>
    <message>
        <source>Cancel drill</source>
        <translation>取消演练</translation>
    </message>
    <message>
        <source>Abort the drill and restore %1?</source>
        <translation>中止演练并恢复 %1？</translation>
    </message>
    <message>
        <source>Cancel the drill?</source>
        <translation>取消演练？</translation>
    </message>
    <message>
        <source>etcd-drill will start etcd on %1 again and verify that it rejoins the cluster and catches up. The drill ends as aborted.</source>
        <translation>etcd-drill 将重新启动 %1 上的 etcd，并验证它重新加入集群并追上数据。演练以“已中止”结束。</translation>
    </message>
    <message>
        <source>Nothing has been changed on the cluster yet; the drill ends here.</source>
        <translation>集群尚未做任何改动；演练到此结束。</translation>
    </message>
    <message>
        <source>Abort and restore %1</source>
        <translation>中止并恢复 %1</translation>
    </message>
    <message>
        <source>Keep the drill running</source>
        <translation>继续演练</translation>
    </message>
    <message>
        <source>Keep the drill</source>
        <translation>保留演练</translation>
    </message>
    <message>
        <source>%1 was down %2</source>
        <translation>%1 曾停止 %2</translation>
    </message>
    <message>
        <source>Data safety: not checked (%1) · %2 acknowledged writes</source>
        <translation>数据安全：未检查（%1）· %2 次已确认写入</translation>
    </message>
    <message>
        <source>Data safety: %1 of %2 acknowledged writes lost</source>
        <translation>数据安全：%2 次已确认写入中丢失 %1 次</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>未知 %1</translation>
    </message>
    <message>
        <source>%1 changed by someone else</source>
        <translation>%1 个被他人修改</translation>
    </message>
    <message>
        <source>%1 out of revision order</source>
        <translation>%1 次修订版本乱序</translation>
    </message>
    <message>
        <source>watch complete</source>
        <translation>监听完整</translation>
    </message>
    <message>
        <source>watch INCOMPLETE</source>
        <translation>监听不完整</translation>
    </message>
    <message>
        <source>hashes equal on %1 members</source>
        <translation>%1 个成员哈希一致</translation>
    </message>
    <message>
        <source>hashes not checked</source>
        <translation>未检查哈希</translation>
    </message>
    <message>
        <source>hashes DIFFER</source>
        <translation>哈希不一致</translation>
    </message>
    <message>
        <source>not read from %1</source>
        <translation>未能从 %1 读取</translation>
    </message>
    <message>
        <source>Workload writes: %1 acknowledged</source>
        <translation>工作负载写入：已确认 %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>失败 %1</translation>
    </message>
    <message>
        <source>watch %1 events, opened %2×</source>
        <translation>监听 %1 个事件，打开 %2 次</translation>
    </message>
    <message>
        <source>Data safety: %1 acknowledged writes, not checked (the target was not back)</source>
        <translation>数据安全：%1 次已确认写入，未检查（目标尚未恢复）</translation>
    </message>
    <message>
        <source>%1 unknown (%2 of them stored)</source>
        <translation>未知 %1（其中 %2 次已存储）</translation>
    </message>
</context>
<context>
    <name>etcddrill::DrillStepsPanel</name>
    <message>
        <source>running</source>
        <translation>进行中</translation>
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
    <message>
        <source>✔ done in %1</source>
        <translation>✔ 已完成，用时 %1</translation>
    </message>
    <message>
        <source>No key figure got worse than in the previous drill (%1).</source>
        <translation>没有关键指标比上一次演练（%1）变差。</translation>
    </message>
    <message>
        <source>Worse than in the previous drill (%1):</source>
        <translation>比上一次演练（%1）变差：</translation>
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
    <message>
        <source>degraded · %1 % failing</source>
        <translation>降级 · %1 % 失败</translation>
    </message>
    <message>
        <source>degraded · probes failing</source>
        <translation>降级 · 探测失败中</translation>
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
        <source>No probe samples yet</source>
        <translation>尚无探测样本</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
    <message>
        <source>⚠ %1 outage %2</source>
        <translation>⚠ %1 中断时长 %2</translation>
    </message>
    <message>
        <source>No probe results since %1</source>
        <translation>自 %1 起没有探测结果</translation>
    </message>
</context>
<context>
    <name>etcddrill::LiveConsole</name>
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
        <source>Open a drill config (File ▸ Open) or start the embedded lab before preparing a drill.</source>
        <translation>准备演练前，请先打开演练配置（文件 ▸ 打开演练配置…）或启动内置实验环境。</translation>
    </message>
    <message>
        <source>A restore is running</source>
        <translation>恢复正在进行</translation>
    </message>
    <message>
        <source>etcd-drill is restoring a member an earlier drill stopped. Wait for the result before closing: a restore cut off half-way leaves the member in an unknown state.</source>
        <translation>etcd-drill 正在恢复之前某次演练停止的成员。请等待结果后再关闭：中途打断恢复会使该成员处于未知状态。</translation>
    </message>
    <message>
        <source>A drill is running</source>
        <translation>演练正在进行</translation>
    </message>
    <message>
        <source>A drill on %1 is running. Closing etcd-drill now ends it where it is: a member it stopped stays stopped until you run %2.</source>
        <translation>%1 上的演练正在进行。现在关闭 etcd-drill 会使演练停在当前位置：被它停止的成员会一直保持停止，直到你运行 %2。</translation>
    </message>
    <message>
        <source>Abort the drill with “Abort and restore” and wait for it to finish, unless you must close now. Close anyway?</source>
        <translation>除非必须立即关闭，否则请用“中止并恢复”中止演练并等待其结束。仍要关闭吗？</translation>
    </message>
    <message>
        <source>A drill on %1 is running: finish it, or abort it with “Abort and restore”, before opening another drill config.</source>
        <translation>%1 上的演练正在进行：打开其他演练配置前，请先完成演练，或用“中止并恢复”中止它。</translation>
    </message>
    <message>
        <source>A replay cannot run a drill: close the replay (File ▸ Close replay) first.</source>
        <translation>回放中不能运行演练：请先关闭回放（文件 ▸ 关闭回放）。</translation>
    </message>
    <message>
        <source>Wait for the restore to finish before preparing a drill.</source>
        <translation>请等待恢复完成后再准备演练。</translation>
    </message>
    <message>
        <source>A drill on %1 is running: finish it, or abort it with “Abort and restore”, before starting the embedded lab.</source>
        <translation>%1 上的演练正在进行：启动内置实验环境前，请先完成演练，或用“中止并恢复”中止它。</translation>
    </message>
    <message>
        <source>A drill on %1 is running: finish it, or abort it with “Abort and restore”, before replaying a journal.</source>
        <translation>%1 上的演练正在进行：回放演练日志前，请先完成演练，或用“中止并恢复”中止它。</translation>
    </message>
    <message>
        <source>Open a drill journal to replay</source>
        <translation>打开要回放的演练日志</translation>
    </message>
    <message>
        <source>Drill journals (journal.jsonl *.jsonl);;All files (*)</source>
        <translation>演练日志 (journal.jsonl *.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A drill on %1 is running: it restores its own target; wait for it to finish.</source>
        <translation>%1 上的演练正在进行：它会自行恢复其目标；请等待演练结束。</translation>
    </message>
    <message>
        <source>etcd-drill is restoring a member of %1: wait for the result before opening another config, the lab or a replay.</source>
        <translation>etcd-drill 正在恢复 %1 的一个成员：请等待结果，再打开其他配置、实验环境或回放。</translation>
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
    <message>
        <source>stopped by the drill (expected)</source>
        <translation>已被演练停止（预期之中）</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>etcd: term %1 · lag %2 · rev %3</source>
        <translation>etcd：任期 %1 · 落后 %2 · 修订 %3</translation>
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
    <name>etcddrill::ReplayBar</name>
    <message>
        <source>%1 / %2 · %3</source>
        <translation>%1 / %2 · %3</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play the recorded drill at the chosen pace</source>
        <translation>按所选速度播放已记录的演练</translation>
    </message>
    <message>
        <source>Replay pace: 1× is as it happened</source>
        <translation>回放速度：1× 为实际速度</translation>
    </message>
    <message>
        <source>The moment of the drill the views show</source>
        <translation>视图所显示的演练时刻</translation>
    </message>
    <message>
        <source>Time since the drill started / the drill&apos;s length · the clock time then</source>
        <translation>自演练开始的时间 / 演练总时长 · 当时的时钟时间</translation>
    </message>
    <message>
        <source>Close replay</source>
        <translation>关闭回放</translation>
    </message>
</context>
<context>
    <name>etcddrill::ReplayConsole</name>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cannot replay this journal</source>
        <translation>无法回放此演练日志</translation>
    </message>
    <message>
        <source>%1 cannot be replayed.</source>
        <translation>%1 无法回放。</translation>
    </message>
    <message>
        <source>Choose a drill&apos;s folder or the journal.jsonl in it: every drill run by etcd-drill-cli run or from this console writes one (in drill.journal-dir, or the folder given with --out).</source>
        <translation>请选择演练的文件夹或其中的 journal.jsonl：每次通过 etcd-drill-cli run 或本控制台运行的演练都会写入一个（位于 drill.journal-dir，或 --out 指定的文件夹）。</translation>
    </message>
    <message>
        <source>Incomplete journal: %1. The replay shows what was recorded up to its end.</source>
        <translation>演练日志不完整：%1。回放显示截至日志末尾所记录的内容。</translation>
    </message>
    <message>
        <source>it ends before the drill finished</source>
        <translation>日志在演练结束前就中断了</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) skipped, the first: %1</source>
        <translation>
            <numerusform>跳过了 %n 行损坏的内容，第一行：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>etcd-drill — replay of %1 (%2)</source>
        <translation>etcd-drill — %1 的回放（%2）</translation>
    </message>
    <message>
        <source>Replay: %1 %2</source>
        <translation>回放：%1 %2</translation>
    </message>
</context>
<context>
    <name>etcddrill::ReplayLoader</name>
    <message>
        <source>%1 is not a drill journal: it has no drill-started line.</source>
        <translation>%1 不是演练日志：其中没有 drill-started 行。</translation>
    </message>
</context>
<context>
    <name>etcddrill::ReplayStepsPanel</name>
    <message>
        <source>⚠ Incomplete journal: %1</source>
        <translation>⚠ 演练日志不完整：%1</translation>
    </message>
    <message>
        <source>it ends before the drill finished</source>
        <translation>日志在演练结束前就中断了</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>集群：%1</translation>
    </message>
    <message>
        <source>Target: %1 (%2)</source>
        <translation>目标：%1（%2）</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>未确定</translation>
    </message>
    <message>
        <source>Started %1 by %2@%3</source>
        <translation>%1 由 %2@%3 开始</translation>
    </message>
    <message>
        <source>%1 %2: %3 (expected %4)</source>
        <translation>%1 %2：%3（预期 %4）</translation>
    </message>
    <message>
        <source>Data safety: %1 of %2 acknowledged writes lost, %3 changed by others, watch %4, hashes %5</source>
        <translation>数据安全：%2 次已确认写入中丢失 %1 次，%3 个被他人修改，监听%4，哈希%5</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>INCOMPLETE</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>NOT equal</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Data safety: %1 acknowledged writes, not checked</source>
        <translation>数据安全：%1 次已确认写入，未检查</translation>
    </message>
</context>
<context>
    <name>etcddrill::ReportExportDialog</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the report to</source>
        <translation>将报告导出到</translation>
    </message>
    <message>
        <source>Choose where to write the report.</source>
        <translation>请选择报告的写入位置。</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more file(s)</source>
        <translation>
            <numerusform>%1 及另外 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>替换该文件吗？</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this report?</source>
        <translation>%1 已存在。要用此报告替换它吗？</translation>
    </message>
    <message>
        <source>Nothing was written: %1 exists.</source>
        <translation>未写入任何内容：%1 已存在。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>报告未写入：%1</translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 and %n more file(s) (%2).</source>
        <translation>
            <numerusform>已写入：%1 及另外 %n 个文件（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Written: %1 (%2).</source>
        <translation>已写入：%1（%2）。</translation>
    </message>
    <message>
        <source>The journal does not record the whole drill: the report is marked incomplete and says why.</source>
        <translation>演练日志没有记录完整的演练：报告会标记为不完整并说明原因。</translation>
    </message>
    <message>
        <source>Export the drill report</source>
        <translation>导出演练报告</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>PDF report (A4)</source>
        <translation>PDF 报告（A4）</translation>
    </message>
    <message>
        <source>PNG pages</source>
        <translation>PNG 页面</translation>
    </message>
    <message>
        <source>Summary PNG (for chat)</source>
        <translation>摘要 PNG（用于聊天分享）</translation>
    </message>
    <message>
        <source>CSV: every probe sample</source>
        <translation>CSV：全部探测样本</translation>
    </message>
    <message>
        <source>JSON: the summary</source>
        <translation>JSON：摘要</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation>JUnit XML (*.xml)</translation>
    </message>
    <message>
        <source>JUnit XML: for CI</source>
        <translation>JUnit XML：用于 CI</translation>
    </message>
</context>
<context>
    <name>etcddrill::RestoreBanner</name>
    <message>
        <source>From a shell: %1</source>
        <translation>在 shell 中执行：%1</translation>
    </message>
    <message>
        <source>Restore now…</source>
        <translation>立即恢复…</translation>
    </message>
</context>
<context>
    <name>etcddrill::RestoreController</name>
    <message>
        <source>an unknown operator</source>
        <translation>未知操作员</translation>
    </message>
    <message>
        <source>A drill on %1 started %2 by %3 stopped %4&apos;s etcd and never restored it.</source>
        <translation>%3 于 %2 在 %1 上开始的演练停止了 %4 的 etcd，但没有将其恢复。</translation>
    </message>
</context>
<context>
    <name>etcddrill::RestoreDialog</name>
    <message>
        <source>A member was left stopped</source>
        <translation>有成员仍处于停止状态</translation>
    </message>
    <message>
        <source>Restore now?</source>
        <translation>立即恢复吗？</translation>
    </message>
    <message>
        <source>Restoring starts etcd again with the commands the drill recorded and waits until it rejoins as the same member. To do it later from a shell:
%1</source>
        <translation>恢复会使用演练记录的命令重新启动 etcd，并等待它以同一成员身份重新加入。若要稍后在 shell 中执行：
%1</translation>
    </message>
    <message>
        <source>&amp;Restore now</source>
        <translation>立即恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>Running %1 %2: %3</source>
        <translation>正在运行 %1 %2：%3</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation>失败：%1：%2</translation>
    </message>
    <message>
        <source>✔ Restored: %1</source>
        <translation>✔ 已恢复：%1</translation>
    </message>
    <message>
        <source>Nothing to restore: %1</source>
        <translation>无需恢复：%1</translation>
    </message>
    <message>
        <source>✖ The restore failed: %1</source>
        <translation>✖ 恢复失败：%1</translation>
    </message>
    <message>
        <source>Do it by hand: %1</source>
        <translation>请手动执行：%1</translation>
    </message>
</context>
<context>
    <name>etcddrill::RestoreOffer</name>
    <message>
        <source>✖ The restore failed: %1</source>
        <translation>✖ 恢复失败：%1</translation>
    </message>
</context>
<context>
    <name>etcddrill::StartPage</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (no longer there)</source>
        <translation>%1（已不存在）</translation>
    </message>
    <message>
        <source>No drill yet: a drill you run or replay is listed here.</source>
        <translation>还没有演练：运行或回放过的演练会列在这里。</translation>
    </message>
    <message>
        <source>No drill config opened yet.</source>
        <translation>还没有打开过演练配置。</translation>
    </message>
    <message>
        <source>Rehearse the loss of an etcd member</source>
        <translation>演练 etcd 成员失效</translation>
    </message>
    <message>
        <source>etcd-drill stops one member&apos;s etcd, watches the survivors keep quorum and the apiserver keep answering through the VIP and the domain, starts it again and checks that it rejoins — measured, recorded and with a report at the end.</source>
        <translation>etcd-drill 停止一个成员的 etcd，观察其余成员保持法定人数、apiserver 通过 VIP 和域名继续应答，再启动它并检查它重新加入——全程测量、记录，最后生成报告。</translation>
    </message>
    <message>
        <source>Start the embedded lab</source>
        <translation>启动内置实验环境</translation>
    </message>
    <message>
        <source>A three-member etcd cluster with TLS, apiservers, a VIP and a domain on this machine&apos;s loopback: rehearse without touching a real cluster.</source>
        <translation>在本机回环地址上运行的三成员 etcd 集群（带 TLS）、apiserver、VIP 和域名：不碰真实集群即可演练。</translation>
    </message>
    <message>
        <source>Open a drill config…</source>
        <translation>打开演练配置…</translation>
    </message>
    <message>
        <source>A drill.yaml that describes your cluster: its nodes, etcd endpoints, the VIP and the domain, and how to stop and start the target.</source>
        <translation>描述集群的 drill.yaml：节点、etcd 端点、VIP 和域名，以及如何停止和启动目标。</translation>
    </message>
    <message>
        <source>Replay a drill…</source>
        <translation>回放演练…</translation>
    </message>
    <message>
        <source>A recorded drill&apos;s journal: its steps, charts and verdict, and its report.</source>
        <translation>已记录演练的日志：步骤、图表、结论和报告。</translation>
    </message>
    <message>
        <source>Recent drill configs</source>
        <translation>最近的演练配置</translation>
    </message>
    <message>
        <source>Recent drills (opens the replay)</source>
        <translation>最近的演练（打开回放）</translation>
    </message>
</context>
<context>
    <name>etcddrill::TimelinePanel</name>
    <message>
        <source>Show every kind</source>
        <translation>显示所有类型</translation>
    </message>
    <message>
        <source>Show: every kind</source>
        <translation>显示：所有类型</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>显示：%1</translation>
    </message>
    <message>
        <source>Show: %1 of %2 kinds</source>
        <translation>显示：%2 种类型中的 %1 种</translation>
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
    <name>etcddrill::TranslationLoader</name>
    <message>
        <source>The %1 translation is missing from this build (%2/etcd-drill_%1.qm); the texts stay English.</source>
        <translation>此版本缺少 %1 翻译（%2/etcd-drill_%1.qm）；文本保持英文。</translation>
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
    <message>
        <source>Replay a recorded drill: its folder or its journal.jsonl.</source>
        <translation>回放已记录的演练：其文件夹或其中的 journal.jsonl。</translation>
    </message>
    <message>
        <source>etcd-drill: --replay shows a recorded drill; give no drill.yaml and no --lab with it</source>
        <translation>etcd-drill：--replay 用于显示已记录的演练；请勿同时指定 drill.yaml 或 --lab</translation>
    </message>
    <message>
        <source>Start in presenter mode (for this session; F11 switches it and is remembered).</source>
        <translation>以演示模式启动（仅本次会话；F11 切换并会被记住）。</translation>
    </message>
</context>
</TS>
