<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupPolicy</name>
    <message numerus="yes">
        <source>Keep between %1 and %n daily backup(s).</source>
        <translation><numerusform>Keep between %1 and %n daily backup.</numerusform><numerusform>Keep between %1 and %n daily backups.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Keep at most %n weekly backup(s).</source>
        <translation><numerusform>Keep at most %n weekly backup.</numerusform><numerusform>Keep at most %n weekly backups.</numerusform></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Added %n opportunit(y|ies). </source>
        <translation><numerusform>Added %n opportunity. </numerusform><numerusform>Added %n opportunities. </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n journal entr(y|ies)</source>
        <translation><numerusform>%n journal entry</numerusform><numerusform>%n journal entries</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entr(y|ies) to %1</source>
        <translation><numerusform>Exported %n entry to %1</numerusform><numerusform>Exported %n entries to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1</source>
        <translation><numerusform>Exported %n contact to %1</numerusform><numerusform>Exported %n contacts to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n opportunit(y|ies)</source>
        <translation><numerusform>%n opportunity</numerusform><numerusform>%n opportunities</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation><numerusform>%n reflection</numerusform><numerusform>%n reflections</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation><numerusform>%n follow-up</numerusform><numerusform>%n follow-ups</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n win(s)</source>
        <translation><numerusform>%n win</numerusform><numerusform>%n wins</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n activit(y|ies) from %1 to %2 to %3</source>
        <translation><numerusform>Wrote %n activity from %1 to %2 to %3</numerusform><numerusform>Wrote %n activities from %1 to %2 to %3</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n follow-up(s) to %1</source>
        <translation><numerusform>Exported %n follow-up to %1</numerusform><numerusform>Exported %n follow-ups to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>CliSync</name>
    <message numerus="yes">
        <source>%n record(s) synced</source>
        <translation><numerusform>%n record synced</numerusform><numerusform>%n records synced</numerusform></translation>
    </message>
</context>
<context>
    <name>DueNotice</name>
    <message numerus="yes">
        <source>%n follow-up(s) are due, starting with %1.</source>
        <translation><numerusform>%n follow-up are due, starting with %1.</numerusform><numerusform>%n follow-ups are due, starting with %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>LockFile</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation><numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message numerus="yes">
        <source>%n conflict(s) to look at</source>
        <translation><numerusform>%n conflict to look at</numerusform><numerusform>%n conflicts to look at</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) not carried out: edited on the other side</source>
        <translation><numerusform>%n deletion not carried out: edited on the other side</numerusform><numerusform>%n deletions not carried out: edited on the other side</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) on the server could not be read</source>
        <translation><numerusform>%n record on the server could not be read</numerusform><numerusform>%n records on the server could not be read</numerusform></translation>
    </message>
</context>
<context>
    <name>Wins</name>
    <message numerus="yes">
        <source>You passed %n round(s).</source>
        <translation><numerusform>You passed %n round.</numerusform><numerusform>You passed %n rounds.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>You met %n (person who now knows|people who now know) your work.</source>
        <translation><numerusform>You met %n person who now knows your work.</numerusform><numerusform>You met %n people who now know your work.</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::ActivityReportDialog</name>
    <message numerus="yes">
        <source>%n activit(y|ies) between %1 and %2.</source>
        <translation><numerusform>%n activity between %1 and %2.</numerusform><numerusform>%n activities between %1 and %2.</numerusform></translation>
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
        <translation><numerusform>Imported %n contact from %1.</numerusform><numerusform>Imported %n contacts from %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Updated %n contact(s) from %1.</source>
        <translation><numerusform>Updated %n contact from %1.</numerusform><numerusform>Updated %n contacts from %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Filled in %n contact(s) you already had.</source>
        <translation><numerusform>Filled in %n contact you already had.</numerusform><numerusform>Filled in %n contacts you already had.</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::DataPreferences</name>
    <message numerus="yes">
        <source>%n backup(s), the newest from %1.</source>
        <translation><numerusform>%n backup, the newest from %1.</numerusform><numerusform>%n backups, the newest from %1.</numerusform></translation>
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
        <translation><numerusform>%1 of %n character</numerusform><numerusform>%1 of %n characters</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation><numerusform>%n character</numerusform><numerusform>%n characters</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This LinkedIn note is %n character(s); LinkedIn takes %1. Shorten it to go on.</source>
        <translation><numerusform>This LinkedIn note is %n character; LinkedIn takes %1. Shorten it to go on.</numerusform><numerusform>This LinkedIn note is %n characters; LinkedIn takes %1. Shorten it to go on.</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::DuePanel</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation><numerusform>%n day late</numerusform><numerusform>%n days late</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::EntryEditor</name>
    <message numerus="yes">
        <source>%n word(s) in this step</source>
        <translation><numerusform>%n word in this step</numerusform><numerusform>%n words in this step</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::FunnelBar</name>
    <message numerus="yes">
        <source> · %n final round(s), %1 ended as runner-up</source>
        <translation><numerusform> · %n final round, %1 ended as runner-up</numerusform><numerusform> · %n final rounds, %1 ended as runner-up</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::GoalPanel</name>
    <message numerus="yes">
        <source>Target: %1 to %n note(s) per work day.</source>
        <translation><numerusform>Target: %1 to %n note per work day.</numerusform><numerusform>Target: %1 to %n notes per work day.</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::ImportDialog</name>
    <message numerus="yes">
        <source>%n invitation(s) in “%1”.
