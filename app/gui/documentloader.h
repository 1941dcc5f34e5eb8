#pragma once

#include "app/gui/document.h"
#include "app/gui/sourceoptions.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace schemalens::gui {

// Loads and reviews a source on a worker thread. One job at a time: starting a new one
// cancels the previous one, whose result is then dropped. Progress and results arrive on
// the thread that owns the loader (the UI thread).
class DocumentLoader : public QObject {
    Q_OBJECT
public:
    explicit DocumentLoader(QObject *parent = nullptr);
    ~DocumentLoader() override;

    void start(const QString &source, const SourceOptions &options = {});
    // Views (and what they read) on the diagram of the next load; on by default.
    void setShowViews(bool show) { m_showViews = show; }
    void cancel();
    bool isBusy() const;

Q_SIGNALS:
    void progress(const QString &stage, int done, int total);
    void finished(schemalens::gui::DocumentPtr document);
    void failed(const QString &source, const QString &message);
    void cancelled();

private:
    struct Job;
    void onJobFinished();

    std::shared_ptr<Job> m_job;
    QFutureWatcher<void> *m_watcher = nullptr;
    bool m_showViews = true;
};

} // namespace schemalens::gui

Q_DECLARE_METATYPE(schemalens::gui::DocumentPtr)
