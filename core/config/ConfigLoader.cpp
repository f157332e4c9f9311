#include "ConfigLoader.h"

#include "Duration.h"
#include "EtcdEndpoint.h"
#include "TlsFileChecker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <limits>
#include <span>

namespace etcddrill {

using namespace std::chrono_literals;

namespace {

// A config file is a few hundred bytes; a megabyte means the wrong file was named.
constexpr qint64 maxConfigSize = 1024 * 1024;

QString exampleHint()
{
    return QStringLiteral("examples/drill.example.yaml shows a complete one");
}

struct Location
{
    int line = 0;   // 1-based, 0 = unknown
    int column = 0; // 1-based, 0 = unknown
};

// yaml-cpp counts lines and columns from 0; editors and our messages from 1.
Location locationOf(const YAML::Node& node)
{
    const YAML::Mark mark = node.Mark();
    if (mark.is_null())
        return {};
    return {mark.line + 1, mark.column + 1};
}

QString textOf(const YAML::Node& scalar)
{
    return QString::fromStdString(scalar.Scalar());
}

QString shapeName(const YAML::Node& node)
{
    if (node.IsSequence())
        return QStringLiteral("a list");
    if (node.IsMap())
        return QStringLiteral("a mapping");
    return QStringLiteral("a single value");
}

// Everything one load collects: where messages point to, and the messages.
struct Context
{
    QString fileName; // as shown in messages
    QString baseDir;  // relative local paths start here
    QString homeDir;  // "~/" in local paths expands to this
    QList<ConfigError> errors;
    // Where the value of every key read lies ("drill.fault", "nodes[2].ssh"), for the checks that look at
    // several keys once the whole file is read.
    QHash<QString, Location> placeOf;

    void error(Location at, const QString& message)
    {
        errors.append({fileName, at.line, at.column, message});
    }
    void error(const YAML::Node& at, const QString& message) { error(locationOf(at), message); }
};

// --- endpoints -------------------------------------------------------------------------------------------

// Checks an endpoint with EtcdEndpoint's grammar, plus what the key needs (nodes[].etcd and ETCDCTL_ENDPOINTS
// the port, nodes[].apiserver the scheme). On failure says why in *why, in the config's words (may stay empty
// when nothing specific can be said).
std::optional<EtcdEndpoint> parseEndpoint(const QString& text, bool schemeRequired, bool portRequired,
                                          QString* why)
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

QString endpointProblem(const QString& label, const QString& text, const QString& why)
{
    return QStringLiteral("%1: '%2' is not an etcd endpoint%3: write https://host:port, http://host:port or "
                          "host:port")
        .arg(label, text, why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why));
}

// --- the parse target -------------------------------------------------------------------------------------

struct NodeDraft
{
    NodeConfig node;
    Location at;
    Location nameAt;
    Location etcdAt;
    std::optional<EtcdEndpoint> endpoint; // set when nodes[i].etcd was valid
};

// One local file path as written (TLS files, kubeconfig, token file, journal folder), with where it was
// written, for the checks that run after the whole file is read.
struct LocalPath
{
    QString label;   // "etcd.tls.ca", "ETCDCTL_CACERT", "kubeadm default ca"
    QString written; // as in the file or the variable
    QString path;    // absolute
    Location at;
    QString note = {}; // ends messages about a file the config did not name: why it was used
};

struct Draft
{
    DrillConfig config;
    bool tlsWritten = false;
    std::optional<LocalPath> ca;
    std::optional<LocalPath> cert;
    std::optional<LocalPath> key;
    QList<NodeDraft> nodes;
    std::optional<LocalPath> kubeconfig;
    std::optional<LocalPath> apiserverCa;
    std::optional<LocalPath> apiserverCert;
    std::optional<LocalPath> apiserverKey;
    std::optional<LocalPath> tokenFile;
    std::optional<QString> drillTarget; // as written; resolved once the nodes are known
    std::optional<LocalPath> journalDir;
};

// --- the schema: one table of keys per mapping ------------------------------------------------------------
//
// To add a section: write its table (key, shape, required, what is expected, how to read it) and a reader
// that calls readMapping() with it, then list the section's key in the parent's table.

enum class Shape { Scalar, Mapping, Sequence };

struct Entry
{
    YAML::Node key;
    YAML::Node value;
    QString path; // "etcd.timeout", "nodes[1].name": how messages name the key
    Location at;  // the value's place
};

template <typename Target> struct FieldSpec
{
    const char* key;
    Shape shape;
    bool required;
    const char* expected; // "a duration like 500ms": completes "expected …" and "add key: with …"
    void (*read)(Context&, const Entry&, Target&);
    // A key that is refused with its own message (read() reports it, whatever the value) instead of as an
    // unknown key, and that is never suggested or listed as valid.
    bool refused = false;
};

bool hasShape(const YAML::Node& node, Shape shape)
{
    switch (shape) {
    case Shape::Scalar:
        return node.IsScalar();
    case Shape::Mapping:
        return node.IsMap();
    case Shape::Sequence:
        return node.IsSequence();
    }
    return false;
}

// Optimal string alignment distance: like Levenshtein, plus a swap of two neighbours ("nmae") as one edit.
int editDistance(const QString& a, const QString& b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

// The valid key a typo most likely meant, or empty when none is close. Case and '_' vs '-' do not count as
// typos: "Poll_Interval" suggests "poll-interval".
QString closestKey(const QString& unknown, const QStringList& valid)
{
    const QString normalised = unknown.toLower().replace(u'_', u'-').replace(u' ', u'-');
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    for (const QString& candidate : valid) {
        const int distance = editDistance(normalised, candidate.toLower());
        const int allowed = candidate.size() < 5 ? 1 : candidate.size() < 10 ? 2 : 3;
        if (distance <= allowed && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

template <typename Target>
void readMapping(Context& ctx, const YAML::Node& mapping, const QString& section,
                 std::span<const FieldSpec<Target>> fields, Target& target)
{
    const QString where =
        section.isEmpty() ? QStringLiteral("at the top level") : QStringLiteral("in '%1'").arg(section);
    QStringList validKeys;
    for (const auto& field : fields) {
        if (!field.refused)
            validKeys.append(QString::fromLatin1(field.key));
    }

    QHash<QString, Location> seen;
    for (const auto& item : mapping) {
        const YAML::Node key = item.first;
        const YAML::Node value = item.second;
        if (!key.IsScalar()) {
            ctx.error(key, QStringLiteral("keys %1 must be plain names, not %2").arg(where, shapeName(key)));
            continue;
        }
        const QString name = textOf(key);
        const auto field = std::find_if(fields.begin(), fields.end(),
                                        [&](const auto& f) { return name == QLatin1String(f.key); });
        if (field == fields.end()) {
            const QString suggestion = closestKey(name, validKeys);
            ctx.error(key, suggestion.isEmpty() ? QStringLiteral("unknown key '%1' %2 — valid keys: %3")
                                                      .arg(name, where, validKeys.join(QStringLiteral(", ")))
                                                : QStringLiteral("unknown key '%1' %2 — did you mean '%3'?")
                                                      .arg(name, where, suggestion));
            continue;
        }
        if (const auto first = seen.constFind(name); first != seen.constEnd()) {
            ctx.error(key, QStringLiteral("key '%1' appears twice %2 (first at line %3): keep one")
                               .arg(name, where)
                               .arg(first->line));
            continue;
        }
        seen.insert(name, locationOf(key));

        const QString path = section.isEmpty() ? name : section + u'.' + name;
        if (field->refused) {
            field->read(ctx, Entry{key, value, path, locationOf(key)}, target);
            continue;
        }
        const Location at = value.IsNull() ? locationOf(key) : locationOf(value);
        const QString expected = QString::fromUtf8(field->expected);
        if (value.IsNull()) {
            ctx.error(at, QStringLiteral("%1 is empty: expected %2").arg(path, expected));
            continue;
        }
        if (!hasShape(value, field->shape)) {
            ctx.error(at, QStringLiteral("%1: expected %2, not %3").arg(path, expected, shapeName(value)));
            continue;
        }
        ctx.placeOf.insert(path, at);
        field->read(ctx, Entry{key, value, path, at}, target);
    }

    for (const auto& field : fields) {
        const QString name = QString::fromLatin1(field.key);
        if (field.required && !seen.contains(name))
            ctx.error(mapping, QStringLiteral("missing required key '%1' %2: add %1: with %3")
                                   .arg(name, where, QString::fromUtf8(field.expected)));
    }
}

// --- value readers ----------------------------------------------------------------------------------------

// A one-line, non-empty text; reports and returns nullopt otherwise.
std::optional<QString> readText(Context& ctx, const Entry& entry)
{
    const QString text = textOf(entry.value).trimmed();
    if (text.isEmpty()) {
        ctx.error(entry.at, QStringLiteral("%1 is empty: give it a value or remove the key").arg(entry.path));
        return std::nullopt;
    }
    if (text.contains(u'\n')) {
        ctx.error(entry.at, QStringLiteral("%1 must fit on one line").arg(entry.path));
        return std::nullopt;
    }
    return text;
}

std::optional<std::chrono::milliseconds> readDuration(Context& ctx, const Entry& entry,
                                                      std::chrono::milliseconds min,
                                                      std::chrono::milliseconds max, const QString& range)
{
    QString problem;
    const auto value = Duration::parse(textOf(entry.value), &problem);
    if (!value) {
        ctx.error(entry.at, QStringLiteral("%1: %2").arg(entry.path, problem));
        return std::nullopt;
    }
    if (*value < min || *value > max) {
        ctx.error(entry.at,
                  QStringLiteral("%1 must be %2, not %3").arg(entry.path, range, textOf(entry.value)));
        return std::nullopt;
    }
    return value;
}

// YAML 1.2's core schema booleans only: "yes"/"on" mean true in YAML 1.1 and nothing in 1.2, so they are
// refused rather than guessed.
std::optional<bool> readBool(Context& ctx, const Entry& entry)
{
    const QString text = textOf(entry.value);
    if (text == u"true" || text == u"True" || text == u"TRUE")
        return true;
    if (text == u"false" || text == u"False" || text == u"FALSE")
        return false;
    ctx.error(entry.at, QStringLiteral("%1: expected true or false, not '%2'").arg(entry.path, text));
    return std::nullopt;
}

QString resolvePath(const Context& ctx, const QString& written)
{
    QString path = written;
    if (path == u"~" || path.startsWith(QLatin1String("~/")))
        path = ctx.homeDir + path.mid(1);
    return QDir::cleanPath(QDir(ctx.baseDir).absoluteFilePath(path));
}

void readLocalPath(Context& ctx, const Entry& entry, std::optional<LocalPath>& into)
{
    if (const auto text = readText(ctx, entry))
        into = LocalPath{entry.path, *text, resolvePath(ctx, *text), entry.at};
}

// "a, b or c": the choices of a key in a message.
QString orList(const QStringList& items)
{
    if (items.size() < 2)
        return items.join(QString());
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") + items.last();
}

// A whole number in [min, max]; range completes "must be …" ("between 1 and 100").
std::optional<qint64> readInteger(Context& ctx, const Entry& entry, qint64 min, qint64 max,
                                  const QString& range)
{
    static const QRegularExpression integer(QStringLiteral("^[+-]?[0-9]{1,18}$"));
    const QString text = textOf(entry.value).trimmed();
    if (!integer.match(text).hasMatch()) {
        ctx.error(entry.at,
                  QStringLiteral("%1: expected a whole number (%2), not '%3'").arg(entry.path, range, text));
        return std::nullopt;
    }
    const qint64 value = text.toLongLong();
    if (value < min || value > max) {
        ctx.error(entry.at, QStringLiteral("%1 must be %2, not %3").arg(entry.path, range, text));
        return std::nullopt;
    }
    return value;
}

template <typename Value> struct Choice
{
    const char* text;
    Value value;
};

// One of a fixed set of words, written exactly (they are lower case); a near miss gets a suggestion.
template <typename Value>
std::optional<Value> readChoice(Context& ctx, const Entry& entry, std::span<const Choice<Value>> choices)
{
    const QString text = textOf(entry.value).trimmed();
    QStringList words;
    for (const auto& choice : choices) {
        if (text == QLatin1String(choice.text))
            return choice.value;
        words.append(QString::fromLatin1(choice.text));
    }
    const QString suggestion = closestKey(text, words);
    ctx.error(entry.at, suggestion.isEmpty()
                            ? QStringLiteral("%1: '%2' is not one of %3").arg(entry.path, text, orList(words))
                            : QStringLiteral("%1: '%2' is not one of %3 — did you mean '%4'?")
                                  .arg(entry.path, text, orList(words), suggestion));
    return std::nullopt;
}

enum class NodePathKind { File, Folder };

// A path ON A NODE (the etcd manifest, the backup folder): it cannot be resolved or checked here, because the
// drill may run elsewhere (ssh); the drill engine checks it on the node before the fault. Only its form is
// checked: absolute, and a file name where a file is meant.
std::optional<QString> readNodePath(Context& ctx, const Entry& entry, NodePathKind kind)
{
    const auto text = readText(ctx, entry);
    if (!text)
        return std::nullopt;
    const QString example = kind == NodePathKind::File ? QStringLiteral("/etc/kubernetes/manifests/etcd.yaml")
                                                       : QStringLiteral("/root/etcd-drill-backup");
    if (!text->startsWith(u'/')) {
        ctx.error(entry.at,
                  QStringLiteral("%1: '%2' is not an absolute path: it is a path on the node, so write "
                                 "it in full from /, e.g. %3%4")
                      .arg(entry.path, *text, example,
                           text->startsWith(u'~') ? QStringLiteral(" (~ is not expanded on the node)")
                                                  : QString()));
        return std::nullopt;
    }
    if (kind == NodePathKind::File && (text->endsWith(u'/') || QDir::cleanPath(*text) == u"/")) {
        ctx.error(entry.at, QStringLiteral("%1: '%2' names a folder: name the manifest file itself, e.g. %3")
                                .arg(entry.path, *text, example));
        return std::nullopt;
    }
    return *text;
}

constexpr FieldSpec<Draft> tlsFields[] = {
    {"ca", Shape::Scalar, false, "the path of the CA certificate (PEM)",
     [](Context& ctx, const Entry& e, Draft& d) { readLocalPath(ctx, e, d.ca); }},
    {"cert", Shape::Scalar, false, "the path of the client certificate (PEM)",
     [](Context& ctx, const Entry& e, Draft& d) { readLocalPath(ctx, e, d.cert); }},
    {"key", Shape::Scalar, false, "the path of the client certificate's private key (PEM)",
     [](Context& ctx, const Entry& e, Draft& d) { readLocalPath(ctx, e, d.key); }},
};

// A client certificate needs its key and the other way round; an empty section says what belongs in it.
void checkCertificatePair(Context& ctx, const Entry& entry, bool hasCert, bool hasKey,
                          const QString& emptyHint)
{
    if (hasCert && !hasKey)
        ctx.error(entry.at,
                  QStringLiteral("%1 has cert but no key: add key: with the certificate's private key")
                      .arg(entry.path));
    else if (hasKey && !hasCert)
        ctx.error(
            entry.at,
            QStringLiteral("%1 has key but no cert: add cert: with the client certificate").arg(entry.path));
    else if (entry.value.size() == 0)
        ctx.error(entry.at, QStringLiteral("%1 is empty: %2").arg(entry.path, emptyHint));
}

void readTls(Context& ctx, const Entry& entry, Draft& draft)
{
    draft.tlsWritten = true;
    readMapping<Draft>(ctx, entry.value, entry.path, tlsFields, draft);
    checkCertificatePair(
        ctx, entry, draft.cert.has_value(), draft.key.has_value(),
        QStringLiteral("give ca, cert and key, or remove it to use ETCDCTL_* or the kubeadm defaults"));
}

constexpr FieldSpec<Draft> etcdFields[] = {
    {"tls", Shape::Mapping, false, "a mapping with ca, cert and key", readTls},
    {"timeout", Shape::Scalar, false, "a duration like 500ms",
     [](Context& ctx, const Entry& e, Draft& d) {
         // A longer deadline than a minute would hide an outage instead of measuring it.
         if (const auto v = readDuration(ctx, e, 1ms, 60s, QStringLiteral("more than 0 and at most 60s")))
             d.config.etcd.requestTimeout = *v;
     }},
    {"poll-interval", Shape::Scalar, false, "a duration like 500ms",
     [](Context& ctx, const Entry& e, Draft& d) {
         // Below 50ms the monitor would load etcd more than the drill it measures.
         if (const auto v = readDuration(ctx, e, 50ms, 60s, QStringLiteral("between 50ms and 60s")))
             d.config.etcd.pollInterval = *v;
     }},
    {"write-check", Shape::Scalar, false, "true or false",
     [](Context& ctx, const Entry& e, Draft& d) {
         if (const auto v = readBool(ctx, e))
             d.config.etcd.writeCheck = *v;
     }},
    {"write-prefix", Shape::Scalar, false, "a key prefix like /etcd-drill/",
     [](Context& ctx, const Entry& e, Draft& d) {
         const auto text = readText(ctx, e);
         if (!text)
             return;
         if (!text->startsWith(u'/')) {
             ctx.error(
                 e.at,
                 QStringLiteral("%1 must start with '/', e.g. /etcd-drill/, not '%2'").arg(e.path, *text));
             return;
         }
         d.config.etcd.writePrefix = *text;
     }},
};

void readNodeName(Context& ctx, const Entry& entry, NodeDraft& node)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._-]+$"));
    const auto text = readText(ctx, entry);
    if (!text)
        return;
    if (!valid.match(*text).hasMatch()) {
        ctx.error(entry.at,
                  QStringLiteral("%1: '%2' is not a valid node name: use only letters, digits, '.', "
                                 "'_' and '-'")
                      .arg(entry.path, *text));
        return;
    }
    node.node.name = *text;
    node.nameAt = entry.at;
}

void readNodeEtcd(Context& ctx, const Entry& entry, NodeDraft& node)
{
    const auto text = readText(ctx, entry);
    if (!text)
        return;
    QString why;
    node.endpoint = parseEndpoint(*text, false, true, &why);
    if (!node.endpoint) {
        ctx.error(entry.at, endpointProblem(entry.path, *text, why));
        return;
    }
    node.node.etcdEndpoint = *text;
    node.etcdAt = entry.at;
}

void readNodeApiserver(Context& ctx, const Entry& entry, NodeDraft& node)
{
    const auto text = readText(ctx, entry);
    if (!text)
        return;
    QString why;
    if (!parseEndpoint(*text, true, false, &why)) {
        ctx.error(entry.at,
                  QStringLiteral("%1: '%2' is not an apiserver URL%3: write https://host:port, e.g. "
                                 "https://192.0.2.11:6443")
                      .arg(entry.path, *text, why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why)));
        return;
    }
    node.node.apiserverUrl = *text;
}

void readNodeSsh(Context& ctx, const Entry& entry, NodeDraft& node)
{
    static const QRegularExpression target(QStringLiteral(
        "^(?:[A-Za-z0-9._-]+@)?(?:\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)"
        "(?::([0-9]{1,5}))?$"));
    const auto text = readText(ctx, entry);
    if (!text)
        return;
    const auto match = target.match(*text);
    const int port = match.captured(1).isEmpty() ? 22 : match.captured(1).toInt();
    if (!match.hasMatch() || port < 1 || port > 65535) {
        ctx.error(entry.at,
                  QStringLiteral("%1: '%2' is not an ssh target: write host, user@host or user@host:port")
                      .arg(entry.path, *text));
        return;
    }
    node.node.sshHost = *text;
}

void readNodeManifest(Context& ctx, const Entry& entry, NodeDraft& node)
{
    if (const auto path = readNodePath(ctx, entry, NodePathKind::File))
        node.node.manifest = *path;
}

void readNodeBackupDir(Context& ctx, const Entry& entry, NodeDraft& node)
{
    if (const auto path = readNodePath(ctx, entry, NodePathKind::Folder))
        node.node.backupDir = *path;
}

constexpr FieldSpec<NodeDraft> nodeFields[] = {
    {"name", Shape::Scalar, true, "a node name like M1", readNodeName},
    {"etcd", Shape::Scalar, true, "an etcd endpoint like https://192.0.2.11:2379", readNodeEtcd},
    {"apiserver", Shape::Scalar, false, "an apiserver URL like https://192.0.2.11:6443", readNodeApiserver},
    {"ssh", Shape::Scalar, false, "an ssh target like root@192.0.2.11", readNodeSsh},
    {"manifest", Shape::Scalar, false, "the etcd manifest's path on this node", readNodeManifest},
    {"backup-dir", Shape::Scalar, false, "a folder on this node like /root/etcd-drill-backup",
     readNodeBackupDir},
};

void readNodes(Context& ctx, const Entry& entry, Draft& draft)
{
    const int count = int(entry.value.size());
    int index = 0;
    for (const auto& item : entry.value) {
        const QString section = QStringLiteral("nodes[%1]").arg(index);
        if (index == ConfigLoader::maxNodes)
            ctx.error(item,
                      QStringLiteral("nodes lists %1 nodes; etcd-drill drills clusters of 1 to %2 members: "
                                     "remove %3 of them")
                          .arg(count)
                          .arg(ConfigLoader::maxNodes)
                          .arg(count - ConfigLoader::maxNodes));
        ++index;
        if (!item.IsMap()) {
            ctx.error(item, QStringLiteral("%1: expected a node (a mapping with name: and etcd:), not %2")
                                .arg(section, item.IsNull() ? QStringLiteral("nothing") : shapeName(item)));
            continue;
        }
        NodeDraft node;
        node.at = locationOf(item);
        node.node.line = node.at.line;
        readMapping<NodeDraft>(ctx, item, section, nodeFields, node);
        draft.nodes.append(node);
    }
    if (count == 0)
        ctx.error(entry.at, QStringLiteral("nodes is empty: list at least one node with name: and etcd:"));
}

// --- apiserver --------------------------------------------------------------------------------------------

constexpr FieldSpec<Draft> apiserverFields[] = {
    {"kubeconfig", Shape::Scalar, false, "the path of a kubeconfig file",
     [](Context& ctx, const Entry& e, Draft& d) { readLocalPath(ctx, e, d.kubeconfig); }},
    {"context", Shape::Scalar, false, "the name of a context in the kubeconfig",
     [](Context& ctx, const Entry& e, Draft& d) {
         if (const auto text = readText(ctx, e))
             d.config.apiserver.context = *text;
     }},
    {"ca", Shape::Scalar, false, "the path of the apiserver's CA certificate (PEM)",
     [](Context& ctx, const Entry& e, Draft& d) { readLocalPath(ctx, e, d.apiserverCa); }},
    {"cert", Shape::Scalar, false, "the path of a client certificate (PEM)",
     [](Context& ctx, const Entry& e, Draft& d) { readLocalPath(ctx, e, d.apiserverCert); }},
    {"key", Shape::Scalar, false, "the path of the client certificate's private key (PEM)",
     [](Context& ctx, const Entry& e, Draft& d) { readLocalPath(ctx, e, d.apiserverKey); }},
    {"token-file", Shape::Scalar, false, "the path of a file holding a bearer token",
     [](Context& ctx, const Entry& e, Draft& d) { readLocalPath(ctx, e, d.tokenFile); }},
    // A config file gets shared, copied into tickets and committed; a token in it would leak. The value is
    // never echoed.
    {"token", Shape::Scalar, false, "",
     [](Context& ctx, const Entry& e, Draft&) {
         ctx.error(e.at,
                   QStringLiteral("%1: a token does not belong in the config file, which gets shared: put "
                                  "it in a file only you can read and name that file with token-file:")
                       .arg(e.path));
     },
     true},
};

void readApiserver(Context& ctx, const Entry& entry, Draft& draft)
{
    readMapping<Draft>(ctx, entry.value, entry.path, apiserverFields, draft);
    checkCertificatePair(ctx, entry, draft.apiserverCert.has_value(), draft.apiserverKey.has_value(),
                         QStringLiteral("give kubeconfig, or ca, cert and key or token-file, or remove it"));
    if (!draft.config.apiserver.context.isEmpty() && !draft.kubeconfig)
        ctx.error(
            ctx.placeOf.value(entry.path + QStringLiteral(".context")),
            QStringLiteral("%1.context needs %1.kubeconfig: add kubeconfig: with the file that has context "
                           "'%2', or remove context")
                .arg(entry.path, draft.config.apiserver.context));
}

// --- probes -----------------------------------------------------------------------------------------------

// The limits of ProbeSettings, as the reference writes them.
QString intervalRange()
{
    static_assert(ProbeSettings::minimumInterval == 20ms && ProbeSettings::maximumInterval == 60s);
    return QStringLiteral("between 20ms and 60s");
}

QString timeoutRange()
{
    static_assert(ProbeSettings::minimumTimeout == 50ms && ProbeSettings::maximumTimeout == 60s);
    return QStringLiteral("between 50ms and 60s");
}

void readTargetName(Context& ctx, const Entry& entry, ProbeTargetConfig& target)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._-]+$"));
    const auto text = readText(ctx, entry);
    if (!text)
        return;
    if (!valid.match(*text).hasMatch()) {
        ctx.error(entry.at,
                  QStringLiteral("%1: '%2' is not a valid probe target name: use only letters, digits, "
                                 "'.', '_' and '-', e.g. vip")
                      .arg(entry.path, *text));
        return;
    }
    target.name = *text;
}

