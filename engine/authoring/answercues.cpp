#include "internal/answercues.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace hitready {

namespace {

qsizetype digits(QStringView s)
{
    qsizetype n = 0;
    for (QChar c : s)
        n += c.isDigit();
    return n;
}

bool isNumber(const QString &word)
{
    static const QRegularExpression number(QStringLiteral("^\\d+([.,]\\d+)*$"));
    // The expression needs a digit first; most words are refused without running it.
    return !word.isEmpty() && word.front().isDigit() && number.match(word).hasMatch();
}

// A number specific enough to be an item's own: three digits or more (1500, 99213) or a
// decimal (0.5, 4.6). The shipped analysis items share 10, 15 and 20 by chance.
bool isTelling(const QString &number)
{
    return isNumber(number) && (digits(number) >= 3 || number.contains(u'.'));
}

// Answers every quiz has in some form; never a giveaway however they are written.
bool isBooleanWord(const QString &s)
{
    static const QSet<QString> words = {
        QStringLiteral("true"),  QStringLiteral("false"),     QStringLiteral("yes"),
        QStringLiteral("no"),    QStringLiteral("verdadero"), QStringLiteral("falso"),
        QStringLiteral("sí"),    QStringLiteral("si"),        QStringLiteral("cierto"),
        QStringLiteral("tseeb"), QStringLiteral("tsis tseeb")};
    return words.contains(s.toCaseFolded());
}

// Whether `term` alone, found in another item's text, gives the answer away. Thresholds from
// the shipped quizzes: codes (S52.521A, 0DTJ4ZZ, 99213, 3074F), abbreviations (BID, b.i.d.),
// dates and quantities with a telling number ("3 April 2026", "0.5 mg", "1500 mg") are
// specific wherever they stand. Plain words count from three words and twelve letters on
// ("Minimum necessary standard"): shorter option texts are field and set names ("Visit date",
// "Date of birth", "Name") that every record in a quiz shows. Small whole numbers ("10 days",
// "20%"), two-letter terms and yes/no never count alone.
bool isSpecific(const QString &term)
{
    if (alphanumerics(term) < 3 || isBooleanWord(term))
        return false;
    const QStringList words = term.split(u' ', Qt::SkipEmptyParts);
    const auto codeLike = [](const QString &w) {
        // Ordinals ("3rd", "7.º") are words, not codes.
        static const QRegularExpression ordinal(QStringLiteral("^\\d+\\.?(st|nd|rd|th|º|ª)$"));
        if (!w.isEmpty() && w.front().isDigit() && ordinal.match(w).hasMatch())
            return false;
        bool letter = false, digit = false;
        for (QChar c : w) {
            letter = letter || c.isLetter();
            digit = digit || c.isDigit();
        }
        if (letter && digit)
            return true; // S52.521A, 0DTJ4ZZ, 3074F
        if (digit)       // 99213, 1500, 2.45 (not 12, 4.6 or 20%)
            return isNumber(w) && digits(w) >= 3;
        const QString letters = QString(w).remove(u'.');
        if (letters.size() < 3 || alphanumerics(letters) != letters.size())
            return false;
        return letters == letters.toUpper() || w.contains(u'.'); // BID, b.i.d.
    };
    if (words.size() == 1)
        return codeLike(words.first());
    for (const QString &w : words)
        if ((codeLike(w) && !isNumber(w)) || isTelling(w))
            return true; // "S52.521A (initial encounter)", "3 April 2026", "0.5 mg"
    // Plain words: the author's own wording, found verbatim elsewhere.
    return words.size() >= 3 && alphanumerics(term) >= 12;
}

// Whether `text` has what the quotation expressions below need.
bool hasQuotes(const QString &text)
{
    return text.contains(u'"') || text.contains(u'“');
}

QStringList variantsOf(const Text &text)
{
    QStringList variants;
    for (const QString &value : text.byLanguage) {
        const QString v = value.simplified();
        if (!v.isEmpty() && !variants.contains(v))
            variants.append(v);
    }
    return variants;
}

// The variants when every one of them is specific: "Date of birth" is three plain words, its
// Spanish "La fecha de nacimiento" four, and both are the same field name.
QStringList allSpecific(const QStringList &variants)
{
    for (const QString &v : variants)
        if (!isSpecific(v))
            return {};
    return variants;
}

QStringList specificOnly(const QStringList &variants)
{
    QStringList kept;
    for (const QString &v : variants)
        if (isSpecific(v))
            kept.append(v);
    return kept;
}

// A typed answer is recalled, not recognised: any word of five letters or more ("sequela")
// found in another item's text turns the recall into reading, so it counts too.
QStringList typedAnswers(const QStringList &accepted)
{
    QStringList kept;
    for (const QString &a : accepted)
        if (isSpecific(a) || (alphanumerics(a) >= 5 && !isBooleanWord(a)))
            kept.append(a);
    return kept;
}

// What a prompt puts in quotes is usually what it asks about ("twice a day"), and so is a term
// in parentheses in the quiz's own language ("late result (sequela)"); translations put the
// English term in parentheses everywhere, and asides are longer or whole sentences.
QStringList namedPhrases(const Text &prompt, const QString &quizLanguage)
{
    static const QRegularExpression quoted(QStringLiteral("\"([^\"]+)\"|“([^”]+)”"));
    static const QRegularExpression parenthesized(QStringLiteral("\\(([^()]+)\\)"));
    QStringList phrases;
    const auto keep = [&phrases](QString phrase) {
        phrase = phrase.trimmed();
        if (alphanumerics(phrase) >= 3 && phrase.count(u' ') < 5 &&
            !QStringLiteral(".?!").contains(phrase.back()) && !phrases.contains(phrase))
            phrases.append(phrase);
    };
    for (auto it = prompt.byLanguage.cbegin(); it != prompt.byLanguage.cend(); ++it) {
        const QString value = it.value().simplified();
        if (hasQuotes(value))
            for (const auto &m : quoted.globalMatch(value))
                keep(m.captured(1) + m.captured(2));
        if ((it.key() == quizLanguage || prompt.byLanguage.size() == 1) && value.contains(u'('))
            for (const auto &m : parenthesized.globalMatch(value))
                keep(m.captured(1));
    }
    return phrases;
}

// A key shaped like a code letter or an abbreviation: "S", "D", "PO", "a.c.".
bool isShortCode(const QString &key)
{
    if (key.contains(u' ') || alphanumerics(key) > 6)
        return false;
    bool letter = false, digit = false;
    for (QChar c : key) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    return letter && !digit && (key != key.toLower() || key.contains(u'.'));
}

// The cues of a keyed text: alone when it is specific, else - when it is a short code - next
// to what the prompt asks about ("S" near "sequela"). `variants` are translations
// (`alternatives` false: every one must be specific) or typed answers (`alternatives` true).
void addKeyCues(QList<AnswerCue> &cues, const QStringList &variants, bool alternatives,
                const Item &item, const QString &quizLanguage)
{
    if (variants.isEmpty())
        return;
    const QStringList specific = alternatives ? typedAnswers(variants) : allSpecific(variants);
    if (!specific.isEmpty()) {
        cues.append({{specific}});
        return;
    }
    QStringList codes;
    for (const QString &v : variants)
        if (isShortCode(v))
            codes.append(v);
    if (codes.isEmpty())
        return;
    for (const QString &phrase : namedPhrases(item.prompt, quizLanguage))
        if (!codes.contains(phrase))
            cues.append({{codes, {phrase}}});
}

// The codes in a text ("Use Z00.00 for the visit" -> Z00.00): tokens of letters and digits
// (S52.521A, 0DTJ4ZZ, 3074F) or of five digits and more (99213; four are years), without the
// punctuation around them.
QStringList codesIn(const QString &text)
{
    static const QRegularExpression ordinal(QStringLiteral("^\\d+(st|nd|rd|th)$"));
    QStringList codes;
    // Every code has a digit; most option texts have none and are not split into tokens.
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
        return codes;
    for (QString token : text.split(u' ', Qt::SkipEmptyParts)) {
        while (!token.isEmpty() && !token.front().isLetterOrNumber())
            token.remove(0, 1);
        while (!token.isEmpty() && !token.back().isLetterOrNumber())
            token.chop(1);
        bool letter = false;
        for (QChar c : token)
            letter = letter || c.isLetter();
        const bool code = letter ? digits(token) >= 1 && alphanumerics(token) >= 4 &&
                                       !(token.front().isDigit() && ordinal.match(token).hasMatch())
                                 : isNumber(token) && digits(token) >= 5;
        if (code && !codes.contains(token))
            codes.append(token);
    }
    return codes;
}

// A code inside a keyed option that no other option and not the prompt shows is what picks
// the key out: found alone elsewhere, it gives the answer away. (Set names such as ICD-10-PCS
// that every option repeats do not.)
void addCodeCues(QList<AnswerCue> &cues, const Item &item)
{
    QSet<QString> shared;
    const auto collect = [&shared](const Text &text) {
        for (const QString &value : text.byLanguage)
            for (const QString &code : codesIn(value.simplified()))
                shared.insert(code.toCaseFolded());
    };
    collect(item.prompt);
    for (const Option &o : item.options)
        if (!o.correct)
            collect(o.text);
    for (const Option &o : item.options) {
        if (!o.correct)
            continue;
        const QStringList whole = variantsOf(o.text);
        QStringList codes;
        for (const QString &value : whole)
            for (const QString &code : codesIn(value))
                if (!shared.contains(code.toCaseFolded()) && !whole.contains(code) &&
                    !codes.contains(code))
                    codes.append(code);
        for (const QString &code : codes)
            cues.append({{{code}}});
    }
}

// "D (subsequent encounter)": the term and its meaning.
std::optional<QPair<QStringList, QStringList>> glossed(const Text &text)
{
    static const QRegularExpression gloss(QStringLiteral("^(\\S{1,15}) ?\\(([^()]{3,60})\\)$"));
    QStringList terms, meanings;
    for (const QString &v : variantsOf(text)) {
        if (!v.endsWith(u')')) // what the expression needs; most options are refused here
            return std::nullopt;
        const auto m = gloss.match(v);
        if (!m.hasMatch())
            return std::nullopt;
        if (!terms.contains(m.captured(1)))
            terms.append(m.captured(1));
        meanings.append(m.captured(2));
    }
    if (terms.isEmpty())
        return std::nullopt;
    return QPair{terms, meanings};
}

QStringList numberVariants(double value)
{
    QStringList numbers{QString::number(value, 'g', 12)};
    if (value == std::floor(value) && std::abs(value) >= 1000)
        numbers.append(QLocale(QLocale::English).toString(qlonglong(value))); // 1,500
    return numbers;
}

} // namespace

