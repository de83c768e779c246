#pragma once
// The preview window's recommendation-rule explorer: the author sets each domain's percent and
// self-rating by hand and sees the overall percent and level and the recommendations that
// hold, with their reasons, as a learner with those numbers would get them. Every number comes
// from the engine (reportFromPercents(), recommend()) and every sentence from the results
// page's words (planRows(), Words), so the explorer cannot disagree with what learners see.

#include "plan.h"
#include "planmodel.h"
#include "quiz.h"
#include "report.h"
#include "words.h"

#include <QAbstractListModel>
#include <QMap>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace hitready {

// One domain's sliders as the explorer shows them.
struct ExplorerDomain
{
    QString id;
    QString title;       // in the shown language
    bool scored = false; // has scored items: its percent counts (else it never has one)
    bool rated = false;  // has likert items: a learner can give it a self-rating
    double percent = 0;  // 0..100, used only when `scored`
    std::optional<double> selfRating; // 1..5; none: the likert items left unanswered
    QString percentText;              // "58%" in the shown language
    QString selfRatingText;           // "3.5 of 5", or that there is none
    QString level;                    // the level band of `percent`; "" when the quiz has no bands
    bool operator==(const ExplorerDomain &) const = default;
};

// The domains of the explored quiz, in quiz order (RuleExplorer.domains).
class RuleDomainModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("RuleDomainModel is provided by RuleExplorer.domains")
    Q_DISABLE_COPY_MOVE(RuleDomainModel)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        DomainIdRole = Qt::UserRole + 1,
        TitleRole,
        HasScoredItemsRole,
        HasLikertItemsRole,
        PercentRole,
        PercentTextRole,
        HasSelfRatingRole,
        SelfRatingRole, // 0 when there is none
        SelfRatingTextRole,
        LevelRole,
    };
    Q_ENUM(Role)

    explicit RuleDomainModel(QObject *parent = nullptr);

    // The same domains (ids in the same order) change only the rows that differ; others reset.
    void setDomains(const QList<ExplorerDomain> &domains);
    const QList<ExplorerDomain> &domains() const { return m_domains; }
    int count() const { return int(m_domains.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<ExplorerDomain> m_domains;
};

// The recommendations that hold, grouped by kind as on the next-steps page
// (RuleExplorer.recommendations).
class RuleStepModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("RuleStepModel is provided by RuleExplorer.recommendations")
    Q_DISABLE_COPY_MOVE(RuleStepModel)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        RecommendationIdRole = Qt::UserRole + 1,
        KindRole,
        KindTitleRole,
        TitleRole,
        TextRole,
        ReasonsRole, // QStringList; empty: given to every learner
    };
    Q_ENUM(Role)

    explicit RuleStepModel(QObject *parent = nullptr);

    // The same recommendations in the same order change only the rows whose words differ (a
    // moving slider changes the numbers in the reasons); others reset.
    void setRows(const QList<PlanRow> &rows);
    const QList<PlanRow> &rows() const { return m_rows; }
    int count() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<PlanRow> m_rows;
};

// In QML "RuleExplorerModel": the name RuleExplorer is the panel that shows it
// (qml/RuleExplorer.qml), and one module cannot give one name to two types.
class RuleExplorer : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(RuleExplorerModel)
    Q_DISABLE_COPY_MOVE(RuleExplorer)
    Q_PROPERTY(bool hasQuiz READ hasQuiz NOTIFY quizChanged)
    Q_PROPERTY(QString quizTitle READ quizTitle NOTIFY quizChanged)
    // Why loadFile() failed; "" after a quiz was set.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // The interface language (DisplaySettings.language); decides the quiz texts and numbers.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(hitready::RuleDomainModel *domains READ domains CONSTANT)
    Q_PROPERTY(hitready::RuleStepModel *recommendations READ recommendations CONSTANT)
    // The overall percent as reportFromPercents() weighs the domain percents; -1 when no
    // domain has a percent.
    Q_PROPERTY(double overallPercent READ overallPercent NOTIFY reportChanged)
    Q_PROPERTY(QString overallLevel READ overallLevel NOTIFY reportChanged)
    // "58% (Developing)", as the results page writes it.
    Q_PROPERTY(QString overallText READ overallText NOTIFY reportChanged)
    // The reason line of a recommendation without conditions (Words::givenToEveryLearner()).
    Q_PROPERTY(QString everyLearnerText READ everyLearnerText NOTIFY languageChanged)
    // How many recommendations the quiz has, holding or not.
    Q_PROPERTY(int recommendationTotal READ recommendationTotal NOTIFY quizChanged)

public:
    // Where a domain's percent starts: the middle of the scale, so rules both ways are near.
    static constexpr double startPercent = 50;

    explicit RuleExplorer(QObject *parent = nullptr);

    // Explores `quiz` (the preview calls it on every successful reload). Domains whose id was
    // there before keep their percent and self-rating; new ones start at startPercent and no
    // self-rating.
    void setQuiz(const Quiz &quiz);
    // Loads a quiz file and explores it; false (and errorText) when it does not load, keeping
    // the quiz explored before.
    Q_INVOKABLE bool loadFile(const QString &path);

    // Percents are clamped to 0..100 and self-ratings to 1..5, as the engine does. A domain id
    // the quiz does not have (or, for a percent, one without scored items) is ignored.
    Q_INVOKABLE void setPercent(const QString &domainId, double percent);
    Q_INVOKABLE void setSelfRating(const QString &domainId, double rating);
    // The domain's likert items unanswered: no self-rating.
    Q_INVOKABLE void clearSelfRating(const QString &domainId);

    bool hasQuiz() const { return m_quiz.has_value(); }
    QString quizTitle() const;
    QString errorText() const { return m_errorText; }
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    RuleDomainModel *domains() { return &m_domains; }
    RuleStepModel *recommendations() { return &m_steps; }
    double overallPercent() const;
    QString overallLevel() const { return m_overallLevel; }
    QString overallText() const { return m_overallText; }
    int recommendationTotal() const;
    QString everyLearnerText() const { return Words(m_language).givenToEveryLearner(); }

    // What the sliders give the engine: percents of domains with scored items, self-ratings
    // of domains with likert items that have one.
    QMap<QString, double> percents() const;
    QMap<QString, double> selfRatings() const;
    // reportFromPercents() of the above, and recommend() of that report.
    const Report &report() const { return m_report; }
    const Plan &plan() const { return m_plan; }

signals:
    void quizChanged();
    void errorTextChanged();
    void languageChanged();
    void reportChanged();

private:
    void setErrorText(const QString &text);
    // Scores the sliders again and refreshes both models and the overall texts.
    void update();

    std::optional<Quiz> m_quiz;
    // By domain id; kept across reloads for the ids that are still there.
    QMap<QString, double> m_percents;
    QMap<QString, double> m_selfRatings;
    QString m_language;
    QString m_errorText;
    Report m_report;
    Plan m_plan; // points into *m_quiz
    QString m_overallLevel;
    QString m_overallText;
    RuleDomainModel m_domains;
    RuleStepModel m_steps;
};

} // namespace hitready
