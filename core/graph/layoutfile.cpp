#include "core/graph/layoutfile.h"

#include "core/load/live/connstring.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <cmath>

namespace schemalens::graph {

namespace {

// The largest position a layout file may hold, in diagram points either way.
constexpr int kMaxCoordinate = 10'000'000;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(graph)
};

constexpr int kVersion = 1;

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

class Reader {
public:
    QList<LayoutFileProblem> problems;

    void problem(const QString &path, const QString &message) { problems.append({path, message}); }

    // Reports keys of OBJECT that are not in KNOWN.
    void unknownKeys(const QJsonObject &object, const QStringList &known, const QString &path)
    {
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!known.contains(it.key()))
                problem(join(path, it.key()), Tr::tr("unknown key"));
    }

    Arrangement arrangement(const QJsonValue &value, const QString &path)
    {
        Arrangement out;
        if (!value.isObject()) {
            problem(path, Tr::tr("expected an object"));
            return out;
        }
        const QJsonObject object = value.toObject();
        unknownKeys(object, {QStringLiteral("tables")}, path);
        const QJsonValue tables = object.value(QStringLiteral("tables"));
        if (tables.isUndefined())
            return out;
        if (!tables.isObject()) {
            problem(join(path, QStringLiteral("tables")), Tr::tr("expected an object"));
            return out;
        }
        const QJsonObject byName = tables.toObject();
        for (auto it = byName.begin(); it != byName.end(); ++it) {
            const QString where = join(join(path, QStringLiteral("tables")), it.key());
            if (!it.value().isObject()) {
                problem(where, Tr::tr("expected an object with x and y"));
                continue;
            }
            const QJsonObject table = it.value().toObject();
            unknownKeys(table, {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("pinned")},
                        where);
            const QJsonValue x = table.value(QStringLiteral("x"));
            const QJsonValue y = table.value(QStringLiteral("y"));
            if (!x.isDouble() || !y.isDouble() || !std::isfinite(x.toDouble()) ||
                !std::isfinite(y.toDouble())) {
                problem(where, Tr::tr("x and y must be numbers"));
                continue;
            }
            // No diagram is near this size (2,000 tables span about 10^5 points); a position
            // beyond it is a damaged file, and would not survive being written as a whole
            // number.
            if (std::abs(x.toDouble()) > kMaxCoordinate ||
                std::abs(y.toDouble()) > kMaxCoordinate) {
                problem(where, Tr::tr("x and y must be between -%1 and %1").arg(kMaxCoordinate));
                continue;
            }
            const QJsonValue pinned = table.value(QStringLiteral("pinned"));
            if (!pinned.isUndefined() && !pinned.isBool())
                problem(join(where, QStringLiteral("pinned")), Tr::tr("expected true or false"));
            out.tables.insert(it.key(),
                              {QPointF(x.toDouble(), y.toDouble()), pinned.toBool(false)});
        }
        return out;
    }

    QMap<QString, Arrangement> modes(const QJsonValue &value, const QString &path)
    {
        QMap<QString, Arrangement> out;
        if (value.isUndefined())
            return out;
        if (!value.isObject()) {
            problem(path, Tr::tr("expected an object"));
            return out;
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!columnModeFromName(it.key()) || it.key() == QLatin1String("none")) {
                problem(join(path, it.key()),
                        Tr::tr("unknown column mode (use all, keys or names)"));
                continue;
            }
            out.insert(it.key(), arrangement(it.value(), join(path, it.key())));
        }
        return out;
    }
};

