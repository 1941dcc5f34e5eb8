// The two engines' tokenizers as the marker rules see them: PostgreSQL's lexer through
// libpg_query's pg_query_scan (its protobuf result decoded by hand) and SQLite's tokenizer
// (sqlite/sqltokenizer.h), both yielding markerscan::Tok.
#include "core/load/discovery/dialectscan_p.h"
#include "core/load/sqlite/sqltokenizer.h"

#include <pg_query.h>

#include <memory>

namespace schemalens::load::discovery::markerscan {

namespace {

bool readVarint(const uchar *&p, const uchar *end, quint64 *value)
{
    quint64 v = 0;
    for (int shift = 0; shift < 64 && p < end; shift += 7) {
        const uchar b = *p++;
        v |= quint64(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            *value = v;
            return true;
        }
    }
    return false;
}

bool skipField(const uchar *&p, const uchar *end, quint64 wireType)
{
    quint64 n = 0;
    switch (wireType) {
    case 0:
        return readVarint(p, end, &n);
    case 1:
        if (end - p < 8)
            return false;
        p += 8;
        return true;
    case 2:
        if (!readVarint(p, end, &n) || n > quint64(end - p))
            return false;
        p += n;
        return true;
    case 5:
        if (end - p < 4)
            return false;
        p += 4;
        return true;
    default:
        return false;
    }
}

struct PgScanToken {
    qint64 start = 0;
    qint64 end = 0;
    int token = 0;
};

// libpg_query returns its scan as a protobuf ScanResult { repeated ScanToken tokens = 2 },
// ScanToken { int32 start = 1; int32 end = 2; Token token = 4; KeywordKind keyword_kind = 5 }
// (pg_query.proto); this reads just that, without protobuf-c's headers.
QList<PgScanToken> decodeScan(const char *data, size_t size)
{
    QList<PgScanToken> tokens;
    const auto *p = reinterpret_cast<const uchar *>(data);
    const uchar *end = p + size;
    while (p < end) {
        quint64 tag = 0;
        if (!readVarint(p, end, &tag))
            break;
        if ((tag >> 3) != 2 || (tag & 7) != 2) {
            if (!skipField(p, end, tag & 7))
                break;
            continue;
        }
        quint64 length = 0;
        if (!readVarint(p, end, &length) || length > quint64(end - p))
            break;
        const uchar *q = p;
        const uchar *tokenEnd = p + length;
        p = tokenEnd;
        PgScanToken token;
        while (q < tokenEnd) {
            quint64 fieldTag = 0;
            quint64 value = 0;
            if (!readVarint(q, tokenEnd, &fieldTag))
                break;
            if ((fieldTag & 7) != 0) {
                if (!skipField(q, tokenEnd, fieldTag & 7))
                    break;
                continue;
            }
            if (!readVarint(q, tokenEnd, &value))
                break;
            switch (fieldTag >> 3) {
            case 1:
                token.start = qint64(value);
                break;
            case 2:
                token.end = qint64(value);
                break;
            case 4:
                token.token = int(value);
                break;
            default:
                break;
            }
        }
        tokens.append(token);
    }
    return tokens;
}

struct ScanDeleter {
    void operator()(PgQueryScanResult *r) const
    {
        pg_query_free_scan_result(*r);
        delete r;
    }
};

// Token numbers of pg_query.proto's enum Token.
enum PgToken {
    IDENT = 258,
    UIDENT = 259,
    FCONST = 260,
    SCONST = 261,
    USCONST = 262,
    BCONST = 263,
    XCONST = 264,
    Op = 265,
    ICONST = 266,
    PARAM = 267,
    TYPECAST = 268,
    SQL_COMMENT = 275,
    C_COMMENT = 276,
};

} // namespace

// Scans with PostgreSQL's lexer. When the lexer stops (an unterminated quote), the text up to
// the statement holding the error is scanned again, as the loader splits it.
QList<Tok> pgTokens(const QByteArray &sql)
{
    QByteArray text = sql;
    for (int attempt = 0; attempt < 2; ++attempt) {
        std::unique_ptr<PgQueryScanResult, ScanDeleter> scan(
            new PgQueryScanResult(pg_query_scan(text.constData())));
        if (scan->error) {
            const qsizetype at =
                qBound(qsizetype(0), qsizetype(scan->error->cursorpos) - 1, text.size());
            const qsizetype cut = text.lastIndexOf(';', at - 1);
            if (cut <= 0)
                return {};
            text.truncate(cut + 1);
            continue;
        }
        QList<Tok> tokens;
        const QList<PgScanToken> raw = decodeScan(scan->pbuf.data, scan->pbuf.len);
        tokens.reserve(raw.size());
        for (const PgScanToken &r : raw) {
            if (r.start < 0 || r.end < r.start || r.end > text.size() || r.token == SQL_COMMENT ||
                r.token == C_COMMENT)
                continue;
            Tok tok;
            tok.offset = r.start;
            tok.text = QByteArrayView(sql).sliced(r.start, r.end - r.start);
            const char first = tok.text.isEmpty() ? '\0' : tok.text.front();
            switch (r.token) {
            case IDENT:
                tok.kind = first == '"' ? Kind::Quoted : Kind::Word;
                break;
            case UIDENT:
                tok.kind = Kind::Quoted;
                break;
            case SCONST:
                tok.kind = first == '$'                     ? Kind::Dollar
                           : (first == 'E' || first == 'e') ? Kind::EString
                                                            : Kind::String;
                break;
            case USCONST:
            case BCONST:
            case XCONST:
                tok.kind = Kind::String;
                break;
            case FCONST:
            case ICONST:
                tok.kind = Kind::Number;
                break;
            case PARAM:
                tok.kind = Kind::Other;
                break;
            case TYPECAST:
                tok.kind = Kind::Cast;
                break;
            default:
                // Single characters, operators, and keywords (every keyword is its own token).
                tok.kind = r.token < 256 || (r.token >= Op && r.token <= 274 && r.token != ICONST)
                               ? Kind::Punct
                               : Kind::Word;
                break;
            }
            tokens.append(tok);
        }
        return tokens;
    }
    return {};
}

QList<std::pair<qsizetype, qsizetype>> dollarSpans(const QList<Tok> &pg)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    for (const Tok &t : pg) {
        if (t.kind == Kind::Dollar)
            spans.append({t.offset, t.offset + t.text.size()});
    }
    return spans;
}

