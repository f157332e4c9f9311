// Reads the cluster snapshots a journal holds (snapshot lines, and cluster-event lines that carry a whole
// snapshot) into the report's member tables: each endpoint as a member with its node name (the endpoint's
// own, else the configured node of that endpoint, else the member name), role, raft figures and error;
// members the member list knows but no endpoint reported; and the etcd versions seen. A member that did not
// answer has zeros in the journal: they become "not known" (-1) here.
// Thread: any. Owner: ReportBuilder, for one build.
#pragma once

#include "ReportModel.h"
#include "drill/JournalReadResult.h"
#include "i18n/TextTranslator.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace etcddrill {

class ReportSnapshotReader
{
    ETCDDRILL_TR_FUNCTIONS(ReportBuilder) // the texts keep the context they were translated under

public:
    explicit ReportSnapshotReader(const TextTranslator& translator) : m_translator(translator) {}

    // The configured nodes' etcd endpoints (drill-started), to name an endpoint that does not name itself.
    void setNodeByEndpoint(const QHash<QString, QString>& nodeByEndpoint)
    {
        m_nodeByEndpoint = nodeByEndpoint;
    }

    // The snapshot `json` of line `e` (nullopt when it is empty); `label` as journaled ("" → "snapshot").
    std::optional<ReportSnapshot> read(const JournalEntry& e, const QString& label, const QJsonObject& json);

    // The versions of the members that answered, in order of first sight.
    const QStringList& etcdVersions() const { return m_etcdVersions; }

private:
    const TextTranslator& translator() const { return m_translator; }
    QString nodeName(const QJsonObject& endpoint) const;

    TextTranslator m_translator;
    QHash<QString, QString> m_nodeByEndpoint;
    QStringList m_etcdVersions;
};

} // namespace etcddrill
