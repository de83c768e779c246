// GIFT questions to a Quiz: each GIFT question type to the item type that scores it as Moodle
// does, and a warning, at the question's line, for everything that cannot be carried over.

#include "giftformat.h"
#include "importnames.h"
#include "richtext.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <cmath>

namespace hitready::interchange {

namespace {

using Kind = GiftQuestion::Kind;

class GiftImport
{
public:
    GiftImport(const QString &fileName) : m_fileName(fileName) {}
    ImportedQuiz run(const QList<GiftQuestion> &questions, const QList<QuestionExtras> &extras);

private:
    void warn(int line, int column, const QString &message)
    {
        m_out.warnings.append({m_fileName, line, column, message});
    }
    void warn(const GiftQuestion &q, const QString &message) { warn(q.line, q.column, message); }
    QString plain(const GiftQuestion &q, const QString &text, const char *what);
    Text text(const GiftQuestion &q, const QString &value, const char *what)
    {
        return Text::plain(m_out.quiz.language, plain(q, value, what));
    }
    void category(const GiftQuestion &q);
    std::optional<Item> item(const GiftQuestion &q);
    bool choices(const GiftQuestion &q, Item &item);
    bool shortAnswer(const GiftQuestion &q, Item &item);
    bool numerical(const GiftQuestion &q, Item &item);
    bool matching(const GiftQuestion &q, Item &item);
    QString domainId();

