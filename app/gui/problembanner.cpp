#include "app/gui/problembanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace schemalens::gui {

ProblemBanner::ProblemBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("ProblemBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_text = new QLabel;
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    auto *show = new QPushButton(tr("Show &Problems"));
    show->setObjectName(QStringLiteral("ShowProblems"));
    layout->addWidget(show);
    auto *close = new QToolButton;
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Hide this message"));
    close->setAutoRaise(true);
    layout->addWidget(close);
    connect(show, &QPushButton::clicked, this, &ProblemBanner::showProblems);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void ProblemBanner::showMessage(const QString &text, bool severe)
{
    m_text->setText(text);
    // Fixed colours that read in light and dark themes alike (dark text on a pale tint).
    // The buttons take the same fixed colours, or a dark theme's light button text vanishes
    // on the pale tint.
    QPalette p = palette();
    const QColor tint = severe ? QColor(0xfd, 0xe7, 0xe9) : QColor(0xff, 0xf4, 0xce);
    const QColor ink(0x20, 0x20, 0x20);
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, tint);
        p.setColor(group, QPalette::WindowText, ink);
        p.setColor(group, QPalette::Button, tint.darker(106));
        p.setColor(group, QPalette::ButtonText, ink);
        p.setColor(group, QPalette::Text, ink);
    }
    setPalette(p);
    for (QWidget *child : findChildren<QWidget *>())
        child->setPalette(p);
    show();
}

QString ProblemBanner::text() const
{
    return m_text->text();
}

} // namespace schemalens::gui
