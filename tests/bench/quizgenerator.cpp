#include "quizgenerator.h"
#include "quiz.h"

#include <QRandomGenerator>

#include <algorithm>

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

namespace {

// One item of each type in turn; `n` numbers it, `stimulus` is the id of a stimulus or empty.
QByteArray realisticItem(int i, const char *domain, const QByteArray &stimulus)
{
    const QByteArray n = QByteArray::number(i);
    QByteArray y = "  - id: item-" + n + "\n    domain: " + domain + "\n";
    if (!stimulus.isEmpty())
        y += "    stimulus: " + stimulus + "\n";
    switch (i % 9) {
    case 0:
        y += "    type: single\n    prompt: |\n      Record " + n +
             " lists the admission date as 2026-03-04 and the discharge date as 2026-03-02.\n"
             "      Which detail must be checked first?\n    options:\n"
             "      - {id: a, text: The admission date against the face sheet, correct: true}\n"
             "      - {id: b, text: \"The patient's favourite colour\"}\n"
             "      - {id: c, text: The printer model, feedback: Not part of the record.}\n"
             "      - {id: d, text: The weather on the day of discharge}\n";
        break;
    case 1:
        y += "    type: multiple\n    points: 2\n    prompt:\n"
             "      en: Which disclosures need written authorization?\n"
             "      es: \"\xC2\xBF"
             "Qu\xC3\xA9 divulgaciones necesitan autorizaci\xC3\xB3n escrita?\"\n"
             "    options:\n"
             "      - id: a\n        text: {en: Psychotherapy notes to a lawyer, es: Notas de "
             "psicoterapia a un abogado}\n        correct: true\n"
             "      - id: b\n        text: {en: A lab result to the treating physician, es: Un "
             "resultado al m\xC3\xA9"
             "dico tratante}\n"
             "        feedback: {en: Treatment needs no authorization., es: El tratamiento no "
             "la necesita.}\n"
             "      - id: c\n        text: {en: A mailing list sold to a vendor, es: Una lista "
             "vendida a un proveedor}\n        correct: true\n"
             "      - id: d\n        text: {en: A claim sent to the insurer, es: Una reclamaci"
             "\xC3\xB3n a la aseguradora}\n";
        break;
    case 2:
        y += "    type: truefalse\n    prompt: 'Treatment disclosures need the patient''s "
             "authorization.'\n    answer: false\n";
        break;
    case 3:
        y += "    type: likert\n    prompt: How sure are you about record " + n +
             "?\n    anchors: [Not at all, A little, Somewhat, Mostly, Completely]\n";
        break;
    case 4:
        y += "    type: ordering\n    prompt: Put the steps of handling records request " + n +
             " in order.\n    steps:\n"
             "      - {id: receive, text: Log the request with the date received}\n"
             "      - {id: verify, text: \"Verify the requester's identity and authority\"}\n"
             "      - {id: check, text: Check the authorization is valid and complete}\n"
             "      - {id: release, text: Release only the minimum necessary information}\n";
        break;
    case 5:
        y += "    type: matching\n    points: 3\n    prompt: Match each code set to what it is "
             "used for.\n    left:\n"
             "      - {id: icd, text: ICD-10-CM, match: dx}\n"
             "      - {id: pcs, text: ICD-10-PCS, match: inpt}\n"
             "      - {id: cpt, text: CPT, match: outpt}\n    right:\n"
             "      - {id: dx, text: Diagnoses in every setting}\n"
             "      - {id: inpt, text: Inpatient hospital procedures}\n"
             "      - {id: outpt, text: Procedures and services by physicians and outpatient "
             "settings}\n"
             "      - {id: drug, text: Retail drug package labels}\n";
        break;
    case 6:
        y += "    type: hottext\n    prompt: Select the 2 entries that disagree with the rest of "
             "this record.\n    text:\n      en: |\n"
             "        Patient: Maria Lopez    DOB: [[dob|04/12/1981]]    Sex: [[sex|M]]\n"
             "        Admitted: [[adm|03/02/2025]]   Discharged: [[dis|02/28/2025]]\n"
             "      es: |\n"
             "        Paciente: Maria Lopez    Nacimiento: [[dob|04/12/1981]]    Sexo: "
             "[[sex|M]]\n"
             "        Ingreso: [[adm|03/02/2025]]   Alta: [[dis|02/28/2025]]\n"
             "    correct: [sex, dis]\n    feedback:\n"
             "      dis: The discharge date is before the admission date.\n"
             "      sex: {en: The record says female elsewhere., es: El registro dice femenino.}\n";
        break;
    case 7:
        y += "    type: numeric\n    prompt: What is the delinquency rate for March, in "
             "percent?\n    answer: 12.5\n    tolerance: 0.1\n    unit: \"%\"\n";
        break;
    default:
        y += "    type: text\n    prompt: >-\n      Type an ICD-10-CM code in the right shape "
             "for type 2 diabetes\n      without complications (record " +
             n +
             ").\n    accept: [E11.9]\n"
             "    patterns: ['[A-TV-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?']\n"
             "    case_sensitive: false\n    spaces: ignore\n";
    }
    y += "    explanation: >-\n      Treatment, payment and operations need no authorization; "
         "the minimum\n      necessary rule applies to every other disclosure.\n"
         "    source: 45 CFR 164.506\n";
    return y;
}

} // namespace

