// review-dump SOURCE [RULE...]: prints every finding of a review, one per line, for looking
// at a corpus entry's findings by hand while tuning rules:
//   <severity> <rule> <object> <message> (<file:line>) [<fingerprint>]

#include "core/load/loader.h"
#include "core/review/engine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace schemalens;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << "usage: review-dump SOURCE [RULE...]\n";
        return 2;
    }
    load::LoadOptions options;
    const QString source = args.at(1);
    auto loaded = load::loadSource(source, options);
    if (!loaded) {
        err << loaded.error().toString() << '\n';
        return 2;
    }
    const QStringList rules = args.mid(2);
    QElapsedTimer timer;
    timer.start();
    const review::ReviewResult result = review::runReview(loaded.value());
    const qint64 ms = timer.elapsed();
    QMap<QString, int> perRule;
    for (const review::Finding &f : result.findings) {
        ++perRule[f.rule];
        if (!rules.isEmpty() && !rules.contains(f.rule))
            continue;
        QString object = f.object.table;
        if (!f.object.column.isEmpty())
            object += QLatin1Char('.') + f.object.column;
        if (object.isEmpty())
            object = f.object.file;
        out << review::severityName(f.severity) << ' ' << f.rule << ' ' << object << ' '
            << f.message << " (" << f.location.toString() << ") [" << f.fingerprint << "]\n";
        if (!f.fix.isEmpty() && rules.size() == 1)
            out << "    fix: " << QString(f.fix).replace(QLatin1Char('\n'), QLatin1String("\n         ")) << '\n';
    }
    err << "review: " << ms << " ms, " << result.findings.size() << " findings";
    for (auto it = perRule.cbegin(); it != perRule.cend(); ++it)
        err << ' ' << it.key() << '=' << it.value();
    err << '\n';
    return 0;
}
