#pragma once
// The next steps of one attempt: the recommendations its results selected, grouped by kind
// (training, certification, experience, course), each with its reasons in words.

#include "learnerdatabase.h"
#include "plan.h"
#include "storage.h"

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
};

struct PlanRow
{
    QString recommendationId;
    QString kind;      // "training", "certification", "experience", "course"
    QString kindTitle; // translated
    QString title;
    QString text;
    QStringList reasons; // describe() of each reason; empty: the step applies to everyone
    QList<PlanLink> links;
};

// recommend(quiz, report) grouped by kind in ResultSummary::kindOrder(), quiz order within.
QList<PlanRow> planRows(const Quiz &quiz, const Report &report);

class PlanModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(PlanModel)
    // The app's database (the LearnerDatabase singleton in QML).
    Q_PROPERTY(
        hitready::LearnerDatabase *database READ database WRITE setDatabase NOTIFY databaseChanged)
    Q_PROPERTY(int attemptId READ attemptId NOTIFY planChanged)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY planChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY planChanged)

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
        LinksRole,   // list of {title, url}; urls are http(s), checked by the loader
    };
    Q_ENUM(Role)

    explicit PlanModel(QObject *parent = nullptr);

    // The storage attempts are read from; not owned, and it must outlive this model.
    void setStorage(Storage *storage) { m_storage = storage; }
    LearnerDatabase *database() const { return m_database; }
    void setDatabase(LearnerDatabase *database);
    void setPlan(const Quiz &quiz, const Report &report, qint64 attemptId = 0);

    Q_INVOKABLE bool loadAttempt(qint64 attemptId);
    Q_INVOKABLE void clear();

    qint64 attemptId() const { return m_attemptId; }
    bool isEmpty() const { return m_rows.isEmpty(); }
    QString errorText() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void databaseChanged();
    void planChanged();

private:
    QPointer<LearnerDatabase> m_database;
    void reset(QList<PlanRow> rows, qint64 attemptId, const QString &error);

    Storage *m_storage = nullptr;
    qint64 m_attemptId = 0;
    QList<PlanRow> m_rows;
    QString m_error;
};

} // namespace hitready
