#include "core/review/reviewfile.h"

#include "core/load/live/connstring.h"
#include "core/review/decisions.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace schemalens::review {

namespace {

// Translated in the "review" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(review)
};

// ---- Where things are in the JSON text ------------------------------------------------------
// QJsonDocument has already accepted the text; this scanner only finds byte offsets in it,
// which QJsonDocument does not give.

struct Member {
    QString key;
    qsizetype keyStart = 0;   // the key's opening quote
    qsizetype valueStart = 0; // first byte of the value
    qsizetype valueEnd = 0;   // one past its last byte
};

struct ObjectSpan {
    qsizetype open = 0;  // '{'
    qsizetype close = 0; // '}'
    QList<Member> members;
    // The member KEY names; of a key written twice (a merge can do that), the last, which is
    // the one a JSON reader keeps (QJsonDocument does): an edit of an earlier copy would be
    // written and then lost on reading.
    const Member *find(const QString &key) const
    {
        for (auto it = members.crbegin(); it != members.crend(); ++it) {
            if (it->key == key)
                return &*it;
        }
        return nullptr;
    }
};

class Scanner {
public:
    explicit Scanner(const QByteArray &text)
        : m_text(text)
    {}

    std::optional<ObjectSpan> object(qsizetype open) const
    {
        if (open >= m_text.size() || m_text.at(open) != '{')
            return std::nullopt;
        ObjectSpan span;
        span.open = open;
        qsizetype i = skipSpace(open + 1);
        if (at(i) == '}') {
            span.close = i;
            return span;
        }
        for (;;) {
            if (at(i) != '"')
                return std::nullopt;
            Member member;
            member.keyStart = i;
            if (!skipString(i))
                return std::nullopt;
            member.key = decodeString(m_text.mid(member.keyStart, i - member.keyStart));
            i = skipSpace(i);
            if (at(i) != ':')
                return std::nullopt;
            i = skipSpace(i + 1);
            member.valueStart = i;
            if (!skipValue(i))
                return std::nullopt;
            member.valueEnd = i;
            span.members.append(member);
            i = skipSpace(i);
            if (at(i) == ',') {
                i = skipSpace(i + 1);
                continue;
            }
            if (at(i) != '}')
                return std::nullopt;
            span.close = i;
            return span;
        }
    }

    qsizetype skipSpace(qsizetype i) const
    {
        while (i < m_text.size() && (m_text.at(i) == ' ' || m_text.at(i) == '\t' ||
                                     m_text.at(i) == '\n' || m_text.at(i) == '\r'))
            ++i;
        return i;
    }

private:
    char at(qsizetype i) const { return i < m_text.size() ? m_text.at(i) : '\0'; }

    bool skipString(qsizetype &i) const
    {
        for (++i; i < m_text.size(); ++i) {
            if (m_text.at(i) == '\\')
                ++i;
            else if (m_text.at(i) == '"') {
                ++i;
                return true;
            }
        }
        return false;
    }

    bool skipValue(qsizetype &i) const
    {
        const char c = at(i);
        if (c == '"')
            return skipString(i);
        if (c == '{' || c == '[') {
            int depth = 0;
            while (i < m_text.size()) {
                const char d = m_text.at(i);
                if (d == '"') {
                    if (!skipString(i))
                        return false;
                    continue;
                }
                if (d == '{' || d == '[')
                    ++depth;
                else if (d == '}' || d == ']') {
                    if (--depth == 0) {
                        ++i;
                        return true;
                    }
                }
                ++i;
            }
            return false;
        }
        const qsizetype start = i;
        const auto delimiter = [](char d) {
            return d == ',' || d == '}' || d == ']' || d == ' ' || d == '\t' || d == '\r' ||
                   d == '\n';
        };
        while (i < m_text.size() && !delimiter(m_text.at(i)))
            ++i;
        return i > start;
    }

