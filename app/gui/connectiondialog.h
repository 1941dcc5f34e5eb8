#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace schemalens::gui {

// Asks for a PostgreSQL connection: a postgresql:// URI or libpq key=value string, or the
// fields. The password is kept in memory for this session only and never written to disk
// (libpq still reads ~/.pgpass and PGPASSFILE on its own).
class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    // The libpq connection string to load (with the password, if one was typed).
    QString connectionString() const;
    void setConnectionString(const QString &connection);

private:
    void syncFromFields();
    void testConnection();

    QLineEdit *m_uri = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_test = nullptr;
    bool m_syncing = false;
};

} // namespace schemalens::gui
