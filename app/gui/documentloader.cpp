#include "app/gui/documentloader.h"

#include "app/gui/timing.h"

#include "core/graph/ergraph.h"
#include "core/load/loader.h"
#include "core/render/measure.h"
#include "core/report/reviewhtml.h"
#include "core/review/config.h"
#include "core/review/rule.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace schemalens::gui {

// State shared between the UI thread and the worker of one job.
struct DocumentLoader::Job {
    QString source;
    SourceOptions options;
    bool showViews = true;
    std::atomic<bool> cancel{false};
    std::shared_ptr<Document> document;
    QString error;
};

namespace {

QString displayNameOf(const QString &source)
{
    const QFileInfo info(source.startsWith(QLatin1String("sqlite:")) ? source.mid(7) : source);
    return info.fileName().isEmpty() ? source : info.fileName();
}

} // namespace

DocumentLoader::DocumentLoader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<DocumentPtr>();
}

DocumentLoader::~DocumentLoader()
{
    cancel();
    if (m_watcher)
        m_watcher->waitForFinished(); // the worker holds no UI state; it ends at its next check
}

bool DocumentLoader::isBusy() const
{
    return m_watcher && m_watcher->isRunning();
}

void DocumentLoader::cancel()
{
    if (m_job)
        m_job->cancel = true;
}

void DocumentLoader::start(const QString &source, const SourceOptions &options)
{
    cancel();
    if (m_watcher) {
        // The old job keeps running until it notices the flag; its result is dropped.
        m_watcher->disconnect(this);
        QObject::connect(m_watcher, &QFutureWatcher<void>::finished, m_watcher,
                         &QObject::deleteLater);
        m_watcher = nullptr;
    }
    auto job = std::make_shared<Job>();
    job->source = source;
    job->options = options;
    job->showViews = m_showViews;
    m_job = job;

    QPointer<DocumentLoader> self(this);
    auto report = [self, job](const QString &stage, int done, int total) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, job, stage, done, total] {
                if (self && self->m_job == job)
                    Q_EMIT self->progress(stage, done, total);
            },
            Qt::QueuedConnection);
    };

    m_watcher = new QFutureWatcher<void>(this);
    connect(m_watcher, &QFutureWatcher<void>::finished, this, &DocumentLoader::onJobFinished);
    m_watcher->setFuture(QtConcurrent::run([job, report] {
        try {
            load::LoadOptions options;
            if (job->options.dialect == QLatin1String("pg"))
                options.discovery.dialect = load::Dialect::PostgreSQL;
            else if (job->options.dialect == QLatin1String("sqlite"))
                options.discovery.dialect = load::Dialect::SQLite;
            options.discovery.order = job->options.order;
            const QString loading = QCoreApplication::translate("gui", "Loading");
            options.progress = [job, report, loading](int done, int total) {
                report(loading, done, total);
                return !job->cancel.load();
            };
            // A snapshot of the model after every migration, for the timeline (shared copies:
            // ~65 KB per migration on Lemmy's 342).
            options.snapshots = true;
            // The review file says whether migrations run in a transaction, which decides
            // what PostgreSQL accepts while they are replayed.
            if (const QString path = review::findConfigFor(job->source); !path.isEmpty())
                if (const auto config = review::loadConfigFile(path))
                    options.migrationsInTransaction = config->config.migrationsInTransaction;
            QElapsedTimer timer;
            timer.start();
            auto loaded = load::loadSource(job->source, options);
            if (job->cancel)
                return;
            if (!loaded) {
                job->error = loaded.error().toString();
                return;
            }
            auto document = std::make_shared<Document>();
            document->source = job->source;
            document->displayName = displayNameOf(job->source);
            document->loaded = std::move(loaded).value();
            document->loadMs = timer.restart();

            review::ReviewOptions reviewOptions;
            document->configPath = review::findConfigFor(job->source);
            if (!document->configPath.isEmpty()) {
                auto config = review::loadConfigFile(document->configPath);
                if (config) {
                    reviewOptions.config = config->config;
                    for (const review::ConfigProblem &p : config->problems)
                        document->configProblems.append(p.path + QLatin1String(": ") + p.message);
                } else {
                    document->configProblems.append(config.error().toString());
                }
            }
            const QString reviewing = QCoreApplication::translate("gui", "Reviewing");
            reviewOptions.progress = [job, report, reviewing](int done, int total) {
                report(reviewing, done, total);
                return !job->cancel.load();
            };
            document->review = review::runReview(document->loaded, reviewOptions);
            document->reviewMs = timer.elapsed();
            if (job->cancel)
                return;
            // Graph, text measurement and the report page here too: all are linear in the
            // schema's size (a 2,000-table schema took over a second on the UI thread), and
            // QFontMetricsF works off the GUI thread. Fonts are the same in every theme.
            report(QCoreApplication::translate("gui", "Preparing the diagram"), 0, 0);
            timer.restart();
            graph::GraphOptions graphOptions;
            graphOptions.includeViews = job->showViews;
            document->graph =
                graph::buildGraph(document->loaded.schema, &document->review, graphOptions);
            qCDebug(lcTiming, "graph: %lld ms", timer.restart());
            const render::MeasureOptions measure{
                .findings = true, .showSchema = render::spansSchemas(document->graph)};
            render::MeasureCache measured;
            document->metrics.reserve(document->graph.nodes.size());
            document->geometry.reserve(document->graph.nodes.size());
            for (const graph::TableNode &node : std::as_const(document->graph.nodes)) {
                if (job->cancel)
                    return;
                document->metrics.append(
                    render::tableMetrics(node, render::Theme::light(), measure, &measured));
                document->geometry.append(
                    {document->metrics.last().size, document->metrics.last().rowCentres()});
            }
            qCDebug(lcTiming, "measure: %lld ms", timer.restart());
            report::ReviewReport reportInput;
            reportInput.loaded = &document->loaded;
            reportInput.result = &document->review;
            reportInput.rules = &review::allRules();
            document->reportHtml = report::reviewToHtml(reportInput);
            qCDebug(lcTiming, "report html: %lld ms", timer.restart());
            if (!job->cancel)
                job->document = std::move(document);
        } catch (const std::exception &e) {
            job->error = QCoreApplication::translate("gui", "Internal error: %1")
                             .arg(QString::fromLocal8Bit(e.what()));
        } catch (...) {
            job->error = QCoreApplication::translate("gui", "Internal error");
        }
    }));
}

void DocumentLoader::onJobFinished()
{
    const std::shared_ptr<Job> job = m_job;
    m_job.reset();
    if (!job)
        return;
    if (job->cancel) {
        Q_EMIT cancelled();
    } else if (job->document) {
        Q_EMIT finished(std::move(job->document));
    } else {
        Q_EMIT failed(job->source, job->error);
    }
}

} // namespace schemalens::gui
