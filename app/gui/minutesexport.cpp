#include "app/gui/minutesexport.h"

#include "core/render/area.h"
#include "core/report/minutes.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace schemalens::gui {

bool isHtmlPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("html") || suffix == QLatin1String("htm");
}

QString minutesText(const MinutesRequest &request)
{
    const Document &document = *request.document;
    report::MinutesInput input;
    input.report.loaded = &document.loaded;
    input.report.result = &document.review;
    input.report.toolVersion = QCoreApplication::applicationVersion();
    const load::MigrationPlan &plan = document.loaded.source;
    if (!request.reviewFile.isEmpty() && !plan.rootPath.contains(QLatin1String("://"))) {
        const QFileInfo root(plan.rootPath);
        const QDir base = plan.isFolder ? QDir(root.absoluteFilePath()) : root.absoluteDir();
        const QString relative = base.relativeFilePath(request.reviewFile);
        input.report.configPath = relative.startsWith(QLatin1String(".."))
                                      ? QFileInfo(request.reviewFile).fileName()
                                      : relative;
    }
    input.decisions = request.decisions;
    input.notes = request.notes;
    input.date = QDate::currentDate().toString(Qt::ISODate);
    input.revision = report::sourceRevision(plan);
    if (!request.html)
        return report::minutesToMarkdown(input);
    const render::Theme theme =
        render::Theme::byName(request.theme).value_or(render::Theme::light());
    input.areaSvgs = render::minutesPictures(input, document.graph, theme);
    return report::minutesToHtml(input);
}

QString writeMinutes(const MinutesRequest &request, const QString &path)
{
    const QByteArray bytes = minutesText(request).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

} // namespace schemalens::gui
