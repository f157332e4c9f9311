#include "StaticPodAction.h"

#include "DrillText.h"
#include "ShellQuote.h"

namespace etcddrill {

namespace {

// "/a/b/" -> "/a/b", "/" stays "/": paths on the node are compared as written, not resolved.
QString withoutTrailingSlash(QString path)
{
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

QString fileName(const QString& path)
{
    return path.section(QLatin1Char('/'), -1);
}

} // namespace

StaticPodAction::StaticPodAction(const QString& manifestPath, const QString& backupDir, const QString& node)
    : FaultAction(node), m_manifest(manifestPath), m_backupDir(withoutTrailingSlash(backupDir))
{
}

QString StaticPodAction::backupPath() const
{
    const QString dir = m_backupDir == QLatin1String("/") ? QString() : m_backupDir;
    return dir + QLatin1Char('/') + fileName(m_manifest);
}

QString StaticPodAction::manifestDir() const
{
    const qsizetype slash = m_manifest.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : m_manifest.left(slash);
}

QString StaticPodAction::configurationProblem() const
{
    if (!m_manifest.startsWith(QLatin1Char('/')) || m_manifest.endsWith(QLatin1Char('/')))
        return QStringLiteral("the etcd manifest '%1' must be an absolute path to a file on %2: set "
                              "drill.manifest (or the node's manifest:)")
            .arg(m_manifest, nodeLabel());
    if (!m_backupDir.startsWith(QLatin1Char('/')))
        return QStringLiteral(
                   "the backup folder '%1' must be an absolute path on %2: set drill.backup-dir (or "
                   "the node's backup-dir:)")
            .arg(m_backupDir, nodeLabel());
    // kubelet runs every file in its manifest folder: a manifest "moved" there keeps etcd running.
    if (m_backupDir == withoutTrailingSlash(manifestDir()))
        return QStringLiteral(
                   "the backup folder '%1' is the manifest's own folder, where kubelet would keep "
                   "running etcd: set drill.backup-dir to another folder, e.g. /root/etcd-drill-backup")
            .arg(m_backupDir);
    return {};
}

QString StaticPodAction::variables() const
{
    return QStringLiteral("manifest=%1\nbackup_dir=%2\nbackup=%3\n")
        .arg(ShellQuote::quote(m_manifest), ShellQuote::quote(m_backupDir), ShellQuote::quote(backupPath()));
}

QList<PlannedCommand> StaticPodAction::preflightCommands() const
{
    const QString node = nodeLabel();
    const QString name = fileName(m_manifest);

    PlannedCommand manifest;
    manifest.purpose =
        DrillText::make(QT_TRANSLATE_NOOP("DrillText", "check that etcd's manifest is on %1"), node);
    // A folder etcd-drill cannot look into would make the manifest look missing: say that instead.
    manifest.script =
        variables() +
        QStringLiteral("manifest_dir=%1\n"
                       "if [ -d \"$manifest_dir\" ] && [ ! -x \"$manifest_dir\" ]; then %2; fi\n"
                       "if [ -d \"$manifest\" ]; then %3; fi\n"
                       "if [ ! -f \"$manifest\" ]; then %4; fi\n")
            .arg(
                ShellQuote::quote(manifestDir()),
                refuse(QStringLiteral("cannot look into %1 on %2 as this user: run as root or set drill.sudo")
                           .arg(manifestDir(), node)),
                refuse(QStringLiteral("%1 on %2 is a folder, not the etcd manifest: set drill.manifest")
                           .arg(m_manifest, node)),
                refuse(
                    QStringLiteral("%1 does not exist on %2: is etcd a static pod there? set drill.manifest")
                        .arg(m_manifest, node)));
    manifest.display = QStringLiteral("test -f %1").arg(ShellQuote::quote(m_manifest));
    manifest.needsSudo = true;
    manifest.refusalMessage = QStringLiteral("%1 is not there on %2").arg(m_manifest, node);

    PlannedCommand backup;
    backup.purpose = DrillText::make(
        QT_TRANSLATE_NOOP("DrillText", "check that the backup folder on %1 holds no %2"), node, name);
    backup.script =
        variables() +
        QStringLiteral("if [ -e \"$backup\" ] || [ -L \"$backup\" ]; then %1; fi\n"
                       "if [ -e \"$backup_dir\" ] && [ ! -d \"$backup_dir\" ]; then %2; fi\n")
            .arg(
                refuse(QStringLiteral("%1 on %2 already holds %3: an earlier drill may not have restored it "
                                      "— check and move it back or away first")
                           .arg(m_backupDir, node, name)),
                refuse(QStringLiteral("%1 on %2 exists but is not a folder: set drill.backup-dir to a folder")
                           .arg(m_backupDir, node)));
    backup.display = QStringLiteral("test ! -e %1").arg(ShellQuote::quote(backupPath()));
    backup.needsSudo = true;
    backup.refusalMessage = QStringLiteral("%1 on %2 is not free for %3").arg(m_backupDir, node, name);
    return {manifest, backup};
}

QList<PlannedCommand> StaticPodAction::stopCommands() const
{
    const QString node = nodeLabel();
    const QString name = fileName(m_manifest);
    PlannedCommand stop;
    stop.purpose = DrillText::make(QT_TRANSLATE_NOOP("DrillText", "stop etcd on %1 (move %2 to %3)"), node,
                                   m_manifest, m_backupDir);
    // The checks repeat the preflight's because time passes between the two. mv -n never overwrites, but
    // reports nothing when it skips (and newer coreutils fail instead): whether the manifest is still in
    // place afterwards is what counts.
    stop.script =
        variables() +
        QStringLiteral("if [ ! -e \"$manifest\" ]; then %1; fi\n"
                       "if [ -e \"$backup\" ] || [ -L \"$backup\" ]; then %2; fi\n"
                       "mkdir -p -- \"$backup_dir\" || exit 1\n"
                       "mv -n -- \"$manifest\" \"$backup\" || exit 1\n"
                       "if [ -e \"$manifest\" ]; then %3; fi\n")
            .arg(refuse(
                     QStringLiteral("%1 does not exist on %2: is etcd a static pod there? set drill.manifest")
                         .arg(m_manifest, node)),
                 refuse(QStringLiteral("%1 on %2 already holds %3: an earlier drill may not have restored it "
                                       "— check and move it back or away first; nothing was moved")
                            .arg(m_backupDir, node, name)),
                 refuse(QStringLiteral("%1 was not moved on %2: %3 appeared meanwhile; nothing was moved")
                            .arg(m_manifest, node, backupPath())));
    stop.display = QStringLiteral("mkdir -p %1 && mv -n %2 %3")
                       .arg(ShellQuote::quote(m_backupDir), ShellQuote::quote(m_manifest),
                            ShellQuote::quote(backupPath()));
    stop.needsSudo = true;
    stop.changesState = true;
    stop.refusalMessage = QStringLiteral("etcd's manifest was not moved on %1").arg(node);
    return {stop};
}

QList<PlannedCommand> StaticPodAction::startCommands() const
{
    const QString node = nodeLabel();
    PlannedCommand start;
    start.purpose = DrillText::make(QT_TRANSLATE_NOOP("DrillText", "start etcd on %1 (move %2 back to %3)"),
                                    node, backupPath(), m_manifest);
    // Already back (an earlier attempt whose answer got lost) is success; both present is a conflict only
    // a human can settle; neither present means the manifest is gone and nothing here can bring it back.
    start.script =
        variables() +
        QStringLiteral("if [ -e \"$manifest\" ] || [ -L \"$manifest\" ]; then\n"
                       "  if [ -e \"$backup\" ] || [ -L \"$backup\" ]; then %1; fi\n"
                       "  printf \"%s\\n\" %2\n"
                       "  exit 0\n"
                       "fi\n"
                       "if [ ! -e \"$backup\" ]; then %3; fi\n"
                       "mv -n -- \"$backup\" \"$manifest\" || exit 1\n"
                       "if [ ! -e \"$manifest\" ] || [ -e \"$backup\" ]; then %4; fi\n")
            .arg(
                refuse(QStringLiteral("both %1 and %2 exist on %3: keep the right one as %1 and move the "
                                      "other away; nothing was moved")
                           .arg(m_manifest, backupPath(), node)),
                ShellQuote::doubleQuote(
                    QStringLiteral("%1 is already in place on %2: nothing to move").arg(m_manifest, node)),
                refuse(QStringLiteral("neither %1 nor %2 exists on %3: the etcd manifest is lost; restore it "
                                      "from your own backup")
                           .arg(backupPath(), m_manifest, node)),
                refuse(QStringLiteral("%1 was not moved back to %2 on %3: move it by hand")
                           .arg(backupPath(), m_manifest, node)));
    start.display =
        QStringLiteral("mv -n %1 %2").arg(ShellQuote::quote(backupPath()), ShellQuote::quote(m_manifest));
    start.needsSudo = true;
    start.changesState = true;
    start.refusalMessage = QStringLiteral("etcd's manifest was not moved back on %1").arg(node);
    return {start};
}

} // namespace etcddrill
