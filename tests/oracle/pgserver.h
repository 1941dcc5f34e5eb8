#pragma once

// A throwaway PostgreSQL server for tests and benchmarks (PLATFORM.md §6): initdb in a
// temporary directory, loopback only, a free port, fsync off, stopped when the object goes
// away; a detached watchdog stops it too if the test process dies first. As root, the
// server runs as the `postgres` user through runuser (initdb refuses to run as root).
//
// Roles: `postgres` and `slroot` (superusers, trust over TCP; migrations that demote
// `postgres` do not affect slroot) and `sl_password` (scram-sha-256, password "s3cret!").

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <memory>
#include <unistd.h>

namespace schemalens::testing {

class PgServer {
public:
    ~PgServer() { stop(); }

    // The newest installed PostgreSQL server binaries (SCHEMALENS_PG_BINDIR overrides).
    static QString binDir()
    {
        const QString env = qEnvironmentVariable("SCHEMALENS_PG_BINDIR");
        if (!env.isEmpty())
            return env;
        QDir root(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return a.toDouble() > b.toDouble(); });
        for (const QString &v : versions) {
            const QString bin = root.filePath(v + QLatin1String("/bin"));
            if (QFile::exists(bin + QLatin1String("/initdb")) &&
                QFile::exists(bin + QLatin1String("/pg_ctl")))
                return bin;
        }
        return {};
    }

    bool start()
    {
        m_bin = binDir();
        if (m_bin.isEmpty()) {
            m_error = QStringLiteral("no PostgreSQL server binaries (initdb, pg_ctl) installed");
            return false;
        }
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return fail(QStringLiteral("cannot create a temporary directory"));
        m_root = geteuid() == 0;
        QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner |
                                                 QFile::ExeOwner | QFile::ReadGroup |
                                                 QFile::ExeGroup | QFile::ReadOther |
                                                 QFile::ExeOther);
        const QString data = dataDir();
        const QString sock = m_dir->filePath(QStringLiteral("sock"));
        if (m_root) {
            if (!run(QStringLiteral("install"),
                     {QStringLiteral("-d"), QStringLiteral("-o"), QStringLiteral("postgres"),
                      QStringLiteral("-g"), QStringLiteral("postgres"), QStringLiteral("-m"),
                      QStringLiteral("700"), data, sock}))
                return false;
        } else {
            QDir().mkpath(data);
            QDir().mkpath(sock);
        }
        if (!runAsOwner(m_bin + QLatin1String("/initdb"),
                        {QStringLiteral("-D"), data, QStringLiteral("-U"),
                         QStringLiteral("postgres"), QStringLiteral("-A"), QStringLiteral("trust"),
                         QStringLiteral("-E"), QStringLiteral("UTF8"),
                         QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")}))
            return false;
        // First match wins: the password role must authenticate, everyone else is trusted.
        const QByteArray hba = "local all all trust\n"
                               "host all sl_password 127.0.0.1/32 scram-sha-256\n"
                               "host all all 127.0.0.1/32 trust\n";
        if (!writeOwned(data + QLatin1String("/pg_hba.conf"), hba))
            return false;
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = freePort(attempt);
            const QString options =
                QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                               "-c full_page_writes=off -c synchronous_commit=off "
                               "-c max_connections=40")
                    .arg(m_port)
                    .arg(sock);
            if (runAsOwner(m_bin + QLatin1String("/pg_ctl"),
                           {QStringLiteral("-D"), data, QStringLiteral("-l"),
                            m_dir->filePath(QStringLiteral("sock/server.log")),
                            QStringLiteral("-o"), options, QStringLiteral("-w"),
                            QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")})) {
                m_running = true;
                startWatchdog();
                m_psqlUser = QStringLiteral("postgres");
                const bool created =
                    psql(QStringLiteral("postgres"),
                         QStringLiteral("CREATE ROLE slroot SUPERUSER LOGIN; "
                                        "CREATE ROLE sl_password LOGIN PASSWORD 's3cret!';"));
                m_psqlUser = QStringLiteral("slroot");
                return created;
            }
        }
        return false;
    }

    void stop()
    {
        if (!m_running)
            return;
        m_running = false;
        runAsOwner(m_bin + QLatin1String("/pg_ctl"),
                   {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                    QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
    }

    int port() const { return m_port; }
    QString error() const { return m_error; }
    QString logText() const
    {
        QFile log(m_dir ? m_dir->filePath(QStringLiteral("sock/server.log")) : QString());
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    }

    // A libpq key=value string for DATABASE as USER over TCP.
    QString conninfo(const QString &database = QStringLiteral("postgres"),
                     const QString &user = QStringLiteral("slroot")) const
    {
        return QStringLiteral("host=127.0.0.1 port=%1 user=%2 dbname=%3")
            .arg(m_port)
            .arg(user, database);
    }

    // Runs SQL (or a file with `-f`) through psql; errors in the SQL stop it unless
    // ON_ERROR_STOP is off (`stopOnError` false), as migration replays need.
    bool psql(const QString &database, const QString &sql, bool stopOnError = true,
              QString *output = nullptr)
    {
        return psqlArgs(database, {QStringLiteral("-c"), sql}, stopOnError, output);
    }
    bool psqlFile(const QString &database, const QString &file, QString *output = nullptr,
                  bool stopOnError = false)
    {
        return psqlArgs(database, {QStringLiteral("-f"), file}, stopOnError, output);
    }

private:
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }

    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    bool psqlArgs(const QString &database, const QStringList &args, bool stopOnError,
                  QString *output)
    {
        QStringList all = {QStringLiteral("-X"),
                           QStringLiteral("-q"),
                           QStringLiteral("-At"),
                           QStringLiteral("-v"),
                           QStringLiteral("ON_ERROR_STOP=%1").arg(stopOnError ? 1 : 0),
                           QStringLiteral("-d"),
                           conninfo(database, m_psqlUser)};
        all += args;
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_bin + QLatin1String("/psql"), all);
        if (!p.waitForFinished(600000))
            return fail(QStringLiteral("psql timed out"));
        const QString text = QString::fromUtf8(p.readAll());
        if (output)
            *output = text;
        if (p.exitCode() != 0)
            return fail(QStringLiteral("psql failed: ") + text);
        return true;
    }

    bool run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0)
            return fail(program + QLatin1String(" failed: ") + QString::fromUtf8(p.readAll()));
        return true;
    }

