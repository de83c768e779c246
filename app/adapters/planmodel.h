#pragma once
// The next steps of one attempt: the recommendations its results selected, grouped by kind
// (training, certification, experience, course), each with its reasons in words.

#include "attemptresults.h"
#include "plan.h"
#include "reading.h"
#include "words.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace hitready {

struct PlanLink
{
    QString title;
    QString url;
    QString titleSecond; // in the second language; empty when none
};

struct PlanRow
{
    QString recommendationId;
    QString kind;      // "training", "certification", "experience", "course"
    QString kindTitle; // translated
    QString title;
    QString text;
    QString titleSecond; // in the second language; empty when none
    QString textSecond;
    QStringList reasons; // Words::reason() of each reason; empty: the step applies to everyone
    QList<PlanLink> links;
};

// `plan` (recommend() of `quiz`) grouped by kind in ResultSummary::kindOrder(), quiz order
// within, its texts as `reading` shows them and its reasons in the first language's words.
QList<PlanRow> planRows(const Quiz &quiz, const Plan &plan, const Reading &reading = {});

class PlanModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(PlanModel)
    // The finished attempt whose plan is shown (shared with its results and the PDF).
    Q_PROPERTY(hitready::AttemptResults *results READ results WRITE setResults NOTIFY planChanged)
    Q_PROPERTY(int attemptId READ attemptId NOTIFY planChanged)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY planChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY planChanged)
    // The learner's language and the second one shown under it ("" for none), as in
    // ResultsModel: a change updates the rows in place.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString secondLanguage READ secondLanguage WRITE setSecondLanguage NOTIFY
                   secondLanguageChanged)

public:
    enum Role {
        // "id" cannot be a QML required property name, hence recommendationId.
        RecommendationIdRole = Qt::UserRole + 1,
        KindRole,
        KindTitleRole,
        SectionRole, // = kindTitle; for ListView.section.property
        TitleRole,
        TextRole,
        ReasonsRole, // QStringList
        LinksRole,   // list of {title, titleSecond, url}; urls are http(s), checked by the loader
        TitleSecondRole, // the second language's title and text; "" when none
        TextSecondRole,
    };
    Q_ENUM(Role)

    explicit PlanModel(QObject *parent = nullptr);

    AttemptResults *results() const { return m_source; }
    // Shows the plan of what `results` holds, now and whenever it loads another attempt; not
    // owned.
    void setResults(AttemptResults *results);

    QString language() const { return m_reading.first; }
    void setLanguage(const QString &language);
    QString secondLanguage() const { return m_reading.second; }
    void setSecondLanguage(const QString &language);

    qint64 attemptId() const { return m_attemptId; }
    bool isEmpty() const { return m_rows.isEmpty(); }
    QString errorText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void planChanged();
    void languageChanged();
    void secondLanguageChanged();

private:
    // Rebuilds the rows from the attempt the source now shows.
    void reload();
    // The same rows in the languages now chosen (dataChanged: the page keeps its place).
    void reread();

    QPointer<AttemptResults> m_source;
    std::shared_ptr<const FinishedAttempt> m_attempt;
    Reading m_reading;
    qint64 m_attemptId = 0;
    QList<PlanRow> m_rows;
};

} // namespace hitready
