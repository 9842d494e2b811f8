<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupPolicy</name>
    <message numerus="yes">
        <source>Keep between %1 and %n daily backup(s).</source>
        <translation><numerusform>Keep between %1 and %Ln daily backup.</numerusform><numerusform>Keep between %1 and %Ln daily backups.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Keep at most %n weekly backup(s).</source>
        <translation><numerusform>Keep at most %Ln weekly backup.</numerusform><numerusform>Keep at most %Ln weekly backups.</numerusform></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Added %n opportunit(y|ies). </source>
        <translation><numerusform>Added %Ln opportunity. </numerusform><numerusform>Added %Ln opportunities. </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n journal entr(y|ies)</source>
        <translation><numerusform>%Ln journal entry</numerusform><numerusform>%Ln journal entries</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation><numerusform>%Ln contact</numerusform><numerusform>%Ln contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entr(y|ies) to %1</source>
        <translation><numerusform>Exported %Ln entry to %1</numerusform><numerusform>Exported %Ln entries to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1</source>
        <translation><numerusform>Exported %Ln contact to %1</numerusform><numerusform>Exported %Ln contacts to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n opportunit(y|ies)</source>
        <translation><numerusform>%Ln opportunity</numerusform><numerusform>%Ln opportunities</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation><numerusform>%Ln reflection</numerusform><numerusform>%Ln reflections</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%Ln note</numerusform><numerusform>%Ln notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation><numerusform>%Ln follow-up</numerusform><numerusform>%Ln follow-ups</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n win(s)</source>
        <translation><numerusform>%Ln win</numerusform><numerusform>%Ln wins</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n activit(y|ies) from %1 to %2 to %3</source>
        <translation><numerusform>Wrote %Ln activity from %1 to %2 to %3</numerusform><numerusform>Wrote %Ln activities from %1 to %2 to %3</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n follow-up(s) to %1</source>
        <translation><numerusform>Exported %Ln follow-up to %1</numerusform><numerusform>Exported %Ln follow-ups to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>CliSync</name>
    <message numerus="yes">
        <source>%n record(s) synced</source>
        <translation><numerusform>%Ln record synced</numerusform><numerusform>%Ln records synced</numerusform></translation>
    </message>
</context>
<context>
    <name>DueNotice</name>
    <message numerus="yes">
        <source>%n follow-up(s) are due, starting with %1.</source>
        <translation><numerusform>%Ln follow-up are due, starting with %1.</numerusform><numerusform>%Ln follow-ups are due, starting with %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>LockFile</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%Ln minute</numerusform><numerusform>%Ln minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation><numerusform>%Ln hour</numerusform><numerusform>%Ln hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%Ln day</numerusform><numerusform>%Ln days</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message numerus="yes">
        <source>%n conflict(s) to look at</source>
        <translation><numerusform>%Ln conflict to look at</numerusform><numerusform>%Ln conflicts to look at</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) not carried out: edited on the other side</source>
        <translation><numerusform>%Ln deletion not carried out: edited on the other side</numerusform><numerusform>%Ln deletions not carried out: edited on the other side</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) on the server could not be read</source>
        <translation><numerusform>%Ln record on the server could not be read</numerusform><numerusform>%Ln records on the server could not be read</numerusform></translation>
    </message>
</context>
<context>
    <name>Wins</name>
    <message numerus="yes">
        <source>You passed %n round(s).</source>
        <translation><numerusform>You passed %Ln round.</numerusform><numerusform>You passed %Ln rounds.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>You met %n (person who now knows|people who now know) your work.</source>
        <translation><numerusform>You met %Ln person who now knows your work.</numerusform><numerusform>You met %Ln people who now know your work.</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::ActivityReportDialog</name>
    <message numerus="yes">
        <source>%n activit(y|ies) between %1 and %2.</source>
        <translation><numerusform>%Ln activity between %1 and %2.</numerusform><numerusform>%Ln activities between %1 and %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::ContactsView</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation><numerusform>%Ln contact</numerusform><numerusform>%Ln contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s) from %1.</source>
        <translation><numerusform>Imported %Ln contact from %1.</numerusform><numerusform>Imported %Ln contacts from %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Updated %n contact(s) from %1.</source>
        <translation><numerusform>Updated %Ln contact from %1.</numerusform><numerusform>Updated %Ln contacts from %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Filled in %n contact(s) you already had.</source>
        <translation><numerusform>Filled in %Ln contact you already had.</numerusform><numerusform>Filled in %Ln contacts you already had.</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::DataPreferences</name>
    <message numerus="yes">
        <source>%n backup(s), the newest from %1.</source>
        <translation><numerusform>%Ln backup, the newest from %1.</numerusform><numerusform>%Ln backups, the newest from %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>day(s), then one a week for</source>
        <translation><numerusform>day, then one a week for</numerusform><numerusform>days, then one a week for</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation><numerusform>week</numerusform><numerusform>weeks</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::DraftsPage</name>
    <message numerus="yes">
        <source>%1 of %n character(s)</source>
        <translation><numerusform>%1 of %Ln character</numerusform><numerusform>%1 of %Ln characters</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation><numerusform>%Ln character</numerusform><numerusform>%Ln characters</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This LinkedIn note is %n character(s); LinkedIn takes %1. Shorten it to go on.</source>
        <translation><numerusform>This LinkedIn note is %Ln character; LinkedIn takes %1. Shorten it to go on.</numerusform><numerusform>This LinkedIn note is %Ln characters; LinkedIn takes %1. Shorten it to go on.</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::DuePanel</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation><numerusform>%Ln day late</numerusform><numerusform>%Ln days late</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::EntryEditor</name>
    <message numerus="yes">
        <source>%n word(s) in this step</source>
        <translation><numerusform>%Ln word in this step</numerusform><numerusform>%Ln words in this step</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::FunnelBar</name>
    <message numerus="yes">
        <source> · %n final round(s), %1 ended as runner-up</source>
        <translation><numerusform> · %Ln final round, %1 ended as runner-up</numerusform><numerusform> · %Ln final rounds, %1 ended as runner-up</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::GoalPanel</name>
    <message numerus="yes">
        <source>Target: %1 to %n note(s) per work day.</source>
        <translation><numerusform>Target: %1 to %Ln note per work day.</numerusform><numerusform>Target: %1 to %Ln notes per work day.</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::ImportDialog</name>
    <message numerus="yes">
        <source>%n invitation(s) in “%1”.