void readTargetUrl(Context& ctx, const Entry& entry, ProbeTargetConfig& target)
{
    const auto text = readText(ctx, entry);
    if (!text)
        return;
    const QString hint = QStringLiteral("write https://host:port/path, e.g. https://192.0.2.100:6443/readyz");
    const QUrl url(*text, QUrl::StrictMode);
    // Checked before anything that echoes the URL: a password in it must not reach a message.
    if (url.isValid() && !url.userInfo().isEmpty()) {
        ctx.error(entry.at, QStringLiteral("%1: the URL holds a user name or password: remove it; probes "
                                           "authenticate with apiserver.cert and key or token-file")
                                .arg(entry.path));
        return;
    }
    QString why;
    if (!text->contains(QStringLiteral("://")))
        why = QStringLiteral(" (the https:// or http:// in front is missing)");
    else if (!url.isValid() || url.host().isEmpty())
        why = QString();
    else if (const QString scheme = url.scheme().toLower(); scheme != u"https" && scheme != u"http")
        why = QStringLiteral(" ('%1://' is not http:// or https://)").arg(url.scheme());
    else if (url.hasFragment())
        why = QStringLiteral(" (a #fragment is never sent to the server: remove it)");
    else {
        target.url = *text;
        return;
    }
    ctx.error(entry.at,
              QStringLiteral("%1: '%2' is not a probe URL%3: %4").arg(entry.path, *text, why, hint));
}

