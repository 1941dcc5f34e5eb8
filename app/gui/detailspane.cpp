#include "app/gui/detailspane.h"

#include "app/gui/severitystyle.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace schemalens::gui {

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_text = new QTextBrowser;
    m_text->setOpenLinks(false);
    layout->addWidget(m_text, 1);
    auto *buttons = new QHBoxLayout;
    m_copyFix = new QPushButton(tr("&Copy fix"));
    m_openSource = new QPushButton(tr("Open &source"));
    buttons->addWidget(m_copyFix);
    buttons->addWidget(m_openSource);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_copyFix, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_finding.fix);
        // Say that it worked: the clipboard gives no sign of its own.
        m_copyFix->setText(tr("Copied ✓"));
        QTimer::singleShot(1500, m_copyFix, [this] { m_copyFix->setText(tr("&Copy fix")); });
        Q_EMIT copied(tr("The fix SQL is on the clipboard."));
    });
    connect(m_openSource, &QPushButton::clicked, this,
            [this] { Q_EMIT openLocation(m_finding.location.file, m_finding.location.line); });
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl &) {
        Q_EMIT openLocation(m_finding.location.file, m_finding.location.line);
    });
    clear();
}

void DetailsPane::clear()
{
    m_finding = {};
    m_text->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                        .arg(tr("Select a finding to see why it matters and how to fix it.")));
    m_copyFix->setEnabled(false);
    m_openSource->setEnabled(false);
}

void DetailsPane::showFinding(const review::Finding &finding, const QString &ruleTitle)
{
    m_finding = finding;
    const QString color = severityColor(finding.severity).name();
    QString html = QStringLiteral("<p><span style='color:%1; font-weight:bold'>%2</span> "
                                  "&middot; <code>%3</code> &middot; %4</p>")
                       .arg(color, severityLabel(finding.severity).toHtmlEscaped(),
                            finding.rule.toHtmlEscaped(), ruleTitle.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>").arg(finding.message.toHtmlEscaped());
    if (!finding.rationale.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(finding.rationale.toHtmlEscaped());
    if (!finding.fix.isEmpty())
        // Wrapped: a long ALTER must not need horizontal scrolling in a narrow dock.
        html += QStringLiteral("<p><b>%1</b></p><pre style='white-space: pre-wrap'>%2</pre>")
                    .arg(tr("Fix").toHtmlEscaped(), finding.fix.toHtmlEscaped());
    if (finding.location.isValid())
        html +=
            QStringLiteral("<p>%1 <a href='source:'>%2</a></p>")
                .arg(tr("Origin:").toHtmlEscaped(), finding.location.toString().toHtmlEscaped());
    if (!finding.fingerprint.isEmpty())
        html += QStringLiteral("<p style='color:gray'>%1 <code>%2</code></p>")
                    .arg(tr("Fingerprint:").toHtmlEscaped(), finding.fingerprint);
    m_text->setHtml(html);
    m_copyFix->setEnabled(!finding.fix.isEmpty());
    m_openSource->setEnabled(!finding.location.file.isEmpty());
}

} // namespace schemalens::gui