QList<Tok> sqliteTokens(QByteArrayView sql, const QList<std::pair<qsizetype, qsizetype>> &skip)
{
    using sqlite::Token;
    QList<Tok> tokens;
    qsizetype pos = 0;
    qsizetype span = 0;
    while (pos < sql.size()) {
        while (span < skip.size() && skip[span].second <= pos)
            ++span;
        if (span < skip.size() && pos >= skip[span].first) {
            pos = skip[span].second;
            continue;
        }
        const Token t = sqlite::nextToken(sql, pos);
        pos = t.end > pos ? t.end : pos + 1;
        if (t.isTrivia())
            continue;
        Tok tok;
        tok.offset = t.begin;
        tok.text = sql.sliced(t.begin, t.end - t.begin);
        switch (t.kind) {
        case Token::Kind::Word:
            tok.kind = Kind::Word;
            break;
        case Token::Kind::QuotedId:
            tok.kind = tok.text.front() == '`'   ? Kind::Backtick
                       : tok.text.front() == '[' ? Kind::Bracket
                                                 : Kind::Quoted;
            break;
        case Token::Kind::String:
        case Token::Kind::Blob:
            tok.kind = Kind::String;
            break;
        case Token::Kind::Number:
            tok.kind = Kind::Number;
            break;
        case Token::Kind::Operator:
        case Token::Kind::Semicolon:
        case Token::Kind::LeftParen:
        case Token::Kind::RightParen:
        case Token::Kind::Comma:
        case Token::Kind::Dot:
            tok.kind = Kind::Punct;
            break;
        default:
            tok.kind = Kind::Other;
            break;
        }
        tokens.append(tok);
    }
    return tokens;
}

} // namespace schemalens::load::discovery::markerscan
