#pragma once

#include "core/graph/layout.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QProcess;
class QThread;

namespace schemalens::graph {

// Runs computeLayout without blocking the caller's thread, and can be abandoned at once.
//
// A Graphviz call cannot be interrupted, and dot on a tangled graph can run for minutes while
// holding the process-wide Graphviz mutex. So by default the layout runs in a child process
// (the schemalens-layout-worker executable next to the application), which cancel() kills:
// nothing is left running, nothing leaks, and the next layout can start immediately. When the
// worker is missing (or for tests), it runs on a thread instead; cancel() then returns just
// as fast but the thread finishes its Graphviz call in the background and its result is
// dropped.
//
// Results are cached on disk (LayoutCache), keyed by everything the layout depends on; a hit
// finishes without running Graphviz. Signals are delivered to the job's thread (which needs
// an event loop: the GUI's, or QEventLoop in run()).
class LayoutJob : public QObject {
    Q_OBJECT
public:
    enum class Isolation {
        Auto,    // the worker process when it exists, else a thread
        Process, // the worker process only (finishes with an error when it is missing)
        Thread,  // in this process
    };

    explicit LayoutJob(QObject *parent = nullptr);
    ~LayoutJob() override; // cancels

    void setIsolation(Isolation isolation) { m_isolation = isolation; }
    // PATH empty: no worker (Auto then uses a thread).
    void setWorkerProgram(const QString &path)
    {
        m_workerProgram = path;
        m_workerProgramSet = true;
    }
    void setCacheEnabled(bool enabled) { m_cacheEnabled = enabled; }
    void setCacheDirectory(const QString &directory) { m_cacheDirectory = directory; }

    // Starts a layout; a running one is cancelled first. finished() follows, also for a
    // cache hit or an immediate error (always asynchronously, never from inside start()).
    void start(const LayoutRequest &request);
    // Abandons the running layout: returns at once, finished() is not emitted.
    void cancel();

    bool isRunning() const { return m_running; }
    // After finished(): the layout, or why there is none.
    const std::optional<Result<Layout>> &result() const { return m_result; }
    bool isFromCache() const { return m_fromCache; }
    bool ranInWorkerProcess() const { return m_ranInProcess; }
    // The running worker's process id, 0 when none (tests check that cancel leaves none).
    qint64 workerProcessId() const;

    // SCHEMALENS_LAYOUT_WORKER, else schemalens-layout-worker next to the application; empty
    // when neither exists.
    static QString defaultWorkerProgram();

    // Runs a job to completion in a local event loop (for the CLI and tests). Without a
    // QCoreApplication it calls computeLayout directly.
    static Result<Layout> run(const LayoutRequest &request, Isolation isolation = Isolation::Auto,
                              bool useCache = true);

Q_SIGNALS:
    void progress(int percent, const QString &phase);
    void finished();

private:
    void runInBackground(std::function<void()> work, std::function<void()> done);
    void launch(); // the worker process or thread, once the request is encoded
    void startProcess(const QString &program);
    void startThread();
    void readProgress();
    void processFinished();
    void complete(Result<Layout> result, bool fromCache = false);

    Isolation m_isolation = Isolation::Auto;
    QString m_workerProgram;
    bool m_workerProgramSet = false;
    bool m_cacheEnabled = true;
    QString m_cacheDirectory;

    QByteArray m_encoded; // the running request (worker input, cache key source)
    QString m_cacheKey;
    QProcess *m_process = nullptr;
    QByteArray m_stderrLine;
    QPointer<QThread> m_thread;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_fromCache = false;
    bool m_ranInProcess = false;
    std::optional<Result<Layout>> m_result;
};

} // namespace schemalens::graph
