#include "app/gui/presentation.h"

#include "app/gui/areawidget.h"
#include "app/gui/meetingstore.h"
#include "app/gui/presentationdialogs.h"
#include "app/gui/presentationstyle.h"
#include "app/gui/severitystyle.h"
#include "core/graph/area.h"
#include "core/report/reviewreport.h"
#include "core/review/rule.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace schemalens::gui {

using review::DecisionStatus;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QLabel *label(QWidget *parent, bool wrap = true)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(wrap);
    l->setFocusPolicy(Qt::NoFocus);
    l->setTextInteractionFlags(Qt::NoTextInteraction);
    return l;
}

} // namespace

PresentationWindow::PresentationWindow(DocumentPtr document, MeetingStore *store, bool dark,
                                       QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(std::move(document))
    , m_store(store)
    , m_dark(dark)
{
    setObjectName(QStringLiteral("PresentationWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    setWindowTitle(tr("Design review — %1").arg(m_document->displayName));

    auto *root = new QVBoxLayout(this);
    // The screen decides the size; long texts shrink to fit (fitText), they never push the
    // window out of full screen.
    root->setSizeConstraint(QLayout::SetNoConstraint);
    auto *top = new QHBoxLayout;
    m_title = label(this, false);
    m_progress = label(this, false);
    m_progress->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    top->addWidget(m_title, 1);
    top->addWidget(m_progress);
    root->addLayout(top);
    m_progressLine = new ProgressLine(this);
    root->addWidget(m_progressLine);

    auto *middle = new QHBoxLayout;
    m_area = new AreaWidget(this);
    middle->addWidget(m_area, 3);
    m_panel = new QWidget(this);
    m_panel->setObjectName(QStringLiteral("PresentationPanel"));
    m_panel->setAttribute(Qt::WA_StyledBackground);
    auto *panel = new QVBoxLayout(m_panel);
    m_group = label(m_panel);
    m_meta = label(m_panel);
    m_meta->setTextFormat(Qt::RichText);
    m_message = label(m_panel);
    m_rationale = label(m_panel);
    m_fixTitle = label(m_panel, false);
    m_fix = label(m_panel);
    m_fix->setObjectName(QStringLiteral("PresentationFix"));
    m_fix->setTextFormat(Qt::PlainText);
    m_location = label(m_panel);
    m_location->setTextFormat(Qt::RichText);
    m_decision = label(m_panel);
    m_decision->setTextFormat(Qt::RichText);
    for (QLabel *l : {m_group, m_meta, m_message, m_rationale, m_fixTitle, m_fix, m_location})
        panel->addWidget(l);
    panel->addStretch(1);
    panel->addWidget(m_decision);
    middle->addWidget(m_panel, 2);
    root->addLayout(middle, 1);

    m_flash = label(this, false);
    m_flash->hide();
    root->addWidget(m_flash);
    m_keys = label(this);
    m_keys->setObjectName(QStringLiteral("PresentationKeys"));
    m_keys->setTextFormat(Qt::RichText);
    root->addWidget(m_keys);

    if (m_store) {
        connect(m_store, &MeetingStore::decisionChanged, this, [this] {
            updateDecision();
            updateProgress();
        });
        connect(m_store, &MeetingStore::writeFailed, this, &PresentationWindow::flash);
    }
    applyStyle();
}

PresentationWindow::~PresentationWindow() = default;

void PresentationWindow::start(int startFinding, bool fullScreen)
{
    if (fullScreen)
        showFullScreen();
    else
        show();
    rebuildAgenda(startFinding);
    activateWindow();
    setFocus(Qt::ActiveWindowFocusReason);
}

int PresentationWindow::currentFinding() const
{
    return m_position >= 0 && m_position < m_agenda.size() ? m_agenda.at(m_position).finding : -1;
}

void PresentationWindow::setFilter(const AgendaFilter &filter)
{
    m_filter = filter;
    rebuildAgenda(currentFinding());
}

void PresentationWindow::setOrder(AgendaOrder order)
{
    m_order = order;
    rebuildAgenda(currentFinding());
}

void PresentationWindow::setDark(bool dark)
{
    m_dark = dark;
    applyStyle();
    showStep();
}

void PresentationWindow::rebuildAgenda(int keepFinding)
{
    const auto decided = [this](const QString &fingerprint) {
        return m_store && m_store->status(fingerprint) != DecisionStatus::Open;
    };
    m_agenda = buildAgenda(m_document->review.findings, m_filter, m_order, decided);
    m_position = m_agenda.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_agenda.size(); ++i) {
        if (m_agenda.at(i).finding == keepFinding)
            m_position = i;
    }
    showStep();
}

void PresentationWindow::goTo(int position)
{
    if (m_agenda.isEmpty())
        return;
    const int clamped = std::clamp(position, 0, int(m_agenda.size()) - 1);
    if (clamped == m_position)
        return;
    m_position = clamped;
    m_flash->hide();
    showStep();
}

bool PresentationWindow::areaReady() const
{
    const int index = currentFinding();
    if (index < 0)
        return true;
    const review::Finding &f = m_document->review.findings.at(index);
    return m_areas.contains(f.fingerprint) || m_failed.contains(f.fingerprint) ||
           graph::findingNodes(m_document->graph, f).isEmpty();
}

QString PresentationWindow::progressText() const
{
    if (m_agenda.isEmpty())
        return tr("Nothing to walk");
    int decided = 0;
    for (const AgendaItem &item : m_agenda) {
        if (m_store && m_store->status(m_document->review.findings.at(item.finding).fingerprint) !=
                           DecisionStatus::Open)
            ++decided;
    }
    return tr("%1 of %2 · %3 decided").arg(m_position + 1).arg(m_agenda.size()).arg(decided);
}

void PresentationWindow::updateProgress()
{
    const PresentationPalette p = presentationPalette(m_dark);
    m_progress->setText(progressText());
    m_progressLine->set(m_agenda.isEmpty() ? 0 : double(m_position + 1) / m_agenda.size(), p.line,
                        p.accent);
    QString title =
        tr("Design review · %1 · %2").arg(m_document->displayName, agendaOrderTitle(m_order));
    if (!m_filter.isDefault())
        title += QStringLiteral(" · ") + tr("filtered");
    m_title->setText(title);
}

QString PresentationWindow::sourceLine(const review::Finding &finding) const
{
    const model::Origin &where = finding.location;
    if (where.file.isEmpty() || where.line <= 0)
        return {};
    auto it = m_fileLines.find(where.file);
    if (it == m_fileLines.end()) {
        QString path;
        for (const load::MigrationUnit &unit : m_document->loaded.source.units) {
            if (unit.path == where.file)
                path = unit.absolutePath;
        }
        QStringList lines;
        QFile file(path);
        if (!path.isEmpty() && file.size() < 8 * 1024 * 1024 && file.open(QIODevice::ReadOnly))
            lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast(); // the file's final newline ends a line, it starts none
        it = m_fileLines.insert(where.file, lines);
    }
    return where.line <= it->size() ? it->at(where.line - 1).trimmed() : QString();
}

void PresentationWindow::showStep()
{
    updateProgress();
    const PresentationPalette p = presentationPalette(m_dark);
    const render::Theme theme = m_dark ? render::Theme::dark() : render::Theme::light();
    const int index = currentFinding();
    if (index < 0) {
        for (QLabel *l : {m_group, m_meta, m_rationale, m_fixTitle, m_fix, m_location, m_decision})
            l->clear();
        m_message->setText(tr("No finding matches the filter."));
        m_area->setMessage(tr("Press F to change what the meeting walks, or Esc to leave."));
        updateDecision();
        Q_EMIT stepShown();
        return;
    }
    const review::Finding &f = m_document->review.findings.at(index);
    const QString group = m_agenda.at(m_position).group;
    m_group->setText(group);
    m_group->setVisible(!group.isEmpty());

    const review::Rule *rule = review::findRule(f.rule);
    const QColor severity = f.severity == review::Severity::Error     ? theme.error
                            : f.severity == review::Severity::Warning ? theme.warning
                                                                      : theme.info;
    QStringList meta{esc(f.rule)};
    if (rule && !rule->info.title.isEmpty())
        meta.append(esc(rule->info.title));
    m_meta->setText(QStringLiteral("<span style='color:%1; font-weight:600;'>● %2</span>"
                                   "<span style='color:%3;'> · %4</span>")
                        .arg(severity.name(), esc(severityLabel(f.severity).toUpper()),
                             p.muted.name(), meta.join(QStringLiteral(" · "))));
    m_message->setText(breakable(f.message));
    m_rationale->setText(breakable(f.rationale));
    m_rationale->setVisible(!f.rationale.isEmpty());
    const report::FixParts fix = report::splitFix(f.fix);
    m_fixTitle->setText(fix.prose.isEmpty() ? tr("Fix") : tr("Fix: %1").arg(fix.prose));
    m_fixTitle->setWordWrap(true);
    m_fixTitle->setVisible(!f.fix.isEmpty());
    m_fix->setText(breakable(limitLines(fix.sql, 8)));
    m_fix->setVisible(!fix.sql.isEmpty());
    const QString where = report::locationText(f.location);
    QString location;
    if (!where.isEmpty()) {
        location = QStringLiteral("<span style='color:%1;'>%2</span>")
                       .arg(p.muted.name(), esc(breakable(tr("Migration: %1").arg(where))));
        const QString line = sourceLine(f);
        if (!line.isEmpty())
            location += QStringLiteral("<br><span style='font-family:monospace;'>%1</span>")
                            .arg(esc(breakable(line.left(160))));
    }
    m_location->setText(location);
    m_location->setVisible(!location.isEmpty());
    updateDecision();
    showArea();
    fitText();
    Q_EMIT stepShown();
}

void PresentationWindow::showArea()
{
    const int index = currentFinding();
    if (index < 0)
        return;
    const review::Finding &f = m_document->review.findings.at(index);
    if (graph::findingNodes(m_document->graph, f).isEmpty()) {
        // A finding about a migration or the whole schema: its lines instead of tables.
        const model::Origin &where = f.location;
        sourceLine(f); // reads the file
        const QStringList lines = m_fileLines.value(where.file);
        if (where.line > 0 && !lines.isEmpty()) {
            const int first = std::max(1, where.line - 6);
            m_area->setExcerpt(where.file, lines.mid(first - 1, 16), first, where.line);
        } else {
            m_area->setMessage(tr("This finding is about the schema as a whole."));
        }
        return;
    }
    if (const auto it = m_areas.constFind(f.fingerprint); it != m_areas.cend()) {
        m_area->setDiagram(*it);
        // Lay out the next step ahead of time.
        if (m_position + 1 < m_agenda.size())
            requestArea(m_agenda.at(m_position + 1).finding);
        return;
    }
    if (m_failed.contains(f.fingerprint)) {
        m_area->setMessage(tr("The tables of this finding could not be laid out."));
        return;
    }
    m_area->setMessage(tr("Laying out the tables…"));
    requestArea(index);
}

void PresentationWindow::requestArea(int finding)
{
    const review::Finding &f = m_document->review.findings.at(finding);
    if (m_areas.contains(f.fingerprint) || m_pending.contains(f.fingerprint) ||
        m_failed.contains(f.fingerprint))
        return;
    const QList<int> nodes = graph::findingNodes(m_document->graph, f);
    if (nodes.isEmpty())
        return;
    m_pending.insert(f.fingerprint);
    graph::Area area = graph::areaAround(m_document->graph, nodes);
    graph::markOnly(area, f);
    // Laid out for the shape of the space it gets (the window may not be shown yet).
    layout()->activate();
    const double aspect = m_area->height() > 50 ? double(m_area->width()) / m_area->height() : 1.2;
    using Diagram = std::shared_ptr<const render::AreaDiagram>;
    auto *watcher = new QFutureWatcher<Diagram>(this);
    const QString fingerprint = f.fingerprint;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, fingerprint] {
        watcher->deleteLater();
        m_pending.remove(fingerprint);
        if (const Diagram diagram = watcher->result())
            m_areas.insert(fingerprint, diagram);
        else
            m_failed.insert(fingerprint);
        const int index = currentFinding();
        if (index >= 0 && m_document->review.findings.at(index).fingerprint == fingerprint) {
            showArea();
            Q_EMIT stepShown();
        }
    });
    watcher->setFuture(QtConcurrent::run([area, aspect]() -> Diagram {
        Result<render::AreaDiagram> laidOut = render::layoutArea(area, aspect);
        return laidOut ? std::make_shared<const render::AreaDiagram>(std::move(laidOut).value())
                       : Diagram();
    }));
}

void PresentationWindow::updateDecision()
{
    const PresentationPalette p = presentationPalette(m_dark);
    const int index = currentFinding();
    const std::optional<review::Decision> d =
        index >= 0 && m_store ? m_store->decision(m_document->review.findings.at(index).fingerprint)
                              : std::nullopt;
    const DecisionStatus current = d ? d->status : DecisionStatus::Open;

    if (index < 0) {
        m_decision->clear();
    } else if (!d) {
        m_decision->setText(QStringLiteral("<span style='color:%1;'>%2</span>")
                                .arg(p.muted.name(), esc(tr("Not decided yet: press 1 to 5."))));
    } else {
        QString text = esc(tr("Decision:")) + QLatin1Char(' ') +
                       chip(review::decisionStatusTitle(d->status), statusColour(d->status, m_dark),
                            p.background);
        if (!d->note.isEmpty())
            text += QLatin1String("<br>") +
                    esc(d->note).replace(QLatin1Char('\n'), QLatin1String("<br>"));
        QStringList who;
        if (!d->owner.isEmpty())
            who.append(tr("owner: %1").arg(d->owner));
        if (!d->date.isEmpty())
            who.append(d->date);
        if (!who.isEmpty())
            text += QStringLiteral("<br><span style='color:%1;'>%2</span>")
                        .arg(p.muted.name(), esc(who.join(QStringLiteral(" · "))));
        m_decision->setText(text);
    }

    QStringList keys;
    int number = 1;
    for (DecisionStatus status : review::allDecisionStatuses) {
        const QString text = keepTogether(
            QStringLiteral("%1 %2").arg(number++).arg(review::decisionStatusTitle(status)));
        if (index >= 0 && status == current && d)
            keys.append(chip(text, statusColour(status, m_dark), p.background));
        else
            keys.append(QStringLiteral("<b>%1</b>").arg(esc(text)));
    }
    // The other keys: the key in bold, what it does muted.
    const std::pair<QString, QString> more[] = {
        {QStringLiteral("N"), tr("note")},   {QStringLiteral("← →"), tr("move")},
        {QStringLiteral("A"), tr("agenda")}, {QStringLiteral("F"), tr("filter")},
        {QStringLiteral("O"), tr("order")},  {QStringLiteral("T"), tr("light/dark")},
        {QStringLiteral("Esc"), tr("leave")}};
    QStringList hints;
    for (const auto &[key, action] : more)
        hints.append(QStringLiteral("<b>%1</b>&nbsp;<span style='color:%2;'>%3</span>")
                         .arg(esc(keepTogether(key)), p.muted.name(), esc(keepTogether(action))));
    m_keys->setText(keys.join(QStringLiteral("&nbsp;&nbsp; ")) +
                    QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp; ") +
                    hints.join(QStringLiteral("&nbsp;&nbsp; ")));
}