std::optional<std::chrono::milliseconds> readOutageLimit(Context& ctx, const Entry& entry, bool zeroAllowed)
{
    return readDuration(ctx, entry, zeroAllowed ? 0ms : 1ms, 1h,
                        zeroAllowed ? QStringLiteral("between 0s and 1h")
                                    : QStringLiteral("more than 0 and at most 1h"));
}

constexpr FieldSpec<ProbeTargetConfig> probeTargetFields[] = {
    {"name", Shape::Scalar, true, "a target name like vip", readTargetName},
    {"url", Shape::Scalar, true, "a URL like https://192.0.2.100:6443/readyz", readTargetUrl},
    {"interval", Shape::Scalar, false, "a duration like 100ms",
     [](Context& ctx, const Entry& e, ProbeTargetConfig& t) {
         if (const auto v = readDuration(ctx, e, ProbeSettings::minimumInterval,
                                         ProbeSettings::maximumInterval, intervalRange()))
             t.interval = *v;
     }},
    {"timeout", Shape::Scalar, false, "a duration like 1s",
     [](Context& ctx, const Entry& e, ProbeTargetConfig& t) {
         if (const auto v = readDuration(ctx, e, ProbeSettings::minimumTimeout, ProbeSettings::maximumTimeout,
                                         timeoutRange()))
             t.timeout = *v;
     }},
    {"keep-alive", Shape::Scalar, false, "true or false",
     [](Context& ctx, const Entry& e, ProbeTargetConfig& t) {
         if (const auto v = readBool(ctx, e))
             t.keepAlive = *v;
     }},
    {"resolve", Shape::Scalar, false, "an IP address like 192.0.2.101",
     [](Context& ctx, const Entry& e, ProbeTargetConfig& t) {
         const auto text = readText(ctx, e);
         if (!text)
             return;
         // The same parser the probe engine connects with, so what passes here connects there.
         if (QHostAddress(*text).isNull()) {
             ctx.error(e.at,
                       QStringLiteral("%1: '%2' is not an IP address: write an IPv4 or IPv6 address such as "
                                      "192.0.2.101 or 2001:db8::1, without brackets or port")
                           .arg(e.path, *text));
             return;
         }
         t.resolveAddress = *text;
     }},
    {"max-outage", Shape::Scalar, false, "a duration like 5s",
     [](Context& ctx, const Entry& e, ProbeTargetConfig& t) {
         if (const auto v = readOutageLimit(ctx, e, true))
             t.maxOutage = *v;
     }},
    {"abort-outage", Shape::Scalar, false, "a duration like 2m",
     [](Context& ctx, const Entry& e, ProbeTargetConfig& t) {
         if (const auto v = readOutageLimit(ctx, e, false))
             t.abortOutage = *v;
     }},
};

void readProbeTargets(Context& ctx, const Entry& entry, Draft& draft)
{
    int index = 0;
    for (const auto& item : entry.value) {
        const QString section = QStringLiteral("%1[%2]").arg(entry.path).arg(index++);
        if (!item.IsMap()) {
            ctx.error(item,
                      QStringLiteral("%1: expected a probe target (a mapping with name: and url:), not %2")
                          .arg(section, item.IsNull() ? QStringLiteral("nothing") : shapeName(item)));
            continue;
        }
        ProbeTargetConfig target;
        target.line = locationOf(item).line;
        readMapping<ProbeTargetConfig>(ctx, item, section, probeTargetFields, target);
        draft.config.probes.targets.append(target);
    }
}

constexpr FieldSpec<Draft> probesFields[] = {
    {"interval", Shape::Scalar, false, "a duration like 100ms",
     [](Context& ctx, const Entry& e, Draft& d) {
         if (const auto v = readDuration(ctx, e, ProbeSettings::minimumInterval,
                                         ProbeSettings::maximumInterval, intervalRange()))
             d.config.probes.interval = *v;
     }},
    {"timeout", Shape::Scalar, false, "a duration like 1s",
     [](Context& ctx, const Entry& e, Draft& d) {
         if (const auto v = readDuration(ctx, e, ProbeSettings::minimumTimeout, ProbeSettings::maximumTimeout,
                                         timeoutRange()))
             d.config.probes.timeout = *v;
     }},
    {"outage-threshold", Shape::Scalar, false, "a number of failed samples like 1",
     [](Context& ctx, const Entry& e, Draft& d) {
         if (const auto v =
                 readInteger(ctx, e, 1, ProbeSettings::maximumOutageThreshold,
                             QStringLiteral("between 1 and %1").arg(ProbeSettings::maximumOutageThreshold)))
             d.config.probes.outageThreshold = int(*v);
     }},
    {"node-apiservers", Shape::Scalar, false, "true or false",
     [](Context& ctx, const Entry& e, Draft& d) {
         if (const auto v = readBool(ctx, e))
             d.config.probes.nodeApiservers = *v;
     }},
    {"path", Shape::Scalar, false, "a path like /readyz",
     [](Context& ctx, const Entry& e, Draft& d) {
         static const QRegularExpression valid(QStringLiteral("^/[^\\s#]*$"));
         const auto text = readText(ctx, e);
         if (!text)
             return;
         if (!valid.match(*text).hasMatch()) {
             ctx.error(e.at,
                       QStringLiteral("%1 must be a path that starts with '/' and has no spaces or '#', e.g. "
                                      "/readyz, not '%2'")
                           .arg(e.path, *text));
             return;
         }
         d.config.probes.nodeApiserverPath = *text;
     }},
    {"targets", Shape::Sequence, false, "a list of probe targets (name:, url:, …)", readProbeTargets},
};

