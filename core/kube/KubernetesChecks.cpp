#include "KubernetesChecks.h"

#include "ApiserverClient.h"

#include "i18n/DrillDuration.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>
#include <memory>

namespace etcddrill {

namespace {

using Done = std::function<void(const KubeCheckResult&)>;

template <class... Args> LocalizedText kt(const char* source, const Args&... args)
{
    return LocalizedText::make("KubernetesChecks", source, args...);
}

LocalizedText answeredBy(const ApiResponse& response)
{
    return response.backend.isEmpty()
               ? LocalizedText()
               : kt(QT_TRANSLATE_NOOP("KubernetesChecks", "answered by %1"), response.backend);
}

// Why a request brought nothing usable: the client's operator text, or at least the status.
LocalizedText whyFailed(const ApiResponse& response)
{
    if (!response.error.isEmpty())
        return response.error;
    return QStringLiteral("HTTP %1").arg(response.httpStatus);
}

LocalizedText joinDetail(const QList<LocalizedText>& parts)
{
    return LocalizedText::join(parts, "; ");
}

bool isReady(const QJsonObject& pod)
{
    for (const QJsonValue& value :
         pod.value(QStringLiteral("status")).toObject().value(QStringLiteral("conditions")).toArray()) {
        const QJsonObject condition = value.toObject();
        if (condition.value(QStringLiteral("type")).toString() == QLatin1String("Ready"))
            return condition.value(QStringLiteral("status")).toString() == QLatin1String("True");
    }
    return false;
}

// Lower-case hex: valid in a DNS-1123 object name, and unlikely to meet a name already taken.
QString randomSuffix(int hexDigits)
{
    QString suffix;
    while (suffix.size() < hexDigits)
        suffix +=
            QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, QLatin1Char('0'));
    return suffix.left(hexDigits);
}

LocalizedText stepText(const LocalizedText& step, const ApiResponse& response)
{
    const LocalizedText took = DrillDuration::text(response.latency);
    if (response.backend.isEmpty())
        return kt(QT_TRANSLATE_NOOP("KubernetesChecks", "%1 %2"), step, took);
    return kt(QT_TRANSLATE_NOOP("KubernetesChecks", "%1 %2 (%3)"), step, took, response.backend);
}

// State of one write test across its three requests.
struct WriteTest
{
    QString name;
    QString path; // of the object
    QString nonce;
    Done done;
    KubeCheckResult result;
    QList<LocalizedText> steps; // "create 12 ms (M1)", …
    QString failure;            // the first thing that went wrong; empty while all is well
    std::chrono::steady_clock::time_point start;
};

// The command that removes a write test's leftover ConfigMap: data, quoted as an operator would type it.
QString deleteCommand(const QString& name)
{
    return QStringLiteral("kubectl -n %1 delete configmap %2")
        .arg(KubernetesChecks::writeTestNamespace(), name);
}

} // namespace

KubernetesChecks::KubernetesChecks(ApiserverClient* client, QObject* parent)
    : QObject(parent), m_client(client)
{
    qRegisterMetaType<KubeCheckResult>();
}

bool KubernetesChecks::haveClient(const KubeCheckResult& result, const Done& done)
{
    if (m_client)
        return true;
    KubeCheckResult failed = result;
    failed.passed = false;
    failed.measured = kt(QT_TRANSLATE_NOOP("KubernetesChecks", "not checked"));
    failed.detail =
        kt(QT_TRANSLATE_NOOP("KubernetesChecks", "the apiserver client is gone: create the checks "
                                                 "with a client that lives as long as they run"));
    QMetaObject::invokeMethod(
        this, [done, failed] { done(failed); }, Qt::QueuedConnection);
    return false;
}

