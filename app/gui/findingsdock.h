#pragma once

#include "app/gui/findingsmodel.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;

namespace schemalens::gui {

// The findings list: a text filter, severity toggles with counts, a low-confidence toggle, a
// grouping choice (by rank by default) and the tree. Emits the index of the finding the user
// selects.
class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    void setFindings(const review::Findings &findings);
    void selectFinding(int findingIndex); // from the diagram; does not re-emit
    FindingsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    void focusFilter();

Q_SIGNALS:
    void findingSelected(int findingIndex);
    void findingActivated(int findingIndex); // double click / Enter: open its source

private:
    void applyFilter();
    void updateCounts();

    FindingsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_grouping = nullptr;
    QToolButton *m_hideLow = nullptr;
    QList<QToolButton *> m_severityButtons; // error, warning, info
    bool m_selecting = false;
};

} // namespace schemalens::gui
