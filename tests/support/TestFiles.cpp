#include "TestFiles.h"

#include <QFile>

namespace etcddrill::test {

QString TestFiles::fixture(const QString& relativePath)
{
    return QStringLiteral(ETCD_DRILL_TEST_DATA "/") + relativePath;
}

QString TestFiles::readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool TestFiles::writeText(const QString& path, const QByteArray& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

} // namespace etcddrill::test