The people Finalist knows become “invitation pending”.</source>
        <translation><numerusform>%n invitation in “%1”.
The people Finalist knows become “invitation pending”.</numerusform><numerusform>%n invitations in “%1”.
The people Finalist knows become “invitation pending”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is %2 of %n column(s).</source>
        <translation><numerusform>“%1” is %2 of %n column.</numerusform><numerusform>“%1” is %2 of %n columns.</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::LessonsView</name>
    <message numerus="yes">
        <source>%1 (%n lesson(s))</source>
        <translation><numerusform>%1 (%n lesson)</numerusform><numerusform>%1 (%n lessons)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n lesson(s)</source>
        <translation><numerusform>%1 · %n lesson</numerusform><numerusform>%1 · %n lessons</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::MainWindow</name>
    <message numerus="yes">
        <source>%n sync conflict(s) to look at</source>
        <translation><numerusform>%n sync conflict to look at</numerusform><numerusform>%n sync conflicts to look at</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::MomentumPanel</name>
    <message numerus="yes">
        <source>Target from today: %1 to %n letter(s) per work day.</source>
        <translation><numerusform>Target from today: %1 to %n letter per work day.</numerusform><numerusform>Target from today: %1 to %n letters per work day.</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::NetworkView</name>
    <message numerus="yes">
        <source>Arranging %n (person|people)…</source>
        <translation><numerusform>Arranging %n person…</numerusform><numerusform>Arranging %n people…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n (person|people)</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
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
        <translation><numerusform>%n round</numerusform><numerusform>%n rounds</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation><numerusform>%n follow-up</numerusform><numerusform>%n follow-ups</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::OpportunityListModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::PipelinePanel</name>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation><numerusform>%n round</numerusform><numerusform>%n rounds</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n (person|people)</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
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
        <translation><numerusform>in %n day</numerusform><numerusform>in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>passed %n day(s) ago</source>
        <translation><numerusform>passed %n day ago</numerusform><numerusform>passed %n days ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Show all %n process(es)</source>
        <translation><numerusform>Show all %n process</numerusform><numerusform>Show all %n processes</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::SearchEverywhereDialog</name>
    <message numerus="yes">
        <source>%n match(es). Enter opens the highlighted one.</source>
        <translation><numerusform>%n match. Enter opens the highlighted one.</numerusform><numerusform>%n matches. Enter opens the highlighted one.</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::SyncPreferences</name>
    <message numerus="yes">
        <source>Connected: %n address book(s)</source>
        <translation><numerusform>Connected: %n address book</numerusform><numerusform>Connected: %n address books</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s).</source>
        <translation><numerusform>%n calendar.</numerusform><numerusform>%n calendars.</numerusform></translation>
    </message>
</context>
<context>
    <name>finalist::ThankYouChecklist</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Still to thank: %1 of the %n (person|people) you met here. Aim for a note within a day of the round; late is still far better than never.</source>
        <translation><numerusform>Still to thank: %1 of the %n person you met here. Aim for a note within a day of the round; late is still far better than never.</numerusform><numerusform>Still to thank: %1 of the %n people you met here. Aim for a note within a day of the round; late is still far better than never.</numerusform></translation>
    </message>
</context>
</TS>