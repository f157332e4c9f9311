#include "DrillHistoryTableModel.h"

#include "ConsoleColors.h"

#include "history/DrillComparison.h"
#include "history/DrillHistory.h"
#include "i18n/DrillDuration.h"
#include "report/ComparedFigure.h"

#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QSet>

namespace etcddrill {

namespace {

QString percent(double share)
{
    return QStringLiteral("%1 %").arg(QLocale().toString(share * 100.0, 'f', 2));
}

} // namespace

DrillHistoryTableModel::DrillHistoryTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void DrillHistoryTableModel::setEntries(const QList<DrillHistoryEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    m_worse.clear();
    m_worseLines.clear();
    for (const DrillHistoryEntry& e : std::as_const(m_entries)) {
        const auto previous = DrillHistory::previous(e, m_entries);
        int worse = -1;
        QList<LocalizedText> lines; // which figures: "catch-up 305 ms → 1.3 s (worse)"
        if (previous && e.comparable()) {
            worse = 0;
            for (const ComparedFigure& f : DrillComparison::compare(e, *previous)) {
                if (f.worse()) {
                    ++worse;
                    lines << f.line();
                }
            }
        }
        m_worse << worse;
        m_worseLines << lines;
    }
    endResetModel();
}

const DrillHistoryEntry* DrillHistoryTableModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

QStringList DrillHistoryTableModel::clusters() const
{
    QSet<QString> set;
    for (const DrillHistoryEntry& e : m_entries) {
        if (!e.cluster.isEmpty())
            set.insert(e.cluster);
    }
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

int DrillHistoryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DrillHistoryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillHistoryTableModel::data(const QModelIndex& index, int role) const
{
    const DrillHistoryEntry* e = entry(index.row());
    if (!e)
        return {};
    const auto way = [e](const char* kind) { return e->wayIn(QLatin1String(kind)); };
    const auto outage = [](double ms) {
        return ms > 0 ? DrillDuration::fromMillis(ms).translated() : tr("none");
    };
    const auto ms = [](const std::optional<double>& v) -> QVariant {
        return v ? QVariant(DrillDuration::fromMillis(*v).translated()) : QVariant(QStringLiteral("—"));
    };
    if (role == Qt::ToolTipRole) {
        if (!e->problem.isEmpty())
            return e->problem;
        if (index.column() == VersusPrevious && !m_worseLines.value(index.row()).isEmpty()) {
            QStringList lines;
            for (const LocalizedText& line : m_worseLines.at(index.row()))
                lines << line.translated();
            return lines.join(QLatin1Char('\n'));
        }
        return QDir::toNativeSeparators(e->folder);
    }
    if (role == Qt::ForegroundRole) {
        if (!e->readable || (index.column() == Verdict && !e->passed() && !e->dryRun) ||
            (index.column() == VersusPrevious && m_worse.value(index.row()) > 0))
            return ConsoleColors::make(QGuiApplication::palette().color(QPalette::Window).lightness() < 128,
                                       false)
                .failure;
        return {};
    }
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Started:
            return e->startedAt;
        case VipOutage:
            return way("vip") ? way("vip")->longestOutageMs : -1.0;
        case VipErrorRate:
            return way("vip") ? way("vip")->errorRate() : -1.0;
        case DomainOutage:
            return way("domain") ? way("domain")->longestOutageMs : -1.0;
        case DomainErrorRate:
            return way("domain") ? way("domain")->errorRate() : -1.0;
        case Election:
            return e->electionMs.value_or(-1.0);
        case Recovery:
            return e->recoveryMs.value_or(-1.0);
        case VersusPrevious:
            return m_worse.value(index.row());
        case DataSafety:
            return e->dataSafetyRecorded ? e->lostWrites : -1;
        case Cluster:
            // The filter's value: an unreadable folder stays visible under every cluster's filter.
            return e->readable ? e->cluster : QStringLiteral("*");
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Started:
        // As `etcd-drill-cli history` prints it: the same drill reads the same in the room and in a ticket.
        return e->startedUtc();
    case Cluster:
        return e->cluster;
    case Target:
        return e->targetNode.isEmpty() ? e->targetSpec : e->targetNode;
    case Fault:
        return e->fault;
    case Verdict:
        if (!e->readable)
            return tr("unreadable");
        if (e->dryRun)
            return tr("dry run");
        return e->complete ? ComparedFigure::outcomeText(e->outcome).translated()
                           : tr("%1 (cut off)").arg(ComparedFigure::outcomeText(e->outcome).translated());
    case VipOutage:
        return way("vip") ? outage(way("vip")->longestOutageMs) : QStringLiteral("—");
    case VipErrorRate:
        return way("vip") ? percent(way("vip")->errorRate()) : QStringLiteral("—");
    case DomainOutage:
        return way("domain") ? outage(way("domain")->longestOutageMs) : QStringLiteral("—");
    case DomainErrorRate:
        return way("domain") ? percent(way("domain")->errorRate()) : QStringLiteral("—");
    case Election:
        return ms(e->electionMs);
    case Recovery:
        return ms(e->recoveryMs);
    case DataSafety:
        if (!e->dataSafetyRecorded)
            return QStringLiteral("—");
        if (!e->hashesAgree)
            return tr("%n lost", nullptr, e->lostWrites);
        return *e->hashesAgree ? tr("%n lost, hashes agree", nullptr, e->lostWrites)
                               : tr("%n lost, hashes differ", nullptr, e->lostWrites);
    case VersusPrevious: {
        const int worse = m_worse.value(index.row());
        return worse < 0 ? QStringLiteral("—") : worse == 0 ? tr("no worse") : tr("%n worse", nullptr, worse);
    }
    case Operator:
        return e->operatorUser;
    case Folder:
        return QDir(e->folder).dirName();
    default:
        break;
    }
    return {};
}

QVariant DrillHistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started:
        return tr("Started (UTC)");
    case Cluster:
        return tr("Cluster");
    case Target:
        return tr("Target");
    case Fault:
        return tr("Fault");
    case Verdict:
        return tr("Verdict");
    case VipOutage:
        return tr("VIP outage");
    case VipErrorRate:
        return tr("VIP errors");
    case DomainOutage:
        return tr("Domain outage");
    case DomainErrorRate:
        return tr("Domain errors");
    case Election:
        return tr("Election");
    case Recovery:
        return tr("Recovery");
    case DataSafety:
        return tr("Data safety");
    case VersusPrevious:
        return tr("vs. previous");
    case Operator:
        return tr("Operator");
    case Folder:
        return tr("Folder");
    default:
        break;
    }
    return {};
}

void DrillHistoryTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

} // namespace etcddrill
