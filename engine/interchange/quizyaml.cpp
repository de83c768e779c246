#include "quizyaml.h"

#include "yamlemitter.h"

#include <QLocale>

namespace hitready {

namespace {

using interchange::YamlEmitter;

class QuizWriter
{
public:
    explicit QuizWriter(const Quiz &quiz) : m_quiz(quiz) {}
    Result<QByteArray> write(const QStringList &header);

private:
    void text(const Text &t);
    void textEntry(const char *key, const Text &t)
    {
        if (t.isEmpty())
            return;
        m_out.key(key);
        text(t);
    }
    void stringEntry(const char *key, const QString &value)
    {
        if (value.isEmpty())
            return;
        m_out.key(key);
        m_out.string(value);
    }
    void levels(const QList<LevelBand> &bands);
    void domain(const Domain &d);
    void item(const Item &item);
    void options(const QList<Option> &options);
    void entries(const char *key, const QList<Entry> &entries);
    void answerList(const char *key, const QStringList &values, const QStringList &languages);
    void stimulus(const Stimulus &s);
    void recommendation(const Recommendation &r);
    void condition(const Condition &c);
    bool isShort(const Text &t) const
    {
        return t.byLanguage.size() <= 1 && t.in(m_quiz.language).size() <= 60 &&
               !t.in(m_quiz.language).contains(u'\n');
    }

