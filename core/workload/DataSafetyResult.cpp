#include "DataSafetyResult.h"

#include <QJsonArray>

namespace etcddrill {

namespace {

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<double> numberOf(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringsOf(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

int integer(const QJsonObject& json, const char* key)
{
    return json.value(QLatin1String(key)).toInt();
}

} // namespace

QJsonObject DataSafetyResult::toJson() const
{
    QJsonArray findingList;
    for (const Finding& f : findings)
        findingList.append(QJsonObject{{QStringLiteral("what"), f.what},
                                       {QStringLiteral("key"), f.key},
                                       {QStringLiteral("revision"), double(f.revision)},
                                       {QStringLiteral("member"), f.member},
                                       {QStringLiteral("sequence"), double(f.sequence)}});
    QJsonArray hashList;
    for (const MemberHash& h : hashes) {
        QJsonObject item{{QStringLiteral("member"), h.member}, {QStringLiteral("answered"), h.answered}};
        if (h.answered) {
            item.insert(QStringLiteral("hash"), double(h.hash));
            item.insert(QStringLiteral("compact_revision"), double(h.compactRevision));
        } else {
            item.insert(QStringLiteral("error"), h.error);
        }
        hashList.append(item);
    }
    QJsonArray phaseList;
    for (const Phase& p : phases)
        phaseList.append(QJsonObject{{QStringLiteral("phase"), p.name},
                                     {QStringLiteral("puts"), p.puts},
                                     {QStringLiteral("ok"), p.ok},
                                     {QStringLiteral("failed"), p.failed},
                                     {QStringLiteral("unknown"), p.unknown},
                                     {QStringLiteral("p50_ms"), optionalNumber(p.p50Ms)},
                                     {QStringLiteral("p99_ms"), optionalNumber(p.p99Ms)}});
    return QJsonObject{
        {QStringLiteral("prefix"), prefix},
        {QStringLiteral("rate"), rate},
        {QStringLiteral("puts"), puts},
        {QStringLiteral("acknowledged"), acknowledged},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("unknown"), unknown},
        {QStringLiteral("unknown_applied"), unknownApplied},
        {QStringLiteral("read_done"), readDone},
        {QStringLiteral("read_error"), readError},
        {QStringLiteral("members_read"), strings(membersRead)},
        {QStringLiteral("members_not_read"), strings(membersNotRead)},
        {QStringLiteral("lost"), lost},
        {QStringLiteral("foreign"), foreign},
        {QStringLiteral("order_violations"), orderViolations},
        {QStringLiteral("findings"), findingList},
        {QStringLiteral("watch"), QJsonObject{{QStringLiteral("watched"), watched},
                                              {QStringLiteral("events"), watchEvents},
                                              {QStringLiteral("opens"), strings(watchOpens)},
                                              {QStringLiteral("missing"), watchMissing},
                                              {QStringLiteral("duplicated"), watchDuplicated},
                                              {QStringLiteral("out_of_order"), watchOutOfOrder},
                                              {QStringLiteral("compacted"), watchCompacted},
                                              {QStringLiteral("complete"), watchComplete()}}},
        {QStringLiteral("hash"), QJsonObject{{QStringLiteral("revision"), double(hashRevision)},
                                             {QStringLiteral("attempts"), hashAttempts},
                                             {QStringLiteral("agree"), hashesAgree},
                                             {QStringLiteral("members"), hashList}}},
        {QStringLiteral("phases"), phaseList},
        {QStringLiteral("cleanup"), QJsonObject{{QStringLiteral("deleted"), double(deleted)},
                                                {QStringLiteral("done"), cleanedUp},
                                                {QStringLiteral("error"), cleanupError},
                                                {QStringLiteral("command"), cleanupCommand}}},
    };
}

DataSafetyResult DataSafetyResult::fromJson(const QJsonObject& json)
{
    DataSafetyResult r;
    r.prefix = json.value(QStringLiteral("prefix")).toString();
    r.rate = integer(json, "rate");
    r.puts = integer(json, "puts");
    r.acknowledged = integer(json, "acknowledged");
    r.failed = integer(json, "failed");
    r.unknown = integer(json, "unknown");
    r.unknownApplied = integer(json, "unknown_applied");
    r.readDone = json.value(QStringLiteral("read_done")).toBool();
    r.readError = json.value(QStringLiteral("read_error")).toString();
    r.membersRead = stringsOf(json.value(QStringLiteral("members_read")));
    r.membersNotRead = stringsOf(json.value(QStringLiteral("members_not_read")));
    r.lost = integer(json, "lost");
    r.foreign = integer(json, "foreign");
    r.orderViolations = integer(json, "order_violations");
    for (const QJsonValue& value : json.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = value.toObject();
        r.findings.append({f.value(QStringLiteral("what")).toString(),
                           f.value(QStringLiteral("key")).toString(),
                           qint64(f.value(QStringLiteral("revision")).toDouble()),
                           f.value(QStringLiteral("member")).toString(),
                           qint64(f.value(QStringLiteral("sequence")).toDouble())});
    }
    const QJsonObject watch = json.value(QStringLiteral("watch")).toObject();
    r.watched = watch.value(QStringLiteral("watched")).toBool();
    r.watchEvents = integer(watch, "events");
    r.watchOpens = stringsOf(watch.value(QStringLiteral("opens")));
    r.watchMissing = integer(watch, "missing");
    r.watchDuplicated = integer(watch, "duplicated");
    r.watchOutOfOrder = integer(watch, "out_of_order");
    r.watchCompacted = watch.value(QStringLiteral("compacted")).toBool();
    const QJsonObject hash = json.value(QStringLiteral("hash")).toObject();
    r.hashRevision = qint64(hash.value(QStringLiteral("revision")).toDouble());
    r.hashAttempts = integer(hash, "attempts");
    r.hashesAgree = hash.value(QStringLiteral("agree")).toBool();
    for (const QJsonValue& value : hash.value(QStringLiteral("members")).toArray()) {
        const QJsonObject h = value.toObject();
        r.hashes.append({h.value(QStringLiteral("member")).toString(),
                         h.value(QStringLiteral("answered")).toBool(),
                         quint32(h.value(QStringLiteral("hash")).toDouble()),
                         qint64(h.value(QStringLiteral("compact_revision")).toDouble()),
                         h.value(QStringLiteral("error")).toString()});
    }
    for (const QJsonValue& value : json.value(QStringLiteral("phases")).toArray()) {
        const QJsonObject p = value.toObject();
        r.phases.append({p.value(QStringLiteral("phase")).toString(), integer(p, "puts"), integer(p, "ok"),
                         integer(p, "failed"), integer(p, "unknown"),
                         numberOf(p.value(QStringLiteral("p50_ms"))),
                         numberOf(p.value(QStringLiteral("p99_ms")))});
    }
    const QJsonObject cleanup = json.value(QStringLiteral("cleanup")).toObject();
    r.deleted = qint64(cleanup.value(QStringLiteral("deleted")).toDouble());
    r.cleanedUp = cleanup.value(QStringLiteral("done")).toBool();
    r.cleanupError = cleanup.value(QStringLiteral("error")).toString();
    r.cleanupCommand = cleanup.value(QStringLiteral("command")).toString();
    return r;
}

} // namespace etcddrill
