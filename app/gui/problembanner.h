#pragma once

#include <QFrame>

class QLabel;

namespace schemalens::gui {

// A strip over the diagram that says a source loaded with problems (how many, of what kind)
// and links to them, so that an empty or partial diagram is never mistaken for the schema.
class ProblemBanner : public QFrame {
    Q_OBJECT
public:
    explicit ProblemBanner(QWidget *parent = nullptr);

    // Shows TEXT (rich text allowed); error colours when SEVERE, warning colours otherwise.
    void showMessage(const QString &text, bool severe);
    QString text() const;

Q_SIGNALS:
    void showProblems();

private:
    QLabel *m_text = nullptr;
};

} // namespace schemalens::gui
