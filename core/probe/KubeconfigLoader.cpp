#include "KubeconfigLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace etcddrill {

namespace {

// Reading one kubeconfig: keeps the file name for messages. Messages quote names and paths from the file,
// never the values of tokens, keys or -data fields.
class Reader
{
public:
    explicit Reader(QString file) : m_file(std::move(file)), m_dir(QFileInfo(m_file).absolutePath()) {}

    const QString& file() const { return m_file; }

    QString at(const YAML::Node& node) const
    {
        const YAML::Mark mark = node.IsDefined() ? node.Mark() : YAML::Mark::null_mark();
        return mark.is_null() ? m_file : QStringLiteral("%1:%2").arg(m_file).arg(mark.line + 1);
    }

    QString lineOf(const YAML::Node& node) const
    {
        const YAML::Mark mark = node.IsDefined() ? node.Mark() : YAML::Mark::null_mark();
        return mark.is_null() ? QString() : QStringLiteral(" (line %1)").arg(mark.line + 1);
    }

    // yaml-cpp hands out "invalid" nodes for missing keys, which throw when asked for their type: these
    // helpers ask IsDefined() first.
    static bool isMap(const YAML::Node& node) { return node.IsDefined() && node.IsMap(); }
    static bool isSequence(const YAML::Node& node) { return node.IsDefined() && node.IsSequence(); }

    static QString scalar(const YAML::Node& map, const char* key)
    {
        if (!isMap(map))
            return {};
        const YAML::Node value = map[key];
        return value.IsDefined() && value.IsScalar() ? QString::fromStdString(value.Scalar()) : QString();
    }

    static bool has(const YAML::Node& map, const char* key) { return isMap(map) && map[key].IsDefined(); }

    // The entry of a clusters:/contexts:/users: list with that name, or an undefined node.
    static YAML::Node findNamed(const YAML::Node& list, const QString& name)
    {
        if (!isSequence(list))
            return YAML::Node(YAML::NodeType::Undefined);
        for (const YAML::Node& entry : list) {
            if (scalar(entry, "name") == name)
                return entry;
        }
        return YAML::Node(YAML::NodeType::Undefined);
    }

    static QString namesOf(const YAML::Node& list)
    {
        QStringList names;
        if (isSequence(list)) {
            for (const YAML::Node& entry : list)
                names << QStringLiteral("'%1'").arg(scalar(entry, "name"));
        }
        return names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "));
    }

    QString path(const QString& value) const { return QDir(m_dir).absoluteFilePath(value); }

    // A file reference (certificate-authority, client-certificate, client-key) made absolute and checked.
    bool filePath(const YAML::Node& map, const char* key, const QString& owner, QString* out,
                  QString* error) const
    {
        const QString value = scalar(map, key);
        if (value.isEmpty())
            return true;
        *out = path(value);
        if (!QFileInfo(*out).isFile()) {
            *error = QStringLiteral("%1: %2: %3 file '%4' does not exist; fix the path (relative paths are "
                                    "relative to the kubeconfig's folder)")
                         .arg(at(map[key]), owner, QString::fromLatin1(key), *out);
            return false;
        }
        return true;
    }

    // A -data field: base64 of PEM.
    bool pemData(const YAML::Node& map, const char* key, const QString& owner, QByteArray* out,
                 QString* error) const
    {
        if (!has(map, key))
            return true;
        QByteArray encoded = scalar(map, key).toLatin1();
        encoded.replace(' ', QByteArray()).replace('\n', QByteArray()).replace('\r', QByteArray());
        const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || !decoded.decoded.contains("-----BEGIN")) {
            *error = QStringLiteral("%1: %2: %3 is not base64-encoded PEM; paste the output of "
                                    "`base64 -w0 <file.pem>`")
                         .arg(at(map[key]), owner, QString::fromLatin1(key));
            return false;
        }
        *out = decoded.decoded;
        return true;
    }

private:
    QString m_file;
    QString m_dir;
};

