#include "app/gui/connectiondialog.h"

#include "core/load/live/connection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace schemalens::gui {

namespace {

// libpq key=value quoting: values with spaces, quotes or backslashes are single-quoted.
QString keyValue(const QString &key, const QString &value)
{
    if (value.isEmpty())
        return {};
    QString v = value;
    if (v.contains(QLatin1Char(' ')) || v.contains(QLatin1Char('\'')) ||
        v.contains(QLatin1Char('\\'))) {
        v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        v.replace(QLatin1Char('\''), QLatin1String("\\'"));
        v = QLatin1Char('\'') + v + QLatin1Char('\'');
    }
    return key + QLatin1Char('=') + v;
}

} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to PostgreSQL"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_uri = new QLineEdit;
    m_uri->setPlaceholderText(tr("postgresql://user@host:5432/database or host=… dbname=…"));
    form->addRow(tr("&Connection:"), m_uri);
    m_host = new QLineEdit(QStringLiteral("localhost"));
    m_port = new QSpinBox;
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit;
    m_user = new QLineEdit;
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    // The hint is a line of its own under the field: as a placeholder it was cut off.
    auto *passwordHint = new QLabel(tr("Never saved. Leave empty to use ~/.pgpass or PGPASSWORD."));
    passwordHint->setWordWrap(true);
    passwordHint->setEnabled(false); // drawn in the muted colour
    m_sslMode = new QComboBox;
    m_sslMode->addItems({QStringLiteral("prefer"), QStringLiteral("require"),
                         QStringLiteral("verify-full"), QStringLiteral("disable")});
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), passwordHint);
    form->addRow(tr("&SSL mode:"), m_sslMode);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setVerticalSpacing(8);
    layout->addLayout(form);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_test = buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::syncFromFields);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionDialog::syncFromFields);
    connect(m_sslMode, &QComboBox::currentTextChanged, this, &ConnectionDialog::syncFromFields);
    syncFromFields();
    setMinimumWidth(560); // a connection string and the fields fit without cramping
}

void ConnectionDialog::syncFromFields()
{
    if (m_syncing)
        return;
    QStringList parts;
    for (const QString &part : {keyValue(QStringLiteral("host"), m_host->text()),
                                keyValue(QStringLiteral("port"), QString::number(m_port->value())),
                                keyValue(QStringLiteral("dbname"), m_database->text()),
                                keyValue(QStringLiteral("user"), m_user->text()),
                                keyValue(QStringLiteral("sslmode"), m_sslMode->currentText())}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    m_syncing = true;
    m_uri->setText(parts.join(QLatin1Char(' ')));
    m_syncing = false;
}

QString ConnectionDialog::connectionString() const
{
    QString connection = m_uri->text().trimmed();
    if (!m_password->text().isEmpty()) {
        if (connection.startsWith(QLatin1String("postgres"))) {
            QUrl url(connection);
            url.setPassword(m_password->text());
            connection = url.toString(QUrl::FullyEncoded);
        } else {
            connection +=
                QLatin1Char(' ') + keyValue(QStringLiteral("password"), m_password->text());
        }
    }
    return connection;
}

void ConnectionDialog::setConnectionString(const QString &connection)
{
    m_syncing = true;
    m_uri->setText(connection);
    m_syncing = false;
}

void ConnectionDialog::testConnection()
{
    m_test->setEnabled(false);
    m_status->setText(tr("Connecting…"));
    const QString connection = connectionString();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        m_status->setText(error.isEmpty() ? tr("Connection works.") : error);
        m_test->setEnabled(true);
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([connection]() -> QString {
        load::live::ConnectOptions options;
        options.statementTimeoutMs = 5000;
        const auto connected = load::live::Connection::open(connection, options);
        return connected ? QString() : connected.error().toString();
    }));
}

} // namespace schemalens::gui