    const Quiz &m_quiz;
    YamlEmitter m_out;
};

void QuizWriter::text(const Text &t)
{
    if (t.byLanguage.size() == 1 && t.byLanguage.contains(m_quiz.language)) {
        m_out.string(t.byLanguage.value(m_quiz.language));
        return;
    }
    // The quiz's own language first, the others in code order.
    m_out.beginMap(false);
    if (t.byLanguage.contains(m_quiz.language)) {
        m_out.string(m_quiz.language);
        m_out.string(t.byLanguage.value(m_quiz.language));
    }
    for (auto it = t.byLanguage.cbegin(); it != t.byLanguage.cend(); ++it) {
        if (it.key() == m_quiz.language)
            continue;
        m_out.string(it.key());
        m_out.string(it.value());
    }
    m_out.endMap();
}

void QuizWriter::levels(const QList<LevelBand> &bands)
{
    if (bands.isEmpty())
        return;
    m_out.key("levels");
    m_out.beginList();
    for (const LevelBand &band : bands) {
        m_out.beginMap(isShort(band.label) && band.description.isEmpty());
        m_out.key("min");
        m_out.number(band.min);
        textEntry("label", band.label);
        textEntry("description", band.description);
        m_out.endMap();
    }
    m_out.endList();
}

void QuizWriter::domain(const Domain &d)
{
    m_out.beginMap();
    stringEntry("id", d.id);
    textEntry("title", d.title);
    textEntry("description", d.description);
    if (d.weight != 1) {
        m_out.key("weight");
        m_out.number(d.weight);
    }
    levels(d.levels);
    if (d.draw) {
        m_out.key("draw");
        m_out.number(*d.draw);
    }
    m_out.endMap();
}

void QuizWriter::options(const QList<Option> &options)
{
    m_out.key("options");
    m_out.beginList();
    for (const Option &o : options) {
        m_out.beginMap(isShort(o.text) && o.feedback.isEmpty());
        stringEntry("id", o.id);
        textEntry("text", o.text);
        if (o.correct) {
            m_out.key("correct");
            m_out.boolean(true);
        }
        textEntry("feedback", o.feedback);
        m_out.endMap();
    }
    m_out.endList();
}

void QuizWriter::entries(const char *key, const QList<Entry> &entries)
{
    m_out.key(key);
    m_out.beginList();
    for (const Entry &e : entries) {
        m_out.beginMap(isShort(e.text));
        stringEntry("id", e.id);
        textEntry("text", e.text);
        stringEntry("match", e.match);
        m_out.endMap();
    }
    m_out.endList();
}

void QuizWriter::answerList(const char *key, const QStringList &values,
                            const QStringList &languages)
{
    if (values.isEmpty())
        return;
    m_out.key(key);
    if (languages.size() != values.size()) {
        m_out.beginList(true);
        for (const QString &v : values)
            m_out.string(v);
        m_out.endList();
        return;
    }
    // Per language, languages in the order their first entry has.
    QStringList order;
    for (const QString &language : languages)
        if (!order.contains(language))
            order.append(language);
    m_out.beginMap();
    for (const QString &language : order) {
        m_out.string(language);
        m_out.beginList(true);
        for (qsizetype i = 0; i < values.size(); ++i)
            if (languages.at(i) == language)
                m_out.string(values.at(i));
        m_out.endList();
    }
    m_out.endMap();
}

void QuizWriter::item(const Item &item)
{
    m_out.beginMap();
    stringEntry("id", item.id);
    stringEntry("domain", item.domain);
    m_out.key("type");
    m_out.string(itemTypeName(item.type));
    stringEntry("stimulus", item.stimulus);
    textEntry("prompt", item.prompt);
    if (item.isScored() && item.points != 1) {
        m_out.key("points");
        m_out.number(item.points);
    }
    switch (item.type) {
    case ItemType::Single:
    case ItemType::Multiple:
        options(item.options);
        break;
    case ItemType::TrueFalse:
        m_out.key("answer");
        m_out.boolean(item.answer);
        break;
    case ItemType::Likert:
        m_out.key("anchors");
        m_out.beginList();
        for (const Text &anchor : item.anchors)
            text(anchor);
        m_out.endList();
        break;
    case ItemType::Ordering:
        entries("steps", item.steps);
        break;
    case ItemType::Matching:
        entries("left", item.left);
        entries("right", item.right);
        break;
    case ItemType::HotText: {
        textEntry("text", item.hotText);
        m_out.key("correct");
        m_out.beginList(true);
        for (const HotSpan &span : item.spans)
            if (span.correct)
                m_out.string(span.id);
        m_out.endList();
        bool anyFeedback = false;
        for (const HotSpan &span : item.spans)
            anyFeedback = anyFeedback || !span.feedback.isEmpty();
        if (anyFeedback) {
            m_out.key("feedback");
            m_out.beginMap();
            for (const HotSpan &span : item.spans)
                if (!span.feedback.isEmpty()) {
                    m_out.string(span.id);
                    text(span.feedback);
                }
            m_out.endMap();
        }
        break;
    }
    case ItemType::Numeric:
        m_out.key("answer");
        m_out.number(item.numeric.answer);
        if (item.numeric.tolerance != 0 || item.numeric.percent) {
            m_out.key("tolerance");
            if (item.numeric.percent)
                m_out.string(
                    QString::number(item.numeric.tolerance, 'g', QLocale::FloatingPointShortest) +
                    u'%');
            else
                m_out.number(item.numeric.tolerance);
        }
        stringEntry("unit", item.numeric.unit);
        break;
    case ItemType::Text:
        answerList("accept", item.textKey.accept, item.textKey.acceptLanguages);
        answerList("patterns", item.textKey.patterns, item.textKey.patternLanguages);
        if (item.textKey.caseSensitive) {
            m_out.key("case_sensitive");
            m_out.boolean(true);
        }
        if (item.textKey.spaces != SpaceMode::Trim) {
            m_out.key("spaces");
            m_out.string(spaceModeName(item.textKey.spaces));
        }
        break;
    }
    if (item.keepOptionOrder) {
        m_out.key("shuffle");
        m_out.boolean(false);
    }
    textEntry("explanation", item.explanation);
    stringEntry("source", item.source);
    m_out.endMap();
}

void QuizWriter::stimulus(const Stimulus &s)
{
    m_out.beginMap();
    stringEntry("id", s.id);
    textEntry("title", s.title);
    textEntry("text", s.text);
    if (!s.columns.isEmpty() || !s.rows.isEmpty()) {
        m_out.key("table");
        m_out.beginMap();
        m_out.key("columns");
        m_out.beginList(true);
        for (const Text &column : s.columns)
            text(column);
        m_out.endList();
        m_out.key("rows");
        m_out.beginList();
        for (const QStringList &row : s.rows) {
            m_out.beginList(true);
            for (const QString &cell : row)
                m_out.string(cell);
            m_out.endList();
        }
        m_out.endList();
        m_out.endMap();
    }
    m_out.endMap();
}

void QuizWriter::condition(const Condition &c)
{
    m_out.beginMap(true);
    const auto bounds = [&] {
        if (c.min) {
            m_out.key("min");
            m_out.number(*c.min);
        }
        if (c.max) {
            m_out.key("max");
            m_out.number(*c.max);
        }
    };
    switch (c.kind) {
    case Condition::Kind::All:
    case Condition::Kind::Any:
        m_out.key(c.kind == Condition::Kind::All ? "all" : "any");
        m_out.beginList(true);
        for (const Condition &child : c.children)
            condition(child);
        m_out.endList();
        break;
    case Condition::Kind::Overall:
        m_out.key("overall");
        m_out.beginMap(true);
        bounds();
        m_out.endMap();
        break;
    case Condition::Kind::DomainPercent:
    case Condition::Kind::SelfRating:
        m_out.key(c.kind == Condition::Kind::DomainPercent ? "domain" : "self_rating");
        m_out.string(c.domain);
        bounds();
        break;
    }
    m_out.endMap();
}

void QuizWriter::recommendation(const Recommendation &r)
{
    m_out.beginMap();
    stringEntry("id", r.id);
    m_out.key("kind");
    m_out.string(recommendationKindName(r.kind));
    textEntry("title", r.title);
    textEntry("text", r.text);
    if (r.when) {
        m_out.key("when");
        condition(*r.when);
    }
    if (!r.links.isEmpty()) {
        m_out.key("links");
        m_out.beginList();
        for (const Link &link : r.links) {
            m_out.beginMap(isShort(link.title));
            textEntry("title", link.title);
            stringEntry("url", link.url);
            m_out.endMap();
        }
        m_out.endList();
    }
    m_out.endMap();
}

Result<QByteArray> QuizWriter::write(const QStringList &header)
{
    m_out.beginMap();
    m_out.key("hitready");
    m_out.number(m_quiz.format);
    stringEntry("id", m_quiz.id);
    textEntry("title", m_quiz.title);
    textEntry("description", m_quiz.description);
    if (!m_quiz.version.isEmpty()) {
        m_out.key("version");
        m_out.string(m_quiz.version);
    }
    m_out.key("language");
    m_out.string(m_quiz.language);
    if (!m_quiz.translations.isEmpty()) {
        m_out.key("translations");
        m_out.beginMap();
        for (auto it = m_quiz.translations.cbegin(); it != m_quiz.translations.cend(); ++it) {
            m_out.string(it.key());
            m_out.beginMap(true);
            m_out.key("status");
            m_out.string(it->status == Translation::Status::Reviewed ? QStringLiteral("reviewed")
                                                                     : QStringLiteral("draft"));
            stringEntry("note", it->note);
            m_out.endMap();
        }
        m_out.endMap();
    }
    if (m_quiz.mode == QuizMode::Practice) {
        m_out.key("mode");
        m_out.string(QStringLiteral("practice"));
    }
    if (m_quiz.timeLimitMinutes) {
        m_out.key("time_limit");
        m_out.number(*m_quiz.timeLimitMinutes);
    }
    if (m_quiz.confidence) {
        m_out.key("confidence");
        m_out.boolean(true);
    }
    if (m_quiz.shuffleItems || m_quiz.shuffleOptions) {
        m_out.key("shuffle");
        m_out.beginMap(true);
        m_out.key("items");
        m_out.boolean(m_quiz.shuffleItems);
        m_out.key("options");
        m_out.boolean(m_quiz.shuffleOptions);
        m_out.endMap();
    }
    m_out.key("domains");
    m_out.beginList();
    for (const Domain &d : m_quiz.domains)
        domain(d);
    m_out.endList();
    levels(m_quiz.levels);
    if (!m_quiz.stimuli.isEmpty()) {
        m_out.key("stimuli");
        m_out.beginList();
        for (const Stimulus &s : m_quiz.stimuli)
            stimulus(s);
        m_out.endList();
    }
    m_out.key("items");
    m_out.beginList();
    for (const Item &i : m_quiz.items)
        item(i);
    m_out.endList();
    if (!m_quiz.recommendations.isEmpty()) {
        m_out.key("recommendations");
        m_out.beginList();
        for (const Recommendation &r : m_quiz.recommendations)
            recommendation(r);
        m_out.endList();
    }
    m_out.endMap();
    QByteArray yaml = m_out.finish();
    if (yaml.isEmpty())
        return Error(ErrorKind::Failed,
                     QStringLiteral("cannot write the quiz as YAML: %1").arg(m_out.error()));
    QByteArray comments;
    for (const QString &line : header)
        comments += "# " + line.toUtf8() + '\n';
    return comments + yaml;
}

} // namespace

Result<QByteArray> quizToYaml(const Quiz &quiz, const QStringList &header)
{
    return QuizWriter(quiz).write(header);
}

} // namespace hitready
