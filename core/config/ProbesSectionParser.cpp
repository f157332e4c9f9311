#include "ProbesSectionParser.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace etcddrill {

using namespace std::chrono_literals;

namespace {

using Entry = ConfigYamlReader::Entry;
using Shape = ConfigYamlReader::Shape;
template <typename Target> using FieldSpec = ConfigYamlReader::FieldSpec<Target>;

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

void readTargetName(ConfigYamlReader& reader, const Entry& entry, ProbeTargetConfig& target)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._-]+$"));
    const auto text = reader.readText(entry);
    if (!text)
        return;
    if (!valid.match(*text).hasMatch()) {
        reader.error(entry.at,
                     QStringLiteral("%1: '%2' is not a valid probe target name: use only letters, digits, "
                                    "'.', '_' and '-', e.g. vip")
                         .arg(entry.path, *text));
        return;
    }
    target.name = *text;
}

void readTargetUrl(ConfigYamlReader& reader, const Entry& entry, ProbeTargetConfig& target)
{
    const auto text = reader.readText(entry);
    if (!text)
        return;
    const QString hint = QStringLiteral("write https://host:port/path, e.g. https://192.0.2.100:6443/readyz");
    const QUrl url(*text, QUrl::StrictMode);
    // Checked before anything that echoes the URL: a password in it must not reach a message.
    if (url.isValid() && !url.userInfo().isEmpty()) {
        reader.error(entry.at, QStringLiteral("%1: the URL holds a user name or password: remove it; probes "
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
    reader.error(entry.at,
                 QStringLiteral("%1: '%2' is not a probe URL%3: %4").arg(entry.path, *text, why, hint));
}

std::optional<std::chrono::milliseconds> readOutageLimit(ConfigYamlReader& reader, const Entry& entry,
                                                         bool zeroAllowed)
{
    return reader.readDuration(entry, zeroAllowed ? 0ms : 1ms, 1h,
                               zeroAllowed ? QStringLiteral("between 0s and 1h")
                                           : QStringLiteral("more than 0 and at most 1h"));
}

constexpr FieldSpec<ProbeTargetConfig> probeTargetFields[] = {
    {"name", Shape::Scalar, true, "a target name like vip", readTargetName},
    {"url", Shape::Scalar, true, "a URL like https://192.0.2.100:6443/readyz", readTargetUrl},
    {"interval", Shape::Scalar, false, "a duration like 100ms",
     [](ConfigYamlReader& reader, const Entry& e, ProbeTargetConfig& t) {
         if (const auto v = reader.readDuration(e, ProbeSettings::minimumInterval,
                                                ProbeSettings::maximumInterval, intervalRange()))
             t.interval = *v;
     }},
    {"timeout", Shape::Scalar, false, "a duration like 1s",
     [](ConfigYamlReader& reader, const Entry& e, ProbeTargetConfig& t) {
         if (const auto v = reader.readDuration(e, ProbeSettings::minimumTimeout,
                                                ProbeSettings::maximumTimeout, timeoutRange()))
             t.timeout = *v;
     }},
    {"keep-alive", Shape::Scalar, false, "true or false",
     [](ConfigYamlReader& reader, const Entry& e, ProbeTargetConfig& t) {
         if (const auto v = reader.readBool(e))
             t.keepAlive = *v;
     }},
    {"resolve", Shape::Scalar, false, "an IP address like 192.0.2.101",
     [](ConfigYamlReader& reader, const Entry& e, ProbeTargetConfig& t) {
         const auto text = reader.readText(e);
         if (!text)
             return;
         // The same parser the probe engine connects with, so what passes here connects there.
         if (QHostAddress(*text).isNull()) {
             reader.error(
                 e.at, QStringLiteral("%1: '%2' is not an IP address: write an IPv4 or IPv6 address such as "
                                      "192.0.2.101 or 2001:db8::1, without brackets or port")
                           .arg(e.path, *text));
             return;
         }
         t.resolveAddress = *text;
     }},
    {"max-outage", Shape::Scalar, false, "a duration like 5s",
     [](ConfigYamlReader& reader, const Entry& e, ProbeTargetConfig& t) {
         if (const auto v = readOutageLimit(reader, e, true))
             t.maxOutage = *v;
     }},
    {"abort-outage", Shape::Scalar, false, "a duration like 2m",
     [](ConfigYamlReader& reader, const Entry& e, ProbeTargetConfig& t) {
         if (const auto v = readOutageLimit(reader, e, false))
             t.abortOutage = *v;
     }},
    {"max-error-rate", Shape::Scalar, false, "a percentage like 1%",
     [](ConfigYamlReader& reader, const Entry& e, ProbeTargetConfig& t) {
         if (const auto v = reader.readPercentage(e))
             t.maxErrorRate = *v;
     }},
    {"abort-error-rate", Shape::Scalar, false, "a share held for a time, like 50% for 10s",
     [](ConfigYamlReader& reader, const Entry& e, ProbeTargetConfig& t) {
         if (const auto v = reader.readErrorRateLimit(e))
             t.abortErrorRate = *v;
     }},
    {"min-availability", Shape::Scalar, false, "a percentage like 99.9%",
     [](ConfigYamlReader& reader, const Entry& e, ProbeTargetConfig& t) {
         if (const auto v = reader.readPercentage(e))
             t.minAvailability = *v;
     }},
};

void readProbeTargets(ConfigYamlReader& reader, const Entry& entry, ConfigDraft& draft)
{
    int index = 0;
    for (const auto& item : entry.value) {
        const QString section = QStringLiteral("%1[%2]").arg(entry.path).arg(index++);
        if (!item.IsMap()) {
            reader.error(item,
                         QStringLiteral("%1: expected a probe target (a mapping with name: and url:), not %2")
                             .arg(section, item.IsNull() ? QStringLiteral("nothing")
                                                         : ConfigYamlReader::shapeName(item)));
            continue;
        }
        ProbeTargetConfig target;
        target.line = ConfigYamlReader::locationOf(item).line;
        reader.readMapping<ProbeTargetConfig>(item, section, probeTargetFields, target);
        draft.config.probes.targets.append(target);
    }
}

constexpr FieldSpec<ConfigDraft> probesFields[] = {
    {"interval", Shape::Scalar, false, "a duration like 100ms",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         if (const auto v = reader.readDuration(e, ProbeSettings::minimumInterval,
                                                ProbeSettings::maximumInterval, intervalRange()))
             d.config.probes.interval = *v;
     }},
    {"timeout", Shape::Scalar, false, "a duration like 1s",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         if (const auto v = reader.readDuration(e, ProbeSettings::minimumTimeout,
                                                ProbeSettings::maximumTimeout, timeoutRange()))
             d.config.probes.timeout = *v;
     }},
    {"outage-threshold", Shape::Scalar, false, "a number of failed samples like 1",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         if (const auto v = reader.readInteger(
                 e, 1, ProbeSettings::maximumOutageThreshold,
                 QStringLiteral("between 1 and %1").arg(ProbeSettings::maximumOutageThreshold)))
             d.config.probes.outageThreshold = int(*v);
     }},
    {"degraded-window", Shape::Scalar, false, "a duration like 5s",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         if (const auto v = reader.readDuration(e, std::chrono::seconds(1), std::chrono::minutes(10),
                                                QStringLiteral("between 1s and 10m")))
             d.config.probes.degradedWindow = *v;
     }},
    {"degraded-threshold", Shape::Scalar, false, "a percentage like 5%",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         const auto v = reader.readPercentage(e);
         if (v && (*v <= 0.0 || *v >= 1.0)) {
             reader.error(
                 e.at, QStringLiteral("%1 must be more than 0% and less than 100%, such as 5%").arg(e.path));
             return;
         }
         if (v)
             d.config.probes.degradedThreshold = *v;
     }},
    {"node-apiservers", Shape::Scalar, false, "true or false",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         if (const auto v = reader.readBool(e))
             d.config.probes.nodeApiservers = *v;
     }},
    {"path", Shape::Scalar, false, "a path like /readyz",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         static const QRegularExpression valid(QStringLiteral("^/[^\\s#]*$"));
         const auto text = reader.readText(e);
         if (!text)
             return;
         if (!valid.match(*text).hasMatch()) {
             reader.error(
                 e.at, QStringLiteral("%1 must be a path that starts with '/' and has no spaces or '#', e.g. "
                                      "/readyz, not '%2'")
                           .arg(e.path, *text));
             return;
         }
         d.config.probes.nodeApiserverPath = *text;
     }},
    {"targets", Shape::Sequence, false, "a list of probe targets (name:, url:, …)", readProbeTargets},
};

} // namespace

void ProbesSectionParser::read(ConfigYamlReader& reader, const ConfigYamlReader::Entry& entry,
                               ConfigDraft& draft)
{
    reader.readMapping<ConfigDraft>(entry.value, entry.path, probesFields, draft);
}

} // namespace etcddrill
