<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Switch account, add an account or sign out</source>
        <translation>Trocar de conta, adicionar uma conta ou sair</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Adicionar conta…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Sai&amp;r da conta…</translation>
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
        <translation>Nenhum aplicativo deste computador conseguiu abrir “%1”.</translation>
    </message>
    <message>
        <source>No web browser could be started to open the address.</source>
        <translation>Não foi possível iniciar um navegador para abrir o endereço.</translation>
    </message>
    <message>
        <source>There is nothing to open for this activity on this computer yet.</source>
        <translation>Ainda não há nada para abrir desta atividade neste computador.</translation>
    </message>
    <message>
        <source>The site&apos;s address is not known yet: sync once, then try again.</source>
        <translation>O endereço do site ainda não é conhecido: sincronize uma vez e tente novamente.</translation>
    </message>
    <message>
        <source>None of this activity&apos;s files are on this computer yet.</source>
        <translation>Nenhum arquivo desta atividade está neste computador ainda.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Reset offline data</source>
        <translation>Redefinir os dados offline</translation>
    </message>
    <message>
        <source>Start again with a fresh copy of your offline data?

The current file is not deleted: it is moved aside in its folder (%1) in case you or your support need it. Your courses are then downloaded again from the site. Anything you marked while offline that was not sent yet is lost with it. You stay signed in.</source>
        <translation>Recomeçar com uma cópia nova dos seus dados offline?

O arquivo atual não é apagado: ele é movido para o lado na sua pasta (%1), caso você ou o seu suporte precisem dele. Depois, seus cursos são baixados de novo do site. O que você marcou offline e ainda não foi enviado se perde junto. Você continua conectado.</translation>
    </message>
    <message>
        <source>The offline data could not be moved aside, so nothing was reset. Check that you may write to its folder.</source>
        <translation>Os dados offline não puderam ser movidos, então nada foi redefinido. Verifique se você pode gravar na pasta deles.</translation>
    </message>
    <message>
        <source>Offline data of another account</source>
        <translation>Dados offline de outra conta</translation>
    </message>
    <message>
        <source>%1&apos;s offline data from %2 is still on this computer: courses and grades, and a teacher&apos;s classes. Delete it if this computer is shared or %1 no longer uses Satchel here.</source>
        <translation>Os dados offline de %1 de %2 ainda estão neste computador: cursos e notas, e as turmas de um professor. Apague-os se este computador for compartilhado ou se %1 não usar mais o Satchel aqui.</translation>
    </message>
    <message>
        <source>Delete %1&apos;s offline data</source>
        <translation>Apagar os dados offline de %1</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantê-los</translation>
    </message>
    <message>
        <source>The previous account&apos;s offline data could not be deleted.</source>
        <translation>Não foi possível apagar os dados offline da conta anterior.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>You are signed out, but your offline data could not be deleted from this computer. Delete the files whose names start with %1 in %2, or ask whoever looks after this computer.</source>
        <translation>Você saiu, mas seus dados offline não puderam ser apagados deste computador. Apague os arquivos cujo nome começa com %1 em %2, ou peça a quem cuida deste computador.</translation>
    </message>
    <message>
        <source>Open Satchel</source>
        <translation>Abrir o Satchel</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
</context>
<context>
    <name>AttemptMatrixModel</name>
    <message>
        <source>Learner</source>
        <translation>Estudante</translation>
    </message>
    <message>
        <source>Unnamed quiz</source>
        <translation>Questionário sem nome</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>atrasado</translation>
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
        <translation>nenhuma tentativa</translation>
    </message>
    <message>
        <source>1 attempt</source>
        <translation>1 tentativa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempts</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln tentativa</numerusform>
            <numerusform>%Ln tentativas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No attempt</source>
        <translation>Nenhuma tentativa</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Tentativa %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>iniciada %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>duração %1</translation>
    </message>
    <message>
        <source>marks %1</source>
        <translation>pontos %1</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>nota %1</translation>
    </message>
    <message>
        <source>%L1 of %L2 learners attempted it</source>
        <translation>%L1 de %L2 estudantes tentaram</translation>
    </message>
    <message>
        <source>Graded out of %1</source>
        <translation>Avaliado sobre %1</translation>
    </message>
</context>
<context>
    <name>AttentionListModel</name>
    <message>
        <source>no visit to the course for a day or more</source>
        <translation>sem visitar o curso há um dia ou mais</translation>
    </message>
    <message numerus="yes">
        <source>no visit to the course for %Ln days or more</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>sem visitar o curso há %Ln dia ou mais</numerusform>
            <numerusform>sem visitar o curso há %Ln dias ou mais</numerusform>
        </translation>
    </message>
    <message>
        <source>Listed: learners with an assignment past its due date neither handed in nor graded; %1 (a setting); a course total below %2; or completion %3 points or more below the class&apos;s median.</source>
        <translation>Na lista: estudantes com uma tarefa vencida que não foi entregue nem avaliada; %1 (uma configuração); total do curso abaixo de %2; ou conclusão %3 pontos ou mais abaixo da mediana da turma.</translation>
    </message>
    <message>
        <source>1 assignment overdue</source>
        <translation>1 tarefa atrasada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln assignments overdue</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln tarefa atrasada</numerusform>
            <numerusform>%Ln tarefas atrasadas</numerusform>
        </translation>
    </message>
    <message>
        <source>never opened the course</source>
        <translation>nunca abriu o curso</translation>
    </message>
    <message>
        <source>no visit for 1 day</source>
        <translation>sem visitas há 1 dia</translation>
    </message>
    <message numerus="yes">
        <source>no visit for %Ln days</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>sem visitas há %Ln dia</numerusform>
            <numerusform>sem visitas há %Ln dias</numerusform>
        </translation>
    </message>
    <message>
        <source>course total %1</source>
        <translation>total do curso %1</translation>
    </message>
    <message>
        <source>completed %1 of the activities (class median %2)</source>
        <translation>concluiu %1 das atividades (mediana da turma %2)</translation>
    </message>
    <message>
        <source>Not handed in: %1. The first was due on %2.</source>
        <translation>Não entregue: %1. A primeira vencia em %2.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1 (turma %2)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Estudante</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <source>Overdue work</source>
        <translation>Trabalhos atrasados</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Course total</source>
        <translation>Total do curso</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Conclusão</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <source>Badges</source>
        <translation>Emblemas</translation>
    </message>
    <message>
        <source>Your badges are not synced yet.</source>
        <translation>Seus emblemas ainda não foram sincronizados.</translation>
    </message>
    <message>
        <source>The site does not share your badges with you.</source>
        <translation>O site não compartilha seus emblemas com você.</translation>
    </message>
    <message>
        <source>No badges yet.</source>
        <translation>Nenhum emblema ainda.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Concedido em %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Expirou em %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expira em %1</translation>
    </message>
</context>
<context>
    <name>ClassSync</name>
    <message>
        <source>The class of %1 was not updated: %2</source>
        <translation>A turma de %1 não foi atualizada: %2</translation>
    </message>
    <message>
        <source>The class of %1 was not completely updated: %2</source>
        <translation>A turma de %1 não foi totalmente atualizada: %2</translation>
    </message>