    // The key's text as JSON defines it (escapes and all), by the JSON parser itself.
    static QString decodeString(const QByteArray &quoted)
    {
        return QJsonDocument::fromJson('[' + quoted + ']').array().at(0).toString();
    }

    const QByteArray &m_text;
};

// The whitespace that starts the line POS is on, when only whitespace precedes POS there.
std::optional<QByteArray> lineIndent(const QByteArray &text, qsizetype pos)
{
    qsizetype start = pos;
    while (start > 0 && text.at(start - 1) != '\n')
        --start;
    const QByteArray before = text.mid(start, pos - start);
    for (char c : before) {
        if (c != ' ' && c != '\t')
            return std::nullopt;
    }
    return before;
}

// The indentation of the line POS is on, whatever follows it.
QByteArray indentOfLine(const QByteArray &text, qsizetype pos)
{
    qsizetype start = pos;
    while (start > 0 && text.at(start - 1) != '\n')
        --start;
    qsizetype end = start;
    while (end < text.size() && (text.at(end) == ' ' || text.at(end) == '\t'))
        ++end;
    return text.mid(start, end - start);
}

// ---- Writing --------------------------------------------------------------------------------

QByteArray jsonString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                out += c; // UTF-8 as it is, surrogate pairs included
        }
    }
    out += QLatin1Char('"');
    return out.toUtf8();
}

QByteArray decisionText(const Decision &decision, const QByteArray &indent, const QByteArray &unit)
{
    QList<std::pair<QByteArray, QByteArray>> fields{
        {"status", jsonString(decisionStatusName(decision.status))}};
    const std::pair<const char *, const QString *> texts[] = {{"note", &decision.note},
                                                              {"owner", &decision.owner},
                                                              {"date", &decision.date},
                                                              {"rule", &decision.rule},
                                                              {"message", &decision.message}};
    for (const auto &[key, text] : texts) {
        if (!text->isEmpty())
            fields.append({key, jsonString(*text)});
    }
    for (auto it = decision.extra.begin(); it != decision.extra.end(); ++it) {
        const QByteArray value =
            QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact);
        fields.append({it.key().toUtf8(), value.mid(1, value.size() - 2)});
    }
    QByteArray out = "{\n";
    for (qsizetype i = 0; i < fields.size(); ++i) {
        out += indent + unit + jsonString(QString::fromUtf8(fields.at(i).first)) + ": " +
               fields.at(i).second;
        out += i + 1 < fields.size() ? ",\n" : "\n";
    }
    out += indent + '}';
    return out;
}

struct Edit {
    qsizetype start = 0;
    qsizetype end = 0;
    QByteArray bytes;
};

QByteArray applyEdits(QByteArray text, QList<Edit> edits)
{
    // From the back, so earlier offsets stay valid; at one offset a removal goes before an
    // insertion there.
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) {
        if (a.start != b.start)
            return a.start > b.start;
        return a.end > b.end;
    });
    for (const Edit &edit : std::as_const(edits))
        text.replace(edit.start, edit.end - edit.start, edit.bytes);
    return text;
}

// New values for some members of one object: a serialised value to set, or nullopt to
// remove. Members not named are left exactly as they are.
using Changes = QMap<QString, std::optional<QByteArray>>;

struct ObjectFormat {
    QByteArray memberIndent; // indentation of a member line
    QByteArray closeIndent;  // indentation of the closing brace's line
    bool sortedInserts = true;
};

QByteArray memberText(const QString &key, const QByteArray &value)
{
    return jsonString(key) + ": " + value;
}

// The whole object, formatted, with MEMBERS in the order given.
QByteArray objectText(const QList<std::pair<QString, QByteArray>> &members,
                      const ObjectFormat &format)
{
    if (members.isEmpty())
        return "{}";
    QByteArray out = "{\n";
    for (qsizetype i = 0; i < members.size(); ++i) {
        out += format.memberIndent + memberText(members.at(i).first, members.at(i).second);
        out += i + 1 < members.size() ? ",\n" : "\n";
    }
    out += format.closeIndent + '}';
    return out;
}

