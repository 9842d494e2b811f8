<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActivityReport</name>
    <message>
        <source>Note sent</source>
        <translation>Nachricht gesendet</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Interview round</source>
        <translation>Vorstellungsgespräch</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Art der Kontaktaufnahme</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>BackupPolicy</name>
    <message numerus="yes">
        <source>Keep between %1 and %n daily backup(s).</source>
        <translation>
            <numerusform>Bewahren Sie %1 bis %Ln tägliche Sicherung auf.</numerusform>
            <numerusform>Bewahren Sie %1 bis %Ln tägliche Sicherungen auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep at most %n weekly backup(s).</source>
        <translation>
            <numerusform>Bewahren Sie höchstens %Ln wöchentliche Sicherung auf.</numerusform>
            <numerusform>Bewahren Sie höchstens %Ln wöchentliche Sicherungen auf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>Der Ordner „%1“ konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The backup failed its check and was discarded.</source>
        <translation>Die Sicherung hat ihre Prüfung nicht bestanden und wurde verworfen.</translation>
    </message>
    <message>
        <source>The backup could not be saved as “%1”.</source>
        <translation>Die Sicherung konnte nicht als „%1“ gespeichert werden.</translation>
    </message>
    <message>
        <source>The file “%1” could not be kept aside; nothing was changed.</source>
        <translation>Die Datei „%1“ konnte nicht beiseitegelegt werden; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The backups folder “%1” could not be created.</source>
        <translation>Der Sicherungsordner „%1“ konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>No backup passed its check.</source>
        <translation>Keine Sicherung hat ihre Prüfung bestanden.</translation>
    </message>
    <message>
        <source>“%1” could not be moved to the backups folder.</source>
        <translation>„%1“ konnte nicht in den Sicherungsordner verschoben werden.</translation>
    </message>
    <message>
        <source>The file “%1” could not be created.</source>
        <translation>Die Datei „%1“ konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The file “%1” could not be read.</source>
        <translation>Die Datei „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file “%1” could not be written.</source>
        <translation>Die Datei „%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The copy could not be written in full (is the disk full?).</source>
        <translation>Die Kopie konnte nicht vollständig geschrieben werden (ist der Datenträger voll?).</translation>
    </message>
    <message>
        <source>The copy could not be saved to the disk.</source>
        <translation>Die Kopie konnte nicht auf dem Datenträger gespeichert werden.</translation>
    </message>
    <message>
        <source>“%1” is not a Finalist database (it is not an SQLite file at all).</source>
        <translation>„%1“ ist keine Finalist-Datenbank (es ist überhaupt keine SQLite-Datei).</translation>
    </message>
    <message>
        <source>The backup could not take the place of “%1”. The database is as it was.</source>
        <translation>Die Sicherung konnte nicht an die Stelle von „%1“ treten. Die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the database. Nothing was changed.</source>
        <translation>Die Sicherung konnte nicht neben die Datenbank kopiert werden. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>No checked copy of the backup was waiting.</source>
        <translation>Es lag keine geprüfte Kopie der Sicherung bereit.</translation>
    </message>
    <message>
        <source>The disk did not confirm the restore&apos;s first step.</source>
        <translation>Der Datenträger hat den ersten Schritt der Wiederherstellung nicht bestätigt.</translation>
    </message>
    <message>
        <source>An interrupted restore could not be finished.</source>
        <translation>Eine unterbrochene Wiederherstellung konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Restoring a backup into “%1” was interrupted, and finishing it needs to write in the database&apos;s folder. Make the folder writable and open the file again.</source>
        <translation>Das Wiederherstellen einer Sicherung in „%1“ wurde unterbrochen. Um es abzuschließen, muss Finalist in den Ordner der Datenbank schreiben können. Erteilen Sie Schreibrechte für den Ordner und öffnen Sie die Datei erneut.</translation>
    </message>
</context>
<context>
    <name>BuiltinTemplates</name>
    <message>
        <source>Thank-you after an interview (warm)</source>
        <translation>Dank nach dem Gespräch (herzlich)</translation>
    </message>
    <message>
        <source>Thank you for today</source>
        <translation>Danke für heute</translation>
    </message>
    <message>
        <source>Hi {{contact.first_name}},

