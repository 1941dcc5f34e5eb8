#pragma once

// UI-thread phase timings, off by default: QT_LOGGING_RULES="schemalens.gui.timing=true"
// prints how long each step of showing a document takes on the UI thread, which is where
// the window can stall (bench_gui reports the stalls; this says which step caused one).

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace schemalens::gui {

Q_DECLARE_LOGGING_CATEGORY(lcTiming)

class PhaseTimer {
public:
    explicit PhaseTimer(const char *phase)
        : m_phase(phase)
    {
        m_timer.start();
    }
    ~PhaseTimer() { qCDebug(lcTiming, "%s: %lld ms", m_phase, m_timer.elapsed()); }
    PhaseTimer(const PhaseTimer &) = delete;
    PhaseTimer &operator=(const PhaseTimer &) = delete;

private:
    const char *m_phase;
    QElapsedTimer m_timer;
};

} // namespace schemalens::gui