void KubernetesChecks::readyz(Done done)
{
    KubeCheckResult result;
    result.name = QStringLiteral("readyz");
    result.expected = kt(QT_TRANSLATE_NOOP("KubernetesChecks", "HTTP 200, every check [+]"));
    if (!haveClient(result, done))
        return;
    QPointer<KubernetesChecks> self(this);
    m_client->get(QStringLiteral("/readyz?verbose"), [self, result,
                                                      done](const ApiResponse& response) mutable {
        if (!self)
            return;
        result.latency = response.latency;
        if (response.httpStatus == 0) {
            result.measured = kt(QT_TRANSLATE_NOOP("KubernetesChecks", "no answer"));
            result.detail = response.error;
            done(result);
            return;
        }
        int good = 0;
        QStringList bad;
        for (const QByteArray& raw : response.body.split('\n')) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.startsWith(QLatin1String("[+]")))
                ++good;
            else if (line.startsWith(QLatin1String("[-]")))
                bad << line.mid(3);
        }
        result.passed = response.httpStatus == 200 && bad.isEmpty();
        if (!bad.isEmpty()) {
            result.measured = kt(QT_TRANSLATE_NOOP("KubernetesChecks", "HTTP %1, %2 of %3 checks [-]"),
                                 response.httpStatus, bad.size(), good + bad.size());
        } else if (good > 0) {
            result.measured = kt(QT_TRANSLATE_NOOP("KubernetesChecks", "HTTP %1, %2 checks [+]"),
                                 response.httpStatus, good);
        } else {
            // An apiserver that lists no checks (or a lab simulator that answers "ok") says only its
            // status.
            result.measured = QStringLiteral("HTTP %1").arg(response.httpStatus);
        }
        // The failed checks say it all; the client's error only adds something when none is listed.
        result.detail =
            joinDetail({bad.isEmpty() ? LocalizedText()
                                      : kt(QT_TRANSLATE_NOOP("KubernetesChecks", "failing: %1"),
                                           bad.join(QStringLiteral(", "))),
                        response.ok() || !bad.isEmpty() ? QString() : response.error, answeredBy(response)});
        done(result);
    });
}

void KubernetesChecks::etcdPods(int expectedCount, Done done)
{
    KubeCheckResult result;
    result.name = QStringLiteral("etcd-pods");
    result.expected = kt(QT_TRANSLATE_NOOP("KubernetesChecks", "%1/%2 etcd pods Running and Ready"),
                         expectedCount, expectedCount);
    if (!haveClient(result, done))
        return;
    QPointer<KubernetesChecks> self(this);
    // kubeadm labels its etcd static pod component=etcd (and tier=control-plane).
    m_client->get(
        QStringLiteral("/api/v1/namespaces/kube-system/pods?labelSelector=component%3Detcd"),
        [self, result, expectedCount, done](const ApiResponse& response) mutable {
            if (!self)
                return;
            result.latency = response.latency;
            if (!response.ok()) {
                result.measured = kt(QT_TRANSLATE_NOOP("KubernetesChecks", "no pod list"));
                result.detail = whyFailed(response);
                done(result);
                return;
            }
            const QJsonDocument document = QJsonDocument::fromJson(response.body);
            const QJsonValue items = document.object().value(QStringLiteral("items"));
            if (!items.isArray()) {
                result.measured = kt(QT_TRANSLATE_NOOP("KubernetesChecks", "no pod list"));
                result.detail = joinDetail(
                    {kt(QT_TRANSLATE_NOOP("KubernetesChecks", "the answer is not a PodList (no items)")),
                     answeredBy(response)});
                done(result);
                return;
            }
            int ready = 0;
            QList<LocalizedText> pods;
            for (const QJsonValue& value : items.toArray()) {
                const QJsonObject pod = value.toObject();
                const QString name =
                    pod.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
                const QString node =
                    pod.value(QStringLiteral("spec")).toObject().value(QStringLiteral("nodeName")).toString();
                const QString phase =
                    pod.value(QStringLiteral("status")).toObject().value(QStringLiteral("phase")).toString();
                const bool podReady = isReady(pod);
                if (phase == QLatin1String("Running") && podReady)
                    ++ready;
                const LocalizedText state =
                    kt(QT_TRANSLATE_NOOP("KubernetesChecks", "%1, %2"),
                       phase.isEmpty() ? kt(QT_TRANSLATE_NOOP("KubernetesChecks", "no phase"))
                                       : LocalizedText(phase),
                       podReady ? kt(QT_TRANSLATE_NOOP("KubernetesChecks", "Ready"))
                                : kt(QT_TRANSLATE_NOOP("KubernetesChecks", "not Ready")));
                pods << (node.isEmpty()
                             ? kt(QT_TRANSLATE_NOOP("KubernetesChecks", "%1: %2"), name, state)
                             : kt(QT_TRANSLATE_NOOP("KubernetesChecks", "%1 on %2: %3"), name, node, state));
            }
            result.passed = ready == expectedCount;
            result.measured = kt(QT_TRANSLATE_NOOP("KubernetesChecks", "%1/%2 etcd pods Running and Ready"),
                                 ready, expectedCount);
            LocalizedText missing;
            if (items.toArray().size() < expectedCount)
                // kubelet deletes a static pod (and its mirror pod) as soon as its manifest is gone.
                missing =
                    kt(QT_TRANSLATE_NOOP("KubernetesChecks", "%1 etcd pod(s) listed, %2 expected: a stopped "
                                                             "static pod is not listed at all"),
                       items.toArray().size(), expectedCount);
            result.detail =
                joinDetail({pods.isEmpty() ? kt(QT_TRANSLATE_NOOP("KubernetesChecks", "no etcd pods"))
                                           : LocalizedText::join(pods, ", "),
                            missing, answeredBy(response)});
            done(result);
        });
}