void planObjectEdits(const ObjectSpan &span, const Changes &changes, const ObjectFormat &format,
                     QList<Edit> &edits)
{
    if (changes.isEmpty())
        return;
    const QList<Member> &members = span.members;
    QList<bool> removed(members.size(), false);
    QList<int> survivors;
    for (int j = 0; j < members.size(); ++j) {
        const auto it = changes.constFind(members.at(j).key);
        removed[j] = it != changes.cend() && !it->has_value();
        if (!removed[j])
            survivors.append(j);
    }
    QList<std::pair<QString, QByteArray>> inserts;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it->has_value() && !span.find(it.key()))
            inserts.append({it.key(), **it});
    }

    if (survivors.isEmpty()) {
        // Nothing of the old object stays: write it afresh.
        edits.append({span.open, span.close + 1, objectText(inserts, format)});
        return;
    }
    for (int j : std::as_const(survivors)) {
        const auto it = changes.constFind(members.at(j).key);
        if (it != changes.cend())
            edits.append({members.at(j).valueStart, members.at(j).valueEnd, **it});
    }
    const int firstSurvivor = survivors.constFirst();
    for (int j = 0; j < members.size(); ++j) {
        if (!removed[j])
            continue;
        if (j < firstSurvivor) // with its separator after it
            edits.append({members.at(j).keyStart, members.at(j + 1).keyStart, {}});
        else // with its separator before it
            edits.append({members.at(j - 1).valueEnd, members.at(j).valueEnd, {}});
    }
    // Insertions: before the first surviving member whose key sorts after them, or after the
    // last surviving member.
    QMap<qsizetype, QByteArray> before; // keyStart -> text
    QByteArray after;
    const Member &last = members.at(survivors.constLast());
    for (const auto &[key, value] : std::as_const(inserts)) {
        const Member *next = nullptr;
        if (format.sortedInserts) {
            for (int j : std::as_const(survivors)) {
                if (members.at(j).key > key) {
                    next = &members.at(j);
                    break;
                }
            }
        }
        if (next)
            before[next->keyStart] += memberText(key, value) + ",\n" + format.memberIndent;
        else
            after += ",\n" + format.memberIndent + memberText(key, value);
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        edits.append({it.key(), it.key(), it.value()});
    if (!after.isEmpty())
        edits.append({last.valueEnd, last.valueEnd, after});
}

// The indentation of OBJECT's members: that of its first member when it starts a line,
// else one UNIT deeper than the line the object opens on.
ObjectFormat formatOf(const QByteArray &text, const ObjectSpan &object, const QByteArray &unit)
{
    ObjectFormat format;
    format.closeIndent = indentOfLine(text, object.open);
    std::optional<QByteArray> first;
    if (!object.members.isEmpty())
        first = lineIndent(text, object.members.constFirst().keyStart);
    format.memberIndent = first ? *first : format.closeIndent + unit;
    return format;
}

template <typename Map, typename Serialise>
Changes changesBetween(const Map &before, const Map &now, Serialise serialise)
{
    Changes changes;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.cend() || !(*old == *it))
            changes.insert(it.key(), serialise(*it));
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!now.contains(it.key()))
            changes.insert(it.key(), std::nullopt);
    }
    return changes;
}

} // namespace

ReviewFile ReviewFile::empty(const QString &path)
{
    ReviewFile file;
    file.m_path = path;
    return file;
}

Result<ReviewFile> ReviewFile::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return empty(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("cannot read review file %1: %2").arg(path, file.errorString()), {}};
    if (file.size() > 16 * 1024 * 1024)
        return Error{Tr::tr("review file %1 is larger than 16 MiB").arg(path), {}};
    Result<ReviewFile> parsed = fromBytes(file.readAll(), path);
    if (!parsed) {
        Error error = parsed.error();
        error.where.file = path;
        return error;
    }
    parsed->m_exists = true;
    return parsed;
}

