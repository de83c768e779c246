#include "takeprompts.h"
#include "attemptorder.h"
#include "cliwords.h"
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

void listEntries(QTextStream &s, const Quiz &quiz, const QList<Entry> &entries, const Words &words)
{
    for (const Entry &e : entries)
        s << "  " << e.id << ") " << words.quizText(quiz, e.text) << '\n';
}

// The shown text with each span as [id: shown text]. Every translation marks the same span ids
// (the loader checks it), so the ids typed are the same in every language.
QString markedForTerminal(const Quiz &quiz, const Item &item, const Words &words)
{
    const HotTextMarkup markup = parseHotText(words.quizText(quiz, item.hotText));
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

void showAnswerArea(QTextStream &s, const Quiz &quiz, const Item &item, quint64 seed,
                    const Words &words)
{
    switch (item.type) {
    case ItemType::Single:
    case ItemType::Multiple:
        if (item.type == ItemType::Multiple)
            s << Cli::tr("(Choose all that apply.)") << '\n';
        for (const Option &o : inOrder(item.options, optionOrder(quiz, item, seed)))
            s << "  " << o.id << ") " << words.quizText(quiz, o.text) << '\n';
        break;
    case ItemType::TrueFalse:
        //: the two answers of a true/false question; keep the letters t and f: they are typed
        s << "  t) " << Cli::tr("True") << "\n  f) " << Cli::tr("False") << '\n';
        break;
    case ItemType::Likert:
        for (int i = 0; i < item.anchors.size(); ++i)
            s << "  " << i + 1 << ") " << words.quizText(quiz, item.anchors.at(i)) << '\n';
        break;
    case ItemType::Ordering: {
        const QList<Entry> steps = shownSteps(item, seed);
        listEntries(s, quiz, steps, words);
        //: %1 the ids of the steps as shown, such as "b,a,c"
        s << Cli::tr("(Type every id in the right order, e.g. %1)")
                 .arg(idsOf(steps).join(QLatin1Char(',')))
          << '\n';
        break;
    }
    case ItemType::Matching: {
        const QList<Entry> right = inOrder(item.right, optionOrder(quiz, item, seed));
        listEntries(s, quiz, item.left, words);
        //: between the two lists of a matching question: entries on the left "with" the right
        s << Cli::tr("with") << '\n';
        listEntries(s, quiz, right, words);
        //: %1 an example pair of ids, such as "icd=dx"
        s << Cli::tr("(Type pairs, e.g. %1; leave out any you skip.)")
                 .arg(item.left.value(0).id + QLatin1Char('=') + right.value(0).id)
          << '\n';
        break;
    }
    case ItemType::HotText:
        for (const QString &line :
             markedForTerminal(quiz, item, words).trimmed().split(QLatin1Char('\n')))
            s << "  " << line << '\n';
        //: %1 the id of a part, such as "sex"
        s << Cli::tr("(Type the ids of the parts you select, e.g. %1)").arg(item.spans.value(0).id)
          << '\n';
        break;
    case ItemType::Numeric:
        s << (item.numeric.unit.isEmpty()
                  //: keep the examples: a number is typed with a point
                  ? Cli::tr("(Type a number with a point for decimals: 12.5, not 12,5)")
                  //: keep the examples: a number is typed with a point; %1 the unit, such as mg
                  : Cli::tr("(Type a number with a point for decimals: 12.5, not 12,5; unit: %1)")
                        .arg(item.numeric.unit))
          << '\n';
        break;
    case ItemType::Text:
        s << Cli::tr("(Type your answer on one line.)") << '\n';
        break;
    }
}

void showStimulus(QTextStream &s, const Quiz &quiz, const Stimulus &stimulus, const Words &words)
{
    const QString title = words.quizText(quiz, stimulus.title);
    s << '\n' << (title.isEmpty() ? stimulus.id : title) << '\n';
    s << QString(std::max<qsizetype>(title.size(), stimulus.id.size()), QLatin1Char('=')) << '\n';
    if (!stimulus.text.isEmpty())
        s << words.quizText(quiz, stimulus.text).trimmed() << '\n';
    if (stimulus.columns.isEmpty())
        return;
    QList<QStringList> table{{}};
    for (const Text &c : stimulus.columns)
        table.first().append(words.quizText(quiz, c));
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

void showFeedback(QTextStream &s, const Quiz &quiz, const Item &item, const Answer &answer,
                  const Words &words)
{
    if (!item.isScored())
        return;
    s << verdictWords(judge(item, answer)) << '\n';
    const QStringList chosen = encodeAnswer(answer).split(QLatin1Char(','));
    for (const Option &o : item.options)
        if (!o.feedback.isEmpty() && chosen.contains(o.id))
            s << "  " << o.id << ": " << words.quizText(quiz, o.feedback) << '\n';
    for (const HotSpan &span : item.spans)
        if (!span.feedback.isEmpty() && chosen.contains(span.id))
            s << "  " << span.id << ": " << words.quizText(quiz, span.feedback) << '\n';
    switch (item.type) {
    case ItemType::Ordering:
        //: %1 the step ids in the right order
        s << Cli::tr("The right order: %1").arg(idsOf(item.steps).join(QLatin1Char(','))) << '\n';
        break;
    case ItemType::Matching: {
        QStringList pairs;
        for (const Entry &e : item.left)
            pairs.append(e.id + QLatin1Char('=') + e.match);
        //: %1 the right pairs of ids, such as "icd=dx,pcs=inpt"
        s << Cli::tr("The right matches: %1").arg(pairs.join(QLatin1Char(','))) << '\n';
        break;
    }
    case ItemType::HotText: {
        QStringList right;
        for (const HotSpan &span : item.spans)
            if (span.correct)
                right.append(span.id);
        //: %1 the ids of the parts to select
        s << Cli::tr("The parts to select: %1").arg(right.join(QLatin1Char(','))) << '\n';
        break;
    }
    case ItemType::Numeric: {
        QString key = encodeAnswer(Answer{item.numeric.answer});
        if (item.numeric.tolerance > 0)
            //: %1 the answer, %2 how far from it still counts, such as "2" or "5%"
            key = Cli::tr("%1 (give or take %2)")
                      .arg(key, item.numeric.percent ? words.percent(item.numeric.tolerance, 2)
                                                     : words.number(item.numeric.tolerance));
        if (!item.numeric.unit.isEmpty())
            key += QLatin1Char(' ') + item.numeric.unit;
        //: %1 the right number, with its tolerance and unit
        s << Cli::tr("The answer: %1").arg(key) << '\n';
        break;
    }
    case ItemType::Text: {
        // The answers written in the language shown, else the quiz's own: every language's
        // answers count, but a learner reads the ones in her language.
        QStringList accepted = item.textKey.acceptIn(words.language(), quiz.language);
        if (accepted.isEmpty())
            accepted = item.textKey.acceptIn(quiz.language, quiz.language);
        if (!accepted.isEmpty())
            //: %1 the answers that count, separated by " / "
            s << Cli::tr("Accepted: %1").arg(accepted.join(QStringLiteral(" / "))) << '\n';
        break;
    }
    default:
        break;
    }
    if (!item.explanation.isEmpty())
        s << words.quizText(quiz, item.explanation).trimmed() << '\n';
}

} // namespace hitready::cli
