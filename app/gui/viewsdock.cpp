#include "app/gui/viewsdock.h"

#include "app/gui/diagramcontroller.h"
#include "app/gui/diagramscene.h"
#include "core/graph/arrangement.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

namespace schemalens::gui {

ViewsPanel::ViewsPanel(DiagramController *controller, DiagramScene *scene, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_scene(scene)
    , m_list(new QListWidget)
    , m_new(new QToolButton)
    , m_rename(new QToolButton)
    , m_delete(new QToolButton)
{
    setObjectName(QStringLiteral("ViewsPanel"));
    m_list->setObjectName(QStringLiteral("ViewsList"));
    m_new->setText(tr("New View"));
    m_new->setPopupMode(QToolButton::InstantPopup);
    m_rename->setText(tr("Rename…"));
    m_delete->setText(tr("Delete"));
    auto *menu = new QMenu(m_new);
    menu->addAction(tr("From the Selected Tables"), this,
                    [this] { createView(Source::Selection); });
    menu->addAction(tr("From the Search Results"), this, [this] { createView(Source::Search); });
    menu->addAction(tr("From the Selected Table and Its Neighbours"), this,
                    [this] { createView(Source::Neighbourhood); });
    QMenu *schemas = menu->addMenu(tr("From a Schema"));
    connect(schemas, &QMenu::aboutToShow, this, [this, schemas] {
        schemas->clear();
        QStringList names;
        if (const DocumentPtr document = m_controller->document())
            for (const graph::TableNode &node : document->graph.nodes)
                if (!names.contains(node.schema))
                    names.append(node.schema);
        names.sort();
        for (const QString &schema : std::as_const(names))
            schemas->addAction(schema, this,
                               [this, schema] { createView(Source::Schema, {}, schema); });
    });
    m_new->setMenu(menu);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_new);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);

    connect(m_rename, &QToolButton::clicked, this, &ViewsPanel::renameCurrent);
    connect(m_delete, &QToolButton::clicked, this, &ViewsPanel::deleteCurrent);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (m_refreshing || !item)
            return;
        const QString name = item->data(Qt::UserRole).toString();
        m_rename->setEnabled(!name.isEmpty());
        m_delete->setEnabled(!name.isEmpty());
        m_controller->showView(name);
    });
    // Queued: the list is rebuilt after the signal that changed the view has returned (it may
    // be the list's own).
    connect(m_controller, &DiagramController::viewsChanged, this, &ViewsPanel::refresh,
            Qt::QueuedConnection);
    connect(m_controller, &DiagramController::viewChanged, this, &ViewsPanel::refresh,
            Qt::QueuedConnection);
    refresh();
}

void ViewsPanel::refresh()
{
    m_refreshing = true;
    m_list->clear();
    auto *whole = new QListWidgetItem(tr("Whole schema"), m_list);
    whole->setData(Qt::UserRole, QString());
    QListWidgetItem *current = whole;
    for (const QString &name : m_controller->viewNames()) {
        const int count = int(m_controller->viewTables(name).size());
        auto *item = new QListWidgetItem(tr("%1 (%n tables)", nullptr, count).arg(name), m_list);
        item->setData(Qt::UserRole, name);
        if (name == m_controller->currentView())
            current = item;
    }
    m_list->setCurrentItem(current);
    m_rename->setEnabled(current != whole);
    m_delete->setEnabled(current != whole);
    m_refreshing = false;
}

QStringList ViewsPanel::tablesFrom(Source source, const QString &argument) const
{
    const DocumentPtr document = m_controller->document();
    if (!document)
        return {};
    const graph::ErGraph &full = document->graph;
    QStringList ids;
    switch (source) {
    case Source::Selection:
        for (int node : m_scene->selectedNodes())
            if (!m_scene->graph().nodes.at(node).stub)
                ids.append(m_scene->graph().nodes.at(node).id);
        break;
    case Source::Search: {
        const QString needle = m_searchText ? m_searchText().trimmed() : QString();
        if (needle.isEmpty())
            break;
        for (const graph::TableNode &node : full.nodes) {
            bool match = node.name.contains(needle, Qt::CaseInsensitive);
            for (const graph::ColumnRow &row : node.rows)
                match = match || row.name.contains(needle, Qt::CaseInsensitive);
            if (match)
                ids.append(node.id);
        }
        break;
    }
    case Source::Neighbourhood: {
        const QList<int> selected = m_scene->selectedNodes();
        if (selected.isEmpty())
            break;
        const int node = full.indexOf(m_scene->graph().nodes.at(selected.first()).id);
        ids = graph::neighbourhood(full, node, 1);
        break;
    }
    case Source::Schema:
        for (const graph::TableNode &node : full.nodes)
            if (node.schema == argument)
                ids.append(node.id);
        break;
    }
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

QString ViewsPanel::suggestedName(Source source, const QString &argument) const
{
    const QList<int> selected = m_scene->selectedNodes();
    QString base;
    switch (source) {
    case Source::Selection:
        base = tr("Selection");
        break;
    case Source::Search:
        base = m_searchText ? m_searchText().trimmed() : QString();
        break;
    case Source::Neighbourhood:
        base = selected.isEmpty()
                   ? QString()
                   : tr("Around %1").arg(m_scene->graph().nodes.at(selected.first()).name);
        break;
    case Source::Schema:
        base = argument;
        break;
    }
    if (base.isEmpty())
        base = tr("View");
    QString name = base;
    for (int n = 2; m_controller->viewNames().contains(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

bool ViewsPanel::createView(Source source, QString name, const QString &argument)
{
    const QStringList tables = tablesFrom(source, argument);
    if (tables.isEmpty()) {
        QMessageBox::information(this, tr("New View"),
                                 source == Source::Search
                                     ? tr("The search finds no table. Type in the find box first.")
                                     : tr("Select one or more tables first."));
        return false;
    }
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getText(
            this, tr("New View"), tr("Name of the view (%n tables):", nullptr, int(tables.size())),
            QLineEdit::Normal, suggestedName(source, argument), &ok);
        if (!ok)
            return false;
    }
    if (!m_controller->createView(name, tables)) {
        QMessageBox::warning(this, tr("New View"),
                             tr("A view named \"%1\" exists already.").arg(name.trimmed()));
        return false;
    }
    return true;
}

void ViewsPanel::renameCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    const QString from = item ? item->data(Qt::UserRole).toString() : QString();
    if (from.isEmpty())
        return;
    bool ok = false;
    const QString to = QInputDialog::getText(this, tr("Rename View"), tr("New name:"),
                                             QLineEdit::Normal, from, &ok);
    if (ok && to != from && !m_controller->renameView(from, to))
        QMessageBox::warning(this, tr("Rename View"),
                             tr("A view named \"%1\" exists already.").arg(to.trimmed()));
}

void ViewsPanel::deleteCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    const QString name = item ? item->data(Qt::UserRole).toString() : QString();
    if (name.isEmpty())
        return;
    m_controller->deleteView(name);
}

} // namespace schemalens::gui
