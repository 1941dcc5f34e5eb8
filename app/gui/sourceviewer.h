#pragma once

#include <QPlainTextEdit>

namespace schemalens::gui {

class SqlHighlighter;

// Read-only SQL viewer with line numbers that opens a migration file at a line and marks it.
// Never writes the file.
class SourceViewer : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit SourceViewer(QWidget *parent = nullptr);

    // Shows PATH (absolute) and scrolls to LINE (1-based; 0 = top). Returns false with an
    // error shown in the viewer when the file cannot be read.
    bool showFile(const QString &path, int line = 0, const QString &title = QString());
    // Forgets the file shown (another source was opened).
    void clearFile();
    // Reads the file shown again, keeping the marked line (the source was reloaded).
    void reloadFile();
    QString currentFile() const { return m_path; }
    int currentLine() const { return m_line; }
    void setDark(bool dark);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class LineNumberArea;
    int lineNumberWidth() const;
    void paintLineNumbers(QPaintEvent *event);
    void updateMargins();
    void markLine(int line);

    QWidget *m_lineNumbers = nullptr;
    SqlHighlighter *m_highlighter = nullptr;
    QString m_path;
    int m_line = 0;
};

} // namespace schemalens::gui
