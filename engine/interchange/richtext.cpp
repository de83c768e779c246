#include "richtext.h"

#include <QRegularExpression>

namespace hitready::interchange {

namespace {

QString decodeEntities(const QString &s)
{
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);"));
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("ndash"), QStringLiteral("–")},
        {QStringLiteral("mdash"), QStringLiteral("—")},
        {QStringLiteral("hellip"), QStringLiteral("…")},
        {QStringLiteral("deg"), QStringLiteral("°")},
        {QStringLiteral("times"), QStringLiteral("×")},
        {QStringLiteral("le"), QStringLiteral("≤")},
        {QStringLiteral("ge"), QStringLiteral("≥")},
        {QStringLiteral("plusmn"), QStringLiteral("±")},
    };
    QString out;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        QString replacement = m.captured(0);
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code = name.size() > 1 && (name[1] == u'x' || name[1] == u'X')
                                  ? name.mid(2).toUInt(&ok, 16)
                                  : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
                const char32_t c = code;
                replacement = QString::fromUcs4(&c, 1);
            }
        } else if (named.contains(name)) {
            replacement = named.value(name);
        }
        out += replacement;
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out;
}

QString tidyLines(QString s)
{
    static const QRegularExpression spaces(QStringLiteral("[ \\t]+"));
    static const QRegularExpression blankRuns(QStringLiteral("\\n{3,}"));
    s.replace(spaces, QStringLiteral(" "));
    QStringList lines = s.split(u'\n');
    for (QString &line : lines)
        line = line.trimmed();
    return lines.join(u'\n').replace(blankRuns, QStringLiteral("\n\n")).trimmed();
}

} // namespace

PlainText plainFromHtml(const QString &html)
{
    PlainText out;
    QString s = html;
    // HTML collapses source line breaks into spaces; only tags break lines.
    s.replace(u'\n', u' ');
    static const QRegularExpression images(
        QStringLiteral("<img\\b[^>]*?(?:alt\\s*=\\s*\"([^\"]*)\"[^>]*)?>"),
        QRegularExpression::CaseInsensitiveOption);
    if (s.contains(images)) {
        out.lost.append(QStringLiteral("an image (its alt text is kept)"));
        s.replace(images, QStringLiteral("[\\1]"));
        s.replace(QStringLiteral("[]"), QString());
    }
    static const QRegularExpression table(QStringLiteral("<table\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (s.contains(table))
        out.lost.append(QStringLiteral("a table layout (its cells are kept as lines)"));
    static const QRegularExpression links(
        QStringLiteral("<a\\b[^>]*href\\s*=\\s*\"([^\"]*)\"[^>]*>(.*?)</a>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    s.replace(links, QStringLiteral("\\2 (\\1)"));
    static const QRegularExpression breaks(
        QStringLiteral("<br\\s*/?>|</(p|div|li|h[1-6]|tr|table|ul|ol|blockquote|pre)>"),
        QRegularExpression::CaseInsensitiveOption);
    s.replace(breaks, QStringLiteral("\n"));
    static const QRegularExpression items(QStringLiteral("<li\\b[^>]*>"),
                                          QRegularExpression::CaseInsensitiveOption);
    s.replace(items, QStringLiteral("- "));
    static const QRegularExpression cells(QStringLiteral("</t[dh]>"),
                                          QRegularExpression::CaseInsensitiveOption);
    s.replace(cells, QStringLiteral(" | "));
    static const QRegularExpression superscript(QStringLiteral("<sup>(.*?)</sup>"),
                                                QRegularExpression::CaseInsensitiveOption);
    s.replace(superscript, QStringLiteral("^\\1"));
    static const QRegularExpression tags(QStringLiteral("</?[a-zA-Z][^>]*>|<!--.*?-->"),
                                         QRegularExpression::DotMatchesEverythingOption);
    s.remove(tags);
    out.text = tidyLines(decodeEntities(s));
    return out;
}

PlainText plainFromMarkdown(const QString &markdown)
{
    QString s = markdown;
    static const QRegularExpression images(QStringLiteral("!\\[([^\\]]*)\\]\\(([^)]*)\\)"));
    PlainText out;
    if (s.contains(images)) {
        out.lost.append(QStringLiteral("an image (its alt text is kept)"));
        s.replace(images, QStringLiteral("[\\1]"));
    }
    static const QRegularExpression links(QStringLiteral("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)"));
    s.replace(links, QStringLiteral("\\1 (\\2)"));
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    s.replace(strong, QStringLiteral("\\2"));
    static const QRegularExpression emphasis(
        QStringLiteral("(?<![\\w*])([*_])(?=[^\\s*_])(.+?)(?<=[^\\s*_])\\1(?![\\w*])"));
    s.replace(emphasis, QStringLiteral("\\2"));
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    s.replace(code, QStringLiteral("\\1"));
    static const QRegularExpression heading(QStringLiteral("(?m)^#{1,6}\\s+"));
    s.remove(heading);
    static const QRegularExpression escaped(QStringLiteral("\\\\([\\\\`*_{}\\[\\]()#+\\-.!])"));
    s.replace(escaped, QStringLiteral("\\1"));
    out.text = tidyLines(s);
    return out;
}

PlainText plainFromGift(const QString &text, const QString &format)
{
    if (format == QLatin1String("html"))
        return plainFromHtml(text);
    if (format == QLatin1String("markdown"))
        return plainFromMarkdown(text);
    static const QRegularExpression tag(QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^>]*)?/?>"));
    if (format == QLatin1String("moodle") && text.contains(tag))
        return plainFromHtml(text);
    return {text, {}};
}

} // namespace hitready::interchange
