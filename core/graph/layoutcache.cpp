#include "core/graph/layoutcache.h"

#include "core/graph/layoutcodec.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace schemalens::graph {

namespace {

constexpr quint32 kEntryMagic = 0x534c4c43; // "SLLC"

QByteArray checksum(const QByteArray &payload)
{
    return QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
}

} // namespace

LayoutCache::LayoutCache(QString directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory))
{}

QString LayoutCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/layouts");
}

QString LayoutCache::path(const QString &key) const
{
    return m_directory + QLatin1Char('/') + key + QStringLiteral(".layout");
}

std::optional<Layout> LayoutCache::load(const QString &key) const
{
    QFile file(path(key));
    if (key.isEmpty() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    qint32 version = 0;
    QString storedKey;
    QByteArray payload, sum;
    in >> magic >> version >> storedKey >> payload >> sum;
    // Anything unexpected (another version, a torn or corrupted file) is a miss, never an
    // error: the layout is simply computed again and the entry overwritten.
    if (in.status() != QDataStream::Ok || magic != kEntryMagic || version != kLayoutFormatVersion ||
        storedKey != key || sum != checksum(payload))
        return std::nullopt;
    return decodeLayout(payload);
}

bool LayoutCache::store(const QString &key, const Layout &layout) const
{
    if (key.isEmpty() || !QDir().mkpath(m_directory))
        return false;
    const QByteArray payload = encodeLayout(layout);
    QSaveFile file(path(key));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << kEntryMagic << qint32(kLayoutFormatVersion) << key << payload << checksum(payload);
    return out.status() == QDataStream::Ok && file.commit();
}

} // namespace schemalens::graph