</context>
<context>
    <name>ClassWorkText</name>
    <message>
        <source>not submitted</source>
        <translation>não enviado</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>rascunho</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>reaberto</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (grupo)</translation>
    </message>
    <message>
        <source>late %1d %2h</source>
        <translation>%1 d %2 h atrasado</translation>
    </message>
    <message>
        <source>late %1h %2m</source>
        <translation>%1 h %2 min atrasado</translation>
    </message>
    <message>
        <source>late %1m</source>
        <translation>%1 min atrasado</translation>
    </message>
    <message>
        <source>%1 (scale item)</source>
        <translation>%1 (item da escala)</translation>
    </message>
    <message>
        <source>to grade</source>
        <translation>a avaliar</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>não avaliado</translation>
    </message>
    <message>
        <source>✓ proficient</source>
        <translation>✓ proficiente</translation>
    </message>
    <message>
        <source>%1 of %2 learners proficient</source>
        <translation>%1 de %2 estudantes proficientes</translation>
    </message>
    <message>
        <source>%1 of %2 learners proficient (%3%)</source>
        <translation>%1 de %2 estudantes proficientes (%3%)</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>Classes</source>
        <translation>Turmas</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the class as CSV</source>
        <translation>Exportar a turma como CSV</translation>
    </message>
    <message>
        <source>Save the roster with every grade item and tracked activity as a spreadsheet (CSV)</source>
        <translation>Salvar a lista de participantes com cada item de nota e cada atividade com acompanhamento como planilha (CSV)</translation>
    </message>
    <message>
        <source>Export for CommCare…</source>
        <translation>Exportar para o CommCare…</translation>
    </message>
    <message>
        <source>Export the class for CommCare</source>
        <translation>Exportar a turma para o CommCare</translation>
    </message>
    <message>
        <source>Save a CommCare case import: one case per learner with the final grade and completion</source>
        <translation>Salvar uma importação de casos do CommCare: um caso por estudante com a nota final e a conclusão</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>T&amp;urma:</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Turma</translation>
    </message>
    <message>
        <source>Class data</source>
        <translation>Dados da turma</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <source>&amp;Grades</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Co&amp;mpletion</source>
        <translation>&amp;Conclusão</translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation>Buscar por nome ou e-mail</translation>
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
        <translation>Mostrar os participantes de um grupo</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Press Enter or double-click a participant to see their grades and completion.</source>
        <translation>Pressione Enter ou clique duas vezes em um participante para ver as notas e a conclusão dele.</translation>
    </message>
    <message>
        <source>Grades of the class</source>
        <translation>Notas da turma</translation>
    </message>
    <message>
        <source>– not graded yet</source>
        <translation>– ainda sem nota</translation>
    </message>
    <message>
        <source>not in the learner&apos;s grade report</source>
        <translation>não está no relatório de notas do estudante</translation>
    </message>
    <message>
        <source>Hidden from students</source>
        <translation>Oculto para estudantes</translation>
    </message>
    <message>
        <source>Select a column to see its distribution</source>
        <translation>Selecione uma coluna para ver a distribuição</translation>
    </message>
    <message>
        <source>Only learners who have &amp;not completed the course</source>
        <translation>Apenas estudantes &amp;que não concluíram o curso</translation>
    </message>
    <message>
        <source>Only learners who have not completed the course</source>
        <translation>Apenas estudantes que não concluíram o curso</translation>
    </message>
    <message>
        <source>Only learners who have not completed the selected activity</source>
        <translation>Apenas estudantes que não concluíram a atividade selecionada</translation>
    </message>
    <message>
        <source>Completion of the class</source>
        <translation>Conclusão da turma</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Pass: done with a passing grade</source>
        <translation>Aprovado: feito com nota de aprovação</translation>
    </message>
    <message>
        <source>Fail: done without a passing grade</source>
        <translation>Reprovado: feito sem nota de aprovação</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Não feito</translation>
    </message>
    <message>
        <source>? not synced yet</source>
        <translation>? ainda não sincronizado</translation>
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
        <translation>Você não leciona nenhum curso neste site.</translation>
    </message>
    <message>
        <source>No class data for this course on this computer yet. It arrives with the next sync.</source>
        <translation>Ainda não há dados da turma deste curso neste computador. Eles chegam com a próxima sincronização.</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos os grupos</translation>
    </message>
    <message>
        <source>Class data last synced %1</source>
        <translation>Dados da turma sincronizados pela última vez %1</translation>
    </message>
    <message>
        <source>Class data never synced</source>
        <translation>Dados da turma nunca sincronizados</translation>
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
        <translation>1 estudante</translation>
    </message>
    <message numerus="yes">
        <source>%Ln learners</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln estudante</numerusform>
            <numerusform>%Ln estudantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln learners</source>
        <translation>
            <numerusform>%L1 de %Ln estudante</numerusform>
            <numerusform>%L1 de %Ln estudantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Only learners who have not completed “%1”</source>
        <translation>Apenas estudantes que não concluíram “%1”</translation>
    </message>
    <message>
        <source>Select a cell of an activity first</source>
        <translation>Primeiro selecione uma célula de uma atividade</translation>
    </message>
    <message>
        <source>No grades for this class yet.</source>
        <translation>Ainda não há notas para esta turma.</translation>
    </message>
    <message>
        <source>Select a grade item to see how the class did.</source>
        <translation>Selecione um item de nota para ver como a turma se saiu.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>There is nothing to export for this class yet. Sync, then try again.</source>
        <translation>Ainda não há nada para exportar desta turma. Sincronize e tente de novo.</translation>
    </message>
    <message>
        <source>Satchel could not save “%1”. Choose another folder or file name.</source>
        <translation>O Satchel não conseguiu salvar “%1”. Escolha outra pasta ou outro nome de arquivo.</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>“%1” salvo em %2.</translation>
    </message>
    <message>
        <source>&amp;Submissions</source>
        <translation>&amp;Envios</translation>
    </message>
    <message>
        <source>&amp;Quiz attempts</source>
        <translation>&amp;Tentativas de questionário</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message>
        <source>Which learners to show</source>
        <translation>Quais estudantes mostrar</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>Todos os estudantes</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Não enviado</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Needs grading</source>
        <translation>A avaliar</translation>
    </message>
    <message>
        <source>&amp;in:</source>
        <translation>e&amp;m:</translation>
    </message>
    <message>
        <source>In which assignment</source>
        <translation>Em qual tarefa</translation>
    </message>
    <message>
        <source>Submissions of the class</source>
        <translation>Envios da turma</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Submitted late</source>
        <translation>Enviado com atraso</translation>
    </message>
    <message>
        <source>Draft or reopened</source>
        <translation>Rascunho ou reaberto</translation>
    </message>
    <message>
        <source>Point at a column title for its counts</source>
        <translation>Aponte para o título de uma coluna para ver os totais</translation>
    </message>
    <message>
        <source>Quiz attempts of the class</source>
        <translation>Tentativas de questionário da turma</translation>
    </message>
    <message>
        <source>Each cell: the attempts, the best grade and how long that attempt took. Point at a cell to see every attempt.</source>
        <translation>Cada célula: as tentativas, a melhor nota e quanto tempo essa tentativa levou. Aponte para uma célula para ver todas as tentativas.</translation>
    </message>
    <message>
        <source>any assignment</source>
        <translation>qualquer tarefa</translation>
    </message>
    <message>
        <source>The submissions of this class are not on this computer yet. They arrive with the next sync.</source>
        <translation>Os envios desta turma ainda não estão neste computador. Eles chegam na próxima sincronização.</translation>
    </message>
    <message>
        <source>The site does not share this class&apos;s submissions with you (%1), so Satchel cannot show who handed in what. The grades you can see are in the Grades tab.</source>
        <translation>O site não compartilha com você os envios desta turma (%1), então o Satchel não pode mostrar quem entregou o quê. As notas que você pode ver estão na aba Notas.</translation>
    </message>
    <message>
        <source>This course has no assignments.</source>
        <translation>Este curso não tem tarefas.</translation>
    </message>
    <message>
        <source>The site does not share the assignments&apos; grades with you (%1): no grades are shown here.</source>
        <translation>O site não compartilha com você as notas das tarefas (%1): nenhuma nota é mostrada aqui.</translation>
    </message>
    <message>
        <source>The quiz attempts of this class are not on this computer yet. They arrive with the next sync.</source>
        <translation>As tentativas de questionário desta turma ainda não estão neste computador. Elas chegam na próxima sincronização.</translation>
    </message>
    <message>
        <source>The site does not share this class&apos;s quiz attempts with you (%1).</source>
        <translation>O site não compartilha com você as tentativas de questionário desta turma (%1).</translation>
    </message>
    <message>
        <source>This course has no quizzes.</source>
        <translation>Este curso não tem questionários.</translation>
    </message>
    <message>
        <source>Compe&amp;tencies</source>
        <translation>Co&amp;mpetências</translation>
    </message>
    <message>
        <source>Competencies of the class</source>
        <translation>Competências da turma</translation>
    </message>
    <message>
        <source>Each cell: the learner&apos;s rating in this course, ✓ when it is proficient. Point at a cell or a column title for the competency&apos;s description.</source>
        <translation>Cada célula: a avaliação do estudante neste curso, ✓ quando é proficiente. Aponte para uma célula ou para o título de uma coluna para ver a descrição da competência.</translation>
    </message>
    <message>
        <source>The competencies of this class are not on this computer yet. They arrive with the next sync.</source>
        <translation>As competências desta turma ainda não estão neste computador. Elas chegam na próxima sincronização.</translation>
    </message>
    <message>
        <source>The site does not share this class&apos;s competencies with you (%1).</source>
        <translation>O site não compartilha com você as competências desta turma (%1).</translation>
    </message>
    <message>
        <source>No competencies are linked to this course.</source>
        <translation>Nenhuma competência está vinculada a este curso.</translation>
    </message>
    <message>
        <source>&amp;Attention</source>
        <translation>&amp;Atenção</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Exportar lista…</translation>
    </message>
    <message>
        <source>Export the Attention list as CSV</source>
        <translation>Exportar a lista de atenção como CSV</translation>
    </message>
    <message>
        <source>Save the learners on this list with their reasons as a spreadsheet (CSV)</source>
        <translation>Salvar os estudantes desta lista com os motivos como planilha (CSV)</translation>
    </message>
    <message>
        <source>Learners who need attention</source>
        <translation>Estudantes que precisam de atenção</translation>
    </message>
    <message>
        <source>Click a column title to sort by it. Press Enter or double-click a learner for their details.</source>
        <translation>Clique no título de uma coluna para ordenar por ela. Pressione Enter ou clique duas vezes em um estudante para ver os detalhes.</translation>
    </message>
    <message>
        <source>Nobody in this class needs attention by these rules.</source>
        <translation>Por estas regras, ninguém nesta turma precisa de atenção.</translation>
    </message>
    <message>
        <source>&amp;Attention (%L1)</source>
        <translation>&amp;Atenção (%L1)</translation>
    </message>
    <message>
        <source>Export class work…</source>
        <translation>Exportar trabalhos…</translation>
    </message>
    <message>
        <source>Export the class&apos;s work as CSV</source>
        <translation>Exportar os trabalhos da turma como CSV</translation>
    </message>
    <message>
        <source>Save every learner&apos;s submissions, quiz attempts or competency ratings as a spreadsheet (CSV), one row each</source>
        <translation>Salvar os envios, as tentativas de questionário ou as avaliações de competências de cada estudante como planilha (CSV), uma linha cada</translation>
    </message>
    <message>
        <source>Submissions…</source>
        <translation>Envios…</translation>
    </message>
    <message>
        <source>Quiz attempts…</source>
        <translation>Tentativas de questionário…</translation>
    </message>
    <message>
        <source>Competencies…</source>
        <translation>Competências…</translation>
    </message>
    <message>
        <source>Export the class&apos;s submissions as CSV</source>
        <translation>Exportar os envios da turma como CSV</translation>
    </message>
    <message>
        <source>Export the class&apos;s quiz attempts as CSV</source>
        <translation>Exportar as tentativas de questionário da turma como CSV</translation>
    </message>
    <message>
        <source>Export the class&apos;s competencies as CSV</source>
        <translation>Exportar as competências da turma como CSV</translation>
    </message>
