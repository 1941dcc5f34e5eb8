#pragma once

#include "core/render/area.h"
#include "core/render/theme.h"

#include <QWidget>

#include <memory>

namespace schemalens::gui {

// The presentation's picture of one finding: its area of the diagram (render::paintArea),
// or, for a finding about no table, the migration lines it points at, or a short message
// while the area is being laid out.
class AreaWidget : public QWidget {
    Q_OBJECT
public:
    explicit AreaWidget(QWidget *parent = nullptr);

    void setTheme(const render::Theme &theme);
    void setDiagram(std::shared_ptr<const render::AreaDiagram> diagram);
    // Source lines to show instead of a diagram, the finding's line (1-based) marked.
    void setExcerpt(const QString &title, const QStringList &lines, int firstLine, int markedLine);
    void setMessage(const QString &message);
    bool hasDiagram() const { return m_diagram != nullptr; }
    bool hasExcerpt() const { return !m_lines.isEmpty(); }
    const render::AreaDiagram *diagram() const { return m_diagram.get(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    render::Theme m_theme = render::Theme::light();
    std::shared_ptr<const render::AreaDiagram> m_diagram;
    QString m_title;
    QStringList m_lines;
    int m_firstLine = 1;
    int m_markedLine = 0;
    QString m_message;
};

} // namespace schemalens::gui
