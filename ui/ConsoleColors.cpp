#include "ConsoleColors.h"

namespace etcddrill {

namespace {

// Okabe & Ito (2008), "Color Universal Design".
const QColor kBlack(0x00, 0x00, 0x00);
const QColor kOrange(0xE6, 0x9F, 0x00);
const QColor kSkyBlue(0x56, 0xB4, 0xE9);
const QColor kBluishGreen(0x00, 0x9E, 0x73);
const QColor kYellow(0xF0, 0xE4, 0x42);
const QColor kBlue(0x00, 0x72, 0xB2);
const QColor kVermillion(0xD5, 0x5E, 0x00);
const QColor kReddishPurple(0xCC, 0x79, 0xA7);

} // namespace

ConsoleColors ConsoleColors::make(bool dark, bool presenter)
{
    ConsoleColors c;
    c.dark = dark;
    c.presenter = presenter;
    if (dark) {
        c.text = presenter ? QColor(0xFF, 0xFF, 0xFF) : QColor(0xEE, 0xEE, 0xEE);
        c.mutedText = QColor(0xB8, 0xB8, 0xB8);
        c.cardBackground = presenter ? QColor(0x10, 0x10, 0x10) : QColor(0x2A, 0x2A, 0x2E);
        c.cardBorder = QColor(0x70, 0x70, 0x78);
        // On dark backgrounds the lighter members of the palette keep their contrast.
        c.leader = kSkyBlue;
        c.follower = kBluishGreen;
        c.learner = kReddishPurple;
        c.down = kVermillion;
        c.unknown = QColor(0x9A, 0x9A, 0x9A);
        c.ok = kBluishGreen;
        c.failure = kVermillion;
        c.outage = kVermillion;
        c.degraded = kYellow;
        c.highlight = kYellow;
        c.marker = QColor(0xE0, 0xE0, 0xE0);
        c.entrySeries = {kSkyBlue, kOrange, kYellow, kReddishPurple};
        c.nodeSeries = {kBluishGreen, kReddishPurple,           kYellow,    kSkyBlue,
                        kOrange,      QColor(0xCC, 0xCC, 0xCC), kVermillion};
    } else {
        c.text = presenter ? kBlack : QColor(0x20, 0x20, 0x20);
        c.mutedText = QColor(0x55, 0x55, 0x55);
        c.cardBackground = presenter ? QColor(0xFF, 0xFF, 0xFF) : QColor(0xFA, 0xFA, 0xFA);
        c.cardBorder = presenter ? QColor(0x40, 0x40, 0x40) : QColor(0xB0, 0xB0, 0xB0);
        c.leader = kBlue;
        c.follower = kBluishGreen;
        c.learner = kReddishPurple;
        c.down = kVermillion;
        c.unknown = QColor(0x80, 0x80, 0x80);
        c.ok = kBluishGreen;
        c.failure = kVermillion;
        c.outage = kVermillion;
        c.degraded = QColor(0xA8, 0x7B, 0x00); // a dark yellow: yellow itself vanishes on white
        // Yellow vanishes on white: orange marks what just changed.
        c.highlight = kOrange;
        c.marker = QColor(0x30, 0x30, 0x30);
        c.entrySeries = {kBlue, kOrange, kReddishPurple, kBlack};
        c.nodeSeries = {kBluishGreen, kReddishPurple, kSkyBlue, kOrange, kBlack, kYellow, kVermillion};
    }
    c.lineWidth = presenter ? 4.0 : 2.0;
    c.fontScale = presenter ? 1.6 : 1.0;
    c.markerSize = presenter ? 16.0 : 10.0;
    return c;
}

} // namespace etcddrill
