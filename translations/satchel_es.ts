<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Switch account, add an account or sign out</source>
        <translation>Cambiar de cuenta, añadir una cuenta o cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Añadir cuenta…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Ce&amp;rrar sesión…</translation>
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
        <translation>Ninguna aplicación de este equipo pudo abrir «%1».</translation>
    </message>
    <message>
        <source>No web browser could be started to open the address.</source>
        <translation>No se pudo iniciar ningún navegador web para abrir la dirección.</translation>
    </message>
    <message>
        <source>There is nothing to open for this activity on this computer yet.</source>
        <translation>Todavía no hay nada que abrir de esta actividad en este equipo.</translation>
    </message>
    <message>
        <source>The site&apos;s address is not known yet: sync once, then try again.</source>
        <translation>La dirección del sitio aún no se conoce: sincronice una vez y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>None of this activity&apos;s files are on this computer yet.</source>
        <translation>Todavía no hay ningún archivo de esta actividad en este equipo.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Reset offline data</source>
        <translation>Restablecer los datos sin conexión</translation>
    </message>
    <message>
        <source>Start again with a fresh copy of your offline data?

The current file is not deleted: it is moved aside in its folder (%1) in case you or your support need it. Your courses are then downloaded again from the site. Anything you marked while offline that was not sent yet is lost with it. You stay signed in.</source>
        <translation>¿Empezar de nuevo con una copia nueva de sus datos sin conexión?

El archivo actual no se borra: se aparta dentro de su carpeta (%1) por si usted o su soporte lo necesitan. Después, sus cursos se descargan de nuevo desde el sitio. Lo que haya marcado sin conexión y aún no se haya enviado se pierde con él. Su sesión sigue abierta.</translation>
    </message>
    <message>
        <source>The offline data could not be moved aside, so nothing was reset. Check that you may write to its folder.</source>
        <translation>Los datos sin conexión no se pudieron apartar, así que no se restableció nada. Compruebe que puede escribir en su carpeta.</translation>
    </message>
    <message>
        <source>Offline data of another account</source>
        <translation>Datos sin conexión de otra cuenta</translation>
    </message>
    <message>
        <source>%1&apos;s offline data from %2 is still on this computer: courses and grades, and a teacher&apos;s classes. Delete it if this computer is shared or %1 no longer uses Satchel here.</source>
        <translation>Los datos sin conexión de %1 de %2 siguen en este equipo: cursos y calificaciones, y las clases de un profesor. Bórrelos si este equipo es compartido o si %1 ya no usa Satchel aquí.</translation>
    </message>
    <message>
        <source>Delete %1&apos;s offline data</source>
        <translation>Borrar los datos sin conexión de %1</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlos</translation>
    </message>
    <message>
        <source>The previous account&apos;s offline data could not be deleted.</source>
        <translation>No se pudieron borrar los datos sin conexión de la cuenta anterior.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>You are signed out, but your offline data could not be deleted from this computer. Delete the files whose names start with %1 in %2, or ask whoever looks after this computer.</source>
        <translation>Ha cerrado la sesión, pero sus datos sin conexión no se pudieron borrar de este equipo. Borre los archivos cuyo nombre empieza por %1 en %2, o pregunte a quien se ocupe de este equipo.</translation>
    </message>
    <message>
        <source>Open Satchel</source>
        <translation>Abrir Satchel</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>AttemptMatrixModel</name>
    <message>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Unnamed quiz</source>
        <translation>Cuestionario sin nombre</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finalizado</translation>
    </message>
    <message>
        <source>never submitted</source>
        <translation>nunca enviado</translation>
    </message>
    <message>
        <source>no attempt</source>
        <translation>sin intentos</translation>
    </message>
    <message>
        <source>1 attempt</source>
        <translation>1 intento</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempts</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln intento</numerusform>
            <numerusform>%Ln intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No attempt</source>
        <translation>Sin intentos</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Intento %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>iniciado %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>duró %1</translation>
    </message>
    <message>
        <source>marks %1</source>
        <translation>puntos %1</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>calificación %1</translation>
    </message>
    <message>
        <source>%L1 of %L2 learners attempted it</source>
        <translation>%L1 de %L2 estudiantes lo intentaron</translation>
    </message>
    <message>
        <source>Graded out of %1</source>
        <translation>Calificado sobre %1</translation>
    </message>
</context>
<context>
    <name>AttentionListModel</name>
    <message>
        <source>no visit to the course for a day or more</source>
        <translation>sin visitar el curso durante un día o más</translation>
    </message>
    <message numerus="yes">
        <source>no visit to the course for %Ln days or more</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>sin visitar el curso durante %Ln día o más</numerusform>
            <numerusform>sin visitar el curso durante %Ln días o más</numerusform>
        </translation>
    </message>
    <message>
        <source>Listed: learners with an assignment past its due date neither handed in nor graded; %1 (a setting); a course total below %2; or completion %3 points or more below the class&apos;s median.</source>
        <translation>En la lista: estudiantes con una tarea vencida que no han entregado ni tiene calificación; %1 (un ajuste); un total del curso por debajo del %2; o una finalización %3 puntos o más por debajo de la mediana de la clase.</translation>
    </message>
    <message>
        <source>1 assignment overdue</source>
        <translation>1 tarea vencida</translation>
    </message>
    <message numerus="yes">
        <source>%Ln assignments overdue</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln tarea vencida</numerusform>
            <numerusform>%Ln tareas vencidas</numerusform>
        </translation>
    </message>
    <message>
        <source>never opened the course</source>
        <translation>nunca abrió el curso</translation>
    </message>
    <message>
        <source>no visit for 1 day</source>
        <translation>sin visitas desde hace 1 día</translation>
    </message>
    <message numerus="yes">
        <source>no visit for %Ln days</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>sin visitas desde hace %Ln día</numerusform>
            <numerusform>sin visitas desde hace %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>course total %1</source>
        <translation>total del curso %1</translation>
    </message>
    <message>
        <source>completed %1 of the activities (class median %2)</source>
        <translation>completó el %1 de las actividades (mediana de la clase %2)</translation>
    </message>
    <message>
        <source>Not handed in: %1. The first was due on %2.</source>
        <translation>Sin entregar: %1. La primera vencía el %2.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1 (clase %2)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Overdue work</source>
        <translation>Trabajo vencido</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Course total</source>
        <translation>Total del curso</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Finalización</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <source>Badges</source>
        <translation>Insignias</translation>
    </message>
    <message>
        <source>Your badges are not synced yet.</source>
        <translation>Sus insignias aún no están sincronizadas.</translation>
    </message>
    <message>
        <source>The site does not share your badges with you.</source>
        <translation>El sitio no comparte sus insignias con usted.</translation>
    </message>
    <message>
        <source>No badges yet.</source>
        <translation>Aún no tiene insignias.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Otorgada el %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Caducó el %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Caduca el %1</translation>
    </message>
</context>
<context>
    <name>ClassSync</name>
    <message>
        <source>The class of %1 was not updated: %2</source>
        <translation>La clase de %1 no se actualizó: %2</translation>
    </message>
    <message>
        <source>The class of %1 was not completely updated: %2</source>
        <translation>La clase de %1 no se actualizó por completo: %2</translation>
    </message>
