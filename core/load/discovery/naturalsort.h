#pragma once

#include <QString>
#include <QStringView>

namespace schemalens::load::discovery {

// Numeric-aware comparison used for plain folders ("file2" before "file10"): runs of digits
// compare by value, text compares case-insensitively, and exact ties fall back to a plain
// comparison so that the order is total and stable across platforms (no locale involved).
int naturalCompare(QStringView a, QStringView b);
inline bool naturalLess(const QString &a, const QString &b)
{
    return naturalCompare(a, b) < 0;
}

// Compares two strings of decimal digits by value without converting them to an integer, so
// that 20-digit popx versions or absurdly long prefixes cannot overflow. Leading zeros are
// ignored ("0001" == "1").
int compareDigits(QStringView a, QStringView b);

// Compares dotted/underscored versions component by component by value ("17.1" < "17.10",
// "2" < "10", "1.0" == "1"), the way Flyway and semver-named folders order. Non-numeric
// components compare naturally.
int compareVersions(QStringView a, QStringView b);

// Byte-wise (code unit) comparison, the order Go's sort.Strings, Python's sorted() and
// Prisma use for file names.
inline bool codeUnitLess(const QString &a, const QString &b)
{
    return a.compare(b) < 0;
}

} // namespace schemalens::load::discovery
