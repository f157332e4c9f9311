// The notify: section of a drill config: the team's chat robots and webhooks that are told when a drill
// starts, at each gate confirmation, when the target is stopped, when a stop condition fires or the drill is
// aborted, and its verdict. A webhook URL is a secret (its path or query holds the robot's token): it comes
// from a file (url-file) or an environment variable (url-env), never from the config file itself, and is read
// only by the notifier, which never writes it anywhere. A value type.
#pragma once

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <chrono>

namespace etcddrill {

struct NotifyTarget
{
    enum class Format {
        Webhook,  // generic JSON POST: {"source": "etcd-drill", "event", "cluster", "step", "operator", …}
        Slack,    // Slack incoming webhook: {"text"}
        DingTalk, // 钉钉 custom robot: {"msgtype": "text", "text": {"content"}}, optional signing secret
        Feishu, // 飞书 / Lark custom bot: {"msg_type": "text", "content": {"text"}}, optional signing secret
        WeCom,  // 企业微信 group robot: {"msgtype": "text", "text": {"content"}}
    };

    QString name; // unique: how the journal and messages name it ("sre-dingtalk")
    Format format = Format::Webhook;
    QString urlFile;    // absolute; the first line is the URL
    QString urlEnv;     // or the variable holding it
    QString secretFile; // DingTalk's and Feishu's signing secret ("加签"), when the robot requires one
    QString secretEnv;
    QStringList events; // of kEvents; empty: all
    int line = 0;       // where it is written, for messages

    // The events a message is sent for: "start", "gate", "stop", "stop-condition", "abort", "verdict".
    static const QStringList& allEvents();
    static QString formatName(Format format); // "webhook", "slack", "dingtalk", "feishu", "wecom"
    bool wants(const QString& event) const { return events.isEmpty() || events.contains(event); }
    // A URL or secret from its file's first line or its variable (whichever is given); empty with *error
    // (which never holds the value) when there is none.
    static QString readSecret(const QString& file, const QString& variable,
                              const QProcessEnvironment& environment, QString* error);
};

struct NotifySettings
{
    static constexpr std::chrono::milliseconds defaultTimeout{5000};
    static constexpr std::chrono::milliseconds minimumTimeout{200};
    static constexpr std::chrono::milliseconds maximumTimeout{60000};

    QList<NotifyTarget> targets;
    std::chrono::milliseconds timeout = defaultTimeout; // per message, connect to answer
};

} // namespace etcddrill
