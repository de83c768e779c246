#pragma once
// The SQLite implementation of Storage: a database file (or ":memory:"), opened through Qt's
// QSQLITE driver, with the bulk paths of analytics on SQLite's own C API (the same library the
// driver links). Internal to engine/storage.

#include "sqlstorage.h"

namespace hitready {

class SqliteStorage final : public SqlStorage
{
public:
    static Result<std::unique_ptr<Storage>> open(const QString &path, Access access);

    Result<SelectedAttempts> selectAttempts(const AttemptSelection &selection) const override;
    Status scanAnswers(const SelectedAttempts &attempts,
                       const AnswerRowVisitor &visit) const override;
    Status scanAnswerRange(const SelectedAttempts &attempts, qsizetype first, qsizetype last,
                           const AnswerRowVisitor &visit) const override;
    bool canScanConcurrently() const override; // a database file, not ":memory:"
    Result<qint64> importAttempts(const Quiz &quiz,
                                  const std::function<bool(ImportedAttempt *)> &next) override;

private:
    using SqlStorage::SqlStorage;

    QString m_sqliteUri; // when not empty: how SQLite opens the file (read-only, immutable)
};

} // namespace hitready