Result<ReviewFile> ReviewFile::fromBytes(const QByteArray &bytes, const QString &path)
{
    ReviewFile file;
    file.m_path = path;
    file.m_exists = !bytes.isEmpty();
    file.m_original = bytes;
    if (!bytes.trimmed().isEmpty()) {
        Result<ParsedConfig> parsed = parseConfig(bytes);
        if (!parsed)
            return parsed.error();
        file.m_config = parsed->config;
        file.m_problems = parsed->problems;
    }
    file.m_config.path = path;
    file.m_decisions = file.m_config.decisions;
    file.m_notes = file.m_config.notes;
    return file;
}

std::optional<Decision> ReviewFile::decision(const QString &fingerprint) const
{
    const auto it = m_decisions.constFind(fingerprint);
    return it == m_decisions.cend() ? std::nullopt : std::optional<Decision>(*it);
}

void ReviewFile::setDecision(const QString &fingerprint, const Decision &decision)
{
    m_decisions.insert(fingerprint, decision);
}

void ReviewFile::removeDecision(const QString &fingerprint)
{
    m_decisions.remove(fingerprint);
}

void ReviewFile::setNote(const QString &key, const QString &text)
{
    if (text.trimmed().isEmpty())
        m_notes.remove(key);
    else
        m_notes.insert(key, text);
}

bool ReviewFile::isModified() const
{
    return m_decisions != m_config.decisions || m_notes != m_config.notes;
}

Result<QByteArray> ReviewFile::toBytes() const
{
    if (!isModified())
        return m_original;

    const QByteArray &text = m_original;
    const Scanner scanner(text);
    qsizetype open = scanner.skipSpace(text.startsWith("\xEF\xBB\xBF") ? 3 : 0);
    const bool fresh = text.trimmed().isEmpty();
    std::optional<ObjectSpan> root;
    if (!fresh) {
        root = scanner.object(open);
        if (!root)
            return Error{Tr::tr("cannot update %1: its JSON is not an object").arg(m_path), {}};
    }

    // The file's indentation unit: that of its first member, else two spaces.
    QByteArray unit = "  ";
    if (root && !root->members.isEmpty()) {
        if (const auto indent = lineIndent(text, root->members.constFirst().keyStart);
            indent && !indent->isEmpty())
            unit = *indent;
    }

    QList<Edit> edits;
    Changes rootChanges;
    const ObjectFormat rootFormat{unit, {}, false};

    // One keyed section ("decisions" or "notes"): edited member by member where it exists,
    // added whole at the end of the file's object where it does not.
    auto section = [&](const QString &name, auto before, auto now, auto serialise) -> bool {
        const Changes changes = changesBetween(before, now, serialise);
        if (changes.isEmpty())
            return true;
        const Member *member = root ? root->find(name) : nullptr;
        if (!member) {
            if (now.isEmpty())
                return true;
            const ObjectFormat format{unit + unit, unit, true};
            QList<std::pair<QString, QByteArray>> members;
            for (auto it = now.cbegin(); it != now.cend(); ++it) {
                const QByteArray value = serialise(it.value());
                members.append({it.key(), value});
            }
            rootChanges.insert(name, objectText(members, format));
            return true;
        }
        const std::optional<ObjectSpan> object = scanner.object(member->valueStart);
        if (!object)
            return false;
        planObjectEdits(*object, changes, formatOf(text, *object, unit), edits);
        return true;
    };

    // A decision's own lines are indented one unit deeper than its key.
    QByteArray decisionIndent = unit + unit;
    if (root) {
        if (const Member *member = root->find(QStringLiteral("decisions"))) {
            if (const auto object = scanner.object(member->valueStart))
                decisionIndent = formatOf(text, *object, unit).memberIndent;
        }
    }
    const auto serialiseDecision = [&](const Decision &d) {
        return decisionText(d, decisionIndent, unit);
    };
    const auto serialiseNote = [](const QString &note) { return jsonString(note); };

    if (!section(QStringLiteral("decisions"), m_config.decisions, m_decisions, serialiseDecision))
        return Error{Tr::tr("cannot update %1: \"decisions\" is not an object").arg(m_path), {}};
    if (!section(QStringLiteral("notes"), m_config.notes, m_notes, serialiseNote))
        return Error{Tr::tr("cannot update %1: \"notes\" is not an object").arg(m_path), {}};

    if (fresh) {
        QList<std::pair<QString, QByteArray>> members;
        if (!m_newFileComment.isEmpty())
            members.append({QStringLiteral("comment"), jsonString(m_newFileComment)});
        for (auto it = rootChanges.cbegin(); it != rootChanges.cend(); ++it)
            members.append({it.key(), **it});
        // "decisions" before "notes" (QMap order), as a person would read them.
        return QByteArray(objectText(members, rootFormat) + '\n');
    }
    // Top-level keys keep the file's order; new ones go at the end, decisions first.
    planObjectEdits(*root, rootChanges, rootFormat, edits);
    return applyEdits(text, edits);
}