</context>
<context>
    <name>ClassWorkText</name>
    <message>
        <source>not submitted</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>reabierto</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (grupo)</translation>
    </message>
    <message>
        <source>late %1d %2h</source>
        <translation>%1 d %2 h tarde</translation>
    </message>
    <message>
        <source>late %1h %2m</source>
        <translation>%1 h %2 min tarde</translation>
    </message>
    <message>
        <source>late %1m</source>
        <translation>%1 min tarde</translation>
    </message>
    <message>
        <source>%1 (scale item)</source>
        <translation>%1 (elemento de la escala)</translation>
    </message>
    <message>
        <source>to grade</source>
        <translation>por calificar</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>✓ proficient</source>
        <translation>✓ competente</translation>
    </message>
    <message>
        <source>%1 of %2 learners proficient</source>
        <translation>%1 de %2 estudiantes competentes</translation>
    </message>
    <message>
        <source>%1 of %2 learners proficient (%3%)</source>
        <translation>%1 de %2 estudiantes competentes (%3&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the class as CSV</source>
        <translation>Exportar la clase como CSV</translation>
    </message>
    <message>
        <source>Save the roster with every grade item and tracked activity as a spreadsheet (CSV)</source>
        <translation>Guardar la lista de participantes con cada elemento de calificación y cada actividad con seguimiento como hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <source>Export for CommCare…</source>
        <translation>Exportar para CommCare…</translation>
    </message>
    <message>
        <source>Export the class for CommCare</source>
        <translation>Exportar la clase para CommCare</translation>
    </message>
    <message>
        <source>Save a CommCare case import: one case per learner with the final grade and completion</source>
        <translation>Guardar una importación de casos de CommCare: un caso por estudiante con la calificación final y la finalización</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>Cl&amp;ase:</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Class data</source>
        <translation>Datos de la clase</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <source>&amp;Grades</source>
        <translation>Ca&amp;lificaciones</translation>
    </message>
    <message>
        <source>Co&amp;mpletion</source>
        <translation>&amp;Finalización</translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation>Buscar por nombre o correo</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Buscar participantes</translation>
    </message>
    <message>
        <source>G&amp;roup:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>Show the participants of a group</source>
        <translation>Mostrar los participantes de un grupo</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Press Enter or double-click a participant to see their grades and completion.</source>
        <translation>Pulse Intro o haga doble clic en un participante para ver sus calificaciones y su finalización.</translation>
    </message>
    <message>
        <source>Grades of the class</source>
        <translation>Calificaciones de la clase</translation>
    </message>
    <message>
        <source>– not graded yet</source>
        <translation>– sin calificar aún</translation>
    </message>
    <message>
        <source>not in the learner&apos;s grade report</source>
        <translation>no está en el informe de calificaciones del estudiante</translation>
    </message>
    <message>
        <source>Hidden from students</source>
        <translation>Oculto para estudiantes</translation>
    </message>
    <message>
        <source>Select a column to see its distribution</source>
        <translation>Seleccione una columna para ver su distribución</translation>
    </message>
    <message>
        <source>Only learners who have &amp;not completed the course</source>
        <translation>Solo estudiantes que &amp;no han finalizado el curso</translation>
    </message>
    <message>
        <source>Only learners who have not completed the course</source>
        <translation>Solo estudiantes que no han finalizado el curso</translation>
    </message>
    <message>
        <source>Only learners who have not completed the selected activity</source>
        <translation>Solo estudiantes que no han finalizado la actividad seleccionada</translation>
    </message>
    <message>
        <source>Completion of the class</source>
        <translation>Finalización de la clase</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Pass: done with a passing grade</source>
        <translation>Aprobado: hecho con calificación aprobatoria</translation>
    </message>
    <message>
        <source>Fail: done without a passing grade</source>
        <translation>Suspenso: hecho sin calificación aprobatoria</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No hecho</translation>
    </message>
    <message>
        <source>? not synced yet</source>
        <translation>? aún sin sincronizar</translation>
    </message>
    <message>
        <source>Course %1</source>
        <translation>Curso %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You do not teach any course on this site.</source>
        <translation>No imparte ningún curso en este sitio.</translation>
    </message>
    <message>
        <source>No class data for this course on this computer yet. It arrives with the next sync.</source>
        <translation>Aún no hay datos de la clase de este curso en este equipo. Llegarán con la próxima sincronización.</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <source>Class data last synced %1</source>
        <translation>Datos de la clase sincronizados por última vez %1</translation>
    </message>
    <message>
        <source>Class data never synced</source>
        <translation>Datos de la clase nunca sincronizados</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 participante</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln participants</source>
        <translation>
            <numerusform>%L1 de %Ln participante</numerusform>
            <numerusform>%L1 de %Ln participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 learner</source>
        <translation>1 estudiante</translation>
    </message>
    <message numerus="yes">
        <source>%Ln learners</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln estudiante</numerusform>
            <numerusform>%Ln estudiantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln learners</source>
        <translation>
            <numerusform>%L1 de %Ln estudiante</numerusform>
            <numerusform>%L1 de %Ln estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Only learners who have not completed “%1”</source>
        <translation>Solo estudiantes que no han finalizado «%1»</translation>
    </message>
    <message>
        <source>Select a cell of an activity first</source>
        <translation>Primero seleccione una celda de una actividad</translation>
    </message>
    <message>
        <source>No grades for this class yet.</source>
        <translation>Aún no hay calificaciones para esta clase.</translation>
    </message>
    <message>
        <source>Select a grade item to see how the class did.</source>
        <translation>Seleccione un elemento de calificación para ver cómo le fue a la clase.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>There is nothing to export for this class yet. Sync, then try again.</source>
        <translation>Aún no hay nada que exportar para esta clase. Sincronice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Satchel could not save “%1”. Choose another folder or file name.</source>
        <translation>Satchel no pudo guardar «%1». Elija otra carpeta u otro nombre de archivo.</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>«%1» guardado en %2.</translation>
    </message>
    <message>
        <source>&amp;Submissions</source>
        <translation>&amp;Entregas</translation>
    </message>
    <message>
        <source>&amp;Quiz attempts</source>
        <translation>&amp;Cuestionarios</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message>
        <source>Which learners to show</source>
        <translation>Qué estudiantes mostrar</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>Todos los estudiantes</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Needs grading</source>
        <translation>Por calificar</translation>
    </message>
    <message>
        <source>&amp;in:</source>
        <translation>e&amp;n:</translation>
    </message>
    <message>
        <source>In which assignment</source>
        <translation>En qué tarea</translation>
    </message>
    <message>
        <source>Submissions of the class</source>
        <translation>Entregas de la clase</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Submitted late</source>
        <translation>Enviado con retraso</translation>
    </message>
    <message>
        <source>Draft or reopened</source>
        <translation>Borrador o reabierto</translation>
    </message>
    <message>
        <source>Point at a column title for its counts</source>
        <translation>Señale el título de una columna para ver sus totales</translation>
    </message>
    <message>
        <source>Quiz attempts of the class</source>
        <translation>Intentos de cuestionario de la clase</translation>
    </message>
    <message>
        <source>Each cell: the attempts, the best grade and how long that attempt took. Point at a cell to see every attempt.</source>
        <translation>Cada celda: los intentos, la mejor calificación y cuánto duró ese intento. Señale una celda para ver todos los intentos.</translation>
    </message>
    <message>
        <source>any assignment</source>
        <translation>cualquier tarea</translation>
    </message>
    <message>
        <source>The submissions of this class are not on this computer yet. They arrive with the next sync.</source>
        <translation>Las entregas de esta clase aún no están en este equipo. Llegarán con la próxima sincronización.</translation>
    </message>
    <message>
        <source>The site does not share this class&apos;s submissions with you (%1), so Satchel cannot show who handed in what. The grades you can see are in the Grades tab.</source>
        <translation>El sitio no comparte con usted las entregas de esta clase (%1), así que Satchel no puede mostrar quién entregó qué. Las calificaciones que puede ver están en la pestaña Calificaciones.</translation>
    </message>
    <message>
        <source>This course has no assignments.</source>
        <translation>Este curso no tiene tareas.</translation>
    </message>
    <message>
        <source>The site does not share the assignments&apos; grades with you (%1): no grades are shown here.</source>
        <translation>El sitio no comparte con usted las calificaciones de las tareas (%1): aquí no se muestran calificaciones.</translation>
    </message>
    <message>
        <source>The quiz attempts of this class are not on this computer yet. They arrive with the next sync.</source>
        <translation>Los intentos de cuestionario de esta clase aún no están en este equipo. Llegarán con la próxima sincronización.</translation>
    </message>
    <message>
        <source>The site does not share this class&apos;s quiz attempts with you (%1).</source>
        <translation>El sitio no comparte con usted los intentos de cuestionario de esta clase (%1).</translation>
    </message>
    <message>
        <source>This course has no quizzes.</source>
        <translation>Este curso no tiene cuestionarios.</translation>
    </message>
    <message>
        <source>Compe&amp;tencies</source>
        <translation>Co&amp;mpetencias</translation>
    </message>
    <message>
        <source>Competencies of the class</source>
        <translation>Competencias de la clase</translation>
    </message>
    <message>
        <source>Each cell: the learner&apos;s rating in this course, ✓ when it is proficient. Point at a cell or a column title for the competency&apos;s description.</source>
        <translation>Cada celda: la valoración del estudiante en este curso, ✓ cuando es competente. Señale una celda o el título de una columna para ver la descripción de la competencia.</translation>
    </message>
    <message>
        <source>The competencies of this class are not on this computer yet. They arrive with the next sync.</source>
        <translation>Las competencias de esta clase aún no están en este equipo. Llegarán con la próxima sincronización.</translation>
    </message>
    <message>
        <source>The site does not share this class&apos;s competencies with you (%1).</source>
        <translation>El sitio no comparte con usted las competencias de esta clase (%1).</translation>
    </message>
    <message>
        <source>No competencies are linked to this course.</source>
        <translation>Este curso no tiene competencias vinculadas.</translation>
    </message>
    <message>
        <source>&amp;Attention</source>
        <translation>A&amp;tención</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Exportar lista…</translation>
    </message>
    <message>
        <source>Export the Attention list as CSV</source>
        <translation>Exportar la lista de atención como CSV</translation>
    </message>
    <message>
        <source>Save the learners on this list with their reasons as a spreadsheet (CSV)</source>
        <translation>Guardar los estudiantes de esta lista con sus motivos como hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <source>Learners who need attention</source>
        <translation>Estudiantes que necesitan atención</translation>
    </message>
    <message>
        <source>Click a column title to sort by it. Press Enter or double-click a learner for their details.</source>
        <translation>Haga clic en el título de una columna para ordenar por ella. Pulse Intro o haga doble clic en un estudiante para ver sus datos.</translation>
    </message>
    <message>
        <source>Nobody in this class needs attention by these rules.</source>
        <translation>Según estas reglas, nadie en esta clase necesita atención.</translation>
    </message>
    <message>
        <source>&amp;Attention (%L1)</source>
        <translation>A&amp;tención (%L1)</translation>
    </message>
    <message>
        <source>Export class work…</source>
        <translation>Exportar trabajos…</translation>
    </message>
    <message>
        <source>Export the class&apos;s work as CSV</source>
        <translation>Exportar los trabajos de la clase como CSV</translation>
    </message>
    <message>
        <source>Save every learner&apos;s submissions, quiz attempts or competency ratings as a spreadsheet (CSV), one row each</source>
        <translation>Guardar las entregas, los intentos de cuestionario o las calificaciones de competencias de cada estudiante como hoja de cálculo (CSV), una fila por cada uno</translation>
    </message>
    <message>
        <source>Submissions…</source>
        <translation>Entregas…</translation>
    </message>
    <message>
        <source>Quiz attempts…</source>
        <translation>Intentos de cuestionario…</translation>
    </message>
    <message>
        <source>Competencies…</source>
        <translation>Competencias…</translation>
    </message>
    <message>
        <source>Export the class&apos;s submissions as CSV</source>
        <translation>Exportar las entregas de la clase como CSV</translation>
    </message>
    <message>
        <source>Export the class&apos;s quiz attempts as CSV</source>
        <translation>Exportar los intentos de cuestionario de la clase como CSV</translation>
    </message>
    <message>
        <source>Export the class&apos;s competencies as CSV</source>
        <translation>Exportar las competencias de la clase como CSV</translation>
    </message>
</context>
<context>
    <name>CompetencyBox</name>
    <message>
        <source>Your competencies in this course</source>
        <translation>Sus competencias en este curso</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>The site does not share your competencies in this course (%1).</source>
        <translation>El sitio no comparte sus competencias en este curso (%1).</translation>
    </message>
    <message>
        <source>Proficient in %1 of 1 competency.</source>
        <translation>Competente en %1 de 1 competencia.</translation>
    </message>
    <message numerus="yes">
        <source>Proficient in %1 of %Ln competencies.</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>Competente en %1 de %Ln competencia.</numerusform>
            <numerusform>Competente en %1 de %Ln competencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proficient</source>
        <translation>Competente</translation>
    </message>
    <message>
        <source>Not yet proficient</source>
        <translation>Aún no competente</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Aún sin calificar</translation>
    </message>
    <message>
        <source>%1 · proficient</source>
        <translation>%1 · competente</translation>
    </message>
    <message>
        <source>%1 · not yet proficient</source>
        <translation>%1 · aún no competente</translation>
    </message>
    <message>
        <source>Your learning plans</source>
        <translation>Sus planes de aprendizaje</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
</context>
<context>
    <name>CompetencyChart</name>
    <message>
        <source>Share of the class proficient per competency</source>
        <translation>Parte de la clase competente en cada competencia</translation>
    </message>
    <message>
        <source>Proficient</source>
        <translation>Competentes</translation>
    </message>
    <message numerus="yes">
        <source>Share of the class proficient (%Ln learners)</source>
        <translation>
            <numerusform>Parte de la clase competente (%Ln estudiante)</numerusform>
            <numerusform>Parte de la clase competente (%Ln estudiantes)</numerusform>
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
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Unnamed competency</source>
        <translation>Competencia sin nombre</translation>
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
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>Curso finalizado</translation>
    </message>
    <message>
        <source>Unnamed activity</source>
        <translation>Actividad sin nombre</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No hecho</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Suspenso</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 has completed the course</source>
        <translation>%1 ha finalizado el curso</translation>
    </message>
    <message>
        <source>%1 has not completed the course yet</source>
        <translation>%1 aún no ha finalizado el curso</translation>
    </message>
    <message>
        <source>Unknown: the course has no completion criteria, or Satchel has not synced them for %1</source>
        <translation>Desconocido: el curso no tiene criterios de finalización, o Satchel no los ha sincronizado para %1</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Suspenso</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <source>Learners mark it done themselves</source>
        <translation>Los estudiantes la marcan como hecha ellos mismos</translation>
    </message>
    <message>
        <source>Completed when the learner meets its conditions</source>
        <translation>Se finaliza cuando el estudiante cumple sus condiciones</translation>
    </message>
    <message>
        <source>Done: %L1 of %L2</source>
        <translation>Hecho: %L1 de %L2</translation>
    </message>
</context>
<context>
    <name>CourseDownloader</name>
    <message>
        <source>Its name is too long to be kept in the files folder.</source>
        <translation>Su nombre es demasiado largo para guardarlo en la carpeta de archivos.</translation>
    </message>
    <message>
        <source>less than %1 MB would remain free on the disk</source>
        <translation>quedarían menos de %1 MB libres en el disco</translation>
    </message>
    <message>
        <source>Its place in the files folder is not safe to write.</source>
        <translation>Su lugar en la carpeta de archivos no es seguro para escribir.</translation>
    </message>
</context>
<context>
    <name>CourseGradesModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No percentage</source>
        <translation>Sin porcentaje</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Porcentaje</translation>
    </message>
</context>
<context>
    <name>CourseListDelegate</name>
    <message>
        <source>Completed</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Calificación</translation>
    </message>
</context>
<context>
    <name>CourseListModel</name>
    <message>
        <source>%L1%</source>
        <translation>%L1 %</translation>
    </message>
    <message>
        <source>Hidden from students</source>
        <translation>Oculto para estudiantes</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Oculto</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>destacado</translation>
    </message>
    <message>
        <source>%L1% complete</source>
        <translation>%L1 % finalizado</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>finalizado</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>calificación %1</translation>
    </message>
</context>
<context>
    <name>CourseOutlineDelegate</name>
    <message>
        <source>Mark as done</source>
        <translation>Marcar como hecha</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No hecho</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Suspenso</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Pendiente de envío</translation>
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
        <translation>Sección %1</translation>
    </message>
    <message>
        <source>Hidden from students</source>
        <translation>Oculto para estudiantes</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 actividad</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln actividad</numerusform>
            <numerusform>%Ln actividades</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date label, date</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Suspenso</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No hecho</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Could not be sent</source>
        <translation>No se pudo enviar</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>No descargado</translation>
    </message>
    <message>
        <source>Downloading %L1 %</source>
        <translation>Descargando: %L1 %</translation>
    </message>
    <message>
        <source>Partly downloaded</source>
        <translation>Descargado en parte</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Descargado</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Desactualizado</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>No se pudo descargar</translation>
    </message>
    <message>
        <source>Could not download: %1</source>
        <translation>No se pudo descargar: %1</translation>
    </message>
    <message>
        <source>1 attempt</source>
        <translation>1 intento</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempts</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln intento</numerusform>
            <numerusform>%Ln intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>best %1 out of %2</source>
        <translation>mejor %1 de %2</translation>
    </message>
    <message>
        <source>one in progress</source>
        <translation>uno en curso</translation>
    </message>
</context>
<context>
    <name>CoursePage</name>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Sections and activities</source>
        <translation>Secciones y actividades</translation>
    </message>
    <message>
        <source>Your change could not be saved on this computer. Try again.</source>
        <translation>Su cambio no se pudo guardar en este equipo. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The contents of this course are not on this computer yet. They appear here after the next sync.</source>
        <translation>El contenido de este curso aún no está en este equipo. Aparecerá aquí después de la próxima sincronización.</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>Progreso del curso</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>Curso finalizado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Course completion</source>
        <translation>Finalización del curso</translation>
    </message>
    <message>
        <source>This course could not be read from this computer.</source>
        <translation>Este curso no se pudo leer desde este equipo.</translation>
    </message>
    <message>
        <source>This course is not on this computer any more</source>
        <translation>Este curso ya no está en este equipo</translation>
    </message>
    <message>
        <source>Grade: %1</source>
        <translation>Calificación: %1</translation>
    </message>
    <message>
        <source>%L1% complete</source>
        <translation>%L1 % finalizado</translation>
    </message>
    <message>
        <source>Course completion is not on this computer yet.</source>
        <translation>La finalización del curso aún no está en este equipo.</translation>
    </message>
    <message>
        <source>This course has no completion criteria.</source>
        <translation>Este curso no tiene criterios de finalización.</translation>
    </message>
    <message>
        <source>You have completed this course.</source>
        <translation>Ha finalizado este curso.</translation>
    </message>
    <message>
        <source>Not completed yet.</source>
        <translation>Aún no finalizado.</translation>
    </message>
    <message>
        <source>Any one of these completes the course:</source>
        <translation>Cualquiera de estos finaliza el curso:</translation>
    </message>
    <message>
        <source>All of these are required:</source>
        <translation>Se requieren todos estos:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No hecho</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>hecho el %1</translation>
    </message>
    <message>
        <source>Make available offline</source>
        <translation>Hacer disponible sin conexión</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>Disponible sin conexión</translation>
    </message>
    <message>
        <source>Every sync keeps this course&apos;s files up to date. Remove them in File › Storage.</source>
        <translation>Cada sincronización mantiene al día los archivos de este curso. Puede quitarlos en Archivo › Almacenamiento.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>Downloading %L1 %</source>
        <translation>Descargando: %L1 %</translation>
    </message>
    <message>
        <source>Download all files of this course and keep them up to date with every sync</source>
        <translation>Descargar todos los archivos de este curso y mantenerlos al día en cada sincronización</translation>
    </message>
    <message>
        <source>The files of this course take %1 MB. Download them now and keep them up to date?</source>
        <translation>Los archivos de este curso ocupan %1 MB. ¿Descargarlos ahora y mantenerlos al día?</translation>
    </message>
    <message>
        <source>This course could not be made available offline. Try again.</source>
        <translation>No se pudo hacer disponible sin conexión este curso. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>1 file of this course could not be downloaded.</source>
        <translation>No se pudo descargar 1 archivo de este curso.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files of this course could not be downloaded.</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>No se pudo descargar %Ln archivo de este curso.</numerusform>
            <numerusform>No se pudieron descargar %Ln archivos de este curso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Download this section</source>
        <translation>Descargar esta sección</translation>
    </message>
    <message>
        <source>Nothing to download: the files of this section are on this computer, or it has none.</source>
        <translation>Nada que descargar: los archivos de esta sección ya están en este equipo, o no tiene ninguno.</translation>
    </message>
    <message>
        <source>Download the missing and outdated files (%1 MB) once, without keeping them up to date</source>
        <translation>Descargar una vez los archivos que faltan o están desactualizados (%1 MB), sin mantenerlos al día</translation>
    </message>
    <message>
        <source>The files of this section take %1 MB. Download them now?</source>
        <translation>Los archivos de esta sección ocupan %1 MB. ¿Descargarlos ahora?</translation>
    </message>
    <message>
        <source>The files of this activity take %1 MB. Download them now?</source>
        <translation>Los archivos de esta actividad ocupan %1 MB. ¿Descargarlos ahora?</translation>
    </message>
    <message>
        <source>These files come right after the downloads going on.</source>
        <translation>Estos archivos se descargarán justo después de las descargas en curso.</translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Search by name or short name</source>
        <translation>Buscar por nombre o nombre corto</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>Buscar cursos</translation>
    </message>
    <message>
        <source>Your courses</source>
        <translation>Sus cursos</translation>
    </message>
    <message>
        <source>← All courses</source>
        <translation>← Todos los cursos</translation>
    </message>
    <message>
        <source>Back to all courses</source>
        <translation>Volver a todos los cursos</translation>
    </message>
    <message>
        <source>Back to all courses (Esc)</source>
        <translation>Volver a todos los cursos (Esc)</translation>
    </message>
    <message>
        <source>Your courses could not be read from this computer.</source>
        <translation>Sus cursos no se pudieron leer desde este equipo.</translation>
    </message>
    <message>
        <source>No courses on this computer yet. They appear here after the first sync.</source>
        <translation>Aún no hay cursos en este equipo. Aparecerán aquí después de la primera sincronización.</translation>
    </message>
    <message>
        <source>No course matches “%1”.</source>
        <translation>Ningún curso coincide con «%1».</translation>
    </message>
    <message>
        <source>The files of all your courses take %1 MB. Download them now and keep them up to date?</source>
        <translation>Los archivos de todos sus cursos ocupan %1 MB. ¿Descargarlos ahora y mantenerlos actualizados?</translation>
    </message>
    <message>
        <source>Download all my courses</source>
        <translation>Descargar todos mis cursos</translation>
    </message>
    <message>
        <source>Files are being downloaded now. Try again when they are done.</source>
        <translation>Se están descargando archivos. Vuelva a intentarlo cuando terminen.</translation>
    </message>
    <message>
        <source>Keep the files of every course on this computer, up to date at every sync</source>
        <translation>Guardar los archivos de todos los cursos en este equipo, actualizados en cada sincronización</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Satchel&apos;s offline data on this computer is damaged and cannot be read.</source>
        <translation>Los datos sin conexión de Satchel en este equipo están dañados y no se pueden leer.</translation>
    </message>
    <message>
        <source>The file where Satchel keeps your offline data belongs to another program, so Satchel leaves it as it is.</source>
        <translation>El archivo donde Satchel guarda sus datos sin conexión pertenece a otro programa, así que Satchel lo deja como está.</translation>
    </message>
    <message>
        <source>Your offline data on this computer was saved by a newer version of Satchel. Update Satchel to use it.</source>
        <translation>Sus datos sin conexión en este equipo los guardó una versión más reciente de Satchel. Actualice Satchel para usarlos.</translation>
    </message>
    <message>
        <source>Satchel cannot read or write its offline data on this computer. Check that you may write to its folder and that the disk is not full.</source>
        <translation>Satchel no puede leer ni escribir sus datos sin conexión en este equipo. Compruebe que puede escribir en su carpeta y que el disco no está lleno.</translation>
    </message>
</context>
<context>
    <name>DeadlineListModel</name>
    <message>
        <source>Overdue: was due %1</source>
        <translation>Vencida: vencía %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence %1</translation>
    </message>
    <message>
        <source>Overdue, %1</source>
        <translation>Vencida, %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>You teach this</source>
        <translation>Usted imparte esto</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Calificado</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Draft (not submitted)</source>
        <translation>Borrador (no enviado)</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Not graded yet</source>
        <translation>Aún sin calificar</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation>en 1 minuto</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>hace 1 minuto</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln minutes</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>en %Ln minuto</numerusform>
            <numerusform>en %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>hace %Ln minuto</numerusform>
            <numerusform>hace %Ln minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation>en 1 hora</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>hace 1 hora</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln hours</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>en %Ln hora</numerusform>
            <numerusform>en %Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>hace %Ln hora</numerusform>
            <numerusform>hace %Ln horas</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>en 1 día</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>hace 1 día</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>en %Ln día</numerusform>
            <numerusform>en %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>hace %Ln día</numerusform>
            <numerusform>hace %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln weeks</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>en %Ln semana</numerusform>
            <numerusform>en %Ln semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln weeks ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>hace %Ln semana</numerusform>
            <numerusform>hace %Ln semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln months</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>en %Ln mes</numerusform>
            <numerusform>en %Ln meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln months ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>hace %Ln mes</numerusform>
            <numerusform>hace %Ln meses</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 year</source>
        <translation>en 1 año</translation>
    </message>
    <message>
        <source>1 year ago</source>
        <translation>hace 1 año</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln years</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>en %Ln año</numerusform>
            <numerusform>en %Ln años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln years ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>hace %Ln año</numerusform>
            <numerusform>hace %Ln años</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForumSync</name>
    <message>
        <source>The forum %1 was not updated: %2</source>
        <translation>El foro %1 no se actualizó: %2</translation>
    </message>
</context>
<context>
    <name>ForumView</name>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Debate</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Iniciado por</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>This forum could not be read from this computer.</source>
        <translation>No se pudo leer este foro en este equipo.</translation>
    </message>
    <message>
        <source>This forum is not on this computer.</source>
        <translation>Este foro no está en este equipo.</translation>
    </message>
    <message>
        <source>This forum is not on this computer yet: it comes with its course once the course is made available offline.</source>
        <translation>Este foro aún no está en este equipo: llegará con su curso cuando el curso esté disponible sin conexión.</translation>
    </message>
    <message>
        <source>Read-only copy from %1</source>
        <translation>Copia de solo lectura del %1</translation>
    </message>
    <message>
        <source>No discussions.</source>
        <translation>No hay debates.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>The posts of this discussion are not on this computer yet: they come with the next sync.</source>
        <translation>Los mensajes de este debate aún no están en este equipo: llegarán con la próxima sincronización.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>author · time of a forum post</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <source>%1 (%2), not downloaded</source>
        <comment>attachment name (size)</comment>
        <translation>%1 (%2), no descargado</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>size of an attachment</comment>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>This attachment is not on this computer any more.</source>
        <translation>Este adjunto ya no está en este equipo.</translation>
    </message>
    <message>
        <source>No application on this computer could open “%1”.</source>
        <translation>Ninguna aplicación de este equipo pudo abrir «%1».</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>GradeChart</name>
    <message>
        <source>Grades chart</source>
        <translation>Gráfico de calificaciones</translation>
    </message>
    <message>
        <source>No graded items yet.</source>
        <translation>Aún no hay elementos calificados.</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Porcentaje</translation>
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
        <translation>Distribución de calificaciones</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Select a grade item to see how the class did.</source>
        <translation>Seleccione un elemento de calificación para ver cómo le fue a la clase.</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2 %</translation>
    </message>
    <message>
        <source>%1 — %2 graded of %3</source>
        <translation>%1 — %2 calificados de %3</translation>
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
        <translation>Elemento sin nombre</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (oculto)</translation>
    </message>
    <message>
        <source>Moodle does not send the names of grade categories. Its grade is the category total.</source>
        <translation>Moodle no envía los nombres de las categorías de calificación. Su calificación es el total de la categoría.</translation>
    </message>
    <message>
        <source>Hidden from students on the site.</source>
        <translation>Oculto para estudiantes en el sitio.</translation>
    </message>
    <message>
        <source>Graded on %1</source>
        <translation>Calificado el %1</translation>
    </message>
    <message>
        <source>No feedback</source>
        <translation>Sin retroalimentación</translation>
    </message>
    <message>
        <source>Grade item</source>
        <translation>Elemento de calificación</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retroalimentación</translation>
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
        <translation>%1 – %2: aún sin calificar</translation>
    </message>
    <message>
        <source>Missing: %1 is not in %2&apos;s grade report</source>
        <translation>Falta: %1 no está en el informe de calificaciones de %2</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Unnamed item</source>
        <translation>Elemento sin nombre</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (oculto)</translation>
    </message>
    <message>
        <source>Hidden from students on the site.</source>
        <translation>Oculto para estudiantes en el sitio.</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>Rango: %1</translation>
    </message>
    <message>
        <source>Graded: %L1 of %L2</source>
        <translation>Calificados: %L1 de %L2</translation>
    </message>
    <message>
        <source>Click to sort by grade; not graded last.</source>
        <translation>Haga clic para ordenar por calificación; los no calificados al final.</translation>
    </message>
</context>
<context>
    <name>GradeNames</name>
    <message>
        <source>Course total</source>
        <translation>Total del curso</translation>
    </message>
    <message>
        <source>Category total</source>
        <translation>Total de la categoría</translation>
    </message>
    <message>
        <source>Category total (%1)</source>
        <translation>Total de la categoría (%1)</translation>
    </message>
</context>
<context>
    <name>GradesPage</name>
    <message>
        <source>Grades</source>
        <translation>Calificaciones</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Final grades of your courses</source>
        <translation>Calificaciones finales de sus cursos</translation>
    </message>
    <message>
        <source>Grade items</source>
        <translation>Elementos de calificación</translation>
    </message>
    <message>
        <source>No grade items for this course yet.</source>
        <translation>Aún no hay elementos de calificación para este curso.</translation>
    </message>
    <message>
        <source>Percentages of graded items</source>
        <translation>Porcentajes de los elementos calificados</translation>
    </message>
    <message>
        <source>Nothing graded in this course yet.</source>
        <translation>Aún no hay nada calificado en este curso.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retroalimentación</translation>
    </message>
    <message>
        <source>No grades yet. Your course grades appear here once Satchel has synced them from your Moodle site.</source>
        <translation>Aún no hay calificaciones. Las calificaciones de sus cursos aparecerán aquí cuando Satchel las haya sincronizado desde su sitio Moodle.</translation>
    </message>
    <message>
        <source>Course total: %1</source>
        <translation>Total del curso: %1</translation>
    </message>
    <message>
        <source>range %1</source>
        <translation>rango %1</translation>
    </message>
    <message>
        <source>Unnamed item</source>
        <translation>Elemento sin nombre</translation>
    </message>
    <message>
        <source>Select a grade item to read your teacher&apos;s feedback.</source>
        <translation>Seleccione un elemento de calificación para leer la retroalimentación de su profesor.</translation>
    </message>
    <message>
        <source>Graded %1</source>
        <translation>Calificado %1</translation>
    </message>
    <message>
        <source>No feedback for this item.</source>
        <translation>No hay retroalimentación para este elemento.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Your courses, deadlines and grades from %1 will appear here after the first sync. Satchel keeps a copy on this computer, so you can read them offline.</source>
        <translation>Sus cursos, fechas de entrega y calificaciones de %1 aparecerán aquí después de la primera sincronización. Satchel guarda una copia en este equipo para que pueda consultarlos sin conexión.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Su cuenta</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Sitio:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>Sesión iniciada:</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <source>Nothing due in the next weeks. New assignments and quizzes show up here after the next sync.</source>
        <translation>No vence nada en las próximas semanas. Las nuevas tareas y cuestionarios aparecerán aquí después de la próxima sincronización.</translation>
    </message>
    <message>
        <source>Courses in progress</source>
        <translation>Cursos en progreso</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <source>No courses in progress. Completed courses and courses without completion tracking are not listed here.</source>
        <translation>No hay cursos en progreso. Los cursos finalizados y los cursos sin seguimiento de finalización no se muestran aquí.</translation>
    </message>
    <message>
        <source>Recent grades</source>
        <translation>Calificaciones recientes</translation>
    </message>
    <message>
        <source>Grade item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Calificado</translation>
    </message>
    <message>
        <source>No grades yet. Grades appear here as soon as your teachers grade your work.</source>
        <translation>Aún no hay calificaciones. Aparecerán aquí en cuanto sus profesores califiquen su trabajo.</translation>
    </message>
    <message>
        <source>No courses in progress of your own. The classes you teach are on the Classes page.</source>
        <translation>No tiene cursos propios en progreso. Las clases que imparte están en la página Clases.</translation>
    </message>
    <message>
        <source>No grades of your own. Your classes&apos; grades are on the Classes page.</source>
        <translation>No tiene calificaciones propias. Las calificaciones de sus clases están en la página Clases.</translation>
    </message>
    <message>
        <source>Hello!</source>
        <translation>¡Hola!</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>¡Hola, %1!</translation>
    </message>
    <message>
        <source>1 overdue</source>
        <translation>1 vencida</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>%Ln vencida</numerusform>
            <numerusform>%Ln vencidas</numerusform>
        </translation>
    </message>
    <message>
        <source>1 upcoming</source>
        <translation>1 próxima</translation>
    </message>
    <message numerus="yes">
        <source>%Ln upcoming</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>%Ln próxima</numerusform>
            <numerusform>%Ln próximas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 complete</source>
        <translation>%1 finalizado</translation>
    </message>
    <message>
        <source>Unnamed item</source>
        <translation>Elemento sin nombre</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>Rango: %1</translation>
    </message>
    <message>
        <source>Graded %1</source>
        <translation>Calificado %1</translation>
    </message>
</context>
<context>
    <name>HtmlSanitizer</name>
    <message>
        <source>[Image: %1]</source>
        <translation>[Imagen: %1]</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Tipo de mensaje</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
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
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Volver a iniciar sesión…</translation>
    </message>
    <message>
        <source>Reset offline data…</source>
        <translation>Restablecer los datos sin conexión…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Offline data from %1</source>
        <translation>Datos sin conexión de %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Cuenta con sesión iniciada</translation>
    </message>
    <message>
        <source>Satchel logo</source>
        <translation>Logotipo de Satchel</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Ce&amp;rrar sesión…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Satchel</source>
        <translation>&amp;Acerca de Satchel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Calificaciones</translation>
    </message>
    <message>
        <source>Satchel could not read its offline data on this computer, so what you see may be incomplete or out of date. Check the data folder&apos;s permissions and free disk space, then restart Satchel.</source>
        <translation>Satchel no pudo leer sus datos sin conexión en este equipo, así que lo que ve puede estar incompleto o desactualizado. Compruebe los permisos de la carpeta de datos y el espacio libre en disco, y reinicie Satchel.</translation>
    </message>
    <message>
        <source>%1 Reset offline data to download your courses again from the site.</source>
        <translation>%1 Restablezca los datos sin conexión para descargar de nuevo sus cursos desde el sitio.</translation>
    </message>
    <message>
        <source>Some of your data could not be updated. The rest is up to date.</source>
        <translation>Algunos de sus datos no se pudieron actualizar. El resto está al día.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out of %1?

You will need your password to sign in again. Keep the offline copy of your courses on this computer?</source>
        <translation>¿Cerrar sesión en %1?

Necesitará su contraseña para volver a iniciar sesión. ¿Conservar la copia sin conexión de sus cursos en este equipo?</translation>
    </message>
    <message>
        <source>Sign out, keep offline data</source>
        <translation>Cerrar sesión y conservar los datos sin conexión</translation>
    </message>
    <message>
        <source>Sign out and delete offline data</source>
        <translation>Cerrar sesión y borrar los datos sin conexión</translation>
    </message>
    <message>
        <source>About Satchel</source>
        <translation>Acerca de Satchel</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Satchel %1&lt;/h3&gt;&lt;p&gt;An offline-first desktop client for Moodle: your courses, deadlines and grades, also without a connection.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Satchel %1&lt;/h3&gt;&lt;p&gt;Un cliente de escritorio para Moodle pensado para trabajar sin conexión: sus cursos, fechas de entrega y calificaciones, también sin conexión.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Data folder: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Carpeta de datos: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none (the demo account keeps nothing)</source>
        <translation>ninguna (la cuenta de demostración no guarda nada)</translation>
    </message>
    <message>
        <source>Export to &amp;calendar…</source>
        <translation>Exportar al ca&amp;lendario…</translation>
    </message>
    <message>
        <source>Export the deadlines to a calendar</source>
        <translation>Exportar las fechas de entrega a un calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Archivos de calendario (*.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Satchel could not save “%1”. Choose another folder or file name.</source>
        <translation>Satchel no pudo guardar «%1». Elija otra carpeta u otro nombre de archivo.</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>«%1» guardado en %2.</translation>
    </message>
    <message>
        <source>S&amp;torage…</source>
        <translation>Al&amp;macenamiento…</translation>
    </message>
    <message>
        <source>Storage – Satchel</source>
        <translation>Almacenamiento – Satchel</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Insignias</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>ModuleIcons</name>
    <message>
        <source>Assignment</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
</context>
<context>
    <name>MoodleError</name>
    <message>
        <source>The site is not answering. It may be down, or you may be offline.</source>
        <translation>El sitio no responde. Puede estar caído o puede que usted no tenga conexión.</translation>
    </message>
    <message>
        <source>This site address could not be found. Check the address, or your internet connection.</source>
        <translation>No se encontró la dirección de este sitio. Compruebe la dirección o su conexión a internet.</translation>
    </message>
    <message>
        <source>The site took too long to answer. Your connection may be slow or offline.</source>
        <translation>El sitio tardó demasiado en responder. Su conexión puede ser lenta o no estar disponible.</translation>
    </message>
    <message>
        <source>You appear to be offline. Satchel will keep trying.</source>
        <translation>Parece que no tiene conexión. Satchel seguirá intentándolo.</translation>
    </message>
    <message>
        <source>The site&apos;s secure connection could not be verified (%1). Satchel does not connect to sites it cannot verify.</source>
        <translation>No se pudo verificar la conexión segura del sitio (%1). Satchel no se conecta a sitios que no puede verificar.</translation>
    </message>
    <message>
        <source>certificate problem</source>
        <translation>problema con el certificado</translation>
    </message>
    <message>
        <source>The site answered &quot;not found&quot;. Check the site address.</source>
        <translation>El sitio respondió «no encontrado». Compruebe la dirección del sitio.</translation>
    </message>
    <message>
        <source>The site is busy and asked Satchel to slow down. It will try again shortly.</source>
        <translation>El sitio está ocupado y pidió a Satchel que vaya más despacio. Volverá a intentarlo en breve.</translation>
    </message>
    <message>
        <source>The site answered with an error (HTTP %1). Try again later.</source>
        <translation>El sitio respondió con un error (HTTP %1). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The site is temporarily unavailable. Try again later.</source>
        <translation>El sitio no está disponible temporalmente. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The site answered with a web page instead of data. It may be under maintenance, or a network login page may be in the way.</source>
        <translation>El sitio respondió con una página web en lugar de datos. Puede estar en mantenimiento, o puede haber una página de acceso a la red de por medio.</translation>
    </message>
    <message>
        <source>The site sent an incomplete or damaged answer. Try again later.</source>
        <translation>El sitio envió una respuesta incompleta o dañada. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The site sent more data than Satchel can handle at once.</source>
        <translation>El sitio envió más datos de los que Satchel puede procesar a la vez.</translation>
    </message>
    <message>
        <source>This address does not look like a Moodle site. Check the address your school gave you.</source>
        <translation>Esta dirección no parece un sitio Moodle. Compruebe la dirección que le dio su centro.</translation>
    </message>
    <message>
        <source>The site keeps redirecting. Check the site address.</source>
        <translation>El sitio redirige una y otra vez. Compruebe la dirección del sitio.</translation>
    </message>
    <message>
        <source>The site redirected from a secure address to an insecure one. Satchel stopped to protect your password.</source>
        <translation>El sitio redirigió de una dirección segura a una insegura. Satchel se detuvo para proteger su contraseña.</translation>
    </message>
    <message>
        <source>That is not a valid site address. Type something like &quot;school.edu&quot; or &quot;https://school.edu/moodle&quot;.</source>
        <translation>Esa no es una dirección de sitio válida. Escriba algo como «school.edu» o «https://school.edu/moodle».</translation>
    </message>
    <message>
        <source>This site does not use a secure connection (http). Your password would be sent unprotected. Allow it only if you trust the network.</source>
        <translation>Este sitio no usa una conexión segura (http). Su contraseña se enviaría sin protección. Permítalo solo si confía en la red.</translation>
    </message>
    <message>
        <source>Invalid username or password.</source>
        <translation>Nombre de usuario o contraseña no válidos.</translation>
    </message>
    <message>
        <source>This site does not allow access from apps. Ask the site administrator to enable mobile web services.</source>
        <translation>Este sitio no permite el acceso desde aplicaciones. Pida al administrador del sitio que habilite los servicios web para móviles.</translation>
    </message>
    <message>
        <source>The site is under maintenance. Try again later.</source>
        <translation>El sitio está en mantenimiento. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The site is under maintenance: %1</source>
        <translation>El sitio está en mantenimiento: %1</translation>
    </message>
    <message>
        <source>You need to change your password on the website before you can sign in here.</source>
        <translation>Debe cambiar su contraseña en el sitio web antes de poder iniciar sesión aquí.</translation>
    </message>
    <message>
        <source>Your account is not confirmed yet. Follow the link in the confirmation e-mail first.</source>
        <translation>Su cuenta aún no está confirmada. Primero siga el enlace del correo de confirmación.</translation>
    </message>
    <message>
        <source>Your account cannot use apps on this site. Contact the site administrator.</source>
        <translation>Su cuenta no puede usar aplicaciones en este sitio. Póngase en contacto con el administrador del sitio.</translation>
    </message>
    <message>
        <source>This site requires a different Moodle app.</source>
        <translation>Este sitio requiere otra aplicación de Moodle.</translation>
    </message>
    <message>
        <source>The site address redirects elsewhere. Use the site&apos;s final address (usually starting with https://).</source>
        <translation>La dirección del sitio redirige a otro lugar. Use la dirección final del sitio (normalmente empieza por https://).</translation>
    </message>
    <message>
        <source>This Moodle site is too old for Satchel.</source>
        <translation>Este sitio Moodle es demasiado antiguo para Satchel.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again; your offline data is kept.</source>
        <translation>Su sesión ha caducado. Vuelva a iniciar sesión; sus datos sin conexión se conservan.</translation>
    </message>
    <message>
        <source>You do not have permission to see this.</source>
        <translation>No tiene permiso para ver esto.</translation>
    </message>
    <message>
        <source>You are not enrolled in this course, or it is not available to you.</source>
        <translation>No está matriculado en este curso, o no está disponible para usted.</translation>
    </message>
    <message>
        <source>The site did not accept Satchel&apos;s request. The site may be running an unsupported version.</source>
        <translation>El sitio no aceptó la solicitud de Satchel. Puede que el sitio use una versión no compatible.</translation>
    </message>
    <message>
        <source>The site could not find what Satchel asked for. It may have been removed.</source>
        <translation>El sitio no encontró lo que Satchel pidió. Puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>This site does not offer this feature to apps.</source>
        <translation>Este sitio no ofrece esta función a las aplicaciones.</translation>
    </message>
    <message>
        <source>This course has no completion criteria.</source>
        <translation>Este curso no tiene criterios de finalización.</translation>
    </message>
    <message>
        <source>The site reported a problem. Try again later.</source>
        <translation>El sitio informó de un problema. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Satchel could not use the system keychain to keep you signed in (%1). Unlock or set up the keychain and try again.</source>
        <translation>Satchel no pudo usar el llavero del sistema para mantener su sesión iniciada (%1). Desbloquee o configure el llavero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Satchel could not write its data on this computer (%1). Check free disk space and folder permissions.</source>
        <translation>Satchel no pudo escribir sus datos en este equipo (%1). Compruebe el espacio libre en disco y los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
    <message>
        <source>This site signs you in on its own page, in your web browser. Press “Sign in with your browser” instead.</source>
        <translation>Este sitio inicia su sesión en su propia página, en el navegador. Pulse «Iniciar sesión con el navegador» en su lugar.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Due %1: %2</source>
        <extracomment>%1 &quot;in 1 hour&quot;, %2 the activity</extracomment>
        <translation>Vence %1: %2</translation>
    </message>
    <message>
        <source>Due %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>Vence el %1</translation>
    </message>
</context>
<context>
    <name>OfflineContent</name>
    <message>
        <source>Course files cannot be downloaded here: this is not connected to a site.</source>
        <translation>Aquí no se pueden descargar archivos del curso: no hay conexión con un sitio.</translation>
    </message>
    <message>
        <source>This site does not allow apps to download course files.</source>
        <translation>Este sitio no permite que las aplicaciones descarguen archivos de los cursos.</translation>
    </message>
    <message>
        <source>Downloads are running; cancel them first.</source>
        <translation>Hay descargas en curso; cancélelas primero.</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>This page could not be read from this computer.</source>
        <translation>No se pudo leer esta página en este equipo.</translation>
    </message>
    <message>
        <source>This activity is not on this computer.</source>
        <translation>Esta actividad no está en este equipo.</translation>
    </message>
    <message>
        <source>This page is not downloaded yet. Make its course available offline while the site can be reached, or open it in the browser.</source>
        <translation>Esta página aún no se ha descargado. Haga disponible sin conexión su curso mientras se pueda acceder al sitio, o ábrala en el navegador.</translation>
    </message>
    <message>
        <source>Parts of this book are not downloaded yet: they come with the next download.</source>
        <translation>Partes de este libro aún no se han descargado: llegarán con la próxima descarga.</translation>
    </message>
    <message>
        <source>The site has a newer version of this page: it comes with the next download.</source>
        <translation>El sitio tiene una versión más reciente de esta página: llegará con la próxima descarga.</translation>
    </message>
</context>
<context>
    <name>ParticipantListModel</name>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Profesor</translation>
    </message>
    <message>
        <source>Non-editing teacher</source>
        <translation>Profesor sin permiso de edición</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <source>Course creator</source>
        <translation>Creador de cursos</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Last on the site %1</source>
        <translation>Última vez en el sitio %1</translation>
    </message>
    <message>
        <source>Has never signed in to the site</source>
        <translation>Nunca ha iniciado sesión en el sitio</translation>
    </message>
    <message>
        <source>Press Enter or double-click to see %1&apos;s grades and completion</source>
        <translation>Pulse Intro o haga doble clic para ver las calificaciones y la finalización de %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Last access</source>
        <translation>Último acceso</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search everything offline (Ctrl+K)</source>
        <translation>Buscar en todo sin conexión (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation>No hay resultados para «%1»</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Debates</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Calificaciones</translation>
    </message>
    <message>
        <source>Deadlines and events</source>
        <translation>Plazos y eventos</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1, %2, in %3: %4</source>
        <translation>%1, %2, en %3: %4</translation>
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
        <translation>Configuración</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Solo cuando lo pida</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Intervalo de sincronización en minutos</translation>
    </message>
    <message>
        <source>Requests at the same time</source>
        <translation>Solicitudes simultáneas</translation>
    </message>
    <message>
        <source>More is faster on a good connection; fewer is gentler on a slow one or a busy site.</source>
        <translation>Más es más rápido con una buena conexión; menos es más suave con una conexión lenta o un sitio ocupado.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sincronizar &amp;cada:</translation>
    </message>
    <message>
        <source>&amp;Requests at the same time:</source>
        <translation>&amp;Solicitudes simultáneas:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies the next time Satchel starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie Satchel.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Download files up to this size on their own, in MB</source>
        <translation>Descargar por sí solos los archivos hasta este tamaño, en MB</translation>
    </message>
    <message>
        <source>Files of courses made available offline are always downloaded.</source>
        <translation>Los archivos de los cursos disponibles sin conexión se descargan siempre.</translation>
    </message>
    <message>
        <source>Free disk space downloads leave, in MB</source>
        <translation>Espacio libre en disco que dejan las descargas, en MB</translation>
    </message>
    <message>
        <source>&amp;Download files up to:</source>
        <translation>&amp;Descargar archivos hasta:</translation>
    </message>
    <message>
        <source>&amp;Keep free on the disk:</source>
        <translation>Dejar &amp;libre en el disco:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days without a visit that put a learner on the Attention list</source>
        <translation>Días sin visitas que ponen a un estudiante en la lista de atención</translation>
    </message>
    <message>
        <source>For teachers: a learner who has not opened the course for this long is on the class&apos;s Attention list.</source>
        <translation>Para docentes: quien no ha abierto el curso durante este tiempo aparece en la lista de atención de la clase.</translation>
    </message>
    <message>
        <source>Learners &amp;away from a class for:</source>
        <translation>Estudiantes &amp;ausentes durante:</translation>
    </message>
    <message>
        <source>Re&amp;mind me of deadlines</source>
        <translation>Recordar&amp;me los plazos</translation>
    </message>
    <message>
        <source>Courses to remind me of</source>
        <translation>Cursos con recordatorios</translation>
    </message>
    <message>
        <source>Before a deadline I have not handed in yet:</source>
        <translation>Antes de un plazo que aún no he entregado:</translation>
    </message>
    <message>
        <source>In these courses:</source>
        <translation>En estos cursos:</translation>
    </message>
    <message>
        <source>Keep Satchel running in the &amp;tray after closing the window</source>
        <translation>Mantener Satchel en la &amp;bandeja al cerrar la ventana</translation>
    </message>
    <message>
        <source>Reminders come only while Satchel runs.</source>
        <translation>Los recordatorios solo llegan mientras Satchel está abierto.</translation>
    </message>
    <message>
        <source>&amp;Start Satchel when I log in</source>
        <translation>&amp;Iniciar Satchel al iniciar sesión</translation>
    </message>
    <message>
        <source>1 week before</source>
        <translation>1 semana antes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln weeks before</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>%Ln semana antes</numerusform>
            <numerusform>%Ln semanas antes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 día antes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days before</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>%Ln día antes</numerusform>
            <numerusform>%Ln días antes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 hora antes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours before</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>%Ln hora antes</numerusform>
            <numerusform>%Ln horas antes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute before</source>
        <translation>1 minuto antes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes before</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>%Ln minuto antes</numerusform>
            <numerusform>%Ln minutos antes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in – Satchel</source>
        <translation>Iniciar sesión – Satchel</translation>
    </message>
    <message>
        <source>Satchel logo</source>
        <translation>Logotipo de Satchel</translation>
    </message>
    <message>
        <source>Sign in to your Moodle site</source>
        <translation>Inicie sesión en su sitio Moodle</translation>
    </message>
    <message>
        <source>Use the same site address, username and password as in your web browser. Satchel keeps a copy of your courses so you can use them offline.</source>
        <translation>Use la misma dirección del sitio, nombre de usuario y contraseña que en su navegador web. Satchel guarda una copia de sus cursos para que pueda usarlos sin conexión.</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Dirección del sitio</translation>
    </message>
    <message>
        <source>school.edu or https://school.edu/moodle</source>
        <translation>school.edu o https://school.edu/moodle</translation>
    </message>
    <message>
        <source>Site status</source>
        <translation>Estado del sitio</translation>
    </message>
    <message>
        <source>Where your password goes</source>
        <translation>Adónde va su contraseña</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Site address:</source>
        <translation>&amp;Dirección del sitio:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Insecure connection warning</source>
        <translation>Aviso de conexión insegura</translation>
    </message>
    <message>
        <source>Sign in over an insecure connection (http) anyway</source>
        <translation>Iniciar sesión de todos modos con una conexión insegura (http)</translation>
    </message>
    <message>
        <source>Another host warning</source>
        <translation>Aviso de otro servidor</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Enter your password to continue; your offline data is kept.</source>
        <translation>Su sesión en %1 ha terminado. Introduzca su contraseña para continuar; sus datos sin conexión se conservan.</translation>
    </message>
    <message>
        <source>Enter the address of your Moodle site.</source>
        <translation>Introduzca la dirección de su sitio Moodle.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Introduzca su nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <source>Tick the box to sign in over an insecure connection, or use an https:// address.</source>
        <translation>Marque la casilla para iniciar sesión con una conexión insegura, o use una dirección https://.</translation>
    </message>
    <message>
        <source>Your password has not been sent yet. Check the warning above, then press Sign in again to send it to %1.</source>
        <translation>Su contraseña aún no se ha enviado. Revise el aviso de arriba y pulse de nuevo Iniciar sesión para enviarla a %1.</translation>
    </message>
    <message>
        <source>Your password will be sent to %1</source>
        <translation>Su contraseña se enviará a %1</translation>
    </message>
    <message>
        <source>You typed %1, but that site sent Satchel on to another host, %2. Sign in only if you know that %2 is where your school signs you in (a single sign-on service, for example): a look-alike page that collects passwords can also send you on like this.</source>
        <translation>Escribió %1, pero ese sitio envió a Satchel a otro servidor, %2. Inicie sesión solo si sabe que %2 es donde su centro le hace iniciar sesión (un servicio de inicio de sesión único, por ejemplo): una página falsa que recoge contraseñas también puede redirigirle así.</translation>
    </message>
    <message>
        <source>The address you use for Moodle in your web browser.</source>
        <translation>La dirección que usa para Moodle en su navegador web.</translation>
    </message>
    <message>
        <source>Checking site…</source>
        <translation>Comprobando el sitio…</translation>
    </message>
    <message>
        <source>%1 (not secure: http)</source>
        <translation>%1 (no segura: http)</translation>
    </message>
    <message>
        <source>Sign in with your &amp;browser</source>
        <translation>Iniciar sesión con el &amp;navegador</translation>
    </message>
    <message>
        <source>Sign in with your browser</source>
        <translation>Iniciar sesión con el navegador</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. Satchel goes on by itself when the browser hands the sign-in back. If it does not, copy the address that starts with moodlemobile:// from the browser&apos;s address bar (or from its &quot;open the app&quot; button) and paste it here.</source>
        <translation>Termina de iniciar sesión en el navegador. Satchel continúa solo cuando el navegador le devuelve el inicio de sesión. Si no lo hace, copia la dirección que empieza por moodlemobile:// de la barra de direcciones del navegador (o de su botón «abrir la aplicación») y pégala aquí.</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Enlace de inicio de sesión</translation>
    </message>
    <message>
        <source>Sign-in &amp;link:</source>
        <translation>&amp;Enlace de inicio de sesión:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Continue with the pasted link</source>
        <translation>Continuar con el enlace pegado</translation>
    </message>
    <message>
        <source>No browser opened? Open this address:</source>
        <translation>¿No se abrió el navegador? Abre esta dirección:</translation>
    </message>
    <message>
        <source>Address of the sign-in page</source>
        <translation>Dirección de la página de inicio de sesión</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Dejar de esperar</translation>
    </message>
    <message>
        <source>Cancel the browser sign-in</source>
        <translation>Cancelar el inicio de sesión en el navegador</translation>
    </message>
    <message>
        <source>Waiting for your browser…</source>
        <translation>Esperando al navegador…</translation>
    </message>
    <message>
        <source>Satchel could not open your web browser. Open the address below in a browser yourself, sign in there, then paste the link here.</source>
        <translation>Satchel no pudo abrir el navegador. Abre tú la dirección de abajo en un navegador, inicia sesión allí y luego pega el enlace aquí.</translation>
    </message>
    <message>
        <source>That is not a sign-in link. Copy the whole address that starts with moodlemobile://token= from your browser and paste it here.</source>
        <translation>Eso no es un enlace de inicio de sesión. Copia la dirección completa que empieza por moodlemobile://token= desde el navegador y pégala aquí.</translation>
    </message>
    <message>
        <source>That sign-in link was made for another site or another sign-in, not this one. Use the link from the page Satchel opened just now.</source>
        <translation>Ese enlace de inicio de sesión se creó para otro sitio u otro inicio de sesión, no para este. Usa el enlace de la página que Satchel acaba de abrir.</translation>
    </message>
    <message>
        <source>That sign-in link came more than %L1 minutes after the sign-in started. Press Stop waiting, then sign in with your browser again.</source>
        <translation>Ese enlace de inicio de sesión llegó más de %L1 minutos después de empezar. Pulsa «Dejar de esperar» e inicia sesión de nuevo con el navegador.</translation>
    </message>
    <message>
        <source>That sign-in link was already used. Sign in with your browser again for a new one.</source>
        <translation>Ese enlace de inicio de sesión ya se usó. Inicia sesión de nuevo con el navegador para obtener uno nuevo.</translation>
    </message>
    <message>
        <source>Satchel is not waiting for a sign-in link. Press “Sign in with your browser” first.</source>
        <translation>Satchel no está esperando ningún enlace de inicio de sesión. Pulsa primero «Iniciar sesión con el navegador».</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Iniciar sesión con %1</translation>
    </message>
    <message>
        <source>Sign in with %1 in your browser</source>
        <translation>Iniciar sesión con %1 en el navegador</translation>
    </message>
    <message>
        <source>%1 signs you in on its own page, in your web browser.</source>
        <translation>%1 inicia tu sesión en su propia página, en el navegador.</translation>
    </message>
    <message>
        <source>Does your school sign you in through its own page, Microsoft or Google? Use your browser:</source>
        <translation>¿Tu centro te hace iniciar sesión en su propia página, con Microsoft o con Google? Usa el navegador:</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Sign in with your browser as you did before; your offline data is kept.</source>
        <translation>Su sesión en %1 ha terminado. Inicie sesión con el navegador como la vez anterior; sus datos sin conexión se conservan.</translation>
    </message>
    <message>
        <source>You signed in on your school&apos;s own page, in your web browser:</source>
        <translation>Inició sesión en la propia página de su centro, en el navegador:</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Course files downloaded to this computer, so you can open them offline.</source>
        <translation>Archivos de cursos descargados en este equipo para abrirlos sin conexión.</translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation>Mostrar en el gestor de archivos</translation>
    </message>
    <message>
        <source>Space used per course</source>
        <translation>Espacio usado por curso</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Space used</source>
        <translation>Espacio usado</translation>
    </message>
    <message>
        <source>No course files are downloaded yet. Use “Make available offline” on a course page to keep its files on this computer.</source>
        <translation>Todavía no hay archivos de cursos descargados. Use «Hacer disponible sin conexión» en la página de un curso para guardar sus archivos en este equipo.</translation>
    </message>
    <message>
        <source>Remove all downloads…</source>
        <translation>Quitar todas las descargas…</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <source>%1 free on the disk</source>
        <translation>%1 libres en el disco</translation>
    </message>
    <message>
        <source>The downloads could not be read from this computer.</source>
        <translation>No se pudieron leer las descargas en este equipo.</translation>
    </message>
    <message>
        <source>In total: %1 in 1 file</source>
        <translation>En total: %1 en 1 archivo</translation>
    </message>
    <message numerus="yes">
        <source>In total: %1 in %Ln files</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>En total: %1 en %Ln archivo</numerusform>
            <numerusform>En total: %1 en %Ln archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Course %1</source>
        <translation>Curso %1</translation>
    </message>
    <message>
        <source>Remove downloads…</source>
        <translation>Quitar descargas…</translation>
    </message>
    <message>
        <source>Remove the downloads of %1</source>
        <translation>Quitar las descargas de %1</translation>
    </message>
    <message>
        <source>Remove all downloaded course files from this computer? Courses kept offline are no longer kept up to date. You can download them again later.</source>
        <translation>¿Quitar de este equipo todos los archivos de cursos descargados? Los cursos disponibles sin conexión dejarán de mantenerse al día. Puede volver a descargarlos más tarde.</translation>
    </message>
    <message>
        <source>Remove the downloaded files of “%1” from this computer? The course is no longer kept offline. You can download it again later.</source>
        <translation>¿Quitar de este equipo los archivos descargados de «%1»? El curso dejará de estar disponible sin conexión. Puede volver a descargarlo más tarde.</translation>
    </message>
    <message>
        <source>Remove downloads</source>
        <translation>Quitar descargas</translation>
    </message>
    <message>
        <source>The downloads could not be removed.</source>
        <translation>No se pudieron quitar las descargas.</translation>
    </message>
    <message>
        <source>No file manager could be started to show the folder.</source>
        <translation>No se pudo iniciar ningún gestor de archivos para mostrar la carpeta.</translation>
    </message>
</context>
<context>
    <name>StudentDetailsDialog</name>
    <message>
        <source>Unknown learner</source>
        <translation>Estudiante desconocido</translation>
    </message>
    <message>
        <source>This learner could not be read from this computer</source>
        <translation>Este estudiante no se pudo leer desde este equipo</translation>
    </message>
    <message>
        <source>%1 – Satchel</source>
        <translation>%1 – Satchel</translation>
    </message>
    <message>
        <source>Learner details</source>
        <translation>Datos del estudiante</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>City/country</source>
        <translation>Ciudad/país</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Last access</source>
        <translation>Último acceso</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Not in this class on this computer. Sync to update the class.</source>
        <translation>No está en esta clase en este equipo. Sincronice para actualizar la clase.</translation>
    </message>
    <message>
        <source>Grade items of %1</source>
        <translation>Elementos de calificación de %1</translation>
    </message>
    <message>
        <source>No grade items for this learner yet.</source>
        <translation>Aún no hay elementos de calificación para este estudiante.</translation>
    </message>
    <message>
        <source>Activity completion of %1</source>
        <translation>Finalización de actividades de %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <source>Grades and completion</source>
        <translation>Calificaciones y finalización</translation>
    </message>
    <message>
        <source>&amp;Grades</source>
        <translation>&amp;Calificaciones</translation>
    </message>
    <message>
        <source>&amp;Completion</source>
        <translation>&amp;Finalización</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Course completion: could not be read from this computer</source>
        <translation>Finalización del curso: no se pudo leer desde este equipo</translation>
    </message>
    <message>
        <source>Course completion: no completion criteria in this course</source>
        <translation>Finalización del curso: este curso no tiene criterios de finalización</translation>
    </message>
    <message>
        <source>Course completion: completed</source>
        <translation>Finalización del curso: finalizado</translation>
    </message>
    <message>
        <source>Course completion: not completed yet</source>
        <translation>Finalización del curso: aún no finalizado</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln criteria met</source>
        <translation>
            <numerusform>%L1 de %Ln criterio cumplido</numerusform>
            <numerusform>%L1 de %Ln criterios cumplidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Course completion: unknown (not tracked, or not synced yet)</source>
        <translation>Finalización del curso: desconocida (sin seguimiento o aún sin sincronizar)</translation>
    </message>
    <message>
        <source>No activities with completion tracking.</source>
        <translation>No hay actividades con seguimiento de finalización.</translation>
    </message>
</context>
<context>
    <name>SubmissionMatrixModel</name>
    <message>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Unnamed assignment</source>
        <translation>Tarea sin nombre</translation>
    </message>
    <message>
        <source>%L1 submitted (%L2 late), %L3 drafts, %L4 not submitted, %L5 to grade</source>
        <translation>%L1 enviadas (%L2 con retraso), %L3 borradores, %L4 sin enviar, %L5 por calificar</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Handed in %1</source>
        <translation>Entregado el %1</translation>
    </message>
    <message>
        <source>Waiting for a grade</source>
        <translation>Esperando calificación</translation>
    </message>
    <message>
        <source>Grade: %1</source>
        <translation>Calificación: %1</translation>
    </message>
    <message>
        <source>Graded %1</source>
        <translation>Calificado el %1</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 archivo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln archivo</numerusform>
            <numerusform>%Ln archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence el %1</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Class of %1</source>
        <translation>Clase de %1</translation>
    </message>
    <message>
        <source>Checking your account</source>
        <translation>Comprobando su cuenta</translation>
    </message>
    <message>
        <source>Sending changes made offline</source>
        <translation>Enviando los cambios hechos sin conexión</translation>
    </message>
    <message>
        <source>The site did not accept this change.</source>
        <translation>El sitio no aceptó este cambio.</translation>
    </message>
    <message>
        <source>The site&apos;s answer could not be understood.</source>
        <translation>No se pudo entender la respuesta del sitio.</translation>
    </message>
    <message>
        <source>Checking your courses</source>
        <translation>Comprobando sus cursos</translation>
    </message>
    <message>
        <source>Some lists were not updated: %1</source>
        <translation>Algunas listas no se actualizaron: %1</translation>
    </message>
    <message>
        <source>Some deadlines were not updated: %1</source>
        <translation>Algunas fechas de entrega no se actualizaron: %1</translation>
    </message>
    <message>
        <source>%1 was not updated: %2</source>
        <translation>%1 no se actualizó: %2</translation>
    </message>
    <message>
        <source>Part of %1 is not available: %2</source>
        <translation>Parte de %1 no está disponible: %2</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Cambios pendientes de envío</translation>
    </message>
    <message>
        <source>Changes not sent</source>
        <translation>Cambios no enviados</translation>
    </message>
    <message>
        <source>Bring your offline copy up to date now</source>
        <translation>Actualizar ahora su copia sin conexión</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>hace un minuto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>hace %Ln minuto</numerusform>
            <numerusform>hace %Ln minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>hace una hora</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>hace %Ln hora</numerusform>
            <numerusform>hace %Ln horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing %L1 of %L2: %3</source>
        <translation>Sincronizando %L1 de %L2: %3</translation>
    </message>
    <message>
        <source>No offline data yet</source>
        <translation>Aún no hay datos sin conexión</translation>
    </message>
    <message>
        <source>Demo: a copy recorded from a real Moodle site, no network</source>
        <translation>Demostración: una copia grabada de un sitio Moodle real, sin red</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Sin conexión desde %1</translation>
    </message>
    <message>
        <source>Signed out by the site: sign in again to sync</source>
        <translation>El sitio cerró la sesión: vuelva a iniciar sesión para sincronizar</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Grabado %1</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Última sincronización %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <source>1 change waiting to be sent</source>
        <translation>1 cambio pendiente de envío</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes waiting to be sent</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln cambio pendiente de envío</numerusform>
            <numerusform>%Ln cambios pendientes de envío</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change could not be sent</source>
        <translation>1 cambio no se pudo enviar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes could not be sent</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln cambio no se pudo enviar</numerusform>
            <numerusform>%Ln cambios no se pudieron enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change refused by the site</source>
        <translation>1 cambio rechazado por el sitio</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes refused by the site</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln cambio rechazado por el sitio</numerusform>
            <numerusform>%Ln cambios rechazados por el sitio</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Actividad %1</translation>
    </message>
    <message>
        <source>“%1” marked as done</source>
        <translation>«%1» marcada como hecha</translation>
    </message>
    <message>
        <source>“%1” marked as not done</source>
        <translation>«%1» marcada como no hecha</translation>
    </message>
    <message>
        <source>Refused by the site: %1</source>
        <translation>Rechazado por el sitio: %1</translation>
    </message>
    <message>
        <source>Could not be sent: %1</source>
        <translation>No se pudo enviar: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Send it at the next sync, which starts now</source>
        <translation>Enviarlo en la próxima sincronización, que empieza ahora</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Give this change up: the activity shows what the site last said</source>
        <translation>Renunciar a este cambio: la actividad muestra lo último que indicó el sitio</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>Downloading files: %L1 of %L2</source>
        <translation>Descargando archivos: %L1 de %L2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel downloads</source>
        <translation>Cancelar descargas</translation>
    </message>
    <message>
        <source>Stop downloading: the files that came stay, the rest come at a later sync</source>
        <translation>Detener la descarga: los archivos que llegaron se quedan, el resto llega en una sincronización posterior</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Satchel: your Moodle courses, offline.</source>
        <translation>Satchel: sus cursos de Moodle, sin conexión.</translation>
    </message>
    <message>
        <source>Keep Satchel&apos;s files in &lt;dir&gt; (default: $SATCHEL_DATA_DIR, else the platform&apos;s application data folder).</source>
        <translation>Guardar los archivos de Satchel en &lt;dir&gt; (por defecto: $SATCHEL_DATA_DIR, si no, la carpeta de datos de aplicaciones de la plataforma).</translation>
    </message>
    <message>
        <source>Open the bundled demo account, without a network.</source>
        <translation>Abrir la cuenta de demostración incluida, sin red.</translation>
    </message>
    <message>
        <source>Open the bundled demo account of a teacher (her classes included), without a network.</source>
        <translation>Abrir la cuenta de demostración incluida de una profesora (con sus clases), sin red.</translation>
    </message>
    <message>
        <source>Save a picture of the first window to &lt;file&gt; (PNG) and exit.</source>
        <translation>Guardar una imagen de la primera ventana en &lt;file&gt; (PNG) y salir.</translation>
    </message>
    <message>
        <source>Show Satchel in language &lt;code&gt; (de, es, pt_BR…) for this run, whatever Settings say.</source>
        <translation>Mostrar Satchel en el idioma &lt;code&gt; (de, es, pt_BR…) en esta ejecución, diga lo que diga la Configuración.</translation>
    </message>
    <message>
        <source>no such page: %1</source>
        <translation>no existe la página: %1</translation>
    </message>
    <message>
        <source>could not write the screenshot to %1</source>
        <translation>no se pudo escribir la captura de pantalla en %1</translation>
    </message>
    <message>
        <source>the demo account is missing from this build</source>
        <translation>esta compilación no incluye la cuenta de demostración</translation>
    </message>
    <message>
        <source>cannot use the data folder: %1</source>
        <translation>no se puede usar la carpeta de datos: %1</translation>
    </message>
    <message>
        <source>A moodlemobile://token=… sign-in link from your browser (passed on to the Satchel that is waiting for it).</source>
        <translation>Un enlace de inicio de sesión moodlemobile://token=… del navegador (se pasa al Satchel que lo espera).</translation>
    </message>
    <message>
        <source>no Satchel is waiting for this sign-in link. Open Satchel, press &quot;Sign in with your browser&quot; and sign in again: a link only works for the sign-in that asked for it.</source>
        <translation>ningún Satchel espera este enlace de inicio de sesión. Abre Satchel, pulsa «Iniciar sesión con el navegador» e inicia sesión de nuevo: un enlace solo sirve para el inicio de sesión que lo pidió.</translation>
    </message>
    <message>
        <source>With --screenshot: the page to show: home, courses, course:&lt;id&gt;, grades, grades:&lt;id&gt;, badges, class, class:&lt;id&gt;, class:&lt;id&gt;:attention|participants|grades|completion|submissions|attempts|competencies, storage, activity:&lt;cmid&gt; (a page or forum read inside Satchel), or search:&lt;text&gt; (the search&apos;s results).</source>
        <translation>Con --screenshot: la página que se muestra: home, courses, course:&lt;id&gt;, grades, grades:&lt;id&gt;, badges, class, class:&lt;id&gt;, class:&lt;id&gt;:attention|participants|grades|completion|submissions|attempts|competencies, storage, activity:&lt;cmid&gt; (una página o un foro leídos dentro de Satchel) o search:&lt;text&gt; (los resultados de la búsqueda).</translation>
    </message>
</context>
</TS>
