#include "DataSafetyLines.h"

#include "DrillText.h"

#include <algorithm>

namespace etcddrill {

namespace {

template <class... Args> LocalizedText tx(const char* source, const Args&... args)
{
    return DrillText::make(source, args...);
}

QString millis(const std::optional<double>& ms)
{
    return ms ? QString::number(*ms, 'f', *ms < 10 ? 1 : 0) : QStringLiteral("–");
}

const QStringList kLostKinds{QStringLiteral("missing"), QStringLiteral("other-value"),
                             QStringLiteral("other-revision")};
const QStringList kForeignKinds{QStringLiteral("unwritten-key"), QStringLiteral("overwritten"),
                                QStringLiteral("failed-but-applied"), QStringLiteral("deleted"),
                                QStringLiteral("unexplained-put")};

} // namespace

LocalizedText DataSafetyLines::findingName(const QString& what)
{
    if (what == QLatin1String("missing"))
        return tx(QT_TRANSLATE_NOOP("DrillText", "missing"));
    if (what == QLatin1String("other-value"))
        return tx(QT_TRANSLATE_NOOP("DrillText", "there with another value"));
    if (what == QLatin1String("other-revision"))
        return tx(QT_TRANSLATE_NOOP("DrillText", "there at another revision"));
    if (what == QLatin1String("unwritten-key"))
        return tx(QT_TRANSLATE_NOOP("DrillText", "a key no put wrote"));
    if (what == QLatin1String("overwritten"))
        return tx(QT_TRANSLATE_NOOP("DrillText", "overwritten"));
    if (what == QLatin1String("failed-but-applied"))
        return tx(QT_TRANSLATE_NOOP("DrillText", "stored although its put failed"));
    if (what == QLatin1String("deleted"))
        return tx(QT_TRANSLATE_NOOP("DrillText", "deleted"));
    if (what == QLatin1String("unexplained-put"))
        return tx(QT_TRANSLATE_NOOP("DrillText", "a put no operation explains"));
    if (what == QLatin1String("revision-order"))
        return tx(QT_TRANSLATE_NOOP("DrillText", "a revision below an earlier acknowledgement's"));
    return LocalizedText(what);
}

LocalizedText DataSafetyLines::example(const DataSafetyResult& result, const QStringList& kinds)
{
    for (const DataSafetyResult::Finding& f : result.findings) {
        if (!kinds.contains(f.what))
            continue;
        const LocalizedText where =
            f.member.isEmpty()                   ? tx(QT_TRANSLATE_NOOP("DrillText", "the linearizable read"))
            : f.member == QLatin1String("watch") ? tx(QT_TRANSLATE_NOOP("DrillText", "the watch"))
                                                 : tx(QT_TRANSLATE_NOOP("DrillText", "%1's read"), f.member);
        if (f.revision > 0)
            return tx(QT_TRANSLATE_NOOP("DrillText", "e.g. %1 at revision %2: %3 (seen in %4)"), f.key,
                      f.revision, findingName(f.what), where);
        return tx(QT_TRANSLATE_NOOP("DrillText", "e.g. %1: %2 (seen in %3)"), f.key, findingName(f.what),
                  where);
    }
    return {};
}

QList<HypothesisLine> DataSafetyLines::of(const DataSafetyResult& r, const HypothesisSettings& hypothesis)
{
    QList<HypothesisLine> lines;

    HypothesisLine lost;
    const LocalizedText lostExpected =
        tx(QT_TRANSLATE_NOOP("DrillText", "at most %1"), hypothesis.lostWrites);
    if (!r.readDone) {
        lost.setTexts(
            tx(kLostName), lostExpected,
            tx(QT_TRANSLATE_NOOP("DrillText", "not checked: the workload's keys could not be read (%1)"),
               r.readError));
        lost.passed = false;
    } else {
        LocalizedText measured =
            tx(QT_TRANSLATE_NOOP(
                   "DrillText",
                   "%1 of %2 acknowledged puts lost; %3 unknown (%4 of them stored), %5 failed; read "
                   "linearizably and from %6"),
               r.lost, r.acknowledged, r.unknown, r.unknownApplied, r.failed,
               r.membersRead.isEmpty() ? tx(QT_TRANSLATE_NOOP("DrillText", "no member"))
                                       : LocalizedText(r.membersRead.join(QStringLiteral(", "))));
        if (!r.membersNotRead.isEmpty())
            measured = tx(QT_TRANSLATE_NOOP("DrillText", "%1; not read from %2"), measured,
                          r.membersNotRead.join(QStringLiteral("; ")));
        if (r.lost > 0)
            measured = tx(QT_TRANSLATE_NOOP("DrillText", "%1; %2"), measured, example(r, kLostKinds));
        lost.setTexts(tx(kLostName), lostExpected, measured);
        lost.passed = r.lost <= hypothesis.lostWrites && r.membersNotRead.isEmpty();
    }
    lines.append(lost);

    HypothesisLine foreign;
    const LocalizedText none = tx(QT_TRANSLATE_NOOP("DrillText", "none"));
    foreign.setTexts(tx(kForeignName), none,
                     r.foreign == 0
                         ? none
                         : tx(QT_TRANSLATE_NOOP("DrillText", "%1 key(s) changed by someone else; %2"),
                              r.foreign, example(r, kForeignKinds)));
    foreign.passed = r.foreign == 0;
    lines.append(foreign);

    HypothesisLine order;
    order.setTexts(tx(kOrderName),
                   tx(QT_TRANSLATE_NOOP("DrillText", "increasing in the order of the acknowledgements")),
                   r.orderViolations == 0
                       ? tx(QT_TRANSLATE_NOOP("DrillText", "in order (%1 acknowledged puts)"), r.acknowledged)
                       : tx(QT_TRANSLATE_NOOP("DrillText", "%1 put(s) out of order; %2"), r.orderViolations,
                            example(r, {QStringLiteral("revision-order")})));
    order.passed = r.orderViolations == 0;
    lines.append(order);

    HypothesisLine watch;
    const LocalizedText watchExpected =
        tx(QT_TRANSLATE_NOOP("DrillText", "every acknowledged put once, in revision order"));
    const LocalizedText opens = LocalizedText(r.watchOpens.join(QStringLiteral(", ")));
    if (!r.watched) {
        watch.setTexts(tx(kWatchName), watchExpected,
                       tx(QT_TRANSLATE_NOOP("DrillText", "not checked: no watch ran")));
        watch.passed = false;
    } else if (r.watchCompacted) {
        watch.setTexts(
            tx(kWatchName), watchExpected,
            tx(QT_TRANSLATE_NOOP("DrillText",
                                 "incomplete: a compaction removed revisions the watch had not seen "
                                 "(opened %1)"),
               opens));
        watch.passed = false;
    } else if (r.watchComplete()) {
        watch.setTexts(tx(kWatchName), watchExpected,
                       tx(QT_TRANSLATE_NOOP("DrillText", "complete: %1 events, opened %2 time(s): %3"),
                          r.watchEvents, qint64(r.watchOpens.size()), opens));
    } else {
        watch.setTexts(
            tx(kWatchName), watchExpected,
            tx(QT_TRANSLATE_NOOP("DrillText",
                                 "incomplete: %1 put(s) missing, %2 seen twice, %3 out of order (opened "
                                 "%4)"),
               r.watchMissing, r.watchDuplicated, r.watchOutOfOrder, opens));
        watch.passed = false;
    }
    lines.append(watch);

    HypothesisLine hash;
    const LocalizedText hashExpected =
        hypothesis.hashesAgree
            ? tx(QT_TRANSLATE_NOOP("DrillText", "the same on every member at one revision"))
            : tx(QT_TRANSLATE_NOOP("DrillText", "not required (hashes-agree: false)"));
    QStringList each;
    for (const DataSafetyResult::MemberHash& h : r.hashes)
        each.append(h.answered ? QStringLiteral("%1 %2").arg(h.member).arg(h.hash, 8, 16, QLatin1Char('0'))
                               : QStringLiteral("%1 (%2)").arg(h.member, h.error));
    if (r.hashes.isEmpty()) {
        hash.setTexts(
            tx(kHashName), hashExpected,
            tx(QT_TRANSLATE_NOOP("DrillText", "not checked: the workload's keys could not be read")));
    } else if (r.hashesAgree) {
        hash.setTexts(
            tx(kHashName), hashExpected,
            tx(QT_TRANSLATE_NOOP("DrillText", "equal at revision %1 on %2 members (%3), attempt %4"),
               r.hashRevision, qint64(r.hashes.size()),
               QStringLiteral("%1").arg(r.hashes.first().hash, 8, 16, QLatin1Char('0')), r.hashAttempts));
    } else {
        const bool allAnswered =
            std::all_of(r.hashes.cbegin(), r.hashes.cend(),
                        [](const DataSafetyResult::MemberHash& h) { return h.answered; });
        hash.setTexts(
            tx(kHashName), hashExpected,
            allAnswered
                ? tx(QT_TRANSLATE_NOOP("DrillText", "not equal at revision %1 after %2 attempt(s): %3"),
                     r.hashRevision, r.hashAttempts, each.join(QStringLiteral(", ")))
                : tx(QT_TRANSLATE_NOOP("DrillText",
                                       "not every member answered at revision %1 after %2 attempt(s): %3"),
                     r.hashRevision, r.hashAttempts, each.join(QStringLiteral(", "))));
    }
    hash.passed = r.hashesAgree || !hypothesis.hashesAgree;
    hash.informational = !hypothesis.hashesAgree;
    lines.append(hash);

    HypothesisLine clients;
    QList<LocalizedText> phases;
    for (const DataSafetyResult::Phase& p : r.phases) {
        const LocalizedText name = p.name == QLatin1String("before")
                                       ? tx(QT_TRANSLATE_NOOP("DrillText", "before"))
                                   : p.name == QLatin1String("during-fault")
                                       ? tx(QT_TRANSLATE_NOOP("DrillText", "during the fault"))
                                       : tx(QT_TRANSLATE_NOOP("DrillText", "after the restore"));
        phases.append(
            p.puts == 0 ? tx(QT_TRANSLATE_NOOP("DrillText", "%1 no puts"), name)
                        : tx(QT_TRANSLATE_NOOP("DrillText", "%1 %2 % of %3 ok, p50 %4 ms, p99 %5 ms"), name,
                             DrillText::percent(p.successRate()), p.puts, millis(p.p50Ms), millis(p.p99Ms)));
    }
    clients.setTexts(tx(kClientsName), tx(QT_TRANSLATE_NOOP("DrillText", "information")),
                     DrillText::join(phases, "; "));
    clients.informational = true;
    lines.append(clients);
    return lines;
}

} // namespace etcddrill
