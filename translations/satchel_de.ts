<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Switch account, add an account or sign out</source>
        <translation>Konto wechseln, ein Konto hinzufügen oder abmelden</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>&amp;Abmelden…</translation>
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
        <translation>Kein Programm auf diesem Computer konnte „%1“ öffnen.</translation>
    </message>
    <message>
        <source>No web browser could be started to open the address.</source>
        <translation>Es konnte kein Webbrowser gestartet werden, um die Adresse zu öffnen.</translation>
    </message>
    <message>
        <source>There is nothing to open for this activity on this computer yet.</source>
        <translation>Für diese Aktivität gibt es auf diesem Computer noch nichts zu öffnen.</translation>
    </message>
    <message>
        <source>The site&apos;s address is not known yet: sync once, then try again.</source>
        <translation>Die Adresse der Website ist noch nicht bekannt: Synchronisieren Sie einmal und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>None of this activity&apos;s files are on this computer yet.</source>
        <translation>Noch ist keine Datei dieser Aktivität auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Reset offline data</source>
        <translation>Offline-Daten zurücksetzen</translation>
    </message>
    <message>
        <source>Start again with a fresh copy of your offline data?

The current file is not deleted: it is moved aside in its folder (%1) in case you or your support need it. Your courses are then downloaded again from the site. Anything you marked while offline that was not sent yet is lost with it. You stay signed in.</source>
        <translation>Mit einer frischen Kopie Ihrer Offline-Daten neu beginnen?

Die aktuelle Datei wird nicht gelöscht: Sie wird in ihrem Ordner (%1) beiseitegelegt, falls Sie oder Ihr Support sie brauchen. Danach werden Ihre Kurse erneut von der Website geladen. Was Sie offline markiert haben und noch nicht gesendet wurde, geht dabei verloren. Sie bleiben angemeldet.</translation>
    </message>
    <message>
        <source>The offline data could not be moved aside, so nothing was reset. Check that you may write to its folder.</source>
        <translation>Die Offline-Daten konnten nicht beiseitegelegt werden, daher wurde nichts zurückgesetzt. Prüfen Sie, ob Sie in ihren Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>Offline data of another account</source>
        <translation>Offline-Daten eines anderen Kontos</translation>
    </message>
    <message>
        <source>%1&apos;s offline data from %2 is still on this computer: courses and grades, and a teacher&apos;s classes. Delete it if this computer is shared or %1 no longer uses Satchel here.</source>
        <translation>Die Offline-Daten von %1 von %2 sind noch auf diesem Computer: Kurse und Bewertungen sowie die Klassen einer Lehrkraft. Löschen Sie sie, wenn dieser Computer geteilt wird oder %1 Satchel hier nicht mehr nutzt.</translation>
    </message>
    <message>
        <source>Delete %1&apos;s offline data</source>
        <translation>Offline-Daten von %1 löschen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>The previous account&apos;s offline data could not be deleted.</source>
        <translation>Die Offline-Daten des vorigen Kontos konnten nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>You are signed out, but your offline data could not be deleted from this computer. Delete the files whose names start with %1 in %2, or ask whoever looks after this computer.</source>
        <translation>Sie sind abgemeldet, aber Ihre Offline-Daten konnten nicht von diesem Computer gelöscht werden. Löschen Sie die Dateien in %2, deren Name mit %1 beginnt, oder fragen Sie, wer diesen Computer betreut.</translation>
    </message>
    <message>
        <source>Open Satchel</source>
        <translation>Satchel öffnen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>AttemptMatrixModel</name>
    <message>
        <source>Learner</source>
        <translation>Lernende/r</translation>
    </message>
    <message>
        <source>Unnamed quiz</source>
        <translation>Test ohne Namen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>never submitted</source>
        <translation>nie abgegeben</translation>
    </message>
    <message>
        <source>no attempt</source>
        <translation>kein Versuch</translation>
    </message>
    <message>
        <source>1 attempt</source>
        <translation>1 Versuch</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempts</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln Versuch</numerusform>
            <numerusform>%Ln Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No attempt</source>
        <translation>Kein Versuch</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>begonnen %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <source>marks %1</source>
        <translation>Punkte %1</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <source>%L1 of %L2 learners attempted it</source>
        <translation>%L1 von %L2 Lernenden haben ihn versucht</translation>
    </message>
    <message>
        <source>Graded out of %1</source>
        <translation>Bewertet mit maximal %1</translation>
    </message>
</context>
<context>
    <name>AttentionListModel</name>
    <message>
        <source>no visit to the course for a day or more</source>
        <translation>seit einem Tag oder länger nicht im Kurs</translation>
    </message>
    <message numerus="yes">
        <source>no visit to the course for %Ln days or more</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>seit %Ln Tag oder länger nicht im Kurs</numerusform>
            <numerusform>seit %Ln Tagen oder länger nicht im Kurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Listed: learners with an assignment past its due date neither handed in nor graded; %1 (a setting); a course total below %2; or completion %3 points or more below the class&apos;s median.</source>
        <translation>Aufgeführt: Lernende mit einer Aufgabe nach ihrem Fälligkeitsdatum, die weder abgegeben noch bewertet ist; %1 (eine Einstellung); eine Kursgesamtbewertung unter %2; oder ein Abschluss %3 Prozentpunkte oder mehr unter dem Median der Klasse.</translation>
    </message>
    <message>
        <source>1 assignment overdue</source>
        <translation>1 Aufgabe überfällig</translation>
    </message>
    <message numerus="yes">
        <source>%Ln assignments overdue</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln Aufgabe überfällig</numerusform>
            <numerusform>%Ln Aufgaben überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>never opened the course</source>
        <translation>hat den Kurs nie geöffnet</translation>
    </message>
    <message>
        <source>no visit for 1 day</source>
        <translation>seit 1 Tag nicht im Kurs</translation>
    </message>
    <message numerus="yes">
        <source>no visit for %Ln days</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>seit %Ln Tag nicht im Kurs</numerusform>
            <numerusform>seit %Ln Tagen nicht im Kurs</numerusform>
        </translation>
    </message>
    <message>
        <source>course total %1</source>
        <translation>Kursgesamt %1</translation>
    </message>
    <message>
        <source>completed %1 of the activities (class median %2)</source>
        <translation>%1 der Aktivitäten abgeschlossen (Median der Klasse %2)</translation>
    </message>
    <message>
        <source>Not handed in: %1. The first was due on %2.</source>
        <translation>Nicht abgegeben: %1. Die erste war am %2 fällig.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1 (Klasse %2)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Lernende/r</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Overdue work</source>
        <translation>Überfällige Arbeit</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Letzter Besuch</translation>
    </message>
    <message>
        <source>Course total</source>
        <translation>Kursgesamt</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Abschluss</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <source>Badges</source>
        <translation>Abzeichen</translation>
    </message>
    <message>
        <source>Your badges are not synced yet.</source>
        <translation>Ihre Abzeichen sind noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>The site does not share your badges with you.</source>
        <translation>Die Website gibt Ihre Abzeichen nicht frei.</translation>
    </message>
    <message>
        <source>No badges yet.</source>
        <translation>Noch keine Abzeichen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Verliehen am %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Läuft ab am %1</translation>
    </message>
</context>
<context>
    <name>ClassSync</name>
    <message>
        <source>The class of %1 was not updated: %2</source>
        <translation>Die Klasse %1 wurde nicht aktualisiert: %2</translation>
    </message>
    <message>
        <source>The class of %1 was not completely updated: %2</source>
        <translation>Die Klasse %1 wurde nicht vollständig aktualisiert: %2</translation>
    </message>