The people Finalist knows become “invitation pending”.</source>
        <translation><numerusform>%Ln invitation in “%1”.
The people Finalist knows become “invitation pending”.</numerusform><numerusform>%Ln invitations in “%1”.
The people Finalist knows become “invitation pending”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is %2 of %n column(s).</source>
        <translation><numerusform>“%1” is %2 of %Ln column.</numerusform><numerusform>“%1” is %2 of %Ln columns.</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::LessonsView</name>
    <message numerus="yes">
        <source>%1 (%n lesson(s))</source>
        <translation><numerusform>%1 (%Ln lesson)</numerusform><numerusform>%1 (%Ln lessons)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n lesson(s)</source>
        <translation><numerusform>%1 · %Ln lesson</numerusform><numerusform>%1 · %Ln lessons</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::MainWindow</name>
    <message numerus="yes">
        <source>%n sync conflict(s) to look at</source>
        <translation><numerusform>%Ln sync conflict to look at</numerusform><numerusform>%Ln sync conflicts to look at</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::MomentumPanel</name>
    <message numerus="yes">
        <source>Target from today: %1 to %n letter(s) per work day.</source>
        <translation><numerusform>Target from today: %1 to %Ln letter per work day.</numerusform><numerusform>Target from today: %1 to %Ln letters per work day.</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::NetworkView</name>
    <message numerus="yes">
        <source>Arranging %n (person|people)…</source>
        <translation><numerusform>Arranging %Ln person…</numerusform><numerusform>Arranging %Ln people…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n (person|people)</source>
        <translation><numerusform>%Ln person</numerusform><numerusform>%Ln people</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::OpportunitiesView</name>
    <message numerus="yes">
        <source>%Ln process(es)</source>
        <translation><numerusform>%Ln process</numerusform><numerusform>%Ln processes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation><numerusform>%Ln round</numerusform><numerusform>%Ln rounds</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation><numerusform>%Ln follow-up</numerusform><numerusform>%Ln follow-ups</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::OpportunityListModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%Ln day</numerusform><numerusform>%Ln days</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::PipelinePanel</name>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation><numerusform>%Ln round</numerusform><numerusform>%Ln rounds</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n (person|people)</source>
        <translation><numerusform>%Ln person</numerusform><numerusform>%Ln people</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::PreferencesDialog</name>
    <message numerus="yes">
        <source>note(s) per work day</source>
        <translation><numerusform>note per work day</numerusform><numerusform>notes per work day</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::RadarPanel</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation><numerusform>in %Ln day</numerusform><numerusform>in %Ln days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>passed %n day(s) ago</source>
        <translation><numerusform>passed %Ln day ago</numerusform><numerusform>passed %Ln days ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Show all %n process(es)</source>
        <translation><numerusform>Show all %Ln process</numerusform><numerusform>Show all %Ln processes</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::SearchEverywhereDialog</name>
    <message numerus="yes">
        <source>%n match(es). Enter opens the highlighted one.</source>
        <translation><numerusform>%Ln match. Enter opens the highlighted one.</numerusform><numerusform>%Ln matches. Enter opens the highlighted one.</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::SyncPreferences</name>
    <message numerus="yes">
        <source>Connected: %n address book(s)</source>
        <translation><numerusform>Connected: %Ln address book</numerusform><numerusform>Connected: %Ln address books</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s).</source>
        <translation><numerusform>%Ln calendar.</numerusform><numerusform>%Ln calendars.</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::ThankYouChecklist</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%Ln day</numerusform><numerusform>%Ln days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Still to thank: %1 of the %n (person|people) you met here. Aim for a note within a day of the round; late is still far better than never.</source>
        <translation><numerusform>Still to thank: %1 of the %Ln person you met here. Aim for a note within a day of the round; late is still far better than never.</numerusform><numerusform>Still to thank: %1 of the %Ln people you met here. Aim for a note within a day of the round; late is still far better than never.</numerusform></translation>
    </message>
</context>
</TS>