#include "takeprompts.h"
#include "attemptorder.h"
#include "hottext.h"
#include "judgment.h"
#include "report.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace hitready::cli {

namespace {

// `list` in the order `order` gives (position i shows list[order[i]]).
template <class T> QList<T> inOrder(const QList<T> &list, const QList<int> &order)
{
    QList<T> shown;
    shown.reserve(order.size());
    for (const int i : order)
        shown.append(list.at(i));
    return shown;
}

// Steps in the attempt's seeded order, which is never the correct one.
QList<Entry> shownSteps(const Item &item, quint64 seed)
{
    return inOrder(item.steps, shuffledAwayFromKey(seed, item.id, int(item.steps.size())));
}

void listEntries(QTextStream &s, const Quiz &quiz, const QList<Entry> &entries)
{
    for (const Entry &e : entries)
        s << "  " << e.id << ") " << quiz.text(e.text) << '\n';
}

// The shown text with each span as [id: shown text].
QString markedForTerminal(const Quiz &quiz, const Item &item)
{
    const HotTextMarkup markup = parseHotText(quiz.text(item.hotText));
    QString text = markup.shown;
    for (auto it = markup.spans.crbegin(); it != markup.spans.crend(); ++it)
        text.replace(it->start, it->text.size(), QStringLiteral("[%1: %2]").arg(it->id, it->text));
    return text;
}

// The id among `ids` that `typed` names, ignoring case; `typed` itself when none does.
QString idFor(const QStringList &ids, const QString &typed)
{
    for (const QString &id : ids)
        if (id.compare(typed, Qt::CaseInsensitive) == 0)
            return id;
    return typed;
}

template <class List> QStringList idsOf(const List &list)
{
    QStringList ids;
    for (const auto &entry : list)
        ids.append(entry.id);
    return ids;
}

} // namespace

void showAnswerArea(QTextStream &s, const Quiz &quiz, const Item &item, quint64 seed)
{
    switch (item.type) {
    case ItemType::Single:
    case ItemType::Multiple:
        if (item.type == ItemType::Multiple)
            s << "(Choose all that apply.)\n";
        for (const Option &o : inOrder(item.options, optionOrder(quiz, item, seed)))
            s << "  " << o.id << ") " << quiz.text(o.text) << '\n';
        break;
    case ItemType::TrueFalse:
        s << "  t) True\n  f) False\n";
        break;
    case ItemType::Likert:
        for (int i = 0; i < item.anchors.size(); ++i)
            s << "  " << i + 1 << ") " << quiz.text(item.anchors.at(i)) << '\n';
        break;
    case ItemType::Ordering: {
        const QList<Entry> steps = shownSteps(item, seed);
        listEntries(s, quiz, steps);
        s << "(Type every id in the right order, e.g. " << idsOf(steps).join(QLatin1Char(','))
          << ")\n";
        break;
    }
    case ItemType::Matching: {
        const QList<Entry> right = inOrder(item.right, optionOrder(quiz, item, seed));
        listEntries(s, quiz, item.left);
        s << "with\n";
        listEntries(s, quiz, right);
        s << "(Type pairs, e.g. " << item.left.value(0).id << '=' << right.value(0).id
          << "; leave out any you skip.)\n";
        break;
    }
    case ItemType::HotText:
        for (const QString &line : markedForTerminal(quiz, item).trimmed().split(QLatin1Char('\n')))
            s << "  " << line << '\n';
        s << "(Type the ids of the parts you select, e.g. " << item.spans.value(0).id << ")\n";
        break;
    case ItemType::Numeric:
        s << "(Type a number with a point for decimals: 12.5, not 12,5"
          << (item.numeric.unit.isEmpty() ? QString()
                                          : QStringLiteral("; unit: %1").arg(item.numeric.unit))
          << ")\n";
        break;
    case ItemType::Text:
        s << "(Type your answer on one line.)\n";
        break;
    }
}

