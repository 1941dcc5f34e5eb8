#pragma once

#include "core/load/loadresult.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace schemalens::gui {

// What a source consists of, so that nothing it leaves out goes unnoticed: the layout and the
// dialect with its evidence, the problems met while loading (unreadable or binary files,
// parse and migration errors, warnings) with their file:line, the files the layout did not
// apply with the reason (down scripts, other dialect, code migrations, odd names), and the
// files applied, in order. Double-clicking a problem or a file opens it.
class SourcePanel : public QWidget {
    Q_OBJECT
public:
    explicit SourcePanel(QWidget *parent = nullptr);

    void setSource(const load::LoadResult &loaded);
    void clear();

    // Problems worth a banner: errors and warnings met while loading (discovery warns about
    // a skipped file that looks like a migration; a down script is expected and listed only).
    static int problemCount(const load::LoadResult &loaded);
    // "2 migration errors, 1 source warning": what problemCount() counted, in words.
    static QString problemSummary(const load::LoadResult &loaded);

    QTreeWidget *tree() const { return m_tree; }
    void expandProblems(); // shows and selects the problems group

Q_SIGNALS:
    void openLocation(const QString &file, int line);

private:
    QLabel *m_header = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTreeWidgetItem *m_problems = nullptr;
};

} // namespace schemalens::gui
