#include "core/load/discovery/dialect.h"

#include "core/load/discovery/dialectscan.h"

#include <QStringDecoder>

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace schemalens::load::discovery {

namespace {

// Translated in the "schemalens" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

// A folder or file name, a config file or the tool's metadata naming the engine: as strong as
// two decisive markers.
constexpr int nameWeight = 6;

Dialect engineDialect(const QString &token, QString *other)
{
    static const QStringList pg = {QStringLiteral("postgres"), QStringLiteral("postgresql"),
                                   QStringLiteral("pg"), QStringLiteral("pgsql"),
                                   QStringLiteral("psql")};
    static const QStringList lite = {QStringLiteral("sqlite"), QStringLiteral("sqlite3"),
                                     QStringLiteral("turso"), QStringLiteral("libsql")};
    static const QStringList others = {
        QStringLiteral("mysql"),       QStringLiteral("mariadb"),    QStringLiteral("cockroach"),
        QStringLiteral("cockroachdb"), QStringLiteral("clickhouse"), QStringLiteral("mssql"),
        QStringLiteral("sqlserver"),   QStringLiteral("oracle"),     QStringLiteral("tidb")};
    if (pg.contains(token))
        return Dialect::PostgreSQL;
    if (lite.contains(token))
        return Dialect::SQLite;
    if (others.contains(token) && other)
        *other = token;
    return Dialect::Unknown;
}

} // namespace

QString dialectDisplayName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        return QStringLiteral("PostgreSQL");
    case Dialect::SQLite:
        return QStringLiteral("SQLite");
    case Dialect::Unknown:
        break;
    }
    return Tr::tr("unknown");
}

DialectGuess dialectFromName(const QString &name, bool isFolder)
{
    static const QRegularExpression separators(QStringLiteral("[^A-Za-z0-9]+"));
    const QStringList tokens = name.toLower().split(separators, Qt::SkipEmptyParts);
    DialectGuess guess;
    for (const QString &token : tokens) {
        QString other;
        const Dialect d = engineDialect(token, &other);
        if (d == Dialect::Unknown && other.isEmpty())
            continue;
        guess.dialect = d;
        guess.otherEngine = other;
        guess.evidence =
            isFolder ? Tr::tr("folder name '%1'").arg(name) : Tr::tr("file name '%1'").arg(name);
        return guess;
    }
    return guess;
}

DialectGuess dialectFromEngineName(const QString &engine, const QString &evidence)
{
    DialectGuess guess;
    QString other;
    guess.dialect = engineDialect(engine.trimmed().toLower(), &other);
    guess.otherEngine = other;
    if (guess.decided())
        guess.evidence = evidence;
    return guess;
}

DialectSignal nameSignal(const DialectGuess &guess, const QString &source)
{
    DialectSignal signal;
    signal.dialect = guess.dialect;
    signal.source = source;
    signal.marker = guess.evidence;
    signal.weight = nameWeight;
    signal.decisive = true;
    return signal;
}

QList<DialectSignal> layoutSignals(const QString &layout)
{
    // Postgrator began as PostgreSQL's migrator; it runs elsewhere too, so it only leans.
    if (layout == QLatin1String("postgrator"))
        return {DialectSignal{Dialect::PostgreSQL, QStringLiteral("layout"),
                              Tr::tr("Postgrator layout"), 2, false, 0, QString()}};
    return {};
}

namespace {

// The markers of a file, read from its first 16 KiB when those already decide (a dump's SET
// lines, a migration's AUTOINCREMENT), else from all of it.
QList<MarkerHit> fileMarkers(const QByteArray &sql)
{
    constexpr qsizetype prefixBytes = 16 * 1024;
    const qsizetype cut = sql.size() > prefixBytes ? sql.lastIndexOf('\n', prefixBytes) : -1;
    if (cut <= 0)
        return scanDialectMarkers(sql);
    const QList<MarkerHit> head = scanDialectMarkers(sql.left(cut + 1));
    int decisive[2] = {0, 0};
    bool any[2] = {false, false};
    for (const MarkerHit &hit : head) {
        const int side = hit.dialect == Dialect::PostgreSQL ? 0 : 1;
        any[side] = true;
        if (hit.decisive)
            decisive[side] += hit.weight;
    }
    // Two decisive markers of one dialect and nothing of the other: the rest adds nothing.
    const bool settled = (decisive[0] >= 6 && !any[1]) || (decisive[1] >= 6 && !any[0]);
    return settled ? head : scanDialectMarkers(sql);
}

} // namespace

