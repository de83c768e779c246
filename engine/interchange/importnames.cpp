#include "importnames.h"

namespace hitready::interchange {

namespace {

QString cleaned(const QString &text, bool items)
{
    QString out;
    bool dash = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        const bool letter = c.unicode() < 128 && c.isLetterOrNumber();
        if (letter || (items && (c == u'_' || c == u'.'))) {
            if (dash && !out.isEmpty())
                out += u'-';
            out += items ? c : c.toLower();
            dash = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            dash = true;
        }
    }
    return out;
}

} // namespace

QString slug(const QString &text)
{
    return cleaned(text, false);
}

QString itemSlug(const QString &text)
{
    return cleaned(text, true);
}

QString optionId(qsizetype index)
{
    return index < 26 ? QString(QChar(char16_t(u'a' + index)))
                      : QStringLiteral("o%1").arg(index + 1);
}

QString UniqueIds::take(const QString &wanted)
{
    QString id = wanted;
    for (int n = 2; m_taken.contains(id); ++n)
        id = QStringLiteral("%1-%2").arg(wanted).arg(n);
    m_taken.insert(id);
    return id;
}

} // namespace hitready::interchange
