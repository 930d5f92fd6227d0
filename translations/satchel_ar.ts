<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Switch account, add an account or sign out</source>
        <translation>تبديل الحساب أو إضافة حساب أو تسجيل الخروج</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>إضافة حساب… (&amp;A)</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>تسجيل الخروج… (&amp;O)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>An account in the account menu: the person&apos;s full name, then the site&apos;s name.</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>ActivityOpener</name>
    <message>
        <source>No application on this computer could open “%1”.</source>
        <translation>لم يتمكن أي تطبيق على هذا الحاسوب من فتح «%1».</translation>
    </message>
    <message>
        <source>No web browser could be started to open the address.</source>
        <translation>تعذّر تشغيل متصفح ويب لفتح العنوان.</translation>
    </message>
    <message>
        <source>There is nothing to open for this activity on this computer yet.</source>
        <translation>لا يوجد بعد ما يمكن فتحه لهذا النشاط على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The site&apos;s address is not known yet: sync once, then try again.</source>
        <translation>عنوان الموقع غير معروف بعد: زامِن مرة واحدة ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>None of this activity&apos;s files are on this computer yet.</source>
        <translation>لا يوجد أي ملف من ملفات هذا النشاط على هذا الحاسوب بعد.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Reset offline data</source>
        <translation>إعادة تعيين البيانات دون اتصال</translation>
    </message>
    <message>
        <source>Start again with a fresh copy of your offline data?

The current file is not deleted: it is moved aside in its folder (%1) in case you or your support need it. Your courses are then downloaded again from the site. Anything you marked while offline that was not sent yet is lost with it. You stay signed in.</source>
        <translation>هل تريد البدء من جديد بنسخة جديدة من بياناتك دون اتصال؟

لن يُحذف الملف الحالي: سيُنقل جانبًا في مجلده (%1) تحسبًا لحاجتك أو حاجة فريق الدعم إليه. بعد ذلك تُنزَّل مقرراتك الدراسية من الموقع مرة أخرى. وكل ما أشرت إليه دون اتصال ولم يُرسل بعد سيُفقد معه. ستبقى مسجّل الدخول.</translation>
    </message>
    <message>
        <source>The offline data could not be moved aside, so nothing was reset. Check that you may write to its folder.</source>
        <translation>تعذّر نقل البيانات دون اتصال جانبًا، لذا لم تتم إعادة تعيين أي شيء. تحقق من أن لديك صلاحية الكتابة في مجلدها.</translation>
    </message>
    <message>
        <source>Offline data of another account</source>
        <translation>بيانات دون اتصال لحساب آخر</translation>
    </message>
    <message>
        <source>%1&apos;s offline data from %2 is still on this computer: courses and grades, and a teacher&apos;s classes. Delete it if this computer is shared or %1 no longer uses Satchel here.</source>
        <translation>لا تزال بيانات %1 دون اتصال من %2 على هذا الحاسوب: المقررات الدراسية والدرجات وفصول المعلم. احذفها إذا كان هذا الحاسوب مشتركًا أو إذا لم يعد %1 يستخدم Satchel هنا.</translation>
    </message>
    <message>
        <source>Delete %1&apos;s offline data</source>
        <translation>حذف بيانات %1 دون اتصال</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>الاحتفاظ بها</translation>
    </message>
    <message>
        <source>The previous account&apos;s offline data could not be deleted.</source>
        <translation>تعذّر حذف البيانات دون اتصال للحساب السابق.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>You are signed out, but your offline data could not be deleted from this computer. Delete the files whose names start with %1 in %2, or ask whoever looks after this computer.</source>
        <translation>تم تسجيل خروجك، لكن تعذّر حذف بياناتك دون اتصال من هذا الحاسوب. احذف الملفات التي تبدأ أسماؤها بـ %1 في %2، أو اطلب ذلك من المسؤول عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Open Satchel</source>
        <translation>فتح Satchel</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>AttemptMatrixModel</name>
    <message>
        <source>Learner</source>
        <translation>المتعلّم</translation>
    </message>
    <message>
        <source>Unnamed quiz</source>
        <translation>اختبار بلا اسم</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد التقدم</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <source>never submitted</source>
        <translation>لم يُسلَّم أبدًا</translation>
    </message>
    <message>
        <source>no attempt</source>
        <translation>لا محاولة</translation>
    </message>
    <message>
        <source>1 attempt</source>
        <translation>محاولة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempts</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln محاولة</numerusform>
            <numerusform>%Ln محاولة</numerusform>
            <numerusform>%Ln محاولتان</numerusform>
            <numerusform>%Ln محاولات</numerusform>
            <numerusform>%Ln محاولة</numerusform>
            <numerusform>%Ln محاولة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No attempt</source>
        <translation>لا محاولة</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>المحاولة %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>بدأت %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>المدة %1</translation>
    </message>
    <message>
        <source>marks %1</source>
        <translation>الدرجات %1</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>الدرجة %1</translation>
    </message>
    <message>
        <source>%L1 of %L2 learners attempted it</source>
        <translation>حاوله %L1 من %L2 متعلّمين</translation>
    </message>
    <message>
        <source>Graded out of %1</source>
        <translation>تُقيَّم من %1</translation>
    </message>
</context>
<context>
    <name>AttentionListModel</name>
    <message>
        <source>no visit to the course for a day or more</source>
        <translation>لم يزر المقرر منذ يوم أو أكثر</translation>
    </message>
    <message numerus="yes">
        <source>no visit to the course for %Ln days or more</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>لم يزر المقرر منذ %Ln يوم أو أكثر</numerusform>
            <numerusform>لم يزر المقرر منذ %Ln يوم أو أكثر</numerusform>
            <numerusform>لم يزر المقرر منذ %Ln يومين أو أكثر</numerusform>
            <numerusform>لم يزر المقرر منذ %Ln أيام أو أكثر</numerusform>
            <numerusform>لم يزر المقرر منذ %Ln يومًا أو أكثر</numerusform>
            <numerusform>لم يزر المقرر منذ %Ln يوم أو أكثر</numerusform>
        </translation>
    </message>
    <message>
        <source>Listed: learners with an assignment past its due date neither handed in nor graded; %1 (a setting); a course total below %2; or completion %3 points or more below the class&apos;s median.</source>
        <translation>في القائمة: المتعلمون الذين لديهم واجب تجاوز موعد تسليمه ولم يُسلَّم ولم يُقيَّم؛ %1 (إعداد)؛ مجموع المقرر أقل من %2؛ أو إكمال أقل من وسيط الصف بـ %3 نقطة أو أكثر.</translation>
    </message>
    <message>
        <source>1 assignment overdue</source>
        <translation>واجب واحد متأخر</translation>
    </message>
    <message numerus="yes">
        <source>%Ln assignments overdue</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln واجب متأخر</numerusform>
            <numerusform>%Ln واجب متأخر</numerusform>
            <numerusform>%Ln واجبان متأخران</numerusform>
            <numerusform>%Ln واجبات متأخرة</numerusform>
            <numerusform>%Ln واجبًا متأخرًا</numerusform>
            <numerusform>%Ln واجب متأخر</numerusform>
        </translation>
    </message>
    <message>
        <source>never opened the course</source>
        <translation>لم يفتح المقرر قط</translation>
    </message>
    <message>
        <source>no visit for 1 day</source>
        <translation>لا زيارة منذ يوم واحد</translation>
    </message>
    <message numerus="yes">
        <source>no visit for %Ln days</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>لا زيارة منذ %Ln يوم</numerusform>
            <numerusform>لا زيارة منذ %Ln يوم</numerusform>
            <numerusform>لا زيارة منذ %Ln يومين</numerusform>
            <numerusform>لا زيارة منذ %Ln أيام</numerusform>
            <numerusform>لا زيارة منذ %Ln يومًا</numerusform>
            <numerusform>لا زيارة منذ %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>course total %1</source>
        <translation>مجموع المقرر %1</translation>
    </message>
    <message>
        <source>completed %1 of the activities (class median %2)</source>
        <translation>أكمل %1 من الأنشطة (وسيط الصف %2)</translation>
    </message>
    <message>
        <source>Not handed in: %1. The first was due on %2.</source>
        <translation>لم يُسلَّم: %1. كان موعد تسليم الأول في %2.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1 (الصف %2)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المتعلم</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Overdue work</source>
        <translation>أعمال متأخرة</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>آخر زيارة</translation>
    </message>
    <message>
        <source>Course total</source>
        <translation>مجموع المقرر</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>الإكمال</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <source>Badges</source>
        <translation>الشارات</translation>
    </message>
    <message>
        <source>Your badges are not synced yet.</source>
        <translation>لم تتم مزامنة شاراتك بعد.</translation>
    </message>
    <message>
        <source>The site does not share your badges with you.</source>
        <translation>لا يشارك الموقع شاراتك معك.</translation>
    </message>
    <message>
        <source>No badges yet.</source>
        <translation>لا توجد شارات بعد.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>مُنحت في %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>انتهت في %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>تنتهي في %1</translation>
    </message>
</context>
<context>
    <name>ClassSync</name>
    <message>
        <source>The class of %1 was not updated: %2</source>
        <translation>لم يُحدَّث فصل %1: %2</translation>
    </message>
    <message>
        <source>The class of %1 was not completely updated: %2</source>
        <translation>لم يُحدَّث فصل %1 بالكامل: %2</translation>
    </message>