void KubernetesChecks::etcdEndpoints(int expectedCount, Done done)
{
    KubeCheckResult result;
    result.name = QStringLiteral("etcd-endpoints");
    result.expected = kt(QT_TRANSLATE_NOOP("KubernetesChecks", "%1 ready addresses in every etcd Endpoints"),
                         expectedCount);
    if (!haveClient(result, done))
        return;
    QPointer<KubernetesChecks> self(this);
    m_client->get(
        QStringLiteral("/api/v1/namespaces/kube-system/endpoints"),
        [self, result, expectedCount, done](const ApiResponse& response) mutable {
            if (!self)
                return;
            result.latency = response.latency;
            if (!response.ok()) {
                result.measured = kt(QT_TRANSLATE_NOOP("KubernetesChecks", "no endpoints list"));
                result.detail = whyFailed(response);
                done(result);
                return;
            }
            const QJsonValue items =
                QJsonDocument::fromJson(response.body).object().value(QStringLiteral("items"));
            if (!items.isArray()) {
                result.measured = kt(QT_TRANSLATE_NOOP("KubernetesChecks", "no endpoints list"));
                result.detail =
                    joinDetail({kt(QT_TRANSLATE_NOOP("KubernetesChecks",
                                                     "the answer is not an EndpointsList (no items)")),
                                answeredBy(response)});
                done(result);
                return;
            }
            QList<LocalizedText> measured;
            QList<LocalizedText> details;
            bool allMatch = true;
            for (const QJsonValue& value : items.toArray()) {
                const QJsonObject endpoints = value.toObject();
                const QString name = endpoints.value(QStringLiteral("metadata"))
                                         .toObject()
                                         .value(QStringLiteral("name"))
                                         .toString();
                // What `| grep etcd` keeps.
                if (!name.contains(QLatin1String("etcd"), Qt::CaseInsensitive))
                    continue;
                QStringList ready;
                QStringList notReady;
                for (const QJsonValue& subset : endpoints.value(QStringLiteral("subsets")).toArray()) {
                    const QJsonObject s = subset.toObject();
                    for (const QJsonValue& a : s.value(QStringLiteral("addresses")).toArray())
                        ready << a.toObject().value(QStringLiteral("ip")).toString();
                    for (const QJsonValue& a : s.value(QStringLiteral("notReadyAddresses")).toArray())
                        notReady << a.toObject().value(QStringLiteral("ip")).toString();
                }
                allMatch = allMatch && ready.size() == expectedCount;
                measured << kt(QT_TRANSLATE_NOOP("KubernetesChecks", "%1: %2 ready"), name, ready.size());
                const LocalizedText readyText =
                    ready.isEmpty() ? kt(QT_TRANSLATE_NOOP("KubernetesChecks", "no ready address"))
                                    : LocalizedText(ready.join(u','));
                details << (notReady.isEmpty()
                                ? kt(QT_TRANSLATE_NOOP("KubernetesChecks", "%1: %2"), name, readyText)
                                : kt(QT_TRANSLATE_NOOP("KubernetesChecks", "%1: %2, not ready: %3"), name,
                                     readyText, notReady.join(u',')));
            }
            if (measured.isEmpty()) {
                result.measured = kt(QT_TRANSLATE_NOOP("KubernetesChecks", "no etcd Endpoints"));
                result.detail = joinDetail(
                    {kt(QT_TRANSLATE_NOOP(
                         "KubernetesChecks",
                         "kube-system has no Endpoints whose name contains 'etcd' (kubeadm creates "
                         "none; monitoring stacks often add one, e.g. a kube-etcd Service)")),
                     answeredBy(response)});
                done(result);
                return;
            }
            result.passed = allMatch;
            result.measured = LocalizedText::join(measured, ", ");
            result.detail = joinDetail({LocalizedText::join(details, "; "), answeredBy(response)});
            done(result);
        });
}

