#pragma once

// What the window suites share: waiting for a document to be shown, opening a window on a
// source or on the bundled example, finding an action by its text, writing a fixture file.

#include "app/gui/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QSignalSpy>

#include <memory>

namespace guitest {

using namespace schemalens;

inline bool waitShown(gui::MainWindow &window, int timeout = 60000)
{
    QSignalSpy shown(&window, &gui::MainWindow::documentShown);
    return shown.wait(timeout);
}

// A window of SIZE showing SOURCE's diagram, or null when it did not show.
inline std::unique_ptr<gui::MainWindow> openSource(const QString &source, QSize size)
{
    auto window = std::make_unique<gui::MainWindow>();
    window->resize(size);
    window->show();
    window->openSource(source);
    if (!waitShown(*window))
        return nullptr;
    return window;
}

// A 1280×800 window showing the bundled example, or null.
inline std::unique_ptr<gui::MainWindow> openExample()
{
    auto window = std::make_unique<gui::MainWindow>();
    window->resize(1280, 800);
    window->show();
    window->openExample();
    if (!waitShown(*window) || !window->document())
        return nullptr;
    return window;
}

inline QAction *actionNamed(QWidget &window, const QString &text)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace guitest
