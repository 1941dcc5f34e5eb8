#include "app/gui/presentationdialogs.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace schemalens::gui {

namespace {

QDialogButtonBox *okCancel(QDialog *dialog, const QString &ok)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(ok);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

NoteDialog::NoteDialog(const QString &title, const QString &note, const QString &owner,
                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("NoteDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    m_note = new QPlainTextEdit(note);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was agreed, and why"));
    layout->addWidget(m_note, 1);
    auto *form = new QFormLayout;
    m_owner = new QLineEdit(owner);
    m_owner->setPlaceholderText(tr("Who follows it up"));
    form->addRow(tr("&Owner:"), m_owner);
    layout->addLayout(form);
    auto *hint = new QLabel(tr("Ctrl+Enter saves · Esc cancels"));
    hint->setEnabled(false);
    layout->addWidget(hint);
    layout->addWidget(okCancel(this, tr("Save")));
    m_note->setFocus();
    m_note->moveCursor(QTextCursor::End);
}

QString NoteDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

QString NoteDialog::owner() const
{
    return m_owner->text().trimmed();
}

void NoteDialog::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers().testFlag(Qt::ControlModifier)) {
        accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

FilterDialog::FilterDialog(const AgendaFilter &filter, const QStringList &families, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("FilterDialog"));
    setWindowTitle(tr("What the meeting walks"));
    auto *layout = new QVBoxLayout(this);
    auto *severities = new QGroupBox(tr("Severity"));
    auto *severityRow = new QHBoxLayout(severities);
    const QString titles[3] = {tr("&Errors"), tr("&Warnings"), tr("&Info")};
    for (int i = 0; i < 3; ++i) {
        m_severity[i] = new QCheckBox(titles[i]);
        m_severity[i]->setChecked(filter.severities[i]);
        severityRow->addWidget(m_severity[i]);
    }
    layout->addWidget(severities);
    auto *familyBox = new QGroupBox(tr("Rule &families (none checked: all)"));
    auto *familyLayout = new QVBoxLayout(familyBox);
    m_families = new QListWidget;
    for (const QString &family : families) {
        auto *item = new QListWidgetItem(familyTitle(family), m_families);
        item->setData(Qt::UserRole, family);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(filter.families.contains(family) ? Qt::Checked : Qt::Unchecked);
    }
    familyLayout->addWidget(m_families);
    layout->addWidget(familyBox, 1);
    auto *form = new QFormLayout;
    m_tables = new QLineEdit(filter.tables.join(QLatin1String(", ")));
    m_tables->setPlaceholderText(tr("all tables"));
    form->addRow(tr("&Tables:"), m_tables);
    layout->addLayout(form);
    m_undecided = new QCheckBox(tr("&Undecided findings only"));
    m_undecided->setChecked(filter.undecidedOnly);
    layout->addWidget(m_undecided);
    layout->addWidget(okCancel(this, tr("Apply")));
    m_severity[0]->setFocus();
}

AgendaFilter FilterDialog::filter() const
{
    AgendaFilter filter;
    for (int i = 0; i < 3; ++i)
        filter.severities[i] = m_severity[i]->isChecked();
    for (int i = 0; i < m_families->count(); ++i) {
        if (m_families->item(i)->checkState() == Qt::Checked)
            filter.families.insert(m_families->item(i)->data(Qt::UserRole).toString());
    }
    for (const QString &table : m_tables->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!table.trimmed().isEmpty())
            filter.tables.append(table.trimmed());
    }
    filter.undecidedOnly = m_undecided->isChecked();
    return filter;
}

AgendaDialog::AgendaDialog(const QStringList &lines, int current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("AgendaDialog"));
    setWindowTitle(tr("Agenda"));
    auto *layout = new QVBoxLayout(this);
    m_list = new QListWidget;
    m_list->addItems(lines);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setCurrentRow(current);
    layout->addWidget(m_list, 1);
    auto *hint = new QLabel(tr("↑ ↓ choose · Enter goes there · Esc returns"));
    hint->setEnabled(false);
    layout->addWidget(hint);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    m_list->setFocus();
}

int AgendaDialog::chosen() const
{
    return m_list->currentRow();
}

} // namespace schemalens::gui
