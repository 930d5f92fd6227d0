// The charts show the site's names as typed. Qt Charts draws titles and axis labels as HTML whatever they hold: a
// grade item or competency named "<b>Quiz</b>" read "Quiz", and one named "<img src=file:///…>" read that file and
// drew it (tst_hostilenames saw it only when the names happened to fall on a graded item). Each chart is given such
// names directly, and what it draws is read back from its scene.
#include "ChartTexts.h"

#include "classes/CompetencyChart.h"
#include "classes/GradeHistogram.h"
#include "grades/GradeChart.h"

#include <QApplication>
#include <QLocale>
#include <QTest>

class TestCharts : public QObject
{
    Q_OBJECT

    QString m_tagged;
    QString m_picture;

    // The names, and no picture anywhere.
    static bool showsAsTyped(const QStringList &texts, const QStringList &names)
    {
        for (const QString &name : names) {
            if (!texts.contains(name)) {
                qWarning().noquote() << "not shown as typed:" << name << "; the chart shows:" << texts;
                return false;
            }
        }
        if (!texts.filter(QChar(QChar::ObjectReplacementCharacter)).isEmpty()) {
            qWarning().noquote() << "a picture in" << texts;
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_tagged = QStringLiteral("<b>Quiz</b> & <i>notes</i>");
        m_picture = QStringLiteral("<img src=\"p.png\"> Essay");  // no such file: a placeholder picture
    }

    void gradeChartBars()
    {
        GradeChart chart;
        chart.resize(1000, 400);
        chart.setBars({m_tagged, m_picture, QStringLiteral("Quiz"), QStringLiteral("Quiz")}, {50.0, 60.0, 70.0, 80.0});
        const QStringList texts = chartTexts(&chart);
        QVERIFY(showsAsTyped(texts, {m_tagged, m_picture}));
        // Two items of the same name are two bars, each named.
        QCOMPARE(texts.filter(QRegularExpression(QStringLiteral("^Quiz\u200B*$"))).size(), 2);
        QCOMPARE(chart.labels().size(), 4);

        // What it says when there is nothing to show is ours, and shown as written too.
        chart.setBars({}, {});
        chart.setEmptyText(QStringLiteral("No <graded> items & none due"));
        QVERIFY(showsAsTyped(chartTexts(&chart), {QStringLiteral("No <graded> items & none due")}));
    }

    void gradeHistogramTitle()
    {
        GradeHistogram histogram;
        histogram.resize(800, 400);
        histogram.setDistribution(m_picture, {45.0, 55.0, 95.0}, 4);
        QVERIFY(histogram.title().startsWith(m_picture));
        QVERIFY(showsAsTyped(chartTexts(&histogram), {histogram.title()}));

        histogram.setDistribution(m_tagged, {45.0}, 4);
        QVERIFY(showsAsTyped(chartTexts(&histogram), {histogram.title()}));
    }

    void competencyChartNames()
    {
        CompetencyChart chart;
        chart.resize(900, 400);
        chart.setShares({m_tagged, m_picture, QStringLiteral("Reads")}, {1, 2, 3}, 4);
        QVERIFY(showsAsTyped(chartTexts(&chart), {m_tagged, m_picture, QStringLiteral("Reads")}));
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
