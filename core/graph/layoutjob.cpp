#include "core/graph/layoutjob.h"

#include "core/graph/layoutcache.h"
#include "core/graph/layoutcodec.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

namespace schemalens::graph {

namespace {

// Translated in the "graph" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(graph)
};

} // namespace

LayoutJob::LayoutJob(QObject *parent)
    : QObject(parent)
{}

LayoutJob::~LayoutJob()
{
    cancel();
}

QString LayoutJob::defaultWorkerProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("SCHEMALENS_LAYOUT_WORKER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (!QCoreApplication::instance())
        return {};
    const QFileInfo next(QCoreApplication::applicationDirPath() +
                         QStringLiteral("/schemalens-layout-worker"));
    return next.isFile() && next.isExecutable() ? next.absoluteFilePath() : QString();
}

qint64 LayoutJob::workerProcessId() const
{
    return m_process ? m_process->processId() : 0;
}

void LayoutJob::start(const LayoutRequest &request)
{
    cancel();
    ++m_generation;
    m_running = true;
    m_fromCache = false;
    m_ranInProcess = false;
    m_result.reset();
    m_encoded.clear();
    m_cacheKey.clear();
    Q_EMIT progress(0, QStringLiteral("start"));

    // Encoding the request, hashing it and reading a cached layout take a few hundred ms for
    // thousands of tables: that happens in the background too, so that the caller's event
    // loop never stalls (a cache hit is then delivered like any other result).
    struct Prepared {
        QByteArray encoded;
        QString key;
        std::optional<Layout> cached;
    };
    auto prepared = std::make_shared<Prepared>();
    const bool useCache = m_cacheEnabled;
    const QString directory = m_cacheDirectory;
    const quint64 generation = m_generation;
    runInBackground(
        [prepared, request, useCache, directory] {
            prepared->encoded = encodeRequest(request);
            prepared->key = layoutCacheKey(prepared->encoded);
            if (useCache)
                prepared->cached = LayoutCache(directory).load(prepared->key);
        },
        [this, prepared, generation] {
            if (generation != m_generation || !m_running)
                return;
            m_encoded = std::move(prepared->encoded);
            m_cacheKey = prepared->key;
            if (prepared->cached) {
                complete(std::move(*prepared->cached), true);
                return;
            }
            launch();
        });
}

void LayoutJob::runInBackground(std::function<void()> work, std::function<void()> done)
{
    QThread *thread = QThread::create([work = std::move(work)] {
        try {
            work();
        } catch (...) {
            // Encoding and decoding do not throw; a failure shows up as a missing result.
        }
    });
    // The thread deletes itself when done, also when the job was cancelled or destroyed;
    // DONE runs on the job's thread, and not at all once the job is gone.
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, std::move(done));
    thread->start();
}

void LayoutJob::launch()
{
    const QString program = m_workerProgramSet ? m_workerProgram : defaultWorkerProgram();
    if (m_isolation == Isolation::Thread || (m_isolation == Isolation::Auto && program.isEmpty())) {
        startThread();
        return;
    }
    if (program.isEmpty()) {
        complete(Error{Tr::tr("The layout worker program was not found.")});
        return;
    }
    startProcess(program);
}

void LayoutJob::startProcess(const QString &program)
{
    m_ranInProcess = true;
    m_stderrLine.clear();
    m_process = new QProcess(this);
    m_process->setProgram(program);
    connect(m_process, &QProcess::readyReadStandardError, this, &LayoutJob::readProgress);
    connect(m_process, &QProcess::finished, this, &LayoutJob::processFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // crashes arrive through finished()
        // The worker could not start (missing, not executable): lay out in this process.
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
        if (m_isolation == Isolation::Process) {
            complete(Error{Tr::tr("The layout worker program could not be started.")});
            return;
        }
        startThread();
    });
    m_process->start(QIODevice::ReadWrite);
    m_process->write(m_encoded);
    m_process->closeWriteChannel();
}

void LayoutJob::readProgress()
{
    m_stderrLine += m_process->readAllStandardError();
    qsizetype newline;
    while ((newline = m_stderrLine.indexOf('\n')) >= 0) {
        const QByteArray line = m_stderrLine.left(newline).trimmed();
        m_stderrLine.remove(0, newline + 1);
        // "progress <percent> <phase>"; anything else is Graphviz chatter, ignored.
        const QList<QByteArray> words = line.split(' ');
        if (words.size() >= 3 && words.at(0) == "progress") {
            bool ok = false;
            const int percent = words.at(1).toInt(&ok);
            if (ok)
                Q_EMIT progress(percent, QString::fromUtf8(words.at(2)));
        }
    }
}

