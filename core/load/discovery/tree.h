#pragma once

#include "core/load/diagnostic.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace schemalens::load::discovery {

// One folder of the walked tree, listed once.
struct Folder {
    QString path;     // absolute, as reached from the root (through symlinks, not canonical)
    QString relative; // relative to the root, '/'-separated; empty for the root itself
    int depth = 0;
    // Entries that are not folders, sorted by name: regular files, but also broken or
    // looping symlinks and FIFOs; plus folders whose name ends in ".sql" (also listed in
    // `folders`). Keeping the odd ones lets the loader report them instead of silently
    // ignoring them.
    QStringList files;
    QStringList folders; // sub-folders that were walked, sorted by name

    QString name() const;
    QString filePath(const QString &entry) const { return path + QLatin1Char('/') + entry; }
    bool hasFile(const QString &entry) const { return files.contains(entry); }
    bool hasFolder(const QString &entry) const { return folders.contains(entry); }
};

// The folders under a root, walked without ever entering a folder twice: symlinked folders
// are followed only the first time their canonical path is seen, so a link to a parent (or
// to itself) cannot loop. Hidden entries and node_modules are not walked.
struct Tree {
    QString root;            // absolute path of the folder given
    QList<Folder> folders;   // folders[0] is the root
    Diagnostics diagnostics; // symlink loops, unreadable folders, size limits

    const Folder *find(const QString &absolutePath) const;
    const Folder *child(const Folder &folder, const QString &name) const;
    QString relative(const QString &absolutePath) const;

private:
    QHash<QString, qsizetype> m_index;
    friend Tree walkTree(const QString &root);
};

Tree walkTree(const QString &root);

} // namespace schemalens::load::discovery