bool readCluster(const Reader& reader, const YAML::Node& cluster, KubeconfigAccess* access, QString* error)
{
    const QString owner = QStringLiteral("cluster '%1'").arg(access->cluster);
    const QString server = Reader::scalar(cluster, "server");
    if (server.isEmpty()) {
        *error = QStringLiteral("%1: %2 has no server: add `server: https://host:6443`")
                     .arg(reader.at(cluster), owner);
        return false;
    }
    access->server = QUrl(server, QUrl::StrictMode);
    const QString scheme = access->server.scheme().toLower();
    if (!access->server.isValid() || access->server.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        *error = QStringLiteral("%1: %2: server '%3' is not a URL like https://host:6443")
                     .arg(reader.at(cluster["server"]), owner, server);
        return false;
    }
    access->tlsServerName = Reader::scalar(cluster, "tls-server-name");
    ProbeCredentials& credentials = access->credentials;
    if (!reader.pemData(cluster, "certificate-authority-data", owner, &credentials.caPem, error))
        return false;
    if (credentials.caPem.isEmpty() &&
        !reader.filePath(cluster, "certificate-authority", owner, &credentials.caFile, error))
        return false;
    if (Reader::has(cluster, "insecure-skip-tls-verify")) {
        const YAML::Node flag = cluster["insecure-skip-tls-verify"];
        bool insecure = false;
        if (!YAML::convert<bool>::decode(flag, insecure)) {
            *error = QStringLiteral("%1: %2: insecure-skip-tls-verify must be true or false")
                         .arg(reader.at(flag), owner);
            return false;
        }
        if (insecure && credentials.hasCa()) {
            // kubectl refuses this combination too: which of the two did the operator mean?
            *error = QStringLiteral(
                         "%1: %2 sets both a certificate authority and insecure-skip-tls-verify; remove "
                         "one of them")
                         .arg(reader.at(flag), owner);
            return false;
        }
        credentials.insecureSkipTlsVerify = insecure;
    }
    return true;
}

bool readUser(const Reader& reader, const YAML::Node& entry, const YAML::Node& user, KubeconfigAccess* access,
              QString* error)
{
    const QString owner = QStringLiteral("user '%1'").arg(access->user);
    for (const char* plugin : {"exec", "auth-provider"}) {
        if (Reader::has(user, plugin)) {
            *error = QStringLiteral(
                         "user '%1' in %2 uses %3 credentials, which etcd-drill does not support: use a "
                         "client certificate or a token%4")
                         .arg(access->user, reader.file(), QString::fromLatin1(plugin),
                              reader.lineOf(user[plugin]));
            return false;
        }
    }
    if (Reader::has(user, "username") || Reader::has(user, "password")) {
        *error = QStringLiteral(
                     "user '%1' in %2 uses a user name and password, which etcd-drill does not support: "
                     "use a client certificate or a token%3")
                     .arg(access->user, reader.file(), reader.lineOf(entry));
        return false;
    }
    ProbeCredentials& credentials = access->credentials;
    if (!reader.pemData(user, "client-certificate-data", owner, &credentials.clientCertPem, error) ||
        !reader.pemData(user, "client-key-data", owner, &credentials.clientKeyPem, error))
        return false;
    if (credentials.clientCertPem.isEmpty() &&
        !reader.filePath(user, "client-certificate", owner, &credentials.clientCertFile, error))
        return false;
    if (credentials.clientKeyPem.isEmpty() &&
        !reader.filePath(user, "client-key", owner, &credentials.clientKeyFile, error))
        return false;
    if (credentials.hasClientCertificate() != credentials.hasClientKey()) {
        *error = QStringLiteral("%1: %2 has a client %3 but no client %4; give both (client-certificate and "
                                "client-key, or their -data forms)")
                     .arg(reader.at(entry), owner,
                          credentials.hasClientCertificate() ? QStringLiteral("certificate")
                                                             : QStringLiteral("key"),
                          credentials.hasClientCertificate() ? QStringLiteral("key")
                                                             : QStringLiteral("certificate"));
        return false;
    }

    // As kubectl: an inline token wins over tokenFile.
    credentials.bearerToken = Reader::scalar(user, "token").trimmed();
    if (credentials.bearerToken.isEmpty() && Reader::has(user, "tokenFile")) {
        const QString tokenFile = reader.path(Reader::scalar(user, "tokenFile"));
        QFile file(tokenFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2: cannot read tokenFile '%3': %4; fix the path or its permissions")
                         .arg(reader.at(user["tokenFile"]), owner, tokenFile, file.errorString());
            return false;
        }
        credentials.bearerToken = QString::fromUtf8(file.readAll()).trimmed();
        if (credentials.bearerToken.isEmpty()) {
            *error = QStringLiteral("%1: %2: tokenFile '%3' is empty; put the service account token in it")
                         .arg(reader.at(user["tokenFile"]), owner, tokenFile);
            return false;
        }
    }
    return true;
}

} // namespace

