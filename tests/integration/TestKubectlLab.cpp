// The embedded lab against a Kubernetes client we did not write: the machine's kubectl (install-deps.sh puts
// one on the PATH), through the lab's own admin.conf, on 127.0.42.x. One lab for the suite (nginx in http
// mode, so the whole drill passes); LabFixture stops it also when a test fails. What a user sees is asserted:
// the runbook's step-1 commands, a deployment created, read and deleted (and held in etcd under /registry),
// `kubectl create -f` (field validation through the lab's OpenAPI), deletes the apiserver refuses or undoes,
// 401 without the right token, a whole drill with kubectl at each phase — before, with M3 down through the
// VIP and directly against M2's apiserver (and M3's own apiserver failing), after — `lab runbook` and `init`.
#include "ConfigLoader.h"
#include "ConfigWriter.h"
#include "Lab.h"
#include "LabFixture.h"
#include "LabHaproxyAdmin.h"
#include "LabHaproxyConfig.h"
#include "LabLayout.h"
#include "TestProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace etcddrill;
using namespace etcddrill::test;
using namespace std::chrono_literals;

namespace {

bool dumpUnless(bool ok, const QString& text)
{
    if (!ok)
        qWarning().noquote() << text;
    return ok;
}

// Lines of `kubectl get pods` naming etcd pods (the runbook's `| grep etcd`).
QStringList etcdPodLines(const QString& output)
{
    QStringList lines;
    for (const QString& line : output.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("etcd-")))
            lines << line.simplified();
    }
    return lines;
}

int runningReady(const QStringList& podLines)
{
    int count = 0;
    for (const QString& line : podLines)
        count += line.contains(QLatin1String(" 1/1 Running ")) ? 1 : 0;
    return count;
}

} // namespace

class TestKubectlLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Drills run here (dry runs with --out) leave their pointer in the default journal folder: this
        // test's own, not the user's.
        qputenv("XDG_DATA_HOME", m_tmp.filePath(QStringLiteral("data")).toUtf8());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("kubectl")).isEmpty(),
                 "kubectl is not on the PATH: run packaging/install-deps.sh (it installs kubernetes-client)");
        m_lab = std::make_unique<LabFixture>(
            QStringLiteral("127.0.42.1"), 3,
            QStringList{QStringLiteral("--domain-proxy"), QStringLiteral("http")});
        QString error;
        QVERIFY2(m_lab->up(&error), qPrintable(error));
        m_kubeconfig = m_lab->dir() + QStringLiteral("/admin.conf");
        QVERIFY(QFile::exists(m_kubeconfig));
    }

    void cleanupTestCase() { m_lab.reset(); }

    void discovery()
    {
        const ProcessResult resources = kubectl({QStringLiteral("api-resources")});
        QVERIFY2(dumpUnless(resources.exitCode == 0, resources.all()), "kubectl api-resources failed");
        for (const char* row : {"pods +po +v1 +true +Pod", "nodes +no +v1 +false +Node",
                                "deployments +deploy +apps/v1 +true +Deployment",
                                "componentstatuses +cs +v1 +false +ComponentStatus"})
            QVERIFY2(dumpUnless(resources.out.contains(QRegularExpression(QString::fromLatin1(row))),
                                resources.out),
                     row);
        const ProcessResult version =
            kubectl({QStringLiteral("version"), QStringLiteral("-o"), QStringLiteral("json")});
        QCOMPARE(version.exitCode, 0);
        const QJsonObject server = QJsonDocument::fromJson(version.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("serverVersion"))
                                       .toObject();
        QVERIFY2(server.value(QStringLiteral("gitVersion")).toString().startsWith(QLatin1String("v1.")),
                 qPrintable(version.out));
    }

    void runbookStepOneCommands()
    {
        const ProcessResult cs = kubectl({QStringLiteral("get"), QStringLiteral("componentstatuses")});
        QVERIFY2(dumpUnless(cs.exitCode == 0, cs.all()), "get componentstatuses failed");
        QVERIFY2(cs.out.contains(QRegularExpression(QStringLiteral("etcd-0 +Healthy"))), qPrintable(cs.out));
        // kube-apiserver's deprecation Warning header, printed by kubectl on stderr.
        QVERIFY2(cs.err.contains(QStringLiteral("Warning: v1 ComponentStatus is deprecated")),
                 qPrintable(cs.err));

        const ProcessResult endpoints = kubectl({QStringLiteral("-n"), QStringLiteral("kube-system"),
                                                 QStringLiteral("get"), QStringLiteral("endpoints")});
        QVERIFY2(dumpUnless(endpoints.exitCode == 0, endpoints.all()), "get endpoints failed");
        QVERIFY2(endpoints.out.contains(QStringLiteral("127.0.42.1:2379,127.0.42.2:2379,127.0.42.3:2379")),
                 qPrintable(endpoints.out));

        const ProcessResult pods = kubectl({QStringLiteral("-n"), QStringLiteral("kube-system"),
                                            QStringLiteral("get"), QStringLiteral("pods")});
        QVERIFY2(dumpUnless(pods.exitCode == 0, pods.all()), "get pods failed");
        QCOMPARE(runningReady(etcdPodLines(pods.out)), 3);
        QVERIFY2(pods.out.contains(QRegularExpression(QStringLiteral("kube-apiserver-M3 +1/1 +Running"))),
                 qPrintable(pods.out));

        const ProcessResult nodes = kubectl({QStringLiteral("get"), QStringLiteral("nodes")});
        QVERIFY2(dumpUnless(nodes.exitCode == 0, nodes.all()), "get nodes failed");
        for (const char* node : {"M1", "M2", "M3"})
            QVERIFY2(nodes.out.contains(QRegularExpression(
                         QStringLiteral("%1 +Ready +control-plane").arg(QLatin1String(node)))),
                     qPrintable(nodes.out));

        const ProcessResult annotations = kubectl(
            {QStringLiteral("-n"), QStringLiteral("kube-system"), QStringLiteral("get"),
             QStringLiteral("pod"), QStringLiteral("etcd-M3"), QStringLiteral("-o"), QStringLiteral("json")});
        QCOMPARE(annotations.exitCode, 0);
        const QJsonObject pod = QJsonDocument::fromJson(annotations.out.toUtf8()).object();
        QCOMPARE(pod.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("annotations"))
                     .toObject()
                     .value(QStringLiteral("kubeadm.kubernetes.io/etcd.advertise-client-urls"))
                     .toString(),
                 QStringLiteral("https://127.0.42.3:2379"));

        const ProcessResult config =
            kubectl({QStringLiteral("-n"), QStringLiteral("kube-system"), QStringLiteral("get"),
                     QStringLiteral("configmap"), QStringLiteral("kubeadm-config"), QStringLiteral("-o"),
                     QStringLiteral("jsonpath={.data.ClusterConfiguration}")});
        QCOMPARE(config.exitCode, 0);
        QVERIFY2(config.out.contains(QStringLiteral("certificatesDir: %1/pki").arg(m_lab->dir())),
                 qPrintable(config.out));
        QVERIFY2(config.out.contains(QStringLiteral("controlPlaneEndpoint: k8s.lab.etcd-drill.test:")),
                 qPrintable(config.out));

        const ProcessResult namespaces = kubectl({QStringLiteral("get"), QStringLiteral("ns")});
        QCOMPARE(namespaces.exitCode, 0);
        QVERIFY2(namespaces.out.contains(QRegularExpression(QStringLiteral("kube-system +Active"))),
                 qPrintable(namespaces.out));
    }

    void deploymentLifecycle()
    {
        const ProcessResult created = kubectl({QStringLiteral("create"), QStringLiteral("deployment"),
                                               QStringLiteral("nginx"), QStringLiteral("--image=nginx")});
        QVERIFY2(dumpUnless(created.exitCode == 0, created.all()), "create deployment failed");
        QVERIFY(created.out.contains(QStringLiteral("deployment.apps/nginx created")));
        // kube-apiserver's etcd3 storage layout, read with etcdctl from a member.
        const ProcessResult stored =
            m_lab->etcdctl({QStringLiteral("get"), QStringLiteral("/registry/deployments/default/nginx"),
                            QStringLiteral("--print-value-only")});
        QVERIFY2(stored.out.contains(QStringLiteral("\"image\":\"nginx\"")), qPrintable(stored.all()));

        const ProcessResult image = kubectl(
            {QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("nginx"),
             QStringLiteral("-o"), QStringLiteral("jsonpath={.spec.template.spec.containers[0].image}")});
        QCOMPARE(image.exitCode, 0);
        QCOMPARE(image.out.trimmed(), QStringLiteral("nginx"));
        const ProcessResult listed = kubectl({QStringLiteral("get"), QStringLiteral("deployments")});
        QVERIFY2(listed.out.contains(QRegularExpression(QStringLiteral("nginx +0/1"))),
                 qPrintable(listed.all()));

        const ProcessResult again = kubectl({QStringLiteral("create"), QStringLiteral("deployment"),
                                             QStringLiteral("nginx"), QStringLiteral("--image=nginx")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("deployments.apps \"nginx\" already exists")),
                 qPrintable(again.all()));

        const ProcessResult deleted =
            kubectl({QStringLiteral("delete"), QStringLiteral("deployment"), QStringLiteral("nginx")});
        QVERIFY2(dumpUnless(deleted.exitCode == 0, deleted.all()), "delete deployment failed");
        QVERIFY(deleted.out.contains(QStringLiteral("deployment.apps \"nginx\" deleted")));
        const ProcessResult gone =
            kubectl({QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("nginx")});
        QCOMPARE(gone.exitCode, 1);
        QVERIFY2(gone.err.contains(QStringLiteral("NotFound")), qPrintable(gone.all()));
    }

    // kubectl create -f validates fields: kubectl 1.25+ asks the lab's OpenAPI v3 whether the server
    // validates (it says so), older ones read OpenAPI v2 (no schemas: nothing to check on the client).
    void createFromFile()
    {
        const QString manifest = m_tmp.filePath(QStringLiteral("web.yaml"));
        QFile file(manifest);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: default\n"
                   "spec:\n  replicas: 2\n  selector:\n    matchLabels: {app: web}\n  template:\n"
                   "    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n"
                   "      - name: web\n        image: nginx:1.25\n");
        file.close();
        const ProcessResult created = kubectl({QStringLiteral("create"), QStringLiteral("-f"), manifest});
        QVERIFY2(dumpUnless(created.exitCode == 0, created.all()), "kubectl create -f failed");
        QVERIFY2(created.out.contains(QStringLiteral("deployment.apps/web created")),
                 qPrintable(created.all()));
        const ProcessResult replicas =
            kubectl({QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("web"),
                     QStringLiteral("-o"), QStringLiteral("jsonpath={.spec.replicas}")});
        QCOMPARE(replicas.out.trimmed(), QStringLiteral("2"));
        const ProcessResult deleted = kubectl({QStringLiteral("delete"), QStringLiteral("-f"), manifest});
        QVERIFY2(dumpUnless(deleted.exitCode == 0, deleted.all()), "kubectl delete -f failed");
    }

    // What kube-apiserver keeps: its own namespaces; the lab's nodes; a static pod's mirror comes back.
    void deletesThatDoNotStick()
    {
        const ProcessResult ns =
            kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), QStringLiteral("kube-system")});
        QCOMPARE(ns.exitCode, 1);
        QVERIFY2(ns.err.contains(QStringLiteral("this namespace may not be deleted")), qPrintable(ns.all()));
        const ProcessResult node =
            kubectl({QStringLiteral("delete"), QStringLiteral("node"), QStringLiteral("M3")});
        QCOMPARE(node.exitCode, 1);
        QVERIFY2(node.err.contains(QStringLiteral("Forbidden")) ||
                     node.err.contains(QStringLiteral("forbidden")),
                 qPrintable(node.all()));
        const ProcessResult mirror =
            kubectl({QStringLiteral("-n"), QStringLiteral("kube-system"), QStringLiteral("delete"),
                     QStringLiteral("pod"), QStringLiteral("etcd-M2"), QStringLiteral("--wait=false")});
        QVERIFY2(dumpUnless(mirror.exitCode == 0, mirror.all()), "delete of a mirror pod failed");
        const ProcessResult still =
            kubectl({QStringLiteral("-n"), QStringLiteral("kube-system"), QStringLiteral("get"),
                     QStringLiteral("pod"), QStringLiteral("etcd-M2")});
        QVERIFY2(
            dumpUnless(still.exitCode == 0 && still.out.contains(QStringLiteral("Running")), still.all()),
            "the mirror pod did not come back");
        const ProcessResult nodes = kubectl({QStringLiteral("get"), QStringLiteral("nodes")});
        QVERIFY(nodes.out.contains(QStringLiteral("M3")));
    }

    void wrongTokenIsUnauthorized()
    {
        // The lab's kubeconfig with another token file: kubectl's own message for a 401.
        QFile in(m_kubeconfig);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(in.readAll());
        const QString tokenFile = m_tmp.filePath(QStringLiteral("wrong-token"));
        QFile token(tokenFile);
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write("not-the-lab-token\n");
        token.close();
        text.replace(QRegularExpression(QStringLiteral("tokenFile: .*")),
                     QStringLiteral("tokenFile: \"%1\"").arg(tokenFile));
        const QString wrong = m_tmp.filePath(QStringLiteral("wrong.conf"));
        QFile out(wrong);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
        out.close();
        const ProcessResult denied = kubectl({QStringLiteral("get"), QStringLiteral("pods")}, {}, wrong);
        QCOMPARE(denied.exitCode, 1);
        QVERIFY2(denied.err.contains(QStringLiteral("Unauthorized")), qPrintable(denied.all()));
    }

    void runbookCommand()
    {
        const ProcessResult step =
            TestProcess::cli({QStringLiteral("lab"), QStringLiteral("runbook"), QStringLiteral("--dir"),
                              m_lab->dir(), QStringLiteral("--step"), QStringLiteral("1")});
        QVERIFY2(dumpUnless(step.exitCode == 0, step.all()), "lab runbook --step 1 failed");
        QVERIFY(step.out.contains(QStringLiteral("$ kubectl -n kube-system get pods | grep etcd")));
        QCOMPARE(runningReady(etcdPodLines(step.out)), 3);
        QCOMPARE(step.out.count(QStringLiteral(" is healthy: ")), 3);
        QVERIFY2(step.out.contains(QStringLiteral("-- step 1: 5 of 5 commands exited 0")),
                 qPrintable(step.out));

        const ProcessResult printed =
            TestProcess::cli({QStringLiteral("lab"), QStringLiteral("runbook"), QStringLiteral("--dir"),
                              m_lab->dir(), QStringLiteral("--print")});
        QCOMPARE(printed.exitCode, 0);
        QVERIFY(printed.out.contains(
            QStringLiteral("$ mv %1/M3/manifests/etcd.yaml %1/M3/etcd-backup/").arg(m_lab->dir())));
        QVERIFY(printed.out.contains(QStringLiteral("== Step 5")));
        QVERIFY(!printed.out.contains(QStringLiteral("commands exited"))); // nothing ran
        // Nothing was moved by --print.
        QVERIFY(QFile::exists(m_lab->dir() + QStringLiteral("/M3/manifests/etcd.yaml")));

        const ProcessResult bad =
            TestProcess::cli({QStringLiteral("lab"), QStringLiteral("runbook"), QStringLiteral("--dir"),
                              m_lab->dir(), QStringLiteral("--step"), QStringLiteral("9")});
        QCOMPARE(bad.exitCode, 3);
    }

    void initGivesTheLabsOwnConfig()
    {
        const QString file = m_tmp.filePath(QStringLiteral("init.yaml"));
        const ProcessResult init = TestProcess::cli({QStringLiteral("init"), QStringLiteral("--kubeconfig"),
                                                     m_kubeconfig, QStringLiteral("-o"), file,
                                                     QStringLiteral("--transport"), QStringLiteral("local")});
        QVERIFY2(dumpUnless(init.exitCode == 0, init.all()), "init failed");
        QVERIFY(init.out.contains(QStringLiteral("Wrote %1").arg(file)));

        const ConfigLoadResult mine = ConfigLoader(QProcessEnvironment()).load(file);
        QVERIFY2(mine.ok(), qPrintable(mine.errorText()));
        const ConfigLoadResult lab = ConfigLoader(QProcessEnvironment()).load(m_lab->drillConfig());
        QVERIFY2(lab.ok(), qPrintable(lab.errorText()));
        QCOMPARE(mine.config->nodes.size(), lab.config->nodes.size());
        for (qsizetype i = 0; i < lab.config->nodes.size(); ++i) {
            const NodeConfig& a = mine.config->nodes.at(i);
            const NodeConfig& b = lab.config->nodes.at(i);
            QCOMPARE(a.name, b.name);
            QCOMPARE(a.etcdEndpoint, b.etcdEndpoint);
            QCOMPARE(a.apiserverUrl, b.apiserverUrl);
            QCOMPARE(a.manifest, b.manifest); // from the kubelet's configz
            QCOMPARE(a.backupDir, b.backupDir);
        }
        QCOMPARE(mine.config->probes.targets.size(), lab.config->probes.targets.size());
        for (qsizetype i = 0; i < lab.config->probes.targets.size(); ++i) {
            QCOMPARE(mine.config->probes.targets.at(i).name, lab.config->probes.targets.at(i).name);
            QCOMPARE(mine.config->probes.targets.at(i).url, lab.config->probes.targets.at(i).url);
            QCOMPARE(mine.config->probes.targets.at(i).resolveAddress,
                     lab.config->probes.targets.at(i).resolveAddress);
        }
        QCOMPARE(mine.config->drill.targetNode, lab.config->drill.targetNode);
        QCOMPARE(mine.config->etcd.tls, lab.config->etcd.tls);
        QVERIFY(mine.config->probes.nodeApiservers);

        // No secret in the file: it names the kubeconfig, never the token.
        QFile tokenFile(m_lab->dir() + QStringLiteral("/pki/apiserver-token"));
        QVERIFY(tokenFile.open(QIODevice::ReadOnly));
        const QByteArray token = tokenFile.readAll().trimmed();
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        QVERIFY(!token.isEmpty() && !text.contains(token));
        QVERIFY(!text.contains("BEGIN"));

        const ProcessResult status = TestProcess::cli({QStringLiteral("status"), QStringLiteral("-c"), file});
        QVERIFY2(dumpUnless(status.exitCode == 0, status.all()), "status does not accept init's config");
        const ProcessResult dry = TestProcess::cli(
            {QStringLiteral("run"), QStringLiteral("-c"), file, QStringLiteral("--dry-run"),
             QStringLiteral("--yes"), QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("dry"))},
            120000);
        QVERIFY2(dumpUnless(dry.exitCode == 0 && dry.out.contains(QStringLiteral("DRY RUN")), dry.all()),
                 "run --dry-run does not accept init's config");

        const ProcessResult refused =
            TestProcess::cli({QStringLiteral("init"), QStringLiteral("--kubeconfig"), m_kubeconfig,
                              QStringLiteral("-o"), file});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("already exists")) &&
                     refused.err.contains(QStringLiteral("--force")),
                 qPrintable(refused.all()));
        const ProcessResult forced = TestProcess::cli(
            {QStringLiteral("init"), QStringLiteral("--kubeconfig"), m_kubeconfig, QStringLiteral("-o"), file,
             QStringLiteral("--force"), QStringLiteral("--target"), QStringLiteral("M1"),
             QStringLiteral("--ssh-user"), QStringLiteral("drill")});
        QVERIFY2(dumpUnless(forced.exitCode == 0, forced.all()), "init --force failed");
        const ConfigLoadResult again = ConfigLoader(QProcessEnvironment()).load(file);
        QVERIFY2(again.ok(), qPrintable(again.errorText()));
        QCOMPARE(again.config->drill.targetNode, QStringLiteral("M1"));
        QCOMPARE(again.config->nodes.at(2).sshHost, QStringLiteral("drill@127.0.42.3"));
        QCOMPARE(again.config->drill.transport, DrillSettings::Transport::Ssh);

        const ProcessResult unknownTarget = TestProcess::cli(
            {QStringLiteral("init"), QStringLiteral("--kubeconfig"), m_kubeconfig, QStringLiteral("-o"), file,
             QStringLiteral("--force"), QStringLiteral("--target"), QStringLiteral("M9")});
        QCOMPARE(unknownTarget.exitCode, 1);
        QVERIFY2(unknownTarget.err.contains(QStringLiteral("M9 is not a control-plane node")),
                 qPrintable(unknownTarget.all()));
    }

    void initErrorsSayWhatToDo()
    {
        const QString out = m_tmp.filePath(QStringLiteral("never.yaml"));
        const ProcessResult missing =
            TestProcess::cli({QStringLiteral("init"), QStringLiteral("--kubeconfig"),
                              m_tmp.filePath(QStringLiteral("absent.conf")), QStringLiteral("-o"), out});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("cannot read kubeconfig")) &&
                     missing.err.contains(QStringLiteral("absent.conf")),
                 qPrintable(missing.all()));

        // The lab's kubeconfig with a server where nothing listens.
        const QString unreachable = kubeconfigVariant(QStringLiteral("unreachable.conf"), [](QString& text) {
            text.replace(QStringLiteral("server: https://127.0.42.100:"),
                         QStringLiteral("server: https://127.0.42.250:"));
        });
        const ProcessResult down = TestProcess::cli(
            {QStringLiteral("init"), QStringLiteral("--kubeconfig"), unreachable, QStringLiteral("-o"), out});
        QCOMPARE(down.exitCode, 1);
        QVERIFY2(down.err.contains(QStringLiteral("cannot reach the apiserver https://127.0.42.250:")) &&
                     down.err.contains(QStringLiteral("choose another of its contexts")),
                 qPrintable(down.all()));

        // An exec credential plugin (EKS, GKE, OIDC): refused with what to use instead.
        const QString exec = kubeconfigVariant(QStringLiteral("exec.conf"), [](QString& text) {
            text.replace(QRegularExpression(QStringLiteral("tokenFile: .*")),
                         QStringLiteral(
                             "exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: aws"));
        });
        const ProcessResult plugin = TestProcess::cli(
            {QStringLiteral("init"), QStringLiteral("--kubeconfig"), exec, QStringLiteral("-o"), out});
        QCOMPARE(plugin.exitCode, 1);
        QVERIFY2(plugin.err.contains(QStringLiteral("exec")), qPrintable(plugin.all()));
        QVERIFY(!QFile::exists(out));
    }

    void drillWithKubectlAtEachPhase()
    {
        // The lab's drill, observation long enough for a handful of kubectl calls with M3 down.
        const ConfigLoadResult loaded = ConfigLoader(QProcessEnvironment()).load(m_lab->drillConfig());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
        DrillConfig config = *loaded.config;
        // 25 s: haproxy's failover (up to 8 s) and five kubectl calls fit with room; the calls are checked to
        // have run before the drill started M3 again.
        config.drill.observation = 25s;
        config.drill.settle = 2s;
        // The hypotheses of the lab's drill.yaml scaled to this observation, as LabFixture's quick config.
        for (ProbeTargetConfig& target : config.probes.targets) {
            if (target.name == QLatin1String("vip") && target.maxOutage)
                target.maxErrorRate = Lab::vipMaxErrorRate(*target.maxOutage, config.drill.observation);
            if (target.name == QLatin1String("domain") && target.maxErrorRate)
                target.maxErrorRate = std::max(*target.maxErrorRate, 0.05);
        }
        config.drill.journalDir = m_tmp.filePath(QStringLiteral("journals"));
        const QString file = m_tmp.filePath(QStringLiteral("drill.yaml"));
        QString error;
        QVERIFY2(ConfigWriter::writeFile(config, file, &error), qPrintable(error));

        // Before.
        const ProcessResult before = kubectl({QStringLiteral("-n"), QStringLiteral("kube-system"),
                                              QStringLiteral("get"), QStringLiteral("pods")});
        QCOMPARE(runningReady(etcdPodLines(before.out)), 3);

        QProcess drill;
        drill.setProcessChannelMode(QProcess::MergedChannels);
        drill.start(QCoreApplication::applicationDirPath() + QStringLiteral("/etcd-drill-cli"),
                    {QStringLiteral("run"), QStringLiteral("-c"), file, QStringLiteral("--yes"),
                     QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("drill-out"))});
        QVERIFY(drill.waitForStarted());
        QString output;
        QElapsedTimer waited;
        waited.start();
        // "[observation 1 s" lines come once a second while M3 is down.
        while (!output.contains(QStringLiteral("[observation")) && waited.elapsed() < 90000 &&
               drill.state() == QProcess::Running) {
            drill.waitForReadyRead(500);
            output += QString::fromUtf8(drill.readAll());
        }
        QVERIFY2(dumpUnless(output.contains(QStringLiteral("[observation")), output),
                 "the drill never stopped M3");

        // haproxy takes M3's apiserver out of the VIP fall x inter after its etcd stopped; until then a call
        // through the VIP may land on M3 and fail (the impact the probes measure). Once it is out:
        QElapsedTimer failover;
        failover.start();
        QString haproxy;
        while (!haproxy.startsWith(QLatin1String("DOWN")) && failover.elapsed() < 8000) {
            QTest::qWait(100);
            haproxy = haproxyStatusOf(QStringLiteral("M3"));
        }
        QVERIFY2(haproxy.startsWith(QLatin1String("DOWN")),
                 qPrintable(QStringLiteral("haproxy still has M3 as ") + haproxy));
        // With M3 down: a write through the VIP works (the runbook's kubectl create), M2's apiserver lists
        // two etcd pods Running and M3's not Ready (or gone, as kubelet deletes a removed manifest's mirror
        // pod), and M3's own apiserver cannot serve the list.
        const ProcessResult create =
            kubectl({QStringLiteral("create"), QStringLiteral("deployment"), QStringLiteral("during-drill"),
                     QStringLiteral("--image=nginx")},
                    QStringLiteral("vip"));
        const ProcessResult viaM2 = kubectl({QStringLiteral("-n"), QStringLiteral("kube-system"),
                                             QStringLiteral("get"), QStringLiteral("pods")},
                                            QStringLiteral("M2"));
        const ProcessResult viaVip = kubectl({QStringLiteral("-n"), QStringLiteral("kube-system"),
                                              QStringLiteral("get"), QStringLiteral("pods")},
                                             QStringLiteral("vip"));
        const ProcessResult viaM3 = kubectl({QStringLiteral("-n"), QStringLiteral("kube-system"),
                                             QStringLiteral("get"), QStringLiteral("pods")},
                                            QStringLiteral("M3"));
        const ProcessResult health = m_lab->etcdctl({QStringLiteral("endpoint"), QStringLiteral("health")});
        drill.waitForReadyRead(100);
        output += QString::fromUtf8(drill.readAll());
        QVERIFY2(dumpUnless(!output.contains(QStringLiteral("[starting")) &&
                                !output.contains(QStringLiteral("[recovery")),
                            output),
                 "the kubectl calls took so long that the drill started M3 again before they ended");

        QVERIFY(drill.waitForFinished(180000));
        output += QString::fromUtf8(drill.readAll());
        QVERIFY2(dumpUnless(drill.exitCode() == 0 && output.contains(QStringLiteral("PASSED")), output),
                 "the drill did not pass");

        QVERIFY2(dumpUnless(create.exitCode == 0, create.all()),
                 "kubectl create through the VIP failed with M3 down");
        for (const ProcessResult* pods : {&viaM2, &viaVip}) {
            QVERIFY2(dumpUnless(pods->exitCode == 0, pods->all()), "kubectl get pods failed with M3 down");
            const QStringList lines = etcdPodLines(pods->out);
            QCOMPARE(runningReady(lines), 2);
            for (const QString& line : lines) {
                if (line.startsWith(QLatin1String("etcd-M3 ")))
                    QVERIFY2(!line.contains(QLatin1String(" 1/1 Running ")), qPrintable(line));
            }
        }
        QVERIFY2(dumpUnless(viaM3.exitCode != 0, viaM3.all()),
                 "M3's apiserver served a list without its etcd");
        QVERIFY2(viaM3.err.contains(QStringLiteral("ServiceUnavailable")) ||
                     viaM3.err.contains(QStringLiteral("Timeout")),
                 qPrintable(viaM3.all()));
        QVERIFY2(health.exitCode != 0 &&
                     health.all().contains(QStringLiteral("127.0.42.3:2379 is unhealthy")),
                 qPrintable(health.all()));

        // After: all three back, and the deployment written during the outage is still there.
        const ProcessResult after = kubectl({QStringLiteral("-n"), QStringLiteral("kube-system"),
                                             QStringLiteral("get"), QStringLiteral("pods")},
                                            QStringLiteral("M3"));
        QVERIFY2(dumpUnless(after.exitCode == 0, after.all()),
                 "M3's apiserver does not serve after the drill");
        QCOMPARE(runningReady(etcdPodLines(after.out)), 3);
        const ProcessResult kept =
            kubectl({QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("during-drill")},
                    QStringLiteral("M3"));
        QVERIFY2(dumpUnless(kept.exitCode == 0, kept.all()),
                 "the write made during the outage is missing on M3");
        QCOMPARE(
            kubectl({QStringLiteral("delete"), QStringLiteral("deployment"), QStringLiteral("during-drill")})
                .exitCode,
            0);
    }

