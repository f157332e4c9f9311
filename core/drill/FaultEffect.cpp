#include "FaultEffect.h"

namespace etcddrill {

FaultEffect::FaultEffect(QObject* parent) : QObject(parent) {}

FaultEffect::~FaultEffect() = default;

QString FaultEffect::kindName(FaultEffectKind kind)
{
    switch (kind) {
    case FaultEffectKind::StopsAnswering:
        break;
    }
    return QStringLiteral("stops-answering");
}

} // namespace etcddrill
