#include "core/review/config.h"

#include "core/review/decisions.h"
#include "core/review/reviewfile.h"
#include "core/review/rule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace schemalens::review {

namespace {

// Translated in the "review" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(review)
};

class ConfigReader {
public:
    explicit ConfigReader(ParsedConfig &out)
        : m_out(out)
    {}

    void read(const QJsonObject &root)
    {
        for (auto it = root.begin(); it != root.end(); ++it) {
            const QString path = QLatin1String("$.") + it.key();
            if (it.key() == QLatin1String("rules"))
                readRules(it.value(), path);
            else if (it.key() == QLatin1String("naming"))
                readNaming(it.value(), path);
            else if (it.key() == QLatin1String("ignoreTables"))
                m_out.config.ignoreTables = readStrings(it.value(), path);
            else if (it.key() == QLatin1String("suppressions"))
                readSuppressions(it.value(), path);
            else if (it.key() == QLatin1String("decisions"))
                readDecisions(it.value(), path);
            else if (it.key() == QLatin1String("notes"))
                readNotes(it.value(), path);
            else if (it.key() == QLatin1String("targetDialect"))
                readTargetDialect(it.value(), path);
            else if (it.key() == QLatin1String("postgresVersion"))
                readPostgresVersion(it.value(), path);
            else if (it.key() == QLatin1String("migrationsInTransaction"))
                readMigrationsInTransaction(it.value(), path);
            else if (it.key() != QLatin1String("$schema") && it.key() != QLatin1String("comment"))
                problem(path, Tr::tr("unknown key"));
        }
    }

private:
    void problem(const QString &path, const QString &message)
    {
        m_out.problems.append({path, message});
    }

