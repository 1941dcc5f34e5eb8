#include "core/load/discovery/sourcefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace schemalens::load::discovery {

namespace {

// Translated in the "schemalens" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

SourceText failure(const QString &relativePath, const QString &reason, const QString &message,
                   int line = 0, int column = 0)
{
    SourceText result;
    result.reason = reason;
    result.problem.rule = QStringLiteral("parse-error");
    result.problem.severity = Diagnostic::Severity::Error;
    result.problem.message = message;
    result.problem.location.file = relativePath;
    result.problem.location.line = line;
    result.problem.location.column = column;
    return result;
}

QString humanSize(qint64 bytes)
{
    if (bytes >= (qint64(1) << 30))
        return Tr::tr("%1 GB").arg(double(bytes) / double(qint64(1) << 30), 0, 'f', 1);
    if (bytes >= (qint64(1) << 20))
        return Tr::tr("%1 MB").arg(double(bytes) / double(qint64(1) << 20), 0, 'f', 1);
    return Tr::tr("%1 bytes").arg(bytes);
}

} // namespace

std::optional<qsizetype> firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int min = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
            cp = c & 0x07;
        } else {
            return i; // stray continuation byte or 0xF8..0xFF
        }
        if (i + extra >= n)
            return i; // truncated sequence at the end
        for (int k = 1; k <= extra; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return std::nullopt;
}

QByteArray peekFile(const QString &absolutePath, qint64 limit)
{
    const QFileInfo info(absolutePath);
    if (!info.isFile())
        return {};
    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(qMin(limit, qMax<qint64>(info.size(), 0)));
}

SourceText readSourceFile(const QString &absolutePath, const QString &relativePath, qint64 maxBytes)
{
    const QFileInfo info(absolutePath);
    if (info.isSymLink() && !info.exists())
        return failure(
            relativePath, Tr::tr("unreadable"),
            Tr::tr("cannot read %1: symbolic link loop or dangling link").arg(relativePath));
    if (info.isDir())
        return failure(relativePath, Tr::tr("unreadable"),
                       Tr::tr("cannot read %1: it is a folder").arg(relativePath));
    if (!info.isFile())
        return failure(relativePath, Tr::tr("unreadable"),
                       Tr::tr("cannot read %1: not a regular file").arg(relativePath));
    // Check the size before opening so that a huge file is never allocated.
    if (info.size() > maxBytes)
        return failure(relativePath, Tr::tr("too large"),
                       Tr::tr("%1 is too large to load: %2 bytes, the limit is %3 (is it a data "
                              "dump or a log?)")
                           .arg(relativePath)
                           .arg(info.size())
                           .arg(humanSize(maxBytes)));

    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly))
        return failure(relativePath, Tr::tr("unreadable"),
                       Tr::tr("cannot read %1: %2").arg(relativePath, file.errorString()));
    // Ask for the size seen above plus one byte (to notice a file that grew meanwhile):
    // QIODevice::read(n) reserves n bytes up front, so never ask for the limit itself.
    QByteArray bytes = file.read(info.size() + 1);
    while (bytes.size() > info.size() && bytes.size() <= maxBytes && !file.atEnd())
        bytes += file.read(qMin<qint64>(1 << 20, maxBytes + 1 - bytes.size()));
    if (file.error() != QFileDevice::NoError)
        return failure(relativePath, Tr::tr("unreadable"),
                       Tr::tr("cannot read %1: %2").arg(relativePath, file.errorString()));
    if (bytes.size() > maxBytes) // grew while we were looking
        return failure(relativePath, Tr::tr("too large"),
                       Tr::tr("%1 is too large to load (the limit is %2)")
                           .arg(relativePath, humanSize(maxBytes)));

    if (bytes.left(8192).contains('\0'))
        return failure(relativePath, Tr::tr("binary file, not SQL"),
                       Tr::tr("%1: binary file, not SQL").arg(relativePath));

    if (const auto bad = firstInvalidUtf8(bytes)) {
        const qsizetype lineStart = *bad == 0 ? 0 : bytes.lastIndexOf('\n', *bad - 1) + 1;
        const int line = int(bytes.left(*bad).count('\n')) + 1;
        // Columns count characters, not bytes, like the rest of the origins.
        const int column =
            int(QString::fromUtf8(bytes.mid(lineStart, *bad - lineStart)).size()) + 1;
        return failure(relativePath, Tr::tr("not valid UTF-8"),
                       Tr::tr("%1: not valid UTF-8 (byte 0x%2 at line %3, column %4); convert "
                              "the file to UTF-8")
                           .arg(relativePath)
                           .arg(uchar(bytes.at(*bad)), 2, 16, QLatin1Char('0'))
                           .arg(line)
                           .arg(column),
                       line, column);
    }

    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.replace(0, 3, " ");

    SourceText result;
    result.ok = true;
    result.bytes = std::move(bytes);
    return result;
}

} // namespace schemalens::load::discovery