    QString m_fileName;
    ImportedQuiz m_out;
    UniqueIds m_itemIds;
    UniqueIds m_domainIds;
    QString m_domain;        // the current category's domain id; empty until a question needs one
    QString m_categoryTitle; // the current category's title
    int m_categoryLine = 0, m_categoryColumn = 0;
    bool m_categoryUsed = true;
};

QString GiftImport::plain(const GiftQuestion &q, const QString &value, const char *what)
{
    const PlainText converted = plainFromGift(value, q.format);
    for (const QString &lost : converted.lost)
        warn(q, QStringLiteral("%1: %2 has no plain-text form").arg(QLatin1String(what), lost));
    return converted.text;
}

QString GiftImport::domainId()
{
    if (m_domain.isEmpty()) {
        const QString title =
            m_categoryTitle.isEmpty() ? QStringLiteral("General") : m_categoryTitle;
        Domain d;
        d.id = m_domainIds.take(slug(title).isEmpty() ? QStringLiteral("general") : slug(title));
        d.title = Text::plain(m_out.quiz.language, title);
        m_out.quiz.domains.append(d);
        m_domain = d.id;
    }
    m_categoryUsed = true;
    return m_domain;
}

void GiftImport::category(const GiftQuestion &q)
{
    if (!m_categoryUsed)
        warn(m_categoryLine, m_categoryColumn,
             QStringLiteral("category '%1' has no question: no domain made for it")
                 .arg(m_categoryTitle));
    // "$course$/top/Ethics//Law" is the category "Ethics/Law" inside "top": '//' is a '/'.
    QString path = q.category;
    path.replace(QLatin1String("//"), QChar(0xE000));
    QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    QString title = parts.isEmpty() ? QString() : parts.last().trimmed();
    title.replace(QChar(0xE000), u'/');
    m_categoryTitle = title;
    m_categoryLine = q.line;
    m_categoryColumn = q.column;
    m_categoryUsed = false;
    m_domain.clear();
    // The same category again continues its domain.
    for (const Domain &d : std::as_const(m_out.quiz.domains))
        if (d.title.in(m_out.quiz.language) == title)
            m_domain = d.id;
}

ImportedQuiz GiftImport::run(const QList<GiftQuestion> &questions,
                             const QList<QuestionExtras> &extras)
{
    const QFileInfo info(m_fileName);
    m_out.quiz.id = quizIdForFile(m_fileName);
    m_out.quiz.title = Text::plain(m_out.quiz.language, info.completeBaseName());
    m_out.quiz.items.reserve(questions.size());
    int ordinal = 0;
    for (qsizetype index = 0; index < questions.size(); ++index) {
        const GiftQuestion &q = questions.at(index);
        const QuestionExtras extra = index < extras.size() ? extras.at(index) : QuestionExtras();
        if (q.kind == Kind::Category) {
            category(q);
            continue;
        }
        ++ordinal;
        if (q.kind == Kind::Essay || q.kind == Kind::Description) {
            warn(q, QStringLiteral("%1 question%2 not imported: HIT Ready scores every answer, "
                                   "and %3 is not scored automatically")
                        .arg(QLatin1String(q.kind == Kind::Essay ? "essay" : "description"),
                             q.title.isEmpty() ? QString() : QStringLiteral(" '%1'").arg(q.title),
                             QLatin1String(q.kind == Kind::Essay ? "an essay" : "a description")));
            continue;
        }
        std::optional<Item> item = this->item(q);
        if (!item)
            continue;
        QString wanted = itemSlug(extra.id.isEmpty() ? q.title : extra.id);
        if (wanted.isEmpty())
            wanted = QStringLiteral("q%1").arg(ordinal);
        item->id = m_itemIds.take(wanted);
        if (extra.points && *extra.points > 0)
            item->points = *extra.points;
        item->textKey.caseSensitive = item->type == ItemType::Text && extra.caseSensitive;
        // The loader's limit on a unit (format/interactionreader.cpp): it is shown beside the box.
        constexpr qsizetype maxUnitLength = 20;
        if (item->type == ItemType::Numeric && extra.unit.size() > maxUnitLength)
            warn(q, QStringLiteral("the unit '%1' is not imported: a unit is at most %2 characters")
                        .arg(extra.unit)
                        .arg(maxUnitLength));
        else if (item->type == ItemType::Numeric)
            item->numeric.unit = extra.unit;
        const QString wantedId = extra.id.isEmpty() ? q.title : extra.id;
        if (!wantedId.isEmpty() && item->id != wantedId)
            warn(q, QStringLiteral("the title '%1' is kept as the item id '%2' (ids are letters, "
                                   "digits, '_', '.' and '-', unique)")
                        .arg(wantedId, item->id));
        item->domain = domainId();
        if (q.generalFeedback)
            item->explanation = text(q, *q.generalFeedback, "general feedback");
        for (const QString &comment : q.comments)
            if (comment.startsWith(QLatin1String("source:")))
                item->source = comment.mid(7).trimmed();
        m_out.quiz.items.append(std::move(*item));
    }
    if (!m_categoryUsed)
        warn(m_categoryLine, m_categoryColumn,
             QStringLiteral("category '%1' has no question: no domain made for it")
                 .arg(m_categoryTitle));
    return std::move(m_out);
}

std::optional<Item> GiftImport::item(const GiftQuestion &q)
{
    Item item;
    item.prompt = text(q, q.stem, "question text");
    bool ok = false;
    switch (q.kind) {
    case Kind::MultipleChoice:
        ok = choices(q, item);
        break;
    case Kind::TrueFalse:
        item.type = ItemType::TrueFalse;
        item.answer = q.truth;
        if (!q.truthFeedback.isEmpty())
            warn(q, QStringLiteral("true/false answer feedback not imported: HIT Ready shows the "
                                   "general feedback (####) after either answer"));
        ok = true;
        break;
    case Kind::ShortAnswer:
        ok = shortAnswer(q, item);
        break;
    case Kind::Numerical:
        ok = numerical(q, item);
        break;
    case Kind::Matching:
        ok = matching(q, item);
        break;
    default:
        break;
    }
    if (ok && q.embedded)
        warn(q, QStringLiteral("the answers stood inside the text: the prompt shows '_____' "
                               "where they were"));
    return ok ? std::optional<Item>(item) : std::nullopt;
}

// Moodle's weights: '=' is 100%, '~' 0%, '%N%' N percent. With an '=' the question is
// Moodle's one-answer (radio) kind: a single choice. Without, it is the several-answers
// (checkbox) kind: a multiple choice, where HIT Ready gives each right option an equal share and
// takes one share away for each wrong one chosen.
bool GiftImport::choices(const GiftQuestion &q, Item &item)
{
    QList<double> weights;
    int full = 0, positive = 0;
    bool marked = false;
    for (const GiftAnswer &a : q.answers) {
        const double w = a.weight.value_or(a.marked ? 100.0 : 0.0);
        weights.append(w);
        full += std::abs(w - 100) < 1e-6;
        positive += w > 0;
        marked = marked || a.marked;
    }
    if (q.answers.size() < 2) {
        warn(q, QStringLiteral("multiple choice not imported: it needs at least two answers"));
        return false;
    }
    if (positive == 0) {
        warn(q, QStringLiteral("multiple choice not imported: no answer is right (give one '=' "
                               "or a positive %weight%)"));
        return false;
    }
    const bool single = marked && full == 1;
    item.type = single ? ItemType::Single : ItemType::Multiple;
    if (marked && !single)
        warn(q, QStringLiteral("%1 answers are right in this one-answer question: imported as a "
                               "multiple choice, where a learner chooses every right one")
                    .arg(positive));
    const double share = 100.0 / positive;
    for (qsizetype i = 0; i < q.answers.size(); ++i) {
        const GiftAnswer &a = q.answers.at(i);
        const double w = weights.at(i);
        Option o;
        o.id = optionId(i);
        o.text = text(q, a.text, "answer");
        o.correct = single ? std::abs(w - 100) < 1e-6 : w > 0;
        if (a.feedback)
            o.feedback = text(q, *a.feedback, "feedback");
        if (single && w != 0 && !o.correct)
            warn(a.line, a.column,
                 QStringLiteral("the weight %1% of '%2' is not kept: a wrong single choice "
                                "earns 0")
                     .arg(w)
                     .arg(a.text));
        else if (!single && w > 0 && std::abs(w - share) > 0.01)
            warn(a.line, a.column,
                 QStringLiteral("the weight %1% of '%2' becomes %3%: each right option earns an "
                                "equal share")
                     .arg(w)
                     .arg(a.text)
                     .arg(share, 0, 'g', 4));
        else if (!single && w <= 0 && std::abs(w + share) > 0.01)
            warn(a.line, a.column,
                 QStringLiteral("the weight %1% of '%2' becomes -%3%: each wrong option chosen "
                                "takes away one right option's share")
                     .arg(w)
                     .arg(a.text)
                     .arg(share, 0, 'g', 4));
        item.options.append(o);
    }
    return true;
}

// `literal` as a pattern that matches it: a backslash before each ASCII character that is not a
// letter, digit or '_' (the only ones that can mean something in a pattern). Unlike
// QRegularExpression::escape(), other scripts stay as they are and a NUL is a backslash and the
// NUL (not "\\0"), so the exports read every escape as the one character after it and write the
// answer back as a wildcard.
QString literalPattern(const QString &literal)
{
    QString out;
    out.reserve(literal.size() * 2);
    for (const QChar c : literal) {
        if (c.unicode() < 128 && !c.isLetterOrNumber() && c != u'_')
            out += u'\\';
        out += c;
    }
    return out;
}

// Moodle's '*' matches any run of characters; '\*' is a star.
QString wildcardPattern(const QString &answer)
{
    QString pattern;
    QString literal;
    for (qsizetype i = 0; i < answer.size(); ++i) {
        if (answer[i] == u'\\' && i + 1 < answer.size() && answer[i + 1] == u'*') {
            literal += u'*';
            ++i;
        } else if (answer[i] == u'*') {
            pattern += literalPattern(literal) + QStringLiteral(".*");
            literal.clear();
            while (i + 1 < answer.size() && answer[i + 1] == u'*')
                ++i;
        } else {
            literal += answer[i];
        }
    }
    return pattern + literalPattern(literal);
}

bool GiftImport::shortAnswer(const GiftQuestion &q, Item &item)
{
    item.type = ItemType::Text;
    for (const GiftAnswer &a : q.answers) {
        const double w = a.weight.value_or(100.0);
        if (std::abs(w - 100) > 1e-6) {
            warn(a.line, a.column,
                 QStringLiteral("the answer '%1' (%2%) is not imported: a typed answer is fully "
                                "right or wrong")
                     .arg(a.text)
                     .arg(w));
            continue;
        }
        if (a.feedback)
            warn(a.line, a.column,
                 QStringLiteral("the feedback of answer '%1' is not imported").arg(a.text));
        if (a.text.trimmed().isEmpty() || a.text.size() > maxTextAnswerLength) {
            warn(a.line, a.column,
                 QStringLiteral("an accepted answer is empty or longer than %1 characters: not "
                                "imported")
                     .arg(maxTextAnswerLength));
            continue;
        }
        static const QRegularExpression star(QStringLiteral("(?<!\\\\)\\*"));
        if (a.text.contains(star) && wildcardPattern(a.text).size() > maxPatternLength)
            warn(a.line, a.column,
                 QStringLiteral("the answer '%1' is too long as a pattern: not imported")
                     .arg(a.text));
        else if (a.text.contains(star))
            item.textKey.patterns.append(wildcardPattern(a.text));
        else
            item.textKey.accept.append(
                QString(a.text).replace(QLatin1String("\\*"), QLatin1String("*")));
    }
    if (item.textKey.accept.isEmpty() && item.textKey.patterns.isEmpty()) {
        warn(q, QStringLiteral("short answer not imported: no answer is fully right"));
        return false;
    }
    return true;
}

bool GiftImport::numerical(const GiftQuestion &q, Item &item)
{
    item.type = ItemType::Numeric;
    const GiftAnswer *key = nullptr;
    for (const GiftAnswer &a : q.answers) {
        const double w = a.weight.value_or(100.0);
        if (!key && std::abs(w - 100) < 1e-6) {
            key = &a;
            if (a.feedback)
                warn(a.line, a.column,
                     QStringLiteral("the feedback of answer %1 is not imported").arg(a.text));
            continue;
        }
        warn(a.line, a.column,
             QStringLiteral("the answer %1 (%2%) is not imported: a numeric item has one answer "
                            "and its tolerance")
                 .arg(a.text)
                 .arg(w));
    }
    if (!key) {
        warn(q, QStringLiteral("numerical question not imported: no answer is fully right"));
        return false;
    }
    item.numeric.answer = key->number;
    item.numeric.tolerance = key->tolerance;
    return true;
}

bool GiftImport::matching(const GiftQuestion &q, Item &item)
{
    item.type = ItemType::Matching;
    QStringList rightTexts;
    for (const GiftAnswer &a : q.answers) {
        if (a.feedback)
            warn(a.line, a.column, QStringLiteral("matching feedback is not imported"));
        qsizetype right = rightTexts.indexOf(a.match);
        if (right < 0) {
            right = rightTexts.size();
            rightTexts.append(a.match);
            item.right.append(
                {QStringLiteral("r%1").arg(right + 1), text(q, a.match, "answer"), QString()});
        }
        if (a.text.isEmpty())
            continue; // '= -> text': a right entry that answers nothing
        item.left.append({QStringLiteral("l%1").arg(item.left.size() + 1),
                          text(q, a.text, "question"), item.right.at(right).id});
    }
    if (item.left.size() < 2 || item.left.size() > 10) {
        warn(q, QStringLiteral("matching question not imported: it has %1 pairs, HIT Ready "
                               "takes 2 to 10")
                    .arg(item.left.size()));
        return false;
    }
    return true;
}

} // namespace

ImportedQuiz quizFromQuestions(const QList<GiftQuestion> &questions,
                               const QList<QuestionExtras> &extras, const QString &fileName)
{
    return GiftImport(fileName).run(questions, extras);
}

Result<ImportedQuiz> importGift(const QString &text, const QString &fileName)
{
    GiftParse parsed = parseGift(text, fileName);
    if (!parsed.problems.isEmpty())
        return Error(ErrorKind::Invalid, parsed.problems.constFirst().toString(), parsed.problems);
    ImportedQuiz imported = GiftImport(fileName).run(parsed.questions, {});
    if (imported.quiz.items.isEmpty())
        return Error(
            ErrorKind::Invalid, QStringLiteral("%1: no question could be imported").arg(fileName),
            imported.warnings +
                Problems{{fileName, 0, 0, QStringLiteral("no question could be imported")}});
    return imported;
}

} // namespace hitready::interchange
