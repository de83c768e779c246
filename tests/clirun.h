#pragma once
// Runs hitready-cli as a script would, for the CLI test suites.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace hitready::test {

struct CliRun
{
    int exitCode = -1; // -1: crashed
    QString out;
    QString err;
};

// `program` is hitready-cli, or a wrapper such as setpriv with hitready-cli in `arguments`.
inline CliRun runCli(const QStringList &arguments, const QByteArray &input = {},
                     const QString &program = QStringLiteral(HITREADY_CLI))
{
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        qFatal("hitready-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace hitready::test
