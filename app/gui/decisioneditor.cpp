#include "app/gui/decisioneditor.h"

#include "app/gui/meetingstore.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace schemalens::gui {

using review::DecisionStatus;

DecisionEditor::DecisionEditor(MeetingStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("DecisionEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    auto *title = new QLabel(tr("<b>Decision</b>"));
    layout->addWidget(title);

    auto *row = new QHBoxLayout;
    m_buttons = new QButtonGroup(this);
    m_buttons->setExclusive(true);
    int number = 1;
    for (DecisionStatus status : review::allDecisionStatuses) {
        auto *button = new QToolButton;
        button->setCheckable(true);
        button->setText(
            QStringLiteral("&%1 %2").arg(number++).arg(review::decisionStatusTitle(status)));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_buttons->addButton(button, int(status));
        row->addWidget(button);
    }
    row->addStretch(1);
    layout->addLayout(row);

    m_note = new QPlainTextEdit;
    m_note->setPlaceholderText(tr("Note: what was agreed, and why (a won't-fix needs a reason)"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    m_note->installEventFilter(this);
    layout->addWidget(m_note);
    auto *bottom = new QHBoxLayout;
    m_owner = new QLineEdit;
    m_owner->setPlaceholderText(tr("Owner"));
    m_owner->installEventFilter(this);
    bottom->addWidget(m_owner, 1);
    m_save = new QPushButton(tr("Save Note"));
    m_save->setToolTip(tr("Save the note and owner (Ctrl+Enter)"));
    bottom->addWidget(m_save);
    layout->addLayout(bottom);
    m_state = new QLabel;
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    connect(m_buttons, &QButtonGroup::idClicked, this,
            [this](int id) { chooseStatus(DecisionStatus(id)); });
    connect(m_save, &QPushButton::clicked, this, &DecisionEditor::save);
    if (m_store) {
        connect(m_store, &MeetingStore::decisionChanged, this, [this](const QString &fp) {
            if (m_hasFinding && fp == m_finding.fingerprint)
                refresh();
        });
    }
    clear();
}

void DecisionEditor::setFinding(const review::Finding &finding)
{
    m_finding = finding;
    m_hasFinding = !finding.fingerprint.isEmpty();
    refresh();
}

void DecisionEditor::clear()
{
    m_finding = {};
    m_hasFinding = false;
    refresh();
}

void DecisionEditor::refresh()
{
    const bool enabled = m_hasFinding && m_store;
    for (QAbstractButton *button : m_buttons->buttons())
        button->setEnabled(enabled);
    m_note->setEnabled(enabled);
    m_owner->setEnabled(enabled);
    m_save->setEnabled(enabled);
    const std::optional<review::Decision> d =
        enabled ? m_store->decision(m_finding.fingerprint) : std::nullopt;
    const DecisionStatus status = d ? d->status : DecisionStatus::Open;
    if (QAbstractButton *button = m_buttons->button(int(status)))
        button->setChecked(enabled);
    m_note->setPlainText(d ? d->note : QString());
    m_owner->setText(d ? d->owner : QString());
    if (!enabled)
        m_state->clear();
    else if (!m_store->readError().isEmpty())
        showMessage(tr("The review file cannot be read, so decisions are not saved: %1")
                        .arg(m_store->readError()),
                    true);
    else if (d)
        showMessage(tr("Decided %1 · kept in %2").arg(d->date, m_store->path()), false);
    else
        showMessage(tr("Not decided yet · decisions are kept in %1").arg(m_store->path()), false);
}

void DecisionEditor::showMessage(const QString &message, bool error)
{
    m_state->setText(message);
    m_state->setForegroundRole(error ? QPalette::BrightText : QPalette::PlaceholderText);
    m_state->setStyleSheet(error ? QStringLiteral("color: #cf222e;") : QString());
}

bool DecisionEditor::chooseStatus(DecisionStatus status)
{
    if (!m_hasFinding || !m_store)
        return false;
    // The note being written counts: choosing won't fix after typing the reason works.
    const bool ok = m_store->decide(m_finding, status, m_note->toPlainText(), m_owner->text());
    if (!ok) {
        refresh();
        showMessage(m_store->lastError(), true);
        m_note->setFocus();
        return false;
    }
    refresh();
    return true;
}

bool DecisionEditor::save()
{
    if (!m_hasFinding || !m_store)
        return false;
    const std::optional<review::Decision> d = m_store->decision(m_finding.fingerprint);
    const DecisionStatus status = d ? d->status : DecisionStatus::Open;
    if (!m_store->decide(m_finding, status, m_note->toPlainText(), m_owner->text())) {
        showMessage(m_store->lastError(), true);
        return false;
    }
    refresh();
    return true;
}

bool DecisionEditor::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_note || watched == m_owner) && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers().testFlag(Qt::ControlModifier) || watched == m_owner)) {
            save();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace schemalens::gui
