#include "core/load/pg/pgscan.h"

#include <pg_query.h>

#include <memory>

namespace schemalens::load::pg {

namespace {

// pg_query_scan() answers in protobuf (pg_query.proto: ScanResult { int32 version = 1;
// repeated ScanToken tokens = 2; } and ScanToken { int32 start = 1; int32 end = 2;
// Token token = 4; KeywordKind keyword_kind = 5; }). The protobuf-c headers its generated
// code needs are not packaged, and these two messages are all varints and one length-
// delimited list, so they are decoded here from the wire format.
class WireReader {
public:
    WireReader(const uint8_t *data, size_t size)
        : m_p(data)
        , m_end(data + size)
    {}

    bool atEnd() const { return m_p >= m_end; }
    bool ok() const { return m_ok; }

    quint64 varint()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p >= m_end) {
                m_ok = false;
                return 0;
            }
            const uint8_t byte = *m_p++;
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return value;
        }
        m_ok = false;
        return 0;
    }

    // Skips a field of WIRETYPE; returns false on a malformed or unknown wire type.
    bool skip(int wiretype)
    {
        switch (wiretype) {
        case 0:
            varint();
            return m_ok;
        case 1:
            return advance(8);
        case 2:
            return advance(size_t(varint()));
        case 5:
            return advance(4);
        default:
            m_ok = false;
            return false;
        }
    }

    // The bytes of a length-delimited field, and moves past them.
    WireReader nested()
    {
        const size_t length = size_t(varint());
        if (!m_ok || size_t(m_end - m_p) < length) {
            m_ok = false;
            return WireReader(m_end, 0);
        }
        WireReader inner(m_p, length);
        m_p += length;
        return inner;
    }

private:
    bool advance(size_t n)
    {
        if (size_t(m_end - m_p) < n) {
            m_ok = false;
            return false;
        }
        m_p += n;
        return true;
    }

    const uint8_t *m_p;
    const uint8_t *m_end;
    bool m_ok = true;
};

// pg_query.proto's Token numbers for the kinds told apart here.
constexpr int kIdent = 258;
constexpr int kSconst = 261;
constexpr int kUsconst = 262;
constexpr int kSqlComment = 275;
constexpr int kCComment = 276;

ScanToken readToken(WireReader reader, const QByteArray &sql)
{
    ScanToken t;
    while (!reader.atEnd() && reader.ok()) {
        const quint64 key = reader.varint();
        const int field = int(key >> 3);
        const int wiretype = int(key & 7);
        if (wiretype != 0) {
            reader.skip(wiretype);
            continue;
        }
        const quint64 value = reader.varint();
        if (field == 1)
            t.start = int(value);
        else if (field == 2)
            t.end = int(value);
        else if (field == 4)
            t.token = int(value);
        else if (field == 5)
            t.keyword = value != 0;
    }
    switch (t.token) {
    case kIdent:
        t.kind = t.start < sql.size() && sql.at(t.start) == '"' ? ScanToken::Kind::QuotedIdentifier
                                                                : ScanToken::Kind::Identifier;
        break;
    case kSconst:
    case kUsconst:
        t.kind = ScanToken::Kind::String;
        break;
    case kSqlComment:
        t.kind = ScanToken::Kind::LineComment;
        break;
    case kCComment:
        t.kind = ScanToken::Kind::BlockComment;
        break;
    default:
        break;
    }
    return t;
}

struct ScanResultDeleter {
    void operator()(PgQueryScanResult *r) const
    {
        pg_query_free_scan_result(*r);
        delete r;
    }
};

} // namespace

QList<ScanToken> scanTokens(const QByteArray &sql)
{
    std::unique_ptr<PgQueryScanResult, ScanResultDeleter> result(
        new PgQueryScanResult(pg_query_scan(sql.constData())));
    QList<ScanToken> tokens;
    if (result->error || !result->pbuf.data)
        return tokens;
    WireReader reader(reinterpret_cast<const uint8_t *>(result->pbuf.data), result->pbuf.len);
    while (!reader.atEnd() && reader.ok()) {
        const quint64 key = reader.varint();
        const int field = int(key >> 3);
        const int wiretype = int(key & 7);
        if (field == 2 && wiretype == 2) {
            const ScanToken t = readToken(reader.nested(), sql);
            if (t.end > t.start)
                tokens.append(t);
        } else {
            reader.skip(wiretype);
        }
    }
    return tokens;
}

} // namespace schemalens::load::pg
