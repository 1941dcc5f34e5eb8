#include "core/load/discovery/tree.h"

#include "core/load/discovery/layouts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace schemalens::load::discovery {

namespace {

// Bounds that keep a mistaken root (a home folder, "/") from taking forever.
constexpr int maxDepth = 32;
constexpr qsizetype maxFolders = 20000;

} // namespace

QString Folder::name() const
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? path : path.mid(slash + 1);
}

const Folder *Tree::find(const QString &absolutePath) const
{
    const auto it = m_index.constFind(absolutePath);
    return it == m_index.cend() ? nullptr : &folders.at(*it);
}

const Folder *Tree::child(const Folder &folder, const QString &name) const
{
    return folder.hasFolder(name) ? find(folder.filePath(name)) : nullptr;
}

QString Tree::relative(const QString &absolutePath) const
{
    if (absolutePath == root)
        return QFileInfo(root).fileName();
    if (absolutePath.startsWith(root + QLatin1Char('/')))
        return absolutePath.mid(root.size() + 1);
    return QDir(root).relativeFilePath(absolutePath);
}

Tree walkTree(const QString &root)
{
    Tree tree;
    tree.root = root;
    QSet<QString> seen; // canonical paths of walked folders
    QList<qsizetype> pending{0};
    Folder top;
    top.path = root;
    tree.folders.append(top);
    seen.insert(QFileInfo(root).canonicalFilePath());
    bool truncated = false;

    while (!pending.isEmpty()) {
        const qsizetype index = pending.takeLast();
        const QString path = tree.folders.at(index).path;
        const int depth = tree.folders.at(index).depth;
        tree.m_index.insert(path, index);
        QDir dir(path);
        if (!dir.isReadable()) {
            tree.diagnostics.append(sourceWarning(
                tree.relative(path), Tr::tr("cannot list folder %1").arg(tree.relative(path))));
            continue;
        }
        // QDir::System lists broken symlinks (and FIFOs) so that they can be reported.
        const QFileInfoList entries =
            dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
        QStringList files;
        QStringList subfolders;
        QList<qsizetype> children;
        for (const QFileInfo &entry : entries) {
            const QString name = entry.fileName();
            if (name.startsWith(QLatin1Char('.')))
                continue;
            if (!entry.isDir()) {
                files.append(name);
                continue;
            }
            // A folder named *.sql is listed as a file too: a plain folder then reports it
            // as unreadable instead of ignoring it, while Prisma (whose migration folders
            // may carry such names, as langfuse's do) still walks it.
            if (name.endsWith(QLatin1String(".sql"), Qt::CaseInsensitive))
                files.append(name);
            if (name == QLatin1String("node_modules") || name == QLatin1String("__pycache__"))
                continue;
            const QString canonical = entry.canonicalFilePath();
            if (seen.contains(canonical)) {
                if (entry.isSymLink())
                    tree.diagnostics.append(sourceWarning(
                        tree.relative(entry.absoluteFilePath()),
                        Tr::tr("symbolic link %1 points to a folder that was already walked (a "
                               "loop?); not followed")
                            .arg(tree.relative(entry.absoluteFilePath()))));
                continue;
            }
            if (depth + 1 > maxDepth || tree.folders.size() >= maxFolders) {
                truncated = true;
                continue;
            }
            seen.insert(canonical);
            Folder sub;
            sub.path = path + QLatin1Char('/') + name;
            sub.relative = tree.folders.at(index).relative.isEmpty()
                               ? name
                               : tree.folders.at(index).relative + QLatin1Char('/') + name;
            sub.depth = depth + 1;
            subfolders.append(name);
            children.append(tree.folders.size());
            tree.folders.append(sub);
        }
        tree.folders[index].files = files;
        tree.folders[index].folders = subfolders;
        // Reverse so that takeLast() walks sub-folders in name order (pre-order).
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            pending.append(*it);
    }
    if (truncated)
        tree.diagnostics.append(sourceWarning(
            QString(), Tr::tr("the folder tree is too deep or too large; only the first %1 folders "
                              "(up to %2 levels) were searched")
                           .arg(maxFolders)
                           .arg(maxDepth)));
    return tree;
}

} // namespace schemalens::load::discovery
