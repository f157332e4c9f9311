// A drill as JUnit XML, for CI systems (Jenkins, GitLab, GitHub Actions' test reporters): one <testsuite> per
// drill, one <testcase> per preflight check and per hypothesis line, and one "drill completed" testcase that
// is an <error> when the drill was aborted, rolled back, failed its preflight or restore, or its journal ends
// before the verdict — such a drill is never a pass. Failures carry what was measured and what was expected.
// Properties name the drill's folder, cluster, target, fault, operator and outcome. Built from the
// ReportModel alone (English texts: CI logs are read by tools); the journal holds no secrets and neither does
// this. Stateless; any thread.
#pragma once

#include <QByteArray>
#include <QString>

namespace etcddrill {

struct ReportModel;

class ReportJUnit
{
public:
    struct Counts
    {
        int tests = 0;
        int failures = 0;
        int errors = 0;
        int skipped = 0;
    };

    static QByteArray toXml(const ReportModel& model);
    static Counts count(const ReportModel& model);
    // Writes toXml() atomically; refuses an existing file unless overwrite. false and *error on failure.
    static bool writeFile(const ReportModel& model, const QString& path, bool overwrite, QString* error);
};

} // namespace etcddrill
