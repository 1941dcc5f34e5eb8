#pragma once

#include "app/gui/agenda.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace schemalens::gui {

// The small dialogs of presentation mode. All work with the keyboard alone (Tab, Space,
// Enter, Esc; Ctrl+Enter accepts from a text box), open window-modal without blocking, and
// take the presentation's large font.

// N: the note (and owner) of the current finding's decision; also asks for the reason of a
// won't-fix.
class NoteDialog : public QDialog {
    Q_OBJECT
public:
    NoteDialog(const QString &title, const QString &note, const QString &owner,
               QWidget *parent = nullptr);
    QString note() const;
    QString owner() const;
    QPlainTextEdit *noteEdit() const { return m_note; }
    QLineEdit *ownerEdit() const { return m_owner; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPlainTextEdit *m_note = nullptr;
    QLineEdit *m_owner = nullptr;
};

// F: which findings the meeting walks.
class FilterDialog : public QDialog {
    Q_OBJECT
public:
    FilterDialog(const AgendaFilter &filter, const QStringList &families,
                 QWidget *parent = nullptr);
    AgendaFilter filter() const;

private:
    QCheckBox *m_severity[3] = {};
    QListWidget *m_families = nullptr;
    QLineEdit *m_tables = nullptr;
    QCheckBox *m_undecided = nullptr;
};

// A: the whole agenda, to jump to a step.
class AgendaDialog : public QDialog {
    Q_OBJECT
public:
    AgendaDialog(const QStringList &lines, int current, QWidget *parent = nullptr);
    int chosen() const;
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list = nullptr;
};

} // namespace schemalens::gui