</context>
<context>
    <name>CompetencyBox</name>
    <message>
        <source>Your competencies in this course</source>
        <translation>Suas competências neste curso</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competências</translation>
    </message>
    <message>
        <source>The site does not share your competencies in this course (%1).</source>
        <translation>O site não compartilha suas competências neste curso (%1).</translation>
    </message>
    <message>
        <source>Proficient in %1 of 1 competency.</source>
        <translation>Proficiente em %1 de 1 competência.</translation>
    </message>
    <message numerus="yes">
        <source>Proficient in %1 of %Ln competencies.</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>Proficiente em %1 de %Ln competência.</numerusform>
            <numerusform>Proficiente em %1 de %Ln competências.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proficient</source>
        <translation>Proficiente</translation>
    </message>
    <message>
        <source>Not yet proficient</source>
        <translation>Ainda não proficiente</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sem avaliação</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Ainda sem avaliação</translation>
    </message>
    <message>
        <source>%1 · proficient</source>
        <translation>%1 · proficiente</translation>
    </message>
    <message>
        <source>%1 · not yet proficient</source>
        <translation>%1 · ainda não proficiente</translation>
    </message>
    <message>
        <source>Your learning plans</source>
        <translation>Seus planos de aprendizagem</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence em %1</translation>
    </message>
</context>
<context>
    <name>CompetencyChart</name>
    <message>
        <source>Share of the class proficient per competency</source>
        <translation>Parte da turma proficiente em cada competência</translation>
    </message>
    <message>
        <source>Proficient</source>
        <translation>Proficientes</translation>
    </message>
    <message numerus="yes">
        <source>Share of the class proficient (%Ln learners)</source>
        <translation>
            <numerusform>Parte da turma proficiente (%Ln estudante)</numerusform>
            <numerusform>Parte da turma proficiente (%Ln estudantes)</numerusform>
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
        <translation>Estudante</translation>
    </message>
    <message>
        <source>Unnamed competency</source>
        <translation>Competência sem nome</translation>
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
        <translation>Estudante</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>Curso concluído</translation>
    </message>
    <message>
        <source>Unnamed activity</source>
        <translation>Atividade sem nome</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Não feito</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Reprovado</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ainda não sincronizado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>%1 has completed the course</source>
        <translation>%1 concluiu o curso</translation>
    </message>
    <message>
        <source>%1 has not completed the course yet</source>
        <translation>%1 ainda não concluiu o curso</translation>
    </message>
    <message>
        <source>Unknown: the course has no completion criteria, or Satchel has not synced them for %1</source>
        <translation>Desconhecido: o curso não tem critérios de conclusão, ou o Satchel não os sincronizou para %1</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Reprovado</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <source>Learners mark it done themselves</source>
        <translation>Os estudantes a marcam como feita eles mesmos</translation>
    </message>
    <message>
        <source>Completed when the learner meets its conditions</source>
        <translation>Concluída quando o estudante cumpre as condições dela</translation>
    </message>
    <message>
        <source>Done: %L1 of %L2</source>
        <translation>Feito: %L1 de %L2</translation>
    </message>
</context>
<context>
    <name>CourseDownloader</name>
    <message>
        <source>Its name is too long to be kept in the files folder.</source>
        <translation>O nome é longo demais para ser guardado na pasta de arquivos.</translation>
    </message>
    <message>
        <source>less than %1 MB would remain free on the disk</source>
        <translation>restariam menos de %1 MB livres no disco</translation>
    </message>
    <message>
        <source>Its place in the files folder is not safe to write.</source>
        <translation>O local dele na pasta de arquivos não é seguro para gravação.</translation>
    </message>
</context>
<context>
    <name>CourseGradesModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>No percentage</source>
        <translation>Sem porcentagem</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Porcentagem</translation>
    </message>
</context>
<context>
    <name>CourseListDelegate</name>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>CourseListModel</name>
    <message>
        <source>%L1%</source>
        <translation>%L1%</translation>
    </message>
    <message>
        <source>Hidden from students</source>
        <translation>Oculto para estudantes</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Oculto</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>favorito</translation>
    </message>
    <message>
        <source>%L1% complete</source>
        <translation>%L1% concluído</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>nota %1</translation>
    </message>
</context>
<context>
    <name>CourseOutlineDelegate</name>
    <message>
        <source>Mark as done</source>
        <translation>Marcar como feita</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Não feito</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Reprovado</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ainda não sincronizado</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Aguardando envio</translation>
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
        <translation>Seção %1</translation>
    </message>
    <message>
        <source>Hidden from students</source>
        <translation>Oculto para estudantes</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 atividade</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln atividade</numerusform>
            <numerusform>%Ln atividades</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date label, date</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Reprovado</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Não feito</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ainda não sincronizado</translation>
    </message>
    <message>
        <source>Could not be sent</source>
        <translation>Não foi possível enviar</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Não disponível</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>Não baixado</translation>
    </message>
    <message>
        <source>Downloading %L1 %</source>
        <translation>Baixando: %L1 %</translation>
    </message>
    <message>
        <source>Partly downloaded</source>
        <translation>Baixado em parte</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Baixado</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Desatualizado</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Não foi possível baixar</translation>
    </message>
    <message>
        <source>Could not download: %1</source>
        <translation>Não foi possível baixar: %1</translation>
    </message>
    <message>
        <source>1 attempt</source>
        <translation>1 tentativa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempts</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln tentativa</numerusform>
            <numerusform>%Ln tentativas</numerusform>
        </translation>
    </message>
    <message>
        <source>best %1 out of %2</source>
        <translation>melhor %1 de %2</translation>
    </message>
    <message>
        <source>one in progress</source>
        <translation>uma em andamento</translation>
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
        <translation>Seções e atividades</translation>
    </message>
    <message>
        <source>Your change could not be saved on this computer. Try again.</source>
        <translation>Sua alteração não pôde ser salva neste computador. Tente de novo.</translation>
    </message>
    <message>
        <source>The contents of this course are not on this computer yet. They appear here after the next sync.</source>
        <translation>O conteúdo deste curso ainda não está neste computador. Ele aparece aqui após a próxima sincronização.</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>Progresso do curso</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>Curso concluído</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Course completion</source>
        <translation>Conclusão do curso</translation>
    </message>
    <message>
        <source>This course could not be read from this computer.</source>
        <translation>Não foi possível ler este curso neste computador.</translation>
    </message>
    <message>
        <source>This course is not on this computer any more</source>
        <translation>Este curso não está mais neste computador</translation>
    </message>
    <message>
        <source>Grade: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>%L1% complete</source>
        <translation>%L1% concluído</translation>
    </message>
    <message>
        <source>Course completion is not on this computer yet.</source>
        <translation>A conclusão do curso ainda não está neste computador.</translation>
    </message>
    <message>
        <source>This course has no completion criteria.</source>
        <translation>Este curso não tem critérios de conclusão.</translation>
    </message>
    <message>
        <source>You have completed this course.</source>
        <translation>Você concluiu este curso.</translation>
    </message>
    <message>
        <source>Not completed yet.</source>
        <translation>Ainda não concluído.</translation>
    </message>
    <message>
        <source>Any one of these completes the course:</source>
        <translation>Qualquer um destes conclui o curso:</translation>
    </message>
    <message>
        <source>All of these are required:</source>
        <translation>Todos estes são necessários:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Não feito</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>feito em %1</translation>
    </message>
    <message>
        <source>Make available offline</source>
        <translation>Disponibilizar offline</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>Disponível offline</translation>
    </message>
    <message>
        <source>Every sync keeps this course&apos;s files up to date. Remove them in File › Storage.</source>
        <translation>Cada sincronização mantém os arquivos deste curso atualizados. Remova-os em Arquivo › Armazenamento.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progresso do download</translation>
    </message>
    <message>
        <source>Downloading %L1 %</source>
        <translation>Baixando: %L1 %</translation>
    </message>
    <message>
        <source>Download all files of this course and keep them up to date with every sync</source>
        <translation>Baixar todos os arquivos deste curso e mantê-los atualizados a cada sincronização</translation>
    </message>
    <message>
        <source>The files of this course take %1 MB. Download them now and keep them up to date?</source>
        <translation>Os arquivos deste curso ocupam %1 MB. Baixá-los agora e mantê-los atualizados?</translation>
    </message>
    <message>
        <source>This course could not be made available offline. Try again.</source>
        <translation>Não foi possível disponibilizar este curso offline. Tente novamente.</translation>
    </message>
    <message>
        <source>1 file of this course could not be downloaded.</source>
        <translation>Não foi possível baixar 1 arquivo deste curso.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files of this course could not be downloaded.</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>Não foi possível baixar %Ln arquivo deste curso.</numerusform>
            <numerusform>Não foi possível baixar %Ln arquivos deste curso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir no navegador</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <source>Download this section</source>
        <translation>Baixar esta seção</translation>
    </message>
    <message>
        <source>Nothing to download: the files of this section are on this computer, or it has none.</source>
        <translation>Nada para baixar: os arquivos desta seção já estão neste computador, ou ela não tem nenhum.</translation>
    </message>
    <message>
        <source>Download the missing and outdated files (%1 MB) once, without keeping them up to date</source>
        <translation>Baixar uma vez os arquivos ausentes ou desatualizados (%1 MB), sem mantê-los atualizados</translation>
    </message>
    <message>
        <source>The files of this section take %1 MB. Download them now?</source>
        <translation>Os arquivos desta seção ocupam %1 MB. Baixá-los agora?</translation>
    </message>
    <message>
        <source>The files of this activity take %1 MB. Download them now?</source>
        <translation>Os arquivos desta atividade ocupam %1 MB. Baixá-los agora?</translation>
    </message>
    <message>
        <source>These files come right after the downloads going on.</source>
        <translation>Estes arquivos serão baixados logo após os downloads em andamento.</translation>
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
        <translation>Buscar por nome ou nome breve</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>Buscar cursos</translation>
    </message>
    <message>
        <source>Your courses</source>
        <translation>Seus cursos</translation>
    </message>
    <message>
        <source>← All courses</source>
        <translation>← Todos os cursos</translation>
    </message>
    <message>
        <source>Back to all courses</source>
        <translation>Voltar para todos os cursos</translation>
    </message>
    <message>
        <source>Back to all courses (Esc)</source>
        <translation>Voltar para todos os cursos (Esc)</translation>
    </message>
    <message>
        <source>Your courses could not be read from this computer.</source>
        <translation>Não foi possível ler seus cursos neste computador.</translation>
    </message>
    <message>
        <source>No courses on this computer yet. They appear here after the first sync.</source>
        <translation>Ainda não há cursos neste computador. Eles aparecem aqui após a primeira sincronização.</translation>
    </message>
    <message>
        <source>No course matches “%1”.</source>
        <translation>Nenhum curso corresponde a “%1”.</translation>
    </message>
    <message>
        <source>The files of all your courses take %1 MB. Download them now and keep them up to date?</source>
        <translation>Os arquivos de todos os seus cursos ocupam %1 MB. Baixá-los agora e mantê-los atualizados?</translation>
    </message>
    <message>
        <source>Download all my courses</source>
        <translation>Baixar todos os meus cursos</translation>
    </message>
    <message>
        <source>Files are being downloaded now. Try again when they are done.</source>
        <translation>Arquivos estão sendo baixados agora. Tente de novo quando terminarem.</translation>
    </message>
    <message>
        <source>Keep the files of every course on this computer, up to date at every sync</source>
        <translation>Manter os arquivos de todos os cursos neste computador, atualizados a cada sincronização</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Satchel&apos;s offline data on this computer is damaged and cannot be read.</source>
        <translation>Os dados offline do Satchel neste computador estão danificados e não podem ser lidos.</translation>
    </message>
    <message>
        <source>The file where Satchel keeps your offline data belongs to another program, so Satchel leaves it as it is.</source>
        <translation>O arquivo onde o Satchel guarda seus dados offline pertence a outro programa, então o Satchel o deixa como está.</translation>
    </message>
    <message>
        <source>Your offline data on this computer was saved by a newer version of Satchel. Update Satchel to use it.</source>
        <translation>Seus dados offline neste computador foram salvos por uma versão mais recente do Satchel. Atualize o Satchel para usá-los.</translation>
    </message>
    <message>
        <source>Satchel cannot read or write its offline data on this computer. Check that you may write to its folder and that the disk is not full.</source>
        <translation>O Satchel não consegue ler nem gravar seus dados offline neste computador. Verifique se você pode gravar na pasta deles e se o disco não está cheio.</translation>
    </message>