    bool runAsOwner(const QString &program, const QStringList &args)
    {
        if (!m_root)
            return run(program, args);
        return run(QStringLiteral("runuser"),
                   QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                               QStringLiteral("--"), program} +
                       args);
    }

    bool writeOwned(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) < 0)
            return fail(QStringLiteral("cannot write ") + path);
        file.close();
        return !m_root || run(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), path});
    }

    // A port nothing listens on (per /proc/net/tcp), spread by process id across attempts.
    static int freePort(int attempt)
    {
        QSet<int> used;
        for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
            QFile f{QString::fromLatin1(table)};
            if (!f.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &line : f.readAll().split('\n')) {
                const QList<QByteArray> fields = line.simplified().split(' ');
                if (fields.size() > 3 && fields.at(1).contains(':'))
                    used.insert(fields.at(1).split(':').last().toInt(nullptr, 16));
            }
        }
        int port = 20000 + int((QCoreApplication::applicationPid() * 7 + attempt * 1013) % 30000);
        while (used.contains(port))
            ++port;
        return port;
    }

    // If this process dies without stopping the server, a detached shell does it.
    void startWatchdog()
    {
        const QString stop = (m_root ? QStringLiteral("runuser -u postgres -- ") : QString()) +
                             m_bin + QLatin1String("/pg_ctl -D ") + dataDir() +
                             QLatin1String(" -m immediate stop");
        QProcess::startDetached(
            QStringLiteral("sh"),
            {QStringLiteral("-c"), QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 2; done; "
                                                  "[ -d '%2' ] && %3 >/dev/null 2>&1; rm -rf '%4'")
                                       .arg(QCoreApplication::applicationPid())
                                       .arg(dataDir(), stop, m_dir->path())});
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    QString m_error;
    int m_port = 0;
    bool m_root = false;
    bool m_running = false;
    QString m_psqlUser = QStringLiteral("slroot");
};

} // namespace schemalens::testing
