#pragma once
// HTML and Markdown texts of other quiz tools turned into HIT Ready's plain text: line breaks,
// list items and link targets kept, markup and entities resolved.

#include <QString>
#include <QStringList>

namespace hitready::interchange {

struct PlainText
{
    QString text;
    QStringList lost; // what had no plain-text form ("an image", "a table layout")
};

PlainText plainFromHtml(const QString &html);
PlainText plainFromMarkdown(const QString &markdown);
// A GIFT text in its [format]: "html", "markdown", "plain", or "moodle" (Moodle's auto-format:
// HTML where tags are written, plain otherwise).
PlainText plainFromGift(const QString &text, const QString &format);

} // namespace hitready::interchange
