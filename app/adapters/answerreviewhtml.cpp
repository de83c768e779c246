#include "answerreviewrows.h"

#include <QCoreApplication>

namespace hitready {

namespace {

QString lines(const QString &text)
{
    return text.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

// The second language under the first, quieter, as in the rest of the report.
QString withSecond(const ShownText &text)
{
    if (text.second.isEmpty())
        return lines(text.first);
    return lines(text.first) +
           QStringLiteral("<br/><span style=\"color:#555555; font-style:italic\">%1</span>")
               .arg(lines(text.second));
}

QString paragraph(const QString &html, const QString &style = {})
{
    if (html.isEmpty())
        return {};
    return style.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(html)
                           : QStringLiteral("<p style=\"%1\">%2</p>\n").arg(style, html);
}

QString itemGlyph(const ItemReview &review)
{
    if (!review.verdict || !review.answered)
        return QStringLiteral("–");
    switch (*review.verdict) {
    case Verdict::Correct:
        return QStringLiteral("✓");
    case Verdict::PartlyCorrect:
        return QStringLiteral("◐");
    case Verdict::NotCorrect:
        break;
    }
    return QStringLiteral("✗");
}

QString partGlyph(PartMark mark)
{
    switch (mark) {
    case PartMark::Right:
        return QStringLiteral("✓");
    case PartMark::Wrong:
        return QStringLiteral("✗");
    case PartMark::Missed:
        return QStringLiteral("○");
    case PartMark::Neutral:
        break;
    }
    return QStringLiteral("·");
}

QString stimulusHtml(const ReviewRow &row)
{
    QString h;
    if (!row.stimulusTitle.first.isEmpty())
        h += paragraph(QStringLiteral("<b>%1</b>").arg(withSecond(row.stimulusTitle)));
    h += paragraph(withSecond(row.stimulusText));
    if (row.stimulusColumns.isEmpty())
        return h;
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
    for (const QString &column : row.stimulusColumns)
        h += QStringLiteral("<th>%1</th>").arg(column.toHtmlEscaped());
    h += QStringLiteral("</tr>\n");
    for (const QStringList &cells : row.stimulusRows) {
        h += QStringLiteral("<tr>");
        for (const QString &cell : cells)
            h += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        h += QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</table>\n");
}

QString partsHtml(const ReviewRow &row)
{
    if (row.parts.isEmpty())
        return {};
    QString h = paragraph(QStringLiteral("<b>%1</b>").arg(row.partsHeading.toHtmlEscaped()));
    h += QStringLiteral("<ul>\n");
    for (const ReviewPartRow &part : row.parts) {
        QString item = partGlyph(part.mark) + u' ' + withSecond(part.text);
        if (!part.markWord.isEmpty())
            item += QStringLiteral(" <b>%1</b>").arg(part.markWord.toHtmlEscaped());
        if (!part.detail.isEmpty())
            item += QStringLiteral(" %1").arg(lines(part.detail));
        h += QStringLiteral("<li>%1</li>\n").arg(item);
    }
    return h + QStringLiteral("</ul>\n");
}

} // namespace

QString answerReviewHtml(const QList<ReviewRow> &rows)
{
    QString h;
    for (const ReviewRow &row : rows) {
        QStringList head{itemGlyph(row.review) + u' ' + row.verdictWord, row.heading};
        if (!row.points.isEmpty())
            head.append(row.points);
        if (row.review.flagged)
            head.append(QCoreApplication::translate("AnswerReview", "Flagged"));
        h += QStringLiteral("<h3>%1</h3>\n").arg(head.join(QStringLiteral(" · ")).toHtmlEscaped());
        h += paragraph(row.domainTitle.toHtmlEscaped(), QStringLiteral("color:#444444"));
        h += stimulusHtml(row);
        h += paragraph(QStringLiteral("<b>%1</b>").arg(withSecond(row.prompt)));
        if (!row.hotText.first.isEmpty())
            h += paragraph(withSecond(row.hotText), QStringLiteral("font-family:monospace"));
        h += paragraph(lines(row.yourAnswer));
        h += partsHtml(row);
        h += paragraph(lines(row.rightAnswer), QStringLiteral("font-weight:bold"));
        h += paragraph(lines(row.confidence));
        if (!row.explanation.first.isEmpty())
            h += paragraph(
                QStringLiteral("<b>%1</b> %2")
                    .arg(QCoreApplication::translate("AnswerReview", "Why:").toHtmlEscaped(),
                         withSecond(row.explanation)));
        if (!row.source.isEmpty())
            h += paragraph(QCoreApplication::translate("AnswerReview", "Source: %1")
                               .arg(row.source)
                               .toHtmlEscaped(),
                           QStringLiteral("color:#444444"));
    }
    return h;
}

} // namespace hitready
