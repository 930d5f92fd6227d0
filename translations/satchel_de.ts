<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppController</name>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseGradesModel</name>
    <message>
        <source>No percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseListDelegate</name>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseListModel</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden from students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseOutlineDelegate</name>
    <message>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseOutlineModel</name>
    <message>
        <source>[Image: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden from students</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date label, date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoursePage</name>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections and activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change could not be saved on this computer. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contents of this course are not on this computer yet. They appear here after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This course could not be read from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This course is not on this computer any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course completion is not on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This course has no completion criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have completed this course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any one of these completes the course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of these are required:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← All courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all courses (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No courses on this computer yet. They appear here after the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineListModel</name>
    <message>
        <source>Overdue: was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft (not submitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not graded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <comment>n &gt;= 2</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <comment>n &gt;= 2</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <comment>n &gt;= 2</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <comment>n &gt;= 2</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <comment>n &gt;= 2</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <comment>n &gt;= 2</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n weeks</source>
        <comment>n &gt;= 2</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks ago</source>
        <comment>n &gt;= 2</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n months</source>
        <comment>n &gt;= 2</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <comment>n &gt;= 2</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n years</source>
        <comment>n &gt;= 2</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <comment>n &gt;= 2</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeChart</name>
    <message>
        <source>Grades chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No graded items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@value %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradeItemsModel</name>
    <message>
        <source>Course total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moodle does not send the names of grade categories. Its grade is the category total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden from students on the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradesPage</name>
    <message>
        <source>Grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final grades of your courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grade items for this course yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentages of graded items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing graded in this course yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grades yet. Your course grades appear here once Satchel has synced them from your Moodle site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a grade item to read your teacher&apos;s feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback for this item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your courses, deadlines and grades from %1 will appear here after the first sync. Satchel keeps a copy on this computer, so you can read them offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due in the next weeks. New assignments and quizzes show up here after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No courses in progress. Completed courses and courses without completion tracking are not listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grades yet. Grades appear here as soon as your teachers grade your work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>n &gt;= 2</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n upcoming</source>
        <comment>n &gt;= 2</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 – Satchel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline data from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Satchel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your data could not be updated. The rest is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of %1?

You will need your password to sign in again. Keep the offline copy of your courses on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out, keep offline data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and delete offline data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Satchel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Satchel %1&lt;/h3&gt;&lt;p&gt;An offline-first desktop client for Moodle: your courses, deadlines and grades, also without a connection.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleIcons</name>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodleError</name>
    <message>
        <source>The site is not answering. It may be down, or you may be offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site address could not be found. Check the address, or your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site took too long to answer. Your connection may be slow or offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You appear to be offline. Satchel will keep trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s secure connection could not be verified (%1). Satchel does not connect to sites it cannot verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site answered &quot;not found&quot;. Check the site address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is busy and asked Satchel to slow down. It will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site answered with an error (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is temporarily unavailable. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site answered with a web page instead of data. It may be under maintenance, or a network login page may be in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site sent an incomplete or damaged answer. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site sent more data than Satchel can handle at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address does not look like a Moodle site. Check the address your school gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site keeps redirecting. Check the site address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site redirected from a secure address to an insecure one. Satchel stopped to protect your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a valid site address. Type something like &quot;school.edu&quot; or &quot;https://school.edu/moodle&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site does not use a secure connection (http). Your password would be sent unprotected. Allow it only if you trust the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site does not allow access from apps. Ask the site administrator to enable mobile web services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is under maintenance. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is under maintenance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need to change your password on the website before you can sign in here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not confirmed yet. Follow the link in the confirmation e-mail first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account cannot use apps on this site. Contact the site administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site requires a different Moodle app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site address redirects elsewhere. Use the site&apos;s final address (usually starting with https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site only allows signing in through the browser, which Satchel does not support yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Moodle site is too old for Satchel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again; your offline data is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to see this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not enrolled in this course, or it is not available to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site did not accept Satchel&apos;s request. The site may be running an unsupported version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site could not find what Satchel asked for. It may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site does not offer this feature to apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This course has no completion criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site reported a problem. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel could not use the system keychain to keep you signed in (%1). Unlock or set up the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel could not write its data on this computer (%1). Check free disk space and folder permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More is faster on a good connection; fewer is gentler on a slow one or a busy site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests at the same time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Satchel starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in – Satchel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your Moodle site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the same site address, username and password as in your web browser. Satchel keeps a copy of your courses so you can use them offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school.edu or https://school.edu/moodle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure connection warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in over an insecure connection (http) anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Enter your password to continue; your offline data is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of your Moodle site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the box to sign in over an insecure connection, or use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address you use for Moodle in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not secure: http)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Checking your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes made offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site did not accept this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some lists were not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some deadlines were not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not updated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of %1 is not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring your offline copy up to date now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offline data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: a copy recorded from a real Moodle site, no network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out by the site: sign in again to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Satchel: your Moodle courses, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Satchel&apos;s files in &lt;dir&gt; (default: $SATCHEL_DATA_DIR, else the platform&apos;s application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled demo account, without a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the first window to &lt;file&gt; (PNG) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: the page to show: home, courses, course:&lt;id&gt;, grades or grades:&lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo account is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
