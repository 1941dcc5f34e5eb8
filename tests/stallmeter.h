#pragma once

// Measures how long the event loop of the calling thread goes without turning: a precise
// 10 ms timer records the gap between consecutive ticks, so the largest gap is the longest
// time the UI could not repaint or react to input. Named marks (e.g. "loaded", "laid out")
// place stalls on a timeline for diagnosis. Shared by tst_gui_responsive and bench_gui.

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <algorithm>

namespace schemalens::testing {

class StallMeter : public QObject {
public:
    explicit StallMeter(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }

    void start()
    {
        m_gaps.clear();
        m_marks.clear();
        m_maxGap = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    // Counts the gap up to now as well: a stall that ends with stop() is still a stall.
    void stop()
    {
        tick();
        m_timer.stop();
    }
    void mark(const QString &name) { m_marks.append({m_clock.elapsed(), name}); }

    qint64 maxGapMs() const { return m_maxGap; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    // "gap 240 ms ending at 1830 ms (after 'laid out' at 1600 ms)" for every gap over
    // THRESHOLD, in time order.
    QStringList describeGaps(qint64 threshold) const
    {
        QStringList lines;
        for (const auto &[end, gap] : m_gaps) {
            if (gap <= threshold)
                continue;
            QString after;
            for (const auto &[at, name] : m_marks) {
                if (at <= end)
                    after = QStringLiteral(" (after '%1' at %2 ms)").arg(name).arg(at);
            }
            lines.append(
                QStringLiteral("gap %1 ms ending at %2 ms%3").arg(gap).arg(end).arg(after));
        }
        return lines;
    }
    QString timeline() const
    {
        QStringList parts;
        for (const auto &[at, name] : m_marks)
            parts.append(QStringLiteral("%1 @%2 ms").arg(name).arg(at));
        return parts.join(QLatin1String(", "));
    }

private:
    void tick()
    {
        const qint64 now = m_clock.elapsed();
        const qint64 gap = now - m_last;
        m_last = now;
        if (gap > 20)
            m_gaps.append({now, gap});
        m_maxGap = std::max(m_maxGap, gap);
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGap = 0;
    QList<std::pair<qint64, qint64>> m_gaps; // (end, length) of gaps over 20 ms
    QList<std::pair<qint64, QString>> m_marks;
};

} // namespace schemalens::testing
