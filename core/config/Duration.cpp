#include "Duration.h"

#include <array>
#include <limits>

namespace etcddrill {

namespace {

struct Unit
{
    QStringView suffix;
    qint64 milliseconds;
};

// Longest suffix first so that "ms" is not read as "m" followed by garbage; the order of the array is also
// the order the units must appear in ("1m30s", not "30s1m").
constexpr std::array<Unit, 4> units{{
    {u"h", 3600 * 1000},
    {u"ms", 1},
    {u"m", 60 * 1000},
    {u"s", 1000},
}};

// Rank in the written order h > m > s > ms; a component must have a smaller rank than the one before it.
int rankOf(QStringView suffix)
{
    if (suffix == u"h")
        return 4;
    if (suffix == u"m")
        return 3;
    if (suffix == u"s")
        return 2;
    return 1;
}

QString notADuration(QStringView text, const QString& why = {})
{
    QString message = QStringLiteral("'%1' is not a duration: ").arg(text);
    if (!why.isEmpty())
        message += why + QStringLiteral("; ");
    return message + QStringLiteral("write e.g. 500ms, 1s or 2m");
}

bool fail(QString* error, QString message)
{
    if (error)
        *error = std::move(message);
    return false;
}

} // namespace

std::optional<std::chrono::milliseconds> Duration::parse(QStringView input, QString* error)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty()) {
        fail(error, QStringLiteral("'' is not a duration: write e.g. 500ms, 1s or 2m"));
        return std::nullopt;
    }
    if (text.startsWith(u'-')) {
        fail(error, notADuration(text, QStringLiteral("it is negative")));
        return std::nullopt;
    }
    if (text == u"0")
        return std::chrono::milliseconds{0};

    // Nine integer digits keep even 999999999h far below the qint64 limit, with room for four components.
    constexpr int maxDigits = 9;
    qint64 total = 0;
    int lastRank = std::numeric_limits<int>::max();
    qsizetype pos = 0;
    while (pos < text.size()) {
        qint64 whole = 0;
        int wholeDigits = 0;
        while (pos < text.size() && text[pos].isDigit() && text[pos].unicode() < 128) {
            whole = whole * 10 + (text[pos].unicode() - '0');
            ++pos;
            if (++wholeDigits > maxDigits) {
                fail(error, notADuration(text, QStringLiteral("the number is too large")));
                return std::nullopt;
            }
        }
        qint64 fraction = 0;
        qint64 fractionScale = 1;
        int fractionDigits = 0;
        if (pos < text.size() && text[pos] == u'.') {
            ++pos;
            while (pos < text.size() && text[pos].isDigit() && text[pos].unicode() < 128) {
                fraction = fraction * 10 + (text[pos].unicode() - '0');
                fractionScale *= 10;
                ++pos;
                if (++fractionDigits > maxDigits) {
                    fail(error, notADuration(text, QStringLiteral("too many decimals")));
                    return std::nullopt;
                }
            }
            if (fractionDigits == 0) {
                fail(error, notADuration(text));
                return std::nullopt;
            }
        }
        if (wholeDigits == 0 && fractionDigits == 0) {
            fail(error, notADuration(text));
            return std::nullopt;
        }

        const Unit* unit = nullptr;
        for (const Unit& candidate : units) {
            if (text.sliced(pos).startsWith(candidate.suffix)) {
                unit = &candidate;
                break;
            }
        }
        if (!unit) {
            const QStringView rest = text.sliced(pos);
            if (rest.isEmpty())
                fail(error, notADuration(text, QStringLiteral("a unit is missing")));
            else if (rest.startsWith(u"us") || rest.startsWith(u"µs") || rest.startsWith(u"ns"))
                fail(error, notADuration(text, QStringLiteral("the smallest unit is ms")));
            else
                fail(error, notADuration(text));
            return std::nullopt;
        }
        pos += unit->suffix.size();

        const int rank = rankOf(unit->suffix);
        if (rank >= lastRank) {
            fail(error,
                 notADuration(text, QStringLiteral("write the units once each, largest first (1m30s)")));
            return std::nullopt;
        }
        lastRank = rank;

        const qint64 fractionMs = fraction * unit->milliseconds;
        if (fractionMs % fractionScale != 0) {
            fail(error, notADuration(text, QStringLiteral("the smallest step is 1ms")));
            return std::nullopt;
        }
        total += whole * unit->milliseconds + fractionMs / fractionScale;
    }
    return std::chrono::milliseconds{total};
}

QString Duration::format(std::chrono::milliseconds value)
{
    qint64 ms = value.count();
    if (ms == 0)
        return QStringLiteral("0s");
    QString sign;
    if (ms < 0) {
        sign = QStringLiteral("-");
        ms = -ms;
    }
    if (ms % 1000 != 0)
        return sign + QString::number(ms) + QStringLiteral("ms");

    qint64 seconds = ms / 1000;
    const qint64 hours = seconds / 3600;
    seconds %= 3600;
    const qint64 minutes = seconds / 60;
    seconds %= 60;
    QString text = sign;
    if (hours)
        text += QString::number(hours) + u'h';
    if (minutes)
        text += QString::number(minutes) + u'm';
    if (seconds)
        text += QString::number(seconds) + u's';
    return text;
}

} // namespace etcddrill
