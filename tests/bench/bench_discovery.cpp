// Discovery speed on the shared corpus: discover() per entry, best of N runs (default 5),
// with what it found (layout, dialect, confidence, units, files listed as skipped and those
// that look like migrations). `bench_discovery [RUNS] [ENTRY...]`.
#include "core/load/discovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

#include <limits>

using namespace schemalens;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 5;
    if (!args.isEmpty() && args.first().toInt() > 0)
        runs = args.takeFirst().toInt();
    QString root = qEnvironmentVariable("SCHEMALENS_CORPUS");
    if (root.isEmpty())
        root = QStringLiteral(SCHEMALENS_CORPUS);
    QStringList entries = args;
    if (entries.isEmpty())
        entries = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QTextStream out(stdout);
    if (entries.isEmpty()) {
        out << "bench_discovery: no corpus under " << root << " (set SCHEMALENS_CORPUS)\n";
        return 0;
    }
    double total = 0;
    for (const QString &entry : entries) {
        double best = std::numeric_limits<double>::max();
        Result<load::MigrationPlan> plan = Error{QString(), {}};
        for (int k = 0; k < runs; ++k) {
            QElapsedTimer timer;
            timer.start();
            plan = load::discover(root + QLatin1Char('/') + entry);
            best = std::min(best, timer.nsecsElapsed() / 1e6);
        }
        total += best;
        if (!plan) {
            out << entry << ": " << plan.error().message << '\n';
            continue;
        }
        int looksLikeMigration = 0;
        for (const load::SkippedFile &s : plan->skipped)
            looksLikeMigration += s.looksLikeMigration;
        out << QStringLiteral("%1\t%2 ms\t%3\t%4\t%5\tunits %6\tskipped %7\twarned %8\n")
                   .arg(entry)
                   .arg(best, 0, 'f', 1)
                   .arg(plan->layout, load::dialectName(plan->dialect),
                        load::confidenceName(plan->dialectConfidence))
                   .arg(plan->units.size())
                   .arg(plan->skipped.size())
                   .arg(looksLikeMigration);
    }
    out << QStringLiteral("total %1 ms (best of %2 per entry)\n").arg(total, 0, 'f', 1).arg(runs);
    return 0;
}
