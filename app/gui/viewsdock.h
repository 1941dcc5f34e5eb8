#pragma once

#include <QWidget>

#include <functional>

class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace schemalens::gui {

class DiagramController;
class DiagramScene;

// The Views dock: the whole schema and the named views of its layout file. Selecting one
// shows it; views are made from the selected tables, the tables the search finds, the
// selected table's neighbourhood or a schema, and renamed or deleted here.
class ViewsPanel : public QWidget {
    Q_OBJECT
public:
    ViewsPanel(DiagramController *controller, DiagramScene *scene, QWidget *parent = nullptr);

    // Where a new view's tables come from.
    enum class Source { Selection, Search, Neighbourhood, Schema };
    // The tables (node ids of the document's graph) SOURCE gives now; ARGUMENT is the schema
    // for Schema. Empty when it gives none.
    QStringList tablesFrom(Source source, const QString &argument = {}) const;
    // Creates a view named NAME from SOURCE and shows it; false when there is nothing to show
    // or the name is taken. Asks for a name when NAME is empty.
    bool createView(Source source, QString name = {}, const QString &argument = {});
    // The search text the Search source uses (the window's find box).
    void setSearchText(std::function<QString()> provider) { m_searchText = std::move(provider); }
    QListWidget *list() const { return m_list; }

private:
    void refresh();
    void renameCurrent();
    void deleteCurrent();
    QString suggestedName(Source source, const QString &argument) const;

    DiagramController *m_controller;
    DiagramScene *m_scene;
    QListWidget *m_list;
    QToolButton *m_new;
    QToolButton *m_rename;
    QToolButton *m_delete;
    std::function<QString()> m_searchText;
    bool m_refreshing = false;
};

} // namespace schemalens::gui
