#include "core/graph/layoutcodec.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>

namespace schemalens::graph {

namespace {

constexpr quint32 kRequestMagic = 0x534c4c52; // "SLLR"
constexpr quint32 kLayoutMagic = 0x534c4c4f;  // "SLLO"
// A fixed stream version: the bytes (and so the cache key) must not depend on the Qt build.
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;

// Guards against absurd counts in a corrupt or hostile stream before allocating.
constexpr qint32 kMaxCount = 10'000'000;

bool readCount(QDataStream &in, qint32 &count)
{
    in >> count;
    return in.status() == QDataStream::Ok && count >= 0 && count <= kMaxCount;
}

} // namespace

QByteArray encodeRequest(const LayoutRequest &request)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    const LayoutOptions &options = request.options;
    out << kRequestMagic << qint32(kLayoutFormatVersion);
    out << options.engine << options.leftToRight << options.clusters << options.nodeSeparation
        << options.rankSeparation << options.aspect;
    out << request.pinned;
    out << qint32(request.graph.nodes.size());
    for (const TableNode &node : request.graph.nodes) {
        out << node.id << (options.clusters ? node.cluster : QString()) << qint32(node.rows.size());
        for (const ColumnRow &row : node.rows)
            out << row.name << row.primaryKey;
    }
    out << qint32(request.geometry.size());
    for (const NodeGeometry &geometry : request.geometry)
        out << geometry.size << geometry.rowY;
    out << qint32(request.graph.edges.size());
    for (const Edge &edge : request.graph.edges)
        out << qint32(edge.from) << qint32(edge.to) << edge.fromColumns << edge.toColumns
            << edge.soft;
    return bytes;
}

std::optional<LayoutRequest> decodeRequest(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(kStreamVersion);
    quint32 magic = 0;
    qint32 version = 0;
    in >> magic >> version;
    if (magic != kRequestMagic || version != kLayoutFormatVersion)
        return std::nullopt;
    LayoutRequest request;
    LayoutOptions &options = request.options;
    in >> options.engine >> options.leftToRight >> options.clusters >> options.nodeSeparation >>
        options.rankSeparation >> options.aspect;
    in >> request.pinned;
    qint32 count = 0;
    if (!readCount(in, count))
        return std::nullopt;
    request.graph.nodes.resize(count);
    for (TableNode &node : request.graph.nodes) {
        qint32 rows = 0;
        in >> node.id >> node.cluster;
        if (!readCount(in, rows))
            return std::nullopt;
        node.rows.resize(rows);
        for (ColumnRow &row : node.rows)
            in >> row.name >> row.primaryKey;
        node.name = node.id;
    }
    if (!readCount(in, count))
        return std::nullopt;
    request.geometry.resize(count);
    for (NodeGeometry &geometry : request.geometry)
        in >> geometry.size >> geometry.rowY;
    if (!readCount(in, count))
        return std::nullopt;
    request.graph.edges.resize(count);
    for (Edge &edge : request.graph.edges) {
        qint32 from = -1, to = -1;
        in >> from >> to >> edge.fromColumns >> edge.toColumns >> edge.soft;
        edge.from = from;
        edge.to = to;
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return request;
}

QByteArray encodeLayout(const Layout &layout)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << kLayoutMagic << qint32(kLayoutFormatVersion);
    out << layout.bounds << layout.nodes << layout.engine << layout.engineReason;
    out << qint32(layout.edges.size());
    for (const EdgeGeometry &edge : layout.edges)
        out << edge.points << edge.tail << edge.head;
    out << qint32(layout.clusters.size());
    for (const ClusterGeometry &cluster : layout.clusters)
        out << cluster.name << cluster.rect;
    return bytes;
}

std::optional<Layout> decodeLayout(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(kStreamVersion);
    quint32 magic = 0;
    qint32 version = 0;
    in >> magic >> version;
    if (magic != kLayoutMagic || version != kLayoutFormatVersion)
        return std::nullopt;
    Layout layout;
    in >> layout.bounds >> layout.nodes >> layout.engine >> layout.engineReason;
    qint32 count = 0;
    if (!readCount(in, count))
        return std::nullopt;
    layout.edges.resize(count);
    for (EdgeGeometry &edge : layout.edges)
        in >> edge.points >> edge.tail >> edge.head;
    if (!readCount(in, count))
        return std::nullopt;
    layout.clusters.resize(count);
    for (ClusterGeometry &cluster : layout.clusters)
        in >> cluster.name >> cluster.rect;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return layout;
}

QString layoutCacheKey(const QByteArray &encodedRequest)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("schemalens-layout-v"));
    hash.addData(QByteArray::number(kLayoutFormatVersion));
    hash.addData(encodedRequest);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace schemalens::graph