</context>
<context>
    <name>ClassWorkText</name>
    <message>
        <source>not submitted</source>
        <translation>nicht abgegeben</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>abgegeben</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>wieder geöffnet</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (Gruppe)</translation>
    </message>
    <message>
        <source>late %1d %2h</source>
        <translation>%1 T %2 Std. zu spät</translation>
    </message>
    <message>
        <source>late %1h %2m</source>
        <translation>%1 Std. %2 Min. zu spät</translation>
    </message>
    <message>
        <source>late %1m</source>
        <translation>%1 Min. zu spät</translation>
    </message>
    <message>
        <source>%1 (scale item)</source>
        <translation>%1 (Skalenwert)</translation>
    </message>
    <message>
        <source>to grade</source>
        <translation>zu bewerten</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>✓ proficient</source>
        <translation>✓ beherrscht</translation>
    </message>
    <message>
        <source>%1 of %2 learners proficient</source>
        <translation>%1 von %2 Lernenden beherrschen sie</translation>
    </message>
    <message>
        <source>%1 of %2 learners proficient (%3%)</source>
        <translation>%1 von %2 Lernenden beherrschen sie (%3&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the class as CSV</source>
        <translation>Klasse als CSV exportieren</translation>
    </message>
    <message>
        <source>Save the roster with every grade item and tracked activity as a spreadsheet (CSV)</source>
        <translation>Teilnehmerliste mit allen Bewertungsaspekten und Aktivitäten mit Abschlussverfolgung als Tabelle (CSV) speichern</translation>
    </message>
    <message>
        <source>Export for CommCare…</source>
        <translation>Für CommCare exportieren…</translation>
    </message>
    <message>
        <source>Export the class for CommCare</source>
        <translation>Klasse für CommCare exportieren</translation>
    </message>
    <message>
        <source>Save a CommCare case import: one case per learner with the final grade and completion</source>
        <translation>Einen CommCare-Fallimport speichern: ein Fall pro Lernende/n mit Endbewertung und Abschluss</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>K&amp;lasse:</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Class data</source>
        <translation>Klassendaten</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Teilnehmer/innen</translation>
    </message>
    <message>
        <source>&amp;Grades</source>
        <translation>&amp;Bewertungen</translation>
    </message>
    <message>
        <source>Co&amp;mpletion</source>
        <translation>Abschl&amp;uss</translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation>Nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Teilnehmer/innen durchsuchen</translation>
    </message>
    <message>
        <source>G&amp;roup:</source>
        <translation>G&amp;ruppe:</translation>
    </message>
    <message>
        <source>Show the participants of a group</source>
        <translation>Teilnehmer/innen einer Gruppe anzeigen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer/innen</translation>
    </message>
    <message>
        <source>Press Enter or double-click a participant to see their grades and completion.</source>
        <translation>Eingabetaste oder Doppelklick auf eine Person zeigt ihre Bewertungen und ihren Abschluss.</translation>
    </message>
    <message>
        <source>Grades of the class</source>
        <translation>Bewertungen der Klasse</translation>
    </message>
    <message>
        <source>– not graded yet</source>
        <translation>– noch nicht bewertet</translation>
    </message>
    <message>
        <source>not in the learner&apos;s grade report</source>
        <translation>nicht in der Bewertungsübersicht der Person</translation>
    </message>
    <message>
        <source>Hidden from students</source>
        <translation>Für Teilnehmer/innen verborgen</translation>
    </message>
    <message>
        <source>Select a column to see its distribution</source>
        <translation>Spalte auswählen, um ihre Verteilung zu sehen</translation>
    </message>
    <message>
        <source>Only learners who have &amp;not completed the course</source>
        <translation>Nur Lernende, die den Kurs &amp;nicht abgeschlossen haben</translation>
    </message>
    <message>
        <source>Only learners who have not completed the course</source>
        <translation>Nur Lernende, die den Kurs nicht abgeschlossen haben</translation>
    </message>
    <message>
        <source>Only learners who have not completed the selected activity</source>
        <translation>Nur Lernende ohne Abschluss der gewählten Aktivität</translation>
    </message>
    <message>
        <source>Completion of the class</source>
        <translation>Abschluss der Klasse</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Pass: done with a passing grade</source>
        <translation>Bestanden: erledigt mit bestandener Bewertung</translation>
    </message>
    <message>
        <source>Fail: done without a passing grade</source>
        <translation>Nicht bestanden: erledigt ohne bestandene Bewertung</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>? not synced yet</source>
        <translation>? noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Course %1</source>
        <translation>Kurs %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You do not teach any course on this site.</source>
        <translation>Sie unterrichten auf dieser Website keinen Kurs.</translation>
    </message>
    <message>
        <source>No class data for this course on this computer yet. It arrives with the next sync.</source>
        <translation>Noch keine Klassendaten für diesen Kurs auf diesem Computer. Sie kommen mit der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>Class data last synced %1</source>
        <translation>Klassendaten zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <source>Class data never synced</source>
        <translation>Klassendaten noch nie synchronisiert</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 Teilnehmer/in</translation>
    </message>
    <message>
        <source>1 learner</source>
        <translation>1 Lernende/r</translation>
    </message>
    <message>
        <source>Only learners who have not completed “%1”</source>
        <translation>Nur Lernende, die „%1“ nicht abgeschlossen haben</translation>
    </message>
    <message>
        <source>Select a cell of an activity first</source>
        <translation>Zuerst eine Zelle einer Aktivität auswählen</translation>
    </message>
    <message>
        <source>No grades for this class yet.</source>
        <translation>Noch keine Bewertungen für diese Klasse.</translation>
    </message>
    <message>
        <source>Select a grade item to see how the class did.</source>
        <translation>Bewertungsaspekt auswählen, um zu sehen, wie die Klasse abgeschnitten hat.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is nothing to export for this class yet. Sync, then try again.</source>
        <translation>Für diese Klasse gibt es noch nichts zu exportieren. Synchronisieren Sie und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Satchel could not save “%1”. Choose another folder or file name.</source>
        <translation>Satchel konnte „%1“ nicht speichern. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>„%1“ in %2 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln Teilnehmer/in</numerusform>
            <numerusform>%Ln Teilnehmer/innen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln participants</source>
        <translation>
            <numerusform>%L1 von %Ln Teilnehmer/in</numerusform>
            <numerusform>%L1 von %Ln Teilnehmer/innen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln learners</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln Lernende/r</numerusform>
            <numerusform>%Ln Lernende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln learners</source>
        <translation>
            <numerusform>%L1 von %Ln Lernenden</numerusform>
            <numerusform>%L1 von %Ln Lernenden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Submissions</source>
        <translation>&amp;Abgaben</translation>
    </message>
    <message>
        <source>&amp;Quiz attempts</source>
        <translation>Test&amp;versuche</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Which learners to show</source>
        <translation>Welche Lernenden angezeigt werden</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>Alle Lernenden</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Nicht abgegeben</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Needs grading</source>
        <translation>Zu bewerten</translation>
    </message>
    <message>
        <source>&amp;in:</source>
        <translation>&amp;in:</translation>
    </message>
    <message>
        <source>In which assignment</source>
        <translation>In welcher Aufgabe</translation>
    </message>
    <message>
        <source>Submissions of the class</source>
        <translation>Abgaben der Klasse</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Abgegeben</translation>
    </message>
    <message>
        <source>Submitted late</source>
        <translation>Verspätet abgegeben</translation>
    </message>
    <message>
        <source>Draft or reopened</source>
        <translation>Entwurf oder wieder geöffnet</translation>
    </message>
    <message>
        <source>Point at a column title for its counts</source>
        <translation>Zeigen Sie auf einen Spaltentitel für die Zahlen</translation>
    </message>
    <message>
        <source>Quiz attempts of the class</source>
        <translation>Testversuche der Klasse</translation>
    </message>
    <message>
        <source>Each cell: the attempts, the best grade and how long that attempt took. Point at a cell to see every attempt.</source>
        <translation>Jede Zelle: die Versuche, die beste Bewertung und wie lange dieser Versuch dauerte. Zeigen Sie auf eine Zelle, um jeden Versuch zu sehen.</translation>
    </message>
    <message>
        <source>any assignment</source>
        <translation>beliebiger Aufgabe</translation>
    </message>
    <message>
        <source>The submissions of this class are not on this computer yet. They arrive with the next sync.</source>
        <translation>Die Abgaben dieser Klasse sind noch nicht auf diesem Computer. Sie kommen mit der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>The site does not share this class&apos;s submissions with you (%1), so Satchel cannot show who handed in what. The grades you can see are in the Grades tab.</source>
        <translation>Die Website teilt die Abgaben dieser Klasse nicht mit Ihnen (%1), daher kann Satchel nicht zeigen, wer was abgegeben hat. Die Bewertungen, die Sie sehen dürfen, stehen im Reiter Bewertungen.</translation>
    </message>
    <message>
        <source>This course has no assignments.</source>
        <translation>Dieser Kurs hat keine Aufgaben.</translation>
    </message>
    <message>
        <source>The site does not share the assignments&apos; grades with you (%1): no grades are shown here.</source>
        <translation>Die Website teilt die Bewertungen der Aufgaben nicht mit Ihnen (%1): Hier werden keine Bewertungen angezeigt.</translation>
    </message>
    <message>
        <source>The quiz attempts of this class are not on this computer yet. They arrive with the next sync.</source>
        <translation>Die Testversuche dieser Klasse sind noch nicht auf diesem Computer. Sie kommen mit der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>The site does not share this class&apos;s quiz attempts with you (%1).</source>
        <translation>Die Website teilt die Testversuche dieser Klasse nicht mit Ihnen (%1).</translation>
    </message>
    <message>
        <source>This course has no quizzes.</source>
        <translation>Dieser Kurs hat keine Tests.</translation>
    </message>
    <message>
        <source>Compe&amp;tencies</source>
        <translation>&amp;Kompetenzen</translation>
    </message>
    <message>
        <source>Competencies of the class</source>
        <translation>Kompetenzen der Klasse</translation>
    </message>
    <message>
        <source>Each cell: the learner&apos;s rating in this course, ✓ when it is proficient. Point at a cell or a column title for the competency&apos;s description.</source>
        <translation>Jede Zelle: die Bewertung der/des Lernenden in diesem Kurs, ✓ wenn sie die Kompetenz belegt. Zeigen Sie auf eine Zelle oder einen Spaltentitel, um die Beschreibung der Kompetenz zu sehen.</translation>
    </message>
    <message>
        <source>The competencies of this class are not on this computer yet. They arrive with the next sync.</source>
        <translation>Die Kompetenzen dieser Klasse sind noch nicht auf diesem Computer. Sie kommen mit der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>The site does not share this class&apos;s competencies with you (%1).</source>
        <translation>Die Website teilt die Kompetenzen dieser Klasse nicht mit Ihnen (%1).</translation>
    </message>
    <message>
        <source>No competencies are linked to this course.</source>
        <translation>Mit diesem Kurs sind keine Kompetenzen verknüpft.</translation>
    </message>
    <message>
        <source>&amp;Attention</source>
        <translation>Bea&amp;chten</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Liste exportieren…</translation>
    </message>
    <message>
        <source>Export the Attention list as CSV</source>
        <translation>Die Aufmerksamkeitsliste als CSV exportieren</translation>
    </message>
    <message>
        <source>Save the learners on this list with their reasons as a spreadsheet (CSV)</source>
        <translation>Die Lernenden dieser Liste mit ihren Gründen als Tabelle (CSV) speichern</translation>
    </message>
    <message>
        <source>Learners who need attention</source>
        <translation>Lernende, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <source>Click a column title to sort by it. Press Enter or double-click a learner for their details.</source>
        <translation>Klicken Sie auf einen Spaltentitel, um danach zu sortieren. Eingabetaste oder Doppelklick öffnet die Details der Person.</translation>
    </message>
    <message>
        <source>Nobody in this class needs attention by these rules.</source>
        <translation>Nach diesen Regeln braucht in dieser Klasse niemand Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>&amp;Attention (%L1)</source>
        <translation>Bea&amp;chten (%L1)</translation>
    </message>
    <message>
        <source>Export class work…</source>
        <translation>Klassenarbeiten exportieren…</translation>
    </message>
    <message>
        <source>Export the class&apos;s work as CSV</source>
        <translation>Die Arbeiten der Klasse als CSV exportieren</translation>
    </message>
    <message>
        <source>Save every learner&apos;s submissions, quiz attempts or competency ratings as a spreadsheet (CSV), one row each</source>
        <translation>Abgaben, Testversuche oder Kompetenzbewertungen aller Lernenden als Tabelle (CSV) speichern, je eine Zeile</translation>
    </message>
    <message>
        <source>Submissions…</source>
        <translation>Abgaben…</translation>
    </message>
    <message>
        <source>Quiz attempts…</source>
        <translation>Testversuche…</translation>
    </message>
    <message>
        <source>Competencies…</source>
        <translation>Kompetenzen…</translation>
    </message>
    <message>
        <source>Export the class&apos;s submissions as CSV</source>
        <translation>Die Abgaben der Klasse als CSV exportieren</translation>
    </message>
    <message>
        <source>Export the class&apos;s quiz attempts as CSV</source>
        <translation>Die Testversuche der Klasse als CSV exportieren</translation>
    </message>
    <message>
        <source>Export the class&apos;s competencies as CSV</source>
        <translation>Die Kompetenzen der Klasse als CSV exportieren</translation>
    </message>
</context>
<context>
    <name>CompetencyBox</name>
    <message>
        <source>Your competencies in this course</source>
        <translation>Ihre Kompetenzen in diesem Kurs</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>The site does not share your competencies in this course (%1).</source>
        <translation>Die Website gibt Ihre Kompetenzen in diesem Kurs nicht frei (%1).</translation>
    </message>
    <message>
        <source>Proficient in %1 of 1 competency.</source>
        <translation>%1 von 1 Kompetenz beherrscht.</translation>
    </message>
    <message numerus="yes">
        <source>Proficient in %1 of %Ln competencies.</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%1 von %Ln Kompetenz beherrscht.</numerusform>
            <numerusform>%1 von %Ln Kompetenzen beherrscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proficient</source>
        <translation>Beherrscht</translation>
    </message>
    <message>
        <source>Not yet proficient</source>
        <translation>Noch nicht beherrscht</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>%1 · proficient</source>
        <translation>%1 · beherrscht</translation>
    </message>
    <message>
        <source>%1 · not yet proficient</source>
        <translation>%1 · noch nicht beherrscht</translation>
    </message>
    <message>
        <source>Your learning plans</source>
        <translation>Ihre Lernpläne</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
</context>
<context>
    <name>CompetencyChart</name>
    <message>
        <source>Share of the class proficient per competency</source>
        <translation>Anteil der Klasse, der jede Kompetenz beherrscht</translation>
    </message>
    <message>
        <source>Proficient</source>
        <translation>Beherrscht</translation>
    </message>
    <message numerus="yes">
        <source>Share of the class proficient (%Ln learners)</source>
        <translation>
            <numerusform>Anteil der Klasse, der sie beherrscht (%Ln Lernende/r)</numerusform>
            <numerusform>Anteil der Klasse, der sie beherrscht (%Ln Lernende)</numerusform>
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
        <translation>Lernende/r</translation>
    </message>
    <message>
        <source>Unnamed competency</source>
        <translation>Unbenannte Kompetenz</translation>
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
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>CompletionMatrixModel</name>
    <message>
        <source>Learner</source>
        <translation>Lernende/r</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>Kurs abgeschlossen</translation>
    </message>
    <message>
        <source>Unnamed activity</source>
        <translation>Unbenannte Aktivität</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 has completed the course</source>
        <translation>%1 hat den Kurs abgeschlossen</translation>
    </message>
    <message>
        <source>%1 has not completed the course yet</source>
        <translation>%1 hat den Kurs noch nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Unknown: the course has no completion criteria, or Satchel has not synced them for %1</source>
        <translation>Unbekannt: Der Kurs hat keine Abschlusskriterien, oder Satchel hat sie für %1 noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <source>Learners mark it done themselves</source>
        <translation>Lernende markieren sie selbst als erledigt</translation>
    </message>
    <message>
        <source>Completed when the learner meets its conditions</source>
        <translation>Abgeschlossen, sobald die Bedingungen erfüllt sind</translation>
    </message>
    <message>
        <source>Done: %L1 of %L2</source>
        <translation>Erledigt: %L1 von %L2</translation>
    </message>
</context>
<context>
    <name>CourseDownloader</name>
    <message>
        <source>Its name is too long to be kept in the files folder.</source>
        <translation>Sein Name ist zu lang, um im Dateiordner abgelegt zu werden.</translation>
    </message>
    <message>
        <source>less than %1 MB would remain free on the disk</source>
        <translation>auf dem Datenträger blieben weniger als %1 MB frei</translation>
    </message>
    <message>
        <source>Its place in the files folder is not safe to write.</source>
        <translation>Sein Platz im Dateiordner kann nicht sicher beschrieben werden.</translation>
    </message>
</context>
<context>
    <name>CourseGradesModel</name>
    <message>
        <source>No percentage</source>
        <translation>Kein Prozentwert</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>CourseListDelegate</name>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>CourseListModel</name>
    <message>
        <source>Hidden from students</source>
        <translation>Für Teilnehmer/innen verborgen</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <source>%L1%</source>
        <translation>%L1 %</translation>
    </message>
    <message>
        <source>%L1% complete</source>
        <translation>%L1 % abgeschlossen</translation>
    </message>
</context>
<context>
    <name>CourseOutlineDelegate</name>
    <message>
        <source>Mark as done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wird noch gesendet</translation>
    </message>
</context>
<context>
    <name>CourseOutlineModel</name>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>Hidden from students</source>
        <translation>Für Teilnehmer/innen verborgen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date label, date</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wird noch gesendet</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 Aktivität</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln Aktivität</numerusform>
            <numerusform>%Ln Aktivitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be sent</source>
        <translation>Konnte nicht gesendet werden</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>Nicht heruntergeladen</translation>
    </message>
    <message>
        <source>Downloading %L1 %</source>
        <translation>Wird heruntergeladen: %L1 %</translation>
    </message>
    <message>
        <source>Partly downloaded</source>
        <translation>Teilweise heruntergeladen</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Herunterladen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not download: %1</source>
        <translation>Herunterladen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>1 attempt</source>
        <translation>1 Versuch</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempts</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln Versuch</numerusform>
            <numerusform>%Ln Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>best %1 out of %2</source>
        <translation>bester %1 von %2</translation>
    </message>
    <message>
        <source>one in progress</source>
        <translation>einer läuft noch</translation>
    </message>
</context>
<context>
    <name>CoursePage</name>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Sections and activities</source>
        <translation>Abschnitte und Aktivitäten</translation>
    </message>
    <message>
        <source>Your change could not be saved on this computer. Try again.</source>
        <translation>Ihre Änderung konnte auf diesem Computer nicht gespeichert werden. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The contents of this course are not on this computer yet. They appear here after the next sync.</source>
        <translation>Die Inhalte dieses Kurses sind noch nicht auf diesem Computer. Sie erscheinen hier nach der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>Kursfortschritt</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>Kurs abgeschlossen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Course completion</source>
        <translation>Kursabschluss</translation>
    </message>
    <message>
        <source>This course could not be read from this computer.</source>
        <translation>Dieser Kurs konnte auf diesem Computer nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This course is not on this computer any more</source>
        <translation>Dieser Kurs ist nicht mehr auf diesem Computer</translation>
    </message>
    <message>
        <source>Grade: %1</source>
        <translation>Bewertung: %1</translation>
    </message>
    <message>
        <source>Course completion is not on this computer yet.</source>
        <translation>Die Daten zum Kursabschluss sind noch nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>This course has no completion criteria.</source>
        <translation>Dieser Kurs hat keine Abschlusskriterien.</translation>
    </message>
    <message>
        <source>You have completed this course.</source>
        <translation>Sie haben diesen Kurs abgeschlossen.</translation>
    </message>
    <message>
        <source>Not completed yet.</source>
        <translation>Noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Any one of these completes the course:</source>
        <translation>Eines davon genügt, um den Kurs abzuschließen:</translation>
    </message>
    <message>
        <source>All of these are required:</source>
        <translation>Alle folgenden Kriterien sind erforderlich:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>erledigt am %1</translation>
    </message>
    <message>
        <source>%L1% complete</source>
        <translation>%L1 % abgeschlossen</translation>
    </message>
    <message>
        <source>Make available offline</source>
        <translation>Offline verfügbar machen</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>Offline verfügbar</translation>
    </message>
    <message>
        <source>Every sync keeps this course&apos;s files up to date. Remove them in File › Storage.</source>
        <translation>Jede Synchronisierung hält die Dateien dieses Kurses aktuell. Entfernen können Sie sie unter Datei › Speicher.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>Downloading %L1 %</source>
        <translation>Wird heruntergeladen: %L1 %</translation>
    </message>
    <message>
        <source>Download all files of this course and keep them up to date with every sync</source>
        <translation>Alle Dateien dieses Kurses herunterladen und bei jeder Synchronisierung aktuell halten</translation>
    </message>
    <message>
        <source>The files of this course take %1 MB. Download them now and keep them up to date?</source>
        <translation>Die Dateien dieses Kurses belegen %1 MB. Jetzt herunterladen und aktuell halten?</translation>
    </message>
    <message>
        <source>This course could not be made available offline. Try again.</source>
        <translation>Dieser Kurs konnte nicht offline verfügbar gemacht werden. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>1 file of this course could not be downloaded.</source>
        <translation>Eine Datei dieses Kurses konnte nicht heruntergeladen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files of this course could not be downloaded.</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln Datei dieses Kurses konnte nicht heruntergeladen werden.</numerusform>
            <numerusform>%Ln Dateien dieses Kurses konnten nicht heruntergeladen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Download this section</source>
        <translation>Diesen Abschnitt herunterladen</translation>
    </message>
    <message>
        <source>Nothing to download: the files of this section are on this computer, or it has none.</source>
        <translation>Nichts herunterzuladen: Die Dateien dieses Abschnitts sind auf diesem Computer, oder er hat keine.</translation>
    </message>
    <message>
        <source>Download the missing and outdated files (%1 MB) once, without keeping them up to date</source>
        <translation>Die fehlenden und veralteten Dateien (%1 MB) einmalig herunterladen, ohne sie aktuell zu halten</translation>
    </message>
    <message>
        <source>The files of this section take %1 MB. Download them now?</source>
        <translation>Die Dateien dieses Abschnitts belegen %1 MB. Jetzt herunterladen?</translation>
    </message>
    <message>
        <source>The files of this activity take %1 MB. Download them now?</source>
        <translation>Die Dateien dieser Aktivität belegen %1 MB. Jetzt herunterladen?</translation>
    </message>
    <message>
        <source>These files come right after the downloads going on.</source>
        <translation>Diese Dateien kommen gleich nach den laufenden Downloads.</translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>Search by name or short name</source>
        <translation>Nach Name oder Kurzname suchen</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>Kurse durchsuchen</translation>
    </message>
    <message>
        <source>Your courses</source>
        <translation>Ihre Kurse</translation>
    </message>
    <message>
        <source>← All courses</source>
        <translation>← Alle Kurse</translation>
    </message>
    <message>
        <source>Back to all courses</source>
        <translation>Zurück zu allen Kursen</translation>
    </message>
    <message>
        <source>Back to all courses (Esc)</source>
        <translation>Zurück zu allen Kursen (Esc)</translation>
    </message>
    <message>
        <source>No courses on this computer yet. They appear here after the first sync.</source>
        <translation>Noch keine Kurse auf diesem Computer. Sie erscheinen hier nach der ersten Synchronisierung.</translation>
    </message>
    <message>
        <source>No course matches “%1”.</source>
        <translation>Kein Kurs passt zu „%1“.</translation>
    </message>
    <message>
        <source>Your courses could not be read from this computer.</source>
        <translation>Ihre Kurse konnten auf diesem Computer nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The files of all your courses take %1 MB. Download them now and keep them up to date?</source>
        <translation>Die Dateien aller Ihrer Kurse belegen %1 MB. Jetzt herunterladen und aktuell halten?</translation>
    </message>
    <message>
        <source>Download all my courses</source>
        <translation>Alle meine Kurse herunterladen</translation>
    </message>
    <message>
        <source>Files are being downloaded now. Try again when they are done.</source>
        <translation>Gerade werden Dateien heruntergeladen. Versuchen Sie es erneut, wenn sie fertig sind.</translation>
    </message>
    <message>
        <source>Keep the files of every course on this computer, up to date at every sync</source>
        <translation>Die Dateien aller Kurse auf diesem Computer behalten, bei jeder Synchronisierung aktualisiert</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Satchel&apos;s offline data on this computer is damaged and cannot be read.</source>
        <translation>Die Offline-Daten von Satchel auf diesem Computer sind beschädigt und können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file where Satchel keeps your offline data belongs to another program, so Satchel leaves it as it is.</source>
        <translation>Die Datei, in der Satchel Ihre Offline-Daten aufbewahrt, gehört einem anderen Programm, daher lässt Satchel sie unverändert.</translation>
    </message>
    <message>
        <source>Your offline data on this computer was saved by a newer version of Satchel. Update Satchel to use it.</source>
        <translation>Ihre Offline-Daten auf diesem Computer wurden von einer neueren Satchel-Version gespeichert. Aktualisieren Sie Satchel, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>Satchel cannot read or write its offline data on this computer. Check that you may write to its folder and that the disk is not full.</source>
        <translation>Satchel kann seine Offline-Daten auf diesem Computer weder lesen noch schreiben. Prüfen Sie, ob Sie in den Ordner schreiben dürfen und ob die Festplatte nicht voll ist.</translation>
    </message>
</context>
<context>
    <name>DeadlineListModel</name>
    <message>
        <source>Overdue: was due %1</source>
        <translation>Überfällig: war fällig am %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig am %1</translation>
    </message>
    <message>
        <source>Overdue, %1</source>
        <translation>Überfällig, %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Abgegeben</translation>
    </message>
    <message>
        <source>Draft (not submitted)</source>
        <translation>Entwurf (nicht abgegeben)</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Nicht abgegeben</translation>
    </message>
    <message>
        <source>Not graded yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation>in 1 Minute</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln minutes</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>in %Ln Minute</numerusform>
            <numerusform>in %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>vor %Ln Minute</numerusform>
            <numerusform>vor %Ln Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation>in 1 Stunde</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln hours</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>in %Ln Stunde</numerusform>
            <numerusform>in %Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>vor %Ln Stunde</numerusform>
            <numerusform>vor %Ln Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>in 1 Tag</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>in %Ln Tag</numerusform>
            <numerusform>in %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln weeks</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>in %Ln Woche</numerusform>
            <numerusform>in %Ln Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln weeks ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>vor %Ln Woche</numerusform>
            <numerusform>vor %Ln Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln months</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>in %Ln Monat</numerusform>
            <numerusform>in %Ln Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln months ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>vor %Ln Monat</numerusform>
            <numerusform>vor %Ln Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 year</source>
        <translation>in 1 Jahr</translation>
    </message>
    <message>
        <source>1 year ago</source>
        <translation>vor 1 Jahr</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln years</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>in %Ln Jahr</numerusform>
            <numerusform>in %Ln Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln years ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>vor %Ln Jahr</numerusform>
            <numerusform>vor %Ln Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>You teach this</source>
        <translation>Sie unterrichten hier</translation>
    </message>
</context>
<context>
    <name>ForumSync</name>
    <message>
        <source>The forum %1 was not updated: %2</source>
        <translation>Das Forum %1 wurde nicht aktualisiert: %2</translation>
    </message>
</context>
<context>
    <name>ForumView</name>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Begonnen von</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>This forum could not be read from this computer.</source>
        <translation>Dieses Forum konnte auf diesem Computer nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This forum is not on this computer.</source>
        <translation>Dieses Forum ist nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>This forum is not on this computer yet: it comes with its course once the course is made available offline.</source>
        <translation>Dieses Forum ist noch nicht auf diesem Computer: Es kommt mit seinem Kurs, sobald der Kurs offline verfügbar gemacht wird.</translation>
    </message>
    <message>
        <source>Read-only copy from %1</source>
        <translation>Schreibgeschützte Kopie vom %1</translation>
    </message>
    <message>
        <source>No discussions.</source>
        <translation>Keine Diskussionen.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>The posts of this discussion are not on this computer yet: they come with the next sync.</source>
        <translation>Die Beiträge dieser Diskussion sind noch nicht auf diesem Computer: Sie kommen mit der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>author · time of a forum post</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <source>%1 (%2), not downloaded</source>
        <comment>attachment name (size)</comment>
        <translation>%1 (%2), nicht heruntergeladen</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>size of an attachment</comment>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>This attachment is not on this computer any more.</source>
        <translation>Dieser Anhang ist nicht mehr auf diesem Computer.</translation>
    </message>
    <message>
        <source>No application on this computer could open “%1”.</source>
        <translation>Kein Programm auf diesem Computer konnte „%1“ öffnen.</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>GradeChart</name>
    <message>
        <source>Grades chart</source>
        <translation>Bewertungsdiagramm</translation>
    </message>
    <message>
        <source>No graded items yet.</source>
        <translation>Noch keine bewerteten Aspekte.</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>@value %</source>
        <translation>@value %</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>GradeHistogram</name>
    <message>
        <source>Grade distribution</source>
        <translation>Verteilung der Bewertungen</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <source>Select a grade item to see how the class did.</source>
        <translation>Bewertungsaspekt auswählen, um zu sehen, wie die Klasse abgeschnitten hat.</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2 %</translation>
    </message>
    <message>
        <source>%1 — %2 graded of %3</source>
        <translation>%1 — %2 von %3 bewertet</translation>
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
        <translation>Unbenannter Bewertungsaspekt</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (verborgen)</translation>
    </message>
    <message>
        <source>Moodle does not send the names of grade categories. Its grade is the category total.</source>
        <translation>Moodle übermittelt keine Namen von Bewertungskategorien. Die Bewertung ist die Gesamtbewertung der Kategorie.</translation>
    </message>
    <message>
        <source>Hidden from students on the site.</source>
        <translation>Auf der Website für Teilnehmer/innen verborgen.</translation>
    </message>
    <message>
        <source>Graded on %1</source>
        <translation>Bewertet am %1</translation>
    </message>
    <message>
        <source>No feedback</source>
        <translation>Kein Feedback</translation>
    </message>
    <message>
        <source>Grade item</source>
        <translation>Bewertungsaspekt</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
</context>
<context>
    <name>GradeMatrixModel</name>
    <message>
        <source>%1 – %2: %3 (%4 %)</source>
        <translation>%1 – %2: %3 (%4 %)</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <source>%1 – %2: not graded yet</source>
        <translation>%1 – %2: noch nicht bewertet</translation>
    </message>
    <message>
        <source>Missing: %1 is not in %2&apos;s grade report</source>
        <translation>Fehlt: %1 ist nicht in der Bewertungsübersicht von %2</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Lernende/r</translation>
    </message>
    <message>
        <source>Unnamed item</source>
        <translation>Unbenannter Bewertungsaspekt</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (verborgen)</translation>
    </message>
    <message>
        <source>Hidden from students on the site.</source>
        <translation>Auf der Website für Teilnehmer/innen verborgen.</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>Bereich: %1</translation>
    </message>
    <message>
        <source>Graded: %L1 of %L2</source>
        <translation>Bewertet: %L1 von %L2</translation>
    </message>
    <message>
        <source>Click to sort by grade; not graded last.</source>
        <translation>Klicken, um nach Bewertung zu sortieren; nicht Bewertete zuletzt.</translation>
    </message>
</context>
<context>
    <name>GradeNames</name>
    <message>
        <source>Course total</source>
        <translation>Kurs gesamt</translation>
    </message>
    <message>
        <source>Category total</source>
        <translation>Kategorie gesamt</translation>
    </message>
    <message>
        <source>Category total (%1)</source>
        <translation>Kategorie gesamt (%1)</translation>
    </message>
</context>
<context>
    <name>GradesPage</name>
    <message>
        <source>Grades</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>Final grades of your courses</source>
        <translation>Endbewertungen Ihrer Kurse</translation>
    </message>
    <message>
        <source>Grade items</source>
        <translation>Bewertungsaspekte</translation>
    </message>
    <message>
        <source>No grade items for this course yet.</source>
        <translation>Noch keine Bewertungsaspekte für diesen Kurs.</translation>
    </message>
    <message>
        <source>Percentages of graded items</source>
        <translation>Prozentwerte der bewerteten Aspekte</translation>
    </message>
    <message>
        <source>Nothing graded in this course yet.</source>
        <translation>In diesem Kurs wurde noch nichts bewertet.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>No grades yet. Your course grades appear here once Satchel has synced them from your Moodle site.</source>
        <translation>Noch keine Bewertungen. Ihre Kursbewertungen erscheinen hier, sobald Satchel sie von Ihrer Moodle-Website synchronisiert hat.</translation>
    </message>
    <message>
        <source>Course total: %1</source>
        <translation>Kurs gesamt: %1</translation>
    </message>
    <message>
        <source>range %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>Unnamed item</source>
        <translation>Unbenannter Bewertungsaspekt</translation>
    </message>
    <message>
        <source>Select a grade item to read your teacher&apos;s feedback.</source>
        <translation>Wählen Sie einen Bewertungsaspekt aus, um das Feedback Ihrer Lehrkraft zu lesen.</translation>
    </message>
    <message>
        <source>Graded %1</source>
        <translation>Bewertet %1</translation>
    </message>
    <message>
        <source>No feedback for this item.</source>
        <translation>Kein Feedback zu diesem Bewertungsaspekt.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Your courses, deadlines and grades from %1 will appear here after the first sync. Satchel keeps a copy on this computer, so you can read them offline.</source>
        <translation>Ihre Kurse, Termine und Bewertungen von %1 erscheinen hier nach der ersten Synchronisierung. Satchel speichert eine Kopie auf diesem Computer, damit Sie sie auch offline lesen können.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Anmeldename:</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>Angemeldet seit:</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Demnächst fällig</translation>
    </message>
    <message>
        <source>Nothing due in the next weeks. New assignments and quizzes show up here after the next sync.</source>
        <translation>In den nächsten Wochen ist nichts fällig. Neue Aufgaben und Tests erscheinen hier nach der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Courses in progress</source>
        <translation>Laufende Kurse</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>No courses in progress. Completed courses and courses without completion tracking are not listed here.</source>
        <translation>Keine laufenden Kurse. Abgeschlossene Kurse und Kurse ohne Abschlussverfolgung werden hier nicht aufgeführt.</translation>
    </message>
    <message>
        <source>Recent grades</source>
        <translation>Neueste Bewertungen</translation>
    </message>
    <message>
        <source>Grade item</source>
        <translation>Bewertungsaspekt</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>No grades yet. Grades appear here as soon as your teachers grade your work.</source>
        <translation>Noch keine Bewertungen. Bewertungen erscheinen hier, sobald Ihre Lehrkräfte Ihre Arbeiten bewertet haben.</translation>
    </message>
    <message>
        <source>Hello!</source>
        <translation>Hallo!</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>Hallo, %1!</translation>
    </message>
    <message>
        <source>1 overdue</source>
        <translation>1 überfällig</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>%Ln überfällig</numerusform>
            <numerusform>%Ln überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>1 upcoming</source>
        <translation>1 anstehend</translation>
    </message>
    <message numerus="yes">
        <source>%Ln upcoming</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>%Ln anstehend</numerusform>
            <numerusform>%Ln anstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 complete</source>
        <translation>%1 abgeschlossen</translation>
    </message>
    <message>
        <source>Unnamed item</source>
        <translation>Unbenannter Bewertungsaspekt</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>Bereich: %1</translation>
    </message>
    <message>
        <source>Graded %1</source>
        <translation>Bewertet am %1</translation>
    </message>
    <message>
        <source>No courses in progress of your own. The classes you teach are on the Classes page.</source>
        <translation>Keine eigenen Kurse in Bearbeitung. Die Klassen, die Sie unterrichten, finden Sie auf der Seite „Klassen“.</translation>
    </message>
    <message>
        <source>No grades of your own. Your classes&apos; grades are on the Classes page.</source>
        <translation>Keine eigenen Bewertungen. Die Bewertungen Ihrer Klassen finden Sie auf der Seite „Klassen“.</translation>
    </message>
</context>
<context>
    <name>HtmlSanitizer</name>
    <message>
        <source>[Image: %1]</source>
        <translation>[Bild: %1]</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Meldungstyp</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
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
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Offline data from %1</source>
        <translation>Offline-Daten von %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Angemeldetes Konto</translation>
    </message>
    <message>
        <source>Satchel logo</source>
        <translation>Satchel-Logo</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Satchel</source>
        <translation>&amp;Über Satchel</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Some of your data could not be updated. The rest is up to date.</source>
        <translation>Einige Ihrer Daten konnten nicht aktualisiert werden. Alles andere ist auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of %1?

You will need your password to sign in again. Keep the offline copy of your courses on this computer?</source>
        <translation>Von %1 abmelden?

Sie benötigen Ihr Kennwort, um sich erneut anzumelden. Soll die Offline-Kopie Ihrer Kurse auf diesem Computer bleiben?</translation>
    </message>
    <message>
        <source>Sign out, keep offline data</source>
        <translation>Abmelden, Offline-Daten behalten</translation>
    </message>
    <message>
        <source>Sign out and delete offline data</source>
        <translation>Abmelden und Offline-Daten löschen</translation>
    </message>
    <message>
        <source>About Satchel</source>
        <translation>Über Satchel</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Satchel %1&lt;/h3&gt;&lt;p&gt;An offline-first desktop client for Moodle: your courses, deadlines and grades, also without a connection.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Satchel %1&lt;/h3&gt;&lt;p&gt;Ein offlinefähiger Desktop-Client für Moodle: Ihre Kurse, Termine und Bewertungen – auch ohne Verbindung.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reset offline data…</source>
        <translation>Offline-Daten zurücksetzen…</translation>
    </message>
    <message>
        <source>Satchel could not read its offline data on this computer, so what you see may be incomplete or out of date. Check the data folder&apos;s permissions and free disk space, then restart Satchel.</source>
        <translation>Satchel konnte seine Offline-Daten auf diesem Computer nicht lesen, daher kann das Angezeigte unvollständig oder veraltet sein. Prüfen Sie die Berechtigungen des Datenordners und den freien Speicherplatz und starten Sie Satchel dann neu.</translation>
    </message>
    <message>
        <source>%1 Reset offline data to download your courses again from the site.</source>
        <translation>%1 Setzen Sie die Offline-Daten zurück, um Ihre Kurse erneut von der Website zu laden.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Data folder: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Datenordner: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none (the demo account keeps nothing)</source>
        <translation>keiner (das Demokonto speichert nichts)</translation>
    </message>
    <message>
        <source>Export to &amp;calendar…</source>
        <translation>In &amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>Export the deadlines to a calendar</source>
        <translation>Termine in einen Kalender exportieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Kalenderdateien (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Satchel could not save “%1”. Choose another folder or file name.</source>
        <translation>Satchel konnte „%1“ nicht speichern. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>„%1“ in %2 gespeichert.</translation>
    </message>
    <message>
        <source>S&amp;torage…</source>
        <translation>S&amp;peicher…</translation>
    </message>
    <message>
        <source>Storage – Satchel</source>
        <translation>Speicher – Satchel</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Abzeichen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>ModuleIcons</name>
    <message>
        <source>Assignment</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Textseite</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Textfeld</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
</context>
<context>
    <name>MoodleError</name>
    <message>
        <source>The site is not answering. It may be down, or you may be offline.</source>
        <translation>Die Website antwortet nicht. Sie ist möglicherweise nicht erreichbar, oder Sie sind offline.</translation>
    </message>
    <message>
        <source>This site address could not be found. Check the address, or your internet connection.</source>
        <translation>Diese Website-Adresse wurde nicht gefunden. Überprüfen Sie die Adresse oder Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>The site took too long to answer. Your connection may be slow or offline.</source>
        <translation>Die Website hat zu lange nicht geantwortet. Ihre Verbindung ist möglicherweise langsam oder getrennt.</translation>
    </message>
    <message>
        <source>You appear to be offline. Satchel will keep trying.</source>
        <translation>Sie scheinen offline zu sein. Satchel versucht es weiter.</translation>
    </message>
    <message>
        <source>The site&apos;s secure connection could not be verified (%1). Satchel does not connect to sites it cannot verify.</source>
        <translation>Die sichere Verbindung der Website konnte nicht überprüft werden (%1). Satchel verbindet sich nicht mit Websites, die es nicht überprüfen kann.</translation>
    </message>
    <message>
        <source>certificate problem</source>
        <translation>Zertifikatsproblem</translation>
    </message>
    <message>
        <source>The site answered &quot;not found&quot;. Check the site address.</source>
        <translation>Die Website hat „nicht gefunden“ gemeldet. Überprüfen Sie die Website-Adresse.</translation>
    </message>
    <message>
        <source>The site is busy and asked Satchel to slow down. It will try again shortly.</source>
        <translation>Die Website ist ausgelastet und hat Satchel gebeten, langsamer zu machen. Satchel versucht es in Kürze erneut.</translation>
    </message>
    <message>
        <source>The site answered with an error (HTTP %1). Try again later.</source>
        <translation>Die Website hat mit einem Fehler geantwortet (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The site is temporarily unavailable. Try again later.</source>
        <translation>Die Website ist vorübergehend nicht verfügbar. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The site answered with a web page instead of data. It may be under maintenance, or a network login page may be in the way.</source>
        <translation>Die Website hat mit einer Webseite statt mit Daten geantwortet. Möglicherweise wird sie gewartet, oder eine Netzwerk-Anmeldeseite ist dazwischengeschaltet.</translation>
    </message>
    <message>
        <source>The site sent an incomplete or damaged answer. Try again later.</source>
        <translation>Die Website hat eine unvollständige oder beschädigte Antwort gesendet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The site sent more data than Satchel can handle at once.</source>
        <translation>Die Website hat mehr Daten gesendet, als Satchel auf einmal verarbeiten kann.</translation>
    </message>
    <message>
        <source>This address does not look like a Moodle site. Check the address your school gave you.</source>
        <translation>Diese Adresse scheint keine Moodle-Website zu sein. Überprüfen Sie die Adresse, die Sie von Ihrer Schule erhalten haben.</translation>
    </message>
    <message>
        <source>The site keeps redirecting. Check the site address.</source>
        <translation>Die Website leitet ständig weiter. Überprüfen Sie die Website-Adresse.</translation>
    </message>
    <message>
        <source>The site redirected from a secure address to an insecure one. Satchel stopped to protect your password.</source>
        <translation>Die Website hat von einer sicheren auf eine unsichere Adresse weitergeleitet. Satchel hat abgebrochen, um Ihr Kennwort zu schützen.</translation>
    </message>
    <message>
        <source>That is not a valid site address. Type something like &quot;school.edu&quot; or &quot;https://school.edu/moodle&quot;.</source>
        <translation>Das ist keine gültige Website-Adresse. Geben Sie etwa „school.edu“ oder „https://school.edu/moodle“ ein.</translation>
    </message>
    <message>
        <source>This site does not use a secure connection (http). Your password would be sent unprotected. Allow it only if you trust the network.</source>
        <translation>Diese Website verwendet keine sichere Verbindung (http). Ihr Kennwort würde ungeschützt übertragen. Erlauben Sie dies nur, wenn Sie dem Netzwerk vertrauen.</translation>
    </message>
    <message>
        <source>Invalid username or password.</source>
        <translation>Ungültiger Anmeldename oder ungültiges Kennwort.</translation>
    </message>
    <message>
        <source>This site does not allow access from apps. Ask the site administrator to enable mobile web services.</source>
        <translation>Diese Website erlaubt keinen Zugriff durch Apps. Bitten Sie die Administration der Website, die Webservices für mobile Apps zu aktivieren.</translation>
    </message>
    <message>
        <source>The site is under maintenance. Try again later.</source>
        <translation>Die Website wird gerade gewartet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The site is under maintenance: %1</source>
        <translation>Die Website wird gerade gewartet: %1</translation>
    </message>
    <message>
        <source>You need to change your password on the website before you can sign in here.</source>
        <translation>Sie müssen Ihr Kennwort auf der Website ändern, bevor Sie sich hier anmelden können.</translation>
    </message>
    <message>
        <source>Your account is not confirmed yet. Follow the link in the confirmation e-mail first.</source>
        <translation>Ihr Konto ist noch nicht bestätigt. Folgen Sie zuerst dem Link in der Bestätigungs-E-Mail.</translation>
    </message>
    <message>
        <source>Your account cannot use apps on this site. Contact the site administrator.</source>
        <translation>Ihr Konto darf auf dieser Website keine Apps verwenden. Wenden Sie sich an die Administration der Website.</translation>
    </message>
    <message>
        <source>This site requires a different Moodle app.</source>
        <translation>Diese Website erfordert eine andere Moodle-App.</translation>
    </message>
    <message>
        <source>The site address redirects elsewhere. Use the site&apos;s final address (usually starting with https://).</source>
        <translation>Die Website-Adresse leitet woandershin weiter. Verwenden Sie die endgültige Adresse der Website (beginnt meist mit https://).</translation>
    </message>
    <message>
        <source>This Moodle site is too old for Satchel.</source>
        <translation>Diese Moodle-Website ist zu alt für Satchel.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again; your offline data is kept.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an; Ihre Offline-Daten bleiben erhalten.</translation>
    </message>
    <message>
        <source>You do not have permission to see this.</source>
        <translation>Sie haben keine Berechtigung, dies anzuzeigen.</translation>
    </message>
    <message>
        <source>You are not enrolled in this course, or it is not available to you.</source>
        <translation>Sie sind nicht in diesen Kurs eingeschrieben, oder er ist für Sie nicht verfügbar.</translation>
    </message>
    <message>
        <source>The site did not accept Satchel&apos;s request. The site may be running an unsupported version.</source>
        <translation>Die Website hat die Anfrage von Satchel nicht angenommen. Möglicherweise läuft auf der Website eine nicht unterstützte Version.</translation>
    </message>
    <message>
        <source>The site could not find what Satchel asked for. It may have been removed.</source>
        <translation>Die Website konnte das von Satchel Angeforderte nicht finden. Es wurde möglicherweise entfernt.</translation>
    </message>
    <message>
        <source>This site does not offer this feature to apps.</source>
        <translation>Diese Website bietet diese Funktion für Apps nicht an.</translation>
    </message>
    <message>
        <source>This course has no completion criteria.</source>
        <translation>Dieser Kurs hat keine Abschlusskriterien.</translation>
    </message>
    <message>
        <source>The site reported a problem. Try again later.</source>
        <translation>Die Website hat ein Problem gemeldet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Satchel could not use the system keychain to keep you signed in (%1). Unlock or set up the keychain and try again.</source>
        <translation>Satchel konnte den Schlüsselbund des Systems nicht verwenden, um Sie angemeldet zu halten (%1). Entsperren oder richten Sie den Schlüsselbund ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Satchel could not write its data on this computer (%1). Check free disk space and folder permissions.</source>
        <translation>Satchel konnte seine Daten nicht auf diesem Computer speichern (%1). Überprüfen Sie den freien Speicherplatz und die Ordnerberechtigungen.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgelaufen.</translation>
    </message>
    <message>
        <source>This site signs you in on its own page, in your web browser. Press “Sign in with your browser” instead.</source>
        <translation>Diese Website meldet Sie auf einer eigenen Seite in Ihrem Browser an. Klicken Sie stattdessen auf „Mit Ihrem Browser anmelden“.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Due %1: %2</source>
        <extracomment>%1 &quot;in 1 hour&quot;, %2 the activity</extracomment>
        <translation>Fällig %1: %2</translation>
    </message>
    <message>
        <source>Due %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>Fällig am %1</translation>
    </message>
</context>
<context>
    <name>OfflineContent</name>
    <message>
        <source>Course files cannot be downloaded here: this is not connected to a site.</source>
        <translation>Kursdateien können hier nicht heruntergeladen werden: Es besteht keine Verbindung zu einer Website.</translation>
    </message>
    <message>
        <source>This site does not allow apps to download course files.</source>
        <translation>Diese Website erlaubt Apps nicht, Kursdateien herunterzuladen.</translation>
    </message>
    <message>
        <source>Downloads are running; cancel them first.</source>
        <translation>Downloads laufen gerade; brechen Sie sie zuerst ab.</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>This page could not be read from this computer.</source>
        <translation>Diese Seite konnte auf diesem Computer nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This activity is not on this computer.</source>
        <translation>Diese Aktivität ist nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>This page is not downloaded yet. Make its course available offline while the site can be reached, or open it in the browser.</source>
        <translation>Diese Seite ist noch nicht heruntergeladen. Machen Sie ihren Kurs offline verfügbar, solange die Website erreichbar ist, oder öffnen Sie sie im Browser.</translation>
    </message>
    <message>
        <source>Parts of this book are not downloaded yet: they come with the next download.</source>
        <translation>Teile dieses Buchs sind noch nicht heruntergeladen: Sie kommen mit dem nächsten Download.</translation>
    </message>
    <message>
        <source>The site has a newer version of this page: it comes with the next download.</source>
        <translation>Die Website hat eine neuere Version dieser Seite: Sie kommt mit dem nächsten Download.</translation>
    </message>
</context>
<context>
    <name>ParticipantListModel</name>
    <message>
        <source>Student</source>
        <translation>Teilnehmer/in</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Trainer/in</translation>
    </message>
    <message>
        <source>Non-editing teacher</source>
        <translation>Trainer/in ohne Bearbeitungsrecht</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager/in</translation>
    </message>
    <message>
        <source>Course creator</source>
        <translation>Kursersteller/in</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Last on the site %1</source>
        <translation>Zuletzt auf der Website: %1</translation>
    </message>
    <message>
        <source>Has never signed in to the site</source>
        <translation>Hat sich noch nie auf der Website angemeldet</translation>
    </message>
    <message>
        <source>Press Enter or double-click to see %1&apos;s grades and completion</source>
        <translation>Eingabetaste oder Doppelklick zeigt Bewertungen und Abschluss von %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Last access</source>
        <translation>Letzter Zugriff</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search everything offline (Ctrl+K)</source>
        <translation>Alles offline durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation>Keine Ergebnisse für „%1“</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Diskussionen</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Deadlines and events</source>
        <translation>Fristen und Termine</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1, %2, in %3: %4</source>
        <translation>%1, %2, in %3: %4</translation>
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
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Nur auf Anforderung</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Synchronisierungsintervall in Minuten</translation>
    </message>
    <message>
        <source>Requests at the same time</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>More is faster on a good connection; fewer is gentler on a slow one or a busy site.</source>
        <translation>Mehr ist bei einer guten Verbindung schneller; weniger schont eine langsame Verbindung oder eine ausgelastete Website.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchronisieren &amp;alle:</translation>
    </message>
    <message>
        <source>&amp;Requests at the same time:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time Satchel starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Satchel wirksam.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Download files up to this size on their own, in MB</source>
        <translation>Dateien bis zu dieser Größe selbstständig herunterladen, in MB</translation>
    </message>
    <message>
        <source>Files of courses made available offline are always downloaded.</source>
        <translation>Dateien von Kursen, die offline verfügbar sind, werden immer heruntergeladen.</translation>
    </message>
    <message>
        <source>Free disk space downloads leave, in MB</source>
        <translation>Freier Speicherplatz, den Downloads übrig lassen, in MB</translation>
    </message>
    <message>
        <source>&amp;Download files up to:</source>
        <translation>&amp;Dateien herunterladen bis:</translation>
    </message>
    <message>
        <source>&amp;Keep free on the disk:</source>
        <translation>&amp;Frei lassen auf dem Datenträger:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Days without a visit that put a learner on the Attention list</source>
        <translation>Tage ohne Besuch, nach denen Lernende auf der Aufmerksamkeitsliste stehen</translation>
    </message>
    <message>
        <source>For teachers: a learner who has not opened the course for this long is on the class&apos;s Attention list.</source>
        <translation>Für Lehrende: Wer den Kurs so lange nicht geöffnet hat, steht auf der Aufmerksamkeitsliste der Klasse.</translation>
    </message>
    <message>
        <source>Learners &amp;away from a class for:</source>
        <translation>Lernende &amp;abwesend seit:</translation>
    </message>
    <message>
        <source>Re&amp;mind me of deadlines</source>
        <translation>An Fristen &amp;erinnern</translation>
    </message>
    <message>
        <source>Courses to remind me of</source>
        <translation>Kurse mit Erinnerungen</translation>
    </message>
    <message>
        <source>Before a deadline I have not handed in yet:</source>
        <translation>Vor einer Frist, wenn ich noch nichts abgegeben habe:</translation>
    </message>
    <message>
        <source>In these courses:</source>
        <translation>In diesen Kursen:</translation>
    </message>
    <message>
        <source>Keep Satchel running in the &amp;tray after closing the window</source>
        <translation>Satchel nach dem Schließen des Fensters im &amp;Infobereich weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Reminders come only while Satchel runs.</source>
        <translation>Erinnerungen kommen nur, während Satchel läuft.</translation>
    </message>
    <message>
        <source>&amp;Start Satchel when I log in</source>
        <translation>Satchel bei der &amp;Anmeldung starten</translation>
    </message>
    <message>
        <source>1 week before</source>
        <translation>1 Woche vorher</translation>
    </message>
    <message numerus="yes">
        <source>%Ln weeks before</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>%Ln Woche vorher</numerusform>
            <numerusform>%Ln Wochen vorher</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 Tag vorher</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days before</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>%Ln Tag vorher</numerusform>
            <numerusform>%Ln Tage vorher</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 Stunde vorher</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours before</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>%Ln Stunde vorher</numerusform>
            <numerusform>%Ln Stunden vorher</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute before</source>
        <translation>1 Minute vorher</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes before</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>%Ln Minute vorher</numerusform>
            <numerusform>%Ln Minuten vorher</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in – Satchel</source>
        <translation>Anmelden – Satchel</translation>
    </message>
    <message>
        <source>Satchel logo</source>
        <translation>Satchel-Logo</translation>
    </message>
    <message>
        <source>Sign in to your Moodle site</source>
        <translation>Bei Ihrer Moodle-Website anmelden</translation>
    </message>
    <message>
        <source>Use the same site address, username and password as in your web browser. Satchel keeps a copy of your courses so you can use them offline.</source>
        <translation>Verwenden Sie dieselbe Website-Adresse, denselben Anmeldenamen und dasselbe Kennwort wie in Ihrem Webbrowser. Satchel speichert eine Kopie Ihrer Kurse, damit Sie sie offline nutzen können.</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Website-Adresse</translation>
    </message>
    <message>
        <source>school.edu or https://school.edu/moodle</source>
        <translation>school.edu oder https://school.edu/moodle</translation>
    </message>
    <message>
        <source>Site status</source>
        <translation>Website-Status</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>&amp;Site address:</source>
        <translation>&amp;Website-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Insecure connection warning</source>
        <translation>Warnung vor unsicherer Verbindung</translation>
    </message>
    <message>
        <source>Sign in over an insecure connection (http) anyway</source>
        <translation>Trotzdem über eine unsichere Verbindung (http) anmelden</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Anmeldeproblem</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Enter your password to continue; your offline data is kept.</source>
        <translation>Ihre Sitzung auf %1 ist beendet. Geben Sie Ihr Kennwort ein, um fortzufahren; Ihre Offline-Daten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Enter the address of your Moodle site.</source>
        <translation>Geben Sie die Adresse Ihrer Moodle-Website ein.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Geben Sie Ihren Anmeldenamen ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Kennwort ein.</translation>
    </message>
    <message>
        <source>Tick the box to sign in over an insecure connection, or use an https:// address.</source>
        <translation>Aktivieren Sie das Kästchen, um sich über eine unsichere Verbindung anzumelden, oder verwenden Sie eine https://-Adresse.</translation>
    </message>
    <message>
        <source>The address you use for Moodle in your web browser.</source>
        <translation>Die Adresse, die Sie für Moodle in Ihrem Webbrowser verwenden.</translation>
    </message>
    <message>
        <source>Checking site…</source>
        <translation>Website wird geprüft…</translation>
    </message>
    <message>
        <source>%1 (not secure: http)</source>
        <translation>%1 (nicht sicher: http)</translation>
    </message>
    <message>
        <source>Where your password goes</source>
        <translation>Wohin Ihr Passwort geht</translation>
    </message>
    <message>
        <source>Another host warning</source>
        <translation>Warnung: anderer Server</translation>
    </message>
    <message>
        <source>Your password has not been sent yet. Check the warning above, then press Sign in again to send it to %1.</source>
        <translation>Ihr Passwort wurde noch nicht gesendet. Prüfen Sie die Warnung oben und drücken Sie dann erneut auf Anmelden, um es an %1 zu senden.</translation>
    </message>
    <message>
        <source>Your password will be sent to %1</source>
        <translation>Ihr Passwort wird an %1 gesendet</translation>
    </message>
    <message>
        <source>You typed %1, but that site sent Satchel on to another host, %2. Sign in only if you know that %2 is where your school signs you in (a single sign-on service, for example): a look-alike page that collects passwords can also send you on like this.</source>
        <translation>Sie haben %1 eingegeben, aber diese Website hat Satchel an einen anderen Server weitergeleitet, %2. Melden Sie sich nur an, wenn Sie wissen, dass Ihre Schule Sie bei %2 anmeldet (zum Beispiel ein Single-Sign-on-Dienst): Auch eine nachgemachte Seite, die Passwörter sammelt, kann Sie so weiterleiten.</translation>
    </message>
    <message>
        <source>Sign in with your &amp;browser</source>
        <translation>Mit Ihrem &amp;Browser anmelden</translation>
    </message>
    <message>
        <source>Sign in with your browser</source>
        <translation>Mit Ihrem Browser anmelden</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. Satchel goes on by itself when the browser hands the sign-in back. If it does not, copy the address that starts with moodlemobile:// from the browser&apos;s address bar (or from its &quot;open the app&quot; button) and paste it here.</source>
        <translation>Schließen Sie die Anmeldung im Browser ab. Satchel macht von selbst weiter, wenn der Browser die Anmeldung zurückgibt. Falls nicht, kopieren Sie die Adresse, die mit moodlemobile:// beginnt, aus der Adressleiste des Browsers (oder von seiner Schaltfläche „App öffnen“) und fügen Sie sie hier ein.</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Anmeldelink</translation>
    </message>
    <message>
        <source>Sign-in &amp;link:</source>
        <translation>Anmelde&amp;link:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Continue with the pasted link</source>
        <translation>Mit dem eingefügten Link weiter</translation>
    </message>
    <message>
        <source>No browser opened? Open this address:</source>
        <translation>Kein Browser geöffnet? Öffnen Sie diese Adresse:</translation>
    </message>
    <message>
        <source>Address of the sign-in page</source>
        <translation>Adresse der Anmeldeseite</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Nicht mehr warten</translation>
    </message>
    <message>
        <source>Cancel the browser sign-in</source>
        <translation>Anmeldung im Browser abbrechen</translation>
    </message>
    <message>
        <source>Waiting for your browser…</source>
        <translation>Warten auf Ihren Browser…</translation>
    </message>
    <message>
        <source>Satchel could not open your web browser. Open the address below in a browser yourself, sign in there, then paste the link here.</source>
        <translation>Satchel konnte Ihren Browser nicht öffnen. Öffnen Sie die Adresse unten selbst in einem Browser, melden Sie sich dort an und fügen Sie dann den Link hier ein.</translation>
    </message>
    <message>
        <source>That is not a sign-in link. Copy the whole address that starts with moodlemobile://token= from your browser and paste it here.</source>
        <translation>Das ist kein Anmeldelink. Kopieren Sie die ganze Adresse, die mit moodlemobile://token= beginnt, aus Ihrem Browser und fügen Sie sie hier ein.</translation>
    </message>
    <message>
        <source>That sign-in link was made for another site or another sign-in, not this one. Use the link from the page Satchel opened just now.</source>
        <translation>Dieser Anmeldelink wurde für eine andere Website oder eine andere Anmeldung erstellt, nicht für diese. Verwenden Sie den Link von der Seite, die Satchel gerade geöffnet hat.</translation>
    </message>
    <message>
        <source>That sign-in link came more than %L1 minutes after the sign-in started. Press Stop waiting, then sign in with your browser again.</source>
        <translation>Dieser Anmeldelink kam mehr als %L1 Minuten nach dem Beginn der Anmeldung. Klicken Sie auf „Nicht mehr warten“ und melden Sie sich dann erneut mit Ihrem Browser an.</translation>
    </message>
    <message>
        <source>That sign-in link was already used. Sign in with your browser again for a new one.</source>
        <translation>Dieser Anmeldelink wurde bereits verwendet. Melden Sie sich erneut mit Ihrem Browser an, um einen neuen zu erhalten.</translation>
    </message>
    <message>
        <source>Satchel is not waiting for a sign-in link. Press “Sign in with your browser” first.</source>
        <translation>Satchel wartet auf keinen Anmeldelink. Klicken Sie zuerst auf „Mit Ihrem Browser anmelden“.</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Mit %1 anmelden</translation>
    </message>
    <message>
        <source>Sign in with %1 in your browser</source>
        <translation>Im Browser mit %1 anmelden</translation>
    </message>
    <message>
        <source>%1 signs you in on its own page, in your web browser.</source>
        <translation>%1 meldet Sie auf einer eigenen Seite in Ihrem Browser an.</translation>
    </message>
    <message>
        <source>Does your school sign you in through its own page, Microsoft or Google? Use your browser:</source>
        <translation>Meldet Ihre Schule Sie über eine eigene Seite, Microsoft oder Google an? Nutzen Sie Ihren Browser:</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Sign in with your browser as you did before; your offline data is kept.</source>
        <translation>Ihre Sitzung auf %1 ist beendet. Melden Sie sich wie zuvor mit Ihrem Browser an; Ihre Offline-Daten bleiben erhalten.</translation>
    </message>
    <message>
        <source>You signed in on your school&apos;s own page, in your web browser:</source>
        <translation>Sie haben sich auf der eigenen Seite Ihrer Schule in Ihrem Browser angemeldet:</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Course files downloaded to this computer, so you can open them offline.</source>
        <translation>Auf diesen Computer heruntergeladene Kursdateien, damit Sie sie offline öffnen können.</translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation>Im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Space used per course</source>
        <translation>Belegter Speicher pro Kurs</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Space used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>No course files are downloaded yet. Use “Make available offline” on a course page to keep its files on this computer.</source>
        <translation>Noch sind keine Kursdateien heruntergeladen. Mit „Offline verfügbar machen“ auf einer Kursseite behalten Sie die Dateien des Kurses auf diesem Computer.</translation>
    </message>
    <message>
        <source>Remove all downloads…</source>
        <translation>Alle Downloads entfernen…</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>%1 free on the disk</source>
        <translation>%1 frei auf dem Datenträger</translation>
    </message>
    <message>
        <source>The downloads could not be read from this computer.</source>
        <translation>Die Downloads konnten auf diesem Computer nicht gelesen werden.</translation>
    </message>
    <message>
        <source>In total: %1 in 1 file</source>
        <translation>Insgesamt: %1 in 1 Datei</translation>
    </message>
    <message numerus="yes">
        <source>In total: %1 in %Ln files</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>Insgesamt: %1 in %Ln Datei</numerusform>
            <numerusform>Insgesamt: %1 in %Ln Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Course %1</source>
        <translation>Kurs %1</translation>
    </message>
    <message>
        <source>Remove downloads…</source>
        <translation>Downloads entfernen…</translation>
    </message>
    <message>
        <source>Remove the downloads of %1</source>
        <translation>Downloads von %1 entfernen</translation>
    </message>
    <message>
        <source>Remove all downloaded course files from this computer? Courses kept offline are no longer kept up to date. You can download them again later.</source>
        <translation>Alle heruntergeladenen Kursdateien von diesem Computer entfernen? Offline gehaltene Kurse werden dann nicht mehr aktuell gehalten. Sie können sie später erneut herunterladen.</translation>
    </message>
    <message>
        <source>Remove the downloaded files of “%1” from this computer? The course is no longer kept offline. You can download it again later.</source>
        <translation>Die heruntergeladenen Dateien von „%1“ von diesem Computer entfernen? Der Kurs wird dann nicht mehr offline gehalten. Sie können ihn später erneut herunterladen.</translation>
    </message>
    <message>
        <source>Remove downloads</source>
        <translation>Downloads entfernen</translation>
    </message>
    <message>
        <source>The downloads could not be removed.</source>
        <translation>Die Downloads konnten nicht entfernt werden.</translation>
    </message>
    <message>
        <source>No file manager could be started to show the folder.</source>
        <translation>Es konnte kein Dateimanager gestartet werden, um den Ordner zu zeigen.</translation>
    </message>
</context>
<context>
    <name>StudentDetailsDialog</name>
    <message>
        <source>Unknown learner</source>
        <translation>Unbekannte Person</translation>
    </message>
    <message>
        <source>%1 – Satchel</source>
        <translation>%1 – Satchel</translation>
    </message>
    <message>
        <source>Learner details</source>
        <translation>Details zur Person</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>City/country</source>
        <translation>Stadt/Land</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Keine Gruppe</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Last access</source>
        <translation>Letzter Zugriff</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Not in this class on this computer. Sync to update the class.</source>
        <translation>Auf diesem Computer nicht in dieser Klasse. Synchronisieren Sie, um die Klasse zu aktualisieren.</translation>
    </message>
    <message>
        <source>Grade items of %1</source>
        <translation>Bewertungsaspekte von %1</translation>
    </message>
    <message>
        <source>No grade items for this learner yet.</source>
        <translation>Noch keine Bewertungsaspekte für diese Person.</translation>
    </message>
    <message>
        <source>Activity completion of %1</source>
        <translation>Aktivitätsabschluss von %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Grades and completion</source>
        <translation>Bewertungen und Abschluss</translation>
    </message>
    <message>
        <source>&amp;Grades</source>
        <translation>&amp;Bewertungen</translation>
    </message>
    <message>
        <source>&amp;Completion</source>
        <translation>&amp;Abschluss</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Course completion: no completion criteria in this course</source>
        <translation>Kursabschluss: keine Abschlusskriterien in diesem Kurs</translation>
    </message>
    <message>
        <source>Course completion: completed</source>
        <translation>Kursabschluss: abgeschlossen</translation>
    </message>
    <message>
        <source>Course completion: not completed yet</source>
        <translation>Kursabschluss: noch nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Course completion: unknown (not tracked, or not synced yet)</source>
        <translation>Kursabschluss: unbekannt (nicht verfolgt oder noch nicht synchronisiert)</translation>
    </message>
    <message>
        <source>No activities with completion tracking.</source>
        <translation>Keine Aktivitäten mit Abschlussverfolgung.</translation>
    </message>
    <message>
        <source>This learner could not be read from this computer</source>
        <translation>Diese/r Lernende konnte auf diesem Computer nicht gelesen werden</translation>
    </message>
    <message>
        <source>Course completion: could not be read from this computer</source>
        <translation>Kursabschluss: konnte auf diesem Computer nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln criteria met</source>
        <translation>
            <numerusform>%L1 von %Ln Kriterium erfüllt</numerusform>
            <numerusform>%L1 von %Ln Kriterien erfüllt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmissionMatrixModel</name>
    <message>
        <source>Learner</source>
        <translation>Lernende/r</translation>
    </message>
    <message>
        <source>Unnamed assignment</source>
        <translation>Aufgabe ohne Namen</translation>
    </message>
    <message>
        <source>%L1 submitted (%L2 late), %L3 drafts, %L4 not submitted, %L5 to grade</source>
        <translation>%L1 abgegeben (%L2 verspätet), %L3 Entwürfe, %L4 nicht abgegeben, %L5 zu bewerten</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Handed in %1</source>
        <translation>Abgegeben am %1</translation>
    </message>
    <message>
        <source>Waiting for a grade</source>
        <translation>Wartet auf eine Bewertung</translation>
    </message>
    <message>
        <source>Grade: %1</source>
        <translation>Bewertung: %1</translation>
    </message>
    <message>
        <source>Graded %1</source>
        <translation>Bewertet am %1</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig am %1</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Checking your account</source>
        <translation>Ihr Konto wird geprüft</translation>
    </message>
    <message>
        <source>Sending changes made offline</source>
        <translation>Offline vorgenommene Änderungen werden gesendet</translation>
    </message>
    <message>
        <source>The site did not accept this change.</source>
        <translation>Die Website hat diese Änderung nicht angenommen.</translation>
    </message>
    <message>
        <source>Checking your courses</source>
        <translation>Ihre Kurse werden geprüft</translation>
    </message>
    <message>
        <source>Some lists were not updated: %1</source>
        <translation>Einige Listen wurden nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source>Some deadlines were not updated: %1</source>
        <translation>Einige Termine wurden nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source>%1 was not updated: %2</source>
        <translation>%1 wurde nicht aktualisiert: %2</translation>
    </message>
    <message>
        <source>Part of %1 is not available: %2</source>
        <translation>Ein Teil von %1 ist nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>Class of %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>The site&apos;s answer could not be understood.</source>
        <translation>Die Antwort der Website war nicht verständlich.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Bring your offline copy up to date now</source>
        <translation>Ihre Offline-Kopie jetzt aktualisieren</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>vor einer Minute</translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>vor einer Stunde</translation>
    </message>
    <message>
        <source>Syncing %L1 of %L2: %3</source>
        <translation>Synchronisierung %L1 von %L2: %3</translation>
    </message>
    <message>
        <source>No offline data yet</source>
        <translation>Noch keine Offline-Daten</translation>
    </message>
    <message>
        <source>Demo: a copy recorded from a real Moodle site, no network</source>
        <translation>Demo: aufgezeichnete Kopie einer echten Moodle-Website, ohne Netzwerk</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline seit %1</translation>
    </message>
    <message>
        <source>Signed out by the site: sign in again to sync</source>
        <translation>Von der Website abgemeldet: Melden Sie sich erneut an, um zu synchronisieren</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Aufgezeichnet am %1</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Noch nie synchronisiert</translation>
    </message>
    <message>
        <source>1 change waiting to be sent</source>
        <translation>1 Änderung wartet auf Übertragung</translation>
    </message>
    <message>
        <source>Changes not sent</source>
        <translation>Nicht gesendete Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>vor %Ln Minute</numerusform>
            <numerusform>vor %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>vor %Ln Stunde</numerusform>
            <numerusform>vor %Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes waiting to be sent</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln Änderung wartet auf Übertragung</numerusform>
            <numerusform>%Ln Änderungen warten auf Übertragung</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change could not be sent</source>
        <translation>1 Änderung konnte nicht gesendet werden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes could not be sent</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln Änderung konnte nicht gesendet werden</numerusform>
            <numerusform>%Ln Änderungen konnten nicht gesendet werden</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change refused by the site</source>
        <translation>1 Änderung von der Website abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes refused by the site</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln Änderung von der Website abgelehnt</numerusform>
            <numerusform>%Ln Änderungen von der Website abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Aktivität %1</translation>
    </message>
    <message>
        <source>“%1” marked as done</source>
        <translation>„%1“ als erledigt markiert</translation>
    </message>
    <message>
        <source>“%1” marked as not done</source>
        <translation>„%1“ als nicht erledigt markiert</translation>
    </message>
    <message>
        <source>Refused by the site: %1</source>
        <translation>Von der Website abgelehnt: %1</translation>
    </message>
    <message>
        <source>Could not be sent: %1</source>
        <translation>Konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Send it at the next sync, which starts now</source>
        <translation>Bei der nächsten Synchronisierung senden, die jetzt beginnt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Give this change up: the activity shows what the site last said</source>
        <translation>Diese Änderung aufgeben: Die Aktivität zeigt, was die Website zuletzt gemeldet hat</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>Downloading files: %L1 of %L2</source>
        <translation>Dateien werden heruntergeladen: %L1 von %L2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel downloads</source>
        <translation>Downloads abbrechen</translation>
    </message>
    <message>
        <source>Stop downloading: the files that came stay, the rest come at a later sync</source>
        <translation>Herunterladen stoppen: Die bereits geladenen Dateien bleiben, der Rest kommt bei einer späteren Synchronisierung</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Satchel: your Moodle courses, offline.</source>
        <translation>Satchel: Ihre Moodle-Kurse, offline.</translation>
    </message>
    <message>
        <source>Keep Satchel&apos;s files in &lt;dir&gt; (default: $SATCHEL_DATA_DIR, else the platform&apos;s application data folder).</source>
        <translation>Die Dateien von Satchel in &lt;dir&gt; ablegen (Standard: $SATCHEL_DATA_DIR, sonst der Anwendungsdatenordner der Plattform).</translation>
    </message>
    <message>
        <source>Open the bundled demo account, without a network.</source>
        <translation>Das mitgelieferte Demo-Konto öffnen, ohne Netzwerk.</translation>
    </message>
    <message>
        <source>Save a picture of the first window to &lt;file&gt; (PNG) and exit.</source>
        <translation>Ein Bild des ersten Fensters in &lt;file&gt; (PNG) speichern und beenden.</translation>
    </message>
    <message>
        <source>no such page: %1</source>
        <translation>Seite nicht vorhanden: %1</translation>
    </message>
    <message>
        <source>could not write the screenshot to %1</source>
        <translation>Bildschirmfoto konnte nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>the demo account is missing from this build</source>
        <translation>das Demo-Konto fehlt in diesem Build</translation>
    </message>
    <message>
        <source>cannot use the data folder: %1</source>
        <translation>Datenordner kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Open the bundled demo account of a teacher (her classes included), without a network.</source>
        <translation>Das mitgelieferte Demokonto einer Lehrerin öffnen (mit ihren Klassen), ohne Netzwerk.</translation>
    </message>
    <message>
        <source>Show Satchel in language &lt;code&gt; (de, es, pt_BR…) for this run, whatever Settings say.</source>
        <translation>Satchel bei diesem Start in der Sprache &lt;code&gt; (de, es, pt_BR…) anzeigen, unabhängig von den Einstellungen.</translation>
    </message>
    <message>
        <source>A moodlemobile://token=… sign-in link from your browser (passed on to the Satchel that is waiting for it).</source>
        <translation>Ein Anmeldelink moodlemobile://token=… aus Ihrem Browser (wird an das Satchel weitergegeben, das darauf wartet).</translation>
    </message>
    <message>
        <source>no Satchel is waiting for this sign-in link. Open Satchel, press &quot;Sign in with your browser&quot; and sign in again: a link only works for the sign-in that asked for it.</source>
        <translation>kein Satchel wartet auf diesen Anmeldelink. Öffnen Sie Satchel, klicken Sie auf „Mit Ihrem Browser anmelden“ und melden Sie sich erneut an: Ein Link gilt nur für die Anmeldung, die ihn angefordert hat.</translation>
    </message>
    <message>
        <source>With --screenshot: the page to show: home, courses, course:&lt;id&gt;, grades, grades:&lt;id&gt;, badges, class, class:&lt;id&gt;, class:&lt;id&gt;:attention|participants|grades|completion|submissions|attempts|competencies, storage, activity:&lt;cmid&gt; (a page or forum read inside Satchel), or search:&lt;text&gt; (the search&apos;s results).</source>
        <translation>Mit --screenshot: die zu zeigende Seite: home, courses, course:&lt;id&gt;, grades, grades:&lt;id&gt;, badges, class, class:&lt;id&gt;, class:&lt;id&gt;:attention|participants|grades|completion|submissions|attempts|competencies, storage, activity:&lt;cmid&gt; (eine Textseite oder ein Forum, in Satchel gelesen) oder search:&lt;text&gt; (die Suchergebnisse).</translation>
    </message>
</context>
</TS>
