#include "ConfigLoader.h"

#include "ApiserverSectionParser.h"
#include "ConfigCrossFieldValidator.h"
#include "ConfigDraft.h"
#include "ConfigFileChecker.h"
#include "ConfigYamlReader.h"
#include "DrillSectionParser.h"
#include "EtcdSectionParser.h"
#include "EtcdTlsFallback.h"
#include "NodesSectionParser.h"
#include "NotifySectionParser.h"
#include "ProbesSectionParser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <limits>

namespace etcddrill {

namespace {

// A config file is a few hundred bytes; a megabyte means the wrong file was named.
constexpr qint64 maxConfigSize = 1024 * 1024;

QString exampleHint()
{
    return QStringLiteral("examples/drill.example.yaml shows a complete one");
}

using Entry = ConfigYamlReader::Entry;
using Shape = ConfigYamlReader::Shape;
template <typename Target> using FieldSpec = ConfigYamlReader::FieldSpec<Target>;

constexpr FieldSpec<ConfigDraft> topLevelFields[] = {
    {"cluster", Shape::Scalar, true, "the cluster's name, e.g. cluster: lab",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         if (const auto text = reader.readText(e))
             d.config.clusterName = *text;
     }},
    {"etcd", Shape::Mapping, false, "a mapping of etcd settings (tls, timeout, poll-interval, …)",
     EtcdSectionParser::read},
    {"nodes", Shape::Sequence, true, "a list of nodes", NodesSectionParser::read},
    {"apiserver", Shape::Mapping, false, "a mapping of apiserver settings (kubeconfig, ca, cert, key, …)",
     ApiserverSectionParser::read},
    {"probes", Shape::Mapping, false, "a mapping of probe settings (interval, timeout, targets, …)",
     ProbesSectionParser::read},
    {"drill", Shape::Mapping, false, "a mapping of drill settings (target, fault, transport, …)",
     DrillSectionParser::read},
    {"notify", Shape::Mapping, false, "a mapping of notification settings (timeout, webhooks)",
     NotifySectionParser::read},
};

// Errors in file order; those without a place (from the environment) last.
ConfigLoadResult finish(const ConfigYamlReader& reader, ConfigDraft& draft)
{
    QList<ConfigError> errors = reader.errors();
    std::stable_sort(errors.begin(), errors.end(), [](const ConfigError& a, const ConfigError& b) {
        const int lineA = a.line > 0 ? a.line : std::numeric_limits<int>::max();
        const int lineB = b.line > 0 ? b.line : std::numeric_limits<int>::max();
        return lineA != lineB ? lineA < lineB : a.column < b.column;
    });
    ConfigLoadResult result;
    result.errors = errors;
    if (errors.isEmpty()) {
        for (const ConfigDraft::Node& node : draft.nodes)
            draft.config.nodes.append(node.node);
        result.config = draft.config;
    }
    return result;
}

} // namespace

ConfigLoader::ConfigLoader(QProcessEnvironment environment, QString kubeadmPkiDir)
    : m_environment(std::move(environment)), m_kubeadmPkiDir(std::move(kubeadmPkiDir))
{
}

QString ConfigLoader::defaultKubeadmPkiDir()
{
    return QStringLiteral("/etc/kubernetes/pki/etcd");
}

QString ConfigLoader::defaultJournalDir()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return data.isEmpty() ? QString() : data + QStringLiteral("/etcd-drill/drills");
}

