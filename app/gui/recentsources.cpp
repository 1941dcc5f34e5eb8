#include "app/gui/recentsources.h"

#include "core/load/live/connstring.h"

#include <QFileInfo>
#include <QSettings>

namespace schemalens::gui {

namespace {
const QString key = QStringLiteral("recentSources");
}

QString RecentSources::storable(const QString &source)
{
    if (load::live::isConnectionString(source))
        return load::live::redactConnectionString(source).replace(QLatin1String(":***@"),
                                                                  QLatin1String("@"));
    const QFileInfo info(source);
    return info.exists() ? info.absoluteFilePath() : source;
}

QStringList RecentSources::load()
{
    QStringList sources = QSettings().value(key).toStringList();
    sources.removeAll(QString());
    return sources.mid(0, maxEntries);
}

void RecentSources::add(const QString &source)
{
    const QString entry = storable(source);
    QStringList sources = load();
    sources.removeAll(entry);
    sources.prepend(entry);
    QSettings().setValue(key, sources.mid(0, maxEntries));
}

void RecentSources::remove(const QString &source)
{
    QStringList sources = load();
    sources.removeAll(storable(source));
    QSettings().setValue(key, sources);
}

void RecentSources::clear()
{
    QSettings().remove(key);
}

} // namespace schemalens::gui
