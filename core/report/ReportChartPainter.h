// Draws one probe target's latency over the whole drill for the report: total latency of the successful
// probes (ms, logarithmic axis) against time since the drill's start, thinned to two points per drawn column
// with MinMaxDownsampler so that spikes survive, failed probes as red ticks in a lane at the top, the
// target's outage windows as red bands, its degraded periods as amber bands with their share, and the drill's
// steps as labelled vertical lines. failureShare() puts every way in on one chart for the first page.
// Why logarithmic: a healthy apiserver answers in 1–20 ms while a failing one takes up to the probe timeout
// (seconds); on a linear axis the normal latency would be a flat line at zero.
// Everything is computed when chart() is called; the returned operation only replays paths and texts (vector
// in a PDF). Its texts (context "ReportRenderer") come from the translator given. Any thread; reads the model
// it was given, which must outlive the call to chart().
#pragma once

#include "ReportPageLayout.h"
#include "i18n/TextTranslator.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <utility>

namespace etcddrill {

class ReportFonts;
struct ReportModel;
struct RecordedSeries;

class ReportChartPainter
{
public:
    ReportChartPainter(const ReportModel& model, const ReportFonts& fonts,
                       const TextTranslator& translator = {});

    // rect: the whole chart including axis labels, in layout units.
    ReportPageLayout::Op chart(const RecordedSeries& series, QColor color, const QRectF& rect) const;

    // Every way in on one chart: per time bucket (a second, or longer so that a long drill keeps about 300
    // buckets) the share of its probes that failed, 0–100 %, one coloured step line per way in with a
    // legend; the time the target was down shaded, the steps as labelled lines. What "ok", "degraded 33 %"
    // and "down" looked like over the drill, side by side.
    ReportPageLayout::Op failureShare(const QList<std::pair<const RecordedSeries*, QColor>>& series,
                                      const QRectF& rect) const;

    // The axis label for a time since the start: "0:45", "12:30", "1:02:03".
    static QString clockText(double seconds);

private:
    const ReportModel& m_model;
    const ReportFonts& m_fonts;
    TextTranslator m_translator;
};

} // namespace etcddrill