Thank you for making time for me today. I came away with a much clearer picture of the {{opportunity.role}} role and of the people at {{opportunity.company}}.
{{#topic}}
I keep thinking about what we said about {{topic}}.
{{/topic}}
Whatever comes next, I enjoyed the conversation.

All the best,
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}
</source>
        <translation>Hallo {{contact.first_name}},

vielen Dank, dass Sie sich heute Zeit für mich genommen haben. Ich habe jetzt ein viel klareres Bild von der Stelle als {{opportunity.role}} und von den Menschen bei {{opportunity.company}}.
{{#topic}}
Unser Gespräch über {{topic}} geht mir noch nach.
{{/topic}}
Wie auch immer Ihre Entscheidung ausfällt: Der Austausch mit Ihnen hat mir große Freude gemacht.

Herzliche Grüße
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}
</translation>
    </message>
    <message>
        <source>Thank-you after an interview (formal)</source>
        <translation>Dank nach dem Gespräch (förmlich)</translation>
    </message>
    <message>
        <source>Thank you for the interview</source>
        <translation>Vielen Dank für das Vorstellungsgespräch</translation>
    </message>
    <message>
        <source>Dear {{contact.name}},

Thank you for the interview for the {{opportunity.role}} position at {{opportunity.company}}. I appreciated the time you gave and the care with which you described the team&apos;s work.
{{#topic}}
Our discussion of {{topic}} was especially useful to me.
{{/topic}}
Kind regards,
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{me.name}}{{#me.phone}}
{{me.phone}}{{/me.phone}}{{#me.linkedin}}
{{me.linkedin}}{{/me.linkedin}}{{/me.signature}}
</source>
        <translation>Guten Tag {{contact.name}},

vielen Dank für das Vorstellungsgespräch für die Position als {{opportunity.role}} bei {{opportunity.company}}. Ich weiß es sehr zu schätzen, dass Sie sich so viel Zeit genommen und die Arbeit Ihres Teams so sorgfältig geschildert haben.
{{#topic}}
Besonders aufschlussreich war für mich unser Austausch über {{topic}}.
{{/topic}}
Mit freundlichen Grüßen
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{me.name}}{{#me.phone}}
{{me.phone}}{{/me.phone}}{{#me.linkedin}}
{{me.linkedin}}{{/me.linkedin}}{{/me.signature}}
</translation>
    </message>
    <message>
        <source>Thank-you after an interview (brief)</source>
        <translation>Dank nach dem Gespräch (kurz)</translation>
    </message>
    <message>
        <source>Thanks for your time</source>
        <translation>Danke für Ihre Zeit</translation>
    </message>
    <message>
        <source>Hi {{contact.first_name}},

Thanks for today&apos;s conversation about the {{opportunity.role}} role. I enjoyed it{{#topic}}, the part about {{topic}} most of all{{/topic}}.

Best,
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}
</source>
        <translation>Hallo {{contact.first_name}},

danke für das heutige Gespräch über die Stelle als {{opportunity.role}}. Ich habe es sehr genossen{{#topic}}, vor allem den Teil über {{topic}}{{/topic}}.

Viele Grüße
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}
</translation>
    </message>
    <message>
        <source>Reply to a rejection (warm)</source>
        <translation>Antwort auf eine Absage (herzlich)</translation>
    </message>
    <message>
        <source>Thank you, and a small request</source>
        <translation>Vielen Dank – und eine kleine Bitte</translation>
    </message>
    <message>
        <source>Hi {{contact.first_name}},

Thank you for letting me know, and for telling me yourself. Of course I hoped for a different answer, but I am glad I got to know the team at {{opportunity.company}}.
{{#topic}}
Our conversation about {{topic}} is one I will carry with me into whatever comes next.
{{/topic}}{{#praise}}
It meant a lot to hear that {{praise}}.
{{/praise}}{{#ask_feedback}}
If you have a few minutes, I would be grateful to hear what would have made the difference. I would like to grow from this.
{{/ask_feedback}}{{#stay_on_radar}}
I would love to stay on your radar: if the role opens again, or something close to it, please think of me.{{#other_roles}} I would welcome other roles in the team too.{{/other_roles}}{{#contract_work}} I am also open to contract work.{{/contract_work}}
{{/stay_on_radar}}
With thanks,
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}
</source>
        <translation>Hallo {{contact.first_name}},

vielen Dank für Ihre Nachricht – und dafür, dass Sie es mir persönlich gesagt haben. Natürlich hatte ich auf eine andere Antwort gehofft, aber ich freue mich, das Team bei {{opportunity.company}} kennengelernt zu haben.
{{#topic}}
Unser Gespräch über {{topic}} nehme ich auf meinen weiteren Weg mit.
{{/topic}}{{#praise}}
Ihre anerkennenden Worte haben mir viel bedeutet: {{praise}}.
{{/praise}}{{#ask_feedback}}
Wenn Sie ein paar Minuten erübrigen können, wäre ich Ihnen für einen kurzen Hinweis dankbar, was den Unterschied gemacht hätte. Ich möchte gern daraus lernen.
{{/ask_feedback}}{{#stay_on_radar}}
Ich würde mich sehr freuen, auf Ihrem Radar zu bleiben: Falls die Stelle wieder frei wird oder sich etwas Ähnliches ergibt, denken Sie gern an mich.{{#other_roles}} Auch andere Aufgaben in Ihrem Team würden mich interessieren.{{/other_roles}}{{#contract_work}} Ebenso bin ich offen für eine freie Mitarbeit auf Projektbasis.{{/contract_work}}
{{/stay_on_radar}}
Herzliche Grüße und vielen Dank
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}
</translation>
    </message>
    <message>
        <source>Reply to a rejection (formal)</source>
        <translation>Antwort auf eine Absage (förmlich)</translation>
    </message>
    <message>
        <source>Re: the {{opportunity.role}} position</source>
        <translation>Ihre Entscheidung zur Position als {{opportunity.role}}</translation>
    </message>
    <message>
        <source>Dear {{contact.name}},

Thank you for informing me of your decision regarding the {{opportunity.role}} position. I respect it, and I am grateful for the consideration {{opportunity.company}} gave my application.
{{#topic}}
I particularly valued our discussion of {{topic}}, and I will take what I learned from it into my future work.
{{/topic}}{{#ask_feedback}}
Should you be willing, I would value any feedback on how I could have been a stronger candidate.
{{/ask_feedback}}{{#stay_on_radar}}
I remain very interested in {{opportunity.company}} and would appreciate being considered for future openings.{{#other_roles}} I would be glad to hear about related positions as well.{{/other_roles}}{{#contract_work}} I am also available for contract engagements.{{/contract_work}}
{{/stay_on_radar}}
Yours sincerely,
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{me.name}}{{#me.phone}}
{{me.phone}}{{/me.phone}}{{#me.linkedin}}
{{me.linkedin}}{{/me.linkedin}}{{/me.signature}}
</source>
        <translation>Guten Tag {{contact.name}},

vielen Dank, dass Sie mich über Ihre Entscheidung zur Position als {{opportunity.role}} informiert haben. Ich respektiere sie und danke Ihnen für die Aufmerksamkeit, die {{opportunity.company}} meiner Bewerbung gewidmet hat.
{{#topic}}
Besonders geschätzt habe ich unseren Austausch über {{topic}}; die Erkenntnisse daraus werde ich in meine künftige Arbeit einbringen.
{{/topic}}{{#ask_feedback}}
Sofern Sie dazu bereit sind, wäre ich Ihnen für eine Rückmeldung dankbar, in welchen Punkten meine Bewerbung hätte überzeugender sein können.
{{/ask_feedback}}{{#stay_on_radar}}
Ich interessiere mich weiterhin sehr für {{opportunity.company}} und würde mich freuen, bei künftigen Stellenbesetzungen berücksichtigt zu werden.{{#other_roles}} Über Hinweise auf verwandte Positionen würde ich mich ebenfalls freuen.{{/other_roles}}{{#contract_work}} Auch für eine projektbezogene Zusammenarbeit stehe ich gern zur Verfügung.{{/contract_work}}
{{/stay_on_radar}}
Mit freundlichen Grüßen
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{me.name}}{{#me.phone}}
{{me.phone}}{{/me.phone}}{{#me.linkedin}}
{{me.linkedin}}{{/me.linkedin}}{{/me.signature}}
</translation>
    </message>
    <message>
        <source>Reply to a rejection (brief)</source>
        <translation>Antwort auf eine Absage (kurz)</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Vielen Dank</translation>
    </message>
    <message>
        <source>Hi {{contact.first_name}},

Thanks for letting me know. I enjoyed the process{{#topic}}, not least our talk about {{topic}}{{/topic}}.{{#ask_feedback}} Any feedback would help me a lot.{{/ask_feedback}}{{#stay_on_radar}} Please keep me in mind for future roles.{{/stay_on_radar}}

Best,
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}
</source>
        <translation>Hallo {{contact.first_name}},

danke für Ihre Rückmeldung. Die Gespräche mit Ihnen haben mir Freude gemacht{{#topic}}, nicht zuletzt der Austausch über {{topic}}{{/topic}}.{{#ask_feedback}} Ein kurzes Feedback würde mir sehr helfen.{{/ask_feedback}}{{#stay_on_radar}} Denken Sie gern an mich, wenn wieder etwas Passendes frei wird.{{/stay_on_radar}}

Viele Grüße
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}
</translation>
    </message>
    <message>
        <source>Feedback request (warm)</source>
        <translation>Bitte um Feedback (herzlich)</translation>
    </message>
    <message>
        <source>Could I ask for your view?</source>
        <translation>Darf ich Sie um Ihre Einschätzung bitten?</translation>
    </message>
    <message>
        <source>Hi {{contact.first_name}},

I heard that {{opportunity.company}} chose another candidate for the {{opportunity.role}} role. Thank you again for the time you spent with me.{{#topic}} Our conversation about {{topic}} was a highlight of the whole process for me.{{/topic}}

Would you share, in a line or two, what would have made me the stronger choice? I am asking to learn, not to argue, and anything you say stays with me.

Thank you,
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}
</source>
        <translation>Hallo {{contact.first_name}},

ich habe erfahren, dass {{opportunity.company}} die Stelle als {{opportunity.role}} an jemand anderen vergeben hat. Noch einmal vielen Dank für die Zeit, die Sie sich für mich genommen haben.{{#topic}} Unser Gespräch über {{topic}} war für mich ein Höhepunkt des ganzen Verfahrens.{{/topic}}

Würden Sie mir in ein, zwei Sätzen sagen, was mich zur besseren Wahl gemacht hätte? Ich frage, um daraus zu lernen, nicht um zu diskutieren – und was Sie mir sagen, bleibt selbstverständlich unter uns.

Vielen Dank und herzliche Grüße
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}
</translation>
    </message>
    <message>
        <source>Feedback request (formal)</source>
        <translation>Bitte um Feedback (förmlich)</translation>
    </message>
    <message>
        <source>A request for feedback</source>
        <translation>Bitte um Feedback</translation>
    </message>
    <message>
        <source>Dear {{contact.name}},

Thank you for your part in my interviews for the {{opportunity.role}} position{{#topic}}, and in particular for our discussion of {{topic}}{{/topic}}. I understand another candidate was selected.

If your time permits, I would be grateful for your assessment of the areas in which I could improve.

Kind regards,
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{me.name}}{{#me.phone}}
{{me.phone}}{{/me.phone}}{{#me.linkedin}}
{{me.linkedin}}{{/me.linkedin}}{{/me.signature}}
</source>
        <translation>Guten Tag {{contact.name}},

vielen Dank für Ihre Mitwirkung an meinen Vorstellungsgesprächen für die Position als {{opportunity.role}}{{#topic}} und insbesondere für unseren Austausch über {{topic}}{{/topic}}. Wie ich erfahren habe, ist die Wahl auf eine andere Person gefallen.

Sofern es Ihre Zeit erlaubt, wäre ich Ihnen für Ihre Einschätzung dankbar, in welchen Bereichen ich mich noch verbessern kann.

Mit freundlichen Grüßen
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{me.name}}{{#me.phone}}
{{me.phone}}{{/me.phone}}{{#me.linkedin}}
{{me.linkedin}}{{/me.linkedin}}{{/me.signature}}
</translation>
    </message>
    <message>
        <source>Feedback request (brief)</source>
        <translation>Bitte um Feedback (kurz)</translation>
    </message>
    <message>
        <source>One question</source>
        <translation>Eine kurze Frage</translation>
    </message>
    <message>
        <source>Hi {{contact.first_name}},

Thanks again for the {{opportunity.role}} interviews{{#topic}}, and for the talk about {{topic}}{{/topic}}. What one thing would have made the difference for me? A single line would help.

Thanks,
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}
</source>
        <translation>Hallo {{contact.first_name}},

nochmals danke für die Gespräche zur Stelle als {{opportunity.role}}{{#topic}} und für den Austausch über {{topic}}{{/topic}}. Was hätte bei mir den Unterschied gemacht? Schon ein Satz würde mir helfen.

Danke und viele Grüße
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}
</translation>
    </message>
    <message>
        <source>Staying on the radar (warm)</source>
        <translation>Auf dem Radar bleiben (herzlich)</translation>
    </message>
    <message>
        <source>Keeping in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <source>Hi {{contact.first_name}},

It was a pleasure to meet you during the {{opportunity.role}} interviews. The role went to someone else, but I left with real respect for the team at {{opportunity.company}}.{{#topic}} Our conversation about {{topic}} is one I would happily pick up again.{{/topic}}

If something opens that fits what I do, I would be glad to hear from you.{{#contract_work}} That includes contract work.{{/contract_work}}

Warm regards,
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}
</source>
        <translation>Hallo {{contact.first_name}},

es war schön, Sie in den Gesprächen für die Stelle als {{opportunity.role}} kennenzulernen. Auch wenn die Wahl auf jemand anderen gefallen ist, hat mich das Team bei {{opportunity.company}} sehr beeindruckt.{{#topic}} An unser Gespräch über {{topic}} würde ich gern wieder anknüpfen.{{/topic}}

Wenn sich etwas ergibt, das zu mir passt, würde ich mich freuen, von Ihnen zu hören.{{#contract_work}} Das gilt auch für eine freie Mitarbeit auf Projektbasis.{{/contract_work}}

Herzliche Grüße
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}
</translation>
    </message>
    <message>
        <source>Staying on the radar (formal)</source>
        <translation>Auf dem Radar bleiben (förmlich)</translation>
    </message>
    <message>
        <source>Future opportunities at {{opportunity.company}}</source>
        <translation>Künftige Möglichkeiten bei {{opportunity.company}}</translation>
    </message>
    <message>
        <source>Dear {{contact.name}},

Thank you for meeting me during the selection for the {{opportunity.role}} position. Although I was not selected, my interest in {{opportunity.company}} is undiminished, and I would welcome being contacted about future openings.{{#topic}} I would also be glad to continue our discussion of {{topic}} at any time.{{/topic}}

Yours sincerely,
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{me.name}}{{#me.phone}}
{{me.phone}}{{/me.phone}}{{#me.linkedin}}
{{me.linkedin}}{{/me.linkedin}}{{/me.signature}}
</source>
        <translation>Guten Tag {{contact.name}},

vielen Dank für das Gespräch im Rahmen des Auswahlverfahrens für die Position als {{opportunity.role}}. Auch wenn ich nicht ausgewählt wurde, ist mein Interesse an {{opportunity.company}} ungebrochen, und ich würde mich freuen, bei künftigen Stellenbesetzungen kontaktiert zu werden.{{#topic}} Unseren Austausch über {{topic}} setze ich zudem jederzeit gern fort.{{/topic}}

Mit freundlichen Grüßen
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{me.name}}{{#me.phone}}
{{me.phone}}{{/me.phone}}{{#me.linkedin}}
{{me.linkedin}}{{/me.linkedin}}{{/me.signature}}
</translation>
    </message>
    <message>
        <source>Staying on the radar (brief)</source>
        <translation>Auf dem Radar bleiben (kurz)</translation>
    </message>
    <message>
        <source>Let&apos;s stay in touch</source>
        <translation>Bleiben wir in Kontakt</translation>
    </message>
    <message>
        <source>Hi {{contact.first_name}},

Good to have met you{{#topic}}, and thanks for the conversation about {{topic}}{{/topic}}. If a role like {{opportunity.role}} opens at {{opportunity.company}} again, I would love to hear about it.

Best,
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}
</source>
        <translation>Hallo {{contact.first_name}},

schön, Sie kennengelernt zu haben{{#topic}}, und danke für das Gespräch über {{topic}}{{/topic}}. Falls bei {{opportunity.company}} wieder eine Stelle als {{opportunity.role}} oder etwas Ähnliches frei wird, freue ich mich über eine Nachricht.

Viele Grüße
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}
</translation>
    </message>
    <message>
        <source>Ninety-day check-in (warm)</source>
        <translation>Nachfassen nach 90 Tagen (herzlich)</translation>
    </message>
    <message>
        <source>Checking in</source>
        <translation>Ich melde mich mal wieder</translation>
    </message>
    <message>
        <source>Hi {{contact.first_name}},

A few months have passed since we talked about the {{opportunity.role}} role, and I wanted to say hello. I hope the team is doing well.

I am still very interested in {{opportunity.company}}. If anything changes, or a new need comes up, I would be happy to talk.

All the best,
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}
</source>
        <translation>Hallo {{contact.first_name}},

seit unserem Gespräch über die Stelle als {{opportunity.role}} sind einige Monate vergangen, und ich wollte mich einfach einmal melden. Ich hoffe, im Team läuft alles gut.

Mein Interesse an {{opportunity.company}} ist nach wie vor groß. Falls sich etwas ändert oder ein neuer Bedarf entsteht, würde ich mich über ein Gespräch freuen.

Herzliche Grüße
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}
</translation>
    </message>
    <message>
        <source>Ninety-day check-in (formal)</source>
        <translation>Nachfassen nach 90 Tagen (förmlich)</translation>
    </message>
    <message>
        <source>Following up</source>
        <translation>Erneute Kontaktaufnahme</translation>
    </message>
    <message>
        <source>Dear {{contact.name}},

I am writing to renew my interest in {{opportunity.company}}, some months after my interviews for the {{opportunity.role}} position. Should your needs have changed, I would be pleased to resume our conversation.

Kind regards,
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{me.name}}{{#me.phone}}
{{me.phone}}{{/me.phone}}{{#me.linkedin}}
{{me.linkedin}}{{/me.linkedin}}{{/me.signature}}
</source>
        <translation>Guten Tag {{contact.name}},

einige Monate nach meinen Vorstellungsgesprächen für die Position als {{opportunity.role}} möchte ich mein Interesse an {{opportunity.company}} gern bekräftigen. Sollte sich Ihr Bedarf verändert haben, würde ich mich freuen, unser Gespräch wieder aufzunehmen.

Mit freundlichen Grüßen
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{me.name}}{{#me.phone}}
{{me.phone}}{{/me.phone}}{{#me.linkedin}}
{{me.linkedin}}{{/me.linkedin}}{{/me.signature}}
</translation>
    </message>
    <message>
        <source>Ninety-day check-in (brief)</source>
        <translation>Nachfassen nach 90 Tagen (kurz)</translation>
    </message>
    <message>
        <source>Quick hello</source>
        <translation>Kurzer Gruß</translation>
    </message>
    <message>
        <source>Hi {{contact.first_name}},

Just checking in. If the {{opportunity.role}} team needs someone, I am still keen.

Best,
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}
</source>
        <translation>Hallo {{contact.first_name}},

ich melde mich kurz: Falls Sie wieder jemanden als {{opportunity.role}} suchen – ich bin nach wie vor interessiert.

Viele Grüße
{{#me.signature}}{{me.signature}}{{/me.signature}}{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}
</translation>
    </message>
    <message>
        <source>LinkedIn note (warm)</source>
        <translation>LinkedIn-Nachricht (herzlich)</translation>
    </message>
    <message>
        <source>Hi {{contact.first_name}}, I enjoyed meeting you in the {{opportunity.company}} interviews{{#topic}}, and our talk about {{topic}}{{/topic}}. I would be glad to stay connected; would you send me an invitation?
— {{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}</source>
        <translation>Hallo {{contact.first_name}}, schön, Sie in den Vorstellungsgesprächen bei {{opportunity.company}} kennengelernt zu haben{{#topic}} – besonders unser Austausch über {{topic}} hat mir gefallen{{/topic}}. Ich würde gern in Kontakt bleiben: Würden Sie mir eine Einladung schicken?
— {{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}</translation>
    </message>
    <message>
        <source>LinkedIn note (formal)</source>
        <translation>LinkedIn-Nachricht (förmlich)</translation>
    </message>
    <message>
        <source>Dear {{contact.name}}, thank you for the interview at {{opportunity.company}}{{#topic}} and our discussion of {{topic}}{{/topic}}. I would value staying in contact here, and would welcome your invitation to connect.
— {{me.name}}</source>
        <translation>Guten Tag {{contact.name}}, vielen Dank für das Gespräch bei {{opportunity.company}}{{#topic}} und den Austausch über {{topic}}{{/topic}}. Ich würde gern auf diesem Weg in Kontakt bleiben und freue mich über Ihre Einladung zur Vernetzung.
— {{me.name}}</translation>
    </message>
    <message>
        <source>LinkedIn note (brief)</source>
        <translation>LinkedIn-Nachricht (kurz)</translation>
    </message>
    <message>
        <source>Hi {{contact.first_name}}, good to meet you at {{opportunity.company}}{{#topic}}; I enjoyed our talk about {{topic}}{{/topic}}. Shall we connect?
— {{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}</source>
        <translation>Hallo {{contact.first_name}}, schön, Sie bei {{opportunity.company}} kennengelernt zu haben{{#topic}} – unser Gespräch über {{topic}} hat mir gefallen{{/topic}}. Wollen wir uns vernetzen?
— {{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}</translation>
    </message>
    <message>
        <source>Phone-call script (warm)</source>
        <translation>Leitfaden für den Anruf (herzlich)</translation>
    </message>
    <message>
        <source>• Thank {{contact.first_name}} for the call and for the whole process.
• Say you are disappointed, and that you understand.
{{#praise}}• Mention what they praised: {{praise}}.
{{/praise}}{{#topic}}• Tell them how much you enjoyed talking about {{topic}}.
{{/topic}}{{#ask_feedback}}• Ask: what would have made the difference?
• Listen; write it down; do not argue.
{{#me.email}}• If they would rather put it in writing, give your email address: {{me.email}}.
{{/me.email}}{{/ask_feedback}}{{#stay_on_radar}}• Ask to be kept in mind if the role opens again.
{{/stay_on_radar}}• End warmly: you enjoyed meeting the team at {{opportunity.company}}.
</source>
        <translation>• {{contact.first_name}} für den Anruf und das gesamte Verfahren danken.
• Sagen, dass Sie enttäuscht sind – und dass Sie die Entscheidung verstehen.
{{#praise}}• Das Lob erwähnen, das Sie bekommen haben: {{praise}}.
{{/praise}}{{#topic}}• Sagen, wie sehr Ihnen das Gespräch über {{topic}} gefallen hat.
{{/topic}}{{#ask_feedback}}• Fragen: Was hätte den Unterschied gemacht?
• Zuhören, mitschreiben, nicht diskutieren.
{{#me.email}}• Falls eine schriftliche Antwort lieber ist, Ihre E-Mail-Adresse nennen: {{me.email}}.
{{/me.email}}{{/ask_feedback}}{{#stay_on_radar}}• Darum bitten, an Sie zu denken, falls die Stelle wieder frei wird.
{{/stay_on_radar}}• Herzlich abschließen: Es war schön, das Team bei {{opportunity.company}} kennenzulernen.
</translation>
    </message>
    <message>
        <source>Phone-call script (formal)</source>
        <translation>Leitfaden für den Anruf (förmlich)</translation>
    </message>
    <message>
        <source>• Thank {{contact.name}} for informing you personally.
• Acknowledge the decision on the {{opportunity.role}} position.
{{#topic}}• Say that you valued the discussion of {{topic}}.
{{/topic}}{{#ask_feedback}}• Request feedback on how to strengthen future applications.
{{#me.email}}• Offer your email address for written feedback: {{me.email}}.
{{/me.email}}{{/ask_feedback}}{{#stay_on_radar}}• State your continued interest in {{opportunity.company}}.
{{/stay_on_radar}}• Close with thanks for their time.
</source>
        <translation>• {{contact.name}} für die persönliche Benachrichtigung danken.
• Die Entscheidung zur Position als {{opportunity.role}} anerkennen.
{{#topic}}• Sagen, dass Sie den Austausch über {{topic}} geschätzt haben.
{{/topic}}{{#ask_feedback}}• Um Feedback bitten, wie Sie künftige Bewerbungen stärken können.
{{#me.email}}• Für eine schriftliche Rückmeldung Ihre E-Mail-Adresse anbieten: {{me.email}}.
{{/me.email}}{{/ask_feedback}}{{#stay_on_radar}}• Ihr fortbestehendes Interesse an {{opportunity.company}} bekunden.
{{/stay_on_radar}}• Zum Abschluss für die Zeit danken.
</translation>
    </message>
    <message>
        <source>Phone-call script (brief)</source>
        <translation>Leitfaden für den Anruf (kurz)</translation>
    </message>
    <message>
        <source>• Thanks, {{contact.first_name}}.
{{#topic}}• Enjoyed talking about {{topic}}.
{{/topic}}{{#ask_feedback}}• What would have made the difference?
{{/ask_feedback}}{{#stay_on_radar}}• Keep me in mind.
{{/stay_on_radar}}</source>
        <translation>• Danke, {{contact.first_name}}.
{{#topic}}• Das Gespräch über {{topic}} hat mir Freude gemacht.
{{/topic}}{{#ask_feedback}}• Was hätte den Unterschied gemacht?
{{/ask_feedback}}{{#stay_on_radar}}• Denken Sie an mich, wenn sich etwas ergibt.
{{/stay_on_radar}}</translation>
    </message>
    <message>
        <source>Handwritten card (warm)</source>
        <translation>Handgeschriebene Karte (herzlich)</translation>
    </message>
    <message>
        <source>Dear {{contact.first_name}},

Thank you for your kindness during my interviews at {{opportunity.company}}.{{#topic}} I still think about our conversation on {{topic}}.{{/topic}} It was a pleasure to meet you, and I hope our paths cross again.

Warmly,
{{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}
</source>
        <translation>Hallo {{contact.first_name}},

vielen Dank für Ihre Freundlichkeit während der Vorstellungsgespräche bei {{opportunity.company}}.{{#topic}} An unseren Austausch über {{topic}} denke ich noch oft.{{/topic}} Es war schön, Sie kennenzulernen, und ich hoffe, unsere Wege kreuzen sich wieder.

Herzliche Grüße
{{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}
</translation>
    </message>
    <message>
        <source>Handwritten card (formal)</source>
        <translation>Handgeschriebene Karte (förmlich)</translation>
    </message>
    <message>
        <source>Dear {{contact.name}},

Thank you for your time and consideration during the selection for the {{opportunity.role}} position.{{#topic}} I much appreciated our discussion of {{topic}}.{{/topic}}

With best regards,
{{me.name}}
</source>
        <translation>Guten Tag {{contact.name}},

vielen Dank für Ihre Zeit und die Berücksichtigung meiner Bewerbung im Auswahlverfahren für die Position als {{opportunity.role}}.{{#topic}} Unseren Austausch über {{topic}} habe ich sehr geschätzt.{{/topic}}

Mit freundlichen Grüßen
{{me.name}}
</translation>
    </message>
    <message>
        <source>Handwritten card (brief)</source>
        <translation>Handgeschriebene Karte (kurz)</translation>
    </message>
    <message>
        <source>{{contact.first_name}}, thank you. It was good to meet you{{#topic}}, and to talk about {{topic}}{{/topic}}.

— {{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}
</source>
        <translation>{{contact.first_name}}, vielen Dank! Es war schön, Sie kennenzulernen{{#topic}} und mit Ihnen über {{topic}} zu sprechen{{/topic}}.

— {{#me.first_name}}{{me.first_name}}{{/me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}
</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Ready: %1 (schema version %2)</source>
        <translation>Bereit: %1 (Schemaversion %2)</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>Integrität: in Ordnung</translation>
    </message>
    <message>
        <source>schema: %1 (this version of Finalist knows up to %2)</source>
        <translation>Schema: %1 (diese Version von Finalist kennt bis %2)</translation>
    </message>
    <message>
        <source>The file will be upgraded, after a backup, the next time it is opened for writing.</source>
        <translation>Die Datei wird beim nächsten Öffnen zum Schreiben aktualisiert, nachdem sie gesichert wurde.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert in %1</translation>
    </message>
    <message>
        <source>There is no backup file at “%1”.</source>
        <translation>Unter „%1“ gibt es keine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>Restored %1 from %2. The state just before was backed up in %3.</source>
        <translation>%1 aus %2 wiederhergestellt. Der Stand unmittelbar davor wurde in %3 gesichert.</translation>
    </message>
    <message>
        <source>Restored %1 from %2. The file that could not be opened was kept as %3.</source>
        <translation>%1 aus %2 wiederhergestellt. Die Datei, die sich nicht öffnen ließ, wurde als %3 aufbewahrt.</translation>
    </message>
    <message>
        <source>Filled %1 with the demo sample.</source>
        <translation>%1 mit den Demo-Beispieldaten gefüllt.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n opportunit(y|ies). </source>
        <translation>
            <numerusform>%Ln Bewerbung hinzugefügt. </numerusform>
            <numerusform>%Ln Bewerbungen hinzugefügt. </numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1 and %2 in %3 s.</source>
        <translation>%1 und %2 in %3 s hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%n journal entr(y|ies)</source>
        <translation>
            <numerusform>%Ln Journaleintrag</numerusform>
            <numerusform>%Ln Journaleinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries match “%1”.</source>
        <translation>Keine Einträge passen zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entr(y|ies) to %1</source>
        <translation>
            <numerusform>%Ln Eintrag nach %1 exportiert</numerusform>
            <numerusform>%Ln Einträge nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>restore needs exactly one FILE: the backup to put in place.</source>
        <translation>restore braucht genau eine FILE: die Sicherung, die eingespielt werden soll.</translation>
    </message>
    <message>
        <source>search needs a QUERY: the words to look for.</source>
        <translation>search braucht eine QUERY: die Wörter, nach denen gesucht wird.</translation>
    </message>
    <message>
        <source>export needs a format: markdown, html, vcard, csv or ics (got “%1”).</source>
        <translation>export braucht ein Format: markdown, html, vcard, csv oder ics (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>export %1 needs exactly one PATH to write to.</source>
        <translation>export %1 braucht genau einen PATH, in den geschrieben wird.</translation>
    </message>
    <message>
        <source>import needs a kind: linkedin, vcard, csv or invite (got “%1”).</source>
        <translation>import braucht eine Art: linkedin, vcard, csv oder invite (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>import %1 needs exactly one FILE to read.</source>
        <translation>import %1 braucht genau eine FILE zum Lesen.</translation>
    </message>
    <message>
        <source>--opportunity goes with import invite only.</source>
        <translation>--opportunity gilt nur für import invite.</translation>
    </message>
    <message>
        <source>--opportunity needs an opportunity&apos;s ID (see opportunity list), not “%1”.</source>
        <translation>--opportunity braucht die ID einer Bewerbung (siehe opportunity list), nicht „%1“.</translation>
    </message>
    <message>
        <source>--folder goes with export markdown or export html only.</source>
        <translation>--folder gilt nur für export markdown und export html.</translation>
    </message>
    <message>
        <source>outreach needs exactly one word: list (got “%1”).</source>
        <translation>outreach braucht genau ein Wort: list (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>report needs: activity --from DATE --to DATE FILE.csv</source>
        <translation>report braucht: activity --from DATE --to DATE FILE.csv</translation>
    </message>
    <message>
        <source>report activity needs --from and --to as dates like 2026-03-01 (got “%1” and “%2”).</source>
        <translation>report activity braucht --from und --to als Datum wie 2026-03-01 (erhalten: „%1“ und „%2“).</translation>
    </message>
    <message>
        <source>--from (%1) comes after --to (%2).</source>
        <translation>--from (%1) liegt nach --to (%2).</translation>
    </message>
    <message>
        <source>--from and --to go with report activity only.</source>
        <translation>--from und --to gelten nur für report activity.</translation>
    </message>
    <message>
        <source>--todo goes with export ics only.</source>
        <translation>--todo gilt nur für export ics.</translation>
    </message>
    <message>
        <source>--status goes with outreach list only.</source>
        <translation>--status gilt nur für outreach list.</translation>
    </message>
    <message>
        <source>--status must be one of %1 (got “%2”).</source>
        <translation>--status muss einer dieser Werte sein: %1 (erhalten: „%2“).</translation>
    </message>
    <message>
        <source>--dry-run goes with import only.</source>
        <translation>--dry-run gilt nur für import.</translation>
    </message>
    <message>
        <source>--map goes with import csv only.</source>
        <translation>--map gilt nur für import csv.</translation>
    </message>
    <message>
        <source>--no-bom goes with export csv and report activity only.</source>
        <translation>--no-bom gilt nur für export csv und report activity.</translation>
    </message>
    <message>
        <source>--version with a value goes with export vcard only.</source>
        <translation>--version mit einem Wert gilt nur für export vcard.</translation>
    </message>
    <message>
        <source>export vcard writes version 3.0 or 4.0 (got “%1”).</source>
        <translation>export vcard schreibt Version 3.0 oder 4.0 (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>%1 takes no further arguments (got “%2”).</source>
        <translation>%1 nimmt keine weiteren Argumente an (erhalten: „%2“).</translation>
    </message>
    <message>
        <source>--to goes with backup only.</source>
        <translation>--to gilt nur für backup.</translation>
    </message>
    <message>
        <source>--entries, --contacts and --opportunities go with demo only.</source>
        <translation>--entries, --contacts und --opportunities gelten nur für demo.</translation>
    </message>
    <message>
        <source>--map: “%1” is not field=column; the fields are %2.</source>
        <translation>--map: „%1“ hat nicht die Form field=column; die Felder sind %2.</translation>
    </message>
    <message>
        <source>--map: the file has no column “%1”; its headings are: %2.</source>
        <translation>--map: Die Datei hat keine Spalte „%1“; ihre Spaltenüberschriften sind: %2.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Columns: none of them holds a name; see --map.</source>
        <translation>Spalten: Keine davon enthält einen Namen; siehe --map.</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Spalten: %1.</translation>
    </message>
    <message>
        <source>Nothing imported. %1</source>
        <translation>Nichts importiert. %1</translation>
    </message>
    <message>
        <source>LinkedIn invitations: %1 of your contacts marked “invitation pending”, %2 invitations for people not in your contacts or already further along.</source>
        <translation>LinkedIn-Einladungen: %1 Ihrer Kontakte als „Einladung ausstehend“ markiert, %2 Einladungen für Personen, die nicht unter Ihren Kontakten sind oder schon weiter sind.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Import %1; it can be undone from the window.</source>
        <translation>Import %1; Sie können ihn im Programmfenster rückgängig machen.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Gelesen als %1.</translation>
    </message>
    <message>
        <source>“%1” cannot be read from its start.</source>
        <translation>„%1“ kann nicht von Anfang an gelesen werden.</translation>
    </message>
    <message>
        <source>%L1 new, %L2 already in your contacts (merged: missing fields filled in), %L3 not imported, %L4 warnings.</source>
        <translation>%L1 neu, %L2 bereits unter Ihren Kontakten (zusammengeführt: fehlende Felder ergänzt), %L3 nicht importiert, %L4 Warnungen.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 merged (import %3; it can be undone from the window).</source>
        <translation>Importiert: %1 hinzugefügt, %2 zusammengeführt (Import %3; Sie können ihn im Programmfenster rückgängig machen).</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1</source>
        <translation>
            <numerusform>%Ln Kontakt nach %1 exportiert</numerusform>
            <numerusform>%Ln Kontakte nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no lock on %1; nothing to do.</source>
        <translation>%1 ist nicht gesperrt; nichts zu tun.</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>einem unbekannten Computer</translation>
    </message>
    <message>
        <source>Warning: if Finalist still runs on “%1” (process %2), close it there without saving anything more: two programs writing to one journal damage it.</source>
        <translation>Achtung: Falls Finalist auf „%1“ noch läuft (Prozess %2), schließen Sie es dort, ohne noch etwas zu speichern: Zwei Programme, die in dasselbe Journal schreiben, beschädigen es.</translation>
    </message>
    <message>
        <source>Removed the lock on %1.</source>
        <translation>Sperre von %1 entfernt.</translation>
    </message>
    <message>
        <source>Once you are sure Finalist no longer uses it there: finalist-cli --database “%1” break-lock</source>
        <translation>Sobald Sie sicher sind, dass Finalist sie dort nicht mehr verwendet: finalist-cli --database „%1“ break-lock</translation>
    </message>
    <message>
        <source>To start a new journal in it: finalist-cli --database “%1” init</source>
        <translation>Um darin ein neues Journal zu beginnen: finalist-cli --database „%1“ init</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunit(y|ies)</source>
        <translation>
            <numerusform>%Ln Bewerbung</numerusform>
            <numerusform>%Ln Bewerbungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Added opportunity %1: %2 (%3)</source>
        <translation>Bewerbung %1 hinzugefügt: %2 (%3)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>Gesprächsrunden:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Posting:</source>
        <translation>Stellenanzeige:</translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation>Beworben am:</translation>
    </message>
    <message>
        <source>Salary:</source>
        <translation>Gehalt:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Decided:</source>
        <translation>Entschieden am:</translation>
    </message>
    <message>
        <source>Reason given:</source>
        <translation>Genannter Grund:</translation>
    </message>
    <message>
        <source>Praise:</source>
        <translation>Lob:</translation>
    </message>
    <message>
        <source>Chosen hire starts:</source>
        <translation>Ausgewählte Person beginnt am:</translation>
    </message>
    <message>
        <source>Stages:</source>
        <translation>Phasen:</translation>
    </message>
    <message>
        <source>Linked: %1, %2, %3 to do, %4</source>
        <translation>Verknüpft: %1, %2, %3 offen, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%Ln Reflexion</numerusform>
            <numerusform>%Ln Reflexionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%Ln Wiedervorlage</numerusform>
            <numerusform>%Ln Wiedervorlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n win(s)</source>
        <translation>
            <numerusform>%Ln Erfolg</numerusform>
            <numerusform>%Ln Erfolge</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown stage “%1”. Stages: %2.</source>
        <translation>Unbekannte Phase „%1“. Phasen: %2.</translation>
    </message>
    <message>
        <source>--company, --role and --url go with opportunity add only.</source>
        <translation>--company, --role und --url gelten nur für opportunity add.</translation>
    </message>
    <message>
        <source>opportunity list takes no further arguments.</source>
        <translation>opportunity list nimmt keine weiteren Argumente an.</translation>
    </message>
    <message>
        <source>--stage goes with opportunity list and opportunity add only.</source>
        <translation>--stage gilt nur für opportunity list und opportunity add.</translation>
    </message>
    <message>
        <source>opportunity add takes its values as options: --company C --role R.</source>
        <translation>opportunity add erwartet seine Werte als Optionen: --company C --role R.</translation>
    </message>
    <message>
        <source>opportunity add needs --company: which company is hiring?</source>
        <translation>opportunity add braucht --company: Welches Unternehmen stellt ein?</translation>
    </message>
    <message>
        <source>opportunity stage needs an ID and a STAGE: opportunity stage 12 final_round</source>
        <translation>opportunity stage braucht eine ID und eine STAGE: opportunity stage 12 final_round</translation>
    </message>
    <message>
        <source>opportunity show needs one ID (see opportunity list).</source>
        <translation>opportunity show braucht eine ID (siehe opportunity list).</translation>
    </message>
    <message>
        <source>opportunity needs one of: list, add, stage, show (got “%1”).</source>
        <translation>opportunity braucht eines davon: list, add, stage, show (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>known  %1%2</source>
        <translation>bekannt   %1%2</translation>
    </message>
    <message>
        <source>you    (left out)%1</source>
        <translation>Sie       (ausgelassen)%1</translation>
    </message>
    <message>
        <source>skip   %1 (no name to make a contact of)</source>
        <translation>übergehen %1 (kein Name, aus dem ein Kontakt werden könnte)</translation>
    </message>
    <message>
        <source>new    %1 %2%3</source>
        <translation>neu       %1 %2%3</translation>
    </message>
    <message>
        <source>Interview: “%1” on %2%3 (%4)</source>
        <translation>Vorstellungsgespräch: „%1“ am %2%3 (%4)</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> um %1 Uhr</translation>
    </message>
    <message>
        <source>Which opportunity is it for? Name it with --opportunity ID (see opportunity list). Nothing was written.</source>
        <translation>Zu welcher Bewerbung gehört es? Geben Sie sie mit --opportunity ID an (siehe opportunity list). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Opportunity: %1 %2%3</source>
        <translation>Bewerbung: %1 %2%3</translation>
    </message>
    <message>
        <source>Imported before: round %1 will be updated.</source>
        <translation>Bereits importiert: Gesprächsrunde %1 wird aktualisiert.</translation>
    </message>
    <message>
        <source>Panel:</source>
        <translation>Gesprächspartner:</translation>
    </message>
    <message>
        <source>Nothing written (--dry-run).</source>
        <translation>Nichts geschrieben (--dry-run).</translation>
    </message>
    <message>
        <source>Saved round %1 of %2.</source>
        <translation>Gesprächsrunde %1 bei %2 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n activit(y|ies) from %1 to %2 to %3</source>
        <translation>
            <numerusform>%Ln Aktivität vom %1 bis %2 in %3 geschrieben</numerusform>
            <numerusform>%Ln Aktivitäten vom %1 bis %2 in %3 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n follow-up(s) to %1</source>
        <translation>
            <numerusform>%Ln Wiedervorlage nach %1 exportiert</numerusform>
            <numerusform>%Ln Wiedervorlagen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Die Datenbankdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>backup: write here; report: the last day.</source>
        <translation>backup: hierhin schreiben; report: der letzte Tag.</translation>
    </message>
    <message>
        <source>demo: journal entries to add.</source>
        <translation>demo: Anzahl der Journaleinträge, die hinzugefügt werden.</translation>
    </message>
    <message>
        <source>demo: contacts to add.</source>
        <translation>demo: Anzahl der Kontakte, die hinzugefügt werden.</translation>
    </message>
    <message>
        <source>export: one file per entry in the folder PATH.</source>
        <translation>export: eine Datei je Eintrag im Ordner PATH.</translation>
    </message>
    <message>
        <source>import: show what would happen, write nothing.</source>
        <translation>import: zeigen, was geschehen würde, nichts schreiben.</translation>
    </message>
    <message>
        <source>outreach list: only notes in this state.</source>
        <translation>outreach list: nur Nachrichten mit diesem Status.</translation>
    </message>
    <message>
        <source>report: the first day.</source>
        <translation>report: der erste Tag.</translation>
    </message>
    <message>
        <source>export ics: to-dos instead of events.</source>
        <translation>export ics: Aufgaben statt Termine.</translation>
    </message>
    <message>
        <source>opportunity add: the company.</source>
        <translation>opportunity add: das Unternehmen.</translation>
    </message>
    <message>
        <source>opportunity add: the role.</source>
        <translation>opportunity add: die Stelle.</translation>
    </message>
    <message>
        <source>opportunity add: its stage; list: only this stage.</source>
        <translation>opportunity add: die Phase; list: nur diese Phase.</translation>
    </message>
    <message>
        <source>import invite: the opportunity the round belongs to.</source>
        <translation>import invite: die Bewerbung, zu der die Gesprächsrunde gehört.</translation>
    </message>
    <message>
        <source>demo: opportunities to add.</source>
        <translation>demo: Anzahl der Bewerbungen, die hinzugefügt werden.</translation>
    </message>
    <message>
        <source>import csv: which column holds what, as field=column (a heading or a number from 1), separated by commas; fields: %1.</source>
        <translation>import csv: welche Spalte was enthält, als field=column (eine Spaltenüberschrift oder eine Nummer ab 1), durch Kommas getrennt; Felder: %1.</translation>
    </message>
    <message>
        <source>export csv, report activity: UTF-8 without a byte-order mark.</source>
        <translation>export csv, report activity: UTF-8 ohne Byte-Order-Mark (BOM).</translation>
    </message>
    <message>
        <source>export vcard: 3.0 or 4.0 (the default); also written as --version 3.0 after export vcard.</source>
        <translation>export vcard: 3.0 oder 4.0 (Standard); auch als --version 3.0 nach export vcard möglich.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Was zu tun ist (siehe oben).</translation>
    </message>
    <message>
        <source>Which command? See the list below.</source>
        <translation>Welcher Befehl? Siehe die Liste unten.</translation>
    </message>
    <message>
        <source>--%1 needs a file name.</source>
        <translation>--%1 braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, 0 or more.</source>
        <translation>--%1 erwartet eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>--company, --role, --stage and --url go with opportunity only (--url also with sync setup).</source>
        <translation>--company, --role, --stage und --url gehören nur zu opportunity (--url auch zu sync setup).</translation>
    </message>
    <message>
        <source>--user, --kind, --contacts-collection, --no-sync-token and --password-stdin go with sync only.</source>
        <translation>--user, --kind, --contacts-collection, --no-sync-token und --password-stdin gehören nur zu sync.</translation>
    </message>
    <message>
        <source>opportunity add: the job posting&apos;s address; sync setup: the server&apos;s.</source>
        <translation>opportunity add: die Adresse der Stellenanzeige; sync setup: die des Servers.</translation>
    </message>
    <message>
        <source>sync setup: your user name.</source>
        <translation>sync setup: Ihr Benutzername.</translation>
    </message>
    <message>
        <source>sync setup: the address book to sync contacts with.</source>
        <translation>sync setup: das Adressbuch, mit dem Kontakte synchronisiert werden.</translation>
    </message>
    <message>
        <source>sync setup: find changes by comparing ETags, even where the server offers sync tokens.</source>
        <translation>sync setup: Änderungen durch Vergleich der ETags finden, auch wenn der Server Sync-Tokens anbietet.</translation>
    </message>
    <message>
        <source>sync setup, sync now: read the password from standard input instead of the keychain (setup then keeps it nowhere).</source>
        <translation>sync setup, sync now: das Passwort von der Standardeingabe lesen statt aus dem Schlüsselbund (setup bewahrt es dann nirgends auf).</translation>
    </message>
    <message>
        <source>Finalist&apos;s command line: the same journal, no window.

Commands:
  init                  create or upgrade the database (an empty file at the path
                        becomes a new journal)
  check                 check integrity and schema version (exit 0 only when healthy)
  stats                 one &quot;kind: count&quot; line per kind of record
  backup [--to FILE]    a checked backup, in backups/ beside the database or at FILE
  restore FILE          put a backup in place (the current state is backed up first;
                        a file that cannot be opened is kept aside instead)
  break-lock            remove the lock another computer (or a crashed Finalist) left
                        on the database; only when no Finalist uses it there any
                        more, as two writers at once damage it
  demo                  fill a new, empty database with a realistic sample
  demo --entries N --contacts M [--opportunities K]
                        add many generated records (for benchmarks)
  search QUERY          entries matching QUERY, best first, matches in [brackets]
  export markdown|html PATH [--folder]
                        the whole journal to one file at PATH, or with --folder one
                        file per entry in a new or empty folder PATH
  export vcard|csv FILE every contact, as vCard 4.0 or as CSV (UTF-8 with a mark)
  export vcard FILE --version 3.0
                        vCard 3.0, for older address books
  import linkedin|vcard FILE [--dry-run]
                        contacts from LinkedIn&apos;s Connections.csv (or its address book;
                        Invitations.csv marks invitations pending) or a vCard file;
                        the preview is printed first, --dry-run stops there
  import csv FILE [--map field=column,...] [--dry-run]
                        contacts from a spreadsheet: Google Contacts, Outlook,
                        Thunderbird and Finalist&apos;s own are known by their headings,
                        other columns are guessed by name; --map says otherwise
  import invite FILE.ics [--opportunity ID] [--dry-run]
                        an interview invitation as a round, its people as the panel
                        (matched by email, else added as contacts; you are left out)
  opportunity list [--stage S]
                        every hiring process: id, stage, since, company, role, last
                        activity, next follow-up
  opportunity add --company C [--role R] [--stage S] [--url U]
                        a new process (stage applied unless given)
  opportunity stage ID STAGE
                        move a process to a stage: interested, applied, screening,
                        interviewing, final_round, offer, runner_up, not_chosen,
                        withdrawn, ghosted, hired
  opportunity show ID   its details, stages, rounds with the panel, linked records
  outreach list [--status draft|sent|replied|no_reply]
                        every note, newest first, with its contact and dates
  export ics FILE [--todo]
                        the follow-ups still to do as calendar events (or to-dos);
                        exporting again updates the same events
  report activity --from DATE --to DATE FILE.csv
                        every note sent and interview round held in the range
  sync setup --url URL --user USER [--kind K,...] [--contacts-collection URL]
             [--no-sync-token]
                        set up sync with a CardDAV/CalDAV server: the password is
                        read from standard input and kept in the system keychain;
                        contacts, follow-ups (as tasks) and journal entries each
                        sync with a collection of Finalist&apos;s own, made if missing
                        (--kind: only these; --contacts-collection: that address book)
  sync now [--kind K] [--password-stdin]
                        sync both ways once (the password from the keychain, or
                        read from standard input)
  sync status           the account, its collections, the last sync and conflicts

Exit codes:
  0  done
  1  the command failed (the message says why)
  2  usage error: unknown command, missing or extra arguments, bad option
  3  the database could not be opened: missing, empty, not a Finalist database,
     saved by a newer version, or open in another Finalist (here or elsewhere)
  4  the database is damaged (restore a backup)</source>
        <translation>Die Kommandozeile von Finalist: dasselbe Journal, ohne Fenster.

Befehle:
  init                  Datenbank anlegen oder aktualisieren (eine leere Datei unter
                        dem Pfad wird zu einem neuen Journal)
  check                 Integrität und Schemaversion prüfen (Exit-Code 0 nur, wenn
                        alles in Ordnung ist)
  stats                 je Art von Datensatz eine Zeile „Art: Anzahl“
  backup [--to FILE]    eine geprüfte Sicherung, in backups/ neben der Datenbank oder
                        in FILE
  restore FILE          eine Sicherung einspielen (der aktuelle Stand wird vorher
                        gesichert; eine Datei, die sich nicht öffnen lässt, wird
                        stattdessen beiseitegelegt)
  break-lock            die Sperre entfernen, die ein anderer Computer (oder ein
                        abgestürztes Finalist) auf der Datenbank hinterlassen hat;
                        nur wenn Finalist sie dort nicht mehr verwendet, denn zwei
                        gleichzeitig schreibende Programme beschädigen sie
  demo                  eine neue, leere Datenbank mit einem realistischen Beispiel
                        füllen
  demo --entries N --contacts M [--opportunities K]
                        viele generierte Datensätze hinzufügen (für Benchmarks)
  search QUERY          Einträge, die QUERY enthalten, die besten zuerst, Treffer in
                        [eckigen Klammern]
  export markdown|html PATH [--folder]
                        das ganze Journal in eine Datei unter PATH, oder mit --folder
                        eine Datei je Eintrag in einen neuen oder leeren Ordner PATH
  export vcard|csv FILE alle Kontakte, als vCard 4.0 oder als CSV (UTF-8 mit BOM)
  export vcard FILE --version 3.0
                        vCard 3.0, für ältere Adressbücher
  import linkedin|vcard FILE [--dry-run]
                        Kontakte aus der Connections.csv von LinkedIn (oder dessen
                        Adressbuch; Invitations.csv markiert ausstehende
                        Einladungen) oder aus einer vCard-Datei; zuerst wird die
                        Vorschau ausgegeben, --dry-run hört dort auf
  import csv FILE [--map field=column,...] [--dry-run]
                        Kontakte aus einer Tabelle: Google Contacts, Outlook,
                        Thunderbird und Finalists eigenes Format werden an ihren
                        Spaltenüberschriften erkannt, andere Spalten anhand des
                        Namens erraten; --map legt es anders fest
  import invite FILE.ics [--opportunity ID] [--dry-run]
                        eine Einladung zum Vorstellungsgespräch als Gesprächsrunde,
                        die Beteiligten als Gesprächspartner (per E-Mail zugeordnet,
                        sonst als Kontakte angelegt; Sie selbst werden ausgelassen)
  opportunity list [--stage S]
                        alle Bewerbungsverfahren: ID, Phase, seit, Unternehmen,
                        Stelle, letzte Aktivität, nächste Wiedervorlage
  opportunity add --company C [--role R] [--stage S] [--url U]
                        ein neues Verfahren (ohne Angabe in der Phase applied)
  opportunity stage ID STAGE
                        ein Verfahren in eine Phase verschieben: interested,
                        applied, screening, interviewing, final_round, offer,
                        runner_up, not_chosen, withdrawn, ghosted, hired
  opportunity show ID   seine Details, Phasen, Gesprächsrunden mit Gesprächspartnern
                        und verknüpfte Datensätze
  outreach list [--status draft|sent|replied|no_reply]
                        alle Nachrichten, die neuesten zuerst, mit Kontakt und Daten
  export ics FILE [--todo]
                        die noch offenen Wiedervorlagen als Kalendertermine (oder
                        Aufgaben); ein erneuter Export aktualisiert dieselben Termine
  report activity --from DATE --to DATE FILE.csv
                        alle gesendeten Nachrichten und geführten
                        Vorstellungsgespräche im Zeitraum
  sync setup --url URL --user USER [--kind K,...] [--contacts-collection URL]
             [--no-sync-token]
                        Synchronisierung mit einem CardDAV-/CalDAV-Server einrichten:
                        das Passwort wird von der Standardeingabe gelesen und im
                        Schlüsselbund des Systems aufbewahrt; Kontakte,
                        Wiedervorlagen (als Aufgaben) und Journaleinträge werden je
                        mit einer eigenen Sammlung von Finalist synchronisiert, die
                        bei Bedarf angelegt wird (--kind: nur diese;
                        --contacts-collection: dieses Adressbuch)
  sync now [--kind K] [--password-stdin]
                        einmal in beide Richtungen synchronisieren (das Passwort aus
                        dem Schlüsselbund oder von der Standardeingabe)
  sync status           das Konto, seine Sammlungen, die letzte Synchronisierung und
                        offene Konflikte

Exit-Codes:
  0  erledigt
  1  der Befehl ist fehlgeschlagen (die Meldung nennt den Grund)
  2  Aufruffehler: unbekannter Befehl, fehlende oder überzählige Argumente,
     ungültige Option
  3  die Datenbank ließ sich nicht öffnen: fehlt, ist leer, ist keine
     Finalist-Datenbank, wurde mit einer neueren Version gespeichert oder ist in
     einem anderen Finalist geöffnet (hier oder anderswo)
  4  die Datenbank ist beschädigt (spielen Sie eine Sicherung ein)</translation>
    </message>
    <message>
        <source>sync setup: the kinds that sync (contacts, followups, journal); sync now: only this kind.</source>
        <translation>sync setup: die Arten, die synchronisiert werden (contacts, followups, journal); sync now: nur diese Art.</translation>
    </message>
</context>
<context>
    <name>CliSync</name>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>Made the collection “%1” on the server.</source>
        <translation>Sammlung „%1“ auf dem Server angelegt.</translation>
    </message>
    <message>
        <source>Give the password with --password-stdin when you sync.</source>
        <translation>Geben Sie das Passwort beim Synchronisieren mit --password-stdin an.</translation>
    </message>
    <message>
        <source>Sync is set up. Run “finalist-cli sync now” to sync.</source>
        <translation>Die Synchronisierung ist eingerichtet. Mit „finalist-cli sync now“ synchronisieren Sie.</translation>
    </message>
    <message>
        <source>added here: %1, changed here: %2, deleted here: %3, sent: %4, deleted on the server: %5, conflicts: %6, deletions not carried out: %7, unreadable: %8, requests: %9</source>
        <translation>hier hinzugefügt: %1, hier geändert: %2, hier gelöscht: %3, gesendet: %4, auf dem Server gelöscht: %5, Konflikte: %6, nicht ausgeführte Löschungen: %7, nicht lesbar: %8, Anfragen: %9</translation>
    </message>
    <message>
        <source>No sync account is set up: nothing leaves this computer.</source>
        <translation>Kein Sync-Konto eingerichtet: Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>user: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>sync-token</source>
        <translation>Sync-Token</translation>
    </message>
    <message>
        <source>ETags</source>
        <translation>ETags</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) synced</source>
        <translation>
            <numerusform>%Ln Datensatz synchronisiert</numerusform>
            <numerusform>%Ln Datensätze synchronisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>conflicts to look at: %1</source>
        <translation>offene Konflikte: %1</translation>
    </message>
    <message>
        <source>sync needs one word: setup, now or status (got “%1”).</source>
        <translation>sync braucht ein Wort: setup, now oder status (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>sync setup needs --url and --user.</source>
        <translation>sync setup braucht --url und --user.</translation>
    </message>
    <message>
        <source>--url, --user, --contacts-collection and --no-sync-token go with sync setup only.</source>
        <translation>--url, --user, --contacts-collection und --no-sync-token gehören nur zu sync setup.</translation>
    </message>
    <message>
        <source>--password-stdin goes with sync setup and sync now only.</source>
        <translation>--password-stdin gehört nur zu sync setup und sync now.</translation>
    </message>
    <message>
        <source>--kind goes with sync setup (one or more of contacts, followups, journal, separated by commas) and sync now (one of them); got “%1”.</source>
        <translation>--kind gehört zu sync setup (eine oder mehrere von contacts, followups, journal, durch Kommas getrennt) und zu sync now (eine davon); erhalten: „%1“.</translation>
    </message>
</context>
<context>
    <name>ContactCsv</name>
    <message>
        <source>(leave out)</source>
        <translation>(nicht übernehmen)</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Namenspräfix</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Namenssuffix</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Messenger or social account</source>
        <translation>Messenger- oder Social-Media-Konto</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Address, extra line</source>
        <translation>Adresszusatz</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Whole address</source>
        <translation>Vollständige Adresse</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Geburtsjahr</translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation>Geburtsmonat</translation>
    </message>
    <message>
        <source>Birth day</source>
        <translation>Geburtstag (nur Tag)</translation>
    </message>
    <message>
        <source>LinkedIn URL</source>
        <translation>LinkedIn-URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Line %1: no name in the mapped columns; skipped.</source>
        <translation>Zeile %1: kein Name in den zugeordneten Spalten; übersprungen.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
</context>
<context>
    <name>ContactCsvLayout</name>
    <message>
        <source>a spreadsheet</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>Finalist&apos;s own contacts export</source>
        <translation>der eigene Kontaktexport von Finalist</translation>
    </message>
    <message>
        <source>a Google Contacts export</source>
        <translation>ein Export aus Google Kontakte</translation>
    </message>
    <message>
        <source>a Google Contacts export (the older layout)</source>
        <translation>ein Export aus Google Kontakte (älteres Format)</translation>
    </message>
    <message>
        <source>an Outlook contacts export</source>
        <translation>ein Kontaktexport aus Outlook</translation>
    </message>
    <message>
        <source>a Thunderbird address book</source>
        <translation>ein Thunderbird-Adressbuch</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>Name prefix</source>
        <translation>Namenspräfix</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Web pages</source>
        <translation>Webseiten</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>Konten (Messenger, soziale Netze)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation>LinkedIn-Profil</translation>
    </message>
    <message>
        <source>LinkedIn status</source>
        <translation>LinkedIn-Status</translation>
    </message>
    <message>
        <source>LinkedIn status since</source>
        <translation>LinkedIn-Status seit</translation>
    </message>
    <message>
        <source>Warmth</source>
        <translation>Nähe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>ContactFileActions</name>
    <message>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard);;LinkedIn export (*.csv);;vCard (*.vcf *.vcard);;All files (*)</source>
        <translation>Kontakte (*.csv *.vcf *.vcard);;LinkedIn-Export (*.csv);;vCard (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>vCard 3.0, for older address books (*.vcf)</source>
        <translation>vCard 3.0, für ältere Adressbücher (*.vcf)</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Undo an Import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4 added, %5 merged)</source>
        <translation>%1, %2: %3 (%4 hinzugefügt, %5 zusammengeführt)</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Es gibt keinen Import, der rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>The contacts it added are removed, and those it merged into go back to how they were.</source>
        <translation>Die damit hinzugefügten Kontakte werden entfernt, und die Kontakte, in die etwas zusammengeführt wurde, erhalten wieder ihren vorherigen Stand.</translation>
    </message>
</context>
<context>
    <name>ContactFileReading</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be imported. %2</source>
        <translation>„%1“ kann nicht importiert werden. %2</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Line %1: %2 Left out; the rest is imported.</source>
        <translation>Zeile %1: %2 Ausgelassen; der Rest wird importiert.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Line %1: the same person as on line %2; skipped.</source>
        <translation>Zeile %1: dieselbe Person wie in Zeile %2; übersprungen.</translation>
    </message>
    <message>
        <source>A matched contact is gone.</source>
        <translation>Ein zugeordneter Kontakt ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>That import is not in the log.</source>
        <translation>Dieser Import ist nicht im Protokoll verzeichnet.</translation>
    </message>
    <message>
        <source>This import has already been undone.</source>
        <translation>Dieser Import wurde bereits rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>ContactMerge</name>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>Ein Kontakt kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>The merge of “%1” into “%2” cannot be undone: “%2” has been deleted since.</source>
        <translation>Das Zusammenführen von „%1“ mit „%2“ kann nicht rückgängig gemacht werden: „%2“ wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>The merge of “%1” into “%2” cannot be undone: “%2” has been changed since, and undoing it would lose that change.</source>
        <translation>Das Zusammenführen von „%1“ mit „%2“ kann nicht rückgängig gemacht werden: „%2“ wurde inzwischen geändert, und beim Rückgängigmachen ginge diese Änderung verloren.</translation>
    </message>
    <message>
        <source>The merge of “%1” into “%2” cannot be undone: a note, meeting, link or follow-up that moved over has been deleted or moved since.</source>
        <translation>Das Zusammenführen von „%1“ mit „%2“ kann nicht rückgängig gemacht werden: Eine übertragene Nachricht, Begegnung, Verknüpfung oder Wiedervorlage wurde inzwischen gelöscht oder verschoben.</translation>
    </message>
    <message>
        <source>The merge of “%1” into “%2” cannot be undone: a round “%1” met or a person they were linked to has been deleted since.</source>
        <translation>Das Zusammenführen von „%1“ mit „%2“ kann nicht rückgängig gemacht werden: Eine Runde, in der „%1“ dabei war, oder eine mit „%1“ verknüpfte Person wurde inzwischen gelöscht.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing).</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nie geschlossen (ein &quot; fehlt).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The folder “%1” could not be created. Choose another place for the database.</source>
        <translation>Der Ordner „%1“ konnte nicht erstellt werden. Wählen Sie einen anderen Speicherort für die Datenbank.</translation>
    </message>
    <message>
        <source>“%1” is read-only, so Finalist cannot save to it. It was left untouched. Make the file writable, or open a copy of it.</source>
        <translation>„%1“ ist schreibgeschützt, daher kann Finalist nicht darin speichern. Die Datei wurde nicht verändert. Heben Sie den Schreibschutz auf oder öffnen Sie eine Kopie davon.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file. Choose a file in it, or another name for a new journal.</source>
        <translation>„%1“ ist ein Ordner, keine Datenbankdatei. Wählen Sie eine Datei darin oder einen anderen Namen für ein neues Journal.</translation>
    </message>
    <message>
        <source>“%1” is an empty file: there is no journal in it yet. Run finalist-cli init to start one there.</source>
        <translation>„%1“ ist eine leere Datei: Sie enthält noch kein Journal. Führen Sie finalist-cli init aus, um dort eines anzulegen.</translation>
    </message>
    <message>
        <source>“%1” is an empty file (0 bytes). Finalist can start a new journal in it; there is nothing in it to lose, but make sure it is the file you meant.</source>
        <translation>„%1“ ist eine leere Datei (0 Byte). Finalist kann darin ein neues Journal anlegen; dabei geht nichts verloren, aber vergewissern Sie sich, dass es die gewünschte Datei ist.</translation>
    </message>
    <message>
        <source>“%1” was interrupted while it was being written, and putting it back as it was needs to write to it, but the file or its folder is read-only. Make both writable and try again; the file was left untouched.</source>
        <translation>Das Schreiben von „%1“ wurde unterbrochen. Um den vorherigen Zustand wiederherzustellen, muss Finalist in die Datei schreiben, doch die Datei oder ihr Ordner ist schreibgeschützt. Heben Sie den Schreibschutz für beide auf und versuchen Sie es erneut; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>Unter „%1“ gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>Upgrading the database would leave records pointing at nothing, so it was left as it was.</source>
        <translation>Eine Aktualisierung der Datenbank würde Datensätze hinterlassen, die ins Leere verweisen; deshalb wurde sie unverändert gelassen.</translation>
    </message>
    <message>
        <source>“%1” is not a Finalist database (it is not an SQLite file at all). It was left untouched.</source>
        <translation>„%1“ ist keine Finalist-Datenbank (es ist überhaupt keine SQLite-Datei). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” is not a Finalist database: it is an SQLite file that belongs to another program. It was left untouched.</source>
        <translation>„%1“ ist keine Finalist-Datenbank, sondern eine SQLite-Datei eines anderen Programms. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Its structure is not what schema %1 defines:</source>
        <translation>Die Struktur entspricht nicht der Definition von Schema %1:</translation>
    </message>
    <message>
        <source>“%1” was interrupted while it was being written, and only a writer can finish putting it back as it was. Open it in Finalist (or run finalist-cli init) once, then try again.</source>
        <translation>Das Schreiben von „%1“ wurde unterbrochen, und nur ein Programm mit Schreibzugriff kann den vorherigen Zustand vollständig wiederherstellen. Öffnen Sie die Datei einmal in Finalist (oder führen Sie finalist-cli init aus) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Finalist (schema %2; this version knows up to %3). It was left untouched: open it with the newer version.</source>
        <translation>„%1“ wurde mit einer neueren Version von Finalist gespeichert (Schema %2; diese Version kennt Schemas bis %3). Die Datei wurde nicht verändert: Öffnen Sie sie mit der neueren Version.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened safely. It was left untouched; restore a backup or open another file.</source>
        <translation>„%1“ ist beschädigt und kann nicht sicher geöffnet werden. Die Datei wurde nicht verändert; stellen Sie eine Sicherung wieder her oder öffnen Sie eine andere Datei.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>Your journal could not be moved from “%1” to its new place; it stays where it is, and nothing was changed.</source>
        <translation>Ihr Journal konnte nicht von „%1“ an den neuen Ort verschoben werden; es bleibt, wo es ist, und nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Its backups stayed in “%1”.</source>
        <translation>Seine Sicherungen liegen weiterhin in „%1“.</translation>
    </message>
    <message>
        <source>Your journal moved to “%1”, where Finalist now keeps it.%2</source>
        <translation>Ihr Journal wurde nach „%1“ verschoben; dort bewahrt Finalist es jetzt auf.%2</translation>
    </message>
</context>
<context>
    <name>DavCollection</name>
    <message>
        <source>Reading the address book</source>
        <translation>Lesen des Adressbuchs</translation>
    </message>
    <message>
        <source>Reading the calendar</source>
        <translation>Lesen des Kalenders</translation>
    </message>
    <message>
        <source>Reading the list of entries</source>
        <translation>Lesen der Liste der Einträge</translation>
    </message>
    <message>
        <source>Sending a change to the server</source>
        <translation>Senden einer Änderung an den Server</translation>
    </message>
    <message>
        <source>Deleting on the server</source>
        <translation>Löschen auf dem Server</translation>
    </message>
</context>
<context>
    <name>DavDiscovery</name>
    <message>
        <source>Listing the address books and calendars</source>
        <translation>Auflisten der Adressbücher und Kalender</translation>
    </message>
    <message>
        <source>%1 failed. There is already one at this address on the server; choose another name.</source>
        <translation>%1 ist fehlgeschlagen. Unter dieser Adresse gibt es auf dem Server schon eine Sammlung; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation>Verbinden mit dem Server</translation>
    </message>
    <message>
        <source>Reading the account</source>
        <translation>Lesen des Kontos</translation>
    </message>
    <message>
        <source>%1 failed. The server names no place for address books or calendars for this account.</source>
        <translation>%1 ist fehlgeschlagen. Der Server nennt für dieses Konto keinen Ort für Adressbücher oder Kalender.</translation>
    </message>
    <message>
        <source>Creating the address book “%1”</source>
        <translation>Anlegen des Adressbuchs „%1“</translation>
    </message>
    <message>
        <source>Creating the calendar “%1”</source>
        <translation>Anlegen des Kalenders „%1“</translation>
    </message>
</context>
<context>
    <name>DavErrors</name>
    <message>
        <source>%1 failed. %2</source>
        <translation>%1 ist fehlgeschlagen. %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so nothing was sent. Check the address, or ask the server&apos;s administrator.</source>
        <translation>Das Zertifikat des Servers ließ sich nicht prüfen, darum wurde nichts gesendet. Prüfen Sie die Adresse oder fragen Sie die Administration des Servers.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and the connection to the internet.</source>
        <translation>Der Server war nicht erreichbar. Prüfen Sie die Adresse und die Internetverbindung.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password. If your provider uses two-step sign-in, create an app password for Finalist and use that.</source>
        <translation>Der Server hat Benutzername oder Passwort nicht angenommen. Wenn Ihr Anbieter eine Anmeldung in zwei Schritten verwendet, legen Sie ein App-Passwort für Finalist an und verwenden Sie dieses.</translation>
    </message>
    <message>
        <source>The server refused access. The account may not be allowed to read or change this.</source>
        <translation>Der Server hat den Zugriff verweigert. Das Konto darf dies womöglich nicht lesen oder ändern.</translation>
    </message>
    <message>
        <source>The address was not found on the server. Check the URL.</source>
        <translation>Die Adresse wurde auf dem Server nicht gefunden. Prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>It was changed on the server in the meantime. It will be fetched again.</source>
        <translation>Es wurde inzwischen auf dem Server geändert und wird neu abgerufen.</translation>
    </message>
    <message>
        <source>The server&apos;s storage is full. Make room on the server, or ask its administrator.</source>
        <translation>Der Speicher des Servers ist voll. Schaffen Sie dort Platz oder fragen Sie die Administration.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1). Try again later.</source>
        <translation>Der Server hat mit einem Fehler geantwortet (HTTP %1). Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>This is not a CardDAV or CalDAV server. Check the address: your provider&apos;s help pages name the one for contacts and calendars.</source>
        <translation>Dies ist kein CardDAV- oder CalDAV-Server. Prüfen Sie die Adresse: Die Hilfeseiten Ihres Anbieters nennen die für Kontakte und Kalender.</translation>
    </message>
</context>
<context>
    <name>DavXml</name>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers ließ sich nicht lesen.</translation>
    </message>
</context>
<context>
    <name>DecodingReader</name>
    <message>
        <source>The reading was cancelled.</source>
        <translation>Das Lesen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file cannot be read twice.</source>
        <translation>Die Datei kann nicht zweimal gelesen werden.</translation>
    </message>
    <message>
        <source>The file cannot be read from its start.</source>
        <translation>Die Datei kann nicht von Anfang an gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Counts cannot be negative.</source>
        <translation>Anzahlen können nicht negativ sein.</translation>
    </message>
    <message>
        <source>This database already holds your own records; the sample goes only into a new, empty database.</source>
        <translation>Diese Datenbank enthält bereits Ihre eigenen Daten; die Beispieldaten kommen nur in eine neue, leere Datenbank.</translation>
    </message>
</context>
<context>
    <name>DialogPrompter</name>
    <message>
        <source>Finalist databases (*.sqlite);;All files (*)</source>
        <translation>Finalist-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Keep the Current Database</source>
        <translation>Aktuelle Datenbank behalten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Open a Finalist Database</source>
        <translation>Finalist-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Create a New Database</source>
        <translation>Neue Datenbank anlegen</translation>
    </message>
    <message>
        <source>finalist.sqlite</source>
        <translation>finalist.sqlite</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Finalist drafts thank-you notes and replies for you. What name should go under them?

You can change it, and add a signature, in Preferences ▸ You.</source>
        <translation>Finalist entwirft Dankesnachrichten und Antworten für Sie. Welcher Name soll darunter stehen?

Sie können ihn unter Einstellungen ▸ Ihre Angaben ändern und dort auch eine Signatur hinzufügen.</translation>
    </message>
    <message>
        <source>Your name, as you sign a letter</source>
        <translation>Ihr Name, so wie Sie einen Brief unterschreiben</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>DueFollowUps</name>
    <message>
        <source>Choose today or a later day.</source>
        <translation>Wählen Sie heute oder einen späteren Tag.</translation>
    </message>
</context>
<context>
    <name>DueNotice</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>One follow-up is due: %1.</source>
        <translation>Eine Wiedervorlage ist fällig: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) are due, starting with %1.</source>
        <translation>
            <numerusform>%Ln Wiedervorlage ist fällig, beginnend mit %1.</numerusform>
            <numerusform>%Ln Wiedervorlagen sind fällig, beginnend mit %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalist: due today</source>
        <translation>Finalist: heute fällig</translation>
    </message>
</context>
<context>
    <name>EntryFollowUps</name>
    <message>
        <source>your reflection</source>
        <translation>Ihre Reflexion</translation>
    </message>
    <message>
        <source>Read %1 again: what has surfaced since?</source>
        <translation>%1 noch einmal lesen: Was hat sich seitdem gezeigt?</translation>
    </message>
</context>
<context>
    <name>EntryFromOpportunity</name>
    <message>
        <source>What was asked, what went well, what did not:</source>
        <translation>Was wurde gefragt, was lief gut, was nicht:</translation>
    </message>
    <message>
        <source>After %1</source>
        <translation>Rückblick: %1</translation>
    </message>
    <message>
        <source>After %1 — %2</source>
        <translation>Rückblick: %1 — %2</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Interested</source>
        <translation>Interessiert</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Vorauswahl</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Final round</source>
        <translation>Finalrunde</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Runner-up</source>
        <translation>Knapp zweite Wahl</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Nicht ausgewählt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Ghosted</source>
        <translation>Keine Rückmeldung</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Phone screen</source>
        <translation>Telefoninterview</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videocall</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel-Gespräch</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Geschäftsleitung</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Direktor/in</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Hiring Manager</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <source>Recruiter / HR</source>
        <translation>Recruiting / HR</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Assistenz</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht vernetzt</translation>
    </message>
    <message>
        <source>Asked them to invite me</source>
        <translation>Um Einladung gebeten</translation>
    </message>
    <message>
        <source>Invitation pending</source>
        <translation>Einladung ausstehend</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Vernetzt</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Vorgestellt von</translation>
    </message>
    <message>
        <source>Works with</source>
        <translation>Arbeitet mit</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Berichtet an</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Dankesnachricht</translation>
    </message>
    <message>
        <source>Reply to the decision</source>
        <translation>Antwort auf die Entscheidung</translation>
    </message>
    <message>
        <source>Feedback request</source>
        <translation>Bitte um Feedback</translation>
    </message>
    <message>
        <source>Stay on the radar</source>
        <translation>Auf dem Radar bleiben</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <source>LinkedIn invitation</source>
        <translation>LinkedIn-Einladung</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Handwritten card</source>
        <translation>Handgeschriebene Karte</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Revisit the entry</source>
        <translation>Eintrag wieder aufgreifen</translation>
    </message>
    <message>
        <source>Gentle nudge</source>
        <translation>Freundliche Erinnerung</translation>
    </message>
    <message>
        <source>Ninety-day check-in</source>
        <translation>Nachfrage nach 90 Tagen</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <source>From the record</source>
        <translation>Aus den Aufzeichnungen</translation>
    </message>
    <message>
        <source>In my words</source>
        <translation>In eigenen Worten</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Herzlich</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Förmlich</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Kurz</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>Strength shown</source>
        <translation>Gezeigte Stärke</translation>
    </message>
    <message>
        <source>To practise</source>
        <translation>Noch zu üben</translation>
    </message>
    <message>
        <source>LABEL_CASE_IN_SENTENCES</source>
        <comment>Translate as KEEP when the labels (stage names, kinds) keep their capital letter inside a sentence, as German nouns do; as LOWER when they are written in lower case there, as in English.</comment>
        <translation>KEEP</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>“%1” could not be written: %2. Nothing was saved there.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2. Dort wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>der Ordner dafür kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder. Choose a new or empty folder.</source>
        <translation>„%1“ ist eine Datei, kein Ordner. Wählen Sie einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <source>The folder “%1” is not empty. Choose a new or empty folder, so no file of yours is overwritten.</source>
        <translation>Der Ordner „%1“ ist nicht leer. Wählen Sie einen neuen oder leeren Ordner, damit keine Ihrer Dateien überschrieben wird.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>A temporary folder cannot be created beside “%1”.</source>
        <translation>Neben „%1“ kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was saved.</source>
        <translation>Der Export wurde abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be replaced.</source>
        <translation>Der Ordner „%1“ kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>The export could not be moved into “%1”. Nothing was saved.</source>
        <translation>Der Export konnte nicht nach „%1“ verschoben werden. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>FollowUpCalendar</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FollowUpFields</name>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Exported from here</source>
        <translation>Von hier exportiert</translation>
    </message>
    <message>
        <source>Same LinkedIn profile</source>
        <translation>Gleiches LinkedIn-Profil</translation>
    </message>
    <message>
        <source>Same email</source>
        <translation>Gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Same name and company</source>
        <translation>Gleicher Name und gleiches Unternehmen</translation>
    </message>
</context>
<context>
    <name>InterviewInvitation</name>
    <message>
        <source>Line %1: BEGIN:%2 is outside the calendar (BEGIN:VCALENDAR).</source>
        <translation>Zeile %1: BEGIN:%2 steht außerhalb des Kalenders (BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <source>Line %1: END:%2 has no BEGIN:%2 before it.</source>
        <translation>Zeile %1: Vor END:%2 steht kein BEGIN:%2.</translation>
    </message>
    <message>
        <source>Line %1: END:%2 comes before the %3 that begins on line %4 has ended (END:%3 is missing).</source>
        <translation>Zeile %1: END:%2 steht vor dem Ende des Abschnitts %3, der in Zeile %4 beginnt (END:%3 fehlt).</translation>
    </message>
    <message>
        <source>Line %1: %2 “%3” is not a date.</source>
        <translation>Zeile %1: %2 „%3“ ist kein Datum.</translation>
    </message>
    <message>
        <source>Line %1: %2 “%3” is not a date and time.</source>
        <translation>Zeile %1: %2 „%3“ ist kein Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>Line %1: the %2 that begins here never ends (END:%2 is missing).</source>
        <translation>Zeile %1: Der hier beginnende Abschnitt %2 wird nie beendet (END:%2 fehlt).</translation>
    </message>
    <message>
        <source>Line %1: this calendar holds no event (VEVENT), so there is no interview in it.</source>
        <translation>Zeile %1: Dieser Kalender enthält keinen Termin (VEVENT) und damit auch kein Vorstellungsgespräch.</translation>
    </message>
    <message>
        <source>Line %1: the event that begins here has no start (DTSTART).</source>
        <translation>Zeile %1: Der hier beginnende Termin hat keine Startzeit (DTSTART).</translation>
    </message>
    <message>
        <source>Line %1: DURATION “%2” is not a length of time (such as PT45M).</source>
        <translation>Zeile %1: DURATION „%2“ ist keine Zeitdauer (etwa PT45M).</translation>
    </message>
    <message>
        <source>The file is empty: there is no invitation in it.</source>
        <translation>Die Datei ist leer: Sie enthält keine Einladung.</translation>
    </message>
    <message>
        <source>Line %1: this is not a calendar invitation. An .ics file begins with BEGIN:VCALENDAR; this one begins with “%2”.</source>
        <translation>Zeile %1: Dies ist keine Kalendereinladung. Eine .ics-Datei beginnt mit BEGIN:VCALENDAR, diese hier mit „%2“.</translation>
    </message>
    <message>
        <source>Line %1 is not an iCalendar property (it has no “:”).</source>
        <translation>Zeile %1 ist keine iCalendar-Eigenschaft (sie enthält keinen „:“).</translation>
    </message>
</context>
<context>
    <name>InvitationImport</name>
    <message>
        <source>Where: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <source>Join: %1</source>
        <translation>Teilnehmen: %1</translation>
    </message>
    <message>
        <source>This file cancels the meeting “%1”; there is no round to add.</source>
        <translation>Mit dieser Datei wird der Termin „%1“ abgesagt; es gibt keine Gesprächsrunde hinzuzufügen.</translation>
    </message>
    <message>
        <source>Choose the opportunity this interview belongs to.</source>
        <translation>Wählen Sie die Bewerbung, zu der dieses Gespräch gehört.</translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation>%1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
</context>
<context>
    <name>JournalDocument</name>
    <message>
        <source>Finalist journal</source>
        <translation>Finalist-Journal</translation>
    </message>
    <message>
        <source>Reflection of %1</source>
        <translation>Reflexion vom %1</translation>
    </message>
    <message>
        <source>What felt ideal: %1</source>
        <translation>Was sich ideal anfühlte: %1</translation>
    </message>
    <message>
        <source>What did not fit: %1</source>
        <translation>Was nicht passte: %1</translation>
    </message>
    <message>
        <source>Gut feeling: %1/5 %2</source>
        <translation>Bauchgefühl: %1/5 %2</translation>
    </message>
    <message>
        <source>1. The experience</source>
        <translation>1. Die Erfahrung</translation>
    </message>
    <message>
        <source>2. The job itself</source>
        <translation>2. Die Stelle selbst</translation>
    </message>
    <message>
        <source>3. Relationships</source>
        <translation>3. Beziehungen</translation>
    </message>
    <message>
        <source>4. What I learned about myself</source>
        <translation>4. Was ich über mich gelernt habe</translation>
    </message>
    <message>
        <source>5. Momentum</source>
        <translation>5. Schwung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>mood %1/5</source>
        <translation>Stimmung %1/5</translation>
    </message>
</context>
<context>
    <name>JournalFields</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Geschrieben am</translation>
    </message>
    <message>
        <source>The experience</source>
        <translation>Die Erfahrung</translation>
    </message>
    <message>
        <source>What was ideal</source>
        <translation>Was ideal war</translation>
    </message>
    <message>
        <source>What was not ideal</source>
        <translation>Was nicht ideal war</translation>
    </message>
    <message>
        <source>Gut rating</source>
        <translation>Bauchgefühl (Bewertung)</translation>
    </message>
    <message>
        <source>Gut feeling</source>
        <translation>Bauchgefühl</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Was ich gelernt habe</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Schwung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Revisit on</source>
        <translation>Wieder ansehen am</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Bewerbung</translation>
    </message>
</context>
<context>
    <name>LinkedInConnections</name>
    <message>
        <source>This is not a LinkedIn connections export: no line has the columns “First Name” and “Last Name”.</source>
        <translation>Dies ist kein Export Ihrer LinkedIn-Kontakte: Keine Zeile enthält die Spalten „First Name“ und „Last Name“.</translation>
    </message>
    <message>
        <source>Line %1: the columns are separated by semicolons, as a spreadsheet saves them; read that way.</source>
        <translation>Zeile %1: Die Spalten sind durch Semikolons getrennt, wie eine Tabellenkalkulation sie speichert; entsprechend gelesen.</translation>
    </message>
    <message>
        <source>This is a LinkedIn address book (contacts you imported or synced), not your connections: its people are imported without being marked as connected.</source>
        <translation>Dies ist ein LinkedIn-Adressbuch (Kontakte, die Sie importiert oder synchronisiert haben), nicht Ihre LinkedIn-Kontakte: Die Personen darin werden importiert, ohne als vernetzt markiert zu werden.</translation>
    </message>
    <message>
        <source>Line %1: no first or last name; skipped.</source>
        <translation>Zeile %1: kein Vor- oder Nachname; übersprungen.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a date; the contact is imported without it.</source>
        <translation>Zeile %1: „%2“ ist kein Datum; der Kontakt wird ohne dieses Datum importiert.</translation>
    </message>
    <message>
        <source>Line %1: dates such as “%2” are read month first (%3), as LinkedIn writes them.</source>
        <translation>Zeile %1: Datumsangaben wie „%2“ werden mit dem Monat zuerst gelesen (%3), so wie LinkedIn sie schreibt.</translation>
    </message>
</context>
<context>
    <name>LinkedInInvitations</name>
    <message>
        <source>This is not a LinkedIn invitations export: no line has the columns “From”, “To” and “Direction”.</source>
        <translation>Dies ist kein Export Ihrer LinkedIn-Einladungen: Keine Zeile enthält die Spalten „From“, „To“ und „Direction“.</translation>
    </message>
</context>
<context>
    <name>LockFile</name>
    <message>
        <source>less than a minute</source>
        <translation>weniger als einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%Ln Stunde</numerusform>
            <numerusform>%Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>An empty or unreadable lock file beside the journal was replaced (Finalist was probably stopped while it was starting).</source>
        <translation>Eine leere oder unlesbare Sperrdatei neben dem Journal wurde ersetzt (Finalist wurde vermutlich während des Starts beendet).</translation>
    </message>
    <message>
        <source>The journal was still marked as open from before this computer restarted; the mark was cleared.</source>
        <translation>Das Journal war seit der Zeit vor dem Neustart dieses Computers noch als geöffnet markiert; die Markierung wurde entfernt.</translation>
    </message>
    <message>
        <source>The journal was still marked as open by a Finalist that is no longer running (process %1); the mark was cleared.</source>
        <translation>Das Journal war noch von einer Finalist-Instanz als geöffnet markiert, die nicht mehr läuft (Prozess %1); die Markierung wurde entfernt.</translation>
    </message>
    <message>
        <source>The journal was still marked as open by process %1, which no longer holds it; the mark was cleared.</source>
        <translation>Das Journal war noch als von Prozess %1 geöffnet markiert, der es jedoch nicht mehr verwendet; die Markierung wurde entfernt.</translation>
    </message>
    <message>
        <source>“%1” is already open in this Finalist, perhaps under another name that leads to the same file. Switch to it there.</source>
        <translation>„%1“ ist in Finalist bereits geöffnet, vielleicht unter einem anderen Namen, der auf dieselbe Datei verweist. Wechseln Sie zu diesem Fenster.</translation>
    </message>
    <message>
        <source>“%1” is already open in another Finalist window or program. Only one may write to it at a time: switch to that one, or open another file.</source>
        <translation>„%1“ ist bereits in einem anderen Finalist-Fenster oder Programm geöffnet. Es kann immer nur eines darin schreiben: Wechseln Sie dorthin, oder öffnen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>Name unbekannt</translation>
    </message>
    <message>
        <source>“%1” is marked as open by Finalist on another computer, “%2”, since %3 ago. If Finalist still runs there, close it there first: two computers writing to one file through a shared or synced folder damage it. If that computer is off or no longer uses this file, you can break the lock and open it here.</source>
        <translation>„%1“ ist seit %3 von Finalist auf einem anderen Computer („%2“) als geöffnet markiert. Falls Finalist dort noch läuft, schließen Sie es bitte zuerst dort: Wenn zwei Computer über einen freigegebenen oder synchronisierten Ordner in dieselbe Datei schreiben, wird sie beschädigt. Wenn dieser Computer ausgeschaltet ist oder diese Datei nicht mehr verwendet, können Sie die Sperre aufheben und die Datei hier öffnen.</translation>
    </message>
    <message>
        <source>Finalist could not create the lock file beside “%1”. Check that the folder is writable.</source>
        <translation>Finalist konnte die Sperrdatei neben „%1“ nicht anlegen. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>The lock beside “%1” could not be removed. Check that the folder is writable.</source>
        <translation>Die Sperre neben „%1“ konnte nicht entfernt werden. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>ModuleLoader</name>
    <message>
        <source>A part of Finalist is missing (%1), so this cannot be done. Installing Finalist again brings it back.</source>
        <translation>Ein Teil von Finalist fehlt (%1), deshalb geht das nicht. Wenn Sie Finalist neu installieren, ist er wieder da.</translation>
    </message>
    <message>
        <source>A part of Finalist (%1) belongs to another version, so this cannot be done. Installing Finalist again puts it right.</source>
        <translation>Ein Teil von Finalist (%1) gehört zu einer anderen Version, deshalb geht das nicht. Wenn Sie Finalist neu installieren, passt es wieder.</translation>
    </message>
</context>
<context>
    <name>NetworkGraph</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>The system keychain holds no password for this account.</source>
        <translation>Der Schlüsselbund des Systems enthält kein Passwort für dieses Konto.</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The system keychain could not be used, so the password is not kept. Is a keyring (GNOME Keyring, KWallet) running?</source>
        <translation>Der Schlüsselbund des Systems ließ sich nicht verwenden, darum wird das Passwort nicht aufbewahrt. Läuft ein Schlüsselbund (GNOME Keyring, KWallet)?</translation>
    </message>
    <message>
        <source>The system keychain did not answer. If it asks for its password, unlock it and sync again.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet. Falls er nach seinem Passwort fragt, entsperren Sie ihn und synchronisieren Sie erneut.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Answer a Rejection</source>
        <translation>Auf eine Absage antworten</translation>
    </message>
    <message>
        <source>You left an answer half-way. Go on where you stopped?</source>
        <translation>Sie haben eine Antwort nicht zu Ende geschrieben. Möchten Sie dort weitermachen, wo Sie aufgehört haben?</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Start Over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Starting over keeps the earlier answers until the new ones are saved or kept for later.</source>
        <translation>Wenn Sie neu beginnen, bleiben die bisherigen Antworten erhalten, bis die neuen gespeichert oder für später aufbewahrt werden.</translation>
    </message>
</context>
<context>
    <name>RadarPanel</name>
    <message>
        <source>Not planned</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>Geplant für %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet am %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>They replied</source>
        <translation>Antwort erhalten</translation>
    </message>
</context>
<context>
    <name>RecordSync</name>
    <message>
        <source>Deleted here, but changed on the server since: kept</source>
        <translation>Hier gelöscht, aber seitdem auf dem Server geändert: behalten</translation>
    </message>
    <message>
        <source>Added from the server</source>
        <translation>Vom Server hinzugefügt</translation>
    </message>
    <message>
        <source>Changed on the server: %1</source>
        <translation>Auf dem Server geändert: %1</translation>
    </message>
    <message>
        <source>Changed here and on the server: %1 (both kept; choose one)</source>
        <translation>Hier und auf dem Server geändert: %1 (beides behalten; wählen Sie eines)</translation>
    </message>
    <message>
        <source>Deleted on the server, but changed here since: kept</source>
        <translation>Auf dem Server gelöscht, aber seitdem hier geändert: behalten</translation>
    </message>
    <message>
        <source>The sync was stopped.</source>
        <translation>Die Synchronisierung wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>ReflectionSteps</name>
    <message>
        <source>1. The experience</source>
        <translation>1. Die Erfahrung</translation>
    </message>
    <message>
        <source>Write the whole process down while it is still fresh: every round, every person.</source>
        <translation>Halten Sie das ganze Verfahren fest, solange es noch frisch ist: jede Runde, jede Person.</translation>
    </message>
    <message>
        <source>Who did you meet in each round, and what did they care about?</source>
        <translation>Wen haben Sie in den einzelnen Runden kennengelernt, und was war diesen Menschen wichtig?</translation>
    </message>
    <message>
        <source>Which questions surprised you? Which answers are you proud of?</source>
        <translation>Welche Fragen haben Sie überrascht? Auf welche Antworten sind Sie stolz?</translation>
    </message>
    <message>
        <source>What went well, and what would you do differently?</source>
        <translation>Was ist gut gelaufen, und was würden Sie anders machen?</translation>
    </message>
    <message>
        <source>2. The job itself</source>
        <translation>2. Die Stelle selbst</translation>
    </message>
    <message>
        <source>Look at the role with some distance: what would you look for again, and what not?</source>
        <translation>Betrachten Sie die Stelle mit etwas Abstand: Was würden Sie sich wieder wünschen, und was nicht?</translation>
    </message>
    <message>
        <source>What sounded ideal: the team, the work, the way they decide?</source>
        <translation>Was klang ideal: das Team, die Arbeit, die Art, wie dort entschieden wird?</translation>
    </message>
    <message>
        <source>What did not fit: hours, commute, signals about the culture?</source>
        <translation>Was hat nicht gepasst: Arbeitszeiten, Arbeitsweg, Signale zur Unternehmenskultur?</translation>
    </message>
    <message>
        <source>What does your gut say, and why?</source>
        <translation>Was sagt Ihr Bauchgefühl, und warum?</translation>
    </message>
    <message>
        <source>3. Relationships</source>
        <translation>3. Beziehungen</translation>
    </message>
    <message>
        <source>The people you met are what you keep. Thank each of them, and stay connected.</source>
        <translation>Die Menschen, die Sie kennengelernt haben, bleiben Ihnen. Bedanken Sie sich bei jeder einzelnen Person und bleiben Sie in Kontakt.</translation>
    </message>
    <message>
        <source>Who has not had a thank-you yet? Aim for within a day.</source>
        <translation>Wer hat noch keine Dankesnachricht bekommen? Am besten schreiben Sie innerhalb eines Tages.</translation>
    </message>
    <message>
        <source>Who could you ask to send you a LinkedIn invitation?</source>
        <translation>Wen könnten Sie bitten, Ihnen eine Einladung auf LinkedIn zu schicken?</translation>
    </message>
    <message>
        <source>Who was kind to you behind the scenes: an assistant, a recruiter?</source>
        <translation>Wer war hinter den Kulissen freundlich zu Ihnen, etwa in der Assistenz oder im Recruiting?</translation>
    </message>
    <message>
        <source>4. What I learned about myself</source>
        <translation>4. Was ich über mich gelernt habe</translation>
    </message>
    <message>
        <source>Lessons surface over weeks. Note what you saw in yourself, good and hard.</source>
        <translation>Erkenntnisse zeigen sich oft erst im Lauf von Wochen. Notieren Sie, was Sie an sich selbst wahrgenommen haben, das Gute wie das Schwierige.</translation>
    </message>
    <message>
        <source>Which strengths showed, even under pressure?</source>
        <translation>Welche Stärken haben sich gezeigt, auch unter Druck?</translation>
    </message>
    <message>
        <source>What would you practise before the next final round?</source>
        <translation>Was möchten Sie vor der nächsten Finalrunde üben?</translation>
    </message>
    <message>
        <source>What do you now know you want, or do not want?</source>
        <translation>Was wissen Sie jetzt darüber, was Sie wollen – und was nicht?</translation>
    </message>
    <message>
        <source>5. Momentum</source>
        <translation>5. Schwung</translation>
    </message>
    <message>
        <source>Turn the energy of this process into the next one: raise your level of activity.</source>
        <translation>Nehmen Sie die Energie dieses Verfahrens mit ins nächste: Werden Sie noch etwas aktiver.</translation>
    </message>
    <message>
        <source>How many letters will you send per work day this week?</source>
        <translation>Wie viele Nachrichten möchten Sie diese Woche pro Arbeitstag verschicken?</translation>
    </message>
    <message>
        <source>What are your next three actions, and when?</source>
        <translation>Was sind Ihre nächsten drei Schritte, und wann gehen Sie sie an?</translation>
    </message>
    <message>
        <source>Who could introduce you to the next opportunity?</source>
        <translation>Wer könnte Sie für die nächste Stelle empfehlen oder jemandem vorstellen?</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Anything else worth keeping.</source>
        <translation>Alles andere, was Sie festhalten möchten.</translation>
    </message>
</context>
<context>
    <name>RejectionResponse</name>
    <message>
        <source>A gentle nudge if the feedback request has had no reply</source>
        <translation>Eine freundliche Erinnerung, falls auf die Bitte um Feedback keine Antwort kam</translation>
    </message>
    <message>
        <source>Check in before the chosen hire&apos;s ninety-day mark</source>
        <translation>Sich melden, bevor die ausgewählte Person 90 Tage im Job ist</translation>
    </message>
    <message>
        <source>A quarterly hello, to stay on their radar</source>
        <translation>Ein Gruß pro Quartal, um auf dem Radar zu bleiben</translation>
    </message>
</context>
<context>
    <name>RoundPeople</name>
    <message>
        <source>That person was not in this round.</source>
        <translation>Diese Person hat an dieser Gesprächsrunde nicht teilgenommen.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>That record no longer exists (it may have been deleted).</source>
        <translation>Dieser Datensatz existiert nicht mehr (er wurde vielleicht gelöscht).</translation>
    </message>
    <message>
        <source>The database is busy in another program. Close it there and try again.</source>
        <translation>Die Datenbank wird gerade von einem anderen Programm verwendet. Schließen Sie sie dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database can only be read, not written. Check the file&apos;s permissions.</source>
        <translation>Die Datenbank kann nur gelesen, aber nicht geschrieben werden. Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>The disk refused the write. It may be full or disconnected; nothing was changed.</source>
        <translation>Der Datenträger hat das Schreiben verweigert. Vielleicht ist er voll oder nicht mehr verbunden; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>Die Datenbankdatei ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>That change does not fit the data already saved (a value is missing, repeated or out of range).</source>
        <translation>Diese Änderung passt nicht zu den bereits gespeicherten Daten (ein Wert fehlt, kommt doppelt vor oder liegt außerhalb des zulässigen Bereichs).</translation>
    </message>
    <message>
        <source>This file is not a Finalist database.</source>
        <translation>Diese Datei ist keine Finalist-Datenbank.</translation>
    </message>
    <message>
        <source>The database could not do that: %1</source>
        <translation>Die Datenbank konnte das nicht ausführen: %1</translation>
    </message>
    <message>
        <source>Nothing was found.</source>
        <translation>Es wurde nichts gefunden.</translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation>Dieser Datensatz existiert nicht mehr.</translation>
    </message>
    <message>
        <source>There is no built-in template “%1”.</source>
        <translation>Es gibt keine mitgelieferte Vorlage „%1“.</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message numerus="yes">
        <source>%n conflict(s) to look at</source>
        <translation>
            <numerusform>%Ln Konflikt zu prüfen</numerusform>
            <numerusform>%Ln Konflikte zu prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) not carried out: edited on the other side</source>
        <translation>
            <numerusform>%Ln Löschung nicht ausgeführt: auf der anderen Seite bearbeitet</numerusform>
            <numerusform>%Ln Löschungen nicht ausgeführt: auf der anderen Seite bearbeitet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) on the server could not be read</source>
        <translation>
            <numerusform>%Ln Datensatz auf dem Server ließ sich nicht lesen</numerusform>
            <numerusform>%Ln Datensätze auf dem Server ließen sich nicht lesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Auf dem neuesten Stand</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 empfangen</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 gesendet</translation>
    </message>
</context>
<context>
    <name>SyncRun</name>
    <message>
        <source>No sync account is set up. Set one up in Preferences (or with finalist-cli sync setup).</source>
        <translation>Es ist kein Sync-Konto eingerichtet. Richten Sie eines in den Einstellungen ein (oder mit finalist-cli sync setup).</translation>
    </message>
</context>
<context>
    <name>SyncSetup</name>
    <message>
        <source>“%1” does not take %2 items.</source>
        <translation>„%1“ nimmt keine %2-Einträge auf.</translation>
    </message>
    <message>
        <source>The server has no collection at %1.</source>
        <translation>Der Server hat unter %1 keine Sammlung.</translation>
    </message>
    <message>
        <source>The server offers no address books (CardDAV), so contacts cannot sync with it.</source>
        <translation>Der Server bietet keine Adressbücher (CardDAV) an, darum lassen sich Kontakte nicht mit ihm synchronisieren.</translation>
    </message>
    <message>
        <source>The server offers no calendars (CalDAV), so follow-ups and the journal cannot sync with it.</source>
        <translation>Der Server bietet keine Kalender (CalDAV) an, darum lassen sich Wiedervorlagen und das Journal nicht mit ihm synchronisieren.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Give it as https://server.example.com/ (your provider names it).</source>
        <translation>„%1“ ist keine Serveradresse. Geben Sie sie als https://server.example.com/ an (Ihr Anbieter nennt sie).</translation>
    </message>
    <message>
        <source>Give your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen an.</translation>
    </message>
    <message>
        <source>This version does not sync %1 yet.</source>
        <translation>Diese Version synchronisiert %1 noch nicht.</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>Only a built-in template can be reset; this one is yours.</source>
        <translation>Nur mitgelieferte Vorlagen lassen sich zurücksetzen; diese ist Ihre eigene.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>There is no template for this kind of note.</source>
        <translation>Für diese Art von Nachricht gibt es keine Vorlage.</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>This “{{” is never closed with “}}”.</source>
        <translation>Dieses „{{“ wird nirgends mit „}}“ geschlossen.</translation>
    </message>
    <message>
        <source>A placeholder needs a name, such as {{praise}}.</source>
        <translation>Ein Platzhalter braucht einen Namen, etwa {{praise}}.</translation>
    </message>
    <message>
        <source>There is no placeholder called “%1”.</source>
        <translation>Es gibt keinen Platzhalter namens „%1“.</translation>
    </message>
    <message>
        <source>“{{/%1}}” closes a block that was never opened.</source>
        <translation>„{{/%1}}“ schließt einen Block, der nie geöffnet wurde.</translation>
    </message>
    <message>
        <source>“{{/%1}}” closes a block, but the open one is “%2”.</source>
        <translation>„{{/%1}}“ schließt einen Block, offen ist aber „%2“.</translation>
    </message>
    <message>
        <source>The block “%1” is never closed with {{/%1}}.</source>
        <translation>Der Block „%1“ wird nirgends mit {{/%1}} geschlossen.</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>Line %1: left out what is not valid %2: %3.</source>
        <translation>Zeile %1: Ungültiges %2 ausgelassen: %3.</translation>
    </message>
    <message>
        <source>Line %1: left out control codes, which are not text: %2.</source>
        <translation>Zeile %1: Steuerzeichen ausgelassen, da sie kein Text sind: %2.</translation>
    </message>
    <message>
        <source>Read as Windows-1252 (a guess: the file has no byte order mark and is not UTF-8).</source>
        <translation>Als Windows-1252 gelesen (Vermutung: Die Datei hat keine Byte-Order-Mark und ist kein UTF-8).</translation>
    </message>
    <message>
        <source>Read as UTF-8; values that are not were read as Windows-1252 (a guess).</source>
        <translation>Als UTF-8 gelesen; Werte, die kein UTF-8 sind, wurden als Windows-1252 gelesen (Vermutung).</translation>
    </message>
    <message>
        <source>Read as %1 (a guess: the file has no byte order mark).</source>
        <translation>Als %1 gelesen (Vermutung: Die Datei hat keine Byte-Order-Mark).</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Als %1 gelesen.</translation>
    </message>
    <message>
        <source>More lines had characters left out or guessed; only the first 100 are listed.</source>
        <translation>In weiteren Zeilen wurden Zeichen ausgelassen oder geschätzt; nur die ersten 100 sind aufgeführt.</translation>
    </message>
    <message>
        <source>The file holds %1 MB; Finalist imports files of up to 200 MB. Split it into smaller files and import each.</source>
        <translation>Die Datei ist %1 MB groß; Finalist importiert Dateien bis 200 MB. Teilen Sie sie in kleinere Dateien auf und importieren Sie diese einzeln.</translation>
    </message>
    <message>
        <source>Line %1: one value holds %2 MB; Finalist takes values of up to 1 MB. A quote left open swallows the lines after it: check the file there.</source>
        <translation>Zeile %1: Ein Wert ist %2 MB groß; Finalist übernimmt Werte bis 1 MB. Ein nicht geschlossenes Anführungszeichen verschluckt die Zeilen danach: Prüfen Sie die Datei an dieser Stelle.</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>the birthday “%1” is not a date Finalist can read; left out.</source>
        <translation>Das Geburtsdatum „%1“ kann Finalist nicht lesen; ausgelassen.</translation>
    </message>
    <message>
        <source>Line %1: the character set %2 is not known; read as %3 instead.</source>
        <translation>Zeile %1: Der Zeichensatz %2 ist unbekannt; stattdessen als %3 gelesen.</translation>
    </message>
    <message>
        <source>Line %1: not UTF-8; read as Windows-1252 (a guess).</source>
        <translation>Zeile %1: kein UTF-8; als Windows-1252 gelesen (Vermutung).</translation>
    </message>
    <message>
        <source>The file cannot be read from its start.</source>
        <translation>Die Datei kann nicht von Anfang an gelesen werden.</translation>
    </message>
    <message>
        <source>The card on line %1 has no name; skipped.</source>
        <translation>Die Karte in Zeile %1 hat keinen Namen; übersprungen.</translation>
    </message>
    <message>
        <source>Line %1 is not a vCard property (it has no “:”); left out.</source>
        <translation>Zeile %1 ist keine vCard-Eigenschaft (ihr fehlt der „:“); ausgelassen.</translation>
    </message>
    <message>
        <source>That value is left out.</source>
        <translation>Dieser Wert wird ausgelassen.</translation>
    </message>
    <message>
        <source>Line %1: a card inside the card from line %2 (an AGENT, say); read as a contact of its own.</source>
        <translation>Zeile %1: Eine Karte innerhalb der Karte aus Zeile %2 (etwa ein AGENT); als eigener Kontakt gelesen.</translation>
    </message>
    <message>
        <source>Line %1: a card ends that never began; left out.</source>
        <translation>Zeile %1: Hier endet eine Karte, die nie begonnen hat; ausgelassen.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The card that begins on line %1 never ends (END:VCARD is missing); read up to the end of the file.</source>
        <translation>Die Karte, die in Zeile %1 beginnt, endet nie (END:VCARD fehlt); bis zum Dateiende gelesen.</translation>
    </message>
    <message>
        <source>No vCard in this file: no line says BEGIN:VCARD.</source>
        <translation>Diese Datei enthält keine vCard: Keine Zeile lautet BEGIN:VCARD.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; it is %4.</source>
        <translation>%1 muss zwischen %2 und %3 liegen; der Wert ist %4.</translation>
    </message>
    <message>
        <source>%1 needs a valid date.</source>
        <translation>%1 braucht ein gültiges Datum.</translation>
    </message>
    <message>
        <source>Choose %1 first.</source>
        <translation>Wählen Sie zuerst %1 aus.</translation>
    </message>
    <message>
        <source>“%1” does not look like an email address (name@example.com).</source>
        <translation>„%1“ sieht nicht wie eine E-Mail-Adresse aus (name@example.com).</translation>
    </message>
    <message>
        <source>“%1” is not a birthday Finalist can read: write it as 1984-04-15, or --04-15 without the year.</source>
        <translation>„%1“ ist kein Geburtstag, den Finalist lesen kann: Schreiben Sie ihn als 1984-04-15 oder ohne Jahr als --04-15.</translation>
    </message>
    <message>
        <source>“%1” is not a LinkedIn profile address (https://www.linkedin.com/in/name).</source>
        <translation>„%1“ ist keine LinkedIn-Profiladresse (https://www.linkedin.com/in/name).</translation>
    </message>
    <message>
        <source>“%1” is not a web address (https://example.com/jobs/123).</source>
        <translation>„%1“ ist keine Webadresse (https://example.com/jobs/123).</translation>
    </message>
    <message>
        <source>A person cannot be linked to themselves.</source>
        <translation>Eine Person kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>eine Person</translation>
    </message>
    <message>
        <source>the other person</source>
        <translation>die andere Person</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <source>Warmth</source>
        <translation>Die Nähe</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Der Grund</translation>
    </message>
    <message>
        <source>The follow-up</source>
        <translation>Die Wiedervorlage</translation>
    </message>
    <message>
        <source>The daily minimum</source>
        <translation>Das tägliche Minimum</translation>
    </message>
    <message>
        <source>The daily maximum</source>
        <translation>Das tägliche Maximum</translation>
    </message>
    <message>
        <source>The goal</source>
        <translation>Das Ziel</translation>
    </message>
    <message>
        <source>The mood</source>
        <translation>Die Stimmung</translation>
    </message>
    <message>
        <source>The gut feeling</source>
        <translation>Das Bauchgefühl</translation>
    </message>
    <message>
        <source>The entry</source>
        <translation>Der Eintrag</translation>
    </message>
    <message>
        <source>a journal entry</source>
        <translation>einen Journaleintrag</translation>
    </message>
    <message>
        <source>The lesson</source>
        <translation>Die Erkenntnis</translation>
    </message>
    <message>
        <source>a round</source>
        <translation>eine Gesprächsrunde</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>Das Unternehmen</translation>
    </message>
    <message>
        <source>The decision cannot come before the application.</source>
        <translation>Die Entscheidung kann nicht vor der Bewerbung liegen.</translation>
    </message>
    <message>
        <source>The chosen hire cannot start before the decision.</source>
        <translation>Die ausgewählte Person kann nicht vor der Entscheidung anfangen.</translation>
    </message>
    <message>
        <source>an opportunity</source>
        <translation>eine Bewerbung</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The win</source>
        <translation>Der Erfolg</translation>
    </message>
</context>
<context>
    <name>Wins</name>
    <message>
        <source>You reached the final round: out of everyone who applied, you were one of the last few.</source>
        <translation>Sie haben die Finalrunde erreicht: Von allen, die sich beworben haben, gehörten Sie zu den wenigen, die bis zuletzt im Rennen waren.</translation>
    </message>
    <message>
        <source>You passed a round.</source>
        <translation>Sie haben eine Gesprächsrunde gemeistert.</translation>
    </message>
    <message numerus="yes">
        <source>You passed %n round(s).</source>
        <translation>
            <numerusform>Sie haben %Ln Gesprächsrunde gemeistert.</numerusform>
            <numerusform>Sie haben %Ln Gesprächsrunden gemeistert.</numerusform>
        </translation>
    </message>
    <message>
        <source>You met someone who now knows your work.</source>
        <translation>Sie haben jemanden kennengelernt, der Ihre Arbeit jetzt kennt.</translation>
    </message>
    <message numerus="yes">
        <source>You met %n (person who now knows|people who now know) your work.</source>
        <translation>
            <numerusform>Sie haben %Ln Person kennengelernt, die Ihre Arbeit jetzt kennt.</numerusform>
            <numerusform>Sie haben %Ln Personen kennengelernt, die Ihre Arbeit jetzt kennen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>finalist::AchievementsPage</name>
    <message>
        <source>What You Achieved</source>
        <translation>Was Sie erreicht haben</translation>
    </message>
    <message>
        <source>Reaching the last round means you beat almost everyone. Keep the proof: each ticked line is saved as a win. Double-click a line to change it.</source>
        <translation>Wer es bis in die letzte Runde schafft, hat fast alle anderen hinter sich gelassen. Halten Sie das fest: Jede abgehakte Zeile wird als Erfolg gespeichert. Doppelklicken Sie auf eine Zeile, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Something else you did well, e.g. “The panel asked for my slides afterwards”</source>
        <translation>Etwas anderes, das Sie gut gemacht haben, z. B. „Das Panel wollte danach meine Folien haben“</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Write the achievement first.</source>
        <translation>Schreiben Sie zuerst auf, was Sie erreicht haben.</translation>
    </message>
</context>
<context>
    <name>finalist::ActivityReportDialog</name>
    <message>
        <source>Activity Report</source>
        <translation>Nachweis der Eigenbemühungen</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Als CSV speichern…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The range starts after it ends.</source>
        <translation>Der Zeitraum beginnt nach seinem Ende.</translation>
    </message>
    <message numerus="yes">
        <source>%n activit(y|ies) between %1 and %2.</source>
        <translation>
            <numerusform>%Ln Aktivität zwischen %1 und %2.</numerusform>
            <numerusform>%Ln Aktivitäten zwischen %1 und %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Activity Report</source>
        <translation>Nachweis der Eigenbemühungen speichern</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Job-search activity</source>
        <translation>Nachweis der Eigenbemühungen</translation>
    </message>
    <message>
        <source>Job-search activity of %1</source>
        <translation>Nachweis der Eigenbemühungen von %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>finalist::AddressDialog</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Apartment, floor</source>
        <translation>Wohnung, Etage</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
</context>
<context>
    <name>finalist::AppearancePreferences</name>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Automatic (no dictionary for your language is installed)</source>
        <translation>Automatisch (kein Wörterbuch für Ihre Sprache installiert)</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>&amp;Editor text size:</source>
        <translation>&amp;Textgröße im Editor:</translation>
    </message>
    <message>
        <source>&amp;Spell checking:</source>
        <translation>&amp;Rechtschreibprüfung:</translation>
    </message>
</context>
<context>
    <name>finalist::ContactDetail</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Since when</source>
        <translation>Seit wann</translation>
    </message>
    <message>
        <source>How warm the relationship is, from 0 (a name) to 5 (a champion)</source>
        <translation>Wie nah Ihnen die Person steht, von 0 (nur ein Name) bis 5 (setzt sich für Sie ein)</translation>
    </message>
    <message>
        <source>What you talked about, what they care about</source>
        <translation>Worüber Sie gesprochen haben, was der Person wichtig ist</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Warmth</source>
        <translation>Nähe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Open Profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>Write Email</source>
        <translation>E-Mail schreiben</translation>
    </message>
    <message>
        <source>Draft Note</source>
        <translation>Nachricht entwerfen</translation>
    </message>
    <message>
        <source>New Opportunity…</source>
        <translation>Neue Bewerbung…</translation>
    </message>
    <message>
        <source>Record a hiring process at this person&apos;s company</source>
        <translation>Ein Bewerbungsverfahren beim Unternehmen dieser Person erfassen</translation>
    </message>
    <message>
        <source>Thank-you Sent</source>
        <translation>Dank gesendet</translation>
    </message>
    <message>
        <source>Mark the thank-you note to this person as sent today</source>
        <translation>Die Dankesnachricht an diese Person als heute gesendet markieren</translation>
    </message>
    <message>
        <source>What happened with this person</source>
        <translation>Verlauf mit dieser Person</translation>
    </message>
    <message>
        <source>Follow up about…</source>
        <translation>Wiedervorlage wegen…</translation>
    </message>
    <message>
        <source>Add Follow-up</source>
        <translation>Wiedervorlage hinzufügen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>There is no LinkedIn address for %1 yet.</source>
        <translation>Für %1 gibt es noch keine LinkedIn-Adresse.</translation>
    </message>
    <message>
        <source>There is no email address for %1 yet.</source>
        <translation>Für %1 gibt es noch keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Save (%1, or Return in a field)</source>
        <translation>Speichern (%1 oder Eingabetaste in einem Feld)</translation>
    </message>
    <message>
        <source>Type their name and what you know; Save adds them.</source>
        <translation>Geben Sie den Namen ein und was Sie sonst wissen; „Speichern“ legt den Kontakt an.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close the form without adding anyone (Esc)</source>
        <translation>Formular schließen, ohne jemanden hinzuzufügen (Esc)</translation>
    </message>
    <message>
        <source>Put back what is stored</source>
        <translation>Den gespeicherten Stand wiederherstellen</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>Kein Kontakt ausgewählt</translation>
    </message>
    <message>
        <source>someone since removed</source>
        <translation>eine inzwischen entfernte Person</translation>
    </message>
    <message>
        <source>Introduced by %1</source>
        <translation>Vorgestellt von %1</translation>
    </message>
    <message>
        <source>Introduced you to %1</source>
        <translation>Hat Sie %1 vorgestellt</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Met in: %1</source>
        <translation>Getroffen: %1</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>%1 · Follow-up: %2 (%3)</source>
        <translation>%1 · Wiedervorlage: %2 (%3)</translation>
    </message>
    <message>
        <source>Nothing yet: no notes, no follow-ups.</source>
        <translation>Noch nichts: keine Nachrichten, keine Wiedervorlagen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Follow-up added for %1.</source>
        <translation>Wiedervorlage für %1 angelegt.</translation>
    </message>
    <message>
        <source>Keeping in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <source>Dear %1,

</source>
        <translation>Hallo %1,

</translation>
    </message>
    <message>
        <source>A draft is waiting in Outreach.</source>
        <translation>Unter „Nachrichten“ wartet ein Entwurf.</translation>
    </message>
    <message>
        <source>There is no thank-you draft for %1; use Draft Note first.</source>
        <translation>Für %1 gibt es noch keinen Entwurf einer Dankesnachricht; verwenden Sie zuerst „Nachricht entwerfen“.</translation>
    </message>
    <message>
        <source>Thank-you marked sent today.</source>
        <translation>Dankesnachricht als heute gesendet markiert.</translation>
    </message>
    <message>
        <source>%1 · Sync: %2</source>
        <translation>%1 · Synchronisierung: %2</translation>
    </message>
    <message>
        <source>%1 had been deleted on another device; kept here as you edited.</source>
        <translation>%1 war auf einem anderen Gerät gelöscht worden; hier so behalten, wie Sie es bearbeitet haben.</translation>
    </message>
    <message>
        <source>Saved, with what came in meanwhile in the fields you left.</source>
        <translation>Gespeichert, mit dem, was inzwischen in den Feldern ankam, die Sie nicht geändert haben.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>finalist::ContactDetailsEditor</name>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>xmpp:name@example.org, skype:name, a profile page</source>
        <translation>xmpp:name@example.org, skype:name, eine Profilseite</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Another email, phone, address, web page or messaging account</source>
        <translation>Weitere E-Mail-Adresse, Telefonnummer, Anschrift, Webseite oder ein Messenger-Konto</translation>
    </message>
    <message>
        <source>Work, home, mobile, other, or a word of your own</source>
        <translation>work (beruflich), home (privat), mobile (mobil), other (sonstige) oder ein eigenes Wort</translation>
    </message>
    <message>
        <source>Kind of %1</source>
        <translation>Bezeichnung (%1)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>Preferred: the one to use first among the %1 entries</source>
        <translation>Bevorzugt: wird unter den Einträgen der Art „%1“ zuerst verwendet</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this %1</source>
        <translation>Diesen Eintrag entfernen (%1)</translation>
    </message>
    <message>
        <source>No further emails, phones, addresses or links.</source>
        <translation>Keine weiteren E-Mail-Adressen, Telefonnummern, Anschriften oder Links.</translation>
    </message>
    <message>
        <source>A ticked box marks the one to use first.</source>
        <translation>Ein Häkchen markiert den Eintrag, der zuerst verwendet wird.</translation>
    </message>
    <message>
        <source>Type the address…</source>
        <translation>Adresse eingeben…</translation>
    </message>
</context>
<context>
    <name>finalist::ContactListModel</name>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Entworfen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Dankesnachricht</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächste Wiedervorlage</translation>
    </message>
</context>
<context>
    <name>finalist::ContactMoreDetails</name>
    <message>
        <source>Prefix (Dr.)</source>
        <translation>Titel (Dr.)</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Suffix (Jr.)</source>
        <translation>Namenszusatz (Jr.)</translation>
    </message>
    <message>
        <source>1984-04-15, or --04-15 without the year</source>
        <translation>1984-04-15 oder --04-15 ohne Jahr</translation>
    </message>
    <message>
        <source>Name parts</source>
        <translation>Namensteile</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Weiteres</translation>
    </message>
    <message>
        <source>Fewer details</source>
        <translation>Weniger Details</translation>
    </message>
    <message>
        <source>More details</source>
        <translation>Weitere Details</translation>
    </message>
</context>
<context>
    <name>finalist::ContactsView</name>
    <message>
        <source>Follow-up due</source>
        <translation>Wiedervorlage fällig</translation>
    </message>
    <message>
        <source>Search names, companies and notes</source>
        <translation>Namen, Unternehmen und Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Add Contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Fold a duplicate of this person into this contact</source>
        <translation>Ein Duplikat dieser Person in diesen Kontakt übernehmen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Save the new contact, or cancel it, before choosing another.</source>
        <translation>Speichern oder verwerfen Sie den neuen Kontakt, bevor Sie einen anderen auswählen.</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Alle Unternehmen</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>All opportunities</source>
        <translation>Alle Bewerbungen</translation>
    </message>
    <message>
        <source>Any LinkedIn</source>
        <translation>Jeder LinkedIn-Status</translation>
    </message>
    <message>
        <source>No contacts here yet.</source>
        <translation>Noch keine Kontakte.</translation>
    </message>
    <message>
        <source>Nobody matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>No one with the same name or company to merge with.</source>
        <translation>Es gibt niemanden mit demselben Namen oder Unternehmen, mit dem zusammengeführt werden könnte.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Merge Contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>Fold which record into %1? Its rounds, notes and follow-ups move over, and it is then removed.</source>
        <translation>Welchen Eintrag möchten Sie in %1 übernehmen? Seine Gesprächsrunden, Nachrichten und Wiedervorlagen werden übertragen, danach wird er entfernt.</translation>
    </message>
    <message>
        <source>Merged %1 into %2.</source>
        <translation>%1 in %2 übernommen.</translation>
    </message>
    <message>
        <source>Merge “%1”</source>
        <translation>„%1“ zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s) from %1.</source>
        <translation>
            <numerusform>%Ln Kontakt aus %1 importiert.</numerusform>
            <numerusform>%Ln Kontakte aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n contact(s) from %1.</source>
        <translation>
            <numerusform>%Ln Kontakt aus %1 aktualisiert.</numerusform>
            <numerusform>%Ln Kontakte aus %1 aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled in %n contact(s) you already had.</source>
        <translation>
            <numerusform>%Ln bereits vorhandenen Kontakt ergänzt.</numerusform>
            <numerusform>%Ln bereits vorhandene Kontakte ergänzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>„%1“ importieren</translation>
    </message>
    <message>
        <source>Deleted %1, with their notes and follow-ups.</source>
        <translation>%1 gelöscht, samt Nachrichten und Wiedervorlagen.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
</context>
<context>
    <name>finalist::DataPreferences</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Aufbewahrte tägliche Sicherungen</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Aufbewahrte wöchentliche Sicherungen</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message numerus="yes">
        <source>day(s), then one a week for</source>
        <translation>
            <numerusform>Tag, danach eine pro Woche für</numerusform>
            <numerusform>Tage, danach eine pro Woche für</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>Woche</numerusform>
            <numerusform>Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Sicherungen:</translation>
    </message>
    <message>
        <source>&amp;Keep one a day for</source>
        <translation>&amp;Eine pro Tag aufbewahren für</translation>
    </message>
    <message>
        <source>A backup is made the first time the journal is opened each day, and before an upgrade or a restore. Older ones are removed as the numbers above say.</source>
        <translation>Eine Sicherung wird jeden Tag beim ersten Öffnen des Journals angelegt, außerdem vor einem Update und vor dem Wiederherstellen. Ältere Sicherungen werden gemäß den Zahlen oben entfernt.</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Noch keine Sicherung.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s), the newest from %1.</source>
        <translation>
            <numerusform>%Ln Sicherung vom %1.</numerusform>
            <numerusform>%Ln Sicherungen, die neueste vom %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>Die Sicherung konnte nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>finalist::DatabaseErrorDialog</name>
    <message>
        <source>This database is already open</source>
        <translation>Diese Datenbank ist bereits geöffnet</translation>
    </message>
    <message>
        <source>This database is open on another computer</source>
        <translation>Diese Datenbank ist auf einem anderen Computer geöffnet</translation>
    </message>
    <message>
        <source>This file is empty</source>
        <translation>Diese Datei ist leer</translation>
    </message>
    <message>
        <source>This database is read-only</source>
        <translation>Diese Datenbank ist schreibgeschützt</translation>
    </message>
    <message>
        <source>This database is from a newer Finalist</source>
        <translation>Diese Datenbank stammt aus einer neueren Finalist-Version</translation>
    </message>
    <message>
        <source>This database is damaged</source>
        <translation>Diese Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>This is not a Finalist database</source>
        <translation>Dies ist keine Finalist-Datenbank</translation>
    </message>
    <message>
        <source>The database could not be created</source>
        <translation>Die Datenbank konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>Die Datenbank konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Finalist</source>
        <translation>Finalist</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>Andere Datei öffnen…</translation>
    </message>
    <message>
        <source>Restore a Backup…</source>
        <translation>Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Create a New Database…</source>
        <translation>Neue Datenbank erstellen…</translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Hide Details</source>
        <translation>Details ausblenden</translation>
    </message>
</context>
<context>
    <name>finalist::DecisionForm</name>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>The chosen hire starts on</source>
        <translation>Die ausgewählte Person beginnt am</translation>
    </message>
    <message>
        <source>In their words, if they gave one</source>
        <translation>In ihren Worten, falls genannt</translation>
    </message>
    <message>
        <source>Anything they said you did well: keep it</source>
        <translation>Alles, was Sie laut ihnen gut gemacht haben: Heben Sie es auf</translation>
    </message>
    <message>
        <source>The second-chance radar counts the chosen hire&apos;s first ninety days from this date</source>
        <translation>Der Radar für zweite Chancen zählt ab diesem Datum die ersten neunzig Tage der ausgewählten Person</translation>
    </message>
    <message>
        <source>Told by</source>
        <translation>Mitgeteilt von</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Genannter Grund</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Lob</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Niemand Bestimmtes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>finalist::DraftsPage</name>
    <message>
        <source>The Drafts</source>
        <translation>Die Entwürfe</translation>
    </message>
    <message>
        <source>Read each note and make it yours. Parts marked ⟦…⟧ had nothing to fill them: write them in or take them out.</source>
        <translation>Lesen Sie jede Nachricht und machen Sie sie zu Ihrer eigenen. Für die mit ⟦…⟧ markierten Stellen gab es nichts zum Einsetzen: Ergänzen Sie sie oder nehmen Sie sie heraus.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>&amp;Tone:</source>
        <translation>&amp;Ton:</translation>
    </message>
    <message>
        <source>Your notes are not signed yet. Sign them as:</source>
        <translation>Ihre Nachrichten sind noch nicht unterzeichnet. Unterzeichnen mit:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Sign Them</source>
        <translation>Unterzeichnen</translation>
    </message>
    <message>
        <source>Keeps the name in Preferences ▸ You for every note to come</source>
        <translation>Speichert den Namen unter Einstellungen ▸ Ihre Angaben für alle künftigen Nachrichten</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Nobody is ticked on the previous page, so there is nothing to draft. The follow-ups come next.</source>
        <translation>Auf der vorigen Seite ist niemand angehakt, daher gibt es nichts zu entwerfen. Als Nächstes folgen die Wiedervorlagen.</translation>
    </message>
    <message>
        <source>Type the name to sign with first.</source>
        <translation>Geben Sie zuerst den Namen ein, mit dem Sie unterzeichnen möchten.</translation>
    </message>
    <message>
        <source>Signed as %1. Notes you had edited keep your words: sign those by hand.</source>
        <translation>Unterzeichnet als %1. Nachrichten, die Sie bearbeitet hatten, behalten Ihren Wortlaut: Unterzeichnen Sie diese von Hand.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n character(s)</source>
        <translation>
            <numerusform>%1 von %Ln Zeichen</numerusform>
            <numerusform>%1 von %Ln Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%Ln Zeichen</numerusform>
            <numerusform>%Ln Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This LinkedIn note is %n character(s); LinkedIn takes %1. Shorten it to go on.</source>
        <translation>
            <numerusform>Diese LinkedIn-Nachricht hat %Ln Zeichen; LinkedIn erlaubt %1. Kürzen Sie sie, um fortzufahren.</numerusform>
            <numerusform>Diese LinkedIn-Nachricht hat %Ln Zeichen; LinkedIn erlaubt %1. Kürzen Sie sie, um fortzufahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>This note still has a part marked ⟦…⟧. Fill it in or take it out to go on.</source>
        <translation>Diese Nachricht enthält noch eine mit ⟦…⟧ markierte Stelle. Füllen Sie sie aus oder nehmen Sie sie heraus, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>finalist::DuePanel</name>
    <message>
        <source>To do</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fällige Wiedervorlagen</translation>
    </message>
    <message>
        <source>Nothing is due today. A good moment to write to one person you met this year, or to plan a check-in on the radar below.</source>
        <translation>Heute ist nichts fällig. Ein guter Moment, einer Person zu schreiben, die Sie dieses Jahr kennengelernt haben, oder unten im Radar eine Kontaktaufnahme zu planen.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%Ln Tag überfällig</numerusform>
            <numerusform>%Ln Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>A Day</source>
        <translation>Um einen Tag</translation>
    </message>
    <message>
        <source>A Week</source>
        <translation>Um eine Woche</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>Bis…</translation>
    </message>
    <message>
        <source>Snoozed.</source>
        <translation>Zurückgestellt.</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the note, contact or journal entry this is about.</source>
        <translation>Die Nachricht, den Kontakt oder den Journaleintrag öffnen, um den es hier geht.</translation>
    </message>
    <message>
        <source>This follow-up is not tied to a note, a contact or an entry.</source>
        <translation>Diese Wiedervorlage gehört zu keiner Nachricht, keinem Kontakt und keinem Eintrag.</translation>
    </message>
    <message>
        <source>Done. Well done.</source>
        <translation>Erledigt. Gut gemacht.</translation>
    </message>
    <message>
        <source>Snoozed until tomorrow.</source>
        <translation>Bis morgen zurückgestellt.</translation>
    </message>
    <message>
        <source>Snoozed for a week.</source>
        <translation>Um eine Woche zurückgestellt.</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Verschoben auf %1.</translation>
    </message>
    <message>
        <source>Choose a Day</source>
        <translation>Tag wählen</translation>
    </message>
</context>
<context>
    <name>finalist::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Find &amp;Everywhere…</source>
        <translation>&amp;Überall suchen…</translation>
    </message>
    <message>
        <source>&amp;Undo Typing</source>
        <translation>&amp;Rückgängig: Eingabe</translation>
    </message>
    <message>
        <source>&amp;Redo Typing</source>
        <translation>&amp;Wiederholen: Eingabe</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
</context>
<context>
    <name>finalist::EntryEditor</name>
    <message>
        <source>Reflection steps</source>
        <translation>Schritte der Reflexion</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Show the step as formatted text</source>
        <translation>Den Schritt als formatierten Text anzeigen</translation>
    </message>
    <message>
        <source>Revisit on</source>
        <translation>Wieder lesen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Not saved: %1 Your text is kept here, and Finalist keeps trying.</source>
        <translation>Nicht gespeichert: %1 Ihr Text bleibt hier erhalten, und Finalist versucht es weiter.</translation>
    </message>
    <message>
        <source>A title for this reflection</source>
        <translation>Ein Titel für diese Reflexion</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>1 · heavy</source>
        <translation>1 · schwer</translation>
    </message>
    <message>
        <source>2 · low</source>
        <translation>2 · gedrückt</translation>
    </message>
    <message>
        <source>3 · steady</source>
        <translation>3 · ausgeglichen</translation>
    </message>
    <message>
        <source>4 · good</source>
        <translation>4 · gut</translation>
    </message>
    <message>
        <source>5 · bright</source>
        <translation>5 · heiter</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>A hiring process that is not in the list yet: create it and link this reflection to it</source>
        <translation>Ein Bewerbungsverfahren, das noch nicht in der Liste steht: anlegen und diese Reflexion damit verknüpfen</translation>
    </message>
    <message>
        <source>What sounded ideal, to look for next time</source>
        <translation>Was ideal klang – und worauf Sie beim nächsten Mal achten möchten</translation>
    </message>
    <message>
        <source>What did not fit</source>
        <translation>Was nicht gepasst hat</translation>
    </message>
    <message>
        <source>Gut feeling: not rated</source>
        <translation>Bauchgefühl: nicht bewertet</translation>
    </message>
    <message>
        <source>Gut feeling: %1 of 5</source>
        <translation>Bauchgefühl: %1 von 5</translation>
    </message>
    <message>
        <source>One line on why</source>
        <translation>Eine Zeile zum Warum</translation>
    </message>
    <message>
        <source>Sounded ideal</source>
        <translation>Klang ideal</translation>
    </message>
    <message>
        <source>Did not fit</source>
        <translation>Hat nicht gepasst</translation>
    </message>
    <message>
        <source>Write in Markdown: **bold**, *italic*, - lists</source>
        <translation>Schreiben Sie in Markdown: **fett**, *kursiv*, - Listen</translation>
    </message>
    <message>
        <source>Choose the opportunity above to record its rounds and the people you met, or create it with New… beside the list.</source>
        <translation>Wählen Sie oben die Bewerbung, um ihre Gesprächsrunden und die Personen festzuhalten, die Sie getroffen haben, oder legen Sie sie mit „Neu…“ neben der Liste an.</translation>
    </message>
    <message>
        <source>No particular opportunity</source>
        <translation>Keine bestimmte Bewerbung</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) in this step</source>
        <translation>
            <numerusform>%Ln Wort in diesem Schritt</numerusform>
            <numerusform>%Ln Wörter in diesem Schritt</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>finalist::ExportDialog</name>
    <message>
        <source>Export journal</source>
        <translation>Journal exportieren</translation>
    </message>
    <message>
        <source>This entry</source>
        <translation>Diesen Eintrag</translation>
    </message>
    <message>
        <source>Whole journal</source>
        <translation>Das ganze Journal</translation>
    </message>
    <message>
        <source>Markdown, one file</source>
        <translation>Markdown, eine Datei</translation>
    </message>
    <message>
        <source>Markdown, a folder with one file per entry</source>
        <translation>Markdown, ein Ordner mit einer Datei pro Eintrag</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Finalist journal</source>
        <translation>Finalist-Journal</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>In Datei exportieren</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Wählen Sie, wo der Export gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Exporting entries…</source>
        <translation>Einträge werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>finalist::FinishPage</name>
    <message>
        <source>Saved: Now Send Them</source>
        <translation>Gespeichert: Jetzt versenden</translation>
    </message>
    <message>
        <source>Everything is saved. Send each note when you are ready: copy it, open it in your mail program, and mark it sent so Today can count it.</source>
        <translation>Alles ist gespeichert. Senden Sie jede Nachricht, wenn Sie so weit sind: Kopieren Sie sie oder öffnen Sie sie in Ihrem E-Mail-Programm, und markieren Sie sie dann als gesendet, damit „Heute“ sie mitzählen kann.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes saved as drafts: %1. Follow-ups planned: %2. New wins: %3. The opportunity is marked runner-up; the notes wait in Outreach and the dates in Today.</source>
        <translation>Als Entwurf gespeicherte Nachrichten: %1. Geplante Wiedervorlagen: %2. Neue Erfolge: %3. Die Bewerbung ist als „Knapp zweite Wahl“ markiert; die Nachrichten warten unter „Nachrichten“, die Termine unter „Heute“.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Open in Mail</source>
        <translation>Im E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Mark Sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>Copied. Paste it where you will send it.</source>
        <translation>Kopiert. Fügen Sie die Nachricht dort ein, wo Sie sie versenden.</translation>
    </message>
    <message>
        <source>No mail program opened the note. Copy it instead.</source>
        <translation>Kein E-Mail-Programm hat die Nachricht geöffnet. Kopieren Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>There is no email address for %1; add it in the mail program.</source>
        <translation>Für %1 ist keine E-Mail-Adresse hinterlegt; ergänzen Sie sie im E-Mail-Programm.</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet am %1</translation>
    </message>
</context>
<context>
    <name>finalist::FollowUpsPage</name>
    <message>
        <source>Coming Back Later</source>
        <translation>Später wieder melden</translation>
    </message>
    <message>
        <source>The door is not closed: the chosen hire may not stay, and new roles open. Change any date, or untick what you do not want. Save writes everything.</source>
        <translation>Die Tür ist nicht zu: Die ausgewählte Person bleibt vielleicht nicht, und neue Stellen werden frei. Ändern Sie beliebige Daten oder entfernen Sie das Häkchen bei allem, was Sie nicht möchten. Beim Speichern wird alles übernommen.</translation>
    </message>
    <message>
        <source>&amp;Save Everything</source>
        <translation>Alles &amp;speichern</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Es wurde nichts gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>finalist::FunnelBar</name>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Which processes the funnel counts: those that reached a stage in this time</source>
        <translation>Welche Verfahren der Trichter zählt: die, die in diesem Zeitraum eine Phase erreicht haben</translation>
    </message>
    <message>
        <source>Funnel:</source>
        <translation>Trichter:</translation>
    </message>
    <message>
        <source>No process reached a stage in this time.</source>
        <translation>In diesem Zeitraum hat kein Verfahren eine Phase erreicht.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source> · %n final round(s), %1 ended as runner-up</source>
        <translation>
            <numerusform> · %Ln Finalrunde, davon %1-mal knapp zweite Wahl</numerusform>
            <numerusform> · %Ln Finalrunden, davon %1-mal knapp zweite Wahl</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>finalist::GoalPanel</name>
    <message>
        <source>Today is a day off</source>
        <translation>Heute ist ein freier Tag</translation>
    </message>
    <message>
        <source>sent today</source>
        <translation>heute gesendet</translation>
    </message>
    <message>
        <source>this week so far</source>
        <translation>diese Woche bisher</translation>
    </message>
    <message>
        <source>work days on target in a row</source>
        <translation>Arbeitstage in Folge im Ziel</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>%1 of %2–%3</source>
        <translation>%1 von %2–%3</translation>
    </message>
    <message>
        <source>%1 (a day off)</source>
        <translation>%1 (freier Tag)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Target: %1 to %n note(s) per work day.</source>
        <translation>
            <numerusform>Ziel: %1 bis %Ln Nachricht pro Arbeitstag.</numerusform>
            <numerusform>Ziel: %1 bis %Ln Nachrichten pro Arbeitstag.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>finalist::HelpWindow</name>
    <message>
        <source>Finalist Help</source>
        <translation>Finalist-Hilfe</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Anleitung durchsuchen</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Inhalt der Anleitung</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>Hilfeseite</translation>
    </message>
</context>
<context>
    <name>finalist::ImportDialog</name>
    <message>
        <source>Cancel Reading</source>
        <translation>Lesen abbrechen</translation>
    </message>
    <message>
        <source>Read Again</source>
        <translation>Erneut lesen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Which column holds what? Finalist chose from the headings;
columns left out are not imported.</source>
        <translation>Welche Spalte enthält was? Finalist hat anhand der Überschriften gewählt;
ausgelassene Spalten werden nicht importiert.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>In your contacts</source>
        <translation>In Ihren Kontakten</translation>
    </message>
    <message>
        <source>People in the file</source>
        <translation>Personen in der Datei</translation>
    </message>
    <message>
        <source>Rows that will not be imported, what is left out of the others, and why</source>
        <translation>Zeilen, die nicht importiert werden, was bei den übrigen ausgelassen wird, und warum</translation>
    </message>
    <message>
        <source>Rows that will not be imported, and what is left out of the others</source>
        <translation>Zeilen, die nicht importiert werden, und was bei den übrigen ausgelassen wird</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Zeichenkodierung:</translation>
    </message>
    <message>
        <source>LinkedIn connections</source>
        <translation>LinkedIn-Kontakte</translation>
    </message>
    <message>
        <source>LinkedIn invitations</source>
        <translation>LinkedIn-Einladungen</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Tabelle (CSV)</translation>
    </message>
    <message>
        <source>Read &amp;as:</source>
        <translation>Lesen &amp;als:</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>Es wird nichts gespeichert, bevor Sie auf „Importieren“ klicken.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the invitations in “%1”…</source>
        <translation>Die Einladungen in „%1“ werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the people in “%1”…</source>
        <translation>Die Personen in „%1“ werden gelesen…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Reading “%1” was cancelled. Nothing was imported.</source>
        <translation>Das Lesen von „%1“ wurde abgebrochen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported. Another encoding may read it, or the file may be of another kind.</source>
        <translation>Es wurde nichts importiert. Vielleicht lässt sich die Datei mit einer anderen Zeichenkodierung lesen, oder es handelt sich um einen anderen Dateityp.</translation>
    </message>
    <message>
        <source>Not readable as %1.</source>
        <translation>Als %1 nicht lesbar.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) in “%1”.
The people Finalist knows become “invitation pending”.</source>
        <translation>
            <numerusform>%Ln Einladung in „%1“.
Bei Personen, die Finalist kennt, wird „Einladung ausstehend“ eingetragen.</numerusform>
            <numerusform>%Ln Einladungen in „%1“.
Bei Personen, die Finalist kennt, wird „Einladung ausstehend“ eingetragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>You invited them</source>
        <translation>Von Ihnen eingeladen</translation>
    </message>
    <message>
        <source>They invited you</source>
        <translation>Hat Sie eingeladen</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is %2 of %n column(s).</source>
        <translation>
            <numerusform>„%1“ ist %2 mit %Ln Spalte.</numerusform>
            <numerusform>„%1“ ist %2 mit %Ln Spalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticked: added to your contacts. Unticked: left out.</source>
        <translation>Angehakt: wird zu Ihren Kontakten hinzugefügt. Nicht angehakt: wird ausgelassen.</translation>
    </message>
    <message>
        <source>Ticked: merged into %1. Unticked: skipped.</source>
        <translation>Angehakt: wird mit %1 zusammengeführt. Nicht angehakt: wird übersprungen.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>%1: %L2 new, %L3 already in your contacts, %L4 not imported, %L5 with warnings.</source>
        <translation>%1: %L2 neu, %L3 bereits in Ihren Kontakten, %L4 nicht importiert, %L5 mit Warnungen.</translation>
    </message>
    <message>
        <source>%1: %L2 new, %L3 to merge, %L4 left out, %L5 not imported, %L6 with warnings.</source>
        <translation>%1: %L2 neu, %L3 zum Zusammenführen, %L4 ausgelassen, %L5 nicht importiert, %L6 mit Warnungen.</translation>
    </message>
    <message>
        <source>
The list shows the first %1 people; the other %2 are imported as they are.</source>
        <translation>
Die Liste zeigt die ersten %1 Personen; die übrigen %2 werden wie vorgesehen importiert.</translation>
    </message>
    <message>
        <source>
A merge fills in what is missing and never overwrites. Nothing is written until you press Import,
and an import can be undone later.</source>
        <translation>
Beim Zusammenführen wird nur Fehlendes ergänzt, nie etwas überschrieben. Es wird nichts gespeichert, bevor Sie auf „Importieren“ klicken,
und ein Import lässt sich später rückgängig machen.</translation>
    </message>
    <message>
        <source>Read “%1” again to see what it holds now.</source>
        <translation>Lesen Sie „%1“ erneut, um den aktuellen Inhalt zu sehen.</translation>
    </message>
    <message>
        <source>“%1” changed or went away since it was read. Nothing was imported.</source>
        <translation>„%1“ wurde seit dem Lesen geändert oder entfernt. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation>Kontakte werden importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added. Import starts it again.
</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts hinzugefügt. „Importieren“ startet ihn erneut.
</translation>
    </message>
</context>
<context>
    <name>finalist::InvitationDialog</name>
    <message>
        <source>Add an Interview from an Invitation</source>
        <translation>Gespräch aus einer Einladung hinzufügen</translation>
    </message>
    <message>
        <source>Characters left out</source>
        <translation>Ausgelassene Zeichen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>Kind of round</source>
        <translation>Art der Runde</translation>
    </message>
    <message>
        <source>Add Round</source>
        <translation>Runde hinzufügen</translation>
    </message>
    <message>
        <source>The panel (untick anyone to leave out):</source>
        <translation>Die Gesprächspartner (zum Auslassen den Haken entfernen):</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing can be added from “%1”.</source>
        <translation>Aus „%1“ kann nichts hinzugefügt werden.</translation>
    </message>
    <message>
        <source>An interview</source>
        <translation>Ein Vorstellungsgespräch</translation>
    </message>
    <message>
        <source>Join: %1</source>
        <translation>Teilnehmen: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <source>Characters that are not text were left out, on the lines below.</source>
        <translation>Zeichen, die kein Text sind, wurden in den folgenden Zeilen ausgelassen.</translation>
    </message>
    <message>
        <source>Choose the opportunity…</source>
        <translation>Bewerbung auswählen…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This invitation was added before: its round will be updated, and anyone new joins its panel.</source>
        <translation>Diese Einladung wurde bereits hinzugefügt: Die zugehörige Runde wird aktualisiert, und neue Personen kommen zu den Gesprächspartnern hinzu.</translation>
    </message>
    <message>
        <source>Which process is this interview for? Choose it above.</source>
        <translation>Zu welchem Verfahren gehört dieses Gespräch? Wählen Sie es oben aus.</translation>
    </message>
    <message>
        <source>Already in your contacts</source>
        <translation>Bereits in Ihren Kontakten</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>No name: left out unless you name them</source>
        <translation>Kein Name: wird ausgelassen, solange Sie keinen eintragen</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source> · organizer</source>
        <translation> · Organisator/in</translation>
    </message>
    <message>
        <source>The invitation names nobody besides you; the round is added without a panel.</source>
        <translation>Die Einladung nennt niemanden außer Ihnen; die Runde wird ohne Gesprächspartner hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 has no name yet: type one, or untick them.</source>
        <translation>%1 hat noch keinen Namen: Geben Sie einen ein oder entfernen Sie den Haken.</translation>
    </message>
    <message>
        <source>Calendar invitations (*.ics)</source>
        <translation>Kalendereinladungen (*.ics)</translation>
    </message>
</context>
<context>
    <name>finalist::JournalListModel</name>
    <message>
        <source>mood %1/5</source>
        <translation>Stimmung %1/5</translation>
    </message>
</context>
<context>
    <name>finalist::JournalView</name>
    <message>
        <source>Search all entries</source>
        <translation>Alle Einträge durchsuchen</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Journaleinträge</translation>
    </message>
    <message>
        <source>New Entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>New Entry from an Opportunity…</source>
        <translation>Neuer Eintrag zu einer Bewerbung…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>This entry or the whole journal, as Markdown, HTML or PDF, or printed</source>
        <translation>Diesen Eintrag oder das ganze Journal als Markdown, HTML oder PDF exportieren oder drucken</translation>
    </message>
    <message>
        <source>All opportunities</source>
        <translation>Alle Bewerbungen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Mood %1</source>
        <translation>Stimmung %1</translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation>Jede Stimmung</translation>
    </message>
    <message>
        <source>No entry matches. Try fewer words or clear the filters.</source>
        <translation>Kein Eintrag passt. Versuchen Sie es mit weniger Wörtern oder setzen Sie die Filter zurück.</translation>
    </message>
    <message>
        <source>No reflections yet. Start one with New Entry: the first step only asks what happened.</source>
        <translation>Noch keine Reflexionen. Beginnen Sie eine mit „Neuer Eintrag“: Der erste Schritt fragt nur, was passiert ist.</translation>
    </message>
    <message>
        <source>There are no opportunities yet.</source>
        <translation>Es gibt noch keine Bewerbungen.</translation>
    </message>
    <message>
        <source>New Entry from an Opportunity</source>
        <translation>Neuer Eintrag zu einer Bewerbung</translation>
    </message>
    <message>
        <source>Which process is this reflection about? Its rounds and the people you met are written in for you.</source>
        <translation>Um welches Verfahren geht es in dieser Reflexion? Die Runden und die Menschen, die Sie kennengelernt haben, werden für Sie eingetragen.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
</context>
<context>
    <name>finalist::LanguagePreferences</name>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>Sprache des Systems (%1)</translation>
    </message>
    <message>
        <source>Finalist is written in English; further languages appear here as they are translated. Dates and numbers follow the system&apos;s regional settings.</source>
        <translation>Finalist ist auf Englisch geschrieben; weitere Sprachen erscheinen hier, sobald sie übersetzt sind. Datum und Zahlen folgen den Regionaleinstellungen des Systems.</translation>
    </message>
    <message>
        <source>The new language is used from the next time Finalist starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Finalist.</translation>
    </message>
    <message>
        <source>Exported contacts carry every phone number with its country code; a number typed without one is taken to be from here.</source>
        <translation>Exportierte Kontakte enthalten jede Telefonnummer mit Ländervorwahl; eine ohne Vorwahl eingegebene Nummer gilt als Nummer aus dieser Region.</translation>
    </message>
    <message>
        <source>The system&apos;s region (%1)</source>
        <translation>Region des Systems (%1)</translation>
    </message>
    <message>
        <source>The system&apos;s region (none: numbers need their country code)</source>
        <translation>Region des Systems (keine: Nummern brauchen ihre Ländervorwahl)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Phone numbers from:</source>
        <translation>&amp;Telefonnummern aus:</translation>
    </message>
</context>
<context>
    <name>finalist::LessonListPanel</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>One thing, in a line: “I explain trade-offs well under pressure”</source>
        <translation>Eine Sache, in einer Zeile: „Ich erkläre Abwägungen auch unter Druck gut“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Write the lesson in the box first.</source>
        <translation>Schreiben Sie die Erkenntnis zuerst in das Feld.</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
</context>
<context>
    <name>finalist::LessonsView</name>
    <message>
        <source>No lessons yet</source>
        <translation>Noch keine Erkenntnisse</translation>
    </message>
    <message>
        <source>Step 4 of a reflection, “What I learned about myself”, collects them. They gather here, grouped, so the ones that keep coming back stand out.</source>
        <translation>Schritt 4 einer Reflexion, „Was ich über mich gelernt habe“, sammelt sie. Hier kommen sie gruppiert zusammen, damit die auffallen, die immer wiederkehren.</translation>
    </message>
    <message>
        <source>Grouped by opportunity</source>
        <translation>Nach Bewerbung gruppiert</translation>
    </message>
    <message>
        <source>Grouped by tag</source>
        <translation>Nach Schlagwort gruppiert</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>What I keep learning</source>
        <translation>Was ich immer wieder lerne</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n lesson(s))</source>
        <translation>
            <numerusform>%1 (%Ln Erkenntnis)</numerusform>
            <numerusform>%1 (%Ln Erkenntnisse)</numerusform>
        </translation>
    </message>
    <message>
        <source>No theme has come back yet; it takes a few reflections.</source>
        <translation>Noch ist kein Thema wiedergekehrt; dafür braucht es ein paar Reflexionen.</translation>
    </message>
    <message>
        <source>Coming back again and again: %1</source>
        <translation>Taucht immer wieder auf: %1</translation>
    </message>
    <message>
        <source>Without a tag</source>
        <translation>Ohne Schlagwort</translation>
    </message>
    <message>
        <source>About no particular opportunity</source>
        <translation>Zu keiner bestimmten Bewerbung</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>From “%1”, %2</source>
        <translation>Aus „%1“, %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n lesson(s)</source>
        <translation>
            <numerusform>%1 · %Ln Erkenntnis</numerusform>
            <numerusform>%1 · %Ln Erkenntnisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>finalist::LinkedRecords</name>
    <message>
        <source>Write a Reflection</source>
        <translation>Reflexion schreiben</translation>
    </message>
    <message>
        <source>Follow up about…</source>
        <translation>Wiedervorlage zu …</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Add Follow-up</source>
        <translation>Wiedervorlage hinzufügen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>No reflection about this process yet.</source>
        <translation>Noch keine Reflexion zu diesem Bewerbungsverfahren.</translation>
    </message>
    <message>
        <source>Reflections (%1)</source>
        <translation>Reflexionen (%1)</translation>
    </message>
    <message>
        <source>%1 to %2 · %3</source>
        <translation>%1 an %2 · %3</translation>
    </message>
    <message>
        <source>No notes yet: thank the people you met from the Rounds above or from Outreach.</source>
        <translation>Noch keine Nachrichten: Danken Sie den Personen, die Sie kennengelernt haben, über die Gesprächsrunden oben oder im Bereich „Nachrichten“.</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Nachrichten (%1)</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Nothing planned. Add a follow-up below.</source>
        <translation>Nichts geplant. Fügen Sie unten eine Wiedervorlage hinzu.</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>Wiedervorlagen (%1)</translation>
    </message>
    <message>
        <source>Wins are kept when you answer a rejection, or in the Wins section.</source>
        <translation>Erfolge halten Sie fest, wenn Sie auf eine Absage antworten, oder im Bereich „Erfolge“.</translation>
    </message>
    <message>
        <source>Wins (%1)</source>
        <translation>Erfolge (%1)</translation>
    </message>
    <message>
        <source>Follow-up added for %1.</source>
        <translation>Wiedervorlage für den %1 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>finalist::MainWindow</name>
    <message>
        <source>The database this window writes to</source>
        <translation>Die Datenbank, in die dieses Fenster schreibt</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Your morning page: the follow-ups due today, your outreach goal and the second-chance radar. It appears once a database is open.</source>
        <translation>Ihre Morgenseite: die heute fälligen Wiedervorlagen, Ihr Nachrichtenziel und das Radar für zweite Chancen. Die Ansicht erscheint, sobald eine Datenbank geöffnet ist.</translation>
    </message>
    <message>
        <source>Every hiring process on a board, from interested to hired, with its rounds, the people you met and what comes next. It appears once a database is open.</source>
        <translation>Alle Bewerbungsverfahren auf einer Tafel, von „Interessiert“ bis „Eingestellt“, mit ihren Gesprächsrunden, den Personen, die Sie kennengelernt haben, und den nächsten Schritten. Die Ansicht erscheint, sobald eine Datenbank geöffnet ist.</translation>
    </message>
    <message>
        <source>What each process proved: rounds passed, people met, and what you write yourself. It appears once a database is open.</source>
        <translation>Was jedes Verfahren gezeigt hat: bestandene Gesprächsrunden, kennengelernte Personen und was Sie selbst festhalten. Die Ansicht erscheint, sobald eine Datenbank geöffnet ist.</translation>
    </message>
    <message>
        <source>Every lesson from your reflections, grouped, with the themes that keep coming back. It appears once a database is open.</source>
        <translation>Alle Erkenntnisse aus Ihren Reflexionen, gruppiert und mit den Themen, die immer wiederkehren. Die Ansicht erscheint, sobald eine Datenbank geöffnet ist.</translation>
    </message>
    <message>
        <source>Every note you drafted or sent, and who has not been thanked yet. It appears once a database is open.</source>
        <translation>Alle Nachrichten, die Sie entworfen oder gesendet haben, und wem Sie noch nicht gedankt haben. Die Ansicht erscheint, sobald eine Datenbank geöffnet ist.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Entry</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <source>New &amp;Database…</source>
        <translation>Neue &amp;Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>New Opportunit&amp;y…</source>
        <translation>Neue Be&amp;werbung…</translation>
    </message>
    <message>
        <source>&amp;Add Interview from Invitation…</source>
        <translation>&amp;Gespräch aus Einladung hinzufügen…</translation>
    </message>
    <message>
        <source>Answer a Re&amp;jection…</source>
        <translation>Auf eine &amp;Absage antworten…</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation>Kontakte e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Undo an Import…</source>
        <translation>Einen Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>&amp;Backup Now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>Aus Sicherung wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>O&amp;pportunities</source>
        <translation>&amp;Bewerbungen</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Wins</source>
        <translation>&amp;Erfolge</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>Er&amp;kenntnisse</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>K&amp;ontakte</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>O&amp;utreach</source>
        <translation>N&amp;achrichten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Finalist &amp;Help</source>
        <translation>Finalist-&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Finalist</source>
        <translation>Ü&amp;ber Finalist</translation>
    </message>
    <message>
        <source>&amp;New Opportunity…</source>
        <translation>&amp;Neue Bewerbung…</translation>
    </message>
    <message>
        <source>&amp;New Win</source>
        <translation>&amp;Neuer Erfolg</translation>
    </message>
    <message>
        <source>&amp;New Contact</source>
        <translation>&amp;Neuer Kontakt</translation>
    </message>
    <message>
        <source>&amp;New Note…</source>
        <translation>&amp;Neue Nachricht…</translation>
    </message>
    <message>
        <source>This file is not there any more (moved, deleted, or on a drive that is not connected).</source>
        <translation>Diese Datei ist nicht mehr vorhanden (verschoben, gelöscht oder auf einem Laufwerk, das nicht angeschlossen ist).</translation>
    </message>
    <message>
        <source>No other databases yet</source>
        <translation>Noch keine weiteren Datenbanken</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Some of your text could not be saved yet. Close anyway and lose it?</source>
        <translation>Ein Teil Ihres Textes konnte noch nicht gespeichert werden. Trotzdem schließen und ihn verlieren?</translation>
    </message>
    <message>
        <source>About Finalist</source>
        <translation>Über Finalist</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Sends and receives changes through the sync account (Preferences ▸ Sync)</source>
        <translation>Sendet und empfängt Änderungen über das Sync-Konto (Einstellungen ▸ Synchronisierung)</translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s) to look at</source>
        <translation>
            <numerusform>%Ln Synchronisierungskonflikt offen</numerusform>
            <numerusform>%Ln Synchronisierungskonflikte offen</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed here and on another device: see both versions</source>
        <translation>Hier und auf einem anderen Gerät geändert: beide Fassungen ansehen</translation>
    </message>
    <message>
        <source>Sync Con&amp;flicts…</source>
        <translation>Synchronisierungs&amp;konflikte…</translation>
    </message>
    <message>
        <source>Reflections in five steps, written while the process is fresh, with your wins and lessons beside them. It appears once a database is open.</source>
        <translation>Reflexionen in fünf Schritten, geschrieben, solange das Verfahren noch frisch ist, mit Ihren Erfolgen und Erkenntnissen daneben. Die Ansicht erscheint, sobald eine Datenbank geöffnet ist.</translation>
    </message>
    <message>
        <source>Everyone you met along the way, with thank-you and LinkedIn status. It appears once a database is open.</source>
        <translation>Alle, die Sie unterwegs kennengelernt haben, mit dem Stand von Dankesnachricht und LinkedIn. Die Ansicht erscheint, sobald eine Datenbank geöffnet ist.</translation>
    </message>
    <message>
        <source>A map of who introduced whom and who works with whom. It appears once a database is open.</source>
        <translation>Eine Karte, wer wen vorgestellt hat und wer mit wem zusammenarbeitet. Die Ansicht erscheint, sobald eine Datenbank geöffnet ist.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Finalist %1&lt;/h3&gt;&lt;p&gt;A private journal for the final rounds: what you won, who you met, and what comes next.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in one file. Finalist uses the network only to sync, once you set up an account for it.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. It comes with no warranty.&lt;/p&gt;%2</source>
        <translation>&lt;h3&gt;Finalist %1&lt;/h3&gt;&lt;p&gt;Ein privates Journal für die Finalrunden: was Sie erreicht haben, wen Sie kennengelernt haben und wie es weitergeht.&lt;/p&gt;&lt;p&gt;Ihre Daten bleiben auf diesem Computer, in einer einzigen Datei. Finalist nutzt das Netzwerk nur zum Synchronisieren, sobald Sie dafür ein Konto einrichten.&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder neuer. Sie wird ohne jegliche Gewährleistung bereitgestellt.&lt;/p&gt;%2</translation>
    </message>
</context>
<context>
    <name>finalist::MarkdownEdit</name>
    <message>
        <source>link text</source>
        <translation>Linktext</translation>
    </message>
    <message>
        <source>No spelling suggestions</source>
        <translation>Keine Rechtschreibvorschläge</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
</context>
<context>
    <name>finalist::MomentumPanel</name>
    <message>
        <source>Add action</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Outreach target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>letters per work day</source>
        <translation>Nachrichten pro Arbeitstag</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>A next step: “Ask Dana for an introduction to her old team”</source>
        <translation>Ein nächster Schritt: „Dana bitten, mich ihrem früheren Team vorzustellen“</translation>
    </message>
    <message>
        <source>Tick it when done</source>
        <translation>Abhaken, wenn erledigt</translation>
    </message>
    <message>
        <source>The most letters per day cannot be fewer than the least.</source>
        <translation>Die Höchstzahl an Nachrichten pro Tag darf nicht unter der Mindestzahl liegen.</translation>
    </message>
    <message numerus="yes">
        <source>Target from today: %1 to %n letter(s) per work day.</source>
        <translation>
            <numerusform>Ziel ab heute: %1 bis %Ln Nachricht pro Arbeitstag.</numerusform>
            <numerusform>Ziel ab heute: %1 bis %Ln Nachrichten pro Arbeitstag.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the next action in the box first.</source>
        <translation>Tragen Sie zuerst den nächsten Schritt in das Feld ein.</translation>
    </message>
    <message>
        <source>Added; it will come back as a follow-up on %1.</source>
        <translation>Hinzugefügt; am %1 kommt der Schritt als Wiedervorlage zurück.</translation>
    </message>
</context>
<context>
    <name>finalist::NetworkLegend</name>
    <message>
        <source>Met in a round</source>
        <translation>In einer Runde kennengelernt</translation>
    </message>
    <message>
        <source>Works there</source>
        <translation>Arbeitet dort</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Vorgestellt von</translation>
    </message>
    <message>
        <source>Works with</source>
        <translation>Arbeitet mit</translation>
    </message>
    <message>
        <source>Larger dot: warmer</source>
        <translation>Größerer Punkt: mehr Nähe</translation>
    </message>
</context>
<context>
    <name>finalist::NetworkView</name>
    <message>
        <source>Your network grows here</source>
        <translation>Hier wächst Ihr Netzwerk</translation>
    </message>
    <message>
        <source>The people you meet in hiring processes appear here, around the companies where you met them, with who introduced whom and the processes they belong to. Record an opportunity and add the people you met to its rounds, or bring in your LinkedIn connections with File&#xa0;▸ Import&#xa0;Contacts.</source>
        <translation>Hier erscheinen die Personen, die Sie in Bewerbungsverfahren kennenlernen – rund um die Unternehmen, bei denen Sie sie getroffen haben, mit der Information, wer wen vorgestellt hat, und den Verfahren, zu denen sie gehören. Erfassen Sie eine Bewerbung und fügen Sie die Personen, die Sie kennengelernt haben, ihren Gesprächsrunden hinzu, oder holen Sie Ihre LinkedIn-Kontakte über Datei&#xa0;▸ Kontakte&#xa0;importieren herein.</translation>
    </message>
    <message>
        <source>Nobody recorded in this process yet</source>
        <translation>In diesem Verfahren ist noch niemand erfasst</translation>
    </message>
    <message>
        <source>Add the people you met to the rounds of this opportunity on its page, and they appear here around the company. Choose “Everyone” in Focus to see your whole network.</source>
        <translation>Fügen Sie die Personen, die Sie kennengelernt haben, auf der Seite dieser Bewerbung deren Gesprächsrunden hinzu; dann erscheinen sie hier rund um das Unternehmen. Wählen Sie unter „Fokus“ die Option „Alle“, um Ihr gesamtes Netzwerk zu sehen.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Fit to View</source>
        <translation>An Ansicht anpassen</translation>
    </message>
    <message>
        <source>Network of people</source>
        <translation>Netzwerk der Personen</translation>
    </message>
    <message>
        <source>Friends of friends: </source>
        <translation>Freunde von Freunden: </translation>
    </message>
    <message>
        <source>Friends of friends: none</source>
        <translation>Freunde von Freunden: keine</translation>
    </message>
    <message>
        <source>Also show the people one or two introductions away</source>
        <translation>Auch Personen anzeigen, die eine oder zwei Vorstellungen entfernt sind</translation>
    </message>
    <message>
        <source>Show the whole network</source>
        <translation>Das gesamte Netzwerk anzeigen</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Everyone (the warmest 2,000)</source>
        <translation>Alle (die 2.000 mit der größten Nähe)</translation>
    </message>
    <message numerus="yes">
        <source>Arranging %n (person|people)…</source>
        <translation>
            <numerusform>%Ln Person wird angeordnet…</numerusform>
            <numerusform>%Ln Personen werden angeordnet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (person|people)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Contact</source>
        <translation>Kontakt öffnen</translation>
    </message>
    <message>
        <source>Draft Note</source>
        <translation>Nachricht entwerfen</translation>
    </message>
    <message>
        <source>Mark Thank-you Sent</source>
        <translation>Dankesnachricht als gesendet markieren</translation>
    </message>
    <message>
        <source>Write Email</source>
        <translation>E-Mail schreiben</translation>
    </message>
    <message>
        <source>There is no email address for %1 yet.</source>
        <translation>Für %1 ist noch keine E-Mail-Adresse hinterlegt.</translation>
    </message>
    <message>
        <source>Open LinkedIn Profile</source>
        <translation>LinkedIn-Profil öffnen</translation>
    </message>
    <message>
        <source>There is no LinkedIn address for %1 yet.</source>
        <translation>Für %1 ist noch keine LinkedIn-Adresse hinterlegt.</translation>
    </message>
    <message>
        <source>Open “%1”</source>
        <translation>„%1“ öffnen</translation>
    </message>
    <message>
        <source>New Opportunity at %1…</source>
        <translation>Neue Bewerbung bei %1…</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Finalist network</source>
        <translation>Finalist-Netzwerk</translation>
    </message>
    <message>
        <source>Export the Network</source>
        <translation>Netzwerk exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg)</translation>
    </message>
</context>
<context>
    <name>finalist::NewOpportunityDialog</name>
    <message>
        <source>New Opportunity</source>
        <translation>Neue Bewerbung</translation>
    </message>
    <message>
        <source>S&amp;tage</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
</context>
<context>
    <name>finalist::NewsPage</name>
    <message>
        <source>I know when the chosen hire starts:</source>
        <translation>Ich weiß, wann die ausgewählte Person anfängt:</translation>
    </message>
    <message>
        <source>The News</source>
        <translation>Die Absage</translation>
    </message>
    <message>
        <source>Take a breath. Write down what you were told while it is fresh; nothing is saved until the end, and you can stop and come back.</source>
        <translation>Atmen Sie kurz durch. Schreiben Sie auf, was man Ihnen gesagt hat, solange es noch frisch ist. Gespeichert wird erst am Ende, und Sie können jederzeit unterbrechen und später weitermachen.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>By email</source>
        <translation>Per E-Mail</translation>
    </message>
    <message>
        <source>In a call</source>
        <translation>Telefonisch</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>In their words, if they gave one</source>
        <translation>Möglichst wörtlich, falls ein Grund genannt wurde</translation>
    </message>
    <message>
        <source>Anything they said you did well</source>
        <translation>Was Sie laut Rückmeldung gut gemacht haben</translation>
    </message>
    <message>
        <source>Something you talked about, to mention in your notes</source>
        <translation>Ein Gesprächsthema, das Sie in Ihren Nachrichten aufgreifen können</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Record the whole process first: company, role, the posting, when you applied</source>
        <translation>Erfassen Sie zuerst das ganze Verfahren: Unternehmen, Stelle, Stellenanzeige, Bewerbungsdatum</translation>
    </message>
    <message>
        <source>&amp;Opportunity:</source>
        <translation>&amp;Bewerbung:</translation>
    </message>
    <message>
        <source>Told by:</source>
        <translation>Mitgeteilt von:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Am:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Wie:</translation>
    </message>
    <message>
        <source>Reason given:</source>
        <translation>Genannter Grund:</translation>
    </message>
    <message>
        <source>Praise:</source>
        <translation>Lob:</translation>
    </message>
    <message>
        <source>A topic:</source>
        <translation>Ein Thema:</translation>
    </message>
    <message>
        <source>A new opportunity…</source>
        <translation>Eine neue Bewerbung…</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Niemand Bestimmtes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name the company, or pick the opportunity from the list.</source>
        <translation>Nennen Sie das Unternehmen oder wählen Sie die Bewerbung aus der Liste.</translation>
    </message>
</context>
<context>
    <name>finalist::OpportunitiesView</name>
    <message>
        <source>No opportunities yet</source>
        <translation>Noch keine Bewerbungen</translation>
    </message>
    <message>
        <source>Every hiring process you are in, or were in, lives here: its stage, rounds, the people you met and what comes next. Start with the one on your mind.</source>
        <translation>Hier finden Sie jedes Bewerbungsverfahren, in dem Sie stecken oder steckten: seine Phase, die Gesprächsrunden, die Personen, die Sie kennengelernt haben, und was als Nächstes kommt. Beginnen Sie mit dem, das Sie gerade beschäftigt.</translation>
    </message>
    <message>
        <source>Archived too</source>
        <translation>Auch archivierte</translation>
    </message>
    <message>
        <source>New Opportunity…</source>
        <translation>Neue Bewerbung…</translation>
    </message>
    <message>
        <source>Add from an Invitation…</source>
        <translation>Aus einer Einladung hinzufügen…</translation>
    </message>
    <message>
        <source>A new hiring process (Ctrl+Shift+O)</source>
        <translation>Ein neues Bewerbungsverfahren (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>From Invitation…</source>
        <translation>Aus Einladung…</translation>
    </message>
    <message>
        <source>Add an interview round from a calendar invitation (.ics); you can also drop the file on an opportunity&apos;s page</source>
        <translation>Eine Gesprächsrunde aus einer Kalendereinladung (.ics) hinzufügen; Sie können die Datei auch auf die Seite einer Bewerbung ziehen</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Company, role, source, place</source>
        <translation>Unternehmen, Stelle, Quelle, Ort</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>Offen und abgeschlossen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln process(es)</source>
        <translation>
            <numerusform>%Ln Verfahren</numerusform>
            <numerusform>%Ln Verfahren</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Archivierung aufheben</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Deleted %1 with %2 and %3; your reflections and notes stay.</source>
        <translation>%1 mit %2 und %3 gelöscht; Ihre Reflexionen und Nachrichten bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%Ln Runde</numerusform>
            <numerusform>%Ln Runden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%Ln Wiedervorlage</numerusform>
            <numerusform>%Ln Wiedervorlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>opens the chosen process</comment>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>finalist::OpportunityChoiceModel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>finalist::OpportunityForm</name>
    <message>
        <source>Applied on</source>
        <translation>Beworben am</translation>
    </message>
    <message>
        <source>Who is hiring (required)</source>
        <translation>Wer stellt ein (Pflichtfeld)</translation>
    </message>
    <message>
        <source>The job title, as they wrote it</source>
        <translation>Die Stellenbezeichnung, wie sie ausgeschrieben ist</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Recruiter/in</translation>
    </message>
    <message>
        <source>Job board</source>
        <translation>Jobbörse</translation>
    </message>
    <message>
        <source>Company website</source>
        <translation>Unternehmenswebsite</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Former colleague</source>
        <translation>Ehemalige Kollegen</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>Woher die Stelle stammt</translation>
    </message>
    <message>
        <source>As they put it, e.g. 70–80k, DOE</source>
        <translation>Wie angegeben, z. B. 70–80 T€, je nach Erfahrung</translation>
    </message>
    <message>
        <source>City, remote, hybrid…</source>
        <translation>Stadt, remote, hybrid…</translation>
    </message>
    <message>
        <source>Paste the job posting here: postings disappear once the role is filled, and you will want to read what they asked for.</source>
        <translation>Fügen Sie hier die Stellenanzeige ein: Anzeigen verschwinden, sobald die Stelle besetzt ist, und Sie werden nachlesen wollen, was verlangt wurde.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the posting in your browser</source>
        <translation>Die Anzeige im Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Stelle</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>Posting &amp;link</source>
        <translation>&amp;Link zur Anzeige</translation>
    </message>
    <message>
        <source>Salar&amp;y, place</source>
        <translation>&amp;Gehalt, Ort</translation>
    </message>
    <message>
        <source>The &amp;posting</source>
        <translation>Anzeigen&amp;text</translation>
    </message>
</context>
<context>
    <name>finalist::OpportunityListModel</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>No role named yet</source>
        <translation>Noch keine Stelle angegeben</translation>
    </message>
    <message>
        <source>In stage since today</source>
        <translation>Seit heute in dieser Phase</translation>
    </message>
    <message>
        <source>In stage %1</source>
        <translation>%1 in dieser Phase</translation>
    </message>
    <message>
        <source> · active %1</source>
        <translation> · zuletzt aktiv am %1</translation>
    </message>
    <message>
        <source>A round today</source>
        <translation>Heute eine Gesprächsrunde</translation>
    </message>
    <message>
        <source>Next round %1</source>
        <translation>Nächste Runde am %1</translation>
    </message>
    <message>
        <source>Follow-up late since %1</source>
        <translation>Wiedervorlage überfällig seit %1</translation>
    </message>
    <message>
        <source>Follow up %1</source>
        <translation>Wiedervorlage am %1</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Nichts geplant</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>In stage</source>
        <translation>In Phase</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächste Wiedervorlage</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>finalist::OpportunityPage</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Save the details and the decision (also done when you leave the page)</source>
        <translation>Details und Entscheidung speichern (geschieht auch, wenn Sie die Seite verlassen)</translation>
    </message>
    <message>
        <source>Delete this process with its rounds, follow-ups and wins; your reflections and notes stay. Can be undone.</source>
        <translation>Dieses Bewerbungsverfahren mit seinen Gesprächsrunden, Wiedervorlagen und Erfolgen löschen; Ihre Reflexionen und Nachrichten bleiben erhalten. Kann rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Rounds and the people you met</source>
        <translation>Gesprächsrunden und die Personen, die Sie kennengelernt haben</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>← All Opportunities</source>
        <translation>← Alle Bewerbungen</translation>
    </message>
    <message>
        <source>Back to the board or the list (Alt+Left)</source>
        <translation>Zurück zum Board oder zur Liste (Alt+Links)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Write a Reflection</source>
        <translation>Reflexion schreiben</translation>
    </message>
    <message>
        <source>Answer a Rejection…</source>
        <translation>Auf Absage antworten…</translation>
    </message>
    <message>
        <source>Thank the panel, ask for feedback and plan the follow-ups</source>
        <translation>Den Gesprächspartnern danken, um Feedback bitten und die Wiedervorlagen planen</translation>
    </message>
    <message>
        <source>S&amp;tage</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>In this stage since today.</source>
        <translation>Seit heute in dieser Phase.</translation>
    </message>
    <message>
        <source>In this stage for %1.</source>
        <translation>Bereits %1 in dieser Phase.</translation>
    </message>
    <message>
        <source>So far: %1.</source>
        <translation>Bisher: %1.</translation>
    </message>
    <message>
        <source>Archived on %1.</source>
        <translation>Archiviert am %1.</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Aus dem Archiv holen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Put it back on the board</source>
        <translation>Wieder auf das Board legen</translation>
    </message>
    <message>
        <source>Take it off the board; everything about it is kept</source>
        <translation>Vom Board nehmen; alle Angaben dazu bleiben erhalten</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>In die Phase „%1“ verschoben.</translation>
    </message>
    <message>
        <source>Archived: it is off the board, and nothing is lost.</source>
        <translation>Archiviert: Die Bewerbung ist nicht mehr auf dem Board, und nichts geht verloren.</translation>
    </message>
    <message>
        <source>Back on the board.</source>
        <translation>Wieder auf dem Board.</translation>
    </message>
</context>
<context>
    <name>finalist::OutreachListModel</name>
    <message>
        <source>Replied %1</source>
        <translation>Beantwortet am %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
</context>
<context>
    <name>finalist::OutreachView</name>
    <message>
        <source>Save Draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Mark Sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>They Replied</source>
        <translation>Antwort erhalten</translation>
    </message>
    <message>
        <source>No Reply</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Open in Mail</source>
        <translation>Im Mailprogramm öffnen</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Answer a Rejection…</source>
        <translation>Auf eine Absage antworten…</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Vorlagen…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Thank-You Checklist</source>
        <translation>Checkliste Dankesnachrichten</translation>
    </message>
    <message>
        <source>Marked sent.</source>
        <translation>Als gesendet markiert.</translation>
    </message>
    <message>
        <source>Marked replied.</source>
        <translation>Als beantwortet markiert.</translation>
    </message>
    <message>
        <source>Marked as unanswered.</source>
        <translation>Als unbeantwortet markiert.</translation>
    </message>
    <message>
        <source>Every opportunity</source>
        <translation>Alle Bewerbungen</translation>
    </message>
    <message>
        <source>Every person</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No notes here yet. “Answer a Rejection…” drafts them for everyone you met, and the journal drafts thank-yous.</source>
        <translation>Hier gibt es noch keine Nachrichten. „Auf eine Absage antworten…“ entwirft sie für alle, die Sie kennengelernt haben, und das Journal entwirft Dankesnachrichten.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>No mail program opened the note. Copy it instead.</source>
        <translation>Kein Mailprogramm hat die Nachricht geöffnet. Kopieren Sie sie stattdessen.</translation>
    </message>
</context>
<context>
    <name>finalist::PeoplePanel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Dankesnachricht</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Entworfen</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet am %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Choose the opportunity above, or create it with New… beside the list; then add the people you met in step 1.</source>
        <translation>Wählen Sie oben die Bewerbung aus oder legen Sie sie mit „Neu…“ neben der Liste an; fügen Sie dann in Schritt 1 die Personen hinzu, die Sie kennengelernt haben.</translation>
    </message>
    <message>
        <source>Nobody recorded yet: add the people you met in step 1.</source>
        <translation>Noch niemand erfasst: Fügen Sie in Schritt 1 die Personen hinzu, die Sie kennengelernt haben.</translation>
    </message>
    <message>
        <source>Draft a thank-you note, then mark it sent once it is out</source>
        <translation>Eine Dankesnachricht entwerfen und als gesendet markieren, sobald sie verschickt ist</translation>
    </message>
    <message>
        <source>Draft note</source>
        <translation>Nachricht entwerfen</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>Thanked</source>
        <translation>Bedankt</translation>
    </message>
    <message>
        <source>A thank-you note to %1 is drafted; edit and send it from Outreach, then mark it sent here.</source>
        <translation>Eine Dankesnachricht an %1 ist entworfen. Bearbeiten und senden Sie sie unter „Nachrichten“ und markieren Sie sie dann hier als gesendet.</translation>
    </message>
    <message>
        <source>Thank-you to %1 marked sent today.</source>
        <translation>Dankesnachricht an %1 heute als gesendet markiert.</translation>
    </message>
    <message>
        <source>%1 on LinkedIn: %2.</source>
        <translation>%1 auf LinkedIn: %2.</translation>
    </message>
</context>
<context>
    <name>finalist::PipelinePanel</name>
    <message>
        <source>The summary could not be read.</source>
        <translation>Die Übersicht konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Opportunities: none yet. Record the processes you are in under Opportunities (Ctrl+2).</source>
        <translation>Bewerbungen: noch keine. Erfassen Sie Ihre laufenden Verfahren unter „Bewerbungen“ (Strg+2).</translation>
    </message>
    <message>
        <source>Open: %1. Ended: %2.</source>
        <translation>Offen: %1. Beendet: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Last 90 days: %1</source>
        <translation>Letzte 90 Tage: %1</translation>
    </message>
    <message>
        <source>This month: %1, %2 met. Wins recorded: %3.</source>
        <translation>Diesen Monat: %1, %2 kennengelernt. Erfasste Erfolge: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%Ln Gesprächsrunde</numerusform>
            <numerusform>%Ln Gesprächsrunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (person|people)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>finalist::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As you sign a letter</source>
        <translation>So, wie Sie einen Brief unterschreiben</translation>
    </message>
    <message>
        <source>Optional, several lines: your name, phone, profile…</source>
        <translation>Optional, mehrere Zeilen: Ihr Name, Telefon, Profil…</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Your name, unless the office knows you otherwise</source>
        <translation>Ihr Name, sofern das Jobcenter Sie nicht unter einem anderen führt</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>&amp;Signatur</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;LinkedIn</source>
        <translation>&amp;LinkedIn</translation>
    </message>
    <message>
        <source>On the &amp;report</source>
        <translation>Name im Nach&amp;weis</translation>
    </message>
    <message>
        <source>Your notes are signed with the signature, or with your name when there is none. The activity report is headed with your name, and the calendar export names your email as the organizer. All of it stays in this journal&apos;s file.</source>
        <translation>Ihre Nachrichten werden mit der Signatur unterzeichnet oder, wenn keine vorhanden ist, mit Ihrem Namen. Der Nachweis der Eigenbemühungen trägt Ihren Namen im Kopf, und der Kalenderexport nennt Ihre E-Mail-Adresse als Organisator. All das bleibt in der Datei dieses Journals.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message numerus="yes">
        <source>note(s) per work day</source>
        <translation>
            <numerusform>Nachricht pro Arbeitstag</numerusform>
            <numerusform>Nachrichten pro Arbeitstag</numerusform>
        </translation>
    </message>
    <message>
        <source>Outreach target:</source>
        <translation>Nachrichtenziel:</translation>
    </message>
    <message>
        <source>Thank-yous, check-ins and notes to people you met all count. Weekends and days you mark off in Today do not.</source>
        <translation>Es zählen Dankesnachrichten, Nachfragen und alle Nachrichten an Personen, die Sie kennengelernt haben. Wochenenden und Tage, die Sie unter „Heute“ als frei markieren, zählen nicht.</translation>
    </message>
    <message>
        <source>The lower number of the target is above the higher one.</source>
        <translation>Die untere Zahl des Ziels liegt über der oberen.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
</context>
<context>
    <name>finalist::RadarPanel</name>
    <message>
        <source>Second-chance radar</source>
        <translation>Radar für zweite Chancen</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>Ninety-day mark</source>
        <translation>90-Tage-Marke</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <source>No process has ended with you as the runner-up. When one does, “Answer a Rejection…” plans a check-in before the chosen hire&apos;s ninety days are up.</source>
        <translation>Bisher hat kein Verfahren damit geendet, dass Sie knapp zweite Wahl waren. Falls doch, plant „Auf eine Absage antworten…“ eine Nachfrage, bevor die ersten neunzig Tage der ausgewählten Person um sind.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %Ln Tag</numerusform>
            <numerusform>in %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>passed %n day(s) ago</source>
        <translation>
            <numerusform>vor %Ln Tag verstrichen</numerusform>
            <numerusform>vor %Ln Tagen verstrichen</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 (start unknown)</source>
        <translation>etwa %1 (Beginn unbekannt)</translation>
    </message>
    <message>
        <source>Plan a Check-In…</source>
        <translation>Nachfrage planen…</translation>
    </message>
    <message>
        <source>Show the first %1 only</source>
        <translation>Nur die ersten %1 anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n process(es)</source>
        <translation>
            <numerusform>%Ln Verfahren anzeigen</numerusform>
            <numerusform>Alle %Ln Verfahren anzeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>finalist::RecipientsPage</name>
    <message>
        <source>Who and How</source>
        <translation>Wer und wie</translation>
    </message>
    <message>
        <source>Everyone you met can hear from you. Untick anyone you would rather leave be, and choose how to reach each person.</source>
        <translation>Alle, die Sie kennengelernt haben, können von Ihnen hören. Entfernen Sie den Haken bei allen, die Sie lieber nicht anschreiben möchten, und wählen Sie, wie Sie die einzelnen Personen erreichen.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>%1, who told you</source>
        <translation>%1 (hat es Ihnen mitgeteilt)</translation>
    </message>
    <message>
        <source>Nobody is recorded for this opportunity yet. Go back and pick who told you; or choose Finish Later, add the people you met to its rounds in Opportunities (Ctrl+2), and resume.</source>
        <translation>Für diese Bewerbung ist noch niemand erfasst. Gehen Sie zurück und wählen Sie aus, wer es Ihnen mitgeteilt hat. Oder wählen Sie „Später fortsetzen“, tragen Sie unter „Bewerbungen“ (Strg+2) die Personen, die Sie kennengelernt haben, in die Runden ein und machen Sie dann weiter.</translation>
    </message>
</context>
<context>
    <name>finalist::RejectionWizard</name>
    <message>
        <source>Answer a Rejection</source>
        <translation>Auf eine Absage antworten</translation>
    </message>
    <message>
        <source>Finish Later</source>
        <translation>Später fortsetzen</translation>
    </message>
    <message>
        <source>Keep these answers and close; the wizard opens again here.</source>
        <translation>Antworten aufbewahren und schließen; der Assistent öffnet sich wieder an dieser Stelle.</translation>
    </message>
    <message>
        <source>Close the Wizard</source>
        <translation>Assistent schließen</translation>
    </message>
    <message>
        <source>Close without your answers? What you typed is lost unless you keep it for later.</source>
        <translation>Ohne Ihre Antworten schließen? Was Sie eingegeben haben, geht verloren, wenn Sie es nicht für später aufbewahren.</translation>
    </message>
    <message>
        <source>Keep for Later</source>
        <translation>Für später aufbewahren</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Kept answers open again where you stopped.</source>
        <translation>Aufbewahrte Antworten öffnen sich wieder dort, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <source>Could Not Keep the Answers</source>
        <translation>Antworten konnten nicht aufbewahrt werden</translation>
    </message>
    <message>
        <source>The answers could not be kept for later: %1</source>
        <translation>Die Antworten konnten nicht für später aufbewahrt werden: %1</translation>
    </message>
</context>
<context>
    <name>finalist::RestoreBackupDialog</name>
    <message>
        <source>automatic daily backup</source>
        <translation>automatische tägliche Sicherung</translation>
    </message>
    <message>
        <source>backed up by you</source>
        <translation>von Ihnen gesichert</translation>
    </message>
    <message>
        <source>taken just before a restore</source>
        <translation>direkt vor einer Wiederherstellung erstellt</translation>
    </message>
    <message>
        <source>taken before an upgrade</source>
        <translation>vor einer Aktualisierung erstellt</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the backup to bring back. What the database holds now is backed up first, so this can be undone.</source>
        <translation>Wählen Sie die Sicherung, die wiederhergestellt werden soll. Der aktuelle Stand der Datenbank wird vorher gesichert, sodass sich dieser Schritt rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Von dieser Datenbank gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>finalist::RoundDialog</name>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Gesprächsrunde</translation>
    </message>
    <message>
        <source>Who asked what, what went well, what to prepare next time</source>
        <translation>Wer was gefragt hat, was gut lief, was Sie beim nächsten Mal vorbereiten sollten</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
</context>
<context>
    <name>finalist::RoundsPanel</name>
    <message>
        <source>Choose the opportunity to record its rounds and the people you met.</source>
        <translation>Wählen Sie die Bewerbung, um ihre Gesprächsrunden und die Personen festzuhalten, die Sie getroffen haben.</translation>
    </message>
    <message>
        <source>A&amp;dd Round</source>
        <translation>Runde &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add to Round</source>
        <translation>Zur Runde hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Rounds and the people in them</source>
        <translation>Gesprächsrunden und ihre Teilnehmenden</translation>
    </message>
    <message>
        <source>Kind of round</source>
        <translation>Art der Runde</translation>
    </message>
    <message>
        <source>Date of the round</source>
        <translation>Datum der Runde</translation>
    </message>
    <message>
        <source>Who was there? Pick a contact or type a new name</source>
        <translation>Wer war dabei? Wählen Sie einen Kontakt oder geben Sie einen neuen Namen ein</translation>
    </message>
    <message>
        <source>Change the selected round: kind, date and time, outcome, notes</source>
        <translation>Ausgewählte Runde ändern: Art, Datum und Uhrzeit, Ergebnis, Notizen</translation>
    </message>
    <message>
        <source>Delete the selected round, or take the selected person out of it</source>
        <translation>Ausgewählte Runde löschen oder die ausgewählte Person daraus entfernen</translation>
    </message>
    <message>
        <source>The selected person&apos;s role in this process</source>
        <translation>Rolle der ausgewählten Person in diesem Verfahren</translation>
    </message>
    <message>
        <source>Role in the process</source>
        <translation>Rolle im Verfahren</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No rounds yet: choose its kind and date above, then press Add Round.</source>
        <translation>Noch keine Gesprächsrunden: Wählen Sie oben Art und Datum und klicken Sie dann auf „Runde hinzufügen“.</translation>
    </message>
    <message>
        <source>Delete Round</source>
        <translation>Runde löschen</translation>
    </message>
    <message>
        <source>Select the round this person was in, then add them.</source>
        <translation>Wählen Sie die Runde aus, an der diese Person teilgenommen hat, und fügen Sie sie dann hinzu.</translation>
    </message>
    <message>
        <source>Type a name first.</source>
        <translation>Geben Sie zuerst einen Namen ein.</translation>
    </message>
    <message>
        <source>%1 added to the round.</source>
        <translation>%1 wurde zur Runde hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 added to your contacts and to the round.</source>
        <translation>%1 wurde zu Ihren Kontakten und zur Runde hinzugefügt.</translation>
    </message>
    <message>
        <source>Took %1 out of the round; they stay in your contacts.</source>
        <translation>%1 wurde aus der Runde entfernt und bleibt in Ihren Kontakten.</translation>
    </message>
    <message>
        <source>Deleted the round “%1”.</source>
        <translation>Die Runde „%1“ wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>finalist::SearchEverywhereDialog</name>
    <message>
        <source>Journal entries (%1)</source>
        <translation>Journaleinträge (%1)</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Kontakte (%1)</translation>
    </message>
    <message>
        <source>Opportunities (%1)</source>
        <translation>Bewerbungen (%1)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Nachrichten (%1)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Find Everywhere</source>
        <translation>Überall suchen</translation>
    </message>
    <message>
        <source>Words in your entries, contacts, opportunities and notes</source>
        <translation>Wörter in Ihren Einträgen, Kontakten, Bewerbungen und Nachrichten</translation>
    </message>
    <message>
        <source>Find everywhere</source>
        <translation>Überall suchen</translation>
    </message>
    <message>
        <source>Matches, grouped by kind</source>
        <translation>Treffer, nach Art gruppiert</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Type a word or a name. Every section is searched at once.</source>
        <translation>Geben Sie ein Wort oder einen Namen ein. Alle Bereiche werden gleichzeitig durchsucht.</translation>
    </message>
    <message>
        <source>The search could not run: %1</source>
        <translation>Die Suche konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es). Enter opens the highlighted one.</source>
        <translation>
            <numerusform>%Ln Treffer. Mit der Eingabetaste öffnen Sie den markierten.</numerusform>
            <numerusform>%Ln Treffer. Mit der Eingabetaste öffnen Sie den markierten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>finalist::Session</name>
    <message>
        <source>“%1” is already open in this window.</source>
        <translation>„%1“ ist in diesem Fenster bereits geöffnet.</translation>
    </message>
    <message>
        <source>Start a new journal in this file?</source>
        <translation>Ein neues Journal in dieser Datei beginnen?</translation>
    </message>
    <message>
        <source>Use This File</source>
        <translation>Diese Datei verwenden</translation>
    </message>
    <message>
        <source>Break the lock?</source>
        <translation>Sperre aufheben?</translation>
    </message>
    <message>
        <source>Break the Lock</source>
        <translation>Sperre aufheben</translation>
    </message>
    <message>
        <source>The lock stays</source>
        <translation>Die Sperre bleibt bestehen</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Database: %1&lt;br&gt;Schema version %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Datenbank: %1&lt;br&gt;Schemaversion %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <source>Today&apos;s backup is being written to %1</source>
        <translation>Die heutige Sicherung wird in %1 geschrieben</translation>
    </message>
    <message>
        <source>Backed up today</source>
        <translation>Heute gesichert</translation>
    </message>
    <message>
        <source>Backups are kept in %1</source>
        <translation>Sicherungen werden in %1 aufbewahrt</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Some of your text could not be saved yet. Go on anyway and lose it?</source>
        <translation>Ein Teil Ihres Textes konnte noch nicht gespeichert werden. Trotzdem fortfahren? Dieser Text geht dann verloren.</translation>
    </message>
    <message>
        <source>Go On Anyway</source>
        <translation>Trotzdem fortfahren</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name, or open it with File → Open Database.</source>
        <translation>„%1“ ist bereits vorhanden. Wählen Sie einen neuen Namen, oder öffnen Sie die Datei über Datei → Datenbank öffnen.</translation>
    </message>
    <message>
        <source>Not backed up today</source>
        <translation>Heute nicht gesichert</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>Die heutige automatische Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert in %1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace everything in “%1” with the backup from %2?

What it holds now is backed up first, so you can come back to it.</source>
        <translation>Den gesamten Inhalt von „%1“ durch die Sicherung vom %2 ersetzen?

Der jetzige Inhalt wird vorher gesichert, sodass Sie jederzeit dorthin zurückkehren können.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restored the backup. The state just before it was backed up too.</source>
        <translation>Die Sicherung wurde wiederhergestellt. Der Stand unmittelbar davor wurde ebenfalls gesichert.</translation>
    </message>
    <message>
        <source>This is the demo journal. File ▸ Open Recent takes you back to yours.</source>
        <translation>Dies ist das Demo-Journal. Über Datei ▸ Zuletzt geöffnet gelangen Sie zurück zu Ihrem eigenen.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Inside the sections&lt;/h2&gt;&lt;table cellpadding=&quot;4&quot;&gt;&lt;tr&gt;&lt;td&gt;Move between controls&lt;/td&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;, &lt;b&gt;Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Move inside a list or table&lt;/td&gt;&lt;td&gt;&lt;b&gt;arrow keys&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Move a card to the next or previous stage&lt;/td&gt;&lt;td&gt;&lt;b&gt;Ctrl+Right&lt;/b&gt;, &lt;b&gt;Ctrl+Left&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Open the selected card&lt;/td&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Bold, italic in the journal&lt;/td&gt;&lt;td&gt;&lt;b&gt;Ctrl+B&lt;/b&gt;, &lt;b&gt;Ctrl+I&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Indent or outdent a list item&lt;/td&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;, &lt;b&gt;Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h2&gt;Innerhalb der Bereiche&lt;/h2&gt;&lt;table cellpadding=&quot;4&quot;&gt;&lt;tr&gt;&lt;td&gt;Zwischen Bedienelementen wechseln&lt;/td&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;, &lt;b&gt;Umschalt+Tab&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Innerhalb einer Liste oder Tabelle bewegen&lt;/td&gt;&lt;td&gt;&lt;b&gt;Pfeiltasten&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Karte in die nächste oder vorherige Phase verschieben&lt;/td&gt;&lt;td&gt;&lt;b&gt;Strg+Rechts&lt;/b&gt;, &lt;b&gt;Strg+Links&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ausgewählte Karte öffnen&lt;/td&gt;&lt;td&gt;&lt;b&gt;Eingabetaste&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Fett, kursiv im Journal&lt;/td&gt;&lt;td&gt;&lt;b&gt;Strg+B&lt;/b&gt;, &lt;b&gt;Strg+I&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Listenpunkt ein- oder ausrücken&lt;/td&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;, &lt;b&gt;Umschalt+Tab&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>The full check of “%1” found damage. Finalist stopped saving to it, so nothing is written on top of the damage; everything can still be read. Restore the newest backup that passed its check (the damaged file is kept beside it), or open another file. Changes made from now on are not saved.</source>
        <translation>Bei der vollständigen Prüfung von „%1“ wurden Schäden gefunden. Finalist speichert nicht mehr in diese Datei, damit nichts über die beschädigten Stellen geschrieben wird; alles lässt sich weiterhin lesen. Stellen Sie die neueste Sicherung wieder her, die ihre Prüfung bestanden hat (die beschädigte Datei bleibt daneben erhalten), oder öffnen Sie eine andere Datei. Änderungen, die Sie ab jetzt vornehmen, werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Not saving: damage found</source>
        <translation>Speichern angehalten: Schaden gefunden</translation>
    </message>
    <message>
        <source>Changes are not saved: the file is damaged.</source>
        <translation>Änderungen werden nicht gespeichert: Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>The damaged file was kept beside the journal, its name ending in “.damaged” and the time.</source>
        <translation>Die beschädigte Datei wurde neben dem Journal aufbewahrt; ihr Name endet auf „.damaged“ und die Uhrzeit.</translation>
    </message>
    <message>
        <source>Restored the backup. The damaged file was kept beside it.</source>
        <translation>Die Sicherung wurde wiederhergestellt. Die beschädigte Datei wurde daneben aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>finalist::SpellChecker</name>
    <message>
        <source>Only a single word can be added.</source>
        <translation>Es kann nur ein einzelnes Wort hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The word could not be added to your dictionary: %1</source>
        <translation>Das Wort konnte Ihrem Wörterbuch nicht hinzugefügt werden: %1</translation>
    </message>
</context>
<context>
    <name>finalist::StageColumn</name>
    <message>
        <source>Drag a card here</source>
        <translation>Karte hierher ziehen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>finalist::StepList</name>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Not written yet; you may skip it</source>
        <translation>Noch nicht geschrieben; Sie können diesen Schritt überspringen</translation>
    </message>
</context>
<context>
    <name>finalist::SyncConflictsBox</name>
    <message>
        <source>&lt;b&gt;Changed here and on another device.&lt;/b&gt; Both versions are kept until you choose.</source>
        <translation>&lt;b&gt;Hier und auf einem anderen Gerät geändert.&lt;/b&gt; Beide Fassungen bleiben erhalten, bis Sie wählen.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Keep This One</source>
        <translation>Diese behalten</translation>
    </message>
    <message>
        <source>Use This One</source>
        <translation>Diese übernehmen</translation>
    </message>
    <message>
        <source>Here:</source>
        <translation>Hier:</translation>
    </message>
    <message>
        <source>On the server:</source>
        <translation>Auf dem Server:</translation>
    </message>
</context>
<context>
    <name>finalist::SyncConflictsDialog</name>
    <message>
        <source>Sync Conflicts</source>
        <translation>Synchronisierungskonflikte</translation>
    </message>
    <message>
        <source>These records were changed here and on another device in the same field. Until you choose, this journal keeps its own value and the server&apos;s waits beside it.</source>
        <translation>Diese Datensätze wurden hier und auf einem anderen Gerät im selben Feld geändert. Bis Sie wählen, behält dieses Journal seinen eigenen Wert, und der des Servers wartet daneben.</translation>
    </message>
    <message>
        <source>Records with conflicts</source>
        <translation>Datensätze mit Konflikten</translation>
    </message>
    <message>
        <source>Nothing to choose. When a field changes here and on another device before they sync, both versions wait here for you.</source>
        <translation>Nichts zu wählen. Ändert sich ein Feld hier und auf einem anderen Gerät, bevor beide synchronisieren, warten hier beide Fassungen auf Sie.</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1 (due %2)</source>
        <translation>Wiedervorlage: %1 (fällig am %2)</translation>
    </message>
    <message>
        <source>Journal entry: %1</source>
        <translation>Journaleintrag: %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>Kontakt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Open Entry</source>
        <translation>Eintrag ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>finalist::SyncController</name>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Synced at %1: %2</source>
        <translation>Synchronisiert um %1: %2</translation>
    </message>
    <message>
        <source>Sync stopped at %1: %2</source>
        <translation>Synchronisierung um %1 abgebrochen: %2</translation>
    </message>
    <message>
        <source>The password is needed again: enter it in Preferences ▸ Sync and choose Set Up Again.</source>
        <translation>Das Passwort wird wieder gebraucht: Geben Sie es unter Einstellungen ▸ Synchronisierung ein und wählen Sie „Erneut einrichten“.</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>journal entries</source>
        <translation>Journaleinträge</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Synchronisiere %1…</translation>
    </message>
    <message>
        <source>Syncing %1: %2 of %3 sent</source>
        <translation>Synchronisiere %1: %2 von %3 gesendet</translation>
    </message>
    <message>
        <source>Syncing %1: %2 of %3 received</source>
        <translation>Synchronisiere %1: %2 von %3 empfangen</translation>
    </message>
</context>
<context>
    <name>finalist::SyncHistoryLabel</name>
    <message>
        <source>Sync, %1: %2</source>
        <translation>Synchronisierung, %1: %2</translation>
    </message>
</context>
<context>
    <name>finalist::SyncPreferences</name>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>&amp;Follow-ups, as tasks</source>
        <translation>&amp;Wiedervorlagen, als Aufgaben</translation>
    </message>
    <message>
        <source>&amp;Journal entries</source>
        <translation>&amp;Journaleinträge</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Set &amp;Up Sync</source>
        <translation>Synchronisierung &amp;einrichten</translation>
    </message>
    <message>
        <source>&amp;Stop Syncing…</source>
        <translation>Synchronisierung &amp;beenden…</translation>
    </message>
    <message>
        <source>https://cloud.example.com/</source>
        <translation>https://cloud.example.com/</translation>
    </message>
    <message>
        <source>An app password, where your provider offers them</source>
        <translation>Ein App-Passwort, wo Ihr Anbieter welche anbietet</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>Ser&amp;ver</translation>
    </message>
    <message>
        <source>U&amp;ser name</source>
        <translation>Ben&amp;utzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>only when asked</source>
        <translation>nur auf Anforderung</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Sync &amp;every</source>
        <translation>Synchronisieren &amp;alle</translation>
    </message>
    <message>
        <source>Sync keeps this journal in step with the contacts and calendar server you already use (Nextcloud, Fastmail, iCloud, Radicale…), so your phone sees the people you met and your follow-ups. Nothing leaves this computer until you set up an account here.</source>
        <translation>Die Synchronisierung hält dieses Journal im Einklang mit dem Kontakt- und Kalenderserver, den Sie schon nutzen (Nextcloud, Fastmail, iCloud, Radicale…), sodass Ihr Telefon die Menschen sieht, die Sie kennengelernt haben, und Ihre Wiedervorlagen. Nichts verlässt diesen Computer, bevor Sie hier ein Konto einrichten.</translation>
    </message>
    <message>
        <source>What syncs, and where:</source>
        <translation>Was synchronisiert wird, und wohin:</translation>
    </message>
    <message>
        <source>Set &amp;Up Again</source>
        <translation>Erneut ei&amp;nrichten</translation>
    </message>
    <message>
        <source>No account: this journal stays on this computer.</source>
        <translation>Kein Konto: Dieses Journal bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Syncing as %1 with %2.</source>
        <translation>Synchronisiert als %1 mit %2.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Last sync %1: %2</source>
        <translation>Letzte Synchronisierung %1: %2</translation>
    </message>
    <message>
        <source>Give the server, your user name and your password.</source>
        <translation>Geben Sie den Server, Ihren Benutzernamen und Ihr Passwort an.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Frage den Server…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n address book(s)</source>
        <translation>
            <numerusform>Verbunden: %Ln Adressbuch</numerusform>
            <numerusform>Verbunden: %Ln Adressbücher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s).</source>
        <translation>
            <numerusform>%Ln Kalender.</numerusform>
            <numerusform>%Ln Kalender.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one kind of record to sync.</source>
        <translation>Wählen Sie mindestens eine Art von Datensätzen zum Synchronisieren.</translation>
    </message>
    <message>
        <source>A sync is running; try again in a moment.</source>
        <translation>Eine Synchronisierung läuft; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Sync is set up.</source>
        <translation>Die Synchronisierung ist eingerichtet.</translation>
    </message>
    <message>
        <source>Made on the server: %1.</source>
        <translation>Auf dem Server angelegt: %1.</translation>
    </message>
    <message>
        <source>Stop Syncing</source>
        <translation>Synchronisierung beenden</translation>
    </message>
    <message>
        <source>Stop syncing with %1? Your records stay in this journal and on the server; the journal forgets where they are there, and the password is removed from the keychain.</source>
        <translation>Die Synchronisierung mit %1 beenden? Ihre Datensätze bleiben in diesem Journal und auf dem Server; das Journal vergisst, wo sie dort liegen, und das Passwort wird aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Sync is off. Nothing leaves this computer.</source>
        <translation>Die Synchronisierung ist aus. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>“%1” (Finalist&apos;s own)</source>
        <translation>„%1“ (von Finalist)</translation>
    </message>
    <message>
        <source>Finalist&apos;s own collection is made on the server if it is not there yet; Test Connection lists the others you have.</source>
        <translation>Die eigene Sammlung von Finalist wird auf dem Server angelegt, falls sie noch fehlt; „Verbindung testen“ listet Ihre anderen auf.</translation>
    </message>
</context>
<context>
    <name>finalist::TemplateEditor</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Reset to Original</source>
        <translation>Auf Original zurücksetzen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Note Templates</source>
        <translation>Nachrichtenvorlagen</translation>
    </message>
    <message>
        <source>The note as it would read</source>
        <translation>So würde die Nachricht lauten</translation>
    </message>
    <message>
        <source>Keep the changes to this template (%1)</source>
        <translation>Änderungen an dieser Vorlage speichern (%1)</translation>
    </message>
    <message>
        <source>Put back the text as it was last saved</source>
        <translation>Den zuletzt gespeicherten Text wiederherstellen</translation>
    </message>
    <message>
        <source>Insert Placeholder</source>
        <translation>Platzhalter einfügen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Vorschau für:</translation>
    </message>
    <message>
        <source>Give the template a name, or discard the changes.</source>
        <translation>Geben Sie der Vorlage einen Namen oder verwerfen Sie die Änderungen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>(no contacts yet)</source>
        <translation>(noch keine Kontakte)</translation>
    </message>
    <message>
        <source>(no opportunities yet)</source>
        <translation>(noch keine Bewerbungen)</translation>
    </message>
    <message>
        <source>%1  (yours)</source>
        <translation>%1  (eigene)</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Änderungen verworfen.</translation>
    </message>
    <message>
        <source>Unsaved Template</source>
        <translation>Nicht gespeicherte Vorlage</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>“%1” has an error and cannot be saved as it is. Discard the changes?</source>
        <translation>„%1“ enthält einen Fehler und kann so nicht gespeichert werden. Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Discarding puts back the text as it was last saved.</source>
        <translation>Beim Verwerfen wird der zuletzt gespeicherte Text wiederhergestellt.</translation>
    </message>
    <message>
        <source>Text, line %1, column %2: %3</source>
        <translation>Text, Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Subject, column %1: %2</source>
        <translation>Betreff, Spalte %1: %2</translation>
    </message>
    <message>
        <source>This copy is yours; the notes use it instead of the original.</source>
        <translation>Diese Kopie gehört Ihnen; Nachrichten verwenden sie anstelle des Originals.</translation>
    </message>
    <message>
        <source>Back to the text Finalist ships.</source>
        <translation>Zurück zum Originaltext von Finalist.</translation>
    </message>
    <message>
        <source>My template</source>
        <translation>Meine Vorlage</translation>
    </message>
    <message>
        <source>Hi {{contact.first_name}},

</source>
        <translation>Hallo {{contact.first_name}},

</translation>
    </message>
</context>
<context>
    <name>finalist::ThankYouChecklist</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Dankesnachricht</translation>
    </message>
    <message>
        <source>Since the round</source>
        <translation>Seit der Runde</translation>
    </message>
    <message>
        <source>Draft a Thank-You</source>
        <translation>Dankesnachricht entwerfen</translation>
    </message>
    <message>
        <source>Opportunity:</source>
        <translation>Bewerbung:</translation>
    </message>
    <message>
        <source>Add an opportunity and the people you met, and this list shows who is still waiting for your thanks.</source>
        <translation>Erfassen Sie eine Bewerbung und die Personen, die Sie kennengelernt haben; diese Liste zeigt dann, wer noch auf Ihren Dank wartet.</translation>
    </message>
    <message>
        <source>✓ Sent %1</source>
        <translation>✓ Gesendet am %1</translation>
    </message>
    <message>
        <source>Drafted, not sent</source>
        <translation>Entworfen, nicht gesendet</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone you met here has been thanked.</source>
        <translation>Sie haben sich bei allen bedankt, die Sie hier kennengelernt haben.</translation>
    </message>
    <message numerus="yes">
        <source>Still to thank: %1 of the %n (person|people) you met here. Aim for a note within a day of the round; late is still far better than never.</source>
        <translation>
            <numerusform>Noch ohne Dank: %1 von %Ln Person, die Sie hier kennengelernt haben. Schreiben Sie möglichst innerhalb eines Tages nach der Runde; spät ist immer noch viel besser als nie.</numerusform>
            <numerusform>Noch ohne Dank: %1 von %Ln Personen, die Sie hier kennengelernt haben. Schreiben Sie möglichst innerhalb eines Tages nach der Runde; spät ist immer noch viel besser als nie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafted a thank-you to %1.</source>
        <translation>Dankesnachricht an %1 entworfen.</translation>
    </message>
</context>
<context>
    <name>finalist::TodayView</name>
    <message>
        <source>Answer a Rejection…</source>
        <translation>Auf eine Absage antworten…</translation>
    </message>
    <message>
        <source>Export to Calendar</source>
        <translation>In Kalender exportieren</translation>
    </message>
    <message>
        <source>As Events with Reminders…</source>
        <translation>Als Termine mit Erinnerung…</translation>
    </message>
    <message>
        <source>As To-Dos…</source>
        <translation>Als Aufgaben…</translation>
    </message>
    <message>
        <source>Activity Report…</source>
        <translation>Nachweis der Eigenbemühungen…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Outreach Goal</source>
        <translation>Nachrichtenziel</translation>
    </message>
    <message>
        <source>Second-Chance Radar</source>
        <translation>Radar für zweite Chancen</translation>
    </message>
    <message>
        <source>Where Things Stand</source>
        <translation>Aktueller Stand</translation>
    </message>
    <message>
        <source>Export Follow-Ups as To-Dos</source>
        <translation>Wiedervorlagen als Aufgaben exportieren</translation>
    </message>
    <message>
        <source>Export Follow-Ups as Events</source>
        <translation>Wiedervorlagen als Termine exportieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Calendar Not Exported</source>
        <translation>Kalender nicht exportiert</translation>
    </message>
</context>
<context>
    <name>finalist::UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Bring it back (Ctrl+Z)</source>
        <translation>Wiederherstellen (Strg+Z)</translation>
    </message>
    <message>
        <source>Could not bring it back: %1</source>
        <translation>Konnte nicht wiederhergestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>finalist::WeekChart</name>
    <message>
        <source>Notes sent, week by week</source>
        <translation>Gesendete Nachrichten, Woche für Woche</translation>
    </message>
    <message>
        <source>%1: %2 sent, target %3</source>
        <translation>%1: %2 gesendet, Ziel %3</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Week of %1: %2 sent</source>
        <translation>Woche vom %1: %2 gesendet</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
</context>
<context>
    <name>finalist::WelcomePanel</name>
    <message>
        <source>&amp;Record the Process You Just Finished…</source>
        <translation>Gerade beendetes Verfahren &amp;erfassen…</translation>
    </message>
    <message>
        <source>&amp;Import Your LinkedIn Connections…</source>
        <translation>LinkedIn-Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <source>Look Around a &amp;Demo Journal</source>
        <translation>&amp;Demo-Journal ansehen</translation>
    </message>
    <message>
        <source>Welcome to Finalist</source>
        <translation>Willkommen bei Finalist</translation>
    </message>
    <message>
        <source>You made it to the last round and someone else got the offer. That is closer than most candidates ever get, and the people you met there are worth keeping.

Finalist keeps the whole process in one private file on this computer: the rounds and the panel, a five-step reflection written while it is fresh, the thank-you notes you owe, and the follow-ups that keep you in mind for the next opening.</source>
        <translation>Sie haben es bis in die letzte Runde geschafft, und jemand anderes hat das Angebot bekommen. So weit kommen die wenigsten Bewerberinnen und Bewerber – und mit den Menschen, die Sie dort kennengelernt haben, lohnt es sich, in Kontakt zu bleiben.

Finalist hält das ganze Bewerbungsverfahren in einer privaten Datei auf diesem Computer fest: die Gesprächsrunden und Ihre Gesprächspartner, eine Reflexion in fünf Schritten, geschrieben, solange alles noch frisch ist, die Dankesnachrichten, die noch ausstehen, und die Wiedervorlagen, die dafür sorgen, dass man bei der nächsten offenen Stelle an Sie denkt.</translation>
    </message>
    <message>
        <source>Opens a separate journal filled with an invented search, so nothing mixes with yours. File ▸ Open Recent brings you back.</source>
        <translation>Öffnet ein eigenes Journal mit einer erfundenen Stellensuche, damit sich nichts mit Ihrem vermischt. Über Datei ▸ Zuletzt geöffnet kehren Sie zurück.</translation>
    </message>
</context>
<context>
    <name>finalist::WinsView</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>No processes yet</source>
        <translation>Noch keine Verfahren</translation>
    </message>
    <message>
        <source>Once an opportunity is recorded, what you achieved in it gathers here: the rounds you passed, the people you met, and what you write yourself.</source>
        <translation>Sobald eine Bewerbung erfasst ist, sammelt sich hier, was Sie darin erreicht haben: die Runden, die Sie bestanden haben, die Personen, die Sie kennengelernt haben, und was Sie selbst aufschreiben.</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Wins of the process</source>
        <translation>Erfolge im Verfahren</translation>
    </message>
    <message>
        <source>Something you did well, in your words: “They praised my case study”</source>
        <translation>Etwas, das Sie gut gemacht haben, in Ihren Worten: „Meine Fallstudie wurde gelobt“</translation>
    </message>
    <message>
        <source>Answer the Rejection…</source>
        <translation>Auf die Absage antworten…</translation>
    </message>
    <message>
        <source>Draft thanks, a feedback request and a plan to come back</source>
        <translation>Dank, eine Bitte um Feedback und einen Plan für einen neuen Anlauf entwerfen</translation>
    </message>
    <message>
        <source>Not being chosen says little about what you showed. This is what you did show.</source>
        <translation>Nicht ausgewählt zu werden sagt wenig darüber aus, was Sie gezeigt haben. Das hier haben Sie gezeigt.</translation>
    </message>
    <message>
        <source>What you achieved at %1</source>
        <translation>Was Sie bei %1 erreicht haben</translation>
    </message>
    <message>
        <source>In your words</source>
        <translation>In Ihren Worten</translation>
    </message>
    <message>
        <source>Nothing recorded yet. What went well, even a little?</source>
        <translation>Noch nichts erfasst. Was lief gut, und sei es nur ein wenig?</translation>
    </message>
    <message>
        <source>Write the achievement in the box first.</source>
        <translation>Schreiben Sie den Erfolg zuerst in das Feld.</translation>
    </message>
    <message>
        <source>Kept.</source>
        <translation>Festgehalten.</translation>
    </message>
</context>
<context>
    <name>finalist::WishesPage</name>
    <message>
        <source>Thank them for their time</source>
        <translation>Für die Zeit danken</translation>
    </message>
    <message>
        <source>Said well, thanks are remembered long after the interviews.</source>
        <translation>Ein gut formulierter Dank bleibt lange nach den Gesprächen in Erinnerung.</translation>
    </message>
    <message>
        <source>Ask what would have made the difference</source>
        <translation>Fragen, was den Ausschlag gegeben hätte</translation>
    </message>
    <message>
        <source>Not to argue: to learn, and to keep the conversation open.</source>
        <translation>Nicht, um zu diskutieren, sondern um zu lernen und das Gespräch offenzuhalten.</translation>
    </message>
    <message>
        <source>Ask to stay on their radar</source>
        <translation>Bitten, auf dem Radar zu bleiben</translation>
    </message>
    <message>
        <source>Runners-up are often the first call when a role opens again.</source>
        <translation>Wer knapp zweite Wahl war, wird oft als Erstes angerufen, wenn die Stelle wieder frei wird.</translation>
    </message>
    <message>
        <source>Say you would welcome other roles there</source>
        <translation>Sagen, dass andere Stellen dort Sie auch interessieren</translation>
    </message>
    <message>
        <source>A team that wanted you may well have the next opening.</source>
        <translation>Ein Team, das Sie wollte, hat vielleicht schon die nächste offene Stelle.</translation>
    </message>
    <message>
        <source>Say you are open to contract work</source>
        <translation>Sagen, dass Sie auch für Projektarbeit offen sind</translation>
    </message>
    <message>
        <source>A contract is a short way in when the hire does not work out.</source>
        <translation>Ein Projektvertrag ist ein kurzer Weg ins Unternehmen, wenn die Neubesetzung nicht klappt.</translation>
    </message>
    <message>
        <source>Connect on LinkedIn (ask them to invite you)</source>
        <translation>Auf LinkedIn vernetzen (um eine Einladung bitten)</translation>
    </message>
    <message>
        <source>An invitation from them is accepted on their terms.</source>
        <translation>Kommt die Einladung von ihnen, vernetzen Sie sich zu ihren Bedingungen.</translation>
    </message>
    <message>
        <source>What You Want</source>
        <translation>Was Sie erreichen möchten</translation>
    </message>
    <message>
        <source>Decide what your answer should do. The notes on the next pages follow these choices.</source>
        <translation>Legen Sie fest, was Ihre Antwort bewirken soll. Die Nachrichten auf den nächsten Seiten richten sich nach dieser Auswahl.</translation>
    </message>
    <message>
        <source>Hover over a choice, or move to it with Tab, to read why it helps.</source>
        <translation>Zeigen Sie mit der Maus auf eine Option oder wechseln Sie mit der Tabulatortaste dorthin, um zu lesen, warum sie hilft.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database file (default: the one opened last, else %1).</source>
        <translation>Die Datenbankdatei (Standard: die zuletzt geöffnete, sonst %1).</translation>
    </message>
    <message>
        <source>A private journal for the final rounds.</source>
        <translation>Ein privates Journal für die Finalrunden.</translation>
    </message>
    <message>
        <source>A journal to open, or a contacts file (.vcf, .csv) or an interview invitation (.ics) to bring into the journal opened last.</source>
        <translation>Ein Journal, das geöffnet werden soll, oder eine Kontaktdatei (.vcf, .csv) oder eine Einladung zum Vorstellungsgespräch (.ics), die in das zuletzt geöffnete Journal übernommen wird.</translation>
    </message>
</context>
</TS>
