#include "app/gui/welcomepage.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace schemalens::gui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *column = new QVBoxLayout;
    auto *title = new QLabel(tr("<h1>Schemalens</h1><p>Open a migration folder, a schema dump, "
                                "a SQLite database or a PostgreSQL connection to see its "
                                "diagram and review findings. You can also drop a folder or "
                                "file here.</p>"));
    title->setWordWrap(true);
    column->addWidget(title);
    auto addLink = [&](const QString &text, const QString &description, auto signal) {
        auto *button = new QCommandLinkButton(text, description);
        connect(button, &QCommandLinkButton::clicked, this, signal);
        column->addWidget(button);
        return button;
    };
    addLink(tr("Open the example"), tr("A small shop schema with typical findings"),
            &WelcomePage::openExample)
        ->setObjectName(QStringLiteral("openExampleButton"));
    addLink(tr("Open a migration folder…"),
            tr("Flyway, golang-migrate, dbmate, Diesel, Prisma, Drizzle, Supabase, sqitch…"),
            &WelcomePage::openFolder);
    addLink(tr("Open a schema file or SQLite database…"), tr("pg_dump, structure.sql, .db"),
            &WelcomePage::openFile);
    addLink(tr("Connect to PostgreSQL…"), tr("Read-only; the password is never saved"),
            &WelcomePage::connectDatabase);
    m_recent = new QVBoxLayout;
    column->addLayout(m_recent);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    auto *holder = new QWidget;
    holder->setLayout(column);
    holder->setMaximumWidth(560);
    row->addWidget(holder, 4);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
}

void WelcomePage::setRecent(const QStringList &sources)
{
    while (QLayoutItem *item = m_recent->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (sources.isEmpty())
        return;
    m_recent->addWidget(new QLabel(tr("<b>Recent</b>")));
    for (const QString &source : sources.mid(0, 5)) {
        auto *button = new QPushButton(source);
        button->setFlat(true);
        button->setStyleSheet(QStringLiteral("text-align: left"));
        connect(button, &QPushButton::clicked, this, [this, source] { Q_EMIT openRecent(source); });
        m_recent->addWidget(button);
    }
}

} // namespace schemalens::gui