    QStringList readStrings(const QJsonValue &value, const QString &path)
    {
        QStringList strings;
        if (!value.isArray()) {
            problem(path, Tr::tr("expected an array of strings"));
            return strings;
        }
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            if (array.at(i).isString() && !array.at(i).toString().isEmpty())
                strings.append(array.at(i).toString());
            else
                problem(path + QStringLiteral("[%1]").arg(i),
                        Tr::tr("expected a non-empty string"));
        }
        return strings;
    }

    void readRules(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject()) {
            problem(path, Tr::tr("expected an object of rule ids"));
            return;
        }
        const QJsonObject rules = value.toObject();
        for (auto it = rules.begin(); it != rules.end(); ++it) {
            const QString rulePath = path + QLatin1Char('.') + it.key();
            const Rule *rule = findRule(it.key());
            if (!rule) {
                problem(rulePath,
                        Tr::tr("unknown rule '%1' (see 'schemalens-cli rules')").arg(it.key()));
                continue;
            }
            readRule(*rule, it.value(), rulePath);
        }
    }

    void readRule(const Rule &rule, const QJsonValue &value, const QString &path)
    {
        const QString &id = rule.info.id;
        if (value.isBool()) { // "rule-id": false
            if (!value.toBool())
                m_out.config.disabledRules.insert(id);
            else
                m_out.config.enabledRules.insert(id);
            return;
        }
        if (value.isString()) { // "rule-id": "error" | "off"
            readSeverity(id, value.toString(), path);
            return;
        }
        if (!value.isObject()) {
            problem(path, Tr::tr("expected true/false, a severity or an object"));
            return;
        }
        const QJsonObject settings = value.toObject();
        for (auto it = settings.begin(); it != settings.end(); ++it) {
            const QString keyPath = path + QLatin1Char('.') + it.key();
            if (it.key() == QLatin1String("enabled")) {
                if (!it.value().isBool())
                    problem(keyPath, Tr::tr("expected true or false"));
                else if (!it.value().toBool())
                    m_out.config.disabledRules.insert(id);
                else
                    m_out.config.enabledRules.insert(id);
            } else if (it.key() == QLatin1String("severity")) {
                if (!it.value().isString())
                    problem(keyPath, Tr::tr("expected \"error\", \"warning\" or \"info\""));
                else
                    readSeverity(id, it.value().toString(), keyPath);
            } else if (rule.info.thresholds.contains(it.key())) {
                if (!it.value().isDouble() || it.value().toDouble() < 0)
                    problem(keyPath, Tr::tr("expected a non-negative number"));
                else
                    m_out.config.thresholds[id].insert(it.key(), it.value().toDouble());
            } else {
                const QStringList known = rule.info.thresholds.keys();
                problem(keyPath,
                        known.isEmpty()
                            ? Tr::tr("unknown setting; rule '%1' takes only \"enabled\" and "
                                     "\"severity\"")
                                  .arg(id)
                            : Tr::tr("unknown setting; rule '%1' takes \"enabled\", "
                                     "\"severity\" and %2")
                                  .arg(id, known.join(QLatin1String(", "))));
            }
        }
    }

    void readSeverity(const QString &rule, const QString &text, const QString &path)
    {
        if (text == QLatin1String("off")) {
            m_out.config.disabledRules.insert(rule);
            return;
        }
        if (const auto severity = severityFromName(text)) {
            m_out.config.severities.insert(rule, *severity);
            m_out.config.enabledRules.insert(rule); // a severity turns an opt-in rule on
        } else
            problem(path,
                    Tr::tr("unknown severity '%1' (use error, warning, info or off)").arg(text));
    }

    void readNaming(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject()) {
            problem(path, Tr::tr("expected an object"));
            return;
        }
        const QJsonObject naming = value.toObject();
        for (auto it = naming.begin(); it != naming.end(); ++it) {
            const QString keyPath = path + QLatin1Char('.') + it.key();
            if (it.key() == QLatin1String("tenantColumns")) {
                m_out.config.tenantColumns = readStrings(it.value(), keyPath);
            } else if (it.key() == QLatin1String("enumLikeColumns")) {
                const QStringList patterns = readStrings(it.value(), keyPath);
                for (int i = 0; i < patterns.size(); ++i) {
                    const QRegularExpression re(patterns.at(i));
                    if (re.isValid())
                        m_out.config.enumLikePatterns.append(patterns.at(i));
                    else
                        problem(keyPath + QStringLiteral("[%1]").arg(i),
                                Tr::tr("invalid regular expression: %1").arg(re.errorString()));
                }
            } else {
                problem(keyPath, Tr::tr("unknown key (use tenantColumns or enumLikeColumns)"));
            }
        }
    }

    // "targetDialect": "postgresql" (or "pg"): the schema will move there (wave 2).
    void readTargetDialect(const QJsonValue &value, const QString &path)
    {
        const QString text = value.toString().toLower();
        if (text == QLatin1String("postgresql") || text == QLatin1String("postgres") ||
            text == QLatin1String("pg"))
            m_out.config.targetDialect = load::Dialect::PostgreSQL;
        else if (text == QLatin1String("sqlite"))
            m_out.config.targetDialect = load::Dialect::SQLite;
        else
            problem(path, Tr::tr("expected \"postgresql\" or \"sqlite\""));
    }

    void readPostgresVersion(const QJsonValue &value, const QString &path)
    {
        // A major version: 9.6 is accepted as 9 (the hazards change at 10, 11, 12, 14).
        const double version = value.toDouble(-1);
        if (!value.isDouble() || version < 9 || version >= 100)
            problem(path, Tr::tr("expected a PostgreSQL major version, e.g. 15"));
        else
            m_out.config.postgresVersion = int(version);
    }

    void readMigrationsInTransaction(const QJsonValue &value, const QString &path)
    {
        if (!value.isBool())
            problem(path, Tr::tr("expected true or false"));
        else
            m_out.config.migrationsInTransaction = value.toBool();
    }

    void readSuppressions(const QJsonValue &value, const QString &path)
    {
        if (!value.isArray()) {
            problem(path, Tr::tr("expected an array of {\"fingerprint\", \"reason\"} objects"));
            return;
        }
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString itemPath = path + QStringLiteral("[%1]").arg(i);
            const QJsonObject item = array.at(i).toObject();
            const QString fingerprint = item.value(QLatin1String("fingerprint")).toString();
            const QString reason = item.value(QLatin1String("reason")).toString();
            if (!array.at(i).isObject() || fingerprint.isEmpty()) {
                problem(itemPath, Tr::tr("expected an object with a \"fingerprint\""));
                continue;
            }
            if (reason.trimmed().isEmpty())
                problem(itemPath + QLatin1String(".reason"),
                        Tr::tr("a suppression needs a reason, so the next reviewer knows why"));
            for (auto it = item.begin(); it != item.end(); ++it) {
                if (it.key() != QLatin1String("fingerprint") &&
                    it.key() != QLatin1String("reason") && it.key() != QLatin1String("rule") &&
                    it.key() != QLatin1String("message"))
                    problem(itemPath + QLatin1Char('.') + it.key(), Tr::tr("unknown key"));
            }
            m_out.config.suppressions.append({fingerprint, reason});
        }
    }

    // Design-review decisions (core/review/decisions.h): a bad entry is reported with its
    // path and left out; the others apply.
    void readDecisions(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject()) {
            problem(path, Tr::tr("expected an object of finding fingerprints"));
            return;
        }
        const QJsonObject decisions = value.toObject();
        for (auto it = decisions.begin(); it != decisions.end(); ++it) {
            const QString itemPath = path + QLatin1Char('.') + it.key();
            if (!isFingerprint(it.key())) {
                problem(itemPath, Tr::tr("not a finding fingerprint (24 hex digits, as "
                                         "'review --format json' shows them)"));
                continue;
            }
            if (auto decision = readDecision(it.value(), itemPath, m_out.problems))
                m_out.config.decisions.insert(it.key(), *decision);
        }
    }

    void readNotes(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject()) {
            problem(path, Tr::tr("expected an object of \"schema.table[.column]\": \"text\""));
            return;
        }
        const QJsonObject notes = value.toObject();
        for (auto it = notes.begin(); it != notes.end(); ++it) {
            if (it.value().isString() && !it.key().isEmpty())
                m_out.config.notes.insert(it.key(), it.value().toString());
            else
                problem(path + QStringLiteral("[\"%1\"]").arg(it.key()),
                        Tr::tr("expected a string"));
        }
    }

    ParsedConfig &m_out;
};

} // namespace

