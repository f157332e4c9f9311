// Fonts relative to the parent's: a card's node name at 1.4 times the body text, bold. A font set on a
// child with setFont() no longer follows its parent, so presenter mode (which enlarges the window's font)
// would leave such labels at their old size, smaller than the body text. set() remembers the factor on the
// child and refresh() (called from the parent's changeEvent on QEvent::FontChange) recomputes every such
// child from the parent's current font.
//
// Thread: GUI thread. Stateless; the factors live in the children's dynamic properties.
#pragma once

class QWidget;

namespace etcddrill {

class RelativeFont
{
public:
    static void set(QWidget* child, double scale, bool bold);
    static void refresh(QWidget* parent);
};

} // namespace etcddrill
