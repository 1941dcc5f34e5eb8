#include "core/load/live/connstring.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace schemalens::load::live {

namespace {

const QLatin1String kMask("***");

bool isUri(const QString &source)
{
    return source.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           source.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

// URI: scheme://[user[:password]@]host... and ?password=... / &password=...
QString redactUri(const QString &uri)
{
    const qsizetype schemeEnd = uri.indexOf(QLatin1String("://")) + 3;
    // The authority ends at the first '/' or '?' after the scheme; the user info is the part
    // of it before the last '@' (a password may itself contain '@' when not percent-encoded).
    qsizetype authorityEnd = uri.size();
    for (qsizetype i = schemeEnd; i < uri.size(); ++i) {
        if (uri.at(i) == QLatin1Char('/') || uri.at(i) == QLatin1Char('?')) {
            authorityEnd = i;
            break;
        }
    }
    QString authority = uri.mid(schemeEnd, authorityEnd - schemeEnd);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        const qsizetype colon = authority.left(at).indexOf(QLatin1Char(':'));
        if (colon >= 0)
            authority = authority.left(colon + 1) + kMask + authority.mid(at);
    }
    QString rest = uri.mid(authorityEnd);
    static const QRegularExpression param(QStringLiteral("([?&]password=)[^&#]*"),
                                          QRegularExpression::CaseInsensitiveOption);
    rest.replace(param, QStringLiteral("\\1***"));
    return uri.left(schemeEnd) + authority + rest;
}

// key=value: values are bare words or single-quoted with backslash escapes (libpq's rules).
QString redactKeyValue(const QString &conninfo)
{
    static const QRegularExpression password(
        QStringLiteral("(\\bpassword\\s*=\\s*)('(?:[^'\\\\]|\\\\.)*'?|\\S*)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = conninfo;
    out.replace(password, QStringLiteral("\\1***"));
    return out;
}

} // namespace

bool isConnectionString(const QString &source)
{
    if (isUri(source))
        return true;
    if (source.isEmpty() || QFileInfo::exists(source))
        return false;
    // libpq keywords are lower-case letters and underscores; at least one keyword=value.
    static const QRegularExpression keyValue(QStringLiteral("^\\s*[a-z_]+\\s*=\\s*\\S"));
    return keyValue.match(source).hasMatch();
}

QString redactConnectionString(const QString &source)
{
    return isUri(source) ? redactUri(source) : redactKeyValue(source);
}

} // namespace schemalens::load::live
