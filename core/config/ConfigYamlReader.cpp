#include "ConfigYamlReader.h"

#include "Duration.h"

#include <QDir>
#include <QRegularExpression>

#include <limits>

namespace etcddrill {

namespace {

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

} // namespace

ConfigYamlReader::ConfigYamlReader(QString fileName, QString baseDir, QString homeDir)
    : m_fileName(std::move(fileName)), m_baseDir(std::move(baseDir)), m_homeDir(std::move(homeDir))
{
}

void ConfigYamlReader::error(ConfigLocation at, const QString& message)
{
    m_errors.append({m_fileName, at.line, at.column, message});
}

ConfigLocation ConfigYamlReader::locationOf(const YAML::Node& node)
{
    const YAML::Mark mark = node.Mark();
    if (mark.is_null())
        return {};
    return {mark.line + 1, mark.column + 1};
}

QString ConfigYamlReader::textOf(const YAML::Node& scalar)
{
    return QString::fromStdString(scalar.Scalar());
}

QString ConfigYamlReader::shapeName(const YAML::Node& node)
{
    if (node.IsSequence())
        return QStringLiteral("a list");
    if (node.IsMap())
        return QStringLiteral("a mapping");
    return QStringLiteral("a single value");
}

bool ConfigYamlReader::hasShape(const YAML::Node& node, Shape shape)
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

QString ConfigYamlReader::closestKey(const QString& unknown, const QStringList& valid)
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

QString ConfigYamlReader::orList(const QStringList& items)
{
    if (items.size() < 2)
        return items.join(QString());
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") + items.last();
}

std::optional<QString> ConfigYamlReader::readText(const Entry& entry)
{
    const QString text = textOf(entry.value).trimmed();
    if (text.isEmpty()) {
        error(entry.at, QStringLiteral("%1 is empty: give it a value or remove the key").arg(entry.path));
        return std::nullopt;
    }
    if (text.contains(u'\n')) {
        error(entry.at, QStringLiteral("%1 must fit on one line").arg(entry.path));
        return std::nullopt;
    }
    return text;
}

std::optional<std::chrono::milliseconds> ConfigYamlReader::readDuration(const Entry& entry,
                                                                        std::chrono::milliseconds min,
                                                                        std::chrono::milliseconds max,
                                                                        const QString& range)
{
    QString problem;
    const auto value = Duration::parse(textOf(entry.value), &problem);
    if (!value) {
        error(entry.at, QStringLiteral("%1: %2").arg(entry.path, problem));
        return std::nullopt;
    }
    if (*value < min || *value > max) {
        error(entry.at, QStringLiteral("%1 must be %2, not %3").arg(entry.path, range, textOf(entry.value)));
        return std::nullopt;
    }
    return value;
}

// YAML 1.2's core schema booleans only: "yes"/"on" mean true in YAML 1.1 and nothing in 1.2, so they are
// refused rather than guessed.
std::optional<bool> ConfigYamlReader::readBool(const Entry& entry)
{
    const QString text = textOf(entry.value);
    if (text == u"true" || text == u"True" || text == u"TRUE")
        return true;
    if (text == u"false" || text == u"False" || text == u"FALSE")
        return false;
    error(entry.at, QStringLiteral("%1: expected true or false, not '%2'").arg(entry.path, text));
    return std::nullopt;
}

std::optional<qint64> ConfigYamlReader::readInteger(const Entry& entry, qint64 min, qint64 max,
                                                    const QString& range)
{
    static const QRegularExpression integer(QStringLiteral("^[+-]?[0-9]{1,18}$"));
    const QString text = textOf(entry.value).trimmed();
    if (!integer.match(text).hasMatch()) {
        error(entry.at,
              QStringLiteral("%1: expected a whole number (%2), not '%3'").arg(entry.path, range, text));
        return std::nullopt;
    }
    const qint64 value = text.toLongLong();
    if (value < min || value > max) {
        error(entry.at, QStringLiteral("%1 must be %2, not %3").arg(entry.path, range, text));
        return std::nullopt;
    }
    return value;
}

namespace {

// `text` as a share from 0 to 1, or nullopt with what is wrong (completing "<path>…").
std::optional<double> percentageOf(const QString& text, QString* why)
{
    static const QRegularExpression percentage(QStringLiteral("^([+-]?[0-9]+(?:\\.[0-9]+)?)\\s*(%?)$"));
    const QRegularExpressionMatch match = percentage.match(text);
    if (!match.hasMatch()) {
        *why = QStringLiteral(": expected a percentage such as 1% or 99.9%, not '%1'").arg(text);
        return std::nullopt;
    }
    if (match.captured(2).isEmpty()) {
        *why = QStringLiteral(
                   ": '%1' has no % sign: write it as a percentage, e.g. %1% (or %2% for a share of %1)")
                   .arg(text, QString::number(match.captured(1).toDouble() * 100.0));
        return std::nullopt;
    }
    const double value = match.captured(1).toDouble();
    if (value < 0.0 || value > 100.0) {
        *why = QStringLiteral(" must be between 0% and 100%, not %1").arg(text);
        return std::nullopt;
    }
    return value / 100.0;
}

} // namespace

std::optional<double> ConfigYamlReader::readPercentage(const Entry& entry)
{
    QString why;
    const std::optional<double> share = percentageOf(textOf(entry.value).trimmed(), &why);
    if (!share)
        error(entry.at, entry.path + why);
    return share;
}

std::optional<ErrorRateLimit> ConfigYamlReader::readErrorRateLimit(const Entry& entry)
{
    static const QRegularExpression form(QStringLiteral("^(.+?)\\s+for\\s+(\\S+)$"));
    const QString text = textOf(entry.value).trimmed();
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch()) {
        error(entry.at, QStringLiteral("%1: expected a share of failed probes held for a time, such as "
                                       "'50% for 10s', not '%2'")
                            .arg(entry.path, text));
        return std::nullopt;
    }
    QString why;
    const std::optional<double> share = percentageOf(match.captured(1), &why);
    if (!share) {
        error(entry.at, entry.path + why);
        return std::nullopt;
    }
    if (*share <= 0.0) {
        error(entry.at,
              QStringLiteral("%1: a share of 0% would stop every drill: write more than 0%, such as "
                             "50% for 10s")
                  .arg(entry.path));
        return std::nullopt;
    }
    const std::optional<std::chrono::milliseconds> held = Duration::parse(match.captured(2), &why);
    if (!held || *held < std::chrono::seconds(1) || *held > std::chrono::hours(1)) {
        error(entry.at,
              QStringLiteral("%1: the time after 'for' must be a duration between 1s and 1h, such as "
                             "10s, not '%2'%3")
                  .arg(entry.path, match.captured(2), held ? QString() : QStringLiteral(" (%1)").arg(why)));
        return std::nullopt;
    }
    return ErrorRateLimit{*share, *held};
}

