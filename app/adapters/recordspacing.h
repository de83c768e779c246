#pragma once
// Leaves a fixed gap below every line (wrapped lines too) of a TextEdit's plain text: a hottext
// record draws its part numbers there, so that no number covers, shifts or joins a character
// of the record. QML's TextEdit has no line spacing of its own.

#include <QObject>
#include <QPointer>
#include <QQuickTextDocument>
#include <QtQml/qqmlregistration.h>

class QTextDocument;

namespace hitready {

class RecordSpacing : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(RecordSpacing)
    // A TextEdit's textDocument (a QQuickTextDocument; QObject for QML tooling in Qt 6.4).
    Q_PROPERTY(QObject *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(qreal lineGap READ lineGap WRITE setLineGap NOTIFY lineGapChanged)
    // Goes up each time the gaps were laid out again: geometry read from the TextEdit
    // (positionToRectangle) is current from then on.
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)

public:
    explicit RecordSpacing(QObject *parent = nullptr);

    QObject *document() const { return m_document; }
    void setDocument(QObject *document);
    qreal lineGap() const { return m_lineGap; }
    void setLineGap(qreal gap);
    int revision() const { return m_revision; }

signals:
    void documentChanged();
    void lineGapChanged();
    void revisionChanged();

private:
    void apply();
    QTextDocument *textDocument() const;

    QPointer<QQuickTextDocument> m_document;
    QMetaObject::Connection m_contents;
    qreal m_lineGap = 0;
    int m_revision = 0;
    bool m_applying = false;
};

} // namespace hitready
