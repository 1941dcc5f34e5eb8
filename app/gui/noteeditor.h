#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace schemalens::gui {

class MeetingStore;

// Under the inspector: the design remark on the selected table or one of its columns (a
// note that is not a finding), kept in the review file's "notes". The diagram marks tables
// and columns that have one.
class NoteEditor : public QWidget {
    Q_OBJECT
public:
    explicit NoteEditor(MeetingStore *store, QWidget *parent = nullptr);

    void setTable(const QString &schema, const QString &table, const QStringList &columns);
    void clear();
    // The note key being edited ("schema.table" or "schema.table.column").
    QString currentKey() const;
    void setCurrentColumn(const QString &column); // empty: the table itself
    QPlainTextEdit *textEdit() const { return m_text; }
    bool save();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();

    QPointer<MeetingStore> m_store;
    QString m_schema;
    QString m_table;
    QComboBox *m_target = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_state = nullptr;
};

} // namespace schemalens::gui
