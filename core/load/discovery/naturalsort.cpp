#include "core/load/discovery/naturalsort.h"

#include <QList>

namespace schemalens::load::discovery {

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

qsizetype digitRunEnd(QStringView s, qsizetype from)
{
    while (from < s.size() && isDigit(s[from]))
        ++from;
    return from;
}

} // namespace

int compareDigits(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i + 1 < a.size() && a[i] == QLatin1Char('0'))
        ++i;
    while (j + 1 < b.size() && b[j] == QLatin1Char('0'))
        ++j;
    const qsizetype la = a.size() - i;
    const qsizetype lb = b.size() - j;
    if (la != lb)
        return la < lb ? -1 : 1;
    for (; i < a.size(); ++i, ++j) {
        if (a[i] != b[j])
            return a[i] < b[j] ? -1 : 1;
    }
    return 0;
}

int naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            const qsizetype ei = digitRunEnd(a, i);
            const qsizetype ej = digitRunEnd(b, j);
            if (const int c = compareDigits(a.sliced(i, ei - i), b.sliced(j, ej - j)))
                return c;
            i = ei;
            j = ej;
            continue;
        }
        const QChar ca = a[i].toCaseFolded();
        const QChar cb = b[j].toCaseFolded();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    // Equal under the natural rules ("01" vs "1", "A" vs "a"): keep the order deterministic.
    return a.compare(b);
}

int compareVersions(QStringView a, QStringView b)
{
    auto split = [](QStringView s) {
        QList<QStringView> parts;
        qsizetype start = 0;
        for (qsizetype k = 0; k <= s.size(); ++k) {
            if (k == s.size() || s[k] == QLatin1Char('.') || s[k] == QLatin1Char('_')) {
                parts.append(s.sliced(start, k - start));
                start = k + 1;
            }
        }
        return parts;
    };
    const QList<QStringView> pa = split(a);
    const QList<QStringView> pb = split(b);
    const qsizetype n = qMax(pa.size(), pb.size());
    const QStringView zero = u"0";
    for (qsizetype k = 0; k < n; ++k) {
        // A missing component counts as 0, so "1" and "1.0" are the same version.
        const QStringView x = k < pa.size() ? pa[k] : zero;
        const QStringView y = k < pb.size() ? pb[k] : zero;
        const bool numeric = !x.isEmpty() && !y.isEmpty() && digitRunEnd(x, 0) == x.size() &&
                             digitRunEnd(y, 0) == y.size();
        const int c = numeric ? compareDigits(x, y) : naturalCompare(x, y);
        if (c)
            return c;
    }
    return 0;
}

} // namespace schemalens::load::discovery