// --- drill ------------------------------------------------------------------------------------------------

constexpr Choice<DrillSettings::Fault> faultChoices[] = {
    {"static-pod", DrillSettings::Fault::StaticPod},
    {"systemd", DrillSettings::Fault::Systemd},
    {"command", DrillSettings::Fault::Command},
};

constexpr Choice<DrillSettings::Transport> transportChoices[] = {
    {"local", DrillSettings::Transport::Local},
    {"ssh", DrillSettings::Transport::Ssh},
};

// A duration of the drill section; the range message follows from the limits.
void readDrillDuration(Context& ctx, const Entry& entry, std::chrono::milliseconds min,
                       std::chrono::milliseconds max, std::chrono::milliseconds& into)
{
    const QString range =
        min == 0ms   ? QStringLiteral("between 0s and %1").arg(Duration::format(max))
        : min == 1ms ? QStringLiteral("more than 0 and at most %1").arg(Duration::format(max))
                     : QStringLiteral("between %1 and %2").arg(Duration::format(min), Duration::format(max));
    if (const auto v = readDuration(ctx, entry, min, max, range))
        into = *v;
}

constexpr FieldSpec<HypothesisSettings> hypothesisFields[] = {
    {"write-failures", Shape::Scalar, false, "a number of write checks like 0",
     [](Context& ctx, const Entry& e, HypothesisSettings& h) {
         if (const auto v = readInteger(ctx, e, 0, 1000000, QStringLiteral("between 0 and 1000000")))
             h.writeFailures = int(*v);
     }},
    {"max-election", Shape::Scalar, false, "a duration like 5s",
     [](Context& ctx, const Entry& e, HypothesisSettings& h) {
         readDrillDuration(ctx, e, 1ms, 1h, h.maxElection);
     }},
    {"max-recovery", Shape::Scalar, false, "a duration like 60s",
     [](Context& ctx, const Entry& e, HypothesisSettings& h) {
         readDrillDuration(ctx, e, 1ms, 1h, h.maxRecovery);
     }},
};

constexpr FieldSpec<Draft> drillFields[] = {
    {"target", Shape::Scalar, false, "a node name, leader or follower",
     [](Context& ctx, const Entry& e, Draft& d) {
         if (const auto text = readText(ctx, e))
             d.drillTarget = *text;
     }},
    {"fault", Shape::Scalar, false, "static-pod, systemd or command",
     [](Context& ctx, const Entry& e, Draft& d) {
         if (const auto v = readChoice<DrillSettings::Fault>(ctx, e, faultChoices))
             d.config.drill.fault = *v;
     }},
    {"transport", Shape::Scalar, false, "local or ssh",
     [](Context& ctx, const Entry& e, Draft& d) {
         if (const auto v = readChoice<DrillSettings::Transport>(ctx, e, transportChoices))
             d.config.drill.transport = *v;
     }},
    {"sudo", Shape::Scalar, false, "true or false",
     [](Context& ctx, const Entry& e, Draft& d) {
         if (const auto v = readBool(ctx, e))
             d.config.drill.sudo = *v;
     }},
    {"manifest", Shape::Scalar, false, "the etcd manifest's path on the node",
     [](Context& ctx, const Entry& e, Draft& d) {
         if (const auto path = readNodePath(ctx, e, NodePathKind::File))
             d.config.drill.manifest = *path;
     }},
    {"backup-dir", Shape::Scalar, false, "a folder on the node like /root/etcd-drill-backup",
     [](Context& ctx, const Entry& e, Draft& d) {
         if (const auto path = readNodePath(ctx, e, NodePathKind::Folder))
             d.config.drill.backupDir = *path;
     }},
    {"unit", Shape::Scalar, false, "a systemd unit like etcd",
     [](Context& ctx, const Entry& e, Draft& d) {
         // The unit ends up in a command line (over ssh, through a shell): only unit-name characters pass.
         static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9:_.@\\\\-]+$"));
         const auto text = readText(ctx, e);
         if (!text)
             return;
         if (!valid.match(*text).hasMatch() || text->startsWith(u'-')) {
             ctx.error(e.at,
                       QStringLiteral("%1: '%2' is not a systemd unit name: use letters, digits and ':', "
                                      "'_', '.', '@', '\\', '-', e.g. etcd or etcd.service")
                           .arg(e.path, *text));
             return;
         }
         d.config.drill.unit = *text;
     }},
    {"stop-command", Shape::Scalar, false, "a command that stops etcd on the node",
     [](Context& ctx, const Entry& e, Draft& d) {
         if (const auto text = readText(ctx, e))
             d.config.drill.stopCommand = *text;
     }},
    {"start-command", Shape::Scalar, false, "a command that starts etcd on the node",
     [](Context& ctx, const Entry& e, Draft& d) {
         if (const auto text = readText(ctx, e))
             d.config.drill.startCommand = *text;
     }},
    {"ssh-connect-timeout", Shape::Scalar, false, "a duration like 5s",
     [](Context& ctx, const Entry& e, Draft& d) {
         const auto v = readDuration(ctx, e, 1s, 5min, QStringLiteral("between 1s and 5m"));
         if (!v)
             return;
         // ssh's ConnectTimeout option takes whole seconds; rounding silently would change the limit.
         if (v->count() % 1000 != 0) {
             ctx.error(e.at, QStringLiteral("%1 must be whole seconds (ssh counts its connect timeout in "
                                            "seconds), not %2")
                                 .arg(e.path, textOf(e.value)));
             return;
         }
         d.config.drill.sshConnectTimeout = *v;
     }},
    {"command-timeout", Shape::Scalar, false, "a duration like 30s",
     [](Context& ctx, const Entry& e, Draft& d) {
         readDrillDuration(ctx, e, 1s, 30min, d.config.drill.commandTimeout);
     }},
    {"stop-timeout", Shape::Scalar, false, "a duration like 15s",
     [](Context& ctx, const Entry& e, Draft& d) {
         readDrillDuration(ctx, e, 1s, 10min, d.config.drill.stopTimeout);
     }},
    {"start-timeout", Shape::Scalar, false, "a duration like 60s",
     [](Context& ctx, const Entry& e, Draft& d) {
         readDrillDuration(ctx, e, 1s, 30min, d.config.drill.startTimeout);
     }},
    {"observation", Shape::Scalar, false, "a duration like 60s",
     [](Context& ctx, const Entry& e, Draft& d) {
         // With one member down a three-member cluster tolerates no further failure: longer than an hour
         // is an outage risk, not a drill.
         readDrillDuration(ctx, e, 1s, 1h, d.config.drill.observation);
     }},
    {"settle", Shape::Scalar, false, "a duration like 10s",
     [](Context& ctx, const Entry& e, Draft& d) {
         readDrillDuration(ctx, e, 0ms, 1h, d.config.drill.settle);
     }},
    {"max-index-lag", Shape::Scalar, false, "a number of raft entries like 50",
     [](Context& ctx, const Entry& e, Draft& d) {
         // A million entries behind is not "caught up" by any measure: the cap catches a slipped digit.
         if (const auto v = readInteger(ctx, e, 0, 1000000, QStringLiteral("between 0 and 1000000")))
             d.config.drill.maxIndexLag = *v;
     }},
    {"journal-dir", Shape::Scalar, false, "a local folder like ~/.local/share/etcd-drill/drills",
     [](Context& ctx, const Entry& e, Draft& d) { readLocalPath(ctx, e, d.journalDir); }},
    {"hypothesis", Shape::Mapping, false, "a mapping with write-failures, max-election and max-recovery",
     [](Context& ctx, const Entry& e, Draft& d) {
         readMapping<HypothesisSettings>(ctx, e.value, e.path, hypothesisFields, d.config.drill.hypothesis);
     }},
};

