#pragma once

#include "core/review/finding.h"

#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace schemalens::gui {

class MeetingStore;

// Under the finding's details: what the design review decided about it. The status buttons
// (open, will fix, won't fix, fixed, discuss) record at once; the note and owner are saved
// with Save (or Ctrl+Enter). A won't-fix is recorded only with a reason.
class DecisionEditor : public QWidget {
    Q_OBJECT
public:
    explicit DecisionEditor(MeetingStore *store, QWidget *parent = nullptr);

    void setFinding(const review::Finding &finding);
    void clear();
    QString fingerprint() const { return m_finding.fingerprint; }

    // For tests and keyboard users: record a status / the note and owner as the buttons do.
    bool chooseStatus(review::DecisionStatus status);
    QPlainTextEdit *noteEdit() const { return m_note; }
    QLineEdit *ownerEdit() const { return m_owner; }
    bool save();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void showMessage(const QString &message, bool error);

    QPointer<MeetingStore> m_store;
    review::Finding m_finding;
    bool m_hasFinding = false;
    QButtonGroup *m_buttons = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLineEdit *m_owner = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_state = nullptr;
};

} // namespace schemalens::gui