Result<ParsedConfig> parseConfig(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // Report the line of the offset, which is what an editor shows.
        const int line = int(json.left(error.offset).count('\n')) + 1;
        model::Origin where;
        where.line = line;
        return Error{Tr::tr("not valid JSON: %1").arg(error.errorString()), where};
    }
    if (!document.isObject())
        return Error{Tr::tr("a review file must hold a JSON object"), {}};
    ParsedConfig parsed;
    ConfigReader(parsed).read(document.object());
    return parsed;
}

Result<ParsedConfig> loadConfigFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("cannot read review file %1: %2").arg(path, file.errorString()), {}};
    if (file.size() > 16 * 1024 * 1024)
        return Error{Tr::tr("review file %1 is larger than 16 MiB").arg(path), {}};
    Result<ParsedConfig> parsed = parseConfig(file.readAll());
    if (!parsed) {
        Error error = parsed.error();
        error.where.file = path;
        return error;
    }
    parsed->config.path = path;
    return parsed;
}

QString findConfigFor(const QString &source)
{
    if (source.contains(QLatin1String("://")) || source.contains(QLatin1Char('='))) {
        // A live connection's review file lives in the application's data folder.
        const QString live = reviewFilePathFor(source);
        return QFileInfo::exists(live) ? live : QString();
    }
    QString path = source;
    if (path.startsWith(QLatin1String("sqlite:")))
        path = path.mid(7);
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    const QDir dir = info.isDir() ? QDir(info.absoluteFilePath()) : info.absoluteDir();
    const QString candidate = dir.filePath(QStringLiteral(".schemalens.json"));
    return QFileInfo::exists(candidate) ? candidate : QString();
}

} // namespace schemalens::review
