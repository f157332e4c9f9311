#include "ProbePlan.h"

#include "KubeconfigLoader.h"

#include <QFile>
#include <QFileInfo>

namespace etcddrill {

namespace {

// A service-account token (a JWT) is about 1 KB; a file this large is not a token file.
constexpr qint64 maxTokenFileBytes = 64 * 1024;

// "drill.yaml:12: " / "drill.yaml: " / "" (a config built from ETCDCTL_* variables has no file).
QString placeIn(const DrillConfig& config, int line = 0)
{
    if (config.sourceFile.isEmpty())
        return {};
    return line > 0 ? QStringLiteral("%1:%2: ").arg(config.sourceFile).arg(line)
                    : QStringLiteral("%1: ").arg(config.sourceFile);
}

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

// Reads the bearer token; the messages name the file, never its content.
std::optional<QString> readToken(const DrillConfig& config, QString* error)
{
    const QString& path = config.apiserver.tokenFile;
    const QString where = placeIn(config) + QStringLiteral("apiserver.token-file: ");
    QFile file(path);
    if (QFileInfo(path).size() > maxTokenFileBytes) {
        setError(error,
                 where + QStringLiteral("'%1' is larger than 64 KiB, which no bearer token is: name the "
                                        "file that holds only the token")
                             .arg(path));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, where + QStringLiteral("cannot read '%1': %2; fix the path or the file's permissions")
                                    .arg(path, file.errorString()));
        return std::nullopt;
    }
    // kubectl trims the token file the same way: an editor's trailing newline is not part of the token.
    const QString token = QString::fromUtf8(file.readAll()).trimmed();
    if (token.isEmpty()) {
        setError(error, where + QStringLiteral("'%1' is empty: put the bearer token in it").arg(path));
        return std::nullopt;
    }
    for (const QChar c : token) {
        if (c.isSpace() || c.unicode() < 0x20 || c.unicode() == 0x7f) {
            setError(error,
                     where + QStringLiteral("'%1' holds more than a token (spaces, line breaks or control "
                                            "characters inside it): leave only the token in the file")
                                 .arg(path));
            return std::nullopt;
        }
    }
    return token;
}

// Plain-HTTP targets (test servers, an apiserver's insecure port) get no token: it would cross the network
// in clear text.
ProbeCredentials credentialsFor(const QUrl& url, const ProbeCredentials& credentials)
{
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        return credentials;
    ProbeCredentials plain = credentials;
    plain.bearerToken.clear();
    return plain;
}

} // namespace

std::optional<ProbeCredentials> ProbePlan::credentials(const DrillConfig& config, QString* error)
{
    const ApiserverSettings& apiserver = config.apiserver;
    ProbeCredentials credentials;
    // Only a kubeconfig the file names is read: never $KUBECONFIG or ~/.kube/config behind the operator's
    // back (docs/config-reference.md).
    if (!apiserver.kubeconfig.isEmpty()) {
        QString why;
        const std::optional<KubeconfigAccess> access =
            KubeconfigLoader::load(apiserver.kubeconfig, apiserver.context, &why);
        if (!access) {
            setError(error, placeIn(config) + QStringLiteral("apiserver.kubeconfig: ") + why);
            return std::nullopt;
        }
        credentials = access->credentials;
    }
    // The section's own files win over the kubeconfig's, item by item. PEM bytes win over files in
    // ProbeCredentials, so the kubeconfig's -data fields must go when a file replaces them.
    if (!apiserver.tls.caFile.isEmpty()) {
        credentials.caFile = apiserver.tls.caFile;
        credentials.caPem.clear();
        // A CA given on purpose means "verify against it", whatever the kubeconfig said.
        credentials.insecureSkipTlsVerify = false;
    }
    if (!apiserver.tls.certFile.isEmpty() || !apiserver.tls.keyFile.isEmpty()) {
        credentials.clientCertFile = apiserver.tls.certFile;
        credentials.clientCertPem.clear();
        credentials.clientKeyFile = apiserver.tls.keyFile;
        credentials.clientKeyPem.clear();
    }
    if (!apiserver.tokenFile.isEmpty()) {
        const std::optional<QString> token = readToken(config, error);
        if (!token)
            return std::nullopt;
        credentials.bearerToken = *token;
    }
    return credentials;
}

std::optional<QList<ProbeTarget>> ProbePlan::fromConfig(const DrillConfig& config, QString* error)
{
    const std::optional<ProbeCredentials> credentials = ProbePlan::credentials(config, error);
    if (!credentials)
        return std::nullopt;

    const ProbeSettings& probes = config.probes;
    QList<ProbeTarget> targets;
    for (qsizetype i = 0; i < probes.targets.size(); ++i) {
        const ProbeTargetConfig& entry = probes.targets.at(i);
        ProbeTarget target;
        target.name = entry.name;
        target.url = QUrl(entry.url, QUrl::StrictMode);
        target.interval = probes.intervalOf(entry);
        target.timeout = probes.timeoutOf(entry);
        target.keepAlive = entry.keepAlive;
        target.resolveAddress = entry.resolveAddress;
        target.credentials = credentialsFor(target.url, *credentials);
        // ConfigLoader checked all of this already; a config built in code may not have been.
        const QString why = target.validate();
        if (!why.isEmpty()) {
            setError(error,
                     placeIn(config, entry.line) + QStringLiteral("probes.targets[%1]: %2").arg(i).arg(why));
            return std::nullopt;
        }
        targets.append(target);
    }

    if (probes.nodeApiservers) {
        for (qsizetype i = 0; i < config.nodes.size(); ++i) {
            const NodeConfig& node = config.nodes.at(i);
            if (node.apiserverUrl.isEmpty())
                continue;
            QString base = node.apiserverUrl;
            while (base.endsWith(QLatin1Char('/')))
                base.chop(1);
            ProbeTarget target;
            target.name = ProbeSettings::nodeApiserverTargetName(node.name);
            target.url = QUrl(base + probes.nodeApiserverPath, QUrl::StrictMode);
            target.interval = probes.interval;
            target.timeout = probes.timeout;
            target.credentials = credentialsFor(target.url, *credentials);
            const QString why = target.validate();
            if (!why.isEmpty()) {
                setError(error,
                         placeIn(config, node.line) +
                             QStringLiteral("nodes[%1].apiserver with probes.path: %2").arg(i).arg(why));
                return std::nullopt;
            }
            targets.append(target);
        }
    }
    return targets;
}

int ProbePlan::outageThreshold(const DrillConfig& config)
{
    return std::max(config.probes.outageThreshold, 1);
}

} // namespace etcddrill
