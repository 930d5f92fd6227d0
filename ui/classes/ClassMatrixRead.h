#pragma once

#include "common/Result.h"
#include "model/ClassRecords.h"
#include "store/ClassRepository.h"

#include <QSqlDatabase>
#include <QStringList>

// What both class matrices (grades, completion) read: the class's learners in the roster's order, with their
// names for the rows, then those learners' cells through `readCells(learnerIds)`. A class without learners
// has an empty matrix. The matrix, or the storage error of the first read that failed.
template <typename Matrix>
struct ClassMatrixRead
{
    Matrix matrix;
    QStringList names;
};

template <typename Matrix, typename ReadCells>
Result<ClassMatrixRead<Matrix>> readClassMatrix(const QSqlDatabase &db, qint64 courseId, ReadCells readCells)
{
    const Result<QList<Participant>> learners = ClassRepository(db).learners(courseId);
    if (!learners)
        return Failure{learners.error()};
    ClassMatrixRead<Matrix> read;
    QList<qint64> ids;
    for (const Participant &p : *learners) {
        ids << p.userId;
        read.names << p.fullName;
    }
    if (ids.isEmpty())
        return read;
    Result<Matrix> cells = readCells(ids);
    if (!cells)
        return Failure{cells.error()};
    read.matrix = std::move(cells).value();
    return read;
}
