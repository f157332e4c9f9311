// Reads the YAML nodes of one drill config into typed values and collects every problem with its file, line
// and column instead of stopping at the first. A mapping is read against a table of its keys (FieldSpec:
// shape, required, what is expected, how to read the value): unknown keys get the closest valid one, keys
// given twice and missing required keys are reported. The value readers check a text, a duration, a
// boolean, a whole number, one of a set of words, a local path (resolved against the config's folder) and a
// path on a node. Where each key's value lies is kept (placeOf) for the checks that look at several keys
// once the whole file is read.
//
// Part of ConfigLoader's implementation: it names yaml-cpp types, so only core/config's sources include it.
// Thread: the thread of one load. Owner: that load (ConfigLoader::load, a local).
#pragma once

#include "ConfigError.h"
#include "ConfigLocalPath.h"
#include "ConfigLocation.h"
#include "ErrorRateLimit.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <span>

namespace etcddrill {

class ConfigYamlReader
{
public:
    enum class Shape { Scalar, Mapping, Sequence };

    struct Entry
    {
        YAML::Node key;
        YAML::Node value;
        QString path;      // "etcd.timeout", "nodes[1].name": how messages name the key
        ConfigLocation at; // the value's place
    };

    // One key of a mapping. To add a section: write its table and a reader that calls readMapping() with
    // it, then list the section's key in the parent's table.
    template <typename Target> struct FieldSpec
    {
        const char* key;
        Shape shape;
        bool required;
        const char* expected; // "a duration like 500ms": completes "expected …" and "add key: with …"
        void (*read)(ConfigYamlReader&, const Entry&, Target&);
        // A key that is refused with its own message (read() reports it, whatever the value) instead of as
        // an unknown key, and that is never suggested or listed as valid.
        bool refused = false;
    };

    template <typename Value> struct Choice
    {
        const char* text;
        Value value;
    };

    enum class NodePathKind { File, Folder };

    // fileName: as shown in messages (empty for a config from the environment); baseDir: where relative
    // local paths start; homeDir: what "~/" in local paths expands to.
    ConfigYamlReader(QString fileName = {}, QString baseDir = {}, QString homeDir = {});

    const QString& fileName() const { return m_fileName; }
    const QList<ConfigError>& errors() const { return m_errors; }

    void error(ConfigLocation at, const QString& message);
    void error(const YAML::Node& at, const QString& message) { error(locationOf(at), message); }

    // Where the value of a key that was read lies ("drill.fault", "nodes[2].ssh"); {} when it was not.
    ConfigLocation placeOf(const QString& path) const { return m_placeOf.value(path); }
    bool hasPlace(const QString& path) const { return m_placeOf.contains(path); }

    // Reads every key of `mapping` with the reader of its entry in `fields`; section names the mapping in
    // messages ("" at the top level).
    template <typename Target>
    void readMapping(const YAML::Node& mapping, const QString& section,
                     std::span<const FieldSpec<Target>> fields, Target& target);

    // A one-line, non-empty text; reports and returns nullopt otherwise.
    std::optional<QString> readText(const Entry& entry);
    // range completes "must be …" ("between 50ms and 60s").
    std::optional<std::chrono::milliseconds> readDuration(const Entry& entry, std::chrono::milliseconds min,
                                                          std::chrono::milliseconds max,
                                                          const QString& range);
    std::optional<bool> readBool(const Entry& entry);
    // A whole number in [min, max]; range completes "must be …" ("between 1 and 100").
    std::optional<qint64> readInteger(const Entry& entry, qint64 min, qint64 max, const QString& range);
    // A percentage from 0% to 100% written with its % sign ("1%", "99.9 %"), as a share from 0 to 1.
    std::optional<double> readPercentage(const Entry& entry);
    // "50% for 10s": a share of failed probes (more than 0%) held for a time (1s to 1h).
    std::optional<ErrorRateLimit> readErrorRateLimit(const Entry& entry);
    // One of a fixed set of words, written exactly (they are lower case); a near miss gets a suggestion.
    template <typename Value>
    std::optional<Value> readChoice(const Entry& entry, std::span<const Choice<Value>> choices);
    // A local path, resolved against the config's folder.
    void readLocalPath(const Entry& entry, std::optional<ConfigLocalPath>& into);
    // A path ON A NODE (the etcd manifest, the backup folder): it cannot be resolved or checked here,
    // because the drill may run elsewhere (ssh); the drill engine checks it on the node before the fault.
    // Only its form is checked: absolute, and a file name where a file is meant.
    std::optional<QString> readNodePath(const Entry& entry, NodePathKind kind);
    // For a TLS mapping (etcd.tls, apiserver): a client certificate needs its key and the other way round;
    // an empty mapping says what belongs in it (emptyHint).
    void checkCertificatePair(const Entry& entry, bool hasCert, bool hasKey, const QString& emptyHint);

