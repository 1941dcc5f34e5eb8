#include "app/gui/sourceoptions.h"

#include "app/gui/recentsources.h"

#include <QCryptographicHash>
#include <QSettings>

namespace schemalens::gui {

namespace {

// A QSettings key per source: paths hold slashes, which QSettings reads as groups.
QString keyFor(const QString &source)
{
    const QByteArray id = RecentSources::storable(source).toUtf8();
    return QStringLiteral("sourceOptions/") +
           QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha1).toHex());
}

} // namespace

SourceOptions SourceOptions::remembered(const QString &source)
{
    QSettings settings;
    settings.beginGroup(keyFor(source));
    SourceOptions options;
    // The stored source guards against a hash collision handing one project another's order.
    if (settings.value(QStringLiteral("source")).toString() != RecentSources::storable(source))
        return options;
    options.dialect = settings.value(QStringLiteral("dialect")).toString();
    options.order = settings.value(QStringLiteral("order")).toStringList();
    return options;
}

void SourceOptions::remember(const QString &source, const SourceOptions &options)
{
    QSettings settings;
    if (options.isDefault()) {
        settings.remove(keyFor(source));
        return;
    }
    settings.beginGroup(keyFor(source));
    settings.setValue(QStringLiteral("source"), RecentSources::storable(source));
    settings.setValue(QStringLiteral("dialect"), options.dialect);
    settings.setValue(QStringLiteral("order"), options.order);
}

} // namespace schemalens::gui
