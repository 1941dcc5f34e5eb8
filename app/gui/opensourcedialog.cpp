#include "app/gui/opensourcedialog.h"

#include "core/load/orderlist.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace schemalens::gui {

OpenSourceDialog::OpenSourceDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("OpenSourceDialog"));
    setWindowTitle(tr("Open with Options"));
    m_source = new QLineEdit;
    m_source->setObjectName(QStringLiteral("openSourcePath"));
    m_source->setMinimumWidth(460);
    m_source->setPlaceholderText(tr("Migration folder, schema file or SQLite database"));
    auto *folder = new QPushButton(tr("&Folder…"));
    auto *file = new QPushButton(tr("F&ile…"));
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(folder);
    sourceRow->addWidget(file);

    m_dialect = new QComboBox;
    m_dialect->setObjectName(QStringLiteral("openSourceDialect"));
    m_dialect->addItem(tr("Detect automatically"), QString());
    m_dialect->addItem(QStringLiteral("PostgreSQL"), QStringLiteral("pg"));
    m_dialect->addItem(QStringLiteral("SQLite"), QStringLiteral("sqlite"));

    m_order = new QLineEdit;
    m_order->setObjectName(QStringLiteral("openSourceOrder"));
    m_order->setPlaceholderText(tr("e.g. 003_users.sql, 001_init.sql — or @order.txt"));
    auto *orderFile = new QPushButton(tr("&Order File…"));
    auto *orderRow = new QHBoxLayout;
    orderRow->addWidget(m_order, 1);
    orderRow->addWidget(orderFile);

    m_note = new QLabel;
    m_note->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *sourceLabel = new QLabel(tr("&Source:"));
    sourceLabel->setBuddy(m_source);
    form->addRow(sourceLabel, sourceRow);
    form->addRow(tr("&Dialect:"), m_dialect);
    auto *orderLabel = new QLabel(tr("Apply &first:"));
    orderLabel->setBuddy(m_order);
    form->addRow(orderLabel, orderRow);
    form->addRow(QString(), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_note->setText(tr("Migrations listed here are applied first, in this order; the rest "
                       "follow in the order the tool would use. Both choices are remembered "
                       "for this source."));

    connect(buttons, &QDialogButtonBox::accepted, this, &OpenSourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_source, &QLineEdit::textEdited, this, &OpenSourceDialog::sourceEdited);
    connect(m_source, &QLineEdit::textChanged, this, &OpenSourceDialog::validate);
    connect(folder, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Open Migration Folder"), m_source->text());
        if (!dir.isEmpty())
            setSource(dir);
    });
    connect(file, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open Schema File"), m_source->text());
        if (!path.isEmpty())
            setSource(path);
    });
    connect(orderFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Order File (one migration per line)"), m_source->text());
        if (!path.isEmpty())
            m_order->setText(QLatin1Char('@') + path);
    });
    validate();
}

QString OpenSourceDialog::source() const
{
    return m_source->text().trimmed();
}

void OpenSourceDialog::setSource(const QString &source)
{
    m_source->setText(source);
    sourceEdited();
}

void OpenSourceDialog::sourceEdited()
{
    // What this source was opened with last time, so that reopening keeps it.
    const SourceOptions remembered = SourceOptions::remembered(source());
    setOptions(remembered);
}

SourceOptions OpenSourceDialog::options() const
{
    SourceOptions options;
    options.dialect = m_dialect->currentData().toString();
    const Result<QStringList> order = load::parseOrderList(m_order->text().trimmed());
    if (order)
        options.order = order.value();
    return options;
}

void OpenSourceDialog::setOptions(const SourceOptions &options)
{
    m_dialect->setCurrentIndex(std::max(0, m_dialect->findData(options.dialect)));
    m_order->setText(options.order.join(QStringLiteral(", ")));
}

void OpenSourceDialog::validate()
{
    const QString path = source();
    if (auto *ok = findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open))
        ok->setEnabled(!path.isEmpty() && QFileInfo::exists(path));
}

void OpenSourceDialog::accept()
{
    const Result<QStringList> order = load::parseOrderList(m_order->text().trimmed());
    if (!order) {
        m_note->setText(order.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace schemalens::gui
