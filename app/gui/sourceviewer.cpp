#include "app/gui/sourceviewer.h"

#include "app/gui/sqlhighlighter.h"

#include <QFile>
#include <QFontDatabase>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

namespace schemalens::gui {

class LineNumberArea : public QWidget {
public:
    explicit LineNumberArea(SourceViewer *viewer)
        : QWidget(viewer)
        , m_viewer(viewer)
    {}
    QSize sizeHint() const override { return {m_viewer->lineNumberWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_viewer->paintLineNumbers(event); }

private:
    SourceViewer *m_viewer;
};

namespace {
constexpr qint64 maxViewedBytes = 64 * 1024 * 1024;
}

SourceViewer::SourceViewer(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberArea(this))
    , m_highlighter(new SqlHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &SourceViewer::updateMargins);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_lineNumbers->scroll(0, dy);
        else
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    });
    updateMargins();
}

void SourceViewer::setDark(bool dark)
{
    m_highlighter->setDark(dark);
}

bool SourceViewer::showFile(const QString &path, int line, const QString &title)
{
    Q_UNUSED(title);
    if (path != m_path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            setPlainText(tr("Cannot open %1: %2").arg(path, file.errorString()));
            m_path.clear();
            return false;
        }
        if (file.size() > maxViewedBytes) {
            setPlainText(
                tr("%1 is too large to show (%2 MB).").arg(path).arg(file.size() / (1024 * 1024)));
            m_path.clear();
            return false;
        }
        setPlainText(QString::fromUtf8(file.readAll()));
        m_path = path;
    }
    markLine(line);
    return true;
}

void SourceViewer::clearFile()
{
    m_path.clear();
    m_line = 0;
    setExtraSelections({});
    setPlainText(tr("Double-click a finding or a file to see its source here."));
}

void SourceViewer::reloadFile()
{
    if (m_path.isEmpty())
        return;
    const QString path = m_path;
    const int line = m_line;
    const int scroll = verticalScrollBar()->value();
    m_path.clear();
    if (showFile(path, line))
        verticalScrollBar()->setValue(scroll);
}

void SourceViewer::markLine(int line)
{
    m_line = line;
    QList<QTextEdit::ExtraSelection> selections;
    if (line > 0) {
        const QTextBlock block = document()->findBlockByNumber(line - 1);
        if (block.isValid()) {
            QTextCursor cursor(block);
            setTextCursor(cursor);
            centerCursor();
            QTextEdit::ExtraSelection selection;
            QColor mark = palette().highlight().color();
            mark.setAlpha(70);
            selection.format.setBackground(mark);
            selection.format.setProperty(QTextFormat::FullWidthSelection, true);
            selection.cursor = cursor;
            selections.append(selection);
        }
    } else {
        moveCursor(QTextCursor::Start);
    }
    setExtraSelections(selections);
}

int SourceViewer::lineNumberWidth() const
{
    const int digits = int(QString::number(qMax(1, blockCount())).size());
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void SourceViewer::updateMargins()
{
    setViewportMargins(lineNumberWidth(), 0, 0, 0);
}

void SourceViewer::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_lineNumbers->setGeometry(QRect(r.left(), r.top(), lineNumberWidth(), r.height()));
}

void SourceViewer::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setDark(palette().base().color().lightness() < 128);
        markLine(m_line);
    }
}

void SourceViewer::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().alternateBase());
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber() + 1;
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            QFont font = this->font();
            font.setBold(number == m_line);
            painter.setFont(font);
            painter.setPen(number == m_line ? palette().text().color()
                                            : palette().placeholderText().color());
            painter.drawText(0, top, m_lineNumbers->width() - 6, fontMetrics().height(),
                             Qt::AlignRight, QString::number(number));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

} // namespace schemalens::gui