QString KubeconfigLoader::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("KUBECONFIG");
    const QString first = fromEnvironment.split(QDir::listSeparator(), Qt::SkipEmptyParts).value(0);
    return first.isEmpty() ? QDir::home().filePath(QStringLiteral(".kube/config")) : first;
}

QStringList KubeconfigLoader::contexts(const QString& path, QString* error)
{
    const QString file = QFileInfo(path.isEmpty() ? defaultPath() : path).absoluteFilePath();
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read kubeconfig '%1': %2").arg(file, input.errorString());
        return {};
    }
    QStringList names;
    try {
        const YAML::Node root = YAML::Load(input.readAll().toStdString());
        const YAML::Node list = root.IsMap() ? root["contexts"] : YAML::Node();
        if (Reader::isSequence(list)) {
            for (const YAML::Node& entry : list)
                names << Reader::scalar(entry, "name");
        }
    } catch (const YAML::Exception& e) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(file, QString::fromStdString(e.what()));
        return {};
    }
    return names;
}

std::optional<KubeconfigAccess> KubeconfigLoader::load(const QString& path, const QString& context,
                                                       QString* error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QString file = QFileInfo(path.isEmpty() ? defaultPath() : path).absoluteFilePath();
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read kubeconfig '%1': %2; give the right file (or set KUBECONFIG)")
                     .arg(file, input.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = input.readAll();
    const Reader reader(file);
    KubeconfigAccess access;
    access.file = file;
    try {
        const YAML::Node root = YAML::Load(bytes.toStdString());
        if (!root.IsMap()) {
            *error =
                QStringLiteral("%1: not a kubeconfig (expected clusters:, contexts: and users:)").arg(file);
            return std::nullopt;
        }
        const YAML::Node contexts = root["contexts"];
        access.context = context.isEmpty() ? Reader::scalar(root, "current-context") : context;
        if (access.context.isEmpty()) {
            *error = QStringLiteral("%1 has no current-context; name the context to use (available: %2)")
                         .arg(file, Reader::namesOf(contexts));
            return std::nullopt;
        }
        const YAML::Node contextEntry = Reader::findNamed(contexts, access.context);
        if (!contextEntry.IsDefined()) {
            *error = QStringLiteral("%1: context '%2' not found; available contexts: %3")
                         .arg(file, access.context, Reader::namesOf(contexts));
            return std::nullopt;
        }
        const YAML::Node contextBody = contextEntry["context"];
        access.cluster = Reader::scalar(contextBody, "cluster");
        access.user = Reader::scalar(contextBody, "user");
        if (access.cluster.isEmpty()) {
            *error = QStringLiteral("%1: context '%2' names no cluster; add `cluster: <name>` to it")
                         .arg(reader.at(contextEntry), access.context);
            return std::nullopt;
        }

        const YAML::Node clusterEntry = Reader::findNamed(root["clusters"], access.cluster);
        if (!clusterEntry.IsDefined() || !Reader::isMap(clusterEntry["cluster"])) {
            *error = QStringLiteral(
                         "%1: context '%2' refers to cluster '%3', which is not defined under clusters: "
                         "(defined: %4)")
                         .arg(reader.at(contextEntry), access.context, access.cluster,
                              Reader::namesOf(root["clusters"]));
            return std::nullopt;
        }
        if (!readCluster(reader, clusterEntry["cluster"], &access, error))
            return std::nullopt;

        if (!access.user.isEmpty()) {
            const YAML::Node userEntry = Reader::findNamed(root["users"], access.user);
            if (!userEntry.IsDefined()) {
                *error =
                    QStringLiteral("%1: context '%2' refers to user '%3', which is not defined under users: "
                                   "(defined: %4)")
                        .arg(reader.at(contextEntry), access.context, access.user,
                             Reader::namesOf(root["users"]));
                return std::nullopt;
            }
            const YAML::Node user = userEntry["user"];
            if (user.IsDefined() && !user.IsNull() && !readUser(reader, userEntry, user, &access, error))
                return std::nullopt;
        }
    } catch (const YAML::Exception& e) {
        // yaml-cpp's messages name the problem and at most a key, never a value.
        *error = e.mark.is_null() ? QStringLiteral("%1: %2").arg(file, QString::fromStdString(e.msg))
                                  : QStringLiteral("%1:%2: %3; fix the YAML there")
                                        .arg(file)
                                        .arg(e.mark.line + 1)
                                        .arg(QString::fromStdString(e.msg));
        return std::nullopt;
    }
    return access;
}

} // namespace etcddrill
