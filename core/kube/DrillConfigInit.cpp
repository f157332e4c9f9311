#include "DrillConfigInit.h"

#include "ApiserverClient.h"
#include "ConfigLoader.h"
#include "DrillConfigFromCluster.h"
#include "KubeadmClusterReader.h"
#include "KubeconfigLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QHostInfo>
#include <QSaveFile>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace etcddrill {

DrillConfigInit::DrillConfigInit(QObject* parent) : QObject(parent) {}

DrillConfigInit::~DrillConfigInit()
{
    m_reader.reset();
    m_client.reset();
}

void DrillConfigInit::finish(const Result& result)
{
    // Never from inside start(), and the client goes only after its callback has returned.
    QTimer::singleShot(0, this, [this, result] {
        m_reader.reset();
        m_client.reset();
        emit finished(result);
    });
}

void DrillConfigInit::start(const Options& options)
{
    Result result;
    result.outputFile = QFileInfo(options.output.isEmpty() ? QStringLiteral("drill.yaml") : options.output)
                            .absoluteFilePath();
    if (QFileInfo::exists(result.outputFile) && !options.force) {
        result.error = QStringLiteral("%1 already exists; choose another file with -o, or pass --force to "
                                      "replace it")
                           .arg(result.outputFile);
        return finish(result);
    }
    QString error;
    const auto access = KubeconfigLoader::load(options.kubeconfig, options.context, &error);
    if (!access) {
        result.error = error;
        return finish(result);
    }
    DrillConfigFromCluster::Inputs inputs;
    inputs.access = *access;
    inputs.sshUser = options.sshUser;
    inputs.local = options.local;
    inputs.target = options.target;
    inputs.outputFile = result.outputFile;
    for (const QString& name : KubeconfigLoader::contexts(access->file, nullptr)) {
        if (name == access->context)
            continue;
        if (const auto other = KubeconfigLoader::load(access->file, name, nullptr))
            inputs.otherAccess.append(*other);
    }
    m_client = ApiserverClient::create(access->clientUrl(), access->credentials, access->resolveAddress(),
                                       ApiserverClient::minimumConfigTimeout, &error);
    if (!m_client) {
        result.error = QStringLiteral("%1: context '%2': %3").arg(access->file, access->context, error);
        return finish(result);
    }
    m_reader = std::make_unique<KubeadmClusterReader>(m_client.get());
    m_reader->read(
        [this, inputs, result](const std::optional<KubeadmCluster>& cluster, const QString& why) mutable {
            if (!cluster) {
                result.error = why;
                return finish(result);
            }
            inputs.cluster = *cluster;
            resolveEndpoint(inputs, result);
        });
}

// controlPlaneEndpoint's name, looked up without blocking this thread and with a deadline: a resolver that
// hangs leaves the answer unknown, not init waiting.
void DrillConfigInit::resolveEndpoint(DrillConfigFromCluster::Inputs inputs, Result result)
{
    const QString host = QUrl(QStringLiteral("https://") + inputs.cluster.controlPlaneEndpoint).host();
    if (host.isEmpty() || !QHostAddress(host).isNull())
        return write(inputs, result);
    auto answered = std::make_shared<bool>(false);
    const int id =
        QHostInfo::lookupHost(host, this, [this, inputs, result, answered](const QHostInfo& info) mutable {
            if (*answered)
                return;
            *answered = true;
            inputs.endpointResolves = info.error() == QHostInfo::NoError && !info.addresses().isEmpty();
            write(inputs, result);
        });
    QTimer::singleShot(lookupDeadline, this, [this, inputs, result, answered, id] {
        if (*answered)
            return;
        *answered = true;
        QHostInfo::abortHostLookup(id);
        write(inputs, result);
    });
}

void DrillConfigInit::write(const DrillConfigFromCluster::Inputs& inputs, Result result)
{
    const DrillConfigFromCluster::Result built = DrillConfigFromCluster::build(inputs);
    result.found = built.found;
    result.toFill = built.toFill;
    if (!built.config) {
        result.error = built.error;
        return finish(result);
    }
    // What is written must load. The etcd TLS files may be missing on this machine (toFill says so); any
    // other problem is init's own and nothing is written.
    const ConfigLoadResult loaded = ConfigLoader().loadFromString(built.yaml, result.outputFile);
    QStringList problems;
    const QStringList tlsFiles = {built.config->etcd.tls.caFile, built.config->etcd.tls.certFile,
                                  built.config->etcd.tls.keyFile};
    for (const ConfigError& error : loaded.errors) {
        const bool missingTlsFile = std::any_of(tlsFiles.begin(), tlsFiles.end(), [&](const QString& file) {
            return error.message.contains(file) && !QFileInfo(file).isReadable();
        });
        if (!missingTlsFile)
            problems << error.toString();
    }
    if (!problems.isEmpty()) {
        result.error = QStringLiteral("the config read from the cluster does not load, so %1 was not written "
                                      "(please report this as a bug of init):\n%2")
                           .arg(result.outputFile, problems.join(QLatin1Char('\n')));
        return finish(result);
    }
    QDir().mkpath(QFileInfo(result.outputFile).absolutePath());
    QSaveFile file(result.outputFile);
    const QByteArray bytes = built.yaml.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        result.error = QStringLiteral("cannot write %1: %2").arg(result.outputFile, file.errorString());
        return finish(result);
    }
    result.ok = true;
    finish(result);
}

} // namespace etcddrill
