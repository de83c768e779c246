#pragma once
// The GIFT and Moodle XML readers and writers behind importQuiz() and exportQuiz().

#include "giftparse.h"
#include "interchange.h"

namespace hitready::interchange {

// What a Moodle XML question says beyond what GIFT can (same index as its question).
struct QuestionExtras
{
    std::optional<double> points; // <defaultgrade>
    bool caseSensitive = false;   // <usecase>1</usecase>
    QString unit;                 // the numerical unit with multiplier 1
    QString id;                   // <idnumber>
};

// GIFT questions (read from GIFT or from Moodle XML) as a quiz; `extras` empty or one per
// question.
ImportedQuiz quizFromQuestions(const QList<GiftQuestion> &questions,
                               const QList<QuestionExtras> &extras, const QString &fileName);

Result<ImportedQuiz> importMoodleXml(const QByteArray &bytes, const QString &fileName);
ExportedQuiz exportMoodleXml(const Quiz &quiz);

Result<ImportedQuiz> importGift(const QString &text, const QString &fileName);
ExportedQuiz exportGift(const Quiz &quiz);

} // namespace hitready::interchange