</context>
<context>
    <name>DeadlineListModel</name>
    <message>
        <source>Overdue: was due %1</source>
        <translation>Atrasada: vencia %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence %1</translation>
    </message>
    <message>
        <source>Overdue, %1</source>
        <translation>Atrasada, %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
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
        <translation>Vencimento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Questionário</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>You teach this</source>
        <translation>Você leciona isto</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Avaliado</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Draft (not submitted)</source>
        <translation>Rascunho (não enviado)</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Não enviado</translation>
    </message>
    <message>
        <source>Not graded yet</source>
        <translation>Ainda sem nota</translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation>em 1 minuto</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>há 1 minuto</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln minutes</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>em %Ln minuto</numerusform>
            <numerusform>em %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>há %Ln minuto</numerusform>
            <numerusform>há %Ln minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation>em 1 hora</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>há 1 hora</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln hours</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>em %Ln hora</numerusform>
            <numerusform>em %Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>há %Ln hora</numerusform>
            <numerusform>há %Ln horas</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>em 1 dia</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>há 1 dia</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>em %Ln dia</numerusform>
            <numerusform>em %Ln dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>há %Ln dia</numerusform>
            <numerusform>há %Ln dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln weeks</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>em %Ln semana</numerusform>
            <numerusform>em %Ln semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln weeks ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>há %Ln semana</numerusform>
            <numerusform>há %Ln semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln months</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>em %Ln mês</numerusform>
            <numerusform>em %Ln meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln months ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>há %Ln mês</numerusform>
            <numerusform>há %Ln meses</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 year</source>
        <translation>em 1 ano</translation>
    </message>
    <message>
        <source>1 year ago</source>
        <translation>há 1 ano</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln years</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>em %Ln ano</numerusform>
            <numerusform>em %Ln anos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln years ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>há %Ln ano</numerusform>
            <numerusform>há %Ln anos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForumSync</name>
    <message>
        <source>The forum %1 was not updated: %2</source>
        <translation>O fórum %1 não foi atualizado: %2</translation>
    </message>
</context>
<context>
    <name>ForumView</name>
    <message>
        <source>Open in browser</source>
        <translation>Abrir no navegador</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussão</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Iniciada por</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>This forum could not be read from this computer.</source>
        <translation>Não foi possível ler este fórum neste computador.</translation>
    </message>
    <message>
        <source>This forum is not on this computer.</source>
        <translation>Este fórum não está neste computador.</translation>
    </message>
    <message>
        <source>This forum is not on this computer yet: it comes with its course once the course is made available offline.</source>
        <translation>Este fórum ainda não está neste computador: ele chega com o curso assim que o curso for disponibilizado offline.</translation>
    </message>
    <message>
        <source>Read-only copy from %1</source>
        <translation>Cópia somente leitura de %1</translation>
    </message>
    <message>
        <source>No discussions.</source>
        <translation>Nenhuma discussão.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>The posts of this discussion are not on this computer yet: they come with the next sync.</source>
        <translation>As mensagens desta discussão ainda não estão neste computador: elas chegam com a próxima sincronização.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>author · time of a forum post</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anexos:</translation>
    </message>
    <message>
        <source>%1 (%2), not downloaded</source>
        <comment>attachment name (size)</comment>
        <translation>%1 (%2), não baixado</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>size of an attachment</comment>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>This attachment is not on this computer any more.</source>
        <translation>Este anexo não está mais neste computador.</translation>
    </message>
    <message>
        <source>No application on this computer could open “%1”.</source>
        <translation>Nenhum aplicativo deste computador conseguiu abrir “%1”.</translation>
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
        <translation>Gráfico de notas</translation>
    </message>
    <message>
        <source>No graded items yet.</source>
        <translation>Ainda não há itens avaliados.</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Porcentagem</translation>
    </message>
    <message>
        <source>@value %</source>
        <translation>@value%</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2%</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>GradeHistogram</name>
    <message>
        <source>Grade distribution</source>
        <translation>Distribuição das notas</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Estudantes</translation>
    </message>
    <message>
        <source>Select a grade item to see how the class did.</source>
        <translation>Selecione um item de nota para ver como a turma se saiu.</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2%</translation>
    </message>
    <message>
        <source>%1 — %2 graded of %3</source>
        <translation>%1 — %2 avaliados de %3</translation>
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
        <translation>Item sem nome</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (oculto)</translation>
    </message>
    <message>
        <source>Moodle does not send the names of grade categories. Its grade is the category total.</source>
        <translation>O Moodle não envia os nomes das categorias de notas. A nota dela é o total da categoria.</translation>
    </message>
    <message>
        <source>Hidden from students on the site.</source>
        <translation>Oculto para estudantes no site.</translation>
    </message>
    <message>
        <source>Graded on %1</source>
        <translation>Avaliado em %1</translation>
    </message>
    <message>
        <source>No feedback</source>
        <translation>Sem feedback</translation>
    </message>
    <message>
        <source>Grade item</source>
        <translation>Item de nota</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Porcentagem</translation>
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
        <translation>%1 – %2: %3 (%4%)</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <source>%1 – %2: not graded yet</source>
        <translation>%1 – %2: ainda sem nota</translation>
    </message>
    <message>
        <source>Missing: %1 is not in %2&apos;s grade report</source>
        <translation>Ausente: %1 não está no relatório de notas de %2</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>sem nota</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Estudante</translation>
    </message>
    <message>
        <source>Unnamed item</source>
        <translation>Item sem nome</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (oculto)</translation>
    </message>
    <message>
        <source>Hidden from students on the site.</source>
        <translation>Oculto para estudantes no site.</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>Intervalo: %1</translation>
    </message>
    <message>
        <source>Graded: %L1 of %L2</source>
        <translation>Avaliados: %L1 de %L2</translation>
    </message>
    <message>
        <source>Click to sort by grade; not graded last.</source>
        <translation>Clique para ordenar pela nota; os sem nota por último.</translation>
    </message>
</context>
<context>
    <name>GradeNames</name>
    <message>
        <source>Course total</source>
        <translation>Total do curso</translation>
    </message>
    <message>
        <source>Category total</source>
        <translation>Total da categoria</translation>
    </message>
    <message>
        <source>Category total (%1)</source>
        <translation>Total da categoria (%1)</translation>
    </message>
