#pragma once

#include "ClassWorkCommand.h"

// `satchelctl attempts <course>`: every quiz of a class the user teaches, with each learner's attempts (number,
// state, started, finished, time taken, marks and the grade as Moodle shows them), from the offline data. In a course
// the user does not teach: each quiz with their own attempts.
class AttemptsCommand : public ClassWorkCommand
{
public:
    using ClassWorkCommand::ClassWorkCommand;

protected:
    int runWithData() override;

private:
    int ownAttempts(const Course &course);
};
