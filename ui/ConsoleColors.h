// The console's colours and weights for one appearance (light or dark, presenter mode or not). Based on the
// Okabe-Ito palette, whose eight colours stay distinguishable for the common colour-vision deficiencies; the
// views never rely on colour alone (every state also has an icon and a word). A value type.
#pragma once

#include <QColor>
#include <QList>

namespace etcddrill {

struct ConsoleColors
{
    bool dark = false;
    bool presenter = false;

    QColor text;
    QColor mutedText;
    QColor cardBackground;
    QColor cardBorder;

    // Member roles (tints for card accents) and probe states.
    QColor leader;
    QColor follower;
    QColor learner;
    QColor down;
    QColor unknown;
    QColor ok;
    QColor failure;
    QColor outage;    // the chart's outage bands and the outage counter
    QColor degraded;  // the chart's degraded bands (a share of the probes failing)
    QColor highlight; // the fading frame around something that just changed
    QColor marker;    // step boundaries on the chart

    QList<QColor> entrySeries; // VIP, domain, other load balancers, in that order
    QList<QColor> nodeSeries;  // the nodes' own apiservers

    qreal lineWidth = 2.0;  // chart lines
    qreal fontScale = 1.0;  // applied to the console's fonts
    qreal markerSize = 9.0; // failure marks on the chart

    static ConsoleColors make(bool dark, bool presenter);
};

} // namespace etcddrill