</context>
<context>
    <name>GradesPage</name>
    <message>
        <source>Grades</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Final grades of your courses</source>
        <translation>Notas finais dos seus cursos</translation>
    </message>
    <message>
        <source>Grade items</source>
        <translation>Itens de nota</translation>
    </message>
    <message>
        <source>No grade items for this course yet.</source>
        <translation>Ainda não há itens de nota para este curso.</translation>
    </message>
    <message>
        <source>Percentages of graded items</source>
        <translation>Porcentagens dos itens avaliados</translation>
    </message>
    <message>
        <source>Nothing graded in this course yet.</source>
        <translation>Ainda não há nada avaliado neste curso.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>No grades yet. Your course grades appear here once Satchel has synced them from your Moodle site.</source>
        <translation>Ainda não há notas. As notas dos seus cursos aparecem aqui quando o Satchel as sincronizar do seu site Moodle.</translation>
    </message>
    <message>
        <source>Course total: %1</source>
        <translation>Total do curso: %1</translation>
    </message>
    <message>
        <source>range %1</source>
        <translation>intervalo %1</translation>
    </message>
    <message>
        <source>Unnamed item</source>
        <translation>Item sem nome</translation>
    </message>
    <message>
        <source>Select a grade item to read your teacher&apos;s feedback.</source>
        <translation>Selecione um item de nota para ler o feedback do seu professor.</translation>
    </message>
    <message>
        <source>Graded %1</source>
        <translation>Avaliado %1</translation>
    </message>
    <message>
        <source>No feedback for this item.</source>
        <translation>Não há feedback para este item.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Your courses, deadlines and grades from %1 will appear here after the first sync. Satchel keeps a copy on this computer, so you can read them offline.</source>
        <translation>Seus cursos, prazos e notas de %1 aparecem aqui após a primeira sincronização. O Satchel guarda uma cópia neste computador para que você possa consultá-los offline.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Sua conta</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Endereço:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nome de usuário:</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>Conectado em:</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Vence em breve</translation>
    </message>
    <message>
        <source>Nothing due in the next weeks. New assignments and quizzes show up here after the next sync.</source>
        <translation>Nada vence nas próximas semanas. Novas tarefas e questionários aparecem aqui após a próxima sincronização.</translation>
    </message>
    <message>
        <source>Courses in progress</source>
        <translation>Cursos em andamento</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Conclusão</translation>
    </message>
    <message>
        <source>No courses in progress. Completed courses and courses without completion tracking are not listed here.</source>
        <translation>Não há cursos em andamento. Cursos concluídos e cursos sem acompanhamento de conclusão não aparecem aqui.</translation>
    </message>
    <message>
        <source>Recent grades</source>
        <translation>Notas recentes</translation>
    </message>
    <message>
        <source>Grade item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Avaliado</translation>
    </message>
    <message>
        <source>No grades yet. Grades appear here as soon as your teachers grade your work.</source>
        <translation>Ainda não há notas. Elas aparecem aqui assim que seus professores avaliarem seu trabalho.</translation>
    </message>
    <message>
        <source>No courses in progress of your own. The classes you teach are on the Classes page.</source>
        <translation>Você não tem cursos próprios em andamento. As turmas que você leciona estão na página Turmas.</translation>
    </message>
    <message>
        <source>No grades of your own. Your classes&apos; grades are on the Classes page.</source>
        <translation>Você não tem notas próprias. As notas das suas turmas estão na página Turmas.</translation>
    </message>
    <message>
        <source>Hello!</source>
        <translation>Olá!</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>Olá, %1!</translation>
    </message>
    <message>
        <source>1 overdue</source>
        <translation>1 atrasada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>%Ln atrasada</numerusform>
            <numerusform>%Ln atrasadas</numerusform>
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
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 complete</source>
        <translation>%1 concluído</translation>
    </message>
    <message>
        <source>Unnamed item</source>
        <translation>Item sem nome</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>Intervalo: %1</translation>
    </message>
    <message>
        <source>Graded %1</source>
        <translation>Avaliado %1</translation>
    </message>
</context>
<context>
    <name>HtmlSanitizer</name>
    <message>
        <source>[Image: %1]</source>
        <translation>[Imagem: %1]</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Tipo de mensagem</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalhes</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalhes</translation>
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
        <translation>Navegação</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Entrar novamente…</translation>
    </message>
    <message>
        <source>Reset offline data…</source>
        <translation>Redefinir os dados offline…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Offline data from %1</source>
        <translation>Dados offline de %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Conta conectada</translation>
    </message>
    <message>
        <source>Satchel logo</source>
        <translation>Logotipo do Satchel</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Conectado como</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Sai&amp;r da conta…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Satchel</source>
        <translation>&amp;Sobre o Satchel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Turmas</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Satchel could not read its offline data on this computer, so what you see may be incomplete or out of date. Check the data folder&apos;s permissions and free disk space, then restart Satchel.</source>
        <translation>O Satchel não conseguiu ler seus dados offline neste computador, então o que você vê pode estar incompleto ou desatualizado. Verifique as permissões da pasta de dados e o espaço livre em disco e reinicie o Satchel.</translation>
    </message>
    <message>
        <source>%1 Reset offline data to download your courses again from the site.</source>
        <translation>%1 Redefina os dados offline para baixar seus cursos novamente do site.</translation>
    </message>
    <message>
        <source>Some of your data could not be updated. The rest is up to date.</source>
        <translation>Alguns dos seus dados não puderam ser atualizados. O restante está em dia.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Sign out of %1?

You will need your password to sign in again. Keep the offline copy of your courses on this computer?</source>
        <translation>Sair de %1?

Você vai precisar da sua senha para entrar novamente. Manter a cópia offline dos seus cursos neste computador?</translation>
    </message>
    <message>
        <source>Sign out, keep offline data</source>
        <translation>Sair e manter os dados offline</translation>
    </message>
    <message>
        <source>Sign out and delete offline data</source>
        <translation>Sair e apagar os dados offline</translation>
    </message>
    <message>
        <source>About Satchel</source>
        <translation>Sobre o Satchel</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Satchel %1&lt;/h3&gt;&lt;p&gt;An offline-first desktop client for Moodle: your courses, deadlines and grades, also without a connection.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Satchel %1&lt;/h3&gt;&lt;p&gt;Um cliente desktop para o Moodle feito para funcionar offline: seus cursos, prazos e notas, também sem conexão.&lt;/p&gt;&lt;p&gt;Compilado com Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Data folder: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pasta de dados: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none (the demo account keeps nothing)</source>
        <translation>nenhuma (a conta de demonstração não guarda nada)</translation>
    </message>
    <message>
        <source>Export to &amp;calendar…</source>
        <translation>Exportar para o ca&amp;lendário…</translation>
    </message>
    <message>
        <source>Export the deadlines to a calendar</source>
        <translation>Exportar os prazos para um calendário</translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Arquivos de calendário (*.ics);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Satchel could not save “%1”. Choose another folder or file name.</source>
        <translation>O Satchel não conseguiu salvar “%1”. Escolha outra pasta ou outro nome de arquivo.</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>“%1” salvo em %2.</translation>
    </message>
    <message>
        <source>S&amp;torage…</source>
        <translation>Arma&amp;zenamento…</translation>
    </message>
    <message>
        <source>Storage – Satchel</source>
        <translation>Armazenamento – Satchel</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Emblemas</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
</context>
<context>
    <name>ModuleIcons</name>
    <message>
        <source>Assignment</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Questionário</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Fórum</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
