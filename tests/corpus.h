#pragma once
// The external corpus of real migration folders (shared/corpus) is not part of the
// repository. Suites that use it find it here: the SCHEMALENS_CORPUS environment variable at
// run time first, then the path the build was configured with (-DSCHEMALENS_CORPUS=…).
// When it is absent they skip with a message naming the variable; they never fail.

#include <QDir>
#include <QFileInfo>
#include <QString>
#include <QTest>

namespace schemalens::testcorpus {

inline QString root()
{
    const QString env = qEnvironmentVariable("SCHEMALENS_CORPUS");
    return env.isEmpty() ? QStringLiteral(SCHEMALENS_CORPUS) : env;
}

// A corpus entry (or a file inside one).
inline QString path(const QString &entry)
{
    return root() + QLatin1Char('/') + entry;
}

// The corpus is there: its index file marks a real corpus rather than an empty folder.
inline bool available()
{
    return QFileInfo::exists(root() + QStringLiteral("/INDEX.md"));
}

inline QByteArray skipMessage(const QString &what)
{
    return QStringLiteral("%1 not found under %2: set SCHEMALENS_CORPUS to the shared/corpus "
                          "folder to run this test")
        .arg(what, root())
        .toUtf8();
}

// The entries (folder names), sorted; empty when the corpus is absent.
inline QStringList entries()
{
    if (!available())
        return {};
    return QDir(root()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace schemalens::testcorpus

// Skips the current test function when the corpus (or the given entry of it) is absent.
#define SCHEMALENS_REQUIRE_CORPUS()                                                            \
    do {                                                                                       \
        if (!schemalens::testcorpus::available())                                              \
            QSKIP(schemalens::testcorpus::skipMessage(QStringLiteral("the corpus")).constData()); \
    } while (false)

#define SCHEMALENS_REQUIRE_CORPUS_PATH(pathValue)                                              \
    do {                                                                                       \
        if (!QFileInfo::exists(pathValue))                                                     \
            QSKIP(schemalens::testcorpus::skipMessage(pathValue).constData());                 \
    } while (false)
