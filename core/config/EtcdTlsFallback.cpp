#include "EtcdTlsFallback.h"

#include "ConfigCrossFieldValidator.h"

#include <QDir>
#include <QFileInfo>

namespace etcddrill {

void EtcdTlsFallback::choose(ConfigYamlReader& reader, ConfigDraft& draft,
                             const QProcessEnvironment& environment, const QString& pkiDir,
                             const QString& note)
{
    const QString caVar = environment.value(QStringLiteral("ETCDCTL_CACERT"));
    const QString certVar = environment.value(QStringLiteral("ETCDCTL_CERT"));
    const QString keyVar = environment.value(QStringLiteral("ETCDCTL_KEY"));
    auto fromEnvironment = [&](const char* name, const QString& value) -> std::optional<ConfigLocalPath> {
        if (value.isEmpty())
            return std::nullopt;
        return ConfigLocalPath{
            QString::fromLatin1(name), value, QFileInfo(value).absoluteFilePath(), {}, note};
    };
    if (!caVar.isEmpty() || !certVar.isEmpty() || !keyVar.isEmpty()) {
        draft.ca = fromEnvironment("ETCDCTL_CACERT", caVar);
        draft.cert = fromEnvironment("ETCDCTL_CERT", certVar);
        draft.key = fromEnvironment("ETCDCTL_KEY", keyVar);
        if (certVar.isEmpty() != keyVar.isEmpty())
            reader.error(
                ConfigLocation{},
                certVar.isEmpty()
                    ? QStringLiteral("ETCDCTL_KEY is set but ETCDCTL_CERT is not: set both or neither")
                    : QStringLiteral("ETCDCTL_CERT is set but ETCDCTL_KEY is not: set both or neither"));
        return;
    }

    const QDir dir(pkiDir);
    const QString ca = dir.filePath(QStringLiteral("ca.crt"));
    const QString cert = dir.filePath(QStringLiteral("healthcheck-client.crt"));
    const QString key = dir.filePath(QStringLiteral("healthcheck-client.key"));
    if (!QFileInfo::exists(ca) && !QFileInfo::exists(cert) && !QFileInfo::exists(key)) {
        const bool fromFile = !reader.fileName().isEmpty();
        reader.error(
            ConfigCrossFieldValidator::firstHttpsAt(draft.nodes),
            QStringLiteral("the https:// endpoints need TLS files, but %1ETCDCTL_CACERT, ETCDCTL_CERT and "
                           "ETCDCTL_KEY are not set and kubeadm's %2 does not exist: %3")
                .arg(fromFile ? QStringLiteral("the file has no etcd.tls, ") : QString(), ca,
                     fromFile ? QStringLiteral("add etcd.tls with ca, cert and key")
                              : QStringLiteral("export ETCDCTL_CACERT, ETCDCTL_CERT and ETCDCTL_KEY")));
        return;
    }
    draft.ca = ConfigLocalPath{QStringLiteral("kubeadm default ca"), ca, ca, {}, note};
    draft.cert = ConfigLocalPath{QStringLiteral("kubeadm default cert"), cert, cert, {}, note};
    draft.key = ConfigLocalPath{QStringLiteral("kubeadm default key"), key, key, {}, note};
}

} // namespace etcddrill
