#include "NodesSectionParser.h"

#include "ConfigLoader.h"

#include <QRegularExpression>

namespace etcddrill {

using namespace std::chrono_literals;

namespace {

using Entry = ConfigYamlReader::Entry;
using Shape = ConfigYamlReader::Shape;
template <typename Target> using FieldSpec = ConfigYamlReader::FieldSpec<Target>;
using NodePathKind = ConfigYamlReader::NodePathKind;

void readNodeName(ConfigYamlReader& reader, const Entry& entry, ConfigDraft::Node& node)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._-]+$"));
    const auto text = reader.readText(entry);
    if (!text)
        return;
    if (!valid.match(*text).hasMatch()) {
        reader.error(entry.at,
                     QStringLiteral("%1: '%2' is not a valid node name: use only letters, digits, '.', "
                                    "'_' and '-'")
                         .arg(entry.path, *text));
        return;
    }
    node.node.name = *text;
    node.nameAt = entry.at;
}

void readNodeEtcd(ConfigYamlReader& reader, const Entry& entry, ConfigDraft::Node& node)
{
    const auto text = reader.readText(entry);
    if (!text)
        return;
    QString why;
    node.endpoint = NodesSectionParser::parseEndpoint(*text, false, true, &why);
    if (!node.endpoint) {
        reader.error(entry.at, NodesSectionParser::endpointProblem(entry.path, *text, why));
        return;
    }
    node.node.etcdEndpoint = *text;
    node.etcdAt = entry.at;
}

void readNodeApiserver(ConfigYamlReader& reader, const Entry& entry, ConfigDraft::Node& node)
{
    const auto text = reader.readText(entry);
    if (!text)
        return;
    QString why;
    if (!NodesSectionParser::parseEndpoint(*text, true, false, &why)) {
        reader.error(
            entry.at,
            QStringLiteral("%1: '%2' is not an apiserver URL%3: write https://host:port, e.g. "
                           "https://192.0.2.11:6443")
                .arg(entry.path, *text, why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why)));
        return;
    }
    node.node.apiserverUrl = *text;
}

void readNodeSsh(ConfigYamlReader& reader, const Entry& entry, ConfigDraft::Node& node)
{
    static const QRegularExpression target(QStringLiteral(
        "^(?:[A-Za-z0-9._-]+@)?(?:\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)"
        "(?::([0-9]{1,5}))?$"));
    const auto text = reader.readText(entry);
    if (!text)
        return;
    const auto match = target.match(*text);
    const int port = match.captured(1).isEmpty() ? 22 : match.captured(1).toInt();
    if (!match.hasMatch() || port < 1 || port > 65535) {
        reader.error(entry.at,
                     QStringLiteral("%1: '%2' is not an ssh target: write host, user@host or user@host:port")
                         .arg(entry.path, *text));
        return;
    }
    node.node.sshHost = *text;
}

void readNodeManifest(ConfigYamlReader& reader, const Entry& entry, ConfigDraft::Node& node)
{
    if (const auto path = reader.readNodePath(entry, NodePathKind::File))
        node.node.manifest = *path;
}

void readNodeBackupDir(ConfigYamlReader& reader, const Entry& entry, ConfigDraft::Node& node)
{
    if (const auto path = reader.readNodePath(entry, NodePathKind::Folder))
        node.node.backupDir = *path;
}

constexpr FieldSpec<ConfigDraft::Node> nodeFields[] = {
    {"name", Shape::Scalar, true, "a node name like M1", readNodeName},
    {"etcd", Shape::Scalar, true, "an etcd endpoint like https://192.0.2.11:2379", readNodeEtcd},
    {"apiserver", Shape::Scalar, false, "an apiserver URL like https://192.0.2.11:6443", readNodeApiserver},
    {"ssh", Shape::Scalar, false, "an ssh target like root@192.0.2.11", readNodeSsh},
    {"manifest", Shape::Scalar, false, "the etcd manifest's path on this node", readNodeManifest},
    {"backup-dir", Shape::Scalar, false, "a folder on this node like /root/etcd-drill-backup",
     readNodeBackupDir},
};

} // namespace

std::optional<EtcdEndpoint> NodesSectionParser::parseEndpoint(const QString& text, bool schemeRequired,
                                                              bool portRequired, QString* why)
{
    using Problem = EtcdEndpoint::Rejection::Problem;
    EtcdEndpoint::Rejection rejection;
    const EtcdEndpoint endpoint = EtcdEndpoint::parse(text, rejection);
    switch (rejection.problem) {
    case Problem::Empty:
    case Problem::Malformed:
        if (text.contains(QStringLiteral("://")) && !text.startsWith(QLatin1String("http")))
            *why = QStringLiteral("only http:// and https:// are understood");
        else if (text.count(u'/') > (text.contains(QStringLiteral("://")) ? 2 : 0))
            *why = QStringLiteral("it has a path; give only scheme, host and port");
        return std::nullopt;
    case Problem::UnsupportedScheme:
        *why = QStringLiteral("'%1://' is not http:// or https://").arg(rejection.scheme);
        return std::nullopt;
    case Problem::PortOutOfRange:
    case Problem::None:
        break;
    }
    const bool hasScheme =
        endpoint.isValid() ? endpoint.scheme() != EtcdEndpoint::Scheme::None : !rejection.scheme.isEmpty();
    if (schemeRequired && !hasScheme) {
        *why = QStringLiteral("the https:// or http:// in front is missing");
        return std::nullopt;
    }
    if (rejection.problem == Problem::PortOutOfRange) {
        *why = QStringLiteral("port %1 is not between 1 and 65535").arg(rejection.port);
        return std::nullopt;
    }
    if (portRequired && !endpoint.hasPort()) {
        *why = QStringLiteral("the port is missing");
        return std::nullopt;
    }
    return endpoint;
}

QString NodesSectionParser::endpointProblem(const QString& label, const QString& text, const QString& why)
{
    return QStringLiteral("%1: '%2' is not an etcd endpoint%3: write https://host:port, http://host:port or "
                          "host:port")
        .arg(label, text, why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why));
}

void NodesSectionParser::read(ConfigYamlReader& reader, const ConfigYamlReader::Entry& entry,
                              ConfigDraft& draft)
{
    const int count = int(entry.value.size());
    int index = 0;
    for (const auto& item : entry.value) {
        const QString section = QStringLiteral("nodes[%1]").arg(index);
        if (index == ConfigLoader::maxNodes)
            reader.error(
                item, QStringLiteral("nodes lists %1 nodes; etcd-drill drills clusters of 1 to %2 members: "
                                     "remove %3 of them")
                          .arg(count)
                          .arg(ConfigLoader::maxNodes)
                          .arg(count - ConfigLoader::maxNodes));
        ++index;
        if (!item.IsMap()) {
            reader.error(item, QStringLiteral("%1: expected a node (a mapping with name: and etcd:), not %2")
                                   .arg(section, item.IsNull() ? QStringLiteral("nothing")
                                                               : ConfigYamlReader::shapeName(item)));
            continue;
        }
        ConfigDraft::Node node;
        node.at = ConfigYamlReader::locationOf(item);
        node.node.line = node.at.line;
        reader.readMapping<ConfigDraft::Node>(item, section, nodeFields, node);
        draft.nodes.append(node);
    }
    if (count == 0)
        reader.error(entry.at, QStringLiteral("nodes is empty: list at least one node with name: and etcd:"));
}

} // namespace etcddrill