QList<AnswerCue> answerCues(const Item &item, const QString &quizLanguage)
{
    QList<AnswerCue> cues;
    switch (item.type) {
    case ItemType::Single:
    case ItemType::Multiple: {
        QList<std::optional<QPair<QStringList, QStringList>>> glosses;
        qsizetype glossedOptions = 0;
        for (const Option &o : item.options) {
            glosses.append(glossed(o.text));
            glossedOptions += glosses.last().has_value();
        }
        for (qsizetype i = 0; i < item.options.size(); ++i) {
            const Option &o = item.options[i];
            // Choices that each pair a term with its meaning test the meanings: any of them
            // defined elsewhere is a cue, the keyed one gives the answer.
            if (glossedOptions >= 2)
                if (const auto &g = glosses[i])
                    cues.append({{g->first, g->second}, o.correct});
            if (o.correct)
                addKeyCues(cues, variantsOf(o.text), false, item, quizLanguage);
        }
        addCodeCues(cues, item);
        break;
    }
    case ItemType::Text: {
        QStringList accepted;
        for (const QString &a : item.textKey.accept)
            if (const QString v = a.simplified(); !v.isEmpty() && !accepted.contains(v))
                accepted.append(v);
        // Patterns (cod-21..24's "any code of this shape") accept whole families of texts:
        // no one text gives them away.
        addKeyCues(cues, accepted, true, item, quizLanguage);
        break;
    }
    case ItemType::Numeric: {
        QStringList numbers;
        for (const QString &n : numberVariants(item.numeric.answer))
            if (isTelling(n))
                numbers.append(n);
        const QString unit = item.numeric.unit.simplified();
        const double answer = std::abs(item.numeric.answer);
        if (numbers.isEmpty() && !unit.isEmpty() && answer >= 10 && answer < 100 &&
            answer == std::floor(answer)) {
            const QString n = QString::number(answer, 'g', 12);
            AnswerCue cue{{{n + u' ' + unit, n + unit}}};
            cue.notInOptions = true;
            cues.append(cue);
            break;
        }
        if (numbers.isEmpty())
            break;
        if (unit.isEmpty()) {
            if (const QStringList specific = specificOnly(numbers); !specific.isEmpty())
                cues.append({{specific}});
            break;
        }
        QStringList quantities;
        for (const QString &n : numbers)
            quantities << n + u' ' + unit << n + unit;
        cues.append({{quantities}});
        break;
    }
    case ItemType::Matching:
        for (const Entry &left : item.left)
            if (const Entry *right = item.rightEntry(left.match)) {
                const QStringList l = variantsOf(left.text), r = variantsOf(right->text);
                if (!l.isEmpty() && !r.isEmpty())
                    cues.append({{l, r}});
            }
        break;
    case ItemType::TrueFalse: {
        // The statement's quoted terms ("5.0 mg" instead of "5 mg"): an explanation that
        // states a fact about both (or about one specific term) settles it.
        static const QRegularExpression quoted(QStringLiteral("\"([^\"]+)\"|“([^”]+)”"));
        for (const QString &value : item.prompt.byLanguage) {
            if (!hasQuotes(value))
                continue;
            QStringList terms;
            for (const auto &m : quoted.globalMatch(value.simplified()))
                if (const QString t = (m.captured(1) + m.captured(2)).trimmed();
                    alphanumerics(t) >= 2 && !terms.contains(t))
                    terms.append(t);
            AnswerCue cue;
            cue.afterAnswerOnly = true;
            if (terms.size() >= 2)
                cue.terms = {{terms[0]}, {terms[1]}};
            else if (terms.size() == 1 && isSpecific(terms[0]))
                cue.terms = {{terms[0]}};
            if (!cue.terms.isEmpty())
                cues.append(cue);
        }
        break;
    }
    case ItemType::Likert:   // no key
    case ItemType::Ordering: // the key is an order, not a text
    case ItemType::HotText:  // the key is a selection of the item's own text
        break;
    }
    return cues;
}

} // namespace hitready
