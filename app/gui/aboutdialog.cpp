#include "app/gui/aboutdialog.h"

#include "core/util/versions.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace schemalens::gui {

QString AboutDialog::versionsText()
{
    QStringList lines;
    for (const auto &[name, version] : libraryVersions())
        lines.append(name + QLatin1String(" ") + version);
    return lines.join(QLatin1Char('\n'));
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Schemalens"));
    auto *layout = new QVBoxLayout(this);
    auto *icon = new QLabel;
    icon->setPixmap(windowIcon().pixmap(64, 64));
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    QString rows;
    for (const auto &[name, version] : libraryVersions())
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), version.toHtmlEscaped());
    auto *text = new QLabel(
        QStringLiteral("<h2>Schemalens %1</h2><p>%2</p><table cellspacing='4'>%3</table>")
            .arg(QApplication::applicationVersion(),
                 tr("Explore database schemas as diagrams and review them like a senior "
                    "database engineer would.")
                     .toHtmlEscaped(),
                 rows));
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace schemalens::gui
