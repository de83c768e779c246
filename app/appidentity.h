#pragma once
// The name both executables share, so they find the same data folder
// (e.g. ~/.local/share/hitready) and the same shipped quizzes.

#include <QCoreApplication>
#include <QDir>
#include <QString>

namespace hitready {

inline void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("hitready"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
}

// Shipped quizzes: $HITREADY_QUIZ_DIR, else the source tree's quizzes/ folder.
inline QString shippedQuizFolder()
{
    const QString fromEnvironment = qEnvironmentVariable("HITREADY_QUIZ_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(HITREADY_QUIZ_DIR) : fromEnvironment;
}

} // namespace hitready