void LayoutJob::processFinished()
{
    QProcess *process = m_process;
    m_process = nullptr;
    process->deleteLater();
    process->disconnect(this);
    const QByteArray out = process->readAllStandardOutput();
    if (process->exitStatus() != QProcess::NormalExit || out.isEmpty()) {
        complete(Error{Tr::tr("The layout worker stopped unexpectedly (exit code %1).")
                           .arg(process->exitCode())});
        return;
    }
    // One status byte, then the encoded layout or a UTF-8 error message.
    if (out.front() == 'E') {
        complete(Error{QString::fromUtf8(out.mid(1))});
        return;
    }
    if (out.front() != 'O') {
        complete(Error{Tr::tr("The layout worker returned an unreadable result.")});
        return;
    }
    // Decoding and caching thousands of tables' geometry: in the background as well.
    auto decoded = std::make_shared<std::optional<Layout>>();
    const quint64 generation = m_generation;
    runInBackground(
        [decoded, out, key = m_cacheKey, useCache = m_cacheEnabled, directory = m_cacheDirectory] {
            *decoded = decodeLayout(out.mid(1));
            if (*decoded && useCache)
                LayoutCache(directory).store(key, **decoded);
        },
        [this, decoded, generation] {
            if (generation != m_generation || !m_running)
                return;
            if (!*decoded) {
                complete(Error{Tr::tr("The layout worker returned an unreadable result.")});
                return;
            }
            complete(std::move(**decoded));
        });
}

void LayoutJob::startThread()
{
    // The request is decoded from its bytes, so the thread shares nothing with the caller.
    auto state = std::make_shared<std::optional<Result<Layout>>>();
    const QByteArray encoded = m_encoded;
    QThread *thread = QThread::create([state, encoded, key = m_cacheKey, useCache = m_cacheEnabled,
                                       directory = m_cacheDirectory] {
        try {
            if (std::optional<LayoutRequest> request = decodeRequest(encoded)) {
                *state = computeLayout(*request);
                if (useCache && **state)
                    LayoutCache(directory).store(key, (*state)->value());
            } else {
                *state = Error{Tr::tr("The layout request could not be read.")};
            }
        } catch (const std::exception &e) {
            *state = Error{Tr::tr("Layout failed: %1").arg(QString::fromLocal8Bit(e.what()))};
        }
    });
    m_thread = thread;
    // The thread deletes itself when done, also when the job was cancelled or destroyed.
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // A finished() already queued when the job is cancelled is still delivered after
    // cancel() disconnected it (seen in CI: the abandoned picture arrived as the next job's
    // result), so the delivery checks that it belongs to the current run.
    const quint64 generation = m_generation;
    connect(thread, &QThread::finished, this, [this, state, thread, generation] {
        if (m_thread == thread)
            m_thread = nullptr;
        if (generation != m_generation || !m_running)
            return;
        complete(state->has_value() ? std::move(**state)
                                    : Result<Layout>(Error{Tr::tr("Layout produced no result.")}));
    });
    Q_EMIT progress(10, QStringLiteral("layout"));
    thread->start();
}

void LayoutJob::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation; // drops any queued cache-hit or error delivery
    if (m_process) {
        m_process->disconnect(this);
        // SIGKILL: Graphviz cannot be asked to stop. Reaping a killed child takes
        // microseconds; the bound is only a safety net so that no zombie is left.
        m_process->kill();
        m_process->waitForFinished(1000);
        delete m_process;
        m_process = nullptr;
    }
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread = nullptr;
    }
}

void LayoutJob::complete(Result<Layout> result, bool fromCache)
{
    m_running = false;
    m_fromCache = fromCache; // fresh results were stored in the cache where they were made
    m_result = std::move(result);
    Q_EMIT progress(100, QStringLiteral("done"));
    Q_EMIT finished();
}

Result<Layout> LayoutJob::run(const LayoutRequest &request, Isolation isolation, bool useCache)
{
    if (!QCoreApplication::instance())
        return computeLayout(request);
    LayoutJob job;
    job.setIsolation(isolation);
    job.setCacheEnabled(useCache);
    QEventLoop loop;
    connect(&job, &LayoutJob::finished, &loop, &QEventLoop::quit);
    job.start(request);
    loop.exec();
    return *job.result();
}

} // namespace schemalens::graph