void PresentationWindow::flash(const QString &message)
{
    m_flash->setText(message);
    m_flash->setVisible(!message.isEmpty());
}

void PresentationWindow::decide(DecisionStatus status)
{
    const int index = currentFinding();
    if (index < 0 || !m_store)
        return;
    const review::Finding &f = m_document->review.findings.at(index);
    const std::optional<review::Decision> old = m_store->decision(f.fingerprint);
    if (status == DecisionStatus::WontFix && (!old || old->note.trimmed().isEmpty())) {
        editNote(true);
        return;
    }
    m_flash->hide();
    if (!m_store->setStatus(f, status))
        flash(m_store->lastError());
}

void PresentationWindow::editNote(bool askForReason)
{
    const int index = currentFinding();
    if (index < 0 || !m_store)
        return;
    const review::Finding f = m_document->review.findings.at(index);
    const std::optional<review::Decision> old = m_store->decision(f.fingerprint);
    auto *dialog =
        new NoteDialog(askForReason ? tr("Why won't it be fixed?") : tr("Note on this finding"),
                       old ? old->note : QString(), old ? old->owner : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dressForRoom(dialog, font(), palette());
    dialog->resize(std::min(width() * 2 / 3, 1100), std::min(height() / 2, 520));
    connect(dialog, &QDialog::accepted, this, [this, dialog, f, askForReason] {
        if (!m_store)
            return;
        const std::optional<review::Decision> now = m_store->decision(f.fingerprint);
        const DecisionStatus status =
            askForReason ? DecisionStatus::WontFix : (now ? now->status : DecisionStatus::Open);
        m_flash->hide();
        if (!m_store->decide(f, status, dialog->note(), dialog->owner()))
            flash(m_store->lastError());
    });
    connect(dialog, &QDialog::finished, this, [this] { setFocus(); });
    dialog->open();
}

void PresentationWindow::showAgenda()
{
    QStringList lines;
    QString group;
    for (int i = 0; i < m_agenda.size(); ++i) {
        const review::Finding &f = m_document->review.findings.at(m_agenda.at(i).finding);
        QString line = QStringLiteral("%1. ").arg(i + 1);
        if (!m_agenda.at(i).group.isEmpty())
            line += m_agenda.at(i).group + QStringLiteral(" — ");
        const DecisionStatus status =
            m_store ? m_store->status(f.fingerprint) : DecisionStatus::Open;
        if (status != DecisionStatus::Open)
            line += QLatin1Char('[') + review::decisionStatusTitle(status) + QLatin1String("] ");
        lines.append(line + f.message);
    }
    auto *dialog = new AgendaDialog(lines, m_position, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dressForRoom(dialog, font(), palette());
    dialog->resize(width() * 4 / 5, height() * 4 / 5);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { goTo(dialog->chosen()); });
    connect(dialog, &QDialog::finished, this, [this] { setFocus(); });
    dialog->open();
}

void PresentationWindow::showFilter()
{
    QStringList families;
    for (const QString &family : knownFamilies()) {
        for (const review::Finding &f : m_document->review.findings) {
            if (familyOf(f) == family) {
                families.append(family);
                break;
            }
        }
    }
    auto *dialog = new FilterDialog(m_filter, families, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dressForRoom(dialog, font(), palette());
    dialog->resize(std::min(width() * 2 / 3, 1000), height() * 4 / 5);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setFilter(dialog->filter()); });
    connect(dialog, &QDialog::finished, this, [this] { setFocus(); });
    dialog->open();
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
        goTo(m_position + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        goTo(m_position - 1);
        return;
    case Qt::Key_Home:
        goTo(0);
        return;
    case Qt::Key_End:
        goTo(int(m_agenda.size()) - 1);
        return;
    case Qt::Key_1:
    case Qt::Key_2:
    case Qt::Key_3:
    case Qt::Key_4:
    case Qt::Key_5:
        decide(review::allDecisionStatuses[key - Qt::Key_1]);
        return;
    case Qt::Key_N:
        editNote(false);
        return;
    case Qt::Key_A:
        showAgenda();
        return;
    case Qt::Key_F:
        showFilter();
        return;
    case Qt::Key_O:
        setOrder(m_order == AgendaOrder::Rank    ? AgendaOrder::Table
                 : m_order == AgendaOrder::Table ? AgendaOrder::Domain
                                                 : AgendaOrder::Rank);
        return;
    case Qt::Key_T:
        setDark(!m_dark);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_typeScale = std::min(1.6, m_typeScale * 1.1);
        applyStyle();
        fitText();
        return;
    case Qt::Key_Minus:
        m_typeScale = std::max(0.6, m_typeScale / 1.1);
        applyStyle();
        fitText();
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyStyle();
    fitText();
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    Q_EMIT left(currentFinding());
    event->accept();
}

void PresentationWindow::applyStyle()
{
    const PresentationPalette p = presentationPalette(m_dark);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, p.background);
    palette.setColor(QPalette::WindowText, p.text);
    palette.setColor(QPalette::Base, p.panel);
    palette.setColor(QPalette::AlternateBase, p.background);
    palette.setColor(QPalette::Text, p.text);
    palette.setColor(QPalette::Button, p.panel);
    palette.setColor(QPalette::ButtonText, p.text);
    palette.setColor(QPalette::Highlight, p.accent);
    palette.setColor(QPalette::HighlightedText, p.background);
    palette.setColor(QPalette::PlaceholderText, p.muted);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, p.muted);
    palette.setColor(QPalette::Disabled, QPalette::Text, p.muted);
    setPalette(palette);
    setAutoFillBackground(true);
    m_area->setTheme(m_dark ? render::Theme::dark() : render::Theme::light());

    // One unit of type: 30 px on a 1080-line projector, 20 px at 720 lines.
    const double unit = std::max(13.0, height() / 36.0) * m_typeScale * m_fitScale;
    const auto px = [&](double factor) { return std::max(10, int(std::lround(unit * factor))); };
    const int margin = px(0.9);
    layout()->setContentsMargins(margin, px(0.5), margin, px(0.5));
    layout()->setSpacing(px(0.4));
    m_panel->layout()->setContentsMargins(px(0.9), px(0.7), px(0.9), px(0.7));
    m_panel->layout()->setSpacing(px(0.45));
    m_progressLine->setFixedHeight(std::max(4, px(0.18)));
    // Two fifths for the text, whatever it holds; the diagram takes the rest.
    m_panel->setFixedWidth(std::max(320, width() * 2 / 5));

    QFont base = font();
    base.setPixelSize(px(1.0));
    setFont(base);
    const auto setSize = [&](QWidget *w, double factor, bool bold = false) {
        QFont f = base;
        f.setPixelSize(px(factor));
        f.setBold(bold);
        w->setFont(f);
    };
    setSize(m_title, 0.8, true);
    setSize(m_progress, 0.8, true);
    setSize(m_group, 0.8, true);
    setSize(m_meta, 0.8);
    setSize(m_message, 1.35, true);
    setSize(m_rationale, 0.95);
    setSize(m_fixTitle, 0.85, true);
    setSize(m_location, 0.8);
    setSize(m_decision, 0.95);
    setSize(m_keys, 0.75);
    setSize(m_flash, 0.85, true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPixelSize(px(0.78));
    m_fix->setFont(mono);

    // A style sheet on the panel re-resolves its labels' palettes from the application's, so
    // their colour is stated here, or dark mode would show black text.
    m_panel->setStyleSheet(QStringLiteral("#PresentationPanel { background-color: %1; "
                                          "border-radius: %2px; }"
                                          "#PresentationPanel QLabel { color: %4; }"
                                          "QLabel#PresentationFix { background-color: %3; "
                                          "color: %4; padding: %5px; border-radius: %6px; }")
                               .arg(p.panel.name())
                               .arg(px(0.4))
                               .arg(p.code.name(), p.text.name())
                               .arg(px(0.45))
                               .arg(px(0.25)));
    m_group->setStyleSheet(QStringLiteral("color: %1;").arg(p.accent.name()));
    m_title->setStyleSheet(QStringLiteral("color: %1;").arg(p.muted.name()));
    m_progress->setStyleSheet(QStringLiteral("color: %1;").arg(p.text.name()));
    m_flash->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg((m_dark ? render::Theme::dark() : render::Theme::light()).error.name()));
    updateProgress();
    updateDecision();
}

void PresentationWindow::fitText()
{
    // The largest type (between 60 % and 100 %) at which the step fits the panel: a room
    // cannot scroll.
    if (!isVisible() || m_panel->height() <= 0)
        return;
    const auto fits = [this](double scale) {
        m_fitScale = scale;
        applyStyle();
        QLayout *panel = m_panel->layout();
        panel->activate();
        return panel->totalHeightForWidth(m_panel->width()) <= m_panel->height();
    };
    if (fits(1.0))
        return;
    double low = 0.6; // taken when nothing larger fits
    double high = 1.0;
    for (int i = 0; i < 6; ++i) {
        const double middle = (low + high) / 2;
        if (fits(middle))
            low = middle;
        else
            high = middle;
    }
    fits(low);
}

} // namespace schemalens::gui
