#include "RelativeFont.h"

#include <QFont>
#include <QVariant>
#include <QWidget>

namespace etcddrill {

namespace {

constexpr char kScale[] = "etcddrillFontScale";
constexpr char kBold[] = "etcddrillFontBold";

void apply(QWidget* child, const QFont& base)
{
    QFont font = base;
    font.setBold(child->property(kBold).toBool());
    font.setPointSizeF(base.pointSizeF() * child->property(kScale).toDouble());
    child->setFont(font);
}

} // namespace

void RelativeFont::set(QWidget* child, double scale, bool bold)
{
    child->setProperty(kScale, scale);
    child->setProperty(kBold, bold);
    apply(child, child->parentWidget() ? child->parentWidget()->font() : child->font());
}

void RelativeFont::refresh(QWidget* parent)
{
    for (QWidget* child : parent->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (child->property(kScale).isValid())
            apply(child, parent->font());
    }
}

} // namespace etcddrill
