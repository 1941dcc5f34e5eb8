#pragma once

#include "app/gui/agenda.h"
#include "app/gui/document.h"
#include "core/render/area.h"
#include "core/render/theme.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>

class QLabel;

namespace schemalens::gui {

class AreaWidget;
class MeetingStore;
class ProgressLine;

// View ▸ Present: walks a design review meeting through the findings, one step at a time,
// full screen and in type a room can read. Each step shows the finding's tables with their
// neighbours (laid out on their own, off the UI thread), its message, rationale, fix SQL and
// migration line, and its decision. Keyboard only:
//   → ↓ Space PgDn next · ← ↑ PgUp previous · Home/End first/last
//   1-5 decide (open, will fix, won't fix, fixed, discuss) · N note and owner
//   A agenda · F filter · O order (rank, table, domain) · T light/dark · + - type size
//   Esc leaves
class PresentationWindow : public QWidget {
    Q_OBJECT
public:
    PresentationWindow(DocumentPtr document, MeetingStore *store, bool dark,
                       QWidget *parent = nullptr);
    ~PresentationWindow() override;

    // Builds the agenda and shows the window (full screen unless FULLSCREEN is false, for
    // screenshots at a chosen size), at STARTFINDING when it is on the agenda.
    void start(int startFinding = -1, bool fullScreen = true);

    const QList<AgendaItem> &agenda() const { return m_agenda; }
    int position() const { return m_position; } // index into agenda(), -1 when empty
    int currentFinding() const;                 // index into the document's findings
    AgendaFilter filter() const { return m_filter; }
    void setFilter(const AgendaFilter &filter);
    AgendaOrder order() const { return m_order; }
    void setOrder(AgendaOrder order);
    bool isDark() const { return m_dark; }
    void setDark(bool dark);
    bool areaReady() const; // the current step's picture is final (laid out or not needed)
    QString progressText() const;
    void goTo(int position);

Q_SIGNALS:
    void left(int finding); // Esc: the finding on screen, for the main window to select
    void stepShown();       // a step (or its laid-out area) is on screen

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void rebuildAgenda(int keepFinding);
    void showStep();
    void showArea();
    void requestArea(int finding);
    void decide(review::DecisionStatus status);
    void editNote(bool askForReason);
    void showAgenda();
    void showFilter();
    void applyStyle();
    void fitText();
    void updateProgress();
    void updateDecision();
    void flash(const QString &message);
    QString sourceLine(const review::Finding &finding) const;

    DocumentPtr m_document;
    QPointer<MeetingStore> m_store;
    bool m_dark = false;
    double m_typeScale = 1.0; // + and - keys
    double m_fitScale = 1.0;  // shrinks the text until the step fits
    AgendaFilter m_filter;
    AgendaOrder m_order = AgendaOrder::Rank;
    QList<AgendaItem> m_agenda;
    int m_position = -1;

    // Areas by fingerprint, laid out in the background; the current step's first, then
    // the next one's.
    QHash<QString, std::shared_ptr<const render::AreaDiagram>> m_areas;
    QSet<QString> m_pending;
    QSet<QString> m_failed;
    mutable QHash<QString, QStringList> m_fileLines; // migration files read for their lines

    QLabel *m_title = nullptr;
    QLabel *m_progress = nullptr;
    ProgressLine *m_progressLine = nullptr;
    AreaWidget *m_area = nullptr;
    QWidget *m_panel = nullptr;
    QLabel *m_group = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_rationale = nullptr;
    QLabel *m_fixTitle = nullptr;
    QLabel *m_fix = nullptr;
    QLabel *m_location = nullptr;
    QLabel *m_decision = nullptr;
    QLabel *m_keys = nullptr;
    QLabel *m_flash = nullptr;
};

} // namespace schemalens::gui