Result<bool> ReviewFile::save()
{
    if (!isModified())
        return false;
    Result<QByteArray> bytes = toBytes();
    if (!bytes)
        return bytes.error();
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{Tr::tr("cannot create the folder %1").arg(info.absolutePath()), {}};
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes.value()) != bytes->size() ||
        !out.commit())
        return Error{Tr::tr("cannot write review file %1: %2").arg(m_path, out.errorString()), {}};
    Result<ReviewFile> reread = fromBytes(bytes.value(), m_path);
    if (!reread)
        return reread.error();
    const QString comment = m_newFileComment;
    *this = std::move(reread).value();
    m_exists = true;
    m_newFileComment = comment;
    return true;
}

QString connectionKey(const QString &source)
{
    QString key = load::live::redactConnectionString(source.trimmed());
    if (key.contains(QLatin1String("://"))) {
        key.replace(QLatin1String(":***@"), QLatin1String("@"));
        static const QRegularExpression param(QStringLiteral("([?&])password=\\*\\*\\*(&|$)"),
                                              QRegularExpression::CaseInsensitiveOption);
        // "?password=***&x" -> "?x", "&password=***" -> "", "?password=***" -> "".
        for (QRegularExpressionMatch m = param.match(key); m.hasMatch(); m = param.match(key)) {
            const bool first = m.captured(1) == QLatin1String("?");
            const bool more = !m.captured(2).isEmpty();
            key.replace(m.capturedStart(), m.capturedLength(),
                        first ? (more ? QStringLiteral("?") : QString())
                              : (more ? QStringLiteral("&") : QString()));
        }
    } else {
        static const QRegularExpression pair(QStringLiteral("\\bpassword\\s*=\\s*\\*\\*\\*\\s*"),
                                             QRegularExpression::CaseInsensitiveOption);
        key.remove(pair);
        key = key.simplified();
    }
    return key;
}

QString reviewFilePathFor(const QString &source)
{
    if (load::live::isConnectionString(source)) {
        const QString key = connectionKey(source);
        QString readable;
        for (QChar c : key) {
            readable += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('.') ||
                                c == QLatin1Char('-') || c == QLatin1Char('_')
                            ? c
                            : QLatin1Char('_');
        }
        const qsizetype scheme = readable.indexOf(QLatin1String("___"));
        if (scheme >= 0 && scheme < 12)
            readable = readable.mid(scheme + 3); // "postgresql___" says nothing
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
        // Shared by the window and the CLI, whose application names differ.
        const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                             QLatin1String("/schemalens/reviews/");
        return base + readable.left(60) + QLatin1Char('-') + hash + QLatin1String(".json");
    }
    QString path = source;
    if (path.startsWith(QLatin1String("sqlite:")))
        path = path.mid(7);
    const QFileInfo info(path);
    const QDir dir = info.isDir() ? QDir(info.absoluteFilePath()) : info.absoluteDir();
    return dir.filePath(QStringLiteral(".schemalens.json"));
}

} // namespace schemalens::review
