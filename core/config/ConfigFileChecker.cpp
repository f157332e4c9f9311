#include "ConfigFileChecker.h"

#include "TlsFileChecker.h"

#include <QFile>
#include <QFileInfo>

namespace etcddrill {

TlsFiles ConfigFileChecker::checkTlsFiles(ConfigYamlReader& reader, const std::optional<ConfigLocalPath>& ca,
                                          const std::optional<ConfigLocalPath>& cert,
                                          const std::optional<ConfigLocalPath>& key)
{
    auto check = [&](const std::optional<ConfigLocalPath>& file, TlsFileChecker::Role role) {
        if (!file)
            return false;
        const QString problem = TlsFileChecker::problemWith(file->path, role);
        if (problem.isEmpty())
            return true;
        reader.error(file->at,
                     QStringLiteral("%1: %2 %3%4").arg(file->label, file->shown(), problem, file->note));
        return false;
    };
    check(ca, TlsFileChecker::Role::CaCertificate);
    const bool certOk = check(cert, TlsFileChecker::Role::ClientCertificate);
    const bool keyOk = check(key, TlsFileChecker::Role::PrivateKey);
    if (certOk && keyOk) {
        const QString mismatch = TlsFileChecker::mismatchBetween(cert->path, key->path);
        if (!mismatch.isEmpty())
            reader.error(key->at,
                         QStringLiteral("%1 and %2 do not belong together: %3; give the key that was "
                                        "made with '%4'%5")
                             .arg(cert->label, key->label, mismatch, cert->path, key->note));
    }
    return TlsFiles{ca ? ca->path : QString(), cert ? cert->path : QString(), key ? key->path : QString()};
}

// A local file the config names (kubeconfig, token file): it must be there and readable now, not at the
// moment the drill needs it. Nothing of its content is read: a token file is only opened.
void ConfigFileChecker::checkReadableFile(ConfigYamlReader& reader, const ConfigLocalPath& file,
                                          bool mustHaveContent)
{
    const QFileInfo info(file.path);
    QString problem;
    if (!info.exists())
        problem = QStringLiteral("does not exist");
    else if (info.isDir())
        problem = QStringLiteral("is a directory, not a file");
    else if (QFile handle(file.path); !handle.open(QIODevice::ReadOnly))
        problem = QStringLiteral("cannot be read: %1").arg(handle.errorString());
    else if (mustHaveContent && info.size() == 0)
        problem = QStringLiteral("is empty");
    if (!problem.isEmpty())
        reader.error(file.at, QStringLiteral("%1: %2 %3").arg(file.label, file.shown(), problem));
}

void ConfigFileChecker::checkApiserverFiles(ConfigYamlReader& reader, ConfigDraft& draft)
{
    ApiserverSettings& apiserver = draft.config.apiserver;
    if (draft.kubeconfig) {
        checkReadableFile(reader, *draft.kubeconfig, false);
        apiserver.kubeconfig = draft.kubeconfig->path;
    }
    if (draft.tokenFile) {
        checkReadableFile(reader, *draft.tokenFile, true);
        apiserver.tokenFile = draft.tokenFile->path;
    }
    apiserver.tls = checkTlsFiles(reader, draft.apiserverCa, draft.apiserverCert, draft.apiserverKey);
}

} // namespace etcddrill
