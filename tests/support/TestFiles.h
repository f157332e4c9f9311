// Small file helpers shared by tests: fixtures under tests/data, whole-file read and write.
#pragma once

#include <QByteArray>
#include <QString>

namespace etcddrill::test {

class TestFiles
{
public:
    static QString fixture(const QString& relativePath); // tests/data/<relativePath>
    static QString readText(const QString& path);        // empty when unreadable
    static bool writeText(const QString& path, const QByteArray& text);
};

} // namespace etcddrill::test
