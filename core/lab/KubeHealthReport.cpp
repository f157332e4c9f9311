#include "KubeHealthReport.h"

namespace etcddrill {

KubeHealthReport::Answer KubeHealthReport::build(const QString& name, bool verbose,
                                                 const QStringList& excluded, bool etcdOk, bool bootstrapped)
{
    // The ones about etcd fail together with it, the bootstrap hook until the first objects are written.
    QStringList checks = {QStringLiteral("ping"), QStringLiteral("log"), QStringLiteral("etcd")};
    if (name == QLatin1String("readyz"))
        checks << QStringLiteral("etcd-readiness");
    checks << QStringLiteral("poststarthook/bootstrap-controller");
    if (name == QLatin1String("readyz"))
        checks << QStringLiteral("shutdown");
    QString list;
    bool failed = false;
    for (const QString& item : std::as_const(checks)) {
        const bool bad = (item.startsWith(QLatin1String("etcd")) && !etcdOk) ||
                         (item.startsWith(QLatin1String("poststarthook")) && !bootstrapped);
        if (excluded.contains(item)) {
            list += QStringLiteral("[+]%1 excluded: ok\n").arg(item);
        } else if (bad) {
            // The reason is in this apiserver's log and the ground truth, as kube-apiserver keeps it.
            list += QStringLiteral("[-]%1 failed: reason withheld\n").arg(item);
            failed = true;
        } else {
            list += QStringLiteral("[+]%1 ok\n").arg(item);
        }
    }
    if (failed)
        return {500, (list + QStringLiteral("%1 check failed\n").arg(name)).toUtf8()};
    if (verbose)
        return {200, (list + QStringLiteral("%1 check passed\n").arg(name)).toUtf8()};
    return {200, QByteArrayLiteral("ok")};
}

} // namespace etcddrill
