#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QtGlobal>

#ifndef SATCHEL_TEST_DATA_DIR
#error "SATCHEL_TEST_DATA_DIR must point at tests/data (set by tests/CMakeLists.txt)"
#endif

QString testDataDir()
{
    return QStringLiteral(SATCHEL_TEST_DATA_DIR);
}

QByteArray fixtureBytes(const QString &relativePath)
{
    QFile file(testDataDir() + QStringLiteral("/moodle-4.5/") + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        // A typo in a fixture name should be loud, not an empty body that a test then compares against.
        qWarning("fixtureBytes: cannot read %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

QString testOutputDir()
{
    QString dir = qEnvironmentVariable("SATCHEL_TEST_OUTPUT_DIR");
    if (dir.isEmpty())
        dir = QDir::tempPath() + QStringLiteral("/satchel-test-output");
    QDir().mkpath(dir);
    return dir;
}