</context>
<context>
    <name>ClassWorkText</name>
    <message>
        <source>not submitted</source>
        <translation>لم يُسلَّم</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>مُسلَّم</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>أُعيد فتحه</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (مجموعة)</translation>
    </message>
    <message>
        <source>late %1d %2h</source>
        <translation>متأخر %1 ي %2 س</translation>
    </message>
    <message>
        <source>late %1h %2m</source>
        <translation>متأخر %1 س %2 د</translation>
    </message>
    <message>
        <source>late %1m</source>
        <translation>متأخر %1 د</translation>
    </message>
    <message>
        <source>%1 (scale item)</source>
        <translation>%1 (عنصر المقياس)</translation>
    </message>
    <message>
        <source>to grade</source>
        <translation>بانتظار التقييم</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>غير مقيَّم</translation>
    </message>
    <message>
        <source>✓ proficient</source>
        <translation>✓ متمكّن</translation>
    </message>
    <message>
        <source>%1 of %2 learners proficient</source>
        <translation>%1 من %2 متعلّمين متمكّنون</translation>
    </message>
    <message>
        <source>%1 of %2 learners proficient (%3%)</source>
        <translation>%1 من %2 متعلّمين متمكّنون (%3٪)</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>Classes</source>
        <translation>الفصول</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Export the class as CSV</source>
        <translation>تصدير الفصل بصيغة CSV</translation>
    </message>
    <message>
        <source>Save the roster with every grade item and tracked activity as a spreadsheet (CSV)</source>
        <translation>حفظ قائمة المشاركين مع كل بند تقييم وكل نشاط متتبَّع كجدول بيانات (CSV)</translation>
    </message>
    <message>
        <source>Export for CommCare…</source>
        <translation>تصدير إلى CommCare…</translation>
    </message>
    <message>
        <source>Export the class for CommCare</source>
        <translation>تصدير الفصل إلى CommCare</translation>
    </message>
    <message>
        <source>Save a CommCare case import: one case per learner with the final grade and completion</source>
        <translation>حفظ ملف استيراد حالات CommCare: حالة لكل متعلم مع الدرجة النهائية والإكمال</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>الفصل (&amp;L):</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>الفصل</translation>
    </message>
    <message>
        <source>Class data</source>
        <translation>بيانات الفصل</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>المشاركون (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Grades</source>
        <translation>الدرجات (&amp;G)</translation>
    </message>
    <message>
        <source>Co&amp;mpletion</source>
        <translation>الإكمال (&amp;M)</translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation>البحث بالاسم أو البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>البحث في المشاركين</translation>
    </message>
    <message>
        <source>G&amp;roup:</source>
        <translation>المجموعة (&amp;R):</translation>
    </message>
    <message>
        <source>Show the participants of a group</source>
        <translation>عرض المشاركين في مجموعة</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Press Enter or double-click a participant to see their grades and completion.</source>
        <translation>اضغط Enter أو انقر نقرًا مزدوجًا على مشارك لعرض درجاته وإكماله.</translation>
    </message>
    <message>
        <source>Grades of the class</source>
        <translation>درجات الفصل</translation>
    </message>
    <message>
        <source>– not graded yet</source>
        <translation>– لم يُقيَّم بعد</translation>
    </message>
    <message>
        <source>not in the learner&apos;s grade report</source>
        <translation>غير موجود في تقرير درجات المتعلم</translation>
    </message>
    <message>
        <source>Hidden from students</source>
        <translation>مخفي عن الطلاب</translation>
    </message>
    <message>
        <source>Select a column to see its distribution</source>
        <translation>اختر عمودًا لعرض توزيعه</translation>
    </message>
    <message>
        <source>Only learners who have &amp;not completed the course</source>
        <translation>المتعلمون الذين لم يكملوا المقرر الدراسي فقط (&amp;N)</translation>
    </message>
    <message>
        <source>Only learners who have not completed the course</source>
        <translation>المتعلمون الذين لم يكملوا المقرر الدراسي فقط</translation>
    </message>
    <message>
        <source>Only learners who have not completed the selected activity</source>
        <translation>المتعلمون الذين لم يكملوا النشاط المحدد فقط</translation>
    </message>
    <message>
        <source>Completion of the class</source>
        <translation>إكمال الفصل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Pass: done with a passing grade</source>
        <translation>ناجح: مكتمل بدرجة النجاح</translation>
    </message>
    <message>
        <source>Fail: done without a passing grade</source>
        <translation>راسب: مكتمل دون درجة النجاح</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <source>? not synced yet</source>
        <translation>؟ لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Course %1</source>
        <translation>المقرر الدراسي %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You do not teach any course on this site.</source>
        <translation>أنت لا تدرّس أي مقرر دراسي في هذا الموقع.</translation>
    </message>
    <message>
        <source>No class data for this course on this computer yet. It arrives with the next sync.</source>
        <translation>لا توجد بيانات فصل لهذا المقرر الدراسي على هذا الحاسوب بعد. ستصل مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>كل المجموعات</translation>
    </message>
    <message>
        <source>Class data last synced %1</source>
        <translation>آخر مزامنة لبيانات الفصل: %1</translation>
    </message>
    <message>
        <source>Class data never synced</source>
        <translation>لم تتم مزامنة بيانات الفصل قط</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>مشارك واحد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln مشارك</numerusform>
            <numerusform>%Ln مشارك</numerusform>
            <numerusform>%Ln مشاركان</numerusform>
            <numerusform>%Ln مشاركين</numerusform>
            <numerusform>%Ln مشاركًا</numerusform>
            <numerusform>%Ln مشارك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln participants</source>
        <translation>
            <numerusform>%L1 من %Ln مشارك</numerusform>
            <numerusform>%L1 من %Ln مشارك</numerusform>
            <numerusform>%L1 من %Ln مشاركَين</numerusform>
            <numerusform>%L1 من %Ln مشاركين</numerusform>
            <numerusform>%L1 من %Ln مشاركًا</numerusform>
            <numerusform>%L1 من %Ln مشارك</numerusform>
        </translation>
    </message>
    <message>
        <source>1 learner</source>
        <translation>متعلم واحد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln learners</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln متعلم</numerusform>
            <numerusform>%Ln متعلم</numerusform>
            <numerusform>%Ln متعلمان</numerusform>
            <numerusform>%Ln متعلمين</numerusform>
            <numerusform>%Ln متعلمًا</numerusform>
            <numerusform>%Ln متعلم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln learners</source>
        <translation>
            <numerusform>%L1 من %Ln متعلم</numerusform>
            <numerusform>%L1 من %Ln متعلم</numerusform>
            <numerusform>%L1 من %Ln متعلمَين</numerusform>
            <numerusform>%L1 من %Ln متعلمين</numerusform>
            <numerusform>%L1 من %Ln متعلمًا</numerusform>
            <numerusform>%L1 من %Ln متعلم</numerusform>
        </translation>
    </message>
    <message>
        <source>Only learners who have not completed “%1”</source>
        <translation>المتعلمون الذين لم يكملوا «%1» فقط</translation>
    </message>
    <message>
        <source>Select a cell of an activity first</source>
        <translation>اختر خلية نشاط أولًا</translation>
    </message>
    <message>
        <source>No grades for this class yet.</source>
        <translation>لا توجد درجات لهذا الفصل بعد.</translation>
    </message>
    <message>
        <source>Select a grade item to see how the class did.</source>
        <translation>اختر بند تقييم لترى أداء الفصل.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>There is nothing to export for this class yet. Sync, then try again.</source>
        <translation>لا يوجد ما يُصدَّر لهذا الفصل بعد. قم بالمزامنة ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Satchel could not save “%1”. Choose another folder or file name.</source>
        <translation>تعذّر على Satchel حفظ «%1». اختر مجلدًا أو اسم ملف آخر.</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>تم حفظ «%1» في %2.</translation>
    </message>
    <message>
        <source>&amp;Submissions</source>
        <translation>التسليمات (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quiz attempts</source>
        <translation>محاولات الاختبارات (&amp;Q)</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>عرض (&amp;H):</translation>
    </message>
    <message>
        <source>Which learners to show</source>
        <translation>أي المتعلّمين يُعرضون</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>كل المتعلّمين</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>لم يُسلَّم</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Needs grading</source>
        <translation>بحاجة إلى تقييم</translation>
    </message>
    <message>
        <source>&amp;in:</source>
        <translation>في (&amp;I):</translation>
    </message>
    <message>
        <source>In which assignment</source>
        <translation>في أي واجب</translation>
    </message>
    <message>
        <source>Submissions of the class</source>
        <translation>تسليمات الفصل</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مُسلَّم</translation>
    </message>
    <message>
        <source>Submitted late</source>
        <translation>مُسلَّم متأخرًا</translation>
    </message>
    <message>
        <source>Draft or reopened</source>
        <translation>مسودة أو أُعيد فتحه</translation>
    </message>
    <message>
        <source>Point at a column title for its counts</source>
        <translation>أشر إلى عنوان عمود لرؤية أعداده</translation>
    </message>
    <message>
        <source>Quiz attempts of the class</source>
        <translation>محاولات الاختبارات في الفصل</translation>
    </message>
    <message>
        <source>Each cell: the attempts, the best grade and how long that attempt took. Point at a cell to see every attempt.</source>
        <translation>كل خلية: المحاولات وأفضل درجة ومدة تلك المحاولة. أشر إلى خلية لرؤية كل المحاولات.</translation>
    </message>
    <message>
        <source>any assignment</source>
        <translation>أي واجب</translation>
    </message>
    <message>
        <source>The submissions of this class are not on this computer yet. They arrive with the next sync.</source>
        <translation>تسليمات هذا الفصل ليست على هذا الحاسوب بعد. ستصل مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>The site does not share this class&apos;s submissions with you (%1), so Satchel cannot show who handed in what. The grades you can see are in the Grades tab.</source>
        <translation>لا يشارك الموقع معك تسليمات هذا الفصل (%1)، لذا لا يستطيع Satchel أن يعرض من سلّم ماذا. الدرجات التي يمكنك رؤيتها في تبويب الدرجات.</translation>
    </message>
    <message>
        <source>This course has no assignments.</source>
        <translation>لا واجبات في هذا المقرر.</translation>
    </message>
    <message>
        <source>The site does not share the assignments&apos; grades with you (%1): no grades are shown here.</source>
        <translation>لا يشارك الموقع معك درجات الواجبات (%1): لا تظهر هنا أي درجات.</translation>
    </message>
    <message>
        <source>The quiz attempts of this class are not on this computer yet. They arrive with the next sync.</source>
        <translation>محاولات الاختبارات في هذا الفصل ليست على هذا الحاسوب بعد. ستصل مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>The site does not share this class&apos;s quiz attempts with you (%1).</source>
        <translation>لا يشارك الموقع معك محاولات الاختبارات في هذا الفصل (%1).</translation>
    </message>
    <message>
        <source>This course has no quizzes.</source>
        <translation>لا اختبارات في هذا المقرر.</translation>
    </message>
    <message>
        <source>Compe&amp;tencies</source>
        <translation>الكفاءات (&amp;T)</translation>
    </message>
    <message>
        <source>Competencies of the class</source>
        <translation>كفاءات الفصل</translation>
    </message>
    <message>
        <source>Each cell: the learner&apos;s rating in this course, ✓ when it is proficient. Point at a cell or a column title for the competency&apos;s description.</source>
        <translation>كل خلية: تقييم المتعلّم في هذا المقرر، و✓ حين يكون متمكّنًا. أشر إلى خلية أو إلى عنوان عمود لرؤية وصف الكفاءة.</translation>
    </message>
    <message>
        <source>The competencies of this class are not on this computer yet. They arrive with the next sync.</source>
        <translation>كفاءات هذا الفصل ليست على هذا الحاسوب بعد. ستصل مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>The site does not share this class&apos;s competencies with you (%1).</source>
        <translation>لا يشارك الموقع معك كفاءات هذا الفصل (%1).</translation>
    </message>
    <message>
        <source>No competencies are linked to this course.</source>
        <translation>لا كفاءات مرتبطة بهذا المقرر.</translation>
    </message>
    <message>
        <source>&amp;Attention</source>
        <translation>انتباه (&amp;A)</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>تصدير القائمة…</translation>
    </message>
    <message>
        <source>Export the Attention list as CSV</source>
        <translation>تصدير قائمة الانتباه بصيغة CSV</translation>
    </message>
    <message>
        <source>Save the learners on this list with their reasons as a spreadsheet (CSV)</source>
        <translation>حفظ متعلمي هذه القائمة مع أسبابهم كجدول بيانات (CSV)</translation>
    </message>
    <message>
        <source>Learners who need attention</source>
        <translation>متعلمون يحتاجون إلى انتباه</translation>
    </message>
    <message>
        <source>Click a column title to sort by it. Press Enter or double-click a learner for their details.</source>
        <translation>انقر عنوان عمود للترتيب حسبه. اضغط Enter أو انقر مرتين على متعلم لعرض تفاصيله.</translation>
    </message>
    <message>
        <source>Nobody in this class needs attention by these rules.</source>
        <translation>لا أحد في هذا الصف يحتاج إلى انتباه وفق هذه القواعد.</translation>
    </message>
    <message>
        <source>&amp;Attention (%L1)</source>
        <translation>انتباه (%L1) (&amp;A)</translation>
    </message>
    <message>
        <source>Export class work…</source>
        <translation>تصدير أعمال الصف…</translation>
    </message>
    <message>
        <source>Export the class&apos;s work as CSV</source>
        <translation>تصدير أعمال الصف بصيغة CSV</translation>
    </message>
    <message>
        <source>Save every learner&apos;s submissions, quiz attempts or competency ratings as a spreadsheet (CSV), one row each</source>
        <translation>حفظ تسليمات كل متعلم أو محاولاته في الاختبارات أو تقييمات كفاءاته كجدول بيانات (CSV)، صف لكل منها</translation>
    </message>
    <message>
        <source>Submissions…</source>
        <translation>التسليمات…</translation>
    </message>
    <message>
        <source>Quiz attempts…</source>
        <translation>محاولات الاختبارات…</translation>
    </message>
    <message>
        <source>Competencies…</source>
        <translation>الكفاءات…</translation>
    </message>
    <message>
        <source>Export the class&apos;s submissions as CSV</source>
        <translation>تصدير تسليمات الصف بصيغة CSV</translation>
    </message>
    <message>
        <source>Export the class&apos;s quiz attempts as CSV</source>
        <translation>تصدير محاولات الصف في الاختبارات بصيغة CSV</translation>
    </message>
    <message>
        <source>Export the class&apos;s competencies as CSV</source>
        <translation>تصدير كفاءات الصف بصيغة CSV</translation>
    </message>
</context>
<context>
    <name>CompetencyBox</name>
    <message>
        <source>Your competencies in this course</source>
        <translation>كفاءاتك في هذا المقرر</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>الكفاءات</translation>
    </message>
    <message>
        <source>The site does not share your competencies in this course (%1).</source>
        <translation>لا يشارك الموقع كفاءاتك في هذا المقرر (%1).</translation>
    </message>
    <message>
        <source>Proficient in %1 of 1 competency.</source>
        <translation>متمكن من %1 من كفاءة واحدة.</translation>
    </message>
    <message numerus="yes">
        <source>Proficient in %1 of %Ln competencies.</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>متمكن من %1 من %Ln كفاءة.</numerusform>
            <numerusform>متمكن من %1 من %Ln كفاءة.</numerusform>
            <numerusform>متمكن من %1 من %Ln كفاءتين.</numerusform>
            <numerusform>متمكن من %1 من %Ln كفاءات.</numerusform>
            <numerusform>متمكن من %1 من %Ln كفاءة.</numerusform>
            <numerusform>متمكن من %1 من %Ln كفاءة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proficient</source>
        <translation>متمكن</translation>
    </message>
    <message>
        <source>Not yet proficient</source>
        <translation>غير متمكن بعد</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>غير مقيَّم</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>لم يُقيَّم بعد</translation>
    </message>
    <message>
        <source>%1 · proficient</source>
        <translation>%1 · متمكن</translation>
    </message>
    <message>
        <source>%1 · not yet proficient</source>
        <translation>%1 · غير متمكن بعد</translation>
    </message>
    <message>
        <source>Your learning plans</source>
        <translation>خطط التعلم الخاصة بك</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>الاستحقاق %1</translation>
    </message>
</context>
<context>
    <name>CompetencyChart</name>
    <message>
        <source>Share of the class proficient per competency</source>
        <translation>نسبة المتمكّنين من الفصل في كل كفاءة</translation>
    </message>
    <message>
        <source>Proficient</source>
        <translation>متمكّنون</translation>
    </message>
    <message numerus="yes">
        <source>Share of the class proficient (%Ln learners)</source>
        <translation>
            <numerusform>نسبة المتمكّنين من الفصل (%Ln متعلّم)</numerusform>
            <numerusform>نسبة المتمكّنين من الفصل (%Ln متعلّم)</numerusform>
            <numerusform>نسبة المتمكّنين من الفصل (%Ln متعلّمان)</numerusform>
            <numerusform>نسبة المتمكّنين من الفصل (%Ln متعلّمين)</numerusform>
            <numerusform>نسبة المتمكّنين من الفصل (%Ln متعلّمًا)</numerusform>
            <numerusform>نسبة المتمكّنين من الفصل (%Ln متعلّم)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a competency: how many learners are proficient</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CompetencyMatrixModel</name>
    <message>
        <source>Learner</source>
        <translation>المتعلّم</translation>
    </message>
    <message>
        <source>Unnamed competency</source>
        <translation>كفاءة بلا اسم</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <comment>a rating that is proficient</comment>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>CompletionMatrixModel</name>
    <message>
        <source>Learner</source>
        <translation>المتعلم</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>المقرر الدراسي مكتمل</translation>
    </message>
    <message>
        <source>Unnamed activity</source>
        <translation>نشاط بلا اسم</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>راسب</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>%1 has completed the course</source>
        <translation>أكمل %1 المقرر الدراسي</translation>
    </message>
    <message>
        <source>%1 has not completed the course yet</source>
        <translation>لم يكمل %1 المقرر الدراسي بعد</translation>
    </message>
    <message>
        <source>Unknown: the course has no completion criteria, or Satchel has not synced them for %1</source>
        <translation>غير معروف: ليس للمقرر الدراسي معايير إكمال، أو لم يقم Satchel بمزامنتها لـ %1 بعد</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>راسب</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <source>Learners mark it done themselves</source>
        <translation>يشير المتعلمون إلى إكماله بأنفسهم</translation>
    </message>
    <message>
        <source>Completed when the learner meets its conditions</source>
        <translation>يكتمل عندما يستوفي المتعلم شروطه</translation>
    </message>
    <message>
        <source>Done: %L1 of %L2</source>
        <translation>مكتمل: %L1 من %L2</translation>
    </message>
</context>
<context>
    <name>CourseDownloader</name>
    <message>
        <source>Its name is too long to be kept in the files folder.</source>
        <translation>اسمه أطول من أن يُحفظ في مجلد الملفات.</translation>
    </message>
    <message>
        <source>less than %1 MB would remain free on the disk</source>
        <translation>سيبقى على القرص أقل من %1 ميغابايت فارغة</translation>
    </message>
    <message>
        <source>Its place in the files folder is not safe to write.</source>
        <translation>مكانه في مجلد الملفات غير آمن للكتابة.</translation>
    </message>
</context>
<context>
    <name>CourseGradesModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>No percentage</source>
        <translation>لا توجد نسبة مئوية</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرر الدراسي</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>النسبة المئوية</translation>
    </message>
</context>
<context>
    <name>CourseListDelegate</name>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>الدرجة</translation>
    </message>
</context>
<context>
    <name>CourseListModel</name>
    <message>
        <source>%L1%</source>
        <translation>%L1٪</translation>
    </message>
    <message>
        <source>Hidden from students</source>
        <translation>مخفي عن الطلاب</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>مخفي</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>مفضّل</translation>
    </message>
    <message>
        <source>%L1% complete</source>
        <translation>مكتمل بنسبة %L1٪</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>الدرجة %1</translation>
    </message>
</context>
<context>
    <name>CourseOutlineDelegate</name>
    <message>
        <source>Mark as done</source>
        <translation>وضع علامة مكتمل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>راسب</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>بانتظار الإرسال</translation>
    </message>
</context>
<context>
    <name>CourseOutlineModel</name>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>القسم %1</translation>
    </message>
    <message>
        <source>Hidden from students</source>
        <translation>مخفي عن الطلاب</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>نشاط واحد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln نشاط</numerusform>
            <numerusform>%Ln نشاط</numerusform>
            <numerusform>%Ln نشاطان</numerusform>
            <numerusform>%Ln أنشطة</numerusform>
            <numerusform>%Ln نشاطًا</numerusform>
            <numerusform>%Ln نشاط</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date label, date</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>راسب</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Could not be sent</source>
        <translation>تعذّر الإرسال</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>غير مُنزَّل</translation>
    </message>
    <message>
        <source>Downloading %L1 %</source>
        <translation>جارٍ التنزيل: %L1 %</translation>
    </message>
    <message>
        <source>Partly downloaded</source>
        <translation>مُنزَّل جزئيًا</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>مُنزَّل</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>غير محدَّث</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>تعذّر التنزيل</translation>
    </message>
    <message>
        <source>Could not download: %1</source>
        <translation>تعذّر التنزيل: %1</translation>
    </message>
    <message>
        <source>1 attempt</source>
        <translation>محاولة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempts</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln محاولة</numerusform>
            <numerusform>%Ln محاولة</numerusform>
            <numerusform>%Ln محاولتان</numerusform>
            <numerusform>%Ln محاولات</numerusform>
            <numerusform>%Ln محاولة</numerusform>
            <numerusform>%Ln محاولة</numerusform>
        </translation>
    </message>
    <message>
        <source>best %1 out of %2</source>
        <translation>الأفضل %1 من %2</translation>
    </message>
    <message>
        <source>one in progress</source>
        <translation>واحدة قيد التقدم</translation>
    </message>
</context>
<context>
    <name>CoursePage</name>
    <message>
        <source>Course</source>
        <translation>المقرر الدراسي</translation>
    </message>
    <message>
        <source>Sections and activities</source>
        <translation>الأقسام والأنشطة</translation>
    </message>
    <message>
        <source>Your change could not be saved on this computer. Try again.</source>
        <translation>تعذّر حفظ تغييرك على هذا الحاسوب. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The contents of this course are not on this computer yet. They appear here after the next sync.</source>
        <translation>محتويات هذا المقرر الدراسي ليست على هذا الحاسوب بعد. ستظهر هنا بعد المزامنة التالية.</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>التقدم في المقرر الدراسي</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>المقرر الدراسي مكتمل</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Course completion</source>
        <translation>إكمال المقرر الدراسي</translation>
    </message>
    <message>
        <source>This course could not be read from this computer.</source>
        <translation>تعذّرت قراءة هذا المقرر الدراسي من هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This course is not on this computer any more</source>
        <translation>لم يعد هذا المقرر الدراسي على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Grade: %1</source>
        <translation>الدرجة: %1</translation>
    </message>
    <message>
        <source>%L1% complete</source>
        <translation>مكتمل بنسبة %L1٪</translation>
    </message>
    <message>
        <source>Course completion is not on this computer yet.</source>
        <translation>بيانات إكمال المقرر الدراسي ليست على هذا الحاسوب بعد.</translation>
    </message>
    <message>
        <source>This course has no completion criteria.</source>
        <translation>ليس لهذا المقرر الدراسي معايير إكمال.</translation>
    </message>
    <message>
        <source>You have completed this course.</source>
        <translation>لقد أكملت هذا المقرر الدراسي.</translation>
    </message>
    <message>
        <source>Not completed yet.</source>
        <translation>لم يكتمل بعد.</translation>
    </message>
    <message>
        <source>Any one of these completes the course:</source>
        <translation>أيٌّ من هذه يكمل المقرر الدراسي:</translation>
    </message>
    <message>
        <source>All of these are required:</source>
        <translation>كل ما يلي مطلوب:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>اكتمل في %1</translation>
    </message>
    <message>
        <source>Make available offline</source>
        <translation>إتاحة دون اتصال</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>متاح دون اتصال</translation>
    </message>
    <message>
        <source>Every sync keeps this course&apos;s files up to date. Remove them in File › Storage.</source>
        <translation>تُبقي كل مزامنة ملفات هذا المقرر محدَّثة. أزِلها من ملف › التخزين.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>تقدّم التنزيل</translation>
    </message>
    <message>
        <source>Downloading %L1 %</source>
        <translation>جارٍ التنزيل: %L1 %</translation>
    </message>
    <message>
        <source>Download all files of this course and keep them up to date with every sync</source>
        <translation>تنزيل كل ملفات هذا المقرر وإبقاؤها محدَّثة مع كل مزامنة</translation>
    </message>
    <message>
        <source>The files of this course take %1 MB. Download them now and keep them up to date?</source>
        <translation>تشغل ملفات هذا المقرر %1 ميغابايت. هل تريد تنزيلها الآن وإبقاءها محدَّثة؟</translation>
    </message>
    <message>
        <source>This course could not be made available offline. Try again.</source>
        <translation>تعذّرت إتاحة هذا المقرر دون اتصال. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>1 file of this course could not be downloaded.</source>
        <translation>تعذّر تنزيل ملف واحد من ملفات هذا المقرر.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files of this course could not be downloaded.</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>تعذّر تنزيل %Ln ملف من ملفات هذا المقرر.</numerusform>
            <numerusform>تعذّر تنزيل %Ln ملف من ملفات هذا المقرر.</numerusform>
            <numerusform>تعذّر تنزيل %Ln ملفين من ملفات هذا المقرر.</numerusform>
            <numerusform>تعذّر تنزيل %Ln ملفات من ملفات هذا المقرر.</numerusform>
            <numerusform>تعذّر تنزيل %Ln ملفًا من ملفات هذا المقرر.</numerusform>
            <numerusform>تعذّر تنزيل %Ln ملف من ملفات هذا المقرر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>فتح في المتصفح</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <source>Download this section</source>
        <translation>تنزيل هذا القسم</translation>
    </message>
    <message>
        <source>Nothing to download: the files of this section are on this computer, or it has none.</source>
        <translation>لا شيء للتنزيل: ملفات هذا القسم موجودة على هذا الحاسوب، أو ليس فيه ملفات.</translation>
    </message>
    <message>
        <source>Download the missing and outdated files (%1 MB) once, without keeping them up to date</source>
        <translation>تنزيل الملفات الناقصة والقديمة (%1 ميغابايت) مرة واحدة، دون إبقائها محدَّثة</translation>
    </message>
    <message>
        <source>The files of this section take %1 MB. Download them now?</source>
        <translation>تشغل ملفات هذا القسم %1 ميغابايت. هل تريد تنزيلها الآن؟</translation>
    </message>
    <message>
        <source>The files of this activity take %1 MB. Download them now?</source>
        <translation>تشغل ملفات هذا النشاط %1 ميغابايت. هل تريد تنزيلها الآن؟</translation>
    </message>
    <message>
        <source>These files come right after the downloads going on.</source>
        <translation>ستُنزَّل هذه الملفات مباشرة بعد التنزيلات الجارية.</translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation>المقررات الدراسية</translation>
    </message>
    <message>
        <source>Search by name or short name</source>
        <translation>البحث بالاسم أو الاسم المختصر</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>البحث في المقررات الدراسية</translation>
    </message>
    <message>
        <source>Your courses</source>
        <translation>مقرراتك الدراسية</translation>
    </message>
    <message>
        <source>← All courses</source>
        <translation>→ كل المقررات الدراسية</translation>
    </message>
    <message>
        <source>Back to all courses</source>
        <translation>العودة إلى كل المقررات الدراسية</translation>
    </message>
    <message>
        <source>Back to all courses (Esc)</source>
        <translation>العودة إلى كل المقررات الدراسية (Esc)</translation>
    </message>
    <message>
        <source>Your courses could not be read from this computer.</source>
        <translation>تعذّرت قراءة مقرراتك الدراسية من هذا الحاسوب.</translation>
    </message>
    <message>
        <source>No courses on this computer yet. They appear here after the first sync.</source>
        <translation>لا توجد مقررات دراسية على هذا الحاسوب بعد. ستظهر هنا بعد المزامنة الأولى.</translation>
    </message>
    <message>
        <source>No course matches “%1”.</source>
        <translation>لا يوجد مقرر دراسي يطابق «%1».</translation>
    </message>
    <message>
        <source>The files of all your courses take %1 MB. Download them now and keep them up to date?</source>
        <translation>تشغل ملفات جميع مقرراتك %1 ميغابايت. هل تريد تنزيلها الآن وإبقاءها محدّثة؟</translation>
    </message>
    <message>
        <source>Download all my courses</source>
        <translation>تنزيل جميع مقرراتي</translation>
    </message>
    <message>
        <source>Files are being downloaded now. Try again when they are done.</source>
        <translation>يجري تنزيل الملفات الآن. حاول مرة أخرى عند انتهائها.</translation>
    </message>
    <message>
        <source>Keep the files of every course on this computer, up to date at every sync</source>
        <translation>الاحتفاظ بملفات كل المقررات على هذا الحاسوب، محدّثة عند كل مزامنة</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Satchel&apos;s offline data on this computer is damaged and cannot be read.</source>
        <translation>بيانات Satchel دون اتصال على هذا الحاسوب تالفة ولا يمكن قراءتها.</translation>
    </message>
    <message>
        <source>The file where Satchel keeps your offline data belongs to another program, so Satchel leaves it as it is.</source>
        <translation>الملف الذي يحفظ فيه Satchel بياناتك دون اتصال يخص برنامجًا آخر، لذا يتركه Satchel كما هو.</translation>
    </message>
    <message>
        <source>Your offline data on this computer was saved by a newer version of Satchel. Update Satchel to use it.</source>
        <translation>حُفظت بياناتك دون اتصال على هذا الحاسوب بإصدار أحدث من Satchel. حدّث Satchel لاستخدامها.</translation>
    </message>
    <message>
        <source>Satchel cannot read or write its offline data on this computer. Check that you may write to its folder and that the disk is not full.</source>
        <translation>لا يستطيع Satchel قراءة بياناته دون اتصال أو كتابتها على هذا الحاسوب. تحقق من أن لديك صلاحية الكتابة في مجلدها وأن القرص غير ممتلئ.</translation>
    </message>
</context>
<context>
    <name>DeadlineListModel</name>
    <message>
        <source>Overdue: was due %1</source>
        <translation>متأخر: كان موعد التسليم %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>موعد التسليم: %1</translation>
    </message>
    <message>
        <source>Overdue, %1</source>
        <translation>متأخر، %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>موعد التسليم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>واجب</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <source>You teach this</source>
        <translation>أنت تدرّس هذا</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>مُقيَّم</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مُسلَّم</translation>
    </message>
    <message>
        <source>Draft (not submitted)</source>
        <translation>مسودة (غير مُسلَّمة)</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>غير مُسلَّم</translation>
    </message>
    <message>
        <source>Not graded yet</source>
        <translation>لم يُقيَّم بعد</translation>
    </message>
    <message>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>قبل لحظات</translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation>بعد دقيقة واحدة</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>منذ دقيقة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln minutes</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>بعد %Ln دقيقة</numerusform>
            <numerusform>بعد %Ln دقيقة</numerusform>
            <numerusform>بعد %Ln دقيقتين</numerusform>
            <numerusform>بعد %Ln دقائق</numerusform>
            <numerusform>بعد %Ln دقيقة</numerusform>
            <numerusform>بعد %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ %Ln دقيقتين</numerusform>
            <numerusform>منذ %Ln دقائق</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation>بعد ساعة واحدة</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>منذ ساعة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln hours</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>بعد %Ln ساعة</numerusform>
            <numerusform>بعد %Ln ساعة</numerusform>
            <numerusform>بعد %Ln ساعتين</numerusform>
            <numerusform>بعد %Ln ساعات</numerusform>
            <numerusform>بعد %Ln ساعة</numerusform>
            <numerusform>بعد %Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ %Ln ساعتين</numerusform>
            <numerusform>منذ %Ln ساعات</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>بعد يوم واحد</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>منذ يوم واحد</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>بعد %Ln يوم</numerusform>
            <numerusform>بعد %Ln يوم</numerusform>
            <numerusform>بعد %Ln يومين</numerusform>
            <numerusform>بعد %Ln أيام</numerusform>
            <numerusform>بعد %Ln يومًا</numerusform>
            <numerusform>بعد %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>منذ %Ln يوم</numerusform>
            <numerusform>منذ %Ln يوم</numerusform>
            <numerusform>منذ %Ln يومين</numerusform>
            <numerusform>منذ %Ln أيام</numerusform>
            <numerusform>منذ %Ln يومًا</numerusform>
            <numerusform>منذ %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln weeks</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>بعد %Ln أسبوع</numerusform>
            <numerusform>بعد %Ln أسبوع</numerusform>
            <numerusform>بعد %Ln أسبوعين</numerusform>
            <numerusform>بعد %Ln أسابيع</numerusform>
            <numerusform>بعد %Ln أسبوعًا</numerusform>
            <numerusform>بعد %Ln أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln weeks ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>منذ %Ln أسبوع</numerusform>
            <numerusform>منذ %Ln أسبوع</numerusform>
            <numerusform>منذ %Ln أسبوعين</numerusform>
            <numerusform>منذ %Ln أسابيع</numerusform>
            <numerusform>منذ %Ln أسبوعًا</numerusform>
            <numerusform>منذ %Ln أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln months</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>بعد %Ln شهر</numerusform>
            <numerusform>بعد %Ln شهر</numerusform>
            <numerusform>بعد %Ln شهرين</numerusform>
            <numerusform>بعد %Ln أشهر</numerusform>
            <numerusform>بعد %Ln شهرًا</numerusform>
            <numerusform>بعد %Ln شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln months ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>منذ %Ln شهر</numerusform>
            <numerusform>منذ %Ln شهر</numerusform>
            <numerusform>منذ %Ln شهرين</numerusform>
            <numerusform>منذ %Ln أشهر</numerusform>
            <numerusform>منذ %Ln شهرًا</numerusform>
            <numerusform>منذ %Ln شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 year</source>
        <translation>بعد سنة واحدة</translation>
    </message>
    <message>
        <source>1 year ago</source>
        <translation>منذ سنة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln years</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>بعد %Ln سنة</numerusform>
            <numerusform>بعد %Ln سنة</numerusform>
            <numerusform>بعد %Ln سنتين</numerusform>
            <numerusform>بعد %Ln سنوات</numerusform>
            <numerusform>بعد %Ln سنة</numerusform>
            <numerusform>بعد %Ln سنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln years ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>منذ %Ln سنة</numerusform>
            <numerusform>منذ %Ln سنة</numerusform>
            <numerusform>منذ %Ln سنتين</numerusform>
            <numerusform>منذ %Ln سنوات</numerusform>
            <numerusform>منذ %Ln سنة</numerusform>
            <numerusform>منذ %Ln سنة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForumSync</name>
    <message>
        <source>The forum %1 was not updated: %2</source>
        <translation>لم يُحدَّث المنتدى %1: %2</translation>
    </message>
</context>
<context>
    <name>ForumView</name>
    <message>
        <source>Open in browser</source>
        <translation>فتح في المتصفح</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>النقاش</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>بدأه</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>الردود</translation>
    </message>
    <message>
        <source>This forum could not be read from this computer.</source>
        <translation>تعذّرت قراءة هذا المنتدى على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This forum is not on this computer.</source>
        <translation>هذا المنتدى غير موجود على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This forum is not on this computer yet: it comes with its course once the course is made available offline.</source>
        <translation>هذا المنتدى ليس على هذا الحاسوب بعد: سيصل مع مقرره بمجرد إتاحة المقرر دون اتصال.</translation>
    </message>
    <message>
        <source>Read-only copy from %1</source>
        <translation>نسخة للقراءة فقط من %1</translation>
    </message>
    <message>
        <source>No discussions.</source>
        <translation>لا توجد نقاشات.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>The posts of this discussion are not on this computer yet: they come with the next sync.</source>
        <translation>مشاركات هذا النقاش ليست على هذا الحاسوب بعد: ستصل مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>author · time of a forum post</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>المرفقات:</translation>
    </message>
    <message>
        <source>%1 (%2), not downloaded</source>
        <comment>attachment name (size)</comment>
        <translation>%1 (%2)، غير مُنزَّل</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>size of an attachment</comment>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>This attachment is not on this computer any more.</source>
        <translation>لم يعد هذا المرفق موجودًا على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>No application on this computer could open “%1”.</source>
        <translation>لم يتمكن أي تطبيق على هذا الحاسوب من فتح «%1».</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
</context>
<context>
    <name>GradeChart</name>
    <message>
        <source>Grades chart</source>
        <translation>مخطط الدرجات</translation>
    </message>
    <message>
        <source>No graded items yet.</source>
        <translation>لا توجد بنود مُقيَّمة بعد.</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>النسبة المئوية</translation>
    </message>
    <message>
        <source>@value %</source>
        <translation>@value٪</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2٪</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
</context>
<context>
    <name>GradeHistogram</name>
    <message>
        <source>Grade distribution</source>
        <translation>توزيع الدرجات</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>المتعلمون</translation>
    </message>
    <message>
        <source>Select a grade item to see how the class did.</source>
        <translation>اختر بند تقييم لترى أداء الفصل.</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2٪</translation>
    </message>
    <message>
        <source>%1 — %2 graded of %3</source>
        <translation>%1 — قُيِّم %2 من %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a range of percentages: how many learners</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>GradeItemsModel</name>
    <message>
        <source>Unnamed item</source>
        <translation>بند بلا اسم</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (مخفي)</translation>
    </message>
    <message>
        <source>Moodle does not send the names of grade categories. Its grade is the category total.</source>
        <translation>لا يرسل Moodle أسماء فئات الدرجات. درجتها هي إجمالي الفئة.</translation>
    </message>
    <message>
        <source>Hidden from students on the site.</source>
        <translation>مخفي عن الطلاب في الموقع.</translation>
    </message>
    <message>
        <source>Graded on %1</source>
        <translation>قُيِّم في %1</translation>
    </message>
    <message>
        <source>No feedback</source>
        <translation>لا توجد تغذية راجعة</translation>
    </message>
    <message>
        <source>Grade item</source>
        <translation>بند التقييم</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>النسبة المئوية</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>التغذية الراجعة</translation>
    </message>
</context>
<context>
    <name>GradeMatrixModel</name>
    <message>
        <source>%1 – %2: %3 (%4 %)</source>
        <translation>%1 – %2: %3 (%4٪)</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <source>%1 – %2: not graded yet</source>
        <translation>%1 – %2: لم يُقيَّم بعد</translation>
    </message>
    <message>
        <source>Missing: %1 is not in %2&apos;s grade report</source>
        <translation>مفقود: %1 غير موجود في تقرير درجات %2</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>غير مُقيَّم</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المتعلم</translation>
    </message>
    <message>
        <source>Unnamed item</source>
        <translation>بند بلا اسم</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (مخفي)</translation>
    </message>
    <message>
        <source>Hidden from students on the site.</source>
        <translation>مخفي عن الطلاب في الموقع.</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>النطاق: %1</translation>
    </message>
    <message>
        <source>Graded: %L1 of %L2</source>
        <translation>المُقيَّمون: %L1 من %L2</translation>
    </message>
    <message>
        <source>Click to sort by grade; not graded last.</source>
        <translation>انقر للترتيب حسب الدرجة؛ غير المُقيَّمين في الآخر.</translation>
    </message>
</context>
<context>
    <name>GradeNames</name>
    <message>
        <source>Course total</source>
        <translation>إجمالي المقرر الدراسي</translation>
    </message>
    <message>
        <source>Category total</source>
        <translation>إجمالي الفئة</translation>
    </message>
    <message>
        <source>Category total (%1)</source>
        <translation>إجمالي الفئة (%1)</translation>
    </message>
</context>
<context>
    <name>GradesPage</name>
    <message>
        <source>Grades</source>
        <translation>الدرجات</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>المقررات الدراسية</translation>
    </message>
    <message>
        <source>Final grades of your courses</source>
        <translation>الدرجات النهائية لمقرراتك الدراسية</translation>
    </message>
    <message>
        <source>Grade items</source>
        <translation>بنود التقييم</translation>
    </message>
    <message>
        <source>No grade items for this course yet.</source>
        <translation>لا توجد بنود تقييم لهذا المقرر الدراسي بعد.</translation>
    </message>
    <message>
        <source>Percentages of graded items</source>
        <translation>النسب المئوية للبنود المُقيَّمة</translation>
    </message>
    <message>
        <source>Nothing graded in this course yet.</source>
        <translation>لم يُقيَّم شيء في هذا المقرر الدراسي بعد.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>التغذية الراجعة</translation>
    </message>
    <message>
        <source>No grades yet. Your course grades appear here once Satchel has synced them from your Moodle site.</source>
        <translation>لا توجد درجات بعد. تظهر درجات مقرراتك الدراسية هنا بعد أن يزامنها Satchel من موقع Moodle الخاص بك.</translation>
    </message>
    <message>
        <source>Course total: %1</source>
        <translation>إجمالي المقرر الدراسي: %1</translation>
    </message>
    <message>
        <source>range %1</source>
        <translation>النطاق %1</translation>
    </message>
    <message>
        <source>Unnamed item</source>
        <translation>بند بلا اسم</translation>
    </message>
    <message>
        <source>Select a grade item to read your teacher&apos;s feedback.</source>
        <translation>اختر بند تقييم لقراءة التغذية الراجعة من معلمك.</translation>
    </message>
    <message>
        <source>Graded %1</source>
        <translation>قُيِّم %1</translation>
    </message>
    <message>
        <source>No feedback for this item.</source>
        <translation>لا توجد تغذية راجعة لهذا البند.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Your courses, deadlines and grades from %1 will appear here after the first sync. Satchel keeps a copy on this computer, so you can read them offline.</source>
        <translation>ستظهر هنا مقرراتك الدراسية ومواعيد التسليم ودرجاتك من %1 بعد المزامنة الأولى. يحتفظ Satchel بنسخة على هذا الحاسوب لتتمكن من قراءتها دون اتصال.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>حسابك</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>الموقع:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>تسجيل الدخول:</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>مواعيد تسليم قريبة</translation>
    </message>
    <message>
        <source>Nothing due in the next weeks. New assignments and quizzes show up here after the next sync.</source>
        <translation>لا توجد مواعيد تسليم في الأسابيع القادمة. تظهر الواجبات والاختبارات الجديدة هنا بعد المزامنة التالية.</translation>
    </message>
    <message>
        <source>Courses in progress</source>
        <translation>مقررات دراسية قيد التقدم</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>الإكمال</translation>
    </message>
    <message>
        <source>No courses in progress. Completed courses and courses without completion tracking are not listed here.</source>
        <translation>لا توجد مقررات دراسية قيد التقدم. لا تُدرج هنا المقررات الدراسية المكتملة ولا المقررات التي لا تتتبع الإكمال.</translation>
    </message>
    <message>
        <source>Recent grades</source>
        <translation>أحدث الدرجات</translation>
    </message>
    <message>
        <source>Grade item</source>
        <translation>بند التقييم</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>مُقيَّم</translation>
    </message>
    <message>
        <source>No grades yet. Grades appear here as soon as your teachers grade your work.</source>
        <translation>لا توجد درجات بعد. تظهر الدرجات هنا بمجرد أن يقيّم معلموك عملك.</translation>
    </message>
    <message>
        <source>No courses in progress of your own. The classes you teach are on the Classes page.</source>
        <translation>ليست لديك مقررات دراسية قيد التقدم. الفصول التي تدرّسها موجودة في صفحة الفصول.</translation>
    </message>
    <message>
        <source>No grades of your own. Your classes&apos; grades are on the Classes page.</source>
        <translation>ليست لديك درجات خاصة بك. درجات فصولك موجودة في صفحة الفصول.</translation>
    </message>
    <message>
        <source>Hello!</source>
        <translation>مرحبًا!</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>مرحبًا، %1!</translation>
    </message>
    <message>
        <source>1 overdue</source>
        <translation>متأخر: ١</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>متأخر: %Ln</numerusform>
            <numerusform>متأخر: %Ln</numerusform>
            <numerusform>متأخر: %Ln</numerusform>
            <numerusform>متأخر: %Ln</numerusform>
            <numerusform>متأخر: %Ln</numerusform>
            <numerusform>متأخر: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>1 upcoming</source>
        <translation>قادم: ١</translation>
    </message>
    <message numerus="yes">
        <source>%Ln upcoming</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>قادم: %Ln</numerusform>
            <numerusform>قادم: %Ln</numerusform>
            <numerusform>قادم: %Ln</numerusform>
            <numerusform>قادم: %Ln</numerusform>
            <numerusform>قادم: %Ln</numerusform>
            <numerusform>قادم: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>%1 complete</source>
        <translation>مكتمل بنسبة %1</translation>
    </message>
    <message>
        <source>Unnamed item</source>
        <translation>بند بلا اسم</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>النطاق: %1</translation>
    </message>
    <message>
        <source>Graded %1</source>
        <translation>قُيِّم في %1</translation>
    </message>
</context>
<context>
    <name>HtmlSanitizer</name>
    <message>
        <source>[Image: %1]</source>
        <translation>[صورة: %1]</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>نوع الرسالة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>إظهار التفاصيل</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>إخفاء التفاصيل</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 – Satchel</source>
        <translation>%1 – Satchel</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>تسجيل الدخول مرة أخرى…</translation>
    </message>
    <message>
        <source>Reset offline data…</source>
        <translation>إعادة تعيين البيانات دون اتصال…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Offline data from %1</source>
        <translation>بيانات دون اتصال من %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>الحساب المسجّل دخوله</translation>
    </message>
    <message>
        <source>Satchel logo</source>
        <translation>شعار Satchel</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>مسجّل الدخول باسم</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإعدادات… (&amp;S)</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>تسجيل الخروج… (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Satchel</source>
        <translation>حول Satchel (&amp;A)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>الفصول</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>المقررات الدراسية</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>الدرجات</translation>
    </message>
    <message>
        <source>Satchel could not read its offline data on this computer, so what you see may be incomplete or out of date. Check the data folder&apos;s permissions and free disk space, then restart Satchel.</source>
        <translation>تعذّر على Satchel قراءة بياناته دون اتصال على هذا الحاسوب، لذا قد يكون ما تراه ناقصًا أو قديمًا. تحقق من صلاحيات مجلد البيانات والمساحة الحرة على القرص، ثم أعد تشغيل Satchel.</translation>
    </message>
    <message>
        <source>%1 Reset offline data to download your courses again from the site.</source>
        <translation>%1 أعد تعيين البيانات دون اتصال لتنزيل مقرراتك الدراسية من الموقع مرة أخرى.</translation>
    </message>
    <message>
        <source>Some of your data could not be updated. The rest is up to date.</source>
        <translation>تعذّر تحديث بعض بياناتك. الباقي محدَّث.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Sign out of %1?

You will need your password to sign in again. Keep the offline copy of your courses on this computer?</source>
        <translation>هل تريد تسجيل الخروج من %1؟

ستحتاج إلى كلمة المرور لتسجيل الدخول مرة أخرى. هل تريد الاحتفاظ بالنسخة دون اتصال من مقرراتك الدراسية على هذا الحاسوب؟</translation>
    </message>
    <message>
        <source>Sign out, keep offline data</source>
        <translation>تسجيل الخروج مع الاحتفاظ بالبيانات دون اتصال</translation>
    </message>
    <message>
        <source>Sign out and delete offline data</source>
        <translation>تسجيل الخروج وحذف البيانات دون اتصال</translation>
    </message>
    <message>
        <source>About Satchel</source>
        <translation>حول Satchel</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Satchel %1&lt;/h3&gt;&lt;p&gt;An offline-first desktop client for Moodle: your courses, deadlines and grades, also without a connection.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Satchel %1&lt;/h3&gt;&lt;p&gt;عميل سطح مكتب لـ Moodle يعمل دون اتصال أولًا: مقرراتك الدراسية ومواعيد التسليم ودرجاتك، حتى دون اتصال.&lt;/p&gt;&lt;p&gt;مبني باستخدام Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Data folder: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;مجلد البيانات: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none (the demo account keeps nothing)</source>
        <translation>لا يوجد (الحساب التوضيحي لا يحفظ شيئًا)</translation>
    </message>
    <message>
        <source>Export to &amp;calendar…</source>
        <translation>تصدير إلى التقويم… (&amp;C)</translation>
    </message>
    <message>
        <source>Export the deadlines to a calendar</source>
        <translation>تصدير المواعيد النهائية إلى تقويم</translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>ملفات التقويم (*.ics);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Satchel could not save “%1”. Choose another folder or file name.</source>
        <translation>تعذّر على Satchel حفظ «%1». اختر مجلدًا أو اسم ملف آخر.</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>تم حفظ «%1» في %2.</translation>
    </message>
    <message>
        <source>S&amp;torage…</source>
        <translation>التخزين… (&amp;T)</translation>
    </message>
    <message>
        <source>Storage – Satchel</source>
        <translation>التخزين – Satchel</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>الشارات</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
</context>
<context>
    <name>ModuleIcons</name>
    <message>
        <source>Assignment</source>
        <translation>واجب</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>منتدى</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>صفحة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
</context>
<context>
    <name>MoodleError</name>
    <message>
        <source>The site is not answering. It may be down, or you may be offline.</source>
        <translation>الموقع لا يستجيب. ربما يكون معطلًا، أو ربما أنت غير متصل.</translation>
    </message>
    <message>
        <source>This site address could not be found. Check the address, or your internet connection.</source>
        <translation>تعذّر العثور على عنوان هذا الموقع. تحقق من العنوان أو من اتصالك بالإنترنت.</translation>
    </message>
    <message>
        <source>The site took too long to answer. Your connection may be slow or offline.</source>
        <translation>استغرق الموقع وقتًا طويلًا في الاستجابة. ربما يكون اتصالك بطيئًا أو مقطوعًا.</translation>
    </message>
    <message>
        <source>You appear to be offline. Satchel will keep trying.</source>
        <translation>يبدو أنك غير متصل. سيواصل Satchel المحاولة.</translation>
    </message>
    <message>
        <source>The site&apos;s secure connection could not be verified (%1). Satchel does not connect to sites it cannot verify.</source>
        <translation>تعذّر التحقق من الاتصال الآمن بالموقع (%1). لا يتصل Satchel بمواقع لا يستطيع التحقق منها.</translation>
    </message>
    <message>
        <source>certificate problem</source>
        <translation>مشكلة في الشهادة</translation>
    </message>
    <message>
        <source>The site answered &quot;not found&quot;. Check the site address.</source>
        <translation>أجاب الموقع «غير موجود». تحقق من عنوان الموقع.</translation>
    </message>
    <message>
        <source>The site is busy and asked Satchel to slow down. It will try again shortly.</source>
        <translation>الموقع مشغول وطلب من Satchel التمهل. سيحاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>The site answered with an error (HTTP %1). Try again later.</source>
        <translation>أجاب الموقع بخطأ (HTTP %1). حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>The site is temporarily unavailable. Try again later.</source>
        <translation>الموقع غير متاح مؤقتًا. حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>The site answered with a web page instead of data. It may be under maintenance, or a network login page may be in the way.</source>
        <translation>أجاب الموقع بصفحة ويب بدلًا من البيانات. ربما يخضع للصيانة، أو ربما تعترض الطريق صفحة تسجيل دخول إلى الشبكة.</translation>
    </message>
    <message>
        <source>The site sent an incomplete or damaged answer. Try again later.</source>
        <translation>أرسل الموقع ردًا ناقصًا أو تالفًا. حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>The site sent more data than Satchel can handle at once.</source>
        <translation>أرسل الموقع بيانات أكثر مما يستطيع Satchel معالجته دفعة واحدة.</translation>
    </message>
    <message>
        <source>This address does not look like a Moodle site. Check the address your school gave you.</source>
        <translation>لا يبدو هذا العنوان موقع Moodle. تحقق من العنوان الذي أعطتك إياه مؤسستك التعليمية.</translation>
    </message>
    <message>
        <source>The site keeps redirecting. Check the site address.</source>
        <translation>الموقع يعيد التوجيه باستمرار. تحقق من عنوان الموقع.</translation>
    </message>
    <message>
        <source>The site redirected from a secure address to an insecure one. Satchel stopped to protect your password.</source>
        <translation>أعاد الموقع التوجيه من عنوان آمن إلى عنوان غير آمن. توقف Satchel لحماية كلمة المرور.</translation>
    </message>
    <message>
        <source>That is not a valid site address. Type something like &quot;school.edu&quot; or &quot;https://school.edu/moodle&quot;.</source>
        <translation>هذا ليس عنوان موقع صالحًا. اكتب شيئًا مثل «school.edu» أو «https://school.edu/moodle».</translation>
    </message>
    <message>
        <source>This site does not use a secure connection (http). Your password would be sent unprotected. Allow it only if you trust the network.</source>
        <translation>لا يستخدم هذا الموقع اتصالًا آمنًا (http). سترسل كلمة المرور دون حماية. اسمح بذلك فقط إذا كنت تثق بالشبكة.</translation>
    </message>
    <message>
        <source>Invalid username or password.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>This site does not allow access from apps. Ask the site administrator to enable mobile web services.</source>
        <translation>لا يسمح هذا الموقع بالوصول من التطبيقات. اطلب من مدير الموقع تمكين خدمات الويب للأجهزة المحمولة.</translation>
    </message>
    <message>
        <source>The site is under maintenance. Try again later.</source>
        <translation>الموقع قيد الصيانة. حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>The site is under maintenance: %1</source>
        <translation>الموقع قيد الصيانة: %1</translation>
    </message>
    <message>
        <source>You need to change your password on the website before you can sign in here.</source>
        <translation>يجب أن تغيّر كلمة المرور على الموقع قبل أن تتمكن من تسجيل الدخول هنا.</translation>
    </message>
    <message>
        <source>Your account is not confirmed yet. Follow the link in the confirmation e-mail first.</source>
        <translation>لم يتم تأكيد حسابك بعد. اتبع الرابط في رسالة التأكيد أولًا.</translation>
    </message>
    <message>
        <source>Your account cannot use apps on this site. Contact the site administrator.</source>
        <translation>لا يمكن لحسابك استخدام التطبيقات في هذا الموقع. تواصل مع مدير الموقع.</translation>
    </message>
    <message>
        <source>This site requires a different Moodle app.</source>
        <translation>يتطلب هذا الموقع تطبيق Moodle مختلفًا.</translation>
    </message>
    <message>
        <source>The site address redirects elsewhere. Use the site&apos;s final address (usually starting with https://).</source>
        <translation>عنوان الموقع يعيد التوجيه إلى مكان آخر. استخدم العنوان النهائي للموقع (يبدأ عادةً بـ https://).</translation>
    </message>
    <message>
        <source>This Moodle site is too old for Satchel.</source>
        <translation>موقع Moodle هذا أقدم من أن يعمل مع Satchel.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again; your offline data is kept.</source>
        <translation>انتهت جلستك. سجّل الدخول مرة أخرى؛ بياناتك دون اتصال محفوظة.</translation>
    </message>
    <message>
        <source>You do not have permission to see this.</source>
        <translation>ليست لديك صلاحية لعرض هذا.</translation>
    </message>
    <message>
        <source>You are not enrolled in this course, or it is not available to you.</source>
        <translation>أنت غير مسجّل في هذا المقرر الدراسي، أو أنه غير متاح لك.</translation>
    </message>
    <message>
        <source>The site did not accept Satchel&apos;s request. The site may be running an unsupported version.</source>
        <translation>لم يقبل الموقع طلب Satchel. ربما يعمل الموقع بإصدار غير مدعوم.</translation>
    </message>
    <message>
        <source>The site could not find what Satchel asked for. It may have been removed.</source>
        <translation>لم يعثر الموقع على ما طلبه Satchel. ربما أُزيل.</translation>
    </message>
    <message>
        <source>This site does not offer this feature to apps.</source>
        <translation>لا يقدّم هذا الموقع هذه الميزة للتطبيقات.</translation>
    </message>
    <message>
        <source>This course has no completion criteria.</source>
        <translation>ليس لهذا المقرر الدراسي معايير إكمال.</translation>
    </message>
    <message>
        <source>The site reported a problem. Try again later.</source>
        <translation>أبلغ الموقع عن مشكلة. حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <source>Satchel could not use the system keychain to keep you signed in (%1). Unlock or set up the keychain and try again.</source>
        <translation>تعذّر على Satchel استخدام سلسلة مفاتيح النظام لإبقائك مسجّل الدخول (%1). افتح سلسلة المفاتيح أو اضبطها ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Satchel could not write its data on this computer (%1). Check free disk space and folder permissions.</source>
        <translation>تعذّر على Satchel كتابة بياناته على هذا الحاسوب (%1). تحقق من المساحة الحرة على القرص ومن صلاحيات المجلد.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>حدث خطأ ما.</translation>
    </message>
    <message>
        <source>This site signs you in on its own page, in your web browser. Press “Sign in with your browser” instead.</source>
        <translation>يسجّل هذا الموقع دخولك في صفحته الخاصة، في متصفح الويب. اضغط «تسجيل الدخول عبر المتصفح» بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Due %1: %2</source>
        <extracomment>%1 &quot;in 1 hour&quot;, %2 the activity</extracomment>
        <translation>موعد التسليم %1: %2</translation>
    </message>
    <message>
        <source>Due %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>موعد التسليم %1</translation>
    </message>
</context>
<context>
    <name>OfflineContent</name>
    <message>
        <source>Course files cannot be downloaded here: this is not connected to a site.</source>
        <translation>لا يمكن تنزيل ملفات المقرر هنا: لا يوجد اتصال بموقع.</translation>
    </message>
    <message>
        <source>This site does not allow apps to download course files.</source>
        <translation>لا يسمح هذا الموقع للتطبيقات بتنزيل ملفات المقررات.</translation>
    </message>
    <message>
        <source>Downloads are running; cancel them first.</source>
        <translation>هناك تنزيلات جارية؛ ألغِها أولًا.</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Open in browser</source>
        <translation>فتح في المتصفح</translation>
    </message>
    <message>
        <source>This page could not be read from this computer.</source>
        <translation>تعذّرت قراءة هذه الصفحة على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This activity is not on this computer.</source>
        <translation>هذا النشاط غير موجود على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This page is not downloaded yet. Make its course available offline while the site can be reached, or open it in the browser.</source>
        <translation>لم تُنزَّل هذه الصفحة بعد. أتِح مقررها دون اتصال ما دام الموقع متاحًا، أو افتحها في المتصفح.</translation>
    </message>
    <message>
        <source>Parts of this book are not downloaded yet: they come with the next download.</source>
        <translation>لم تُنزَّل أجزاء من هذا الكتاب بعد: ستصل مع التنزيل التالي.</translation>
    </message>
    <message>
        <source>The site has a newer version of this page: it comes with the next download.</source>
        <translation>لدى الموقع نسخة أحدث من هذه الصفحة: ستصل مع التنزيل التالي.</translation>
    </message>
</context>
<context>
    <name>ParticipantListModel</name>
    <message>
        <source>Student</source>
        <translation>طالب</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>معلم</translation>
    </message>
    <message>
        <source>Non-editing teacher</source>
        <translation>معلم بدون صلاحية التحرير</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>مدير</translation>
    </message>
    <message>
        <source>Course creator</source>
        <translation>منشئ المقرر الدراسي</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>ضيف</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Last on the site %1</source>
        <translation>آخر دخول إلى الموقع: %1</translation>
    </message>
    <message>
        <source>Has never signed in to the site</source>
        <translation>لم يسجّل الدخول إلى الموقع قط</translation>
    </message>
    <message>
        <source>Press Enter or double-click to see %1&apos;s grades and completion</source>
        <translation>اضغط Enter أو انقر نقرًا مزدوجًا لعرض درجات %1 وإكماله</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Last access</source>
        <translation>آخر دخول</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search everything offline (Ctrl+K)</source>
        <translation>ابحث في كل شيء دون اتصال (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation>لا توجد نتائج لـ «%1»</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Courses</source>
        <translation>المقررات</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>النقاشات</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>المشاركات</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>الدرجات</translation>
    </message>
    <message>
        <source>Deadlines and events</source>
        <translation>المواعيد النهائية والأحداث</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1، %2: %3</translation>
    </message>
    <message>
        <source>%1, %2, in %3: %4</source>
        <translation>%1، %2، في %3: %4</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>عند الطلب فقط</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>الفاصل الزمني للمزامنة بالدقائق</translation>
    </message>
    <message>
        <source>Requests at the same time</source>
        <translation>الطلبات المتزامنة</translation>
    </message>
    <message>
        <source>More is faster on a good connection; fewer is gentler on a slow one or a busy site.</source>
        <translation>العدد الأكبر أسرع مع اتصال جيد؛ والأقل أرفق باتصال بطيء أو موقع مشغول.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>المزامنة كل (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Requests at the same time:</source>
        <translation>الطلبات المتزامنة (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة (&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies the next time Satchel starts.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل Satchel في المرة القادمة.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> ميغابايت</translation>
    </message>
    <message>
        <source>Download files up to this size on their own, in MB</source>
        <translation>تنزيل الملفات حتى هذا الحجم تلقائيًا، بالميغابايت</translation>
    </message>
    <message>
        <source>Files of courses made available offline are always downloaded.</source>
        <translation>تُنزَّل دائمًا ملفات المقررات المتاحة دون اتصال.</translation>
    </message>
    <message>
        <source>Free disk space downloads leave, in MB</source>
        <translation>المساحة الفارغة التي تتركها التنزيلات على القرص، بالميغابايت</translation>
    </message>
    <message>
        <source>&amp;Download files up to:</source>
        <translation>تنزيل الملفات حتى (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Keep free on the disk:</source>
        <translation>إبقاء مساحة فارغة على القرص (&amp;K):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>Days without a visit that put a learner on the Attention list</source>
        <translation>أيام بلا زيارة تضع المتعلم في قائمة الانتباه</translation>
    </message>
    <message>
        <source>For teachers: a learner who has not opened the course for this long is on the class&apos;s Attention list.</source>
        <translation>للمعلمين: المتعلم الذي لم يفتح المقرر طوال هذه المدة يظهر في قائمة الانتباه للصف.</translation>
    </message>
    <message>
        <source>Learners &amp;away from a class for:</source>
        <translation>المتعلمون الغائبون عن الصف منذ (&amp;A):</translation>
    </message>
    <message>
        <source>Re&amp;mind me of deadlines</source>
        <translation>&amp;ذكّرني بالمواعيد النهائية</translation>
    </message>
    <message>
        <source>Courses to remind me of</source>
        <translation>المقررات التي أريد تذكيرًا بها</translation>
    </message>
    <message>
        <source>Before a deadline I have not handed in yet:</source>
        <translation>قبل موعد نهائي لم أسلّم له شيئًا بعد:</translation>
    </message>
    <message>
        <source>In these courses:</source>
        <translation>في هذه المقررات:</translation>
    </message>
    <message>
        <source>Keep Satchel running in the &amp;tray after closing the window</source>
        <translation>إبقاء Satchel يعمل في &amp;علبة النظام بعد إغلاق النافذة</translation>
    </message>
    <message>
        <source>Reminders come only while Satchel runs.</source>
        <translation>تصل التذكيرات فقط أثناء تشغيل Satchel.</translation>
    </message>
    <message>
        <source>&amp;Start Satchel when I log in</source>
        <translation>&amp;تشغيل Satchel عند تسجيل الدخول</translation>
    </message>
    <message>
        <source>1 week before</source>
        <translation>قبل أسبوع</translation>
    </message>
    <message numerus="yes">
        <source>%Ln weeks before</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>قبل %Ln أسبوع</numerusform>
            <numerusform>قبل %Ln أسبوع</numerusform>
            <numerusform>قبل %Ln أسبوعين</numerusform>
            <numerusform>قبل %Ln أسابيع</numerusform>
            <numerusform>قبل %Ln أسبوعًا</numerusform>
            <numerusform>قبل %Ln أسبوع</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>قبل يوم</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days before</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>قبل %Ln يوم</numerusform>
            <numerusform>قبل %Ln يوم</numerusform>
            <numerusform>قبل %Ln يومين</numerusform>
            <numerusform>قبل %Ln أيام</numerusform>
            <numerusform>قبل %Ln يومًا</numerusform>
            <numerusform>قبل %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>قبل ساعة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours before</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>قبل %Ln ساعة</numerusform>
            <numerusform>قبل %Ln ساعة</numerusform>
            <numerusform>قبل %Ln ساعتين</numerusform>
            <numerusform>قبل %Ln ساعات</numerusform>
            <numerusform>قبل %Ln ساعة</numerusform>
            <numerusform>قبل %Ln ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute before</source>
        <translation>قبل دقيقة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes before</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>قبل %Ln دقيقة</numerusform>
            <numerusform>قبل %Ln دقيقة</numerusform>
            <numerusform>قبل %Ln دقيقتين</numerusform>
            <numerusform>قبل %Ln دقائق</numerusform>
            <numerusform>قبل %Ln دقيقة</numerusform>
            <numerusform>قبل %Ln دقيقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in – Satchel</source>
        <translation>تسجيل الدخول – Satchel</translation>
    </message>
    <message>
        <source>Satchel logo</source>
        <translation>شعار Satchel</translation>
    </message>
    <message>
        <source>Sign in to your Moodle site</source>
        <translation>سجّل الدخول إلى موقع Moodle الخاص بك</translation>
    </message>
    <message>
        <source>Use the same site address, username and password as in your web browser. Satchel keeps a copy of your courses so you can use them offline.</source>
        <translation>استخدم عنوان الموقع واسم المستخدم وكلمة المرور نفسها التي تستخدمها في متصفح الويب. يحتفظ Satchel بنسخة من مقرراتك الدراسية لتستخدمها دون اتصال.</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>عنوان الموقع</translation>
    </message>
    <message>
        <source>school.edu or https://school.edu/moodle</source>
        <translation>school.edu أو https://school.edu/moodle</translation>
    </message>
    <message>
        <source>Site status</source>
        <translation>حالة الموقع</translation>
    </message>
    <message>
        <source>Where your password goes</source>
        <translation>إلى أين تُرسل كلمة المرور</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Site address:</source>
        <translation>عنوان الموقع (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>اسم المستخدم (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور (&amp;P):</translation>
    </message>
    <message>
        <source>Insecure connection warning</source>
        <translation>تحذير من اتصال غير آمن</translation>
    </message>
    <message>
        <source>Sign in over an insecure connection (http) anyway</source>
        <translation>تسجيل الدخول عبر اتصال غير آمن (http) على أي حال</translation>
    </message>
    <message>
        <source>Another host warning</source>
        <translation>تحذير من مضيف آخر</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>مشكلة في تسجيل الدخول</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>تسجيل الدخول مرة أخرى</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Enter your password to continue; your offline data is kept.</source>
        <translation>انتهت جلستك على %1. أدخل كلمة المرور للمتابعة؛ بياناتك دون اتصال محفوظة.</translation>
    </message>
    <message>
        <source>Enter the address of your Moodle site.</source>
        <translation>أدخل عنوان موقع Moodle الخاص بك.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>أدخل اسم المستخدم.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>أدخل كلمة المرور.</translation>
    </message>
    <message>
        <source>Tick the box to sign in over an insecure connection, or use an https:// address.</source>
        <translation>حدّد المربع لتسجيل الدخول عبر اتصال غير آمن، أو استخدم عنوانًا يبدأ بـ https://.</translation>
    </message>
    <message>
        <source>Your password has not been sent yet. Check the warning above, then press Sign in again to send it to %1.</source>
        <translation>لم تُرسل كلمة المرور بعد. راجع التحذير أعلاه، ثم اضغط «تسجيل الدخول» مرة أخرى لإرسالها إلى %1.</translation>
    </message>
    <message>
        <source>Your password will be sent to %1</source>
        <translation>ستُرسل كلمة المرور إلى %1</translation>
    </message>
    <message>
        <source>You typed %1, but that site sent Satchel on to another host, %2. Sign in only if you know that %2 is where your school signs you in (a single sign-on service, for example): a look-alike page that collects passwords can also send you on like this.</source>
        <translation>كتبت %1، لكن ذلك الموقع أحال Satchel إلى مضيف آخر، %2. لا تسجّل الدخول إلا إذا كنت تعلم أن %2 هو المكان الذي تسجّل فيه مؤسستك التعليمية دخولك (خدمة تسجيل دخول موحّد مثلًا): فالصفحات المقلَّدة التي تجمع كلمات المرور قد تحيلك بهذه الطريقة أيضًا.</translation>
    </message>
    <message>
        <source>The address you use for Moodle in your web browser.</source>
        <translation>العنوان الذي تستخدمه لـ Moodle في متصفح الويب.</translation>
    </message>
    <message>
        <source>Checking site…</source>
        <translation>جارٍ التحقق من الموقع…</translation>
    </message>
    <message>
        <source>%1 (not secure: http)</source>
        <translation>%1 (غير آمن: http)</translation>
    </message>
    <message>
        <source>Sign in with your &amp;browser</source>
        <translation>تسجيل الدخول عبر المتصفح (&amp;B)</translation>
    </message>
    <message>
        <source>Sign in with your browser</source>
        <translation>تسجيل الدخول عبر المتصفح</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. Satchel goes on by itself when the browser hands the sign-in back. If it does not, copy the address that starts with moodlemobile:// from the browser&apos;s address bar (or from its &quot;open the app&quot; button) and paste it here.</source>
        <translation>أكمِل تسجيل الدخول في المتصفح. يتابع Satchel من تلقاء نفسه حين يعيد المتصفح تسجيل الدخول إليه. وإن لم يحدث ذلك، فانسخ العنوان الذي يبدأ بـ moodlemobile:// من شريط العناوين في المتصفح (أو من زر «فتح التطبيق») والصقه هنا.</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>رابط تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign-in &amp;link:</source>
        <translation>رابط تسجيل الدخول (&amp;L):</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Continue with the pasted link</source>
        <translation>المتابعة بالرابط الملصق</translation>
    </message>
    <message>
        <source>No browser opened? Open this address:</source>
        <translation>لم يُفتح أي متصفح؟ افتح هذا العنوان:</translation>
    </message>
    <message>
        <source>Address of the sign-in page</source>
        <translation>عنوان صفحة تسجيل الدخول</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>إيقاف الانتظار</translation>
    </message>
    <message>
        <source>Cancel the browser sign-in</source>
        <translation>إلغاء تسجيل الدخول عبر المتصفح</translation>
    </message>
    <message>
        <source>Waiting for your browser…</source>
        <translation>في انتظار المتصفح…</translation>
    </message>
    <message>
        <source>Satchel could not open your web browser. Open the address below in a browser yourself, sign in there, then paste the link here.</source>
        <translation>تعذّر على Satchel فتح متصفح الويب. افتح العنوان أدناه في متصفح بنفسك، وسجّل الدخول هناك، ثم الصق الرابط هنا.</translation>
    </message>
    <message>
        <source>That is not a sign-in link. Copy the whole address that starts with moodlemobile://token= from your browser and paste it here.</source>
        <translation>هذا ليس رابط تسجيل دخول. انسخ العنوان كاملًا الذي يبدأ بـ moodlemobile://token= من المتصفح والصقه هنا.</translation>
    </message>
    <message>
        <source>That sign-in link was made for another site or another sign-in, not this one. Use the link from the page Satchel opened just now.</source>
        <translation>أُنشئ رابط تسجيل الدخول هذا لموقع آخر أو لتسجيل دخول آخر، لا لهذا. استخدم الرابط من الصفحة التي فتحها Satchel للتو.</translation>
    </message>
    <message>
        <source>That sign-in link came more than %L1 minutes after the sign-in started. Press Stop waiting, then sign in with your browser again.</source>
        <translation>وصل رابط تسجيل الدخول هذا بعد أكثر من %L1 دقيقة من بدء تسجيل الدخول. اضغط «إيقاف الانتظار» ثم سجّل الدخول عبر المتصفح من جديد.</translation>
    </message>
    <message>
        <source>That sign-in link was already used. Sign in with your browser again for a new one.</source>
        <translation>استُخدم رابط تسجيل الدخول هذا من قبل. سجّل الدخول عبر المتصفح من جديد للحصول على رابط جديد.</translation>
    </message>
    <message>
        <source>Satchel is not waiting for a sign-in link. Press “Sign in with your browser” first.</source>
        <translation>لا ينتظر Satchel أي رابط لتسجيل الدخول. اضغط أولًا «تسجيل الدخول عبر المتصفح».</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>تسجيل الدخول باستخدام %1</translation>
    </message>
    <message>
        <source>Sign in with %1 in your browser</source>
        <translation>تسجيل الدخول باستخدام %1 في المتصفح</translation>
    </message>
    <message>
        <source>%1 signs you in on its own page, in your web browser.</source>
        <translation>يسجّل %1 دخولك في صفحته الخاصة، في متصفح الويب.</translation>
    </message>
    <message>
        <source>Does your school sign you in through its own page, Microsoft or Google? Use your browser:</source>
        <translation>هل تسجّل مؤسستك دخولك عبر صفحتها الخاصة أو Microsoft أو Google؟ استخدم المتصفح:</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Sign in with your browser as you did before; your offline data is kept.</source>
        <translation>انتهت جلستك على %1. سجّل الدخول عبر المتصفح كما فعلت من قبل؛ بياناتك دون اتصال محفوظة.</translation>
    </message>
    <message>
        <source>You signed in on your school&apos;s own page, in your web browser:</source>
        <translation>سجّلت الدخول في صفحة مدرستك الخاصة، في متصفح الويب:</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>Storage</source>
        <translation>التخزين</translation>
    </message>
    <message>
        <source>Course files downloaded to this computer, so you can open them offline.</source>
        <translation>ملفات المقررات المُنزَّلة على هذا الحاسوب لتفتحها دون اتصال.</translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation>إظهار في مدير الملفات</translation>
    </message>
    <message>
        <source>Space used per course</source>
        <translation>المساحة المستخدمة لكل مقرر</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Space used</source>
        <translation>المساحة المستخدمة</translation>
    </message>
    <message>
        <source>No course files are downloaded yet. Use “Make available offline” on a course page to keep its files on this computer.</source>
        <translation>لم تُنزَّل أي ملفات مقررات بعد. استخدم «إتاحة دون اتصال» في صفحة مقرر للاحتفاظ بملفاته على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Remove all downloads…</source>
        <translation>إزالة كل التنزيلات…</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>المجلد: %1</translation>
    </message>
    <message>
        <source>%1 free on the disk</source>
        <translation>%1 متاحة على القرص</translation>
    </message>
    <message>
        <source>The downloads could not be read from this computer.</source>
        <translation>تعذّرت قراءة التنزيلات من هذا الحاسوب.</translation>
    </message>
    <message>
        <source>In total: %1 in 1 file</source>
        <translation>الإجمالي: %1 في ملف واحد</translation>
    </message>
    <message numerus="yes">
        <source>In total: %1 in %Ln files</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>الإجمالي: %1 في %Ln ملف</numerusform>
            <numerusform>الإجمالي: %1 في %Ln ملف</numerusform>
            <numerusform>الإجمالي: %1 في %Ln ملفين</numerusform>
            <numerusform>الإجمالي: %1 في %Ln ملفات</numerusform>
            <numerusform>الإجمالي: %1 في %Ln ملفًا</numerusform>
            <numerusform>الإجمالي: %1 في %Ln ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>Course %1</source>
        <translation>المقرر %1</translation>
    </message>
    <message>
        <source>Remove downloads…</source>
        <translation>إزالة التنزيلات…</translation>
    </message>
    <message>
        <source>Remove the downloads of %1</source>
        <translation>إزالة تنزيلات %1</translation>
    </message>
    <message>
        <source>Remove all downloaded course files from this computer? Courses kept offline are no longer kept up to date. You can download them again later.</source>
        <translation>هل تريد إزالة كل ملفات المقررات المُنزَّلة من هذا الحاسوب؟ لن تبقى المقررات المتاحة دون اتصال محدَّثة. يمكنك تنزيلها مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Remove the downloaded files of “%1” from this computer? The course is no longer kept offline. You can download it again later.</source>
        <translation>هل تريد إزالة الملفات المُنزَّلة من «%1» من هذا الحاسوب؟ لن يبقى المقرر متاحًا دون اتصال. يمكنك تنزيله مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Remove downloads</source>
        <translation>إزالة التنزيلات</translation>
    </message>
    <message>
        <source>The downloads could not be removed.</source>
        <translation>تعذّرت إزالة التنزيلات.</translation>
    </message>
    <message>
        <source>No file manager could be started to show the folder.</source>
        <translation>تعذّر تشغيل مدير ملفات لإظهار المجلد.</translation>
    </message>
</context>
<context>
    <name>StudentDetailsDialog</name>
    <message>
        <source>Unknown learner</source>
        <translation>متعلم غير معروف</translation>
    </message>
    <message>
        <source>This learner could not be read from this computer</source>
        <translation>تعذّرت قراءة بيانات هذا المتعلم من هذا الحاسوب</translation>
    </message>
    <message>
        <source>%1 – Satchel</source>
        <translation>%1 – Satchel</translation>
    </message>
    <message>
        <source>Learner details</source>
        <translation>تفاصيل المتعلم</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>City/country</source>
        <translation>المدينة/البلد</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>بلا مجموعة</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Last access</source>
        <translation>آخر دخول</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>المعرّف الخارجي</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <source>Not in this class on this computer. Sync to update the class.</source>
        <translation>ليس في هذا الفصل على هذا الحاسوب. قم بالمزامنة لتحديث الفصل.</translation>
    </message>
    <message>
        <source>Grade items of %1</source>
        <translation>بنود التقييم لـ %1</translation>
    </message>
    <message>
        <source>No grade items for this learner yet.</source>
        <translation>لا توجد بنود تقييم لهذا المتعلم بعد.</translation>
    </message>
    <message>
        <source>Activity completion of %1</source>
        <translation>إكمال النشاط لـ %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>الإكمال</translation>
    </message>
    <message>
        <source>Grades and completion</source>
        <translation>الدرجات والإكمال</translation>
    </message>
    <message>
        <source>&amp;Grades</source>
        <translation>الدرجات (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Completion</source>
        <translation>الإكمال (&amp;C)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Course completion: could not be read from this computer</source>
        <translation>إكمال المقرر الدراسي: تعذّرت القراءة من هذا الحاسوب</translation>
    </message>
    <message>
        <source>Course completion: no completion criteria in this course</source>
        <translation>إكمال المقرر الدراسي: لا توجد معايير إكمال في هذا المقرر الدراسي</translation>
    </message>
    <message>
        <source>Course completion: completed</source>
        <translation>إكمال المقرر الدراسي: مكتمل</translation>
    </message>
    <message>
        <source>Course completion: not completed yet</source>
        <translation>إكمال المقرر الدراسي: لم يكتمل بعد</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln criteria met</source>
        <translation>
            <numerusform>المعايير المستوفاة: %L1 من %Ln</numerusform>
            <numerusform>المعايير المستوفاة: %L1 من %Ln</numerusform>
            <numerusform>المعايير المستوفاة: %L1 من %Ln</numerusform>
            <numerusform>المعايير المستوفاة: %L1 من %Ln</numerusform>
            <numerusform>المعايير المستوفاة: %L1 من %Ln</numerusform>
            <numerusform>المعايير المستوفاة: %L1 من %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Course completion: unknown (not tracked, or not synced yet)</source>
        <translation>إكمال المقرر الدراسي: غير معروف (غير متتبَّع أو لم تتم مزامنته بعد)</translation>
    </message>
    <message>
        <source>No activities with completion tracking.</source>
        <translation>لا توجد أنشطة بتتبع الإكمال.</translation>
    </message>
</context>
<context>
    <name>SubmissionMatrixModel</name>
    <message>
        <source>Learner</source>
        <translation>المتعلّم</translation>
    </message>
    <message>
        <source>Unnamed assignment</source>
        <translation>واجب بلا اسم</translation>
    </message>
    <message>
        <source>%L1 submitted (%L2 late), %L3 drafts, %L4 not submitted, %L5 to grade</source>
        <translation>%L1 مُسلَّم (%L2 متأخر)، %L3 مسودات، %L4 لم يُسلَّم، %L5 بانتظار التقييم</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Handed in %1</source>
        <translation>سُلِّم في %1</translation>
    </message>
    <message>
        <source>Waiting for a grade</source>
        <translation>بانتظار درجة</translation>
    </message>
    <message>
        <source>Grade: %1</source>
        <translation>الدرجة: %1</translation>
    </message>
    <message>
        <source>Graded %1</source>
        <translation>قُيِّم في %1</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>ملف واحد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln ملف</numerusform>
            <numerusform>%Ln ملف</numerusform>
            <numerusform>%Ln ملفان</numerusform>
            <numerusform>%Ln ملفات</numerusform>
            <numerusform>%Ln ملفًا</numerusform>
            <numerusform>%Ln ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>موعده %1</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Class of %1</source>
        <translation>فصل %1</translation>
    </message>
    <message>
        <source>Checking your account</source>
        <translation>جارٍ التحقق من حسابك</translation>
    </message>
    <message>
        <source>Sending changes made offline</source>
        <translation>جارٍ إرسال التغييرات التي أُجريت دون اتصال</translation>
    </message>
    <message>
        <source>The site did not accept this change.</source>
        <translation>لم يقبل الموقع هذا التغيير.</translation>
    </message>
    <message>
        <source>The site&apos;s answer could not be understood.</source>
        <translation>تعذّر فهم رد الموقع.</translation>
    </message>
    <message>
        <source>Checking your courses</source>
        <translation>جارٍ التحقق من مقرراتك الدراسية</translation>
    </message>
    <message>
        <source>Some lists were not updated: %1</source>
        <translation>لم تُحدَّث بعض القوائم: %1</translation>
    </message>
    <message>
        <source>Some deadlines were not updated: %1</source>
        <translation>لم تُحدَّث بعض مواعيد التسليم: %1</translation>
    </message>
    <message>
        <source>%1 was not updated: %2</source>
        <translation>لم يُحدَّث %1: %2</translation>
    </message>
    <message>
        <source>Part of %1 is not available: %2</source>
        <translation>جزء من %1 غير متاح: %2</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>تقدم المزامنة</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>تغييرات بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Changes not sent</source>
        <translation>تغييرات لم تُرسل</translation>
    </message>
    <message>
        <source>Bring your offline copy up to date now</source>
        <translation>حدّث نسختك دون اتصال الآن</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>قبل لحظات</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>منذ دقيقة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ %Ln دقيقتين</numerusform>
            <numerusform>منذ %Ln دقائق</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>منذ ساعة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ %Ln ساعتين</numerusform>
            <numerusform>منذ %Ln ساعات</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing %L1 of %L2: %3</source>
        <translation>مزامنة %L1 من %L2: %3</translation>
    </message>
    <message>
        <source>No offline data yet</source>
        <translation>لا توجد بيانات دون اتصال بعد</translation>
    </message>
    <message>
        <source>Demo: a copy recorded from a real Moodle site, no network</source>
        <translation>عرض توضيحي: نسخة مسجّلة من موقع Moodle حقيقي، دون شبكة</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>غير متصل منذ %1</translation>
    </message>
    <message>
        <source>Signed out by the site: sign in again to sync</source>
        <translation>سجّل الموقع خروجك: سجّل الدخول مرة أخرى للمزامنة</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>سُجّلت في %1</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>لم تتم المزامنة قط</translation>
    </message>
    <message>
        <source>1 change waiting to be sent</source>
        <translation>تغيير واحد بانتظار الإرسال</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes waiting to be sent</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln تغيير بانتظار الإرسال</numerusform>
            <numerusform>%Ln تغيير بانتظار الإرسال</numerusform>
            <numerusform>%Ln تغييران بانتظار الإرسال</numerusform>
            <numerusform>%Ln تغييرات بانتظار الإرسال</numerusform>
            <numerusform>%Ln تغييرًا بانتظار الإرسال</numerusform>
            <numerusform>%Ln تغيير بانتظار الإرسال</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change could not be sent</source>
        <translation>تعذّر إرسال تغيير واحد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes could not be sent</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>تعذّر إرسال %Ln تغيير</numerusform>
            <numerusform>تعذّر إرسال %Ln تغيير</numerusform>
            <numerusform>تعذّر إرسال %Ln تغييرين</numerusform>
            <numerusform>تعذّر إرسال %Ln تغييرات</numerusform>
            <numerusform>تعذّر إرسال %Ln تغييرًا</numerusform>
            <numerusform>تعذّر إرسال %Ln تغيير</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change refused by the site</source>
        <translation>رفض الموقع تغييرًا واحدًا</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes refused by the site</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>رفض الموقع %Ln تغيير</numerusform>
            <numerusform>رفض الموقع %Ln تغيير</numerusform>
            <numerusform>رفض الموقع %Ln تغييرين</numerusform>
            <numerusform>رفض الموقع %Ln تغييرات</numerusform>
            <numerusform>رفض الموقع %Ln تغييرًا</numerusform>
            <numerusform>رفض الموقع %Ln تغيير</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>النشاط %1</translation>
    </message>
    <message>
        <source>“%1” marked as done</source>
        <translation>وُضعت علامة مكتمل على «%1»</translation>
    </message>
    <message>
        <source>“%1” marked as not done</source>
        <translation>وُضعت علامة غير مكتمل على «%1»</translation>
    </message>
    <message>
        <source>Refused by the site: %1</source>
        <translation>رفضه الموقع: %1</translation>
    </message>
    <message>
        <source>Could not be sent: %1</source>
        <translation>تعذّر الإرسال: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Send it at the next sync, which starts now</source>
        <translation>إرساله في المزامنة التالية التي تبدأ الآن</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Give this change up: the activity shows what the site last said</source>
        <translation>التخلي عن هذا التغيير: يعرض النشاط آخر ما أفاد به الموقع</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>التنزيلات</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>تقدّم التنزيل</translation>
    </message>
    <message>
        <source>Downloading files: %L1 of %L2</source>
        <translation>جارٍ تنزيل الملفات: %L1 من %L2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel downloads</source>
        <translation>إلغاء التنزيلات</translation>
    </message>
    <message>
        <source>Stop downloading: the files that came stay, the rest come at a later sync</source>
        <translation>إيقاف التنزيل: تبقى الملفات التي وصلت، ويصل الباقي في مزامنة لاحقة</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Satchel: your Moodle courses, offline.</source>
        <translation>Satchel: مقررات Moodle الدراسية الخاصة بك، دون اتصال.</translation>
    </message>
    <message>
        <source>Keep Satchel&apos;s files in &lt;dir&gt; (default: $SATCHEL_DATA_DIR, else the platform&apos;s application data folder).</source>
        <translation>حفظ ملفات Satchel في &lt;dir&gt; (الافتراضي: $SATCHEL_DATA_DIR، وإلا فمجلد بيانات التطبيقات في النظام).</translation>
    </message>
    <message>
        <source>Open the bundled demo account, without a network.</source>
        <translation>فتح الحساب التوضيحي المرفق، دون شبكة.</translation>
    </message>
    <message>
        <source>Open the bundled demo account of a teacher (her classes included), without a network.</source>
        <translation>فتح الحساب التوضيحي المرفق لمعلمة (مع فصولها)، دون شبكة.</translation>
    </message>
    <message>
        <source>Save a picture of the first window to &lt;file&gt; (PNG) and exit.</source>
        <translation>حفظ صورة للنافذة الأولى في &lt;file&gt; (PNG) ثم الخروج.</translation>
    </message>
    <message>
        <source>Show Satchel in language &lt;code&gt; (de, es, pt_BR…) for this run, whatever Settings say.</source>
        <translation>عرض Satchel باللغة &lt;code&gt; (de, es, pt_BR…) في هذا التشغيل، بغض النظر عن الإعدادات.</translation>
    </message>
    <message>
        <source>no such page: %1</source>
        <translation>لا توجد صفحة كهذه: %1</translation>
    </message>
    <message>
        <source>could not write the screenshot to %1</source>
        <translation>تعذّرت كتابة لقطة الشاشة في %1</translation>
    </message>
    <message>
        <source>the demo account is missing from this build</source>
        <translation>الحساب التوضيحي غير موجود في هذا الإصدار</translation>
    </message>
    <message>
        <source>cannot use the data folder: %1</source>
        <translation>لا يمكن استخدام مجلد البيانات: %1</translation>
    </message>
    <message>
        <source>A moodlemobile://token=… sign-in link from your browser (passed on to the Satchel that is waiting for it).</source>
        <translation>رابط تسجيل دخول moodlemobile://token=… من المتصفح (يُمرَّر إلى Satchel الذي ينتظره).</translation>
    </message>
    <message>
        <source>no Satchel is waiting for this sign-in link. Open Satchel, press &quot;Sign in with your browser&quot; and sign in again: a link only works for the sign-in that asked for it.</source>
        <translation>لا يوجد Satchel ينتظر رابط تسجيل الدخول هذا. افتح Satchel واضغط «تسجيل الدخول عبر المتصفح» وسجّل الدخول من جديد: الرابط لا يصلح إلا لتسجيل الدخول الذي طلبه.</translation>
    </message>
    <message>
        <source>With --screenshot: the page to show: home, courses, course:&lt;id&gt;, grades, grades:&lt;id&gt;, badges, class, class:&lt;id&gt;, class:&lt;id&gt;:attention|participants|grades|completion|submissions|attempts|competencies, storage, activity:&lt;cmid&gt; (a page or forum read inside Satchel), or search:&lt;text&gt; (the search&apos;s results).</source>
        <translation>مع --screenshot: الصفحة المراد عرضها: home أو courses أو course:&lt;id&gt; أو grades أو grades:&lt;id&gt; أو badges أو class أو class:&lt;id&gt; أو class:&lt;id&gt;:attention|participants|grades|completion|submissions|attempts|competencies أو storage أو activity:&lt;cmid&gt; (صفحة أو منتدى يُقرأ داخل Satchel) أو search:&lt;text&gt; (نتائج البحث).</translation>
    </message>
</context>
</TS>
