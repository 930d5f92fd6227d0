#pragma once

#include <QByteArray>
#include <QString>

// Small helpers shared by tests and benchmarks to find the recorded Moodle data and a place for output.

// tests/data in the source tree (the SATCHEL_TEST_DATA_DIR compile definition).
QString testDataDir();

// The bytes of a recording, relative to tests/data/moodle-4.5/, e.g. "student1/login_token__ok.json".
// Empty (and a QTest-visible warning) when the file does not exist.
QByteArray fixtureBytes(const QString &relativePath);

// $SATCHEL_TEST_OUTPUT_DIR, or <temp>/satchel-test-output; created if missing.
QString testOutputDir();
