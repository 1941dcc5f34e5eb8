// schemalens-layout-worker: one layout per run, for LayoutJob (core/graph/layoutjob.h).
// stdin: encodeRequest() bytes. stdout: 'O' + encodeLayout() bytes, or 'E' + UTF-8 error.
// stderr: "progress <percent> <phase>" lines. Exit code 0 on success, 1 on error.

#include "core/graph/layout.h"
#include "core/graph/layoutcodec.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace {

void write(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    write('E' + message.toUtf8());
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    using namespace schemalens::graph;

    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("graph", "Cannot read the layout request."));
    const std::optional<LayoutRequest> request = decodeRequest(input.readAll());
    if (!request)
        return fail(QCoreApplication::translate("graph", "The layout request could not be read."));

    const auto progress = [](int percent, const QString &phase) {
        std::fprintf(stderr, "progress %d %s\n", percent, phase.toUtf8().constData());
        std::fflush(stderr);
    };
    const schemalens::Result<Layout> layout = computeLayout(*request, progress);
    if (!layout)
        return fail(layout.error().toString());
    write('O' + encodeLayout(layout.value()));
    return 0;
}
