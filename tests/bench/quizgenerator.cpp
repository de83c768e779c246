#include "quizgenerator.h"
#include "quiz.h"

#include <QRandomGenerator>

namespace hitready::bench {

QByteArray generateQuizYaml(int items)
{
    static const char *const domains[] = {"detail", "ethics", "analysis", "coding"};
    QByteArray y = "hitready: 1\nid: generated\ntitle: Generated quiz\nversion: \"1\"\n"
                   "levels: [{min: 0, label: Not yet}, {min: 70, label: Ready}]\ndomains:\n";
    for (const char *d : domains)
        y += QByteArray("  - id: ") + d + "\n    title: Domain " + d +
             "\n    levels: [{min: 0, label: Emerging}, {min: 50, label: Developing}, {min: 75, "
             "label: Ready}]\n";
    y += "items:\n";
    for (int i = 0; i < items; ++i) {
        const QByteArray n = QByteArray::number(i);
        y += "  - id: item-" + n + "\n    domain: " + domains[i % 4] + "\n";
        switch (i % 25 == 24 ? 3 : i % 3) {
        case 0:
            y += "    type: single\n    prompt: |\n      Record " + n +
                 " lists the admission date as 2026-03-04 and the discharge date as 2026-03-02.\n"
                 "      Which detail must be checked first?\n    options:\n"
                 "      - {id: a, text: The admission date against the face sheet, correct: true}\n"
                 "      - {id: b, text: The patient's favourite colour}\n"
                 "      - {id: c, text: The printer model, feedback: Not part of the record.}\n"
                 "      - {id: d, text: The weather on the day of discharge}\n";
            break;
        case 1:
            y += "    type: multiple\n    points: 2\n    prompt: Which disclosures need written "
                 "authorization?\n"
                 "    options:\n"
                 "      - {id: a, text: Psychotherapy notes to a lawyer, correct: true}\n"
                 "      - {id: b, text: A lab result to the treating physician}\n"
                 "      - {id: c, text: A mailing list sold to a vendor, correct: true}\n"
                 "      - {id: d, text: A claim sent to the insurer}\n";
            break;
        case 2:
            y += "    type: truefalse\n    prompt: Treatment disclosures need the patient's "
                 "authorization.\n"
                 "    answer: false\n";
            break;
        default:
            y += "    type: likert\n    prompt: How sure are you?\n"
                 "    anchors: [Not at all, A little, Somewhat, Mostly, Completely]\n";
        }
        y += "    explanation: Treatment, payment and operations need no authorization.\n"
             "    source: 45 CFR 164.506\n";
    }
    return y;
}

QList<Responses> generateResponses(const Quiz &quiz, int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<Responses> sets;
    sets.reserve(count);
    for (int s = 0; s < count; ++s) {
        Responses responses;
        responses.reserve(quiz.items.size());
        for (const Item &item : quiz.items) {
            const auto pick = [&] {
                return item.options.at(random.bounded(int(item.options.size()))).id;
            };
            switch (item.type) {
            case ItemType::Single:
                responses.insert(item.id, {pick()});
                break;
            case ItemType::Multiple:
                responses.insert(item.id, {QStringList{pick(), pick()}});
                break;
            case ItemType::TrueFalse:
                responses.insert(item.id, {random.bounded(2) == 1});
                break;
            case ItemType::Likert:
                responses.insert(item.id, {int(random.bounded(1, 6))});
                break;
            case ItemType::Ordering: // generated quizzes hold only the four first types
            case ItemType::Matching:
            case ItemType::HotText:
            case ItemType::Numeric:
            case ItemType::Text:
                break;
            }
        }
        sets.append(responses);
    }
    return sets;
}

} // namespace hitready::bench