// --- the top level ----------------------------------------------------------------------------------------

constexpr FieldSpec<Draft> topLevelFields[] = {
    {"cluster", Shape::Scalar, true, "the cluster's name, e.g. cluster: lab",
     [](Context& ctx, const Entry& e, Draft& d) {
         if (const auto text = readText(ctx, e))
             d.config.clusterName = *text;
     }},
    {"etcd", Shape::Mapping, false, "a mapping of etcd settings (tls, timeout, poll-interval, …)",
     [](Context& ctx, const Entry& e, Draft& d) { readMapping<Draft>(ctx, e.value, e.path, etcdFields, d); }},
    {"nodes", Shape::Sequence, true, "a list of nodes", readNodes},
    {"apiserver", Shape::Mapping, false, "a mapping of apiserver settings (kubeconfig, ca, cert, key, …)",
     readApiserver},
    {"probes", Shape::Mapping, false, "a mapping of probe settings (interval, timeout, targets, …)",
     [](Context& ctx, const Entry& e, Draft& d) {
         readMapping<Draft>(ctx, e.value, e.path, probesFields, d);
     }},
    {"drill", Shape::Mapping, false, "a mapping of drill settings (target, fault, transport, …)",
     [](Context& ctx, const Entry& e, Draft& d) {
         readMapping<Draft>(ctx, e.value, e.path, drillFields, d);
     }},
};

// --- checks across the whole file -------------------------------------------------------------------------

void checkDuplicates(Context& ctx, const QList<NodeDraft>& nodes)
{
    QHash<QString, const NodeDraft*> names;
    QHash<QString, const NodeDraft*> endpoints;
    for (const NodeDraft& node : nodes) {
        // Case-insensitive: operators type "m1" for "M1" on the command line.
        if (!node.node.name.isEmpty()) {
            const QString key = node.node.name.toLower();
            if (const NodeDraft* first = names.value(key)) {
                ctx.error(node.nameAt, QStringLiteral("duplicate node name '%1': node '%2' at line %3 has it "
                                                      "already; node names must be unique")
                                           .arg(node.node.name, first->node.name)
                                           .arg(first->nameAt.line));
            } else {
                names.insert(key, &node);
            }
        }
        if (node.endpoint) {
            const QString key = node.endpoint->identity();
            if (const NodeDraft* first = endpoints.value(key)) {
                ctx.error(node.etcdAt,
                          QStringLiteral("duplicate etcd endpoint '%1': node '%2' at line %3 uses it "
                                         "already; every node needs its own member's endpoint")
                              .arg(node.node.etcdEndpoint, first->node.name)
                              .arg(first->etcdAt.line));
            } else {
                endpoints.insert(key, &node);
            }
        }
    }
}

bool anyHttps(const QList<NodeDraft>& nodes)
{
    return std::any_of(nodes.begin(), nodes.end(), [](const NodeDraft& n) {
        return n.endpoint && n.endpoint->scheme() == EtcdEndpoint::Scheme::Https;
    });
}

Location firstHttpsAt(const QList<NodeDraft>& nodes)
{
    for (const NodeDraft& n : nodes) {
        if (n.endpoint && n.endpoint->scheme() == EtcdEndpoint::Scheme::Https)
            return n.etcdAt;
    }
    return {};
}

// Where the config is silent on TLS and an endpoint is https, take ETCDCTL_* (what the operator's etcdctl
// already uses), else kubeadm's healthcheck-client certificate: the one kubeadm made for exactly this kind of
// read-only health probing. `note` ends messages about those files, saying why they were used.
void chooseFallbackTls(Context& ctx, Draft& draft, const QProcessEnvironment& environment,
                       const QString& pkiDir, const QString& note)
{
    const QString caVar = environment.value(QStringLiteral("ETCDCTL_CACERT"));
    const QString certVar = environment.value(QStringLiteral("ETCDCTL_CERT"));
    const QString keyVar = environment.value(QStringLiteral("ETCDCTL_KEY"));
    auto fromEnvironment = [&](const char* name, const QString& value) -> std::optional<LocalPath> {
        if (value.isEmpty())
            return std::nullopt;
        return LocalPath{QString::fromLatin1(name), value, QFileInfo(value).absoluteFilePath(), {}, note};
    };
    if (!caVar.isEmpty() || !certVar.isEmpty() || !keyVar.isEmpty()) {
        draft.ca = fromEnvironment("ETCDCTL_CACERT", caVar);
        draft.cert = fromEnvironment("ETCDCTL_CERT", certVar);
        draft.key = fromEnvironment("ETCDCTL_KEY", keyVar);
        if (certVar.isEmpty() != keyVar.isEmpty())
            ctx.error(
                Location{},
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
        const bool fromFile = !ctx.fileName.isEmpty();
        ctx.error(
            firstHttpsAt(draft.nodes),
            QStringLiteral("the https:// endpoints need TLS files, but %1ETCDCTL_CACERT, ETCDCTL_CERT and "
                           "ETCDCTL_KEY are not set and kubeadm's %2 does not exist: %3")
                .arg(fromFile ? QStringLiteral("the file has no etcd.tls, ") : QString(), ca,
                     fromFile ? QStringLiteral("add etcd.tls with ca, cert and key")
                              : QStringLiteral("export ETCDCTL_CACERT, ETCDCTL_CERT and ETCDCTL_KEY")));
        return;
    }
    draft.ca = LocalPath{QStringLiteral("kubeadm default ca"), ca, ca, {}, note};
    draft.cert = LocalPath{QStringLiteral("kubeadm default cert"), cert, cert, {}, note};
    draft.key = LocalPath{QStringLiteral("kubeadm default key"), key, key, {}, note};
}

// 'pki/client.key' (read as /srv/drill/pki/client.key): the path as written and, if different, as used.
QString shownPath(const LocalPath& file)
{
    return file.written == file.path ? QStringLiteral("'%1'").arg(file.path)
                                     : QStringLiteral("'%1' (read as %2)").arg(file.written, file.path);
}

// Checks one set of TLS files (etcd's or the apiserver's) and returns their absolute paths.
TlsFiles checkTlsFiles(Context& ctx, const std::optional<LocalPath>& ca, const std::optional<LocalPath>& cert,
                       const std::optional<LocalPath>& key)
{
    auto check = [&](const std::optional<LocalPath>& file, TlsFileChecker::Role role) {
        if (!file)
            return false;
        const QString problem = TlsFileChecker::problemWith(file->path, role);
        if (problem.isEmpty())
            return true;
        ctx.error(file->at,
                  QStringLiteral("%1: %2 %3%4").arg(file->label, shownPath(*file), problem, file->note));
        return false;
    };
    check(ca, TlsFileChecker::Role::CaCertificate);
    const bool certOk = check(cert, TlsFileChecker::Role::ClientCertificate);
    const bool keyOk = check(key, TlsFileChecker::Role::PrivateKey);
    if (certOk && keyOk) {
        const QString mismatch = TlsFileChecker::mismatchBetween(cert->path, key->path);
        if (!mismatch.isEmpty())
            ctx.error(key->at, QStringLiteral("%1 and %2 do not belong together: %3; give the key that was "
                                              "made with '%4'%5")
                                   .arg(cert->label, key->label, mismatch, cert->path, key->note));
    }
    return TlsFiles{ca ? ca->path : QString(), cert ? cert->path : QString(), key ? key->path : QString()};
}

// A local file the config names (kubeconfig, token file): it must be there and readable now, not at the
// moment the drill needs it. Nothing of its content is read: a token file is only opened.
void checkReadableFile(Context& ctx, const LocalPath& file, bool mustHaveContent)
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
        ctx.error(file.at, QStringLiteral("%1: %2 %3").arg(file.label, shownPath(file), problem));
}

