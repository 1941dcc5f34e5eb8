#pragma once

#include <QString>

namespace schemalens {

// English plural forms for "%n table(s)" messages. Qt picks plural forms from a translation,
// and English has none loaded: tr("%n table(s)", nullptr, n) comes back as "2 table(s)".
// Wrap such a call: untranslated text gets "(s)"/"(es)" resolved for N; a translation
// (German) has no parentheses left and passes unchanged. Keep the tr() call literal so
// lupdate sees it: plural(tr("%n table(s)", nullptr, n), n).
inline QString plural(QString text, qsizetype n)
{
    text.replace(QStringLiteral("(es)"), n == 1 ? QString() : QStringLiteral("es"));
    text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

} // namespace schemalens