</context>
<context>
    <name>MoodleError</name>
    <message>
        <source>The site is not answering. It may be down, or you may be offline.</source>
        <translation>O site não está respondendo. Ele pode estar fora do ar, ou você pode estar offline.</translation>
    </message>
    <message>
        <source>This site address could not be found. Check the address, or your internet connection.</source>
        <translation>O endereço deste site não foi encontrado. Verifique o endereço ou sua conexão com a internet.</translation>
    </message>
    <message>
        <source>The site took too long to answer. Your connection may be slow or offline.</source>
        <translation>O site demorou demais para responder. Sua conexão pode estar lenta ou offline.</translation>
    </message>
    <message>
        <source>You appear to be offline. Satchel will keep trying.</source>
        <translation>Parece que você está offline. O Satchel vai continuar tentando.</translation>
    </message>
    <message>
        <source>The site&apos;s secure connection could not be verified (%1). Satchel does not connect to sites it cannot verify.</source>
        <translation>Não foi possível verificar a conexão segura do site (%1). O Satchel não se conecta a sites que não consegue verificar.</translation>
    </message>
    <message>
        <source>certificate problem</source>
        <translation>problema no certificado</translation>
    </message>
    <message>
        <source>The site answered &quot;not found&quot;. Check the site address.</source>
        <translation>O site respondeu “não encontrado”. Verifique o endereço do site.</translation>
    </message>
    <message>
        <source>The site is busy and asked Satchel to slow down. It will try again shortly.</source>
        <translation>O site está ocupado e pediu ao Satchel para ir mais devagar. Ele tentará de novo em breve.</translation>
    </message>
    <message>
        <source>The site answered with an error (HTTP %1). Try again later.</source>
        <translation>O site respondeu com um erro (HTTP %1). Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The site is temporarily unavailable. Try again later.</source>
        <translation>O site está temporariamente indisponível. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The site answered with a web page instead of data. It may be under maintenance, or a network login page may be in the way.</source>
        <translation>O site respondeu com uma página web em vez de dados. Ele pode estar em manutenção, ou uma página de login da rede pode estar no caminho.</translation>
    </message>
    <message>
        <source>The site sent an incomplete or damaged answer. Try again later.</source>
        <translation>O site enviou uma resposta incompleta ou danificada. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The site sent more data than Satchel can handle at once.</source>
        <translation>O site enviou mais dados do que o Satchel consegue processar de uma vez.</translation>
    </message>
    <message>
        <source>This address does not look like a Moodle site. Check the address your school gave you.</source>
        <translation>Este endereço não parece ser um site Moodle. Verifique o endereço que sua escola lhe deu.</translation>
    </message>
    <message>
        <source>The site keeps redirecting. Check the site address.</source>
        <translation>O site continua redirecionando. Verifique o endereço do site.</translation>
    </message>
    <message>
        <source>The site redirected from a secure address to an insecure one. Satchel stopped to protect your password.</source>
        <translation>O site redirecionou de um endereço seguro para um inseguro. O Satchel parou para proteger sua senha.</translation>
    </message>
    <message>
        <source>That is not a valid site address. Type something like &quot;school.edu&quot; or &quot;https://school.edu/moodle&quot;.</source>
        <translation>Esse não é um endereço de site válido. Digite algo como “school.edu” ou “https://school.edu/moodle”.</translation>
    </message>
    <message>
        <source>This site does not use a secure connection (http). Your password would be sent unprotected. Allow it only if you trust the network.</source>
        <translation>Este site não usa uma conexão segura (http). Sua senha seria enviada sem proteção. Permita apenas se você confiar na rede.</translation>
    </message>
    <message>
        <source>Invalid username or password.</source>
        <translation>Nome de usuário ou senha inválidos.</translation>
    </message>
    <message>
        <source>This site does not allow access from apps. Ask the site administrator to enable mobile web services.</source>
        <translation>Este site não permite acesso por aplicativos. Peça ao administrador do site para habilitar os serviços web para dispositivos móveis.</translation>
    </message>
    <message>
        <source>The site is under maintenance. Try again later.</source>
        <translation>O site está em manutenção. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The site is under maintenance: %1</source>
        <translation>O site está em manutenção: %1</translation>
    </message>
    <message>
        <source>You need to change your password on the website before you can sign in here.</source>
        <translation>Você precisa alterar sua senha no site antes de poder entrar aqui.</translation>
    </message>
    <message>
        <source>Your account is not confirmed yet. Follow the link in the confirmation e-mail first.</source>
        <translation>Sua conta ainda não foi confirmada. Primeiro siga o link do e-mail de confirmação.</translation>
    </message>
    <message>
        <source>Your account cannot use apps on this site. Contact the site administrator.</source>
        <translation>Sua conta não pode usar aplicativos neste site. Entre em contato com o administrador do site.</translation>
    </message>
    <message>
        <source>This site requires a different Moodle app.</source>
        <translation>Este site exige outro aplicativo do Moodle.</translation>
    </message>
    <message>
        <source>The site address redirects elsewhere. Use the site&apos;s final address (usually starting with https://).</source>
        <translation>O endereço do site redireciona para outro lugar. Use o endereço final do site (normalmente começa com https://).</translation>
    </message>
    <message>
        <source>This Moodle site is too old for Satchel.</source>
        <translation>Este site Moodle é antigo demais para o Satchel.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again; your offline data is kept.</source>
        <translation>Sua sessão expirou. Entre novamente; seus dados offline são mantidos.</translation>
    </message>
    <message>
        <source>You do not have permission to see this.</source>
        <translation>Você não tem permissão para ver isto.</translation>
    </message>
    <message>
        <source>You are not enrolled in this course, or it is not available to you.</source>
        <translation>Você não está inscrito neste curso, ou ele não está disponível para você.</translation>
    </message>
    <message>
        <source>The site did not accept Satchel&apos;s request. The site may be running an unsupported version.</source>
        <translation>O site não aceitou a requisição do Satchel. O site pode estar usando uma versão não suportada.</translation>
    </message>
    <message>
        <source>The site could not find what Satchel asked for. It may have been removed.</source>
        <translation>O site não encontrou o que o Satchel pediu. Pode ter sido removido.</translation>
    </message>
    <message>
        <source>This site does not offer this feature to apps.</source>
        <translation>Este site não oferece este recurso a aplicativos.</translation>
    </message>
    <message>
        <source>This course has no completion criteria.</source>
        <translation>Este curso não tem critérios de conclusão.</translation>
    </message>
    <message>
        <source>The site reported a problem. Try again later.</source>
        <translation>O site relatou um problema. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Satchel could not use the system keychain to keep you signed in (%1). Unlock or set up the keychain and try again.</source>
        <translation>O Satchel não conseguiu usar o chaveiro do sistema para manter você conectado (%1). Desbloqueie ou configure o chaveiro e tente novamente.</translation>
    </message>
    <message>
        <source>Satchel could not write its data on this computer (%1). Check free disk space and folder permissions.</source>
        <translation>O Satchel não conseguiu gravar seus dados neste computador (%1). Verifique o espaço livre em disco e as permissões da pasta.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo deu errado.</translation>
    </message>
    <message>
        <source>This site signs you in on its own page, in your web browser. Press “Sign in with your browser” instead.</source>
        <translation>Este site faz o seu acesso na própria página, no navegador. Em vez disso, clique em “Entrar pelo navegador”.</translation>
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
        <translation>Vence em %1</translation>
    </message>
</context>
<context>
    <name>OfflineContent</name>
    <message>
        <source>Course files cannot be downloaded here: this is not connected to a site.</source>
        <translation>Os arquivos do curso não podem ser baixados aqui: não há conexão com um site.</translation>
    </message>
    <message>
        <source>This site does not allow apps to download course files.</source>
        <translation>Este site não permite que aplicativos baixem arquivos dos cursos.</translation>
    </message>
    <message>
        <source>Downloads are running; cancel them first.</source>
        <translation>Há downloads em andamento; cancele-os primeiro.</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Open in browser</source>
        <translation>Abrir no navegador</translation>
    </message>
    <message>
        <source>This page could not be read from this computer.</source>
        <translation>Não foi possível ler esta página neste computador.</translation>
    </message>
    <message>
        <source>This activity is not on this computer.</source>
        <translation>Esta atividade não está neste computador.</translation>
    </message>
    <message>
        <source>This page is not downloaded yet. Make its course available offline while the site can be reached, or open it in the browser.</source>
        <translation>Esta página ainda não foi baixada. Disponibilize o curso offline enquanto o site estiver acessível ou abra-a no navegador.</translation>
    </message>
    <message>
        <source>Parts of this book are not downloaded yet: they come with the next download.</source>
        <translation>Partes deste livro ainda não foram baixadas: elas chegam com o próximo download.</translation>
    </message>
    <message>
        <source>The site has a newer version of this page: it comes with the next download.</source>
        <translation>O site tem uma versão mais recente desta página: ela chega com o próximo download.</translation>
    </message>
</context>
<context>
    <name>ParticipantListModel</name>
    <message>
        <source>Student</source>
        <translation>Estudante</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Professor</translation>
    </message>
    <message>
        <source>Non-editing teacher</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>Course creator</source>
        <translation>Criador de curso</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Last on the site %1</source>
        <translation>Última vez no site %1</translation>
    </message>
    <message>
        <source>Has never signed in to the site</source>
        <translation>Nunca entrou no site</translation>
    </message>
    <message>
        <source>Press Enter or double-click to see %1&apos;s grades and completion</source>
        <translation>Pressione Enter ou clique duas vezes para ver as notas e a conclusão de %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Papéis</translation>
    </message>
    <message>
        <source>Last access</source>
        <translation>Último acesso</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Search everything offline (Ctrl+K)</source>
        <translation>Pesquisar tudo offline (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation>Nenhum resultado para “%1”</translation>
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
        <translation>Seções</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Discussões</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Deadlines and events</source>
        <translation>Prazos e eventos</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1, %2, in %3: %4</source>
        <translation>%1, %2, em %3: %4</translation>
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
        <translation>Configurações</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Só quando eu pedir</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Intervalo de sincronização em minutos</translation>
    </message>
    <message>
        <source>Requests at the same time</source>
        <translation>Requisições simultâneas</translation>
    </message>
    <message>
        <source>More is faster on a good connection; fewer is gentler on a slow one or a busy site.</source>
        <translation>Mais é mais rápido em uma boa conexão; menos é mais leve em uma conexão lenta ou em um site ocupado.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sincronizar a &amp;cada:</translation>
    </message>
    <message>
        <source>&amp;Requests at the same time:</source>
        <translation>&amp;Requisições simultâneas:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies the next time Satchel starts.</source>
        <translation>Um novo idioma vale a partir da próxima vez que o Satchel for iniciado.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Download files up to this size on their own, in MB</source>
        <translation>Baixar sozinhos os arquivos até este tamanho, em MB</translation>
    </message>
    <message>
        <source>Files of courses made available offline are always downloaded.</source>
        <translation>Os arquivos dos cursos disponíveis offline são sempre baixados.</translation>
    </message>
    <message>
        <source>Free disk space downloads leave, in MB</source>
        <translation>Espaço livre em disco que os downloads deixam, em MB</translation>
    </message>
    <message>
        <source>&amp;Download files up to:</source>
        <translation>&amp;Baixar arquivos até:</translation>
    </message>
    <message>
        <source>&amp;Keep free on the disk:</source>
        <translation>Manter &amp;livre no disco:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Days without a visit that put a learner on the Attention list</source>
        <translation>Dias sem visita que colocam um estudante na lista de atenção</translation>
    </message>
    <message>
        <source>For teachers: a learner who has not opened the course for this long is on the class&apos;s Attention list.</source>
        <translation>Para professores: quem não abre o curso há esse tempo aparece na lista de atenção da turma.</translation>
    </message>
    <message>
        <source>Learners &amp;away from a class for:</source>
        <translation>Estudantes &amp;ausentes de uma turma há:</translation>
    </message>
    <message>
        <source>Re&amp;mind me of deadlines</source>
        <translation>Le&amp;mbrar-me dos prazos</translation>
    </message>
    <message>
        <source>Courses to remind me of</source>
        <translation>Cursos com lembretes</translation>
    </message>
    <message>
        <source>Before a deadline I have not handed in yet:</source>
        <translation>Antes de um prazo que ainda não entreguei:</translation>
    </message>
    <message>
        <source>In these courses:</source>
        <translation>Nestes cursos:</translation>
    </message>
    <message>
        <source>Keep Satchel running in the &amp;tray after closing the window</source>
        <translation>Manter o Satchel na &amp;bandeja ao fechar a janela</translation>
    </message>
    <message>
        <source>Reminders come only while Satchel runs.</source>
        <translation>Os lembretes só chegam enquanto o Satchel está aberto.</translation>
    </message>
    <message>
        <source>&amp;Start Satchel when I log in</source>
        <translation>&amp;Iniciar o Satchel quando eu entrar no sistema</translation>
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
        <translation>1 dia antes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days before</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>%Ln dia antes</numerusform>
            <numerusform>%Ln dias antes</numerusform>
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
        <translation>Entrar – Satchel</translation>
    </message>
    <message>
        <source>Satchel logo</source>
        <translation>Logotipo do Satchel</translation>
    </message>
    <message>
        <source>Sign in to your Moodle site</source>
        <translation>Entre no seu site Moodle</translation>
    </message>
    <message>
        <source>Use the same site address, username and password as in your web browser. Satchel keeps a copy of your courses so you can use them offline.</source>
        <translation>Use o mesmo endereço do site, nome de usuário e senha que no seu navegador. O Satchel guarda uma cópia dos seus cursos para que você possa usá-los offline.</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Endereço do site</translation>
    </message>
    <message>
        <source>school.edu or https://school.edu/moodle</source>
        <translation>school.edu ou https://school.edu/moodle</translation>
    </message>
    <message>
        <source>Site status</source>
        <translation>Status do site</translation>
    </message>
    <message>
        <source>Where your password goes</source>
        <translation>Para onde vai sua senha</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>&amp;Site address:</source>
        <translation>&amp;Endereço do site:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nome de usuário:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Insecure connection warning</source>
        <translation>Aviso de conexão insegura</translation>
    </message>
    <message>
        <source>Sign in over an insecure connection (http) anyway</source>
        <translation>Entrar mesmo assim por uma conexão insegura (http)</translation>
    </message>
    <message>
        <source>Another host warning</source>
        <translation>Aviso de outro servidor</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problema ao entrar</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Entrando</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Entrar novamente</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Enter your password to continue; your offline data is kept.</source>
        <translation>Sua sessão em %1 terminou. Digite sua senha para continuar; seus dados offline são mantidos.</translation>
    </message>
    <message>
        <source>Enter the address of your Moodle site.</source>
        <translation>Digite o endereço do seu site Moodle.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Digite seu nome de usuário.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Digite sua senha.</translation>
    </message>
    <message>
        <source>Tick the box to sign in over an insecure connection, or use an https:// address.</source>
        <translation>Marque a caixa para entrar por uma conexão insegura, ou use um endereço https://.</translation>
    </message>
    <message>
        <source>Your password has not been sent yet. Check the warning above, then press Sign in again to send it to %1.</source>
        <translation>Sua senha ainda não foi enviada. Confira o aviso acima e pressione Entrar novamente para enviá-la para %1.</translation>
    </message>
    <message>
        <source>Your password will be sent to %1</source>
        <translation>Sua senha será enviada para %1</translation>
    </message>
    <message>
        <source>You typed %1, but that site sent Satchel on to another host, %2. Sign in only if you know that %2 is where your school signs you in (a single sign-on service, for example): a look-alike page that collects passwords can also send you on like this.</source>
        <translation>Você digitou %1, mas esse site encaminhou o Satchel para outro servidor, %2. Entre apenas se você souber que %2 é onde sua escola faz você entrar (um serviço de login único, por exemplo): uma página falsa que coleta senhas também pode encaminhar você assim.</translation>
    </message>
    <message>
        <source>The address you use for Moodle in your web browser.</source>
        <translation>O endereço que você usa para o Moodle no seu navegador.</translation>
    </message>
    <message>
        <source>Checking site…</source>
        <translation>Verificando o site…</translation>
    </message>
    <message>
        <source>%1 (not secure: http)</source>
        <translation>%1 (não segura: http)</translation>
    </message>
    <message>
        <source>Sign in with your &amp;browser</source>
        <translation>Entrar pelo &amp;navegador</translation>
    </message>
    <message>
        <source>Sign in with your browser</source>
        <translation>Entrar pelo navegador</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. Satchel goes on by itself when the browser hands the sign-in back. If it does not, copy the address that starts with moodlemobile:// from the browser&apos;s address bar (or from its &quot;open the app&quot; button) and paste it here.</source>
        <translation>Termine de entrar no navegador. O Satchel continua sozinho quando o navegador devolver o acesso. Se isso não acontecer, copie o endereço que começa com moodlemobile:// da barra de endereços do navegador (ou do botão “abrir o aplicativo”) e cole-o aqui.</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Link de acesso</translation>
    </message>
    <message>
        <source>Sign-in &amp;link:</source>
        <translation>&amp;Link de acesso:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Continue with the pasted link</source>
        <translation>Continuar com o link colado</translation>
    </message>
    <message>
        <source>No browser opened? Open this address:</source>
        <translation>O navegador não abriu? Abra este endereço:</translation>
    </message>
    <message>
        <source>Address of the sign-in page</source>
        <translation>Endereço da página de acesso</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Parar de esperar</translation>
    </message>
    <message>
        <source>Cancel the browser sign-in</source>
        <translation>Cancelar o acesso pelo navegador</translation>
    </message>
    <message>
        <source>Waiting for your browser…</source>
        <translation>Aguardando o navegador…</translation>
    </message>
    <message>
        <source>Satchel could not open your web browser. Open the address below in a browser yourself, sign in there, then paste the link here.</source>
        <translation>O Satchel não conseguiu abrir o navegador. Abra você mesmo o endereço abaixo em um navegador, entre lá e depois cole o link aqui.</translation>
    </message>
    <message>
        <source>That is not a sign-in link. Copy the whole address that starts with moodlemobile://token= from your browser and paste it here.</source>
        <translation>Isso não é um link de acesso. Copie o endereço inteiro que começa com moodlemobile://token= do navegador e cole-o aqui.</translation>
    </message>
    <message>
        <source>That sign-in link was made for another site or another sign-in, not this one. Use the link from the page Satchel opened just now.</source>
        <translation>Esse link de acesso foi feito para outro site ou outro acesso, não para este. Use o link da página que o Satchel acabou de abrir.</translation>
    </message>
    <message>
        <source>That sign-in link came more than %L1 minutes after the sign-in started. Press Stop waiting, then sign in with your browser again.</source>
        <translation>Esse link de acesso chegou mais de %L1 minutos depois do início do acesso. Clique em “Parar de esperar” e entre de novo pelo navegador.</translation>
    </message>
    <message>
        <source>That sign-in link was already used. Sign in with your browser again for a new one.</source>
        <translation>Esse link de acesso já foi usado. Entre de novo pelo navegador para receber um novo.</translation>
    </message>
    <message>
        <source>Satchel is not waiting for a sign-in link. Press “Sign in with your browser” first.</source>
        <translation>O Satchel não está aguardando um link de acesso. Clique primeiro em “Entrar pelo navegador”.</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Entrar com %1</translation>
    </message>
    <message>
        <source>Sign in with %1 in your browser</source>
        <translation>Entrar com %1 no navegador</translation>
    </message>
    <message>
        <source>%1 signs you in on its own page, in your web browser.</source>
        <translation>%1 faz o seu acesso na própria página, no navegador.</translation>
    </message>
    <message>
        <source>Does your school sign you in through its own page, Microsoft or Google? Use your browser:</source>
        <translation>Sua escola faz o acesso pela própria página, pela Microsoft ou pelo Google? Use o navegador:</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Sign in with your browser as you did before; your offline data is kept.</source>
        <translation>Sua sessão em %1 terminou. Entre pelo navegador como da outra vez; seus dados offline são mantidos.</translation>
    </message>
    <message>
        <source>You signed in on your school&apos;s own page, in your web browser:</source>
        <translation>Você entrou pela própria página da sua escola, no navegador:</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>Storage</source>
        <translation>Armazenamento</translation>
    </message>
    <message>
        <source>Course files downloaded to this computer, so you can open them offline.</source>
        <translation>Arquivos de cursos baixados neste computador para você abri-los offline.</translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation>Mostrar no gerenciador de arquivos</translation>
    </message>
    <message>
        <source>Space used per course</source>
        <translation>Espaço usado por curso</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <source>Space used</source>
        <translation>Espaço usado</translation>
    </message>
    <message>
        <source>No course files are downloaded yet. Use “Make available offline” on a course page to keep its files on this computer.</source>
        <translation>Ainda não há arquivos de cursos baixados. Use “Disponibilizar offline” na página de um curso para manter os arquivos dele neste computador.</translation>
    </message>
    <message>
        <source>Remove all downloads…</source>
        <translation>Remover todos os downloads…</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Pasta: %1</translation>
    </message>
    <message>
        <source>%1 free on the disk</source>
        <translation>%1 livres no disco</translation>
    </message>
    <message>
        <source>The downloads could not be read from this computer.</source>
        <translation>Não foi possível ler os downloads neste computador.</translation>
    </message>
    <message>
        <source>In total: %1 in 1 file</source>
        <translation>No total: %1 em 1 arquivo</translation>
    </message>
    <message numerus="yes">
        <source>In total: %1 in %Ln files</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>No total: %1 em %Ln arquivo</numerusform>
            <numerusform>No total: %1 em %Ln arquivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Course %1</source>
        <translation>Curso %1</translation>
    </message>
    <message>
        <source>Remove downloads…</source>
        <translation>Remover downloads…</translation>
    </message>
    <message>
        <source>Remove the downloads of %1</source>
        <translation>Remover os downloads de %1</translation>
    </message>
    <message>
        <source>Remove all downloaded course files from this computer? Courses kept offline are no longer kept up to date. You can download them again later.</source>
        <translation>Remover deste computador todos os arquivos de cursos baixados? Os cursos disponíveis offline deixam de ser mantidos atualizados. Você pode baixá-los de novo depois.</translation>
    </message>
    <message>
        <source>Remove the downloaded files of “%1” from this computer? The course is no longer kept offline. You can download it again later.</source>
        <translation>Remover deste computador os arquivos baixados de “%1”? O curso deixa de estar disponível offline. Você pode baixá-lo de novo depois.</translation>
    </message>
    <message>
        <source>Remove downloads</source>
        <translation>Remover downloads</translation>
    </message>
    <message>
        <source>The downloads could not be removed.</source>
        <translation>Não foi possível remover os downloads.</translation>
    </message>
    <message>
        <source>No file manager could be started to show the folder.</source>
        <translation>Não foi possível iniciar um gerenciador de arquivos para mostrar a pasta.</translation>
    </message>
</context>
<context>
    <name>StudentDetailsDialog</name>
    <message>
        <source>Unknown learner</source>
        <translation>Estudante desconhecido</translation>
    </message>
    <message>
        <source>This learner could not be read from this computer</source>
        <translation>Não foi possível ler este estudante neste computador</translation>
    </message>
    <message>
        <source>%1 – Satchel</source>
        <translation>%1 – Satchel</translation>
    </message>
    <message>
        <source>Learner details</source>
        <translation>Detalhes do estudante</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>City/country</source>
        <translation>Cidade/país</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sem grupo</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Papéis</translation>
    </message>
    <message>
        <source>Last access</source>
        <translation>Último acesso</translation>
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
        <translation>Não está nesta turma neste computador. Sincronize para atualizar a turma.</translation>
    </message>
    <message>
        <source>Grade items of %1</source>
        <translation>Itens de nota de %1</translation>
    </message>
    <message>
        <source>No grade items for this learner yet.</source>
        <translation>Ainda não há itens de nota para este estudante.</translation>
    </message>
    <message>
        <source>Activity completion of %1</source>
        <translation>Conclusão de atividades de %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Conclusão</translation>
    </message>
    <message>
        <source>Grades and completion</source>
        <translation>Notas e conclusão</translation>
    </message>
    <message>
        <source>&amp;Grades</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Completion</source>
        <translation>&amp;Conclusão</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Course completion: could not be read from this computer</source>
        <translation>Conclusão do curso: não foi possível ler neste computador</translation>
    </message>
    <message>
        <source>Course completion: no completion criteria in this course</source>
        <translation>Conclusão do curso: este curso não tem critérios de conclusão</translation>
    </message>
    <message>
        <source>Course completion: completed</source>
        <translation>Conclusão do curso: concluído</translation>
    </message>
    <message>
        <source>Course completion: not completed yet</source>
        <translation>Conclusão do curso: ainda não concluído</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln criteria met</source>
        <translation>
            <numerusform>%L1 de %Ln critério atendido</numerusform>
            <numerusform>%L1 de %Ln critérios atendidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Course completion: unknown (not tracked, or not synced yet)</source>
        <translation>Conclusão do curso: desconhecida (sem acompanhamento ou ainda não sincronizada)</translation>
    </message>
    <message>
        <source>No activities with completion tracking.</source>
        <translation>Não há atividades com acompanhamento de conclusão.</translation>
    </message>
</context>
<context>
    <name>SubmissionMatrixModel</name>
    <message>
        <source>Learner</source>
        <translation>Estudante</translation>
    </message>
    <message>
        <source>Unnamed assignment</source>
        <translation>Tarefa sem nome</translation>
    </message>
    <message>
        <source>%L1 submitted (%L2 late), %L3 drafts, %L4 not submitted, %L5 to grade</source>
        <translation>%L1 enviados (%L2 atrasados), %L3 rascunhos, %L4 não enviados, %L5 a avaliar</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Handed in %1</source>
        <translation>Entregue em %1</translation>
    </message>
    <message>
        <source>Waiting for a grade</source>
        <translation>Aguardando nota</translation>
    </message>
    <message>
        <source>Grade: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Graded %1</source>
        <translation>Avaliado em %1</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 arquivo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln arquivo</numerusform>
            <numerusform>%Ln arquivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Prazo %1</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Class of %1</source>
        <translation>Turma de %1</translation>
    </message>
    <message>
        <source>Checking your account</source>
        <translation>Verificando sua conta</translation>
    </message>
    <message>
        <source>Sending changes made offline</source>
        <translation>Enviando as alterações feitas offline</translation>
    </message>
    <message>
        <source>The site did not accept this change.</source>
        <translation>O site não aceitou esta alteração.</translation>
    </message>
    <message>
        <source>The site&apos;s answer could not be understood.</source>
        <translation>Não foi possível entender a resposta do site.</translation>
    </message>
    <message>
        <source>Checking your courses</source>
        <translation>Verificando seus cursos</translation>
    </message>
    <message>
        <source>Some lists were not updated: %1</source>
        <translation>Algumas listas não foram atualizadas: %1</translation>
    </message>
    <message>
        <source>Some deadlines were not updated: %1</source>
        <translation>Alguns prazos não foram atualizados: %1</translation>
    </message>
    <message>
        <source>%1 was not updated: %2</source>
        <translation>%1 não foi atualizado: %2</translation>
    </message>
    <message>
        <source>Part of %1 is not available: %2</source>
        <translation>Parte de %1 não está disponível: %2</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progresso da sincronização</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Última sincronização</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Alterações aguardando envio</translation>
    </message>
    <message>
        <source>Changes not sent</source>
        <translation>Alterações não enviadas</translation>
    </message>
    <message>
        <source>Bring your offline copy up to date now</source>
        <translation>Atualizar agora sua cópia offline</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>há um minuto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>há %Ln minuto</numerusform>
            <numerusform>há %Ln minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>há uma hora</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours ago</source>
        <comment>n &gt;= 2</comment>
        <translation>
            <numerusform>há %Ln hora</numerusform>
            <numerusform>há %Ln horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing %L1 of %L2: %3</source>
        <translation>Sincronizando %L1 de %L2: %3</translation>
    </message>
    <message>
        <source>No offline data yet</source>
        <translation>Ainda não há dados offline</translation>
    </message>
    <message>
        <source>Demo: a copy recorded from a real Moodle site, no network</source>
        <translation>Demonstração: uma cópia gravada de um site Moodle real, sem rede</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline desde %1</translation>
    </message>
    <message>
        <source>Signed out by the site: sign in again to sync</source>
        <translation>O site encerrou a sessão: entre novamente para sincronizar</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ainda não sincronizado</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Gravado em %1</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Última sincronização %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <source>1 change waiting to be sent</source>
        <translation>1 alteração aguardando envio</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes waiting to be sent</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln alteração aguardando envio</numerusform>
            <numerusform>%Ln alterações aguardando envio</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change could not be sent</source>
        <translation>1 alteração não pôde ser enviada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes could not be sent</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln alteração não pôde ser enviada</numerusform>
            <numerusform>%Ln alterações não puderam ser enviadas</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change refused by the site</source>
        <translation>1 alteração recusada pelo site</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes refused by the site</source>
        <comment>n != 1</comment>
        <translation>
            <numerusform>%Ln alteração recusada pelo site</numerusform>
            <numerusform>%Ln alterações recusadas pelo site</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Atividade %1</translation>
    </message>
    <message>
        <source>“%1” marked as done</source>
        <translation>“%1” marcada como feita</translation>
    </message>
    <message>
        <source>“%1” marked as not done</source>
        <translation>“%1” marcada como não feita</translation>
    </message>
    <message>
        <source>Refused by the site: %1</source>
        <translation>Recusado pelo site: %1</translation>
    </message>
    <message>
        <source>Could not be sent: %1</source>
        <translation>Não foi possível enviar: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Send it at the next sync, which starts now</source>
        <translation>Enviar na próxima sincronização, que começa agora</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Give this change up: the activity shows what the site last said</source>
        <translation>Desistir desta alteração: a atividade mostra o que o site informou por último</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progresso do download</translation>
    </message>
    <message>
        <source>Downloading files: %L1 of %L2</source>
        <translation>Baixando arquivos: %L1 de %L2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel downloads</source>
        <translation>Cancelar downloads</translation>
    </message>
    <message>
        <source>Stop downloading: the files that came stay, the rest come at a later sync</source>
        <translation>Parar o download: os arquivos que chegaram ficam, o resto vem em uma sincronização posterior</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Satchel: your Moodle courses, offline.</source>
        <translation>Satchel: seus cursos do Moodle, offline.</translation>
    </message>
    <message>
        <source>Keep Satchel&apos;s files in &lt;dir&gt; (default: $SATCHEL_DATA_DIR, else the platform&apos;s application data folder).</source>
        <translation>Guardar os arquivos do Satchel em &lt;dir&gt; (padrão: $SATCHEL_DATA_DIR, senão a pasta de dados de aplicativos da plataforma).</translation>
    </message>
    <message>
        <source>Open the bundled demo account, without a network.</source>
        <translation>Abrir a conta de demonstração incluída, sem rede.</translation>
    </message>
    <message>
        <source>Open the bundled demo account of a teacher (her classes included), without a network.</source>
        <translation>Abrir a conta de demonstração incluída de uma professora (com as turmas dela), sem rede.</translation>
    </message>
    <message>
        <source>Save a picture of the first window to &lt;file&gt; (PNG) and exit.</source>
        <translation>Salvar uma imagem da primeira janela em &lt;file&gt; (PNG) e sair.</translation>
    </message>
    <message>
        <source>Show Satchel in language &lt;code&gt; (de, es, pt_BR…) for this run, whatever Settings say.</source>
        <translation>Mostrar o Satchel no idioma &lt;code&gt; (de, es, pt_BR…) nesta execução, independentemente das Configurações.</translation>
    </message>
    <message>
        <source>no such page: %1</source>
        <translation>página inexistente: %1</translation>
    </message>
    <message>
        <source>could not write the screenshot to %1</source>
        <translation>não foi possível gravar a captura de tela em %1</translation>
    </message>
    <message>
        <source>the demo account is missing from this build</source>
        <translation>esta compilação não inclui a conta de demonstração</translation>
    </message>
    <message>
        <source>cannot use the data folder: %1</source>
        <translation>não é possível usar a pasta de dados: %1</translation>
    </message>
    <message>
        <source>A moodlemobile://token=… sign-in link from your browser (passed on to the Satchel that is waiting for it).</source>
        <translation>Um link de acesso moodlemobile://token=… do navegador (repassado ao Satchel que está aguardando por ele).</translation>
    </message>
    <message>
        <source>no Satchel is waiting for this sign-in link. Open Satchel, press &quot;Sign in with your browser&quot; and sign in again: a link only works for the sign-in that asked for it.</source>
        <translation>nenhum Satchel está aguardando este link de acesso. Abra o Satchel, clique em “Entrar pelo navegador” e entre de novo: um link só vale para o acesso que o pediu.</translation>
    </message>
    <message>
        <source>With --screenshot: the page to show: home, courses, course:&lt;id&gt;, grades, grades:&lt;id&gt;, badges, class, class:&lt;id&gt;, class:&lt;id&gt;:attention|participants|grades|completion|submissions|attempts|competencies, storage, activity:&lt;cmid&gt; (a page or forum read inside Satchel), or search:&lt;text&gt; (the search&apos;s results).</source>
        <translation>Com --screenshot: a página a mostrar: home, courses, course:&lt;id&gt;, grades, grades:&lt;id&gt;, badges, class, class:&lt;id&gt;, class:&lt;id&gt;:attention|participants|grades|completion|submissions|attempts|competencies, storage, activity:&lt;cmid&gt; (uma página ou um fórum lidos dentro do Satchel) ou search:&lt;text&gt; (os resultados da pesquisa).</translation>
    </message>
</context>
</TS>