void checkApiserverFiles(Context& ctx, Draft& draft)
{
    ApiserverSettings& apiserver = draft.config.apiserver;
    if (draft.kubeconfig) {
        checkReadableFile(ctx, *draft.kubeconfig, false);
        apiserver.kubeconfig = draft.kubeconfig->path;
    }
    if (draft.tokenFile) {
        checkReadableFile(ctx, *draft.tokenFile, true);
        apiserver.tokenFile = draft.tokenFile->path;
    }
    apiserver.tls = checkTlsFiles(ctx, draft.apiserverCa, draft.apiserverCert, draft.apiserverKey);
}

// The target names "<node>-apiserver" that probes.node-apiservers adds, by lower-case name.
QHash<QString, const NodeDraft*> nodeApiserverTargets(const Draft& draft)
{
    QHash<QString, const NodeDraft*> names;
    if (!draft.config.probes.nodeApiservers)
        return names;
    for (const NodeDraft& node : draft.nodes) {
        if (!node.node.name.isEmpty() && !node.node.apiserverUrl.isEmpty())
            names.insert(ProbeSettings::nodeApiserverTargetName(node.node.name).toLower(), &node);
    }
    return names;
}

void checkProbeTargets(Context& ctx, const Draft& draft)
{
    const QHash<QString, const NodeDraft*> generated = nodeApiserverTargets(draft);
    QHash<QString, int> names; // lower-case name -> line of the first target with it
    const QList<ProbeTargetConfig>& targets = draft.config.probes.targets;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const ProbeTargetConfig& target = targets[i];
        const QString path = QStringLiteral("probes.targets[%1]").arg(i);
        if (!target.name.isEmpty()) {
            // Case-insensitive, as node names: reports and the command line should not tell "VIP" from "vip".
            const QString key = target.name.toLower();
            const Location nameAt = ctx.placeOf.value(path + QStringLiteral(".name"));
            if (const NodeDraft* node = generated.value(key)) {
                ctx.error(nameAt,
                          QStringLiteral("%1.name: '%2' is the name of the probe of node %3's apiserver "
                                         "(probes.node-apiservers is true): rename this target, or set "
                                         "node-apiservers: false")
                              .arg(path, target.name, node->node.name));
            } else if (names.contains(key)) {
                ctx.error(nameAt,
                          QStringLiteral("duplicate probe target name '%1': the target at line %2 has it "
                                         "already; probe target names must be unique")
                              .arg(target.name)
                              .arg(names.value(key)));
            } else {
                names.insert(key, target.line);
            }
        }
        if (target.maxOutage && target.abortOutage && *target.abortOutage < *target.maxOutage)
            ctx.error(
                ctx.placeOf.value(path + QStringLiteral(".abort-outage")),
                QStringLiteral("%1.abort-outage (%2) is shorter than its max-outage (%3): the drill would "
                               "roll back on an outage the hypothesis accepts; make abort-outage at least "
                               "%3")
                    .arg(path, Duration::format(*target.abortOutage), Duration::format(*target.maxOutage)));
    }
}

// Turns drill.target into TargetKind + node (the last node when the file names none).
void resolveDrillTarget(Context& ctx, Draft& draft)
{
    DrillSettings& drill = draft.config.drill;
    QStringList nodeNames;
    for (const NodeDraft& node : std::as_const(draft.nodes)) {
        if (!node.node.name.isEmpty())
            nodeNames.append(node.node.name);
    }
    if (!draft.drillTarget) {
        drill.targetKind = DrillSettings::TargetKind::Node;
        drill.targetNode = draft.nodes.isEmpty() ? QString() : draft.nodes.last().node.name;
        return;
    }
    const QString& written = *draft.drillTarget;
    const Location at = ctx.placeOf.value(QStringLiteral("drill.target"));
    const bool isRole = written == u"leader" || written == u"follower";
    if (isRole && nodeNames.contains(written)) {
        ctx.error(
            at, QStringLiteral("drill.target: '%1' is both a node name and the role %1: rename that node in "
                               "nodes so the target is unambiguous")
                    .arg(written));
        return;
    }
    if (isRole) {
        drill.targetKind =
            written == u"leader" ? DrillSettings::TargetKind::Leader : DrillSettings::TargetKind::Follower;
        drill.targetNode.clear();
        return;
    }
    if (nodeNames.contains(written)) {
        drill.targetKind = DrillSettings::TargetKind::Node;
        drill.targetNode = written;
        return;
    }
    // Exact case is required: the name is matched as written everywhere else (reports, journal, ssh).
    const QStringList candidates =
        nodeNames + QStringList{QStringLiteral("leader"), QStringLiteral("follower")};
    const QString suggestion = closestKey(written, candidates);
    ctx.error(
        at, suggestion.isEmpty()
                ? QStringLiteral("drill.target: '%1' is not a node name, leader or follower: write one of %2")
                      .arg(written, orList(candidates))
                : QStringLiteral("drill.target: '%1' is not a node name, leader or follower — did you mean "
                                 "'%2'?")
                      .arg(written, suggestion));
}

// Every node the drill may stop: the target node, or all of them for leader/follower.
QList<const NodeDraft*> possibleTargets(const Draft& draft)
{
    QList<const NodeDraft*> nodes;
    const DrillSettings& drill = draft.config.drill;
    for (const NodeDraft& node : draft.nodes) {
        if (node.node.name.isEmpty())
            continue;
        if (drill.targetKind != DrillSettings::TargetKind::Node || node.node.name == drill.targetNode)
            nodes.append(&node);
    }
    return nodes;
}

void checkSshTargets(Context& ctx, const Draft& draft)
{
    const DrillSettings& drill = draft.config.drill;
    if (drill.transport != DrillSettings::Transport::Ssh)
        return;
    const int transportLine = ctx.placeOf.value(QStringLiteral("drill.transport")).line;
    QString why;
    if (drill.targetKind == DrillSettings::TargetKind::Leader)
        why = QStringLiteral("with drill.target leader any node can be the target");
    else if (drill.targetKind == DrillSettings::TargetKind::Follower)
        why = QStringLiteral("with drill.target follower any node can be the target");
    else if (draft.drillTarget)
        why = QStringLiteral("it is drill.target");
    else
        why = QStringLiteral("it is the drill's target (the last node, as drill.target is not set)");
    const QList<const NodeDraft*> targets = possibleTargets(draft);
    for (qsizetype i = 0; i < draft.nodes.size(); ++i) {
        const NodeDraft& node = draft.nodes[i];
        if (!node.node.sshHost.isEmpty() || !targets.contains(&node))
            continue;
        ctx.error(node.at,
                  QStringLiteral("nodes[%1] '%2' has no ssh, but drill.transport is ssh (line %3) and %4: "
                                 "add ssh: with user@host, or use transport: local")
                      .arg(i)
                      .arg(node.node.name)
                      .arg(transportLine)
                      .arg(why));
    }
}

