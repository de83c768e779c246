#pragma once
// The PostgreSQL implementation of Storage: a class server named by a `postgresql://` URL,
// reached through Qt's QPSQL driver for the portable SQL and through libpq itself (on the same
// connection, or one per scanning thread) for the bulk paths of analytics: COPY, never a
// QSqlQuery per row. Internal to engine/storage.

#include "sqlstorage.h"

#include <libpq-fe.h>

namespace hitready {

class PostgresStorage final : public SqlStorage
{
public:
    static Result<std::unique_ptr<Storage>> open(const QString &url, Access access);
    // `url` without its password (in the user part or as a parameter): what path() shows.
    static QString withoutPassword(const QString &url);

    Result<SelectedAttempts> selectAttempts(const AttemptSelection &selection) const override;
    Status scanAnswers(const SelectedAttempts &attempts,
                       const AnswerRowVisitor &visit) const override;
    Status scanAnswerRange(const SelectedAttempts &attempts, qsizetype first, qsizetype last,
                           const AnswerRowVisitor &visit) const override;
    bool canScanConcurrently() const override { return true; }
    Result<qint64> importAttempts(const Quiz &quiz,
                                  const std::function<bool(ImportedAttempt *)> &next) override;

protected:
    QString ownProfilesOnly() const override
    {
        return QStringLiteral(" AND owner_role = current_user");
    }

private:
    using SqlStorage::SqlStorage;
    // The libpq connection behind m_db.
    PGconn *connection() const;

    QString m_url; // as given, password and all: each scanning thread connects with it
};

} // namespace hitready
