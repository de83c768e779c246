#pragma once
// Where "Save as PDF" (results and instructor view) writes the file a save dialog chose, and
// how the learner is told where it went. A typed name often comes back without ".pdf" (the
// non-native Qt Quick dialog ignores defaultSuffix), and a dialog hands over a file: URL.

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace hitready {

class PdfFile : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_DISABLE_COPY_MOVE(PdfFile)

public:
    explicit PdfFile(QObject *parent = nullptr) : QObject(parent) {}

    // The local path of `fileOrUrl` (a path or a file: URL), with ".pdf" added when its name
    // does not end in ".pdf" (in any case); "" for an empty choice.
    Q_INVOKABLE static QString path(const QString &fileOrUrl);
    // "Saved “Report.pdf” in the folder /home/ana/Documents." for the file at `path`.
    Q_INVOKABLE static QString savedNote(const QString &path);
};

} // namespace hitready