QString ConfigYamlReader::resolvePath(const QString& written) const
{
    QString path = written;
    if (path == u"~" || path.startsWith(QLatin1String("~/")))
        path = m_homeDir + path.mid(1);
    return QDir::cleanPath(QDir(m_baseDir).absoluteFilePath(path));
}

void ConfigYamlReader::readLocalPath(const Entry& entry, std::optional<ConfigLocalPath>& into)
{
    if (const auto text = readText(entry))
        into = ConfigLocalPath{entry.path, *text, resolvePath(*text), entry.at};
}

std::optional<QString> ConfigYamlReader::readNodePath(const Entry& entry, NodePathKind kind)
{
    const auto text = readText(entry);
    if (!text)
        return std::nullopt;
    const QString example = kind == NodePathKind::File ? QStringLiteral("/etc/kubernetes/manifests/etcd.yaml")
                                                       : QStringLiteral("/root/etcd-drill-backup");
    if (!text->startsWith(u'/')) {
        error(entry.at, QStringLiteral("%1: '%2' is not an absolute path: it is a path on the node, so write "
                                       "it in full from /, e.g. %3%4")
                            .arg(entry.path, *text, example,
                                 text->startsWith(u'~') ? QStringLiteral(" (~ is not expanded on the node)")
                                                        : QString()));
        return std::nullopt;
    }
    if (kind == NodePathKind::File && (text->endsWith(u'/') || QDir::cleanPath(*text) == u"/")) {
        error(entry.at, QStringLiteral("%1: '%2' names a folder: name the manifest file itself, e.g. %3")
                            .arg(entry.path, *text, example));
        return std::nullopt;
    }
    return *text;
}

void ConfigYamlReader::checkCertificatePair(const Entry& entry, bool hasCert, bool hasKey,
                                            const QString& emptyHint)
{
    if (hasCert && !hasKey)
        error(entry.at, QStringLiteral("%1 has cert but no key: add key: with the certificate's private key")
                            .arg(entry.path));
    else if (hasKey && !hasCert)
        error(
            entry.at,
            QStringLiteral("%1 has key but no cert: add cert: with the client certificate").arg(entry.path));
    else if (entry.value.size() == 0)
        error(entry.at, QStringLiteral("%1 is empty: %2").arg(entry.path, emptyHint));
}

} // namespace etcddrill