void KubernetesChecks::writeTest(Done done)
{
    auto test = std::make_shared<WriteTest>();
    test->result.name = QStringLiteral("write-test");
    test->result.expected =
        kt(QT_TRANSLATE_NOOP("KubernetesChecks", "a ConfigMap created, read back and deleted"));
    if (!haveClient(test->result, done))
        return;
    test->done = std::move(done);
    test->name = writeTestNamePrefix() + randomSuffix(8);
    test->nonce = randomSuffix(16);
    const QString collection = QStringLiteral("/api/v1/namespaces/%1/configmaps").arg(writeTestNamespace());
    test->path = collection + QLatin1Char('/') + test->name;
    test->start = std::chrono::steady_clock::now();

    const QJsonObject object{
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("ConfigMap")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), test->name},
                     {QStringLiteral("namespace"), writeTestNamespace()},
                     {QStringLiteral("labels"), QJsonObject{{QStringLiteral("app.kubernetes.io/managed-by"),
                                                             QStringLiteral("etcd-drill")}}}}},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("nonce"), test->nonce},
                                             {QStringLiteral("written-at"),
                                              QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}}},
    };

    // Runs at the end, whatever happened: fills in the result and calls back.
    auto finish = [](const std::shared_ptr<WriteTest>& t) {
        KubeCheckResult& r = t->result;
        r.latency = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                          t->start);
        r.passed = t->failure.isEmpty();
        if (r.passed)
            r.measured = kt(QT_TRANSLATE_NOOP("KubernetesChecks", "created, read back and deleted in %1"),
                            DrillDuration::text(r.latency));
        r.detail = joinDetail(
            {t->failure.isEmpty() ? LocalizedText() : r.detail, LocalizedText::join(t->steps, ", ")});
        t->done(r);
    };
    QPointer<KubernetesChecks> self(this);
    auto remove = [self, test, finish] {
        if (!self)
            return;
        if (!self->m_client) {
            test->failure = QStringLiteral("client gone");
            test->result.measured = kt(QT_TRANSLATE_NOOP("KubernetesChecks", "delete not tried"));
            test->result.detail =
                kt(QT_TRANSLATE_NOOP("KubernetesChecks",
                                     "the apiserver client went away before the delete; remove the "
                                     "leftover with %1"),
                   deleteCommand(test->name));
            finish(test);
            return;
        }
        self->m_client->del(test->path, [self, test, finish](const ApiResponse& response) {
            if (!self)
                return;
            test->steps << stepText(kt(QT_TRANSLATE_NOOP("KubernetesChecks", "delete")), response);
            if (!response.ok() && test->failure.isEmpty()) {
                test->failure = whyFailed(response).english();
                test->result.measured = kt(QT_TRANSLATE_NOOP("KubernetesChecks", "delete failed"));
                test->result.detail =
                    kt(QT_TRANSLATE_NOOP("KubernetesChecks",
                                         "%1; the ConfigMap was left behind: remove it with %2"),
                       whyFailed(response), deleteCommand(test->name));
            } else if (!response.ok()) {
                test->result.detail =
                    kt(QT_TRANSLATE_NOOP("KubernetesChecks",
                                         "%1; the delete failed too (%2): remove the ConfigMap with %3"),
                       test->result.detail, whyFailed(response), deleteCommand(test->name));
            }
            finish(test);
        });
    };
    auto read = [self, test, remove] {
        if (!self || !self->m_client)
            return remove();
        self->m_client->get(test->path, [self, test, remove](const ApiResponse& response) {
            if (!self)
                return;
            test->steps << stepText(kt(QT_TRANSLATE_NOOP("KubernetesChecks", "get")), response);
            if (!response.ok()) {
                test->failure = whyFailed(response).english();
                test->result.measured = kt(QT_TRANSLATE_NOOP("KubernetesChecks", "read back failed"));
                test->result.detail = whyFailed(response);
            } else {
                const QString nonce = QJsonDocument::fromJson(response.body)
                                          .object()
                                          .value(QStringLiteral("data"))
                                          .toObject()
                                          .value(QStringLiteral("nonce"))
                                          .toString();
                if (nonce != test->nonce) {
                    test->failure = QStringLiteral("mismatch");
                    test->result.measured =
                        kt(QT_TRANSLATE_NOOP("KubernetesChecks", "read back something else"));
                    test->result.detail = kt(QT_TRANSLATE_NOOP(
                        "KubernetesChecks", "the ConfigMap read back does not hold the value just "
                                            "written: the apiserver served a stale or foreign object"));
                }
            }
            remove();
        });
    };
    m_client->post(collection, QJsonDocument(object).toJson(QJsonDocument::Compact),
                   [self, test, read, finish](const ApiResponse& response) {
                       if (!self)
                           return;
                       test->steps << stepText(kt(QT_TRANSLATE_NOOP("KubernetesChecks", "create")), response);
                       if (!response.ok()) {
                           test->failure = whyFailed(response).english();
                           test->result.measured = kt(QT_TRANSLATE_NOOP("KubernetesChecks", "create failed"));
                           test->result.detail = whyFailed(response);
                           finish(test);
                           return;
                       }
                       read();
                   });
}

} // namespace etcddrill