// JSON text of STRING (QJsonDocument's own escaping).
QByteArray quoted(const QString &string)
{
    QByteArray array = QJsonDocument(QJsonArray{string}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray number(double value)
{
    // Whole points: sub-point positions are noise in a diff and invisible on screen.
    const double rounded = std::round(value);
    return QByteArray::number(qint64(rounded == 0 ? 0 : rounded));
}

void writeArrangement(QByteArray &out, const Arrangement &arrangement, const QByteArray &indent)
{
    out += "{\n" + indent + "  \"tables\": {";
    if (arrangement.tables.isEmpty()) {
        out += "}\n" + indent + "}";
        return;
    }
    out += '\n';
    bool first = true;
    for (auto it = arrangement.tables.cbegin(); it != arrangement.tables.cend(); ++it) {
        if (!first)
            out += ",\n";
        first = false;
        out += indent + "    " + quoted(it.key()) + ": {";
        if (it->pinned)
            out += "\"pinned\": true, ";
        out += "\"x\": " + number(it->topLeft.x()) + ", \"y\": " + number(it->topLeft.y()) + '}';
    }
    out += '\n' + indent + "  }\n" + indent + '}';
}

void writeModes(QByteArray &out, const QMap<QString, Arrangement> &modes, const QByteArray &indent)
{
    out += '{';
    bool first = true;
    for (auto it = modes.cbegin(); it != modes.cend(); ++it) {
        out += first ? "\n" : ",\n";
        first = false;
        out += indent + "  " + quoted(it.key()) + ": ";
        writeArrangement(out, it.value(), indent + "  ");
    }
    out += first ? QByteArray("}") : '\n' + indent + '}';
}

} // namespace

Arrangement LayoutFile::arrangement(ColumnMode mode, const QString &view) const
{
    const QString key = columnModeName(mode);
    if (view.isEmpty())
        return modes.value(key);
    return views.value(view).modes.value(key);
}

void LayoutFile::setArrangement(ColumnMode mode, const Arrangement &arrangement,
                                const QString &view)
{
    const QString key = columnModeName(mode);
    QMap<QString, Arrangement> &target = view.isEmpty() ? modes : views[view].modes;
    if (arrangement.isEmpty())
        target.remove(key);
    else
        target.insert(key, arrangement);
}

Result<ParsedLayoutFile> parseLayoutFile(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{
            Tr::tr("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString())};
    if (!document.isObject())
        return Error{Tr::tr("expected a JSON object")};
    const QJsonObject root = document.object();
    Reader reader;
    ParsedLayoutFile parsed;
    reader.unknownKeys(
        root, {QStringLiteral("version"), QStringLiteral("modes"), QStringLiteral("views")}, {});
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isUndefined() && version.toInt(-1) != kVersion)
        reader.problem(
            QStringLiteral("version"),
            Tr::tr("unsupported version (this Schemalens reads version %1)").arg(kVersion));
    parsed.file.modes = reader.modes(root.value(QStringLiteral("modes")), QStringLiteral("modes"));
    const QJsonValue views = root.value(QStringLiteral("views"));
    if (!views.isUndefined() && !views.isObject())
        reader.problem(QStringLiteral("views"), Tr::tr("expected an object"));
    const QJsonObject byName = views.toObject();
    for (auto it = byName.begin(); it != byName.end(); ++it) {
        const QString path = join(QStringLiteral("views"), it.key());
        if (!it.value().isObject()) {
            reader.problem(path, Tr::tr("expected an object"));
            continue;
        }
        const QJsonObject object = it.value().toObject();
        reader.unknownKeys(object, {QStringLiteral("tables"), QStringLiteral("modes")}, path);
        SavedView view;
        const QJsonValue tables = object.value(QStringLiteral("tables"));
        if (!tables.isArray()) {
            reader.problem(join(path, QStringLiteral("tables")),
                           Tr::tr("expected a list of tables"));
        } else {
            for (const QJsonValue &table : tables.toArray()) {
                if (table.isString())
                    view.tables.append(table.toString());
                else
                    reader.problem(join(path, QStringLiteral("tables")),
                                   Tr::tr("expected table names"));
            }
        }
        view.tables.sort();
        view.tables.removeDuplicates();
        view.modes = reader.modes(object.value(QStringLiteral("modes")),
                                  join(path, QStringLiteral("modes")));
        parsed.file.views.insert(it.key(), view);
    }
    parsed.problems = reader.problems;
    return parsed;
}

QByteArray serializeLayoutFile(const LayoutFile &file)
{
    QByteArray out = "{\n";
    if (!file.modes.isEmpty()) {
        out += "  \"modes\": ";
        writeModes(out, file.modes, "  ");
        out += ",\n";
    }
    out += "  \"version\": " + QByteArray::number(kVersion);
    if (!file.views.isEmpty()) {
        out += ",\n  \"views\": {";
        bool first = true;
        for (auto it = file.views.cbegin(); it != file.views.cend(); ++it) {
            out += first ? "\n" : ",\n";
            first = false;
            out += "    " + quoted(it.key()) + ": {\n";
            if (!it->modes.isEmpty()) {
                out += "      \"modes\": ";
                writeModes(out, it->modes, "      ");
                out += ",\n";
            }
            out += "      \"tables\": [";
            QStringList tables = it->tables;
            tables.sort();
            for (int i = 0; i < tables.size(); ++i)
                out += (i ? ",\n        " : "\n        ") + quoted(tables.at(i));
            out += tables.isEmpty() ? "]\n" : "\n      ]\n";
            out += "    }";
        }
        out += "\n  }";
    }
    out += "\n}\n";
    return out;
}

QString layoutFilePath(const QString &source, const QString &dataDirectory)
{
    if (source.isEmpty())
        return {};
    QString path = source;
    if (path.startsWith(QLatin1String("sqlite:")))
        path = path.mid(7);
    const QFileInfo info(path);
    if (!load::live::isConnectionString(source) && info.exists()) {
        const QDir dir = info.isDir() ? QDir(info.absoluteFilePath()) : info.absoluteDir();
        return dir.filePath(QString::fromLatin1(kLayoutFileName));
    }
    if (dataDirectory.isEmpty() || !load::live::isConnectionString(source))
        return {};
    // Named after the connection without its password: the same database keeps its layout
    // whichever password was typed, and no password reaches the disk.
    const QByteArray key = load::live::redactConnectionString(source).toUtf8();
    const QString name = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
    return QDir(dataDirectory)
        .filePath(QStringLiteral("layouts/") + name + QStringLiteral(".schemalens-layout.json"));
}

QString layoutDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/Schemalens");
}

Result<ParsedLayoutFile> readLayoutFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return ParsedLayoutFile{};
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("cannot read %1: %2").arg(path, file.errorString())};
    Result<ParsedLayoutFile> parsed = parseLayoutFile(file.readAll());
    if (!parsed)
        return Error{QStringLiteral("%1: %2").arg(path, parsed.error().message)};
    return parsed;
}

Result<bool> writeLayoutFile(const QString &path, const LayoutFile &file)
{
    const QByteArray text = serializeLayoutFile(file);
    QFile existing(path);
    if (existing.exists()) {
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == text)
            return false;
    } else if (file.isEmpty()) {
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit())
        return Error{Tr::tr("cannot write %1: %2").arg(path, out.errorString())};
    return true;
}

} // namespace schemalens::graph