void ContentEvidence::add(const ContentFile &file)
{
    ++m_files;
    for (const MarkerHit &hit : fileMarkers(file.sql)) {
        const auto it = m_index.constFind(hit.marker);
        if (it != m_index.cend()) {
            ++m_found[*it].files;
            continue;
        }
        DialectSignal signal;
        signal.dialect = hit.dialect;
        signal.source = QStringLiteral("content");
        signal.marker = hit.marker;
        signal.weight = hit.weight;
        signal.decisive = hit.decisive;
        signal.files = 1;
        const qsizetype line =
            QByteArrayView(file.sql).first(qMin(hit.offset, file.sql.size())).count('\n') + 1;
        signal.where = file.path.isEmpty() ? QStringLiteral("line %1").arg(line)
                                           : QStringLiteral("%1:%2").arg(file.path).arg(line);
        m_index.insert(hit.marker, m_found.size());
        m_found.append(signal);
    }
}

QList<DialectSignal> contentSignals(const QList<ContentFile> &files)
{
    ContentEvidence evidence;
    for (const ContentFile &file : files)
        evidence.add(file);
    return evidence.found();
}

namespace {

double signalScore(const DialectSignal &signal)
{
    if (signal.source != QLatin1String("content"))
        return signal.weight;
    return signal.weight * (1.0 + std::log2(double(qMax(1, signal.files))));
}

QString describe(const DialectSignal &signal)
{
    if (signal.source != QLatin1String("content"))
        return signal.marker;
    return signal.files == 1 ? Tr::tr("%1 (1 file)").arg(signal.marker)
                             : Tr::tr("%1 (%2 files)").arg(signal.marker).arg(signal.files);
}

// "content: A (2 files), B (1 file)" for the strongest signals, content ones under one prefix.
QString sentence(QList<DialectSignal> list, int count)
{
    std::stable_sort(list.begin(), list.end(), [](const DialectSignal &a, const DialectSignal &b) {
        return signalScore(a) > signalScore(b);
    });
    QStringList parts;
    QStringList content;
    for (const DialectSignal &s : list.mid(0, count)) {
        if (s.source == QLatin1String("content"))
            content.append(describe(s));
        else
            parts.append(describe(s));
    }
    if (!content.isEmpty())
        parts.append(Tr::tr("content: %1").arg(content.join(QStringLiteral(", "))));
    return parts.join(QStringLiteral("; "));
}

} // namespace

DialectGuess weighDialect(const QList<DialectSignal> &evidence)
{
    DialectGuess guess;
    guess.evidenceList = evidence;
    double score[2] = {0, 0};
    double decisive[2] = {0, 0};
    QList<DialectSignal> sides[2];
    for (const DialectSignal &s : evidence) {
        if (s.dialect == Dialect::Unknown)
            continue;
        const int side = s.dialect == Dialect::PostgreSQL ? 0 : 1;
        const double points = signalScore(s);
        score[side] += points;
        if (s.decisive)
            decisive[side] += points;
        sides[side].append(s);
    }
    if (score[0] == 0 && score[1] == 0) {
        guess.evidence = Tr::tr("no dialect markers found");
        return guess;
    }
    int winner = -1;
    DialectConfidence confidence = DialectConfidence::Low;
    if ((decisive[0] > 0) != (decisive[1] > 0)) {
        winner = decisive[0] > 0 ? 0 : 1;
        const double against = score[1 - winner];
        if (decisive[winner] >= nameWeight && against * 2 < score[winner])
            confidence = DialectConfidence::High;
        else if (against < score[winner])
            confidence = DialectConfidence::Medium;
    } else if (score[0] != score[1]) {
        winner = score[0] > score[1] ? 0 : 1;
        const double against = score[1 - winner];
        if (decisive[winner] > 0)
            confidence =
                score[winner] >= 3 * against ? DialectConfidence::Medium : DialectConfidence::Low;
        else
            confidence = score[winner] >= 4 && against * 3 <= score[winner]
                             ? DialectConfidence::Medium
                             : DialectConfidence::Low;
    }
    if (winner < 0) {
        guess.evidence = Tr::tr("PostgreSQL and SQLite evidence weigh the same: %1 / %2")
                             .arg(sentence(sides[0], 2), sentence(sides[1], 2));
        return guess;
    }
    guess.dialect = winner == 0 ? Dialect::PostgreSQL : Dialect::SQLite;
    guess.confidence = confidence;
    guess.evidence = sentence(sides[winner], 3);
    if (!sides[1 - winner].isEmpty())
        guess.evidence += Tr::tr("; against it: %1").arg(sentence(sides[1 - winner], 2));
    return guess;
}

DialectGuess dialectFromContent(const QList<QByteArray> &files)
{
    QList<ContentFile> content;
    content.reserve(files.size());
    for (const QByteArray &sql : files)
        content.append({QString(), sql});
    return weighDialect(contentSignals(content));
}

bool looksLikeText(const QByteArray &head)
{
    if (head.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QByteArray complete = head.size() > 4 ? head.left(head.size() - 4) : head;
    (void)decoder.decode(complete);
    return !decoder.hasError();
}

} // namespace schemalens::load::discovery
