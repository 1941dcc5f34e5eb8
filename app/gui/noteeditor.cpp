#include "app/gui/noteeditor.h"

#include "app/gui/meetingstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace schemalens::gui {

NoteEditor::NoteEditor(MeetingStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("NoteEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    auto *row = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>Note on</b>"));
    row->addWidget(title);
    m_target = new QComboBox;
    row->addWidget(m_target, 1);
    layout->addLayout(row);
    m_text = new QPlainTextEdit;
    m_text->setPlaceholderText(tr("A design remark that is not a finding"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(90);
    m_text->installEventFilter(this);
    layout->addWidget(m_text);
    auto *bottom = new QHBoxLayout;
    m_state = new QLabel;
    m_state->setWordWrap(true);
    bottom->addWidget(m_state, 1);
    m_save = new QPushButton(tr("Save Note"));
    m_save->setToolTip(tr("Save the note (Ctrl+Enter); an empty note removes it"));
    bottom->addWidget(m_save);
    layout->addLayout(bottom);
    connect(m_target, &QComboBox::currentIndexChanged, this, &NoteEditor::load);
    connect(m_save, &QPushButton::clicked, this, &NoteEditor::save);
    if (m_store)
        connect(m_store, &MeetingStore::notesChanged, this, [this] {
            // Another editor (or a reload) changed notes: show the stored text unless the
            // user is typing here.
            if (!m_text->hasFocus())
                load();
        });
    clear();
}

void NoteEditor::setTable(const QString &schema, const QString &table, const QStringList &columns)
{
    m_schema = schema;
    m_table = table;
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    m_target->addItem(tr("table %1").arg(table), QString());
    for (const QString &column : columns) {
        const QString key = review::noteKey(schema, table, column);
        const bool has = m_store && !m_store->note(key).isEmpty();
        m_target->addItem((has ? QStringLiteral("✎ ") : QString()) + tr("column %1").arg(column),
                          column);
    }
    m_target->setEnabled(true);
    load();
}

void NoteEditor::clear()
{
    m_schema.clear();
    m_table.clear();
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    m_target->setEnabled(false);
    m_text->clear();
    m_text->setEnabled(false);
    m_save->setEnabled(false);
    m_state->clear();
}

QString NoteEditor::currentKey() const
{
    if (m_table.isEmpty())
        return {};
    return review::noteKey(m_schema, m_table, m_target->currentData().toString());
}

void NoteEditor::setCurrentColumn(const QString &column)
{
    const int index = m_target->findData(column);
    if (index >= 0)
        m_target->setCurrentIndex(index);
}

void NoteEditor::load()
{
    const QString key = currentKey();
    const bool enabled = !key.isEmpty() && m_store;
    m_text->setEnabled(enabled);
    m_save->setEnabled(enabled);
    m_text->setPlainText(enabled ? m_store->note(key) : QString());
    m_state->setText(enabled && !m_store->readError().isEmpty()
                         ? tr("The review file cannot be read, so notes are not saved.")
                         : QString());
}

bool NoteEditor::save()
{
    const QString key = currentKey();
    if (key.isEmpty() || !m_store)
        return false;
    if (!m_store->setNote(key, m_text->toPlainText())) {
        m_state->setText(m_store->lastError());
        return false;
    }
    m_state->setText(m_text->toPlainText().trimmed().isEmpty() ? tr("Note removed.")
                                                               : tr("Note saved."));
    // The column list marks columns with notes.
    const QString column = m_target->currentData().toString();
    QStringList columns;
    for (int i = 1; i < m_target->count(); ++i)
        columns.append(m_target->itemData(i).toString());
    const QString state = m_state->text();
    setTable(m_schema, m_table, columns);
    setCurrentColumn(column);
    m_state->setText(state);
    return true;
}

bool NoteEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            save();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace schemalens::gui
