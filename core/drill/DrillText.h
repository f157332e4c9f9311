// The drill engine's texts — step titles, step details, check names/measured/expected/details, gate
// actions, stop-condition and rollback reasons, verdict lines, headlines — as LocalizedTexts in the context
// "DrillText". Each template is a literal marked where it is used:
//   DrillText::make(QT_TRANSLATE_NOOP("DrillText", "waiting for %1's etcd to stop answering (at most %2)"),
//                   node, Duration::format(timeout))
// so lupdate finds it (core/drill is scanned, see core/i18n/CMakeLists.txt) and a translator sees it with its
// placeholders. The English source of a template is its stable id: the journal keeps the English rendering
// next to {context, source, args} (LocalizedText::toJson), so a face or a report can show a drill recorded
// earlier in any language. Changing a template's English wording orphans its translations: lupdate shows the
// new text as unfinished.
//
// Free-form data (node names, member IDs, figures, durations, errors from etcd, gRPC or a shell) goes in as
// arguments and stays as it is.
#pragma once

#include "DrillStep.h"

#include "i18n/LocalizedText.h"

#include <initializer_list>

namespace etcddrill::DrillText {

inline constexpr char kContext[] = "DrillText";

template <class... Args> LocalizedText make(const char* source, const Args&... args)
{
    return LocalizedText::make(kContext, source, args...);
}

// "a, b, c": each part translated on its own (an empty list gives an empty text).
LocalizedText join(const QList<LocalizedText>& parts, const char* separator = ", ");

// "Preflight", "Stop the target's etcd", … (DrillStep::title() is its English).
LocalizedText stepTitle(DrillStep::Id id);
// A step's state as a face shows it: "pending", "running", "waiting for the operator", … (the journal keeps
// DrillStep::stateName, "waiting-for-operator").
LocalizedText stepState(DrillStep::State state);
// Where a command runs, as CommandTransport::location() words it ("locally", "on root@10.0.0.13"):
// translated around the host, which is data.
LocalizedText location(const QString& location);
// How the drill chose its target (DrillSession::targetResolved's `how`: "configured", "leader", "follower").
LocalizedText targetChoice(const QString& how);

// A stable name (a phase, a health, a check's id) as a face shows it: the template among `known` whose
// English is the name itself, so the journal keeps the name; any other name is data and stays as it is.
LocalizedText named(const QString& name, std::initializer_list<const char*> known);

// A Kubernetes check's stable name (KubeCheckResult::name: "readyz", "etcd-pods", …) as a face shows it; its
// English is the name itself, so the journal's check names stay "kubernetes etcd-pods".
LocalizedText kubernetesCheck(const QString& name);

// "28.1", "0.5", "99.95": a share (0 to 1) as a percentage with at most two decimals, without the % sign.
QString percent(double share);

} // namespace etcddrill::DrillText
