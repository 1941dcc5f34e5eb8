#include "core/load/ecto/ectoproject.h"

#include "core/load/discovery/sourcefile.h"
#include "core/load/ecto/exevaluator.h"
#include "core/load/sourcetext.h"

#include <QDir>
#include <QFileInfo>

namespace schemalens::load::ecto {

namespace {

constexpr qint64 kConfigLimit = 4 * 1024 * 1024;

// App.ReadRepo -> read_repo (Macro.underscore of the last alias segment).
QString underscore(const QString &alias)
{
    const QString last = alias.section(QLatin1Char('.'), -1);
    QString out;
    for (qsizetype i = 0; i < last.size(); ++i) {
        const QChar c = last.at(i);
        if (c.isUpper()) {
            if (i > 0 && (last.at(i - 1).isLower() || last.at(i - 1).isDigit() ||
                          (i + 1 < last.size() && last.at(i + 1).isLower())))
                out += QLatin1Char('_');
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

QString mixProjectRoot(const QString &migrationsFolder)
{
    QDir dir(migrationsFolder);
    for (int level = 0; level < 6; ++level) {
        if (dir.exists(QStringLiteral("mix.exs")))
            return dir.absolutePath();
        if (!dir.cdUp())
            break;
    }
    return {};
}

RepoConfig readRepoConfig(const QString &migrationsFolder)
{
    RepoConfig config;
    const QString root = mixProjectRoot(migrationsFolder);
    if (root.isEmpty())
        return config;
    const QString path = root + QStringLiteral("/config/config.exs");
    const QByteArray text = discovery::peekFile(path, kConfigLimit);
    if (text.isEmpty())
        return config;
    // priv/<repo>/migrations: the repository folder, relative to the project.
    const QString repoFolder = QFileInfo(migrationsFolder).dir().dirName();
    const QString privRelative =
        QDir(root).relativeFilePath(QFileInfo(migrationsFolder).dir().absolutePath());
    const SyntaxTree tree(treesitter::Grammar::Elixir, text);
    if (!tree.ok())
        return config;
    const ExEvaluator eval(tree);
    const SourceText lines(text);
    const Node rootNode = tree.root();
    for (uint32_t i = 0; i < rootNode.namedChildCount(); ++i) {
        const Node node = rootNode.namedChild(i);
        if (eval.callName(node) != QLatin1String("config"))
            continue;
        const Value call = eval.evalCall(node);
        if (call.items.size() != 2 || !call.items.at(1).codeName)
            continue;
        const QString repo = call.items.at(1).text;
        QString priv;
        if (const Value *p = call.option(QStringLiteral("priv")); p && p->isString())
            priv = p->text;
        const bool matches =
            priv.isEmpty() ? underscore(repo) == repoFolder : QDir::cleanPath(priv) == privRelative;
        if (!matches)
            continue;
        for (const auto &[key, value] : call.keywords) {
            if (value.firstUnknown())
                continue; // computed at runtime: not followed
            bool used = true;
            if (key == QLatin1String("migration_primary_key"))
                config.primaryKey = value;
            else if (key == QLatin1String("migration_timestamps"))
                config.timestamps = value;
            else if (key == QLatin1String("migration_foreign_key"))
                config.foreignKey = value;
            else if (key == QLatin1String("migration_default_prefix") && value.isName())
                config.defaultPrefix = value.text;
            else
                used = false;
            if (used)
                config.source =
                    QStringLiteral("config/config.exs:%1").arg(lines.line(node.startByte()));
        }
    }
    return config;
}

QStringList adapterDependencies(const QString &projectRoot)
{
    QStringList found;
    if (projectRoot.isEmpty())
        return found;
    const QByteArray text =
        discovery::peekFile(projectRoot + QStringLiteral("/mix.exs"), kConfigLimit);
    if (text.isEmpty())
        return found;
    const SyntaxTree tree(treesitter::Grammar::Elixir, text);
    if (!tree.ok())
        return found;
    static const QStringList adapters{QStringLiteral("postgrex"), QStringLiteral("ecto_sqlite3"),
                                      QStringLiteral("myxql"), QStringLiteral("tds")};
    // Dependencies are tuples {:name, "~> x"} anywhere in the file (deps/0).
    QList<Node> stack{tree.root()};
    while (!stack.isEmpty()) {
        const Node node = stack.takeLast();
        if (node.is("tuple") && node.namedChildCount() >= 1 && node.namedChild(0).is("atom")) {
            const QString name = QString::fromUtf8(tree.text(node.namedChild(0))).mid(1);
            if (adapters.contains(name) && !found.contains(name))
                found.append(name);
            continue;
        }
        for (uint32_t i = 0; i < node.namedChildCount(); ++i)
            stack.append(node.namedChild(i));
    }
    return found;
}

} // namespace schemalens::load::ecto
