#include "NotifySectionParser.h"

#include <QSet>

namespace etcddrill {

using namespace std::chrono_literals;

namespace {

using Entry = ConfigYamlReader::Entry;
using Shape = ConfigYamlReader::Shape;
template <typename Target> using FieldSpec = ConfigYamlReader::FieldSpec<Target>;
template <typename Value> using Choice = ConfigYamlReader::Choice<Value>;
using Webhook = ConfigDraft::Webhook;

constexpr Choice<NotifyTarget::Format> formatChoices[] = {
    {"webhook", NotifyTarget::Format::Webhook},   {"slack", NotifyTarget::Format::Slack},
    {"dingtalk", NotifyTarget::Format::DingTalk}, {"feishu", NotifyTarget::Format::Feishu},
    {"lark", NotifyTarget::Format::Feishu},       {"wecom", NotifyTarget::Format::WeCom},
};

bool isVariableName(const QString& name)
{
    if (name.isEmpty() || name.at(0).isDigit())
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

void readVariable(ConfigYamlReader& reader, const Entry& e, QString& into)
{
    const auto text = reader.readText(e);
    if (!text)
        return;
    if (!isVariableName(*text)) {
        reader.error(e.at, QStringLiteral("%1: '%2' is not an environment variable's name: write a name like "
                                          "DRILL_DINGTALK_WEBHOOK (letters, digits, _)")
                               .arg(e.path, *text));
        return;
    }
    into = *text;
}

constexpr FieldSpec<Webhook> webhookFields[] = {
    {"name", Shape::Scalar, true, "a name for it, e.g. sre-dingtalk",
     [](ConfigYamlReader& reader, const Entry& e, Webhook& w) {
         if (const auto text = reader.readText(e))
             w.target.name = *text;
     }},
    {"format", Shape::Scalar, true, "webhook, slack, dingtalk, feishu or wecom",
     [](ConfigYamlReader& reader, const Entry& e, Webhook& w) {
         if (const auto v = reader.readChoice<NotifyTarget::Format>(e, formatChoices))
             w.target.format = *v;
     }},
    {"url-file", Shape::Scalar, false, "the path of a file holding the webhook's URL",
     [](ConfigYamlReader& reader, const Entry& e, Webhook& w) { reader.readLocalPath(e, w.urlFile); }},
    {"url-env", Shape::Scalar, false, "the name of an environment variable holding the webhook's URL",
     [](ConfigYamlReader& reader, const Entry& e, Webhook& w) { readVariable(reader, e, w.target.urlEnv); }},
    {"secret-file", Shape::Scalar, false, "the path of a file holding the robot's signing secret",
     [](ConfigYamlReader& reader, const Entry& e, Webhook& w) { reader.readLocalPath(e, w.secretFile); }},
    {"secret-env", Shape::Scalar, false, "the name of an environment variable holding the signing secret",
     [](ConfigYamlReader& reader, const Entry& e, Webhook& w) {
         readVariable(reader, e, w.target.secretEnv);
     }},
    {"events", Shape::Sequence, false, "a list of events: start, gate, stop, stop-condition, abort, verdict",
     [](ConfigYamlReader& reader, const Entry& e, Webhook& w) {
         int index = 0;
         for (const auto& item : e.value) {
             const QString path = QStringLiteral("%1[%2]").arg(e.path).arg(index++);
             const QString event = item.IsScalar() ? ConfigYamlReader::textOf(item) : QString();
             if (!NotifyTarget::allEvents().contains(event)) {
                 reader.error(item,
                              QStringLiteral("%1: '%2' is not an event: write one of %3")
                                  .arg(path, event, ConfigYamlReader::orList(NotifyTarget::allEvents())));
                 continue;
             }
             if (!w.target.events.contains(event))
                 w.target.events << event;
         }
     }},
    // A URL or a secret in the file would leak with it (configs are shared, pasted into tickets,
    // committed). The value is never echoed.
    {"url", Shape::Scalar, false, "",
     [](ConfigYamlReader& reader, const Entry& e, Webhook&) {
         reader.error(e.at,
                      QStringLiteral("%1: a webhook's URL holds the robot's token and does not belong in "
                                     "the config file, which gets shared: put it in a file only you can "
                                     "read (url-file:) or an environment variable (url-env:)")
                          .arg(e.path));
     },
     true},
    {"secret", Shape::Scalar, false, "",
     [](ConfigYamlReader& reader, const Entry& e, Webhook&) {
         reader.error(e.at,
                      QStringLiteral("%1: a signing secret does not belong in the config file, which gets "
                                     "shared: use secret-file: or secret-env:")
                          .arg(e.path));
     },
     true},
};

void readWebhooks(ConfigYamlReader& reader, const Entry& entry, ConfigDraft& draft)
{
    int index = 0;
    for (const auto& item : entry.value) {
        const QString section = QStringLiteral("%1[%2]").arg(entry.path).arg(index++);
        if (!item.IsMap()) {
            reader.error(item,
                         QStringLiteral("%1: expected a webhook (a mapping with name:, format: and url-file: "
                                        "or url-env:), not %2")
                             .arg(section, item.IsNull() ? QStringLiteral("nothing")
                                                         : ConfigYamlReader::shapeName(item)));
            continue;
        }
        Webhook webhook;
        webhook.path = section;
        webhook.at = ConfigYamlReader::locationOf(item);
        webhook.target.line = webhook.at.line;
        reader.readMapping<Webhook>(item, section, webhookFields, webhook);
        draft.webhooks.append(webhook);
    }
}

constexpr FieldSpec<ConfigDraft> notifyFields[] = {
    {"timeout", Shape::Scalar, false, "a duration like 5s",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         if (const auto v =
                 reader.readDuration(e, NotifySettings::minimumTimeout, NotifySettings::maximumTimeout,
                                     QStringLiteral("between 200ms and 60s")))
             d.config.notify.timeout = *v;
     }},
    {"webhooks", Shape::Sequence, false, "a list of webhooks (name:, format:, url-file: or url-env:, …)",
     readWebhooks},
};

} // namespace

void NotifySectionParser::read(ConfigYamlReader& reader, const ConfigYamlReader::Entry& entry,
                               ConfigDraft& draft)
{
    reader.readMapping<ConfigDraft>(entry.value, entry.path, notifyFields, draft);
}

void NotifySectionParser::check(ConfigYamlReader& reader, ConfigDraft& draft)
{
    QSet<QString> names;
    for (Webhook& w : draft.webhooks) {
        NotifyTarget& t = w.target;
        if (!t.name.isEmpty()) {
            if (names.contains(t.name))
                reader.error(
                    w.at, QStringLiteral("%1: the name '%2' is taken by another webhook: give each its own "
                                         "name")
                              .arg(w.path, t.name));
            names.insert(t.name);
        }
        if (w.urlFile.has_value() == !t.urlEnv.isEmpty()) {
            reader.error(w.at, w.urlFile
                                   ? QStringLiteral("%1: give url-file: or url-env:, not both").arg(w.path)
                                   : QStringLiteral("%1: add url-file: (a file holding the webhook's URL) or "
                                                    "url-env: (an environment variable holding it)")
                                         .arg(w.path));
        } else if (w.urlFile) {
            t.urlFile = w.urlFile->path;
        }
        // The URL (file or variable) and the secret are read when the drill starts (its preflight checks
        // them): `history`, `report` and `status` with this config need neither, nor the right to read them.
        const bool hasSecret = w.secretFile.has_value() || !t.secretEnv.isEmpty();
        if (w.secretFile && !t.secretEnv.isEmpty())
            reader.error(w.at, QStringLiteral("%1: give secret-file: or secret-env:, not both").arg(w.path));
        if (hasSecret && t.format != NotifyTarget::Format::DingTalk &&
            t.format != NotifyTarget::Format::Feishu)
            reader.error(
                w.at, QStringLiteral("%1: only dingtalk and feishu robots sign their messages with a secret: "
                                     "remove secret-file:/secret-env:")
                          .arg(w.path));
        if (w.secretFile)
            t.secretFile = w.secretFile->path;
        draft.config.notify.targets.append(t);
    }
}

} // namespace etcddrill
