#pragma once

#include "FakeFormEncoding.h"

#include <QByteArray>
#include <QString>

#include <optional>

// What Moodle answers to mod_assign_get_assignments and mod_quiz_get_quizzes_by_courses with courseids[]: the
// whole answer (every course) cut down to those courses. nullopt when the call names no courseids (the whole
// answer stands) or is another function.
std::optional<QByteArray> onlyTheCoursesAsked(const QString &function, const FakeParams &params,
                                              const QByteArray &wholeAnswer);
