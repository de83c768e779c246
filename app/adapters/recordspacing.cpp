#include "recordspacing.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <cmath>

namespace hitready {

RecordSpacing::RecordSpacing(QObject *parent) : QObject(parent) {}

void RecordSpacing::setDocument(QObject *document)
{
    auto *textEditDocument = qobject_cast<QQuickTextDocument *>(document);
    if (m_document == textEditDocument)
        return;
    disconnect(m_contents);
    m_document = textEditDocument;
    if (QTextDocument *text = textDocument()) {
        text->setUndoRedoEnabled(false); // read-only records: no edits to undo
        // New text (another item, or the same delegate reused) comes in unspaced.
        m_contents = connect(text, &QTextDocument::contentsChanged, this, &RecordSpacing::apply);
    }
    emit documentChanged();
    apply();
}

void RecordSpacing::setLineGap(qreal gap)
{
    if (std::abs(m_lineGap - gap) < 0.01)
        return;
    m_lineGap = gap;
    emit lineGapChanged();
    apply();
}

QTextDocument *RecordSpacing::textDocument() const
{
    return m_document ? m_document->textDocument() : nullptr;
}

void RecordSpacing::apply()
{
    QTextDocument *text = textDocument();
    if (!text || m_applying)
        return;
    bool spaced = true;
    for (QTextBlock block = text->begin(); spaced && block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        spaced = format.lineHeightType() == QTextBlockFormat::LineDistanceHeight &&
                 std::abs(format.lineHeight() - m_lineGap) < 0.01;
    }
    if (!spaced) {
        m_applying = true; // a format change is a contents change too
        QTextBlockFormat format;
        format.setLineHeight(m_lineGap, QTextBlockFormat::LineDistanceHeight);
        QTextCursor all(text);
        all.select(QTextCursor::Document);
        all.mergeBlockFormat(format);
        m_applying = false;
    }
    ++m_revision;
    emit revisionChanged();
}

} // namespace hitready