ConfigLoadResult ConfigLoader::load(const QString& path) const
{
    auto fail = [&](const QString& problem) {
        ConfigLoadResult result;
        result.errors.append({path, 0, 0, problem});
        return result;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QStringLiteral("the config file does not exist: check the path (%1)").arg(exampleHint()));
    if (info.isDir())
        return fail(QStringLiteral("is a directory, not a config file: name the drill.yaml inside it"));
    if (info.size() > maxConfigSize)
        return fail(
            QStringLiteral("is larger than 1 MiB, too large for a drill config: is it the right file?"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("the config file cannot be read: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(QStringLiteral("the config file cannot be read: %1").arg(file.errorString()));
    return loadBytes(bytes, path);
}

ConfigLoadResult ConfigLoader::loadFromString(const QString& text, const QString& fileName) const
{
    return loadBytes(text.toUtf8(), fileName);
}

ConfigLoadResult ConfigLoader::loadBytes(const QByteArray& yaml, const QString& fileName) const
{
    const QFileInfo info(fileName);
    ConfigYamlReader reader(fileName, info.absolutePath(),
                            m_environment.value(QStringLiteral("HOME"), QDir::homePath()));
    ConfigDraft draft;
    draft.config.sourceFile = info.absoluteFilePath();

    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(yaml.toStdString());
    } catch (const YAML::Exception& e) {
        const ConfigLocation at =
            e.mark.is_null() ? ConfigLocation{} : ConfigLocation{e.mark.line + 1, e.mark.column + 1};
        // yaml-cpp's messages name the grammar rule ("end of sequence not found"); the cause is nearly always
        // indentation or an unclosed quote at or just above the place it points to.
        reader.error(
            at, QStringLiteral("YAML syntax error: %1 — check the indentation and quotes here and on the "
                               "lines above")
                    .arg(QString::fromStdString(e.msg)));
        return finish(reader, draft);
    }
    if (documents.empty() || documents.front().IsNull()) {
        reader.error(
            ConfigLocation{},
            QStringLiteral("the file is empty: a drill config needs at least cluster: and nodes: (%1)")
                .arg(exampleHint()));
        return finish(reader, draft);
    }
    if (documents.size() > 1)
        reader.error(documents[1],
                     QStringLiteral("the file holds %1 YAML documents (separated by ---): put the drill "
                                    "config in one")
                         .arg(documents.size()));
    const YAML::Node& root = documents.front();
    if (!root.IsMap()) {
        reader.error(root,
                     QStringLiteral("expected a mapping at the top level (cluster:, etcd:, nodes:), not %1")
                         .arg(ConfigYamlReader::shapeName(root)));
        return finish(reader, draft);
    }

    try {
        reader.readMapping<ConfigDraft>(root, QString(), topLevelFields, draft);
    } catch (const YAML::Exception& e) {
        // yaml-cpp throws on conversions we do not use; kept as a message so a surprise never escapes.
        reader.error(ConfigLocation{},
                     QStringLiteral("cannot read the config: %1").arg(QString::fromStdString(e.msg)));
        return finish(reader, draft);
    }
    ConfigCrossFieldValidator::checkDuplicates(reader, draft.nodes);
    if (!draft.tlsWritten && ConfigCrossFieldValidator::anyHttps(draft.nodes))
        EtcdTlsFallback::choose(reader, draft, m_environment, m_kubeadmPkiDir,
                                QStringLiteral(" (used because the file has no etcd.tls)"));
    draft.config.etcd.tls = ConfigFileChecker::checkTlsFiles(reader, draft.ca, draft.cert, draft.key);
    ConfigFileChecker::checkApiserverFiles(reader, draft);
    ConfigCrossFieldValidator::checkProbeTargets(reader, draft);
    ConfigCrossFieldValidator::checkDrill(reader, draft, defaultJournalDir());
    NotifySectionParser::check(reader, draft);
    return finish(reader, draft);
}

ConfigLoadResult ConfigLoader::fromEnvironment() const
{
    ConfigYamlReader reader;
    ConfigDraft draft;
    // kubeadm's default clusterName: the environment is most often a kubeadm control-plane node's shell.
    draft.config.clusterName = QStringLiteral("kubernetes");

    const QString variable = QStringLiteral("ETCDCTL_ENDPOINTS");
    QStringList endpoints;
    for (const QString& part : m_environment.value(variable).split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            endpoints.append(part.trimmed());
    }
    if (endpoints.isEmpty()) {
        reader.error(ConfigLocation{},
                     QStringLiteral("ETCDCTL_ENDPOINTS is not set: name a drill config (%1) or export "
                                    "ETCDCTL_ENDPOINTS=https://host:2379,…")
                         .arg(exampleHint()));
        return finish(reader, draft);
    }
    if (endpoints.size() > maxNodes)
        reader.error(ConfigLocation{},
                     QStringLiteral("ETCDCTL_ENDPOINTS lists %1 endpoints; etcd-drill drills clusters of 1 "
                                    "to %2 members")
                         .arg(endpoints.size())
                         .arg(maxNodes));

    QSet<QString> identities;
    for (const QString& text : endpoints) {
        QString why;
        ConfigDraft::Node node;
        node.endpoint = NodesSectionParser::parseEndpoint(text, false, true, &why);
        if (!node.endpoint) {
            reader.error(ConfigLocation{}, NodesSectionParser::endpointProblem(variable, text, why));
            continue;
        }
        if (identities.contains(node.endpoint->identity())) {
            reader.error(
                ConfigLocation{},
                QStringLiteral("ETCDCTL_ENDPOINTS lists '%1' twice: list every member once").arg(text));
            continue;
        }
        identities.insert(node.endpoint->identity());
        node.node.etcdEndpoint = text;
        draft.nodes.append(node);
    }

    // Hosts make the best names ("10.0.0.1", "m1.example"), but only when they tell the members apart: a lab
    // on one machine has the same host on every endpoint.
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9._-]+$"));
    QSet<QString> hosts;
    bool hostsAreNames = true;
    for (const ConfigDraft::Node& node : std::as_const(draft.nodes)) {
        const QString host = node.endpoint->host().toLower();
        hostsAreNames = hostsAreNames && validName.match(host).hasMatch() && !hosts.contains(host);
        hosts.insert(host);
    }
    for (qsizetype i = 0; i < draft.nodes.size(); ++i)
        draft.nodes[i].node.name =
            hostsAreNames ? draft.nodes[i].endpoint->host() : QStringLiteral("etcd-%1").arg(i + 1);

    if (ConfigCrossFieldValidator::anyHttps(draft.nodes))
        EtcdTlsFallback::choose(reader, draft, m_environment, m_kubeadmPkiDir, QString());
    draft.config.etcd.tls = ConfigFileChecker::checkTlsFiles(reader, draft.ca, draft.cert, draft.key);
    ConfigCrossFieldValidator::checkDrill(reader, draft, defaultJournalDir());
    NotifySectionParser::check(reader, draft);
    return finish(reader, draft);
}

} // namespace etcddrill
