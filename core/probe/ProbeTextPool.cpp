#include "ProbeTextPool.h"

#include <QHash>
#include <QList>
#include <QReadWriteLock>

namespace etcddrill {

namespace {

struct Pool
{
    QReadWriteLock lock;
    QList<QString> texts{QString()};
    QHash<QString, quint16> ids{{QString(), 0}};
    quint16 overflowId = 0;
};

Pool& pool()
{
    static Pool instance;
    return instance;
}

// Error texts can quote what a server sent; a bound keeps one odd server from filling memory.
constexpr qsizetype maxTextLength = 200;

} // namespace

quint16 ProbeTextPool::intern(QStringView text)
{
    if (text.isEmpty())
        return 0;
    const QString key = text.left(maxTextLength).toString();
    Pool& p = pool();
    {
        QReadLocker reader(&p.lock);
        const auto it = p.ids.constFind(key);
        if (it != p.ids.cend())
            return it.value();
    }
    QWriteLocker writer(&p.lock);
    const auto it = p.ids.constFind(key);
    if (it != p.ids.cend())
        return it.value();
    if (p.texts.size() >= 0xFFFE) {
        if (p.overflowId == 0) {
            p.overflowId = quint16(p.texts.size());
            p.texts.append(QStringLiteral("(too many distinct texts)"));
        }
        return p.overflowId;
    }
    const auto id = quint16(p.texts.size());
    p.texts.append(key);
    p.ids.insert(key, id);
    return id;
}

QString ProbeTextPool::text(quint16 id)
{
    Pool& p = pool();
    QReadLocker reader(&p.lock);
    return id < p.texts.size() ? p.texts.at(id) : QString();
}

qsizetype ProbeTextPool::size()
{
    Pool& p = pool();
    QReadLocker reader(&p.lock);
    return p.texts.size();
}

} // namespace etcddrill