void checkFaultSettings(Context& ctx, const Draft& draft)
{
    const DrillSettings& drill = draft.config.drill;
    const Location faultAt = ctx.placeOf.value(QStringLiteral("drill.fault"));
    switch (drill.fault) {
    case DrillSettings::Fault::Systemd:
        // A unit that was written but refused has its own message already.
        if (!ctx.placeOf.contains(QStringLiteral("drill.unit")))
            ctx.error(faultAt,
                      QStringLiteral("drill.fault is systemd, which needs drill.unit: add unit: with "
                                     "etcd's systemd unit, e.g. unit: etcd"));
        return;
    case DrillSettings::Fault::Command: {
        QStringList missing;
        if (!ctx.placeOf.contains(QStringLiteral("drill.stop-command")))
            missing.append(QStringLiteral("stop-command"));
        if (!ctx.placeOf.contains(QStringLiteral("drill.start-command")))
            missing.append(QStringLiteral("start-command"));
        if (!missing.isEmpty())
            ctx.error(faultAt, QStringLiteral("drill.fault is command, which needs drill.stop-command and "
                                              "drill.start-command: add %1")
                                   .arg(missing.join(QStringLiteral(" and "))));
        return;
    }
    case DrillSettings::Fault::StaticPod:
        break;
    }

    // kubelet runs every regular file directly in its staticPodPath (it skips only sub-folders and hidden
    // files), so a manifest "moved" into its own folder keeps etcd running.
    auto check = [&](const QString& manifest, const QString& backupDir, const QString& label, Location at) {
        if (QDir::cleanPath(QFileInfo(manifest).path()) != QDir::cleanPath(backupDir))
            return;
        ctx.error(at,
                  QStringLiteral("%1: the backup folder %2 is the manifest's own folder (%3): kubelet runs "
                                 "every manifest in it, so moving the manifest there would not stop etcd; "
                                 "choose a backup-dir elsewhere, e.g. /root/etcd-drill-backup")
                      .arg(label, backupDir, manifest));
    };
    auto placeOfEither = [&](const QString& first, const QString& second) {
        return ctx.placeOf.contains(first) ? std::pair{first, ctx.placeOf.value(first)}
                                           : std::pair{second, ctx.placeOf.value(second)};
    };
    const auto [drillLabel, drillAt] =
        placeOfEither(QStringLiteral("drill.backup-dir"), QStringLiteral("drill.manifest"));
    check(drill.manifest, drill.backupDir, drillLabel, drillAt);
    for (qsizetype i = 0; i < draft.nodes.size(); ++i) {
        const NodeConfig& node = draft.nodes[i].node;
        if (node.manifest.isEmpty() && node.backupDir.isEmpty())
            continue;
        const QString prefix = QStringLiteral("nodes[%1].").arg(i);
        const auto [label, at] =
            placeOfEither(prefix + QStringLiteral("backup-dir"), prefix + QStringLiteral("manifest"));
        check(drill.manifestOn(node), drill.backupDirOn(node), label, at);
    }
}

void checkDrill(Context& ctx, Draft& draft, const QString& defaultJournalDir)
{
    resolveDrillTarget(ctx, draft);
    checkSshTargets(ctx, draft);
    checkFaultSettings(ctx, draft);
    if (draft.journalDir) {
        const QFileInfo info(draft.journalDir->path);
        if (info.exists() && !info.isDir())
            ctx.error(draft.journalDir->at,
                      QStringLiteral("%1: %2 is a file, not a folder: name the folder drill journals go to")
                          .arg(draft.journalDir->label, shownPath(*draft.journalDir)));
        draft.config.drill.journalDir = draft.journalDir->path;
    } else {
        draft.config.drill.journalDir = defaultJournalDir;
    }
}

// Errors in file order; those without a place (from the environment) last.
ConfigLoadResult finish(Context& ctx, Draft& draft)
{
    std::stable_sort(ctx.errors.begin(), ctx.errors.end(), [](const ConfigError& a, const ConfigError& b) {
        const int lineA = a.line > 0 ? a.line : std::numeric_limits<int>::max();
        const int lineB = b.line > 0 ? b.line : std::numeric_limits<int>::max();
        return lineA != lineB ? lineA < lineB : a.column < b.column;
    });
    ConfigLoadResult result;
    result.errors = ctx.errors;
    if (ctx.errors.isEmpty()) {
        for (const NodeDraft& node : draft.nodes)
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
    Context ctx;
    ctx.fileName = fileName;
    ctx.baseDir = info.absolutePath();
    ctx.homeDir = m_environment.value(QStringLiteral("HOME"), QDir::homePath());
    Draft draft;
    draft.config.sourceFile = info.absoluteFilePath();

    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(yaml.toStdString());
    } catch (const YAML::Exception& e) {
        const Location at = e.mark.is_null() ? Location{} : Location{e.mark.line + 1, e.mark.column + 1};
        // yaml-cpp's messages name the grammar rule ("end of sequence not found"); the cause is nearly always
        // indentation or an unclosed quote at or just above the place it points to.
        ctx.error(at,
                  QStringLiteral("YAML syntax error: %1 — check the indentation and quotes here and on the "
                                 "lines above")
                      .arg(QString::fromStdString(e.msg)));
        return finish(ctx, draft);
    }
    if (documents.empty() || documents.front().IsNull()) {
        ctx.error(Location{},
                  QStringLiteral("the file is empty: a drill config needs at least cluster: and nodes: (%1)")
                      .arg(exampleHint()));
        return finish(ctx, draft);
    }
    if (documents.size() > 1)
        ctx.error(documents[1],
                  QStringLiteral("the file holds %1 YAML documents (separated by ---): put the drill "
                                 "config in one")
                      .arg(documents.size()));
    const YAML::Node& root = documents.front();
    if (!root.IsMap()) {
        ctx.error(root,
                  QStringLiteral("expected a mapping at the top level (cluster:, etcd:, nodes:), not %1")
                      .arg(shapeName(root)));
        return finish(ctx, draft);
    }

    try {
        readMapping<Draft>(ctx, root, QString(), topLevelFields, draft);
    } catch (const YAML::Exception& e) {
        // yaml-cpp throws on conversions we do not use; kept as a message so a surprise never escapes.
        ctx.error(Location{},
                  QStringLiteral("cannot read the config: %1").arg(QString::fromStdString(e.msg)));
        return finish(ctx, draft);
    }
    checkDuplicates(ctx, draft.nodes);
    if (!draft.tlsWritten && anyHttps(draft.nodes))
        chooseFallbackTls(ctx, draft, m_environment, m_kubeadmPkiDir,
                          QStringLiteral(" (used because the file has no etcd.tls)"));
    draft.config.etcd.tls = checkTlsFiles(ctx, draft.ca, draft.cert, draft.key);
    checkApiserverFiles(ctx, draft);
    checkProbeTargets(ctx, draft);
    checkDrill(ctx, draft, defaultJournalDir());
    return finish(ctx, draft);
}

ConfigLoadResult ConfigLoader::fromEnvironment() const
{
    Context ctx;
    Draft draft;
    // kubeadm's default clusterName: the environment is most often a kubeadm control-plane node's shell.
    draft.config.clusterName = QStringLiteral("kubernetes");

    const QString variable = QStringLiteral("ETCDCTL_ENDPOINTS");
    QStringList endpoints;
    for (const QString& part : m_environment.value(variable).split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            endpoints.append(part.trimmed());
    }
    if (endpoints.isEmpty()) {
        ctx.error(Location{},
                  QStringLiteral("ETCDCTL_ENDPOINTS is not set: name a drill config (%1) or export "
                                 "ETCDCTL_ENDPOINTS=https://host:2379,…")
                      .arg(exampleHint()));
        return finish(ctx, draft);
    }
    if (endpoints.size() > maxNodes)
        ctx.error(Location{},
                  QStringLiteral("ETCDCTL_ENDPOINTS lists %1 endpoints; etcd-drill drills clusters of 1 "
                                 "to %2 members")
                      .arg(endpoints.size())
                      .arg(maxNodes));

    QSet<QString> identities;
    for (const QString& text : endpoints) {
        QString why;
        NodeDraft node;
        node.endpoint = parseEndpoint(text, false, true, &why);
        if (!node.endpoint) {
            ctx.error(Location{}, endpointProblem(variable, text, why));
            continue;
        }
        if (identities.contains(node.endpoint->identity())) {
            ctx.error(Location{},
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
    for (const NodeDraft& node : std::as_const(draft.nodes)) {
        const QString host = node.endpoint->host().toLower();
        hostsAreNames = hostsAreNames && validName.match(host).hasMatch() && !hosts.contains(host);
        hosts.insert(host);
    }
    for (qsizetype i = 0; i < draft.nodes.size(); ++i)
        draft.nodes[i].node.name =
            hostsAreNames ? draft.nodes[i].endpoint->host() : QStringLiteral("etcd-%1").arg(i + 1);

    if (anyHttps(draft.nodes))
        chooseFallbackTls(ctx, draft, m_environment, m_kubeadmPkiDir, QString());
    draft.config.etcd.tls = checkTlsFiles(ctx, draft.ca, draft.cert, draft.key);
    checkDrill(ctx, draft, defaultJournalDir());
    return finish(ctx, draft);
}

} // namespace etcddrill
