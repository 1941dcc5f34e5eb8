#pragma once

#include "app/gui/document.h"

#include <QDockWidget>
#include <QPointer>

#include <atomic>
#include <memory>

class QLabel;
class QSlider;
class QStackedWidget;
class QThread;
class QTableView;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace schemalens::gui {

class MainWindow;
class TimelineController;
class TimelineModel;

// The Timeline dock: the document's migrations in order (date, name, what each changed,
// the findings it introduced and fixed). Picking one — in the list, with the slider or the
// arrow keys — shows the schema as it was after it on the diagram, with what it changed
// marked; picking several shows their cumulative change. "Compare with…" loads another
// source (a folder, a file, a database) and shows the differences the same way, listed
// beside the diagram. "Full schema" puts the window's diagram back.
class TimelineDock : public QDockWidget {
    Q_OBJECT
public:
    explicit TimelineDock(MainWindow *window);
    ~TimelineDock() override;

    TimelineController *controller() const { return m_controller; }
    TimelineModel *model() const { return m_model; }
    QTableView *migrationList() const { return m_list; }
    QTreeWidget *differenceList() const { return m_differences; }
    QSlider *slider() const { return m_slider; }
    QString statusText() const;

    // Shows the schema after migration ROW (0-based), marked with what it changed; a range of
    // rows shows their cumulative change.
    void selectMigration(int row);
    void selectMigrations(int firstRow, int lastRow);
    // Loads SOURCE in the background and compares it with the document (comparisonShown or
    // comparisonFailed follows).
    void compareWith(const QString &source);
    void showFullSchema();

Q_SIGNALS:
    void comparisonShown();
    void comparisonFailed(const QString &message);
    void changesSummarized(); // every migration's summary is in the list
    void findingsReviewed();  // every migration's findings are in the list

private:
    void documentShown();
    void selectionChanged();
    void stepShown();
    void showComparisonList();
    void differenceActivated(QTreeWidgetItem *item);
    void summarize();
    void reviewFindings();
    void stopBackgroundWork();
    void compareMenu();

    MainWindow *m_window;
    TimelineController *m_controller = nullptr;
    TimelineModel *m_model = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTableView *m_list = nullptr;
    QTreeWidget *m_differences = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_compareTitle = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_full = nullptr;
    QToolButton *m_compare = nullptr;
    bool m_syncing = false;
    QString m_compareLabel;
    // Background work for the current document; a new document (or the dock's end) sets
    // the flag and the work stops at its next check.
    std::shared_ptr<std::atomic<bool>> m_stop;
    bool m_findingsStarted = false;
    QList<QPointer<QThread>> m_threads;
};

} // namespace schemalens::gui
