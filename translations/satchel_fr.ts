<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Switch account, add an account or sign out</source>
        <translation>Changer de compte, ajouter un compte ou se déconnecter</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Se &amp;déconnecter…</translation>
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
        <translation>Aucune application de cet ordinateur n’a pu ouvrir « %1 ».</translation>
    </message>
    <message>
        <source>No web browser could be started to open the address.</source>
        <translation>Aucun navigateur web n’a pu être lancé pour ouvrir l’adresse.</translation>
    </message>
    <message>
        <source>There is nothing to open for this activity on this computer yet.</source>
        <translation>Il n’y a encore rien à ouvrir pour cette activité sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The site&apos;s address is not known yet: sync once, then try again.</source>
        <translation>L’adresse du site n’est pas encore connue : synchronisez une fois, puis réessayez.</translation>
    </message>
    <message>
        <source>None of this activity&apos;s files are on this computer yet.</source>
        <translation>Aucun fichier de cette activité n’est encore sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Reset offline data</source>
        <translation>Réinitialiser les données hors ligne</translation>
    </message>
    <message>
        <source>Start again with a fresh copy of your offline data?

The current file is not deleted: it is moved aside in its folder (%1) in case you or your support need it. Your courses are then downloaded again from the site. Anything you marked while offline that was not sent yet is lost with it. You stay signed in.</source>
        <translation>Repartir d&apos;une copie neuve de vos données hors ligne&#xa0;?

Le fichier actuel n&apos;est pas supprimé&#xa0;: il est mis de côté dans son dossier (%1) au cas où vous ou votre assistance en auriez besoin. Vos cours sont ensuite téléchargés à nouveau depuis le site. Tout ce que vous avez marqué hors ligne et qui n&apos;a pas encore été envoyé est perdu. Vous restez connecté.</translation>
    </message>
    <message>
        <source>The offline data could not be moved aside, so nothing was reset. Check that you may write to its folder.</source>
        <translation>Les données hors ligne n&apos;ont pas pu être mises de côté, rien n&apos;a donc été réinitialisé. Vérifiez que vous pouvez écrire dans leur dossier.</translation>
    </message>
    <message>
        <source>Offline data of another account</source>
        <translation>Données hors ligne d&apos;un autre compte</translation>
    </message>
    <message>
        <source>%1&apos;s offline data from %2 is still on this computer: courses and grades, and a teacher&apos;s classes. Delete it if this computer is shared or %1 no longer uses Satchel here.</source>
        <translation>Les données hors ligne de %1 provenant de %2 sont toujours sur cet ordinateur&#xa0;: cours et notes, ainsi que les classes d&apos;un enseignant. Supprimez-les si cet ordinateur est partagé ou si %1 n&apos;utilise plus Satchel ici.</translation>
    </message>
    <message>
        <source>Delete %1&apos;s offline data</source>
        <translation>Supprimer les données hors ligne de %1</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Les conserver</translation>
    </message>
    <message>
        <source>The previous account&apos;s offline data could not be deleted.</source>
        <translation>Les données hors ligne du compte précédent n&apos;ont pas pu être supprimées.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>You are signed out, but your offline data could not be deleted from this computer. Delete the files whose names start with %1 in %2, or ask whoever looks after this computer.</source>
        <translation>Vous êtes déconnecté, mais vos données hors ligne n&apos;ont pas pu être supprimées de cet ordinateur. Supprimez les fichiers dont le nom commence par %1 dans %2, ou demandez à la personne qui s&apos;occupe de cet ordinateur.</translation>
    </message>
    <message>
        <source>Open Satchel</source>
        <translation>Ouvrir Satchel</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>AttemptMatrixModel</name>
    <message>
        <source>Learner</source>
        <translation>Apprenant·e</translation>
    </message>
    <message>
        <source>Unnamed quiz</source>
        <translation>Test sans nom</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>never submitted</source>
        <translation>jamais remis</translation>
    </message>
    <message>
        <source>no attempt</source>
        <translation>aucune tentative</translation>
    </message>
    <message>
        <source>1 attempt</source>
        <translation>1 tentative</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempts</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln tentative</numerusform>
            <numerusform>%Ln tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No attempt</source>
        <translation>Aucune tentative</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Tentative %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>commencée %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>durée %1</translation>
    </message>
    <message>
        <source>marks %1</source>
        <translation>points %1</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>note %1</translation>
    </message>
    <message>
        <source>%L1 of %L2 learners attempted it</source>
        <translation>%L1 apprenant·es sur %L2 l’ont tenté</translation>
    </message>
    <message>
        <source>Graded out of %1</source>
        <translation>Noté sur %1</translation>
    </message>
</context>
<context>
    <name>AttentionListModel</name>
    <message>
        <source>no visit to the course for a day or more</source>
        <translation>aucune visite du cours depuis un jour ou plus</translation>
    </message>
    <message numerus="yes">
        <source>no visit to the course for %Ln days or more</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>aucune visite du cours depuis %Ln jour ou plus</numerusform>
            <numerusform>aucune visite du cours depuis %Ln jours ou plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Listed: learners with an assignment past its due date neither handed in nor graded; %1 (a setting); a course total below %2; or completion %3 points or more below the class&apos;s median.</source>
        <translation>Dans la liste&#xa0;: les apprenants avec un devoir dont l’échéance est passée, ni remis ni noté&#xa0;; %1 (un réglage)&#xa0;; un total du cours inférieur à %2&#xa0;; ou un achèvement inférieur de %3 points ou plus à la médiane de la classe.</translation>
    </message>
    <message>
        <source>1 assignment overdue</source>
        <translation>1 devoir en retard</translation>
    </message>
    <message numerus="yes">
        <source>%Ln assignments overdue</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln devoir en retard</numerusform>
            <numerusform>%Ln devoirs en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>never opened the course</source>
        <translation>n’a jamais ouvert le cours</translation>
    </message>
    <message>
        <source>no visit for 1 day</source>
        <translation>aucune visite depuis 1 jour</translation>
    </message>
    <message numerus="yes">
        <source>no visit for %Ln days</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>aucune visite depuis %Ln jour</numerusform>
            <numerusform>aucune visite depuis %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>course total %1</source>
        <translation>total du cours %1</translation>
    </message>
    <message>
        <source>completed %1 of the activities (class median %2)</source>
        <translation>%1 des activités achevées (médiane de la classe %2)</translation>
    </message>
    <message>
        <source>Not handed in: %1. The first was due on %2.</source>
        <translation>Non remis&#xa0;: %1. Le premier était à rendre le %2.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1 (classe %2)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Overdue work</source>
        <translation>Travaux en retard</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>Course total</source>
        <translation>Total du cours</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Achèvement</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Your badges are not synced yet.</source>
        <translation>Vos badges ne sont pas encore synchronisés.</translation>
    </message>
    <message>
        <source>The site does not share your badges with you.</source>
        <translation>Le site ne partage pas vos badges avec vous.</translation>
    </message>
    <message>
        <source>No badges yet.</source>
        <translation>Pas encore de badge.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Décerné le %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Expiré le %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expire le %1</translation>
    </message>