QByteArray generateRealisticQuizYaml(int items)
{
    static const char *const domains[] = {"detail", "ethics", "analysis", "coding"};
    const int stimuli = std::max(1, items / 50);
    QByteArray y =
        "# Generated: every item type, stimuli, pools and two languages.\n"
        "hitready: 1\nid: generated\ntitle:\n  en: Generated quiz\n  es: Cuestionario generado\n"
        "description: >-\n  A generated quiz in the shape of a real one, for timing the loader.\n"
        "version: \"2026.1\"\nlanguage: en\nmode: assessment\n"
        "shuffle: {items: true, options: true}\ntime_limit: 90\nconfidence: true\n"
        "levels: [{min: 0, label: Not yet}, {min: 70, label: {en: Ready, es: Listo}}]\n"
        "domains:\n";
    for (const char *d : domains)
        y += QByteArray("  - id: ") + d + "\n    title: {en: Domain " + d + ", es: Dominio " + d +
             "}\n    description: The " + d + " questions.\n    weight: 1.5\n    draw: " +
             QByteArray::number(std::max(1, items / 8)) +
             "\n    levels: [{min: 0, label: Emerging}, {min: 50, label: Developing}, {min: 75, "
             "label: Ready}]\n";
    y += "stimuli:\n";
    for (int s = 0; s < stimuli; ++s) {
        const QByteArray n = QByteArray::number(s);
        if (s % 2 == 0)
            y += "  - id: case-" + n + "\n    title: Discharge summary " + n +
                 "\n    text: |\n      Admitted 03/02/2025 with chest pain; discharged "
                 "03/05/2025.\n      Attending: Dr. L. Moreno\n\n      Diagnoses: Pneumonia; "
                 "type 2 diabetes; high blood pressure.\n";
        else
            y += "  - id: case-" + n + "\n    title: {en: Record delinquency " + n +
                 ", es: Morosidad " + n +
                 "}\n    table:\n      columns: [Month, Discharges, Delinquent records]\n"
                 "      rows:\n        - [January, 410, 37]\n        - [February, 388, 52]\n"
                 "        - [March, 400, 50]\n";
    }
    y += "items:\n";
    for (int i = 0; i < items; ++i)
        y += realisticItem(i, domains[i % 4],
                           i % 3 == 0 ? "case-" + QByteArray::number(i % stimuli) : QByteArray());
    y += "recommendations:\n"
         "  - id: explore\n    kind: training\n    title: Explore the occupation\n"
         "    text: >-\n      These results are for exploration, not for hiring decisions.\n"
         "    links:\n      - {title: CAHIIM program directory, url: \"https://www.cahiim.org/\"}\n"
         "  - id: practice\n    kind: training\n    title: Practise coding\n"
         "    text: Work through the coding guidelines.\n"
         "    when: {all: [{overall: {min: 50}}, {domain: coding, max: 60}]}\n";
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