    // yaml-cpp counts lines and columns from 0; editors and our messages from 1.
    static ConfigLocation locationOf(const YAML::Node& node);
    static QString textOf(const YAML::Node& scalar);
    static QString shapeName(const YAML::Node& node); // "a list", "a mapping", "a single value"
    // The valid key a typo most likely meant, or empty when none is close. Case and '_' vs '-' do not count
    // as typos: "Poll_Interval" suggests "poll-interval".
    static QString closestKey(const QString& unknown, const QStringList& valid);
    // "a, b or c": the choices of a key in a message.
    static QString orList(const QStringList& items);

private:
    static bool hasShape(const YAML::Node& node, Shape shape);
    QString resolvePath(const QString& written) const;

    QString m_fileName;
    QString m_baseDir;
    QString m_homeDir;
    QList<ConfigError> m_errors;
    QHash<QString, ConfigLocation> m_placeOf;
};

template <typename Target>
void ConfigYamlReader::readMapping(const YAML::Node& mapping, const QString& section,
                                   std::span<const FieldSpec<Target>> fields, Target& target)
{
    const QString where =
        section.isEmpty() ? QStringLiteral("at the top level") : QStringLiteral("in '%1'").arg(section);
    QStringList validKeys;
    for (const auto& field : fields) {
        if (!field.refused)
            validKeys.append(QString::fromLatin1(field.key));
    }

    QHash<QString, ConfigLocation> seen;
    for (const auto& item : mapping) {
        const YAML::Node key = item.first;
        const YAML::Node value = item.second;
        if (!key.IsScalar()) {
            error(key, QStringLiteral("keys %1 must be plain names, not %2").arg(where, shapeName(key)));
            continue;
        }
        const QString name = textOf(key);
        const auto field = std::find_if(fields.begin(), fields.end(),
                                        [&](const auto& f) { return name == QLatin1String(f.key); });
        if (field == fields.end()) {
            const QString suggestion = closestKey(name, validKeys);
            error(key, suggestion.isEmpty() ? QStringLiteral("unknown key '%1' %2 — valid keys: %3")
                                                  .arg(name, where, validKeys.join(QStringLiteral(", ")))
                                            : QStringLiteral("unknown key '%1' %2 — did you mean '%3'?")
                                                  .arg(name, where, suggestion));
            continue;
        }
        if (const auto first = seen.constFind(name); first != seen.constEnd()) {
            error(key, QStringLiteral("key '%1' appears twice %2 (first at line %3): keep one")
                           .arg(name, where)
                           .arg(first->line));
            continue;
        }
        seen.insert(name, locationOf(key));

        const QString path = section.isEmpty() ? name : section + u'.' + name;
        if (field->refused) {
            field->read(*this, Entry{key, value, path, locationOf(key)}, target);
            continue;
        }
        const ConfigLocation at = value.IsNull() ? locationOf(key) : locationOf(value);
        const QString expected = QString::fromUtf8(field->expected);
        if (value.IsNull()) {
            error(at, QStringLiteral("%1 is empty: expected %2").arg(path, expected));
            continue;
        }
        if (!hasShape(value, field->shape)) {
            error(at, QStringLiteral("%1: expected %2, not %3").arg(path, expected, shapeName(value)));
            continue;
        }
        m_placeOf.insert(path, at);
        field->read(*this, Entry{key, value, path, at}, target);
    }

    for (const auto& field : fields) {
        const QString name = QString::fromLatin1(field.key);
        if (field.required && !seen.contains(name))
            error(mapping, QStringLiteral("missing required key '%1' %2: add %1: with %3")
                               .arg(name, where, QString::fromUtf8(field.expected)));
    }
}

template <typename Value>
std::optional<Value> ConfigYamlReader::readChoice(const Entry& entry, std::span<const Choice<Value>> choices)
{
    const QString text = textOf(entry.value).trimmed();
    QStringList words;
    for (const auto& choice : choices) {
        if (text == QLatin1String(choice.text))
            return choice.value;
        words.append(QString::fromLatin1(choice.text));
    }
    const QString suggestion = closestKey(text, words);
    error(entry.at, suggestion.isEmpty()
                        ? QStringLiteral("%1: '%2' is not one of %3").arg(entry.path, text, orList(words))
                        : QStringLiteral("%1: '%2' is not one of %3 — did you mean '%4'?")
                              .arg(entry.path, text, orList(words), suggestion));
    return std::nullopt;
}

} // namespace etcddrill
