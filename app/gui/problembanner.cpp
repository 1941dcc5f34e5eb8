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
    QPalette p = palette();
    p.setColor(QPalette::Window, severe ? QColor(0xfd, 0xe7, 0xe9) : QColor(0xff, 0xf4, 0xce));
    p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(p);
    m_text->setPalette(p);
    show();
}

QString ProblemBanner::text() const
{
    return m_text->text();
}

} // namespace schemalens::gui