private:
    ProcessResult kubectl(const QStringList& arguments, const QString& context = {},
                          const QString& kubeconfig = {})
    {
        QStringList all = {QStringLiteral("--kubeconfig"), kubeconfig.isEmpty() ? m_kubeconfig : kubeconfig,
                           QStringLiteral("--cache-dir"), m_tmp.filePath(QStringLiteral("kube-cache")),
                           QStringLiteral("--request-timeout=10s")};
        if (!context.isEmpty())
            all << QStringLiteral("--context") << context;
        return TestProcess::run(QStringLiteral("kubectl"), all + arguments, 30000);
    }

    QString haproxyStatusOf(const QString& node) const
    {
        QString error;
        const std::optional<LabLayout> layout = LabLayout::load(m_lab->dir(), &error);
        if (!layout)
            return error;
        const auto servers =
            LabHaproxyAdmin::serverStatus(layout->haproxyAdminSocket(), LabHaproxyConfig::backendName(),
                                          std::chrono::milliseconds(2000), &error);
        return servers ? servers->value(node, QStringLiteral("absent")) : error;
    }

    QString kubeconfigVariant(const QString& name, const std::function<void(QString&)>& edit)
    {
        QFile in(m_kubeconfig);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QString text = QString::fromUtf8(in.readAll());
        edit(text);
        const QString path = m_tmp.filePath(name);
        QFile out(path);
        if (out.open(QIODevice::WriteOnly))
            out.write(text.toUtf8());
        return path;
    }

    std::unique_ptr<LabFixture> m_lab;
    QString m_kubeconfig;
    QTemporaryDir m_tmp;
};

QTEST_GUILESS_MAIN(TestKubectlLab)
#include "TestKubectlLab.moc"