</context>
<context>
    <name>ClassSync</name>
    <message>
        <source>The class of %1 was not updated: %2</source>
        <translation>La classe de %1 n&apos;a pas été mise à jour&#xa0;: %2</translation>
    </message>
    <message>
        <source>The class of %1 was not completely updated: %2</source>
        <translation>La classe de %1 n&apos;a pas été entièrement mise à jour&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ClassWorkText</name>
    <message>
        <source>not submitted</source>
        <translation>non remis</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>remis</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>rouvert</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (groupe)</translation>
    </message>
    <message>
        <source>late %1d %2h</source>
        <translation>en retard de %1 j %2 h</translation>
    </message>
    <message>
        <source>late %1h %2m</source>
        <translation>en retard de %1 h %2 min</translation>
    </message>
    <message>
        <source>late %1m</source>
        <translation>en retard de %1 min</translation>
    </message>
    <message>
        <source>%1 (scale item)</source>
        <translation>%1 (élément du barème)</translation>
    </message>
    <message>
        <source>to grade</source>
        <translation>à noter</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>✓ proficient</source>
        <translation>✓ acquis</translation>
    </message>
    <message>
        <source>%1 of %2 learners proficient</source>
        <translation>%1 apprenant·es sur %2 l’ont acquise</translation>
    </message>
    <message>
        <source>%1 of %2 learners proficient (%3%)</source>
        <translation>%1 apprenant·es sur %2 l’ont acquise (%3&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the class as CSV</source>
        <translation>Exporter la classe en CSV</translation>
    </message>
    <message>
        <source>Save the roster with every grade item and tracked activity as a spreadsheet (CSV)</source>
        <translation>Enregistrer la liste des participants avec chaque élément d&apos;évaluation et chaque activité suivie dans un tableur (CSV)</translation>
    </message>
    <message>
        <source>Export for CommCare…</source>
        <translation>Exporter pour CommCare…</translation>
    </message>
    <message>
        <source>Export the class for CommCare</source>
        <translation>Exporter la classe pour CommCare</translation>
    </message>
    <message>
        <source>Save a CommCare case import: one case per learner with the final grade and completion</source>
        <translation>Enregistrer un import de cas CommCare&#xa0;: un cas par apprenant avec la note finale et l&apos;achèvement</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>C&amp;lasse&#xa0;:</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Class data</source>
        <translation>Données de la classe</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>&amp;Grades</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Co&amp;mpletion</source>
        <translation>&amp;Achèvement</translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation>Rechercher par nom ou adresse courriel</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Rechercher des participants</translation>
    </message>
    <message>
        <source>G&amp;roup:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Show the participants of a group</source>
        <translation>Afficher les participants d&apos;un groupe</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Press Enter or double-click a participant to see their grades and completion.</source>
        <translation>Appuyez sur Entrée ou double-cliquez sur un participant pour voir ses notes et son achèvement.</translation>
    </message>
    <message>
        <source>Grades of the class</source>
        <translation>Notes de la classe</translation>
    </message>
    <message>
        <source>– not graded yet</source>
        <translation>– pas encore évalué</translation>
    </message>
    <message>
        <source>not in the learner&apos;s grade report</source>
        <translation>absent du rapport de notes de l&apos;apprenant</translation>
    </message>
    <message>
        <source>Hidden from students</source>
        <translation>Caché pour les étudiants</translation>
    </message>
    <message>
        <source>Select a column to see its distribution</source>
        <translation>Sélectionnez une colonne pour voir sa distribution</translation>
    </message>
    <message>
        <source>Only learners who have &amp;not completed the course</source>
        <translation>&amp;Uniquement les apprenants n&apos;ayant pas achevé le cours</translation>
    </message>
    <message>
        <source>Only learners who have not completed the course</source>
        <translation>Uniquement les apprenants n&apos;ayant pas achevé le cours</translation>
    </message>
    <message>
        <source>Only learners who have not completed the selected activity</source>
        <translation>Uniquement les apprenants n&apos;ayant pas achevé l&apos;activité sélectionnée</translation>
    </message>
    <message>
        <source>Completion of the class</source>
        <translation>Achèvement de la classe</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Pass: done with a passing grade</source>
        <translation>Réussi&#xa0;: terminé avec une note suffisante</translation>
    </message>
    <message>
        <source>Fail: done without a passing grade</source>
        <translation>Échoué&#xa0;: terminé sans note suffisante</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non terminé</translation>
    </message>
    <message>
        <source>? not synced yet</source>
        <translation>? pas encore synchronisé</translation>
    </message>
    <message>
        <source>Course %1</source>
        <translation>Cours %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You do not teach any course on this site.</source>
        <translation>Vous n&apos;enseignez dans aucun cours de ce site.</translation>
    </message>
    <message>
        <source>No class data for this course on this computer yet. It arrives with the next sync.</source>
        <translation>Pas encore de données de classe pour ce cours sur cet ordinateur. Elles arriveront avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>Class data last synced %1</source>
        <translation>Données de la classe synchronisées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Class data never synced</source>
        <translation>Données de la classe jamais synchronisées</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 participant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln participants</source>
        <translation>
            <numerusform>%L1 sur %Ln participant</numerusform>
            <numerusform>%L1 sur %Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <source>1 learner</source>
        <translation>1 apprenant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln learners</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln apprenant</numerusform>
            <numerusform>%Ln apprenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln learners</source>
        <translation>
            <numerusform>%L1 sur %Ln apprenant</numerusform>
            <numerusform>%L1 sur %Ln apprenants</numerusform>
        </translation>
    </message>
    <message>
        <source>Only learners who have not completed “%1”</source>
        <translation>Uniquement les apprenants n&apos;ayant pas achevé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Select a cell of an activity first</source>
        <translation>Sélectionnez d&apos;abord une cellule d&apos;une activité</translation>
    </message>
    <message>
        <source>No grades for this class yet.</source>
        <translation>Pas encore de notes pour cette classe.</translation>
    </message>
    <message>
        <source>Select a grade item to see how the class did.</source>
        <translation>Sélectionnez un élément d&apos;évaluation pour voir les résultats de la classe.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>There is nothing to export for this class yet. Sync, then try again.</source>
        <translation>Il n&apos;y a encore rien à exporter pour cette classe. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>Satchel could not save “%1”. Choose another folder or file name.</source>
        <translation>Satchel n&apos;a pas pu enregistrer «&#xa0;%1&#xa0;». Choisissez un autre dossier ou nom de fichier.</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré dans %2.</translation>
    </message>
    <message>
        <source>&amp;Submissions</source>
        <translation>&amp;Remises</translation>
    </message>
    <message>
        <source>&amp;Quiz attempts</source>
        <translation>&amp;Tentatives aux tests</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>Which learners to show</source>
        <translation>Quels apprenant·es afficher</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>Tous les apprenant·es</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Non remis</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Needs grading</source>
        <translation>À noter</translation>
    </message>
    <message>
        <source>&amp;in:</source>
        <translation>da&amp;ns&#xa0;:</translation>
    </message>
    <message>
        <source>In which assignment</source>
        <translation>Dans quel devoir</translation>
    </message>
    <message>
        <source>Submissions of the class</source>
        <translation>Remises de la classe</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Submitted late</source>
        <translation>Remis en retard</translation>
    </message>
    <message>
        <source>Draft or reopened</source>
        <translation>Brouillon ou rouvert</translation>
    </message>
    <message>
        <source>Point at a column title for its counts</source>
        <translation>Pointez un titre de colonne pour ses totaux</translation>
    </message>
    <message>
        <source>Quiz attempts of the class</source>
        <translation>Tentatives aux tests de la classe</translation>
    </message>
    <message>
        <source>Each cell: the attempts, the best grade and how long that attempt took. Point at a cell to see every attempt.</source>
        <translation>Chaque cellule&#xa0;: les tentatives, la meilleure note et la durée de cette tentative. Pointez une cellule pour voir toutes les tentatives.</translation>
    </message>
    <message>
        <source>any assignment</source>
        <translation>n’importe quel devoir</translation>
    </message>
    <message>
        <source>The submissions of this class are not on this computer yet. They arrive with the next sync.</source>
        <translation>Les remises de cette classe ne sont pas encore sur cet ordinateur. Elles arrivent avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The site does not share this class&apos;s submissions with you (%1), so Satchel cannot show who handed in what. The grades you can see are in the Grades tab.</source>
        <translation>Le site ne partage pas avec vous les remises de cette classe (%1)&#xa0;: Satchel ne peut pas montrer qui a remis quoi. Les notes que vous pouvez voir sont dans l’onglet Notes.</translation>
    </message>
    <message>
        <source>This course has no assignments.</source>
        <translation>Ce cours n’a aucun devoir.</translation>
    </message>
    <message>
        <source>The site does not share the assignments&apos; grades with you (%1): no grades are shown here.</source>
        <translation>Le site ne partage pas avec vous les notes des devoirs (%1)&#xa0;: aucune note n’est affichée ici.</translation>
    </message>
    <message>
        <source>The quiz attempts of this class are not on this computer yet. They arrive with the next sync.</source>
        <translation>Les tentatives aux tests de cette classe ne sont pas encore sur cet ordinateur. Elles arrivent avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The site does not share this class&apos;s quiz attempts with you (%1).</source>
        <translation>Le site ne partage pas avec vous les tentatives aux tests de cette classe (%1).</translation>
    </message>
    <message>
        <source>This course has no quizzes.</source>
        <translation>Ce cours n’a aucun test.</translation>
    </message>
    <message>
        <source>Compe&amp;tencies</source>
        <translation>C&amp;ompétences</translation>
    </message>
    <message>
        <source>Competencies of the class</source>
        <translation>Compétences de la classe</translation>
    </message>
    <message>
        <source>Each cell: the learner&apos;s rating in this course, ✓ when it is proficient. Point at a cell or a column title for the competency&apos;s description.</source>
        <translation>Chaque cellule&#xa0;: l’évaluation de l’apprenant·e dans ce cours, ✓ quand la compétence est acquise. Pointez une cellule ou un titre de colonne pour voir la description de la compétence.</translation>
    </message>
    <message>
        <source>The competencies of this class are not on this computer yet. They arrive with the next sync.</source>
        <translation>Les compétences de cette classe ne sont pas encore sur cet ordinateur. Elles arrivent avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The site does not share this class&apos;s competencies with you (%1).</source>
        <translation>Le site ne partage pas avec vous les compétences de cette classe (%1).</translation>
    </message>
    <message>
        <source>No competencies are linked to this course.</source>
        <translation>Aucune compétence n’est liée à ce cours.</translation>
    </message>
    <message>
        <source>&amp;Attention</source>
        <translation>Atten&amp;tion</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Exporter la liste…</translation>
    </message>
    <message>
        <source>Export the Attention list as CSV</source>
        <translation>Exporter la liste Attention en CSV</translation>
    </message>
    <message>
        <source>Save the learners on this list with their reasons as a spreadsheet (CSV)</source>
        <translation>Enregistrer les apprenants de cette liste avec leurs motifs dans un tableur (CSV)</translation>
    </message>
    <message>
        <source>Learners who need attention</source>
        <translation>Apprenants qui demandent de l’attention</translation>
    </message>
    <message>
        <source>Click a column title to sort by it. Press Enter or double-click a learner for their details.</source>
        <translation>Cliquez sur le titre d’une colonne pour trier. Appuyez sur Entrée ou double-cliquez sur un apprenant pour ses détails.</translation>
    </message>
    <message>
        <source>Nobody in this class needs attention by these rules.</source>
        <translation>Selon ces règles, personne dans cette classe ne demande d’attention.</translation>
    </message>
    <message>
        <source>&amp;Attention (%L1)</source>
        <translation>Atten&amp;tion (%L1)</translation>
    </message>
    <message>
        <source>Export class work…</source>
        <translation>Exporter les travaux…</translation>
    </message>
    <message>
        <source>Export the class&apos;s work as CSV</source>
        <translation>Exporter les travaux de la classe en CSV</translation>
    </message>
    <message>
        <source>Save every learner&apos;s submissions, quiz attempts or competency ratings as a spreadsheet (CSV), one row each</source>
        <translation>Enregistrer les remises, tentatives aux tests ou évaluations de compétences de chaque apprenant dans un tableur (CSV), une ligne chacune</translation>
    </message>
    <message>
        <source>Submissions…</source>
        <translation>Remises…</translation>
    </message>
    <message>
        <source>Quiz attempts…</source>
        <translation>Tentatives aux tests…</translation>
    </message>
    <message>
        <source>Competencies…</source>
        <translation>Compétences…</translation>
    </message>
    <message>
        <source>Export the class&apos;s submissions as CSV</source>
        <translation>Exporter les remises de la classe en CSV</translation>
    </message>
    <message>
        <source>Export the class&apos;s quiz attempts as CSV</source>
        <translation>Exporter les tentatives aux tests de la classe en CSV</translation>
    </message>
    <message>
        <source>Export the class&apos;s competencies as CSV</source>
        <translation>Exporter les compétences de la classe en CSV</translation>
    </message>
</context>
<context>
    <name>CompetencyBox</name>
    <message>
        <source>Your competencies in this course</source>
        <translation>Vos compétences dans ce cours</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>The site does not share your competencies in this course (%1).</source>
        <translation>Le site ne partage pas vos compétences dans ce cours (%1).</translation>
    </message>
    <message>
        <source>Proficient in %1 of 1 competency.</source>
        <translation>Compétence acquise pour %1 sur 1.</translation>
    </message>
    <message numerus="yes">
        <source>Proficient in %1 of %Ln competencies.</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>Compétences acquises&#xa0;: %1 sur %Ln.</numerusform>
            <numerusform>Compétences acquises&#xa0;: %1 sur %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proficient</source>
        <translation>Acquise</translation>
    </message>
    <message>
        <source>Not yet proficient</source>
        <translation>Pas encore acquise</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non évaluée</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Pas encore évaluée</translation>
    </message>
    <message>
        <source>%1 · proficient</source>
        <translation>%1 · acquise</translation>
    </message>
    <message>
        <source>%1 · not yet proficient</source>
        <translation>%1 · pas encore acquise</translation>
    </message>
    <message>
        <source>Your learning plans</source>
        <translation>Vos plans de formation</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
</context>
<context>
    <name>CompetencyChart</name>
    <message>
        <source>Share of the class proficient per competency</source>
        <translation>Part de la classe ayant acquis chaque compétence</translation>
    </message>
    <message>
        <source>Proficient</source>
        <translation>Acquis</translation>
    </message>
    <message numerus="yes">
        <source>Share of the class proficient (%Ln learners)</source>
        <translation>
            <numerusform>Part de la classe ayant acquis (%Ln apprenant·e)</numerusform>
            <numerusform>Part de la classe ayant acquis (%Ln apprenant·es)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a competency: how many learners are proficient</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CompetencyMatrixModel</name>
    <message>
        <source>Learner</source>
        <translation>Apprenant·e</translation>
    </message>
    <message>
        <source>Unnamed competency</source>
        <translation>Compétence sans nom</translation>
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
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>Cours achevé</translation>
    </message>
    <message>
        <source>Unnamed activity</source>
        <translation>Activité sans nom</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non terminé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 has completed the course</source>
        <translation>%1 a achevé le cours</translation>
    </message>
    <message>
        <source>%1 has not completed the course yet</source>
        <translation>%1 n&apos;a pas encore achevé le cours</translation>
    </message>
    <message>
        <source>Unknown: the course has no completion criteria, or Satchel has not synced them for %1</source>
        <translation>Inconnu&#xa0;: le cours n&apos;a pas de critères d&apos;achèvement, ou Satchel ne les a pas encore synchronisés pour %1</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Learners mark it done themselves</source>
        <translation>Les apprenants la marquent eux-mêmes comme terminée</translation>
    </message>
    <message>
        <source>Completed when the learner meets its conditions</source>
        <translation>Achevée quand l&apos;apprenant remplit ses conditions</translation>
    </message>
    <message>
        <source>Done: %L1 of %L2</source>
        <translation>Terminé&#xa0;: %L1 sur %L2</translation>
    </message>
</context>
<context>
    <name>CourseDownloader</name>
    <message>
        <source>Its name is too long to be kept in the files folder.</source>
        <translation>Son nom est trop long pour être conservé dans le dossier des fichiers.</translation>
    </message>
    <message>
        <source>less than %1 MB would remain free on the disk</source>
        <translation>il resterait moins de %1 Mo libres sur le disque</translation>
    </message>
    <message>
        <source>Its place in the files folder is not safe to write.</source>
        <translation>Son emplacement dans le dossier des fichiers n’est pas sûr pour l’écriture.</translation>
    </message>
</context>
<context>
    <name>CourseGradesModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>No percentage</source>
        <translation>Pas de pourcentage</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Pourcentage</translation>
    </message>
</context>
<context>
    <name>CourseListDelegate</name>
    <message>
        <source>Completed</source>
        <translation>Achevé</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CourseListModel</name>
    <message>
        <source>%L1%</source>
        <translation>%L1&#xa0;%</translation>
    </message>
    <message>
        <source>Hidden from students</source>
        <translation>Caché pour les étudiants</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Caché</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>favori</translation>
    </message>
    <message>
        <source>%L1% complete</source>
        <translation>%L1&#xa0;% achevé</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>achevé</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>note %1</translation>
    </message>
</context>
<context>
    <name>CourseOutlineDelegate</name>
    <message>
        <source>Mark as done</source>
        <translation>Marquer comme terminé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non terminé</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
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
        <translation>Section %1</translation>
    </message>
    <message>
        <source>Hidden from students</source>
        <translation>Caché pour les étudiants</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 activité</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln activité</numerusform>
            <numerusform>%Ln activités</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date label, date</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non terminé</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Could not be sent</source>
        <translation>N&apos;a pas pu être envoyé</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>Non téléchargé</translation>
    </message>
    <message>
        <source>Downloading %L1 %</source>
        <translation>Téléchargement : %L1 %</translation>
    </message>
    <message>
        <source>Partly downloaded</source>
        <translation>Téléchargé en partie</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Pas à jour</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Échec du téléchargement</translation>
    </message>
    <message>
        <source>Could not download: %1</source>
        <translation>Échec du téléchargement : %1</translation>
    </message>
    <message>
        <source>1 attempt</source>
        <translation>1 tentative</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempts</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln tentative</numerusform>
            <numerusform>%Ln tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>best %1 out of %2</source>
        <translation>meilleure %1 sur %2</translation>
    </message>
    <message>
        <source>one in progress</source>
        <translation>une en cours</translation>
    </message>
</context>
<context>
    <name>CoursePage</name>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Sections and activities</source>
        <translation>Sections et activités</translation>
    </message>
    <message>
        <source>Your change could not be saved on this computer. Try again.</source>
        <translation>Votre modification n&apos;a pas pu être enregistrée sur cet ordinateur. Réessayez.</translation>
    </message>
    <message>
        <source>The contents of this course are not on this computer yet. They appear here after the next sync.</source>
        <translation>Le contenu de ce cours n&apos;est pas encore sur cet ordinateur. Il apparaîtra ici après la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>Progression du cours</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>Cours achevé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Achevé</translation>
    </message>
    <message>
        <source>Course completion</source>
        <translation>Achèvement de cours</translation>
    </message>
    <message>
        <source>This course could not be read from this computer.</source>
        <translation>Ce cours n&apos;a pas pu être lu sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This course is not on this computer any more</source>
        <translation>Ce cours n&apos;est plus sur cet ordinateur</translation>
    </message>
    <message>
        <source>Grade: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>%L1% complete</source>
        <translation>%L1&#xa0;% achevé</translation>
    </message>
    <message>
        <source>Course completion is not on this computer yet.</source>
        <translation>L&apos;achèvement de cours n&apos;est pas encore sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This course has no completion criteria.</source>
        <translation>Ce cours n&apos;a pas de critères d&apos;achèvement.</translation>
    </message>
    <message>
        <source>You have completed this course.</source>
        <translation>Vous avez achevé ce cours.</translation>
    </message>
    <message>
        <source>Not completed yet.</source>
        <translation>Pas encore achevé.</translation>
    </message>
    <message>
        <source>Any one of these completes the course:</source>
        <translation>L&apos;un de ces critères suffit pour achever le cours&#xa0;:</translation>
    </message>
    <message>
        <source>All of these are required:</source>
        <translation>Tous ces critères sont requis&#xa0;:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non terminé</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>terminé le %1</translation>
    </message>
    <message>
        <source>Make available offline</source>
        <translation>Rendre disponible hors ligne</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>Disponible hors ligne</translation>
    </message>
    <message>
        <source>Every sync keeps this course&apos;s files up to date. Remove them in File › Storage.</source>
        <translation>Chaque synchronisation tient à jour les fichiers de ce cours. Supprimez-les dans Fichier › Stockage.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Downloading %L1 %</source>
        <translation>Téléchargement : %L1 %</translation>
    </message>
    <message>
        <source>Download all files of this course and keep them up to date with every sync</source>
        <translation>Télécharger tous les fichiers de ce cours et les tenir à jour à chaque synchronisation</translation>
    </message>
    <message>
        <source>The files of this course take %1 MB. Download them now and keep them up to date?</source>
        <translation>Les fichiers de ce cours occupent %1 Mo. Les télécharger maintenant et les tenir à jour ?</translation>
    </message>
    <message>
        <source>This course could not be made available offline. Try again.</source>
        <translation>Ce cours n’a pas pu être rendu disponible hors ligne. Réessayez.</translation>
    </message>
    <message>
        <source>1 file of this course could not be downloaded.</source>
        <translation>1 fichier de ce cours n’a pas pu être téléchargé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files of this course could not be downloaded.</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln fichier de ce cours n’a pas pu être téléchargé.</numerusform>
            <numerusform>%Ln fichiers de ce cours n’ont pas pu être téléchargés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Download this section</source>
        <translation>Télécharger cette section</translation>
    </message>
    <message>
        <source>Nothing to download: the files of this section are on this computer, or it has none.</source>
        <translation>Rien à télécharger&#xa0;: les fichiers de cette section sont sur cet ordinateur, ou elle n’en a aucun.</translation>
    </message>
    <message>
        <source>Download the missing and outdated files (%1 MB) once, without keeping them up to date</source>
        <translation>Télécharger une fois les fichiers manquants ou périmés (%1 Mo), sans les tenir à jour</translation>
    </message>
    <message>
        <source>The files of this section take %1 MB. Download them now?</source>
        <translation>Les fichiers de cette section occupent %1 Mo. Les télécharger maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>The files of this activity take %1 MB. Download them now?</source>
        <translation>Les fichiers de cette activité occupent %1 Mo. Les télécharger maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>These files come right after the downloads going on.</source>
        <translation>Ces fichiers seront téléchargés juste après les téléchargements en cours.</translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Search by name or short name</source>
        <translation>Rechercher par nom ou nom abrégé</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>Rechercher des cours</translation>
    </message>
    <message>
        <source>Your courses</source>
        <translation>Vos cours</translation>
    </message>
    <message>
        <source>← All courses</source>
        <translation>← Tous les cours</translation>
    </message>
    <message>
        <source>Back to all courses</source>
        <translation>Retour à tous les cours</translation>
    </message>
    <message>
        <source>Back to all courses (Esc)</source>
        <translation>Retour à tous les cours (Échap)</translation>
    </message>
    <message>
        <source>Your courses could not be read from this computer.</source>
        <translation>Vos cours n&apos;ont pas pu être lus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No courses on this computer yet. They appear here after the first sync.</source>
        <translation>Pas encore de cours sur cet ordinateur. Ils apparaîtront ici après la première synchronisation.</translation>
    </message>
    <message>
        <source>No course matches “%1”.</source>
        <translation>Aucun cours ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The files of all your courses take %1 MB. Download them now and keep them up to date?</source>
        <translation>Les fichiers de tous vos cours occupent %1 Mo. Les télécharger maintenant et les tenir à jour ?</translation>
    </message>
    <message>
        <source>Download all my courses</source>
        <translation>Télécharger tous mes cours</translation>
    </message>
    <message>
        <source>Files are being downloaded now. Try again when they are done.</source>
        <translation>Des fichiers sont en cours de téléchargement. Réessayez une fois qu’ils sont terminés.</translation>
    </message>
    <message>
        <source>Keep the files of every course on this computer, up to date at every sync</source>
        <translation>Garder les fichiers de tous les cours sur cet ordinateur, mis à jour à chaque synchronisation</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Satchel&apos;s offline data on this computer is damaged and cannot be read.</source>
        <translation>Les données hors ligne de Satchel sur cet ordinateur sont endommagées et illisibles.</translation>
    </message>
    <message>
        <source>The file where Satchel keeps your offline data belongs to another program, so Satchel leaves it as it is.</source>
        <translation>Le fichier où Satchel conserve vos données hors ligne appartient à un autre programme&#xa0;; Satchel le laisse donc tel quel.</translation>
    </message>
    <message>
        <source>Your offline data on this computer was saved by a newer version of Satchel. Update Satchel to use it.</source>
        <translation>Vos données hors ligne sur cet ordinateur ont été enregistrées par une version plus récente de Satchel. Mettez Satchel à jour pour les utiliser.</translation>
    </message>
    <message>
        <source>Satchel cannot read or write its offline data on this computer. Check that you may write to its folder and that the disk is not full.</source>
        <translation>Satchel ne peut ni lire ni écrire ses données hors ligne sur cet ordinateur. Vérifiez que vous pouvez écrire dans leur dossier et que le disque n&apos;est pas plein.</translation>
    </message>
</context>
<context>
    <name>DeadlineListModel</name>
    <message>
        <source>Overdue: was due %1</source>
        <translation>En retard&#xa0;: échéance le %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Overdue, %1</source>
        <translation>En retard, %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Devoir</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>You teach this</source>
        <translation>Vous enseignez ici</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Draft (not submitted)</source>
        <translation>Brouillon (non remis)</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Non remis</translation>
    </message>
    <message>
        <source>Not graded yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation>dans 1 minute</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>il y a 1 minute</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln minutes</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>dans %Ln minute</numerusform>
            <numerusform>dans %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>il y a %Ln minute</numerusform>
            <numerusform>il y a %Ln minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation>dans 1 heure</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>il y a 1 heure</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln hours</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>dans %Ln heure</numerusform>
            <numerusform>dans %Ln heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>il y a %Ln heure</numerusform>
            <numerusform>il y a %Ln heures</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>dans 1 jour</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>il y a 1 jour</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>dans %Ln jour</numerusform>
            <numerusform>dans %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>il y a %Ln jour</numerusform>
            <numerusform>il y a %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln weeks</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>dans %Ln semaine</numerusform>
            <numerusform>dans %Ln semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln weeks ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>il y a %Ln semaine</numerusform>
            <numerusform>il y a %Ln semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln months</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>dans %Ln mois</numerusform>
            <numerusform>dans %Ln mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln months ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>il y a %Ln mois</numerusform>
            <numerusform>il y a %Ln mois</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 year</source>
        <translation>dans 1 an</translation>
    </message>
    <message>
        <source>1 year ago</source>
        <translation>il y a 1 an</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln years</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>dans %Ln an</numerusform>
            <numerusform>dans %Ln ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln years ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>il y a %Ln an</numerusform>
            <numerusform>il y a %Ln ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForumSync</name>
    <message>
        <source>The forum %1 was not updated: %2</source>
        <translation>Le forum %1 n’a pas été mis à jour&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ForumView</name>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Lancée par</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>This forum could not be read from this computer.</source>
        <translation>Ce forum n’a pas pu être lu sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This forum is not on this computer.</source>
        <translation>Ce forum n’est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This forum is not on this computer yet: it comes with its course once the course is made available offline.</source>
        <translation>Ce forum n’est pas encore sur cet ordinateur : il arrivera avec son cours dès que le cours sera rendu disponible hors ligne.</translation>
    </message>
    <message>
        <source>Read-only copy from %1</source>
        <translation>Copie en lecture seule du %1</translation>
    </message>
    <message>
        <source>No discussions.</source>
        <translation>Aucune discussion.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>The posts of this discussion are not on this computer yet: they come with the next sync.</source>
        <translation>Les messages de cette discussion ne sont pas encore sur cet ordinateur : ils arriveront avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>author · time of a forum post</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes :</translation>
    </message>
    <message>
        <source>%1 (%2), not downloaded</source>
        <comment>attachment name (size)</comment>
        <translation>%1 (%2), non téléchargé</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>size of an attachment</comment>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>This attachment is not on this computer any more.</source>
        <translation>Cette pièce jointe n’est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No application on this computer could open “%1”.</source>
        <translation>Aucune application de cet ordinateur n’a pu ouvrir « %1 ».</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>GradeChart</name>
    <message>
        <source>Grades chart</source>
        <translation>Graphique des notes</translation>
    </message>
    <message>
        <source>No graded items yet.</source>
        <translation>Pas encore d&apos;éléments évalués.</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>@value %</source>
        <translation>@value&#xa0;%</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1&#xa0;: %2&#xa0;%</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>GradeHistogram</name>
    <message>
        <source>Grade distribution</source>
        <translation>Distribution des notes</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Select a grade item to see how the class did.</source>
        <translation>Sélectionnez un élément d&apos;évaluation pour voir les résultats de la classe.</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2&#xa0;%</translation>
    </message>
    <message>
        <source>%1 — %2 graded of %3</source>
        <translation>%1 — %2 évalués sur %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a range of percentages: how many learners</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>GradeItemsModel</name>
    <message>
        <source>Unnamed item</source>
        <translation>Élément sans nom</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (caché)</translation>
    </message>
    <message>
        <source>Moodle does not send the names of grade categories. Its grade is the category total.</source>
        <translation>Moodle n&apos;envoie pas le nom des catégories de notes. Sa note est le total de la catégorie.</translation>
    </message>
    <message>
        <source>Hidden from students on the site.</source>
        <translation>Caché pour les étudiants sur le site.</translation>
    </message>
    <message>
        <source>Graded on %1</source>
        <translation>Évalué le %1</translation>
    </message>
    <message>
        <source>No feedback</source>
        <translation>Pas de feedback</translation>
    </message>
    <message>
        <source>Grade item</source>
        <translation>Élément d&apos;évaluation</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Pourcentage</translation>
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
        <translation>%1 – %2&#xa0;: %3 (%4&#xa0;%)</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 – %2: not graded yet</source>
        <translation>%1 – %2&#xa0;: pas encore évalué</translation>
    </message>
    <message>
        <source>Missing: %1 is not in %2&apos;s grade report</source>
        <translation>Manquant&#xa0;: %1 ne figure pas dans le rapport de notes de %2</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Unnamed item</source>
        <translation>Élément sans nom</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (caché)</translation>
    </message>
    <message>
        <source>Hidden from students on the site.</source>
        <translation>Caché pour les étudiants sur le site.</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>Intervalle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Graded: %L1 of %L2</source>
        <translation>Évalués&#xa0;: %L1 sur %L2</translation>
    </message>
    <message>
        <source>Click to sort by grade; not graded last.</source>
        <translation>Cliquez pour trier par note&#xa0;; les non évalués en dernier.</translation>
    </message>
</context>
<context>
    <name>GradeNames</name>
    <message>
        <source>Course total</source>
        <translation>Total du cours</translation>
    </message>
    <message>
        <source>Category total</source>
        <translation>Total catégorie</translation>
    </message>
    <message>
        <source>Category total (%1)</source>
        <translation>Total catégorie (%1)</translation>
    </message>
</context>
<context>
    <name>GradesPage</name>
    <message>
        <source>Grades</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Final grades of your courses</source>
        <translation>Notes finales de vos cours</translation>
    </message>
    <message>
        <source>Grade items</source>
        <translation>Éléments d&apos;évaluation</translation>
    </message>
    <message>
        <source>No grade items for this course yet.</source>
        <translation>Pas encore d&apos;éléments d&apos;évaluation pour ce cours.</translation>
    </message>
    <message>
        <source>Percentages of graded items</source>
        <translation>Pourcentages des éléments évalués</translation>
    </message>
    <message>
        <source>Nothing graded in this course yet.</source>
        <translation>Rien n&apos;a encore été évalué dans ce cours.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>No grades yet. Your course grades appear here once Satchel has synced them from your Moodle site.</source>
        <translation>Pas encore de notes. Les notes de vos cours apparaîtront ici dès que Satchel les aura synchronisées depuis votre site Moodle.</translation>
    </message>
    <message>
        <source>Course total: %1</source>
        <translation>Total du cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>range %1</source>
        <translation>intervalle %1</translation>
    </message>
    <message>
        <source>Unnamed item</source>
        <translation>Élément sans nom</translation>
    </message>
    <message>
        <source>Select a grade item to read your teacher&apos;s feedback.</source>
        <translation>Sélectionnez un élément d&apos;évaluation pour lire le feedback de votre enseignant.</translation>
    </message>
    <message>
        <source>Graded %1</source>
        <translation>Évalué %1</translation>
    </message>
    <message>
        <source>No feedback for this item.</source>
        <translation>Pas de feedback pour cet élément.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Your courses, deadlines and grades from %1 will appear here after the first sync. Satchel keeps a copy on this computer, so you can read them offline.</source>
        <translation>Vos cours, échéances et notes de %1 apparaîtront ici après la première synchronisation. Satchel en garde une copie sur cet ordinateur pour que vous puissiez les consulter hors ligne.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>Connecté depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Échéances proches</translation>
    </message>
    <message>
        <source>Nothing due in the next weeks. New assignments and quizzes show up here after the next sync.</source>
        <translation>Aucune échéance dans les prochaines semaines. Les nouveaux devoirs et tests apparaîtront ici après la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Courses in progress</source>
        <translation>Cours en cours</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Achèvement</translation>
    </message>
    <message>
        <source>No courses in progress. Completed courses and courses without completion tracking are not listed here.</source>
        <translation>Aucun cours en cours. Les cours achevés et les cours sans suivi d&apos;achèvement ne figurent pas ici.</translation>
    </message>
    <message>
        <source>Recent grades</source>
        <translation>Notes récentes</translation>
    </message>
    <message>
        <source>Grade item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <source>No grades yet. Grades appear here as soon as your teachers grade your work.</source>
        <translation>Pas encore de notes. Les notes apparaîtront ici dès que vos enseignants auront évalué votre travail.</translation>
    </message>
    <message>
        <source>No courses in progress of your own. The classes you teach are on the Classes page.</source>
        <translation>Vous ne suivez aucun cours en ce moment. Les classes où vous enseignez sont sur la page Classes.</translation>
    </message>
    <message>
        <source>No grades of your own. Your classes&apos; grades are on the Classes page.</source>
        <translation>Vous n&apos;avez pas de notes personnelles. Les notes de vos classes sont sur la page Classes.</translation>
    </message>
    <message>
        <source>Hello!</source>
        <translation>Bonjour&#xa0;!</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>Bonjour, %1&#xa0;!</translation>
    </message>
    <message>
        <source>1 overdue</source>
        <translation>1 en retard</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>%Ln en retard</numerusform>
            <numerusform>%Ln en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>1 upcoming</source>
        <translation>1 à venir</translation>
    </message>
    <message numerus="yes">
        <source>%Ln upcoming</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>%Ln à venir</numerusform>
            <numerusform>%Ln à venir</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 complete</source>
        <translation>%1 achevé</translation>
    </message>
    <message>
        <source>Unnamed item</source>
        <translation>Élément sans nom</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>Intervalle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Graded %1</source>
        <translation>Évalué le %1</translation>
    </message>
</context>
<context>
    <name>HtmlSanitizer</name>
    <message>
        <source>[Image: %1]</source>
        <translation>[Image&#xa0;: %1]</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Type de message</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <source>Reset offline data…</source>
        <translation>Réinitialiser les données hors ligne…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Offline data from %1</source>
        <translation>Données hors ligne de %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Compte connecté</translation>
    </message>
    <message>
        <source>Satchel logo</source>
        <translation>Logo de Satchel</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Se &amp;déconnecter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Satchel</source>
        <translation>À &amp;propos de Satchel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Satchel could not read its offline data on this computer, so what you see may be incomplete or out of date. Check the data folder&apos;s permissions and free disk space, then restart Satchel.</source>
        <translation>Satchel n&apos;a pas pu lire ses données hors ligne sur cet ordinateur&#xa0;: ce que vous voyez peut être incomplet ou périmé. Vérifiez les permissions du dossier de données et l&apos;espace disque libre, puis redémarrez Satchel.</translation>
    </message>
    <message>
        <source>%1 Reset offline data to download your courses again from the site.</source>
        <translation>%1 Réinitialisez les données hors ligne pour télécharger à nouveau vos cours depuis le site.</translation>
    </message>
    <message>
        <source>Some of your data could not be updated. The rest is up to date.</source>
        <translation>Certaines de vos données n&apos;ont pas pu être mises à jour. Le reste est à jour.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign out of %1?

You will need your password to sign in again. Keep the offline copy of your courses on this computer?</source>
        <translation>Se déconnecter de %1&#xa0;?

Vous aurez besoin de votre mot de passe pour vous reconnecter. Conserver la copie hors ligne de vos cours sur cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>Sign out, keep offline data</source>
        <translation>Se déconnecter, garder les données hors ligne</translation>
    </message>
    <message>
        <source>Sign out and delete offline data</source>
        <translation>Se déconnecter et supprimer les données hors ligne</translation>
    </message>
    <message>
        <source>About Satchel</source>
        <translation>À propos de Satchel</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Satchel %1&lt;/h3&gt;&lt;p&gt;An offline-first desktop client for Moodle: your courses, deadlines and grades, also without a connection.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Satchel %1&lt;/h3&gt;&lt;p&gt;Un client de bureau pour Moodle qui fonctionne d&apos;abord hors ligne&#xa0;: vos cours, échéances et notes, même sans connexion.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Data folder: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dossier de données&#xa0;: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none (the demo account keeps nothing)</source>
        <translation>aucun (le compte de démonstration ne conserve rien)</translation>
    </message>
    <message>
        <source>Export to &amp;calendar…</source>
        <translation>Exporter vers le &amp;calendrier…</translation>
    </message>
    <message>
        <source>Export the deadlines to a calendar</source>
        <translation>Exporter les échéances vers un calendrier</translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Fichiers de calendrier (*.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Satchel could not save “%1”. Choose another folder or file name.</source>
        <translation>Satchel n&apos;a pas pu enregistrer «&#xa0;%1&#xa0;». Choisissez un autre dossier ou nom de fichier.</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré dans %2.</translation>
    </message>
    <message>
        <source>S&amp;torage…</source>
        <translation>S&amp;tockage…</translation>
    </message>
    <message>
        <source>Storage – Satchel</source>
        <translation>Stockage – Satchel</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>ModuleIcons</name>
    <message>
        <source>Assignment</source>
        <translation>Devoir</translation>
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
        <translation>Page</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Zone texte</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
</context>
<context>
    <name>MoodleError</name>
    <message>
        <source>The site is not answering. It may be down, or you may be offline.</source>
        <translation>Le site ne répond pas. Il est peut-être en panne, ou vous êtes hors ligne.</translation>
    </message>
    <message>
        <source>This site address could not be found. Check the address, or your internet connection.</source>
        <translation>Cette adresse de site est introuvable. Vérifiez l&apos;adresse ou votre connexion Internet.</translation>
    </message>
    <message>
        <source>The site took too long to answer. Your connection may be slow or offline.</source>
        <translation>Le site a mis trop de temps à répondre. Votre connexion est peut-être lente ou coupée.</translation>
    </message>
    <message>
        <source>You appear to be offline. Satchel will keep trying.</source>
        <translation>Vous semblez être hors ligne. Satchel va continuer d&apos;essayer.</translation>
    </message>
    <message>
        <source>The site&apos;s secure connection could not be verified (%1). Satchel does not connect to sites it cannot verify.</source>
        <translation>La connexion sécurisée du site n&apos;a pas pu être vérifiée (%1). Satchel ne se connecte pas aux sites qu&apos;il ne peut pas vérifier.</translation>
    </message>
    <message>
        <source>certificate problem</source>
        <translation>problème de certificat</translation>
    </message>
    <message>
        <source>The site answered &quot;not found&quot;. Check the site address.</source>
        <translation>Le site a répondu «&#xa0;introuvable&#xa0;». Vérifiez l&apos;adresse du site.</translation>
    </message>
    <message>
        <source>The site is busy and asked Satchel to slow down. It will try again shortly.</source>
        <translation>Le site est surchargé et a demandé à Satchel de ralentir. Satchel réessaiera sous peu.</translation>
    </message>
    <message>
        <source>The site answered with an error (HTTP %1). Try again later.</source>
        <translation>Le site a répondu par une erreur (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The site is temporarily unavailable. Try again later.</source>
        <translation>Le site est temporairement indisponible. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The site answered with a web page instead of data. It may be under maintenance, or a network login page may be in the way.</source>
        <translation>Le site a répondu par une page web au lieu de données. Il est peut-être en maintenance, ou une page de connexion au réseau s&apos;interpose.</translation>
    </message>
    <message>
        <source>The site sent an incomplete or damaged answer. Try again later.</source>
        <translation>Le site a envoyé une réponse incomplète ou endommagée. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The site sent more data than Satchel can handle at once.</source>
        <translation>Le site a envoyé plus de données que Satchel ne peut en traiter à la fois.</translation>
    </message>
    <message>
        <source>This address does not look like a Moodle site. Check the address your school gave you.</source>
        <translation>Cette adresse ne semble pas être celle d&apos;un site Moodle. Vérifiez l&apos;adresse donnée par votre établissement.</translation>
    </message>
    <message>
        <source>The site keeps redirecting. Check the site address.</source>
        <translation>Le site redirige sans fin. Vérifiez l&apos;adresse du site.</translation>
    </message>
    <message>
        <source>The site redirected from a secure address to an insecure one. Satchel stopped to protect your password.</source>
        <translation>Le site a redirigé d&apos;une adresse sécurisée vers une adresse non sécurisée. Satchel s&apos;est arrêté pour protéger votre mot de passe.</translation>
    </message>
    <message>
        <source>That is not a valid site address. Type something like &quot;school.edu&quot; or &quot;https://school.edu/moodle&quot;.</source>
        <translation>Ce n&apos;est pas une adresse de site valide. Saisissez par exemple «&#xa0;school.edu&#xa0;» ou «&#xa0;https://school.edu/moodle&#xa0;».</translation>
    </message>
    <message>
        <source>This site does not use a secure connection (http). Your password would be sent unprotected. Allow it only if you trust the network.</source>
        <translation>Ce site n&apos;utilise pas de connexion sécurisée (http). Votre mot de passe serait envoyé sans protection. Ne l&apos;autorisez que si vous faites confiance au réseau.</translation>
    </message>
    <message>
        <source>Invalid username or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe non valide.</translation>
    </message>
    <message>
        <source>This site does not allow access from apps. Ask the site administrator to enable mobile web services.</source>
        <translation>Ce site n&apos;autorise pas l&apos;accès depuis des applications. Demandez à l&apos;administrateur du site d&apos;activer les services web pour mobiles.</translation>
    </message>
    <message>
        <source>The site is under maintenance. Try again later.</source>
        <translation>Le site est en maintenance. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The site is under maintenance: %1</source>
        <translation>Le site est en maintenance&#xa0;: %1</translation>
    </message>
    <message>
        <source>You need to change your password on the website before you can sign in here.</source>
        <translation>Vous devez changer votre mot de passe sur le site web avant de pouvoir vous connecter ici.</translation>
    </message>
    <message>
        <source>Your account is not confirmed yet. Follow the link in the confirmation e-mail first.</source>
        <translation>Votre compte n&apos;est pas encore confirmé. Suivez d&apos;abord le lien du courriel de confirmation.</translation>
    </message>
    <message>
        <source>Your account cannot use apps on this site. Contact the site administrator.</source>
        <translation>Votre compte ne peut pas utiliser d&apos;applications sur ce site. Contactez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>This site requires a different Moodle app.</source>
        <translation>Ce site requiert une autre application Moodle.</translation>
    </message>
    <message>
        <source>The site address redirects elsewhere. Use the site&apos;s final address (usually starting with https://).</source>
        <translation>L&apos;adresse du site redirige ailleurs. Utilisez l&apos;adresse finale du site (qui commence généralement par https://).</translation>
    </message>
    <message>
        <source>This Moodle site is too old for Satchel.</source>
        <translation>Ce site Moodle est trop ancien pour Satchel.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again; your offline data is kept.</source>
        <translation>Votre session a expiré. Reconnectez-vous&#xa0;; vos données hors ligne sont conservées.</translation>
    </message>
    <message>
        <source>You do not have permission to see this.</source>
        <translation>Vous n&apos;avez pas l&apos;autorisation de voir ceci.</translation>
    </message>
    <message>
        <source>You are not enrolled in this course, or it is not available to you.</source>
        <translation>Vous n&apos;êtes pas inscrit à ce cours, ou il ne vous est pas accessible.</translation>
    </message>
    <message>
        <source>The site did not accept Satchel&apos;s request. The site may be running an unsupported version.</source>
        <translation>Le site n&apos;a pas accepté la requête de Satchel. Il utilise peut-être une version non prise en charge.</translation>
    </message>
    <message>
        <source>The site could not find what Satchel asked for. It may have been removed.</source>
        <translation>Le site n&apos;a pas trouvé ce que Satchel a demandé. Cela a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>This site does not offer this feature to apps.</source>
        <translation>Ce site ne propose pas cette fonctionnalité aux applications.</translation>
    </message>
    <message>
        <source>This course has no completion criteria.</source>
        <translation>Ce cours n&apos;a pas de critères d&apos;achèvement.</translation>
    </message>
    <message>
        <source>The site reported a problem. Try again later.</source>
        <translation>Le site a signalé un problème. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Satchel could not use the system keychain to keep you signed in (%1). Unlock or set up the keychain and try again.</source>
        <translation>Satchel n&apos;a pas pu utiliser le trousseau du système pour vous garder connecté (%1). Déverrouillez ou configurez le trousseau, puis réessayez.</translation>
    </message>
    <message>
        <source>Satchel could not write its data on this computer (%1). Check free disk space and folder permissions.</source>
        <translation>Satchel n&apos;a pas pu écrire ses données sur cet ordinateur (%1). Vérifiez l&apos;espace disque libre et les permissions du dossier.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <source>This site signs you in on its own page, in your web browser. Press “Sign in with your browser” instead.</source>
        <translation>Ce site vous connecte sur sa propre page, dans votre navigateur. Cliquez plutôt sur «&#xa0;Se connecter avec le navigateur&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Due %1: %2</source>
        <extracomment>%1 &quot;in 1 hour&quot;, %2 the activity</extracomment>
        <translation>À rendre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Due %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>À rendre le %1</translation>
    </message>
</context>
<context>
    <name>OfflineContent</name>
    <message>
        <source>Course files cannot be downloaded here: this is not connected to a site.</source>
        <translation>Les fichiers du cours ne peuvent pas être téléchargés ici&#xa0;: aucun site n’est connecté.</translation>
    </message>
    <message>
        <source>This site does not allow apps to download course files.</source>
        <translation>Ce site n’autorise pas les applications à télécharger les fichiers des cours.</translation>
    </message>
    <message>
        <source>Downloads are running; cancel them first.</source>
        <translation>Des téléchargements sont en cours&#xa0;; annulez-les d’abord.</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>This page could not be read from this computer.</source>
        <translation>Cette page n’a pas pu être lue sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This activity is not on this computer.</source>
        <translation>Cette activité n’est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This page is not downloaded yet. Make its course available offline while the site can be reached, or open it in the browser.</source>
        <translation>Cette page n’est pas encore téléchargée. Rendez son cours disponible hors ligne tant que le site est joignable, ou ouvrez-la dans le navigateur.</translation>
    </message>
    <message>
        <source>Parts of this book are not downloaded yet: they come with the next download.</source>
        <translation>Des parties de ce livre ne sont pas encore téléchargées : elles arriveront avec le prochain téléchargement.</translation>
    </message>
    <message>
        <source>The site has a newer version of this page: it comes with the next download.</source>
        <translation>Le site a une version plus récente de cette page : elle arrivera avec le prochain téléchargement.</translation>
    </message>
</context>
<context>
    <name>ParticipantListModel</name>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <source>Non-editing teacher</source>
        <translation>Enseignant non éditeur</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <source>Course creator</source>
        <translation>Créateur de cours</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Last on the site %1</source>
        <translation>Dernier accès au site&#xa0;: %1</translation>
    </message>
    <message>
        <source>Has never signed in to the site</source>
        <translation>Ne s&apos;est jamais connecté au site</translation>
    </message>
    <message>
        <source>Press Enter or double-click to see %1&apos;s grades and completion</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour voir les notes et l&apos;achèvement de %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Adresse de courriel</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Last access</source>
        <translation>Dernier accès</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search everything offline (Ctrl+K)</source>
        <translation>Tout rechercher hors ligne (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Deadlines and events</source>
        <translation>Échéances et événements</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1, %2, in %3: %4</source>
        <translation>%1, %2, dans %3&#xa0;: %4</translation>
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
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Seulement sur demande</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Intervalle de synchronisation en minutes</translation>
    </message>
    <message>
        <source>Requests at the same time</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <source>More is faster on a good connection; fewer is gentler on a slow one or a busy site.</source>
        <translation>Plus, c&apos;est plus rapide avec une bonne connexion&#xa0;; moins, c&apos;est plus doux pour une connexion lente ou un site surchargé.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchroniser &amp;toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Requests at the same time:</source>
        <translation>&amp;Requêtes simultanées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies the next time Satchel starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Satchel.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Download files up to this size on their own, in MB</source>
        <translation>Télécharger d’eux-mêmes les fichiers jusqu’à cette taille, en Mo</translation>
    </message>
    <message>
        <source>Files of courses made available offline are always downloaded.</source>
        <translation>Les fichiers des cours disponibles hors ligne sont toujours téléchargés.</translation>
    </message>
    <message>
        <source>Free disk space downloads leave, in MB</source>
        <translation>Espace disque laissé libre par les téléchargements, en Mo</translation>
    </message>
    <message>
        <source>&amp;Download files up to:</source>
        <translation>Télécharger les fichiers &amp;jusqu’à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep free on the disk:</source>
        <translation>Garder l&amp;ibre sur le disque&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days without a visit that put a learner on the Attention list</source>
        <translation>Jours sans visite qui mettent un apprenant sur la liste Attention</translation>
    </message>
    <message>
        <source>For teachers: a learner who has not opened the course for this long is on the class&apos;s Attention list.</source>
        <translation>Pour les enseignants&#xa0;: un apprenant qui n’a pas ouvert le cours depuis aussi longtemps figure sur la liste Attention de la classe.</translation>
    </message>
    <message>
        <source>Learners &amp;away from a class for:</source>
        <translation>Apprenants &amp;absents d’une classe depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;mind me of deadlines</source>
        <translation>&amp;Me rappeler les échéances</translation>
    </message>
    <message>
        <source>Courses to remind me of</source>
        <translation>Cours avec rappels</translation>
    </message>
    <message>
        <source>Before a deadline I have not handed in yet:</source>
        <translation>Avant une échéance pour laquelle je n’ai encore rien rendu&#xa0;:</translation>
    </message>
    <message>
        <source>In these courses:</source>
        <translation>Dans ces cours&#xa0;:</translation>
    </message>
    <message>
        <source>Keep Satchel running in the &amp;tray after closing the window</source>
        <translation>Garder Satchel dans la &amp;zone de notification après la fermeture de la fenêtre</translation>
    </message>
    <message>
        <source>Reminders come only while Satchel runs.</source>
        <translation>Les rappels n’arrivent que pendant que Satchel est ouvert.</translation>
    </message>
    <message>
        <source>&amp;Start Satchel when I log in</source>
        <translation>&amp;Démarrer Satchel à l’ouverture de session</translation>
    </message>
    <message>
        <source>1 week before</source>
        <translation>1 semaine avant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln weeks before</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>%Ln semaine avant</numerusform>
            <numerusform>%Ln semaines avant</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 jour avant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days before</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>%Ln jour avant</numerusform>
            <numerusform>%Ln jours avant</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 heure avant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours before</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>%Ln heure avant</numerusform>
            <numerusform>%Ln heures avant</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute before</source>
        <translation>1 minute avant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes before</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>%Ln minute avant</numerusform>
            <numerusform>%Ln minutes avant</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in – Satchel</source>
        <translation>Connexion – Satchel</translation>
    </message>
    <message>
        <source>Satchel logo</source>
        <translation>Logo de Satchel</translation>
    </message>
    <message>
        <source>Sign in to your Moodle site</source>
        <translation>Connectez-vous à votre site Moodle</translation>
    </message>
    <message>
        <source>Use the same site address, username and password as in your web browser. Satchel keeps a copy of your courses so you can use them offline.</source>
        <translation>Utilisez la même adresse de site, le même nom d&apos;utilisateur et le même mot de passe que dans votre navigateur web. Satchel garde une copie de vos cours pour que vous puissiez les utiliser hors ligne.</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Adresse du site</translation>
    </message>
    <message>
        <source>school.edu or https://school.edu/moodle</source>
        <translation>school.edu ou https://school.edu/moodle</translation>
    </message>
    <message>
        <source>Site status</source>
        <translation>État du site</translation>
    </message>
    <message>
        <source>Where your password goes</source>
        <translation>Où va votre mot de passe</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Site address:</source>
        <translation>Adresse du &amp;site&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Insecure connection warning</source>
        <translation>Avertissement de connexion non sécurisée</translation>
    </message>
    <message>
        <source>Sign in over an insecure connection (http) anyway</source>
        <translation>Se connecter quand même par une connexion non sécurisée (http)</translation>
    </message>
    <message>
        <source>Another host warning</source>
        <translation>Avertissement d&apos;hôte différent</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Enter your password to continue; your offline data is kept.</source>
        <translation>Votre session sur %1 a pris fin. Saisissez votre mot de passe pour continuer&#xa0;; vos données hors ligne sont conservées.</translation>
    </message>
    <message>
        <source>Enter the address of your Moodle site.</source>
        <translation>Saisissez l&apos;adresse de votre site Moodle.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Tick the box to sign in over an insecure connection, or use an https:// address.</source>
        <translation>Cochez la case pour vous connecter par une connexion non sécurisée, ou utilisez une adresse https://.</translation>
    </message>
    <message>
        <source>Your password has not been sent yet. Check the warning above, then press Sign in again to send it to %1.</source>
        <translation>Votre mot de passe n&apos;a pas encore été envoyé. Lisez l&apos;avertissement ci-dessus, puis cliquez à nouveau sur Se connecter pour l&apos;envoyer à %1.</translation>
    </message>
    <message>
        <source>Your password will be sent to %1</source>
        <translation>Votre mot de passe sera envoyé à %1</translation>
    </message>
    <message>
        <source>You typed %1, but that site sent Satchel on to another host, %2. Sign in only if you know that %2 is where your school signs you in (a single sign-on service, for example): a look-alike page that collects passwords can also send you on like this.</source>
        <translation>Vous avez saisi %1, mais ce site a renvoyé Satchel vers un autre hôte, %2. Ne vous connectez que si vous savez que c&apos;est sur %2 que votre établissement vous connecte (un service d&apos;authentification unique, par exemple)&#xa0;: une page imitée qui collecte des mots de passe peut aussi vous renvoyer ainsi.</translation>
    </message>
    <message>
        <source>The address you use for Moodle in your web browser.</source>
        <translation>L&apos;adresse que vous utilisez pour Moodle dans votre navigateur web.</translation>
    </message>
    <message>
        <source>Checking site…</source>
        <translation>Vérification du site…</translation>
    </message>
    <message>
        <source>%1 (not secure: http)</source>
        <translation>%1 (non sécurisé&#xa0;: http)</translation>
    </message>
    <message>
        <source>Sign in with your &amp;browser</source>
        <translation>Se connecter avec le &amp;navigateur</translation>
    </message>
    <message>
        <source>Sign in with your browser</source>
        <translation>Se connecter avec le navigateur</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. Satchel goes on by itself when the browser hands the sign-in back. If it does not, copy the address that starts with moodlemobile:// from the browser&apos;s address bar (or from its &quot;open the app&quot; button) and paste it here.</source>
        <translation>Terminez la connexion dans votre navigateur. Satchel continue tout seul quand le navigateur lui rend la connexion. Sinon, copiez l’adresse qui commence par moodlemobile:// dans la barre d’adresse du navigateur (ou depuis son bouton « ouvrir l’application ») et collez-la ici.</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Lien de connexion</translation>
    </message>
    <message>
        <source>Sign-in &amp;link:</source>
        <translation>&amp;Lien de connexion :</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Continue with the pasted link</source>
        <translation>Continuer avec le lien collé</translation>
    </message>
    <message>
        <source>No browser opened? Open this address:</source>
        <translation>Aucun navigateur ne s’est ouvert ? Ouvrez cette adresse :</translation>
    </message>
    <message>
        <source>Address of the sign-in page</source>
        <translation>Adresse de la page de connexion</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Ne plus attendre</translation>
    </message>
    <message>
        <source>Cancel the browser sign-in</source>
        <translation>Annuler la connexion par le navigateur</translation>
    </message>
    <message>
        <source>Waiting for your browser…</source>
        <translation>En attente du navigateur…</translation>
    </message>
    <message>
        <source>Satchel could not open your web browser. Open the address below in a browser yourself, sign in there, then paste the link here.</source>
        <translation>Satchel n’a pas pu ouvrir votre navigateur. Ouvrez vous-même l’adresse ci-dessous dans un navigateur, connectez-vous, puis collez le lien ici.</translation>
    </message>
    <message>
        <source>That is not a sign-in link. Copy the whole address that starts with moodlemobile://token= from your browser and paste it here.</source>
        <translation>Ce n’est pas un lien de connexion. Copiez l’adresse entière qui commence par moodlemobile://token= depuis votre navigateur et collez-la ici.</translation>
    </message>
    <message>
        <source>That sign-in link was made for another site or another sign-in, not this one. Use the link from the page Satchel opened just now.</source>
        <translation>Ce lien de connexion a été créé pour un autre site ou une autre connexion, pas pour celle-ci. Utilisez le lien de la page que Satchel vient d’ouvrir.</translation>
    </message>
    <message>
        <source>That sign-in link came more than %L1 minutes after the sign-in started. Press Stop waiting, then sign in with your browser again.</source>
        <translation>Ce lien de connexion est arrivé plus de %L1 minutes après le début de la connexion. Cliquez sur « Ne plus attendre », puis connectez-vous à nouveau avec le navigateur.</translation>
    </message>
    <message>
        <source>That sign-in link was already used. Sign in with your browser again for a new one.</source>
        <translation>Ce lien de connexion a déjà été utilisé. Connectez-vous à nouveau avec le navigateur pour en obtenir un nouveau.</translation>
    </message>
    <message>
        <source>Satchel is not waiting for a sign-in link. Press “Sign in with your browser” first.</source>
        <translation>Satchel n’attend aucun lien de connexion. Cliquez d’abord sur « Se connecter avec le navigateur ».</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Se connecter avec %1</translation>
    </message>
    <message>
        <source>Sign in with %1 in your browser</source>
        <translation>Se connecter avec %1 dans le navigateur</translation>
    </message>
    <message>
        <source>%1 signs you in on its own page, in your web browser.</source>
        <translation>%1 vous connecte sur sa propre page, dans votre navigateur.</translation>
    </message>
    <message>
        <source>Does your school sign you in through its own page, Microsoft or Google? Use your browser:</source>
        <translation>Votre établissement vous connecte-t-il par sa propre page, Microsoft ou Google ? Utilisez votre navigateur :</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Sign in with your browser as you did before; your offline data is kept.</source>
        <translation>Votre session sur %1 a pris fin. Connectez-vous avec le navigateur comme la dernière fois&#xa0;; vos données hors ligne sont conservées.</translation>
    </message>
    <message>
        <source>You signed in on your school&apos;s own page, in your web browser:</source>
        <translation>Vous vous êtes connecté sur la page de votre établissement, dans votre navigateur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Course files downloaded to this computer, so you can open them offline.</source>
        <translation>Fichiers de cours téléchargés sur cet ordinateur, pour les ouvrir hors ligne.</translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation>Afficher dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Space used per course</source>
        <translation>Espace utilisé par cours</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Space used</source>
        <translation>Espace utilisé</translation>
    </message>
    <message>
        <source>No course files are downloaded yet. Use “Make available offline” on a course page to keep its files on this computer.</source>
        <translation>Aucun fichier de cours n’est encore téléchargé. Utilisez « Rendre disponible hors ligne » sur la page d’un cours pour garder ses fichiers sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Remove all downloads…</source>
        <translation>Supprimer tous les téléchargements…</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier : %1</translation>
    </message>
    <message>
        <source>%1 free on the disk</source>
        <translation>%1 libres sur le disque</translation>
    </message>
    <message>
        <source>The downloads could not be read from this computer.</source>
        <translation>Les téléchargements n’ont pas pu être lus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>In total: %1 in 1 file</source>
        <translation>Au total : %1 dans 1 fichier</translation>
    </message>
    <message numerus="yes">
        <source>In total: %1 in %Ln files</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>Au total : %1 dans %Ln fichier</numerusform>
            <numerusform>Au total : %1 dans %Ln fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Course %1</source>
        <translation>Cours %1</translation>
    </message>
    <message>
        <source>Remove downloads…</source>
        <translation>Supprimer les téléchargements…</translation>
    </message>
    <message>
        <source>Remove the downloads of %1</source>
        <translation>Supprimer les téléchargements de %1</translation>
    </message>
    <message>
        <source>Remove all downloaded course files from this computer? Courses kept offline are no longer kept up to date. You can download them again later.</source>
        <translation>Supprimer de cet ordinateur tous les fichiers de cours téléchargés ? Les cours disponibles hors ligne ne seront plus tenus à jour. Vous pourrez les télécharger de nouveau plus tard.</translation>
    </message>
    <message>
        <source>Remove the downloaded files of “%1” from this computer? The course is no longer kept offline. You can download it again later.</source>
        <translation>Supprimer de cet ordinateur les fichiers téléchargés de « %1 » ? Le cours ne sera plus disponible hors ligne. Vous pourrez le télécharger de nouveau plus tard.</translation>
    </message>
    <message>
        <source>Remove downloads</source>
        <translation>Supprimer les téléchargements</translation>
    </message>
    <message>
        <source>The downloads could not be removed.</source>
        <translation>Les téléchargements n’ont pas pu être supprimés.</translation>
    </message>
    <message>
        <source>No file manager could be started to show the folder.</source>
        <translation>Aucun gestionnaire de fichiers n’a pu être lancé pour afficher le dossier.</translation>
    </message>
</context>
<context>
    <name>StudentDetailsDialog</name>
    <message>
        <source>Unknown learner</source>
        <translation>Apprenant inconnu</translation>
    </message>
    <message>
        <source>This learner could not be read from this computer</source>
        <translation>Cet apprenant n&apos;a pas pu être lu sur cet ordinateur</translation>
    </message>
    <message>
        <source>%1 – Satchel</source>
        <translation>%1 – Satchel</translation>
    </message>
    <message>
        <source>Learner details</source>
        <translation>Détails de l&apos;apprenant</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Adresse de courriel</translation>
    </message>
    <message>
        <source>City/country</source>
        <translation>Ville/pays</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Aucun groupe</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Last access</source>
        <translation>Dernier accès</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Not in this class on this computer. Sync to update the class.</source>
        <translation>Absent de cette classe sur cet ordinateur. Synchronisez pour mettre la classe à jour.</translation>
    </message>
    <message>
        <source>Grade items of %1</source>
        <translation>Éléments d&apos;évaluation de %1</translation>
    </message>
    <message>
        <source>No grade items for this learner yet.</source>
        <translation>Pas encore d&apos;éléments d&apos;évaluation pour cet apprenant.</translation>
    </message>
    <message>
        <source>Activity completion of %1</source>
        <translation>Achèvement d&apos;activité de %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Achèvement</translation>
    </message>
    <message>
        <source>Grades and completion</source>
        <translation>Notes et achèvement</translation>
    </message>
    <message>
        <source>&amp;Grades</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Completion</source>
        <translation>&amp;Achèvement</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Course completion: could not be read from this computer</source>
        <translation>Achèvement de cours&#xa0;: n&apos;a pas pu être lu sur cet ordinateur</translation>
    </message>
    <message>
        <source>Course completion: no completion criteria in this course</source>
        <translation>Achèvement de cours&#xa0;: aucun critère d&apos;achèvement dans ce cours</translation>
    </message>
    <message>
        <source>Course completion: completed</source>
        <translation>Achèvement de cours&#xa0;: achevé</translation>
    </message>
    <message>
        <source>Course completion: not completed yet</source>
        <translation>Achèvement de cours&#xa0;: pas encore achevé</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln criteria met</source>
        <translation>
            <numerusform>Critères remplis&#xa0;: %L1 sur %Ln</numerusform>
            <numerusform>Critères remplis&#xa0;: %L1 sur %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Course completion: unknown (not tracked, or not synced yet)</source>
        <translation>Achèvement de cours&#xa0;: inconnu (non suivi ou pas encore synchronisé)</translation>
    </message>
    <message>
        <source>No activities with completion tracking.</source>
        <translation>Aucune activité avec suivi d&apos;achèvement.</translation>
    </message>
</context>
<context>
    <name>SubmissionMatrixModel</name>
    <message>
        <source>Learner</source>
        <translation>Apprenant·e</translation>
    </message>
    <message>
        <source>Unnamed assignment</source>
        <translation>Devoir sans nom</translation>
    </message>
    <message>
        <source>%L1 submitted (%L2 late), %L3 drafts, %L4 not submitted, %L5 to grade</source>
        <translation>%L1 remis (%L2 en retard), %L3 brouillons, %L4 non remis, %L5 à noter</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Handed in %1</source>
        <translation>Remis le %1</translation>
    </message>
    <message>
        <source>Waiting for a grade</source>
        <translation>En attente d’une note</translation>
    </message>
    <message>
        <source>Grade: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Graded %1</source>
        <translation>Noté le %1</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 fichier</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>À rendre le %1</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Class of %1</source>
        <translation>Classe de %1</translation>
    </message>
    <message>
        <source>Checking your account</source>
        <translation>Vérification de votre compte</translation>
    </message>
    <message>
        <source>Sending changes made offline</source>
        <translation>Envoi des modifications faites hors ligne</translation>
    </message>
    <message>
        <source>The site did not accept this change.</source>
        <translation>Le site n&apos;a pas accepté cette modification.</translation>
    </message>
    <message>
        <source>The site&apos;s answer could not be understood.</source>
        <translation>La réponse du site n&apos;a pas pu être comprise.</translation>
    </message>
    <message>
        <source>Checking your courses</source>
        <translation>Vérification de vos cours</translation>
    </message>
    <message>
        <source>Some lists were not updated: %1</source>
        <translation>Certaines listes n&apos;ont pas été mises à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Some deadlines were not updated: %1</source>
        <translation>Certaines échéances n&apos;ont pas été mises à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 was not updated: %2</source>
        <translation>%1 n&apos;a pas été mis à jour&#xa0;: %2</translation>
    </message>
    <message>
        <source>Part of %1 is not available: %2</source>
        <translation>Une partie de %1 n&apos;est pas disponible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Modifications en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Changes not sent</source>
        <translation>Modifications non envoyées</translation>
    </message>
    <message>
        <source>Bring your offline copy up to date now</source>
        <translation>Mettre à jour votre copie hors ligne maintenant</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>il y a une minute</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>il y a %Ln minute</numerusform>
            <numerusform>il y a %Ln minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>il y a une heure</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>il y a %Ln heure</numerusform>
            <numerusform>il y a %Ln heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing %L1 of %L2: %3</source>
        <translation>Synchronisation %L1 sur %L2&#xa0;: %3</translation>
    </message>
    <message>
        <source>No offline data yet</source>
        <translation>Pas encore de données hors ligne</translation>
    </message>
    <message>
        <source>Demo: a copy recorded from a real Moodle site, no network</source>
        <translation>Démo&#xa0;: copie enregistrée d&apos;un vrai site Moodle, sans réseau</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Hors ligne depuis %1</translation>
    </message>
    <message>
        <source>Signed out by the site: sign in again to sync</source>
        <translation>Déconnecté par le site&#xa0;: reconnectez-vous pour synchroniser</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Enregistré le %1</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>1 change waiting to be sent</source>
        <translation>1 modification en attente d&apos;envoi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes waiting to be sent</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln modification en attente d&apos;envoi</numerusform>
            <numerusform>%Ln modifications en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change could not be sent</source>
        <translation>1 modification n&apos;a pas pu être envoyée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes could not be sent</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln modification n&apos;a pas pu être envoyée</numerusform>
            <numerusform>%Ln modifications n&apos;ont pas pu être envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change refused by the site</source>
        <translation>1 modification refusée par le site</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes refused by the site</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln modification refusée par le site</numerusform>
            <numerusform>%Ln modifications refusées par le site</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Activité %1</translation>
    </message>
    <message>
        <source>“%1” marked as done</source>
        <translation>«&#xa0;%1&#xa0;» marqué comme terminé</translation>
    </message>
    <message>
        <source>“%1” marked as not done</source>
        <translation>«&#xa0;%1&#xa0;» marqué comme non terminé</translation>
    </message>
    <message>
        <source>Refused by the site: %1</source>
        <translation>Refusé par le site&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not be sent: %1</source>
        <translation>N&apos;a pas pu être envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Send it at the next sync, which starts now</source>
        <translation>L&apos;envoyer à la prochaine synchronisation, qui commence maintenant</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Give this change up: the activity shows what the site last said</source>
        <translation>Renoncer à cette modification&#xa0;: l&apos;activité affiche ce que le site a indiqué en dernier</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Downloading files: %L1 of %L2</source>
        <translation>Téléchargement des fichiers : %L1 sur %L2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel downloads</source>
        <translation>Annuler les téléchargements</translation>
    </message>
    <message>
        <source>Stop downloading: the files that came stay, the rest come at a later sync</source>
        <translation>Arrêter le téléchargement : les fichiers arrivés restent, le reste arrivera lors d’une synchronisation ultérieure</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Satchel: your Moodle courses, offline.</source>
        <translation>Satchel&#xa0;: vos cours Moodle, hors ligne.</translation>
    </message>
    <message>
        <source>Keep Satchel&apos;s files in &lt;dir&gt; (default: $SATCHEL_DATA_DIR, else the platform&apos;s application data folder).</source>
        <translation>Conserver les fichiers de Satchel dans &lt;dir&gt; (par défaut&#xa0;: $SATCHEL_DATA_DIR, sinon le dossier de données d&apos;application de la plateforme).</translation>
    </message>
    <message>
        <source>Open the bundled demo account, without a network.</source>
        <translation>Ouvrir le compte de démonstration fourni, sans réseau.</translation>
    </message>
    <message>
        <source>Open the bundled demo account of a teacher (her classes included), without a network.</source>
        <translation>Ouvrir le compte de démonstration fourni d&apos;une enseignante (ses classes comprises), sans réseau.</translation>
    </message>
    <message>
        <source>Save a picture of the first window to &lt;file&gt; (PNG) and exit.</source>
        <translation>Enregistrer une image de la première fenêtre dans &lt;file&gt; (PNG) et quitter.</translation>
    </message>
    <message>
        <source>Show Satchel in language &lt;code&gt; (de, es, pt_BR…) for this run, whatever Settings say.</source>
        <translation>Afficher Satchel dans la langue &lt;code&gt; (de, es, pt_BR…) pour cette exécution, quels que soient les paramètres.</translation>
    </message>
    <message>
        <source>no such page: %1</source>
        <translation>page inexistante&#xa0;: %1</translation>
    </message>
    <message>
        <source>could not write the screenshot to %1</source>
        <translation>impossible d&apos;écrire la capture d&apos;écran dans %1</translation>
    </message>
    <message>
        <source>the demo account is missing from this build</source>
        <translation>le compte de démonstration est absent de cette version</translation>
    </message>
    <message>
        <source>cannot use the data folder: %1</source>
        <translation>impossible d&apos;utiliser le dossier de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>A moodlemobile://token=… sign-in link from your browser (passed on to the Satchel that is waiting for it).</source>
        <translation>Un lien de connexion moodlemobile://token=… venant du navigateur (transmis au Satchel qui l’attend).</translation>
    </message>
    <message>
        <source>no Satchel is waiting for this sign-in link. Open Satchel, press &quot;Sign in with your browser&quot; and sign in again: a link only works for the sign-in that asked for it.</source>
        <translation>aucun Satchel n’attend ce lien de connexion. Ouvrez Satchel, cliquez sur « Se connecter avec le navigateur » et connectez-vous à nouveau : un lien ne vaut que pour la connexion qui l’a demandé.</translation>
    </message>
    <message>
        <source>With --screenshot: the page to show: home, courses, course:&lt;id&gt;, grades, grades:&lt;id&gt;, badges, class, class:&lt;id&gt;, class:&lt;id&gt;:attention|participants|grades|completion|submissions|attempts|competencies, storage, activity:&lt;cmid&gt; (a page or forum read inside Satchel), or search:&lt;text&gt; (the search&apos;s results).</source>
        <translation>Avec --screenshot&#xa0;: la page à afficher&#xa0;: home, courses, course:&lt;id&gt;, grades, grades:&lt;id&gt;, badges, class, class:&lt;id&gt;, class:&lt;id&gt;:attention|participants|grades|completion|submissions|attempts|competencies, storage, activity:&lt;cmid&gt; (une page ou un forum lus dans Satchel) ou search:&lt;text&gt; (les résultats de la recherche).</translation>
    </message>
</context>
</TS>