void showStimulus(QTextStream &s, const Quiz &quiz, const Stimulus &stimulus)
{
    const QString title = quiz.text(stimulus.title);
    s << '\n' << (title.isEmpty() ? stimulus.id : title) << '\n';
    s << QString(std::max<qsizetype>(title.size(), stimulus.id.size()), QLatin1Char('=')) << '\n';
    if (!stimulus.text.isEmpty())
        s << quiz.text(stimulus.text).trimmed() << '\n';
    if (stimulus.columns.isEmpty())
        return;
    QList<QStringList> table{{}};
    for (const Text &c : stimulus.columns)
        table.first().append(quiz.text(c));
    table.append(stimulus.rows);
    QList<qsizetype> widths(stimulus.columns.size(), 0);
    for (const QStringList &row : table)
        for (qsizetype i = 0; i < std::min(row.size(), widths.size()); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    const auto printRow = [&](const QStringList &row) {
        QStringList cells;
        for (qsizetype i = 0; i < widths.size(); ++i)
            cells.append(row.value(i).leftJustified(widths.at(i)));
        s << "  " << cells.join(QStringLiteral("  ")).trimmed() << '\n';
    };
    if (!stimulus.text.isEmpty())
        s << '\n';
    printRow(table.first());
    QStringList rules;
    for (qsizetype w : widths)
        rules.append(QString(w, QLatin1Char('-')));
    printRow(rules);
    for (qsizetype r = 1; r < table.size(); ++r)
        printRow(table.at(r));
}

Answer parseTyped(const Quiz &quiz, const Item &item, const QString &line, quint64 seed, bool *ok)
{
    if (item.type == ItemType::Text || item.type == ItemType::Numeric)
        return decodeAnswer(item, line, ok);
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    static const QRegularExpression pairSign(QStringLiteral("\\s*=\\s*"));
    QStringList parts =
        QString(line).replace(pairSign, QStringLiteral("=")).split(separators, Qt::SkipEmptyParts);
    const bool choice = item.type == ItemType::Single || item.type == ItemType::Multiple;
    const QStringList options =
        choice ? idsOf(inOrder(item.options, optionOrder(quiz, item, seed))) : QStringList();
    for (QString &part : parts) {
        switch (item.type) {
        case ItemType::Single:
        case ItemType::Multiple: {
            bool isNumber = false;
            const int n = part.toInt(&isNumber);
            part = isNumber && n >= 1 && n <= options.size() ? options.at(n - 1)
                                                             : idFor(options, part);
            break;
        }
        case ItemType::Ordering:
            part = idFor(idsOf(item.steps), part);
            break;
        case ItemType::HotText:
            part = idFor(idsOf(item.spans), part);
            break;
        case ItemType::Matching:
            if (const qsizetype sign = part.indexOf(QLatin1Char('=')); sign > 0)
                part = idFor(idsOf(item.left), part.left(sign)) + QLatin1Char('=') +
                       idFor(idsOf(item.right), part.mid(sign + 1));
            break;
        default:
            part = part.toLower();
            break;
        }
    }
    return decodeAnswer(item, parts.join(QLatin1Char(',')), ok);
}

namespace {

// The words of a verdict, the same as the app's (QuizPage.qml).
QString verdictWords(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Correct:
        return QCoreApplication::translate("Verdict", "Correct.");
    case Verdict::PartlyCorrect:
        return QCoreApplication::translate("Verdict", "Partly correct.");
    case Verdict::NotCorrect:
        break;
    }
    return QCoreApplication::translate("Verdict", "Not correct.");
}

} // namespace

void showFeedback(QTextStream &s, const Quiz &quiz, const Item &item, const Answer &answer)
{
    if (!item.isScored())
        return;
    s << verdictWords(judge(item, answer)) << '\n';
    const QStringList chosen = encodeAnswer(answer).split(QLatin1Char(','));
    for (const Option &o : item.options)
        if (!o.feedback.isEmpty() && chosen.contains(o.id))
            s << "  " << o.id << ": " << quiz.text(o.feedback) << '\n';
    for (const HotSpan &span : item.spans)
        if (!span.feedback.isEmpty() && chosen.contains(span.id))
            s << "  " << span.id << ": " << quiz.text(span.feedback) << '\n';
    switch (item.type) {
    case ItemType::Ordering:
        s << "The right order: " << idsOf(item.steps).join(QLatin1Char(',')) << '\n';
        break;
    case ItemType::Matching: {
        QStringList pairs;
        for (const Entry &e : item.left)
            pairs.append(e.id + QLatin1Char('=') + e.match);
        s << "The right matches: " << pairs.join(QLatin1Char(',')) << '\n';
        break;
    }
    case ItemType::HotText: {
        QStringList right;
        for (const HotSpan &span : item.spans)
            if (span.correct)
                right.append(span.id);
        s << "The parts to select: " << right.join(QLatin1Char(',')) << '\n';
        break;
    }
    case ItemType::Numeric:
        s << "The answer: " << encodeAnswer(Answer{item.numeric.answer});
        if (item.numeric.tolerance > 0)
            s << " (give or take " << item.numeric.tolerance << (item.numeric.percent ? "%" : "")
              << ')';
        s << (item.numeric.unit.isEmpty() ? QString() : QLatin1Char(' ') + item.numeric.unit)
          << '\n';
        break;
    case ItemType::Text:
        if (!item.textKey.accept.isEmpty())
            s << "Accepted: " << item.textKey.accept.join(QStringLiteral(" / ")) << '\n';
        break;
    default:
        break;
    }
    if (!item.explanation.isEmpty())
        s << quiz.text(item.explanation).trimmed() << '\n';
}

} // namespace hitready::cli
