<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/companion/ui/about.py" line="59"/>
        <source>Om Følgesvenn</source>
        <translation>About Følgesvenn</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="62"/>
        <source>Versjon %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="63"/>
        <location filename="../../src/companion/ui/about.py" line="121"/>
        <source>Versjon</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="68"/>
        <source>Veiledninger, vanlige feil og saker til brukerstøtte for superbrukere i Helseplattformen.</source>
        <translation>Guides, common mistakes and support desk tickets for Helseplattformen superusers.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="94"/>
        <source>Hvis noe ikke virker: velg Hjelp → Eksporter diagnostikk og send filen til brukerstøtte.</source>
        <translation>If something doesn&apos;t work: choose Help → Export diagnostics and send the file to the support desk.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="100"/>
        <source>Åpne datamappen</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="101"/>
        <source>Kopier opplysningene</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="102"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="122"/>
        <source>Datamappe</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="123"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="124"/>
        <source>Logger</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="125"/>
        <source>Dine innstillinger</source>
        <translation>Your settings</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="128"/>
        <source>Innstillinger fra IT</source>
        <translation>Settings from IT</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="129"/>
        <source> (finnes ikke)</source>
        <translation> (not found)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="131"/>
        <source>Innhold</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="134"/>
        <source>Teknisk</source>
        <translation>Technical</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="148"/>
        <source>Kopiert</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="84"/>
        <source>← Tilbake</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="85"/>
        <source>Tilbake til forrige artikkel (Alt+←)</source>
        <translation>Back to the previous article (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="86"/>
        <location filename="../../src/companion/ui/pages/article_view.py" line="91"/>
        <source>Tilbake til forrige artikkel</source>
        <translation>Back to the previous article</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="93"/>
        <location filename="../../src/companion/ui/pages/article_view.py" line="205"/>
        <location filename="../../src/companion/ui/pages/article_view.py" line="334"/>
        <source>Legg til i favoritter</source>
        <translation>Add to favourites</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="95"/>
        <source>Favoritt</source>
        <translation>Favourite</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="97"/>
        <source>Vis ved siden av</source>
        <translation>Show side by side</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="100"/>
        <source>Vis ett steg om gangen i stor tekst, for opplæring ved siden av en kollega</source>
        <translation>Show one step at a time in large text, for training side by side with a colleague</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="105"/>
        <source>Eksporter PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="109"/>
        <source>Rediger lokalt</source>
        <translation>Edit locally</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="110"/>
        <source>Lag eller endre deres lokale versjon av artikkelen</source>
        <translation>Create or change your unit&apos;s local version of the article</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="122"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="127"/>
        <source>Artikkel</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="131"/>
        <source>Velg en artikkel i listen, eller søk med Ctrl+K.</source>
        <translation>Choose an article in the list, or search with Ctrl+K.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="135"/>
        <source>Var dette nyttig?</source>
        <translation>Was this helpful?</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="136"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="137"/>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="142"/>
        <source>Hva manglet? (valgfritt – ikke skriv pasientopplysninger)</source>
        <translation>What was missing? (optional – don&apos;t write patient details)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="144"/>
        <source>Kommentar til artikkelen</source>
        <translation>Comment on the article</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="205"/>
        <location filename="../../src/companion/ui/pages/article_view.py" line="334"/>
        <source>Fjern fra favoritter</source>
        <translation>Remove from favourites</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="224"/>
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="239"/>
        <source>Velg en artikkel i listen til venstre, eller søk med Ctrl+K. Lenker i en artikkel åpnes her; «← Tilbake» (Alt+←) går tilbake. Stjernemerk det du bruker ofte med «Legg til i favoritter».</source>
        <translation>Choose an article in the list on the left, or search with Ctrl+K. Links in an article open here; “← Back” (Alt+←) goes back. Mark what you use often with “Add to favourites”.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="247"/>
        <source>Favoritter</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="249"/>
        <source>Ingen favoritter ennå.</source>
        <translation>No favourites yet.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="252"/>
        <source>Sist sett</source>
        <translation>Recently viewed</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="254"/>
        <source>Du har ikke åpnet noe her ennå.</source>
        <translation>You have not opened anything here yet.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="257"/>
        <source>Nytt innhold</source>
        <translation>New content</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="259"/>
        <source>Ikke noe nytt innhold.</source>
        <translation>No new content.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="298"/>
        <source>«%1» er utgått og vises ikke lenger. Spør superbrukeren hva som gjelder nå.</source>
        <translation>“%1” has been retired and is no longer shown. Ask your superuser what applies now.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="312"/>
        <source>Åpne lenke</source>
        <translation>Open link</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="313"/>
        <source>Lenken åpnes i nettleseren:
%1

Vil du åpne den?</source>
        <translation>The link opens in your web browser:
%1

Do you want to open it?</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="344"/>
        <source>Takk! Svaret er lagret.</source>
        <translation>Thank you! Your answer is saved.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="353"/>
        <source>Takk! Kommentaren er lagret.</source>
        <translation>Thank you! Your comment is saved.</translation>
    </message>
</context>
<context>
    <name>CategoryMapModel</name>
    <message>
        <location filename="../../src/companion/ui/models/insights_tables.py" line="92"/>
        <source>Kategori i kvalitetssystemet</source>
        <translation>Category in the quality system</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/insights_tables.py" line="93"/>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="65"/>
        <source>Vår kategori</source>
        <translation>Our category</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/insights_tables.py" line="94"/>
        <source>Antall avvik</source>
        <translation>Deviation reports</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/insights_tables.py" line="96"/>
        <source>Ikke koblet</source>
        <translation>Not linked</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/insights_tables.py" line="158"/>
        <source> – velg kategori</source>
        <translation> – choose a category</translation>
    </message>
</context>
<context>
    <name>ChecklistItemsModel</name>
    <message>
        <location filename="../../src/companion/ui/models/training_items.py" line="18"/>
        <source>Punkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_items.py" line="19"/>
        <source>Vist</source>
        <translation>Shown</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_items.py" line="20"/>
        <source>Øvd</source>
        <translation>Practised</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_items.py" line="21"/>
        <source>Godkjent</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_items.py" line="22"/>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_items.py" line="122"/>
        <source> (utgått fra innholdet)</source>
        <translation> (removed from the content)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_items.py" line="136"/>
        <source> (utgått)</source>
        <translation> (removed)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_items.py" line="138"/>
        <source> (valgfritt)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_items.py" line="151"/>
        <source>notat: %1</source>
        <translation>note: %1</translation>
    </message>
</context>
<context>
    <name>CoachingLogModel</name>
    <message>
        <location filename="../../src/companion/ui/models/training_coaching.py" line="15"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coaching.py" line="16"/>
        <source>Hvem fikk hjelp</source>
        <translation>Who was helped</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coaching.py" line="17"/>
        <source>Tema eller veiledning</source>
        <translation>Topic or guide</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coaching.py" line="18"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coaching.py" line="19"/>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coaching.py" line="20"/>
        <source>Superbruker</source>
        <translation>Superuser</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coaching.py" line="21"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coaching.py" line="22"/>
        <source>Sak</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coaching.py" line="45"/>
        <source>Registrert fra Vis ved siden av</source>
        <translation>Recorded from Show side by side</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coaching.py" line="47"/>
        <source>Hurtigregistrering</source>
        <translation>Quick entry</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coaching.py" line="67"/>
        <source> (Vis ved siden av)</source>
        <translation> (Show side by side)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coaching.py" line="78"/>
        <source>Sak %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coaching.py" line="79"/>
        <source>Ikke opprettet</source>
        <translation>Not created</translation>
    </message>
</context>
<context>
    <name>CoachingTab</name>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="60"/>
        <source>Vis enhet</source>
        <translation>Show unit</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="65"/>
        <source>Opprett sak</source>
        <translation>Create ticket</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="67"/>
        <source>Lag en sak til brukerstøtte fra den valgte eskalerte oppføringen</source>
        <translation>Create a support desk ticket from the selected escalated entry</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="70"/>
        <source>Logg</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="78"/>
        <source>Logg over veiledning ved siden av</source>
        <translation>Side-by-side coaching log</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="90"/>
        <source>Ingen registreringer ennå. Skriv inn hjelp du har gitt over, eller bruk «Vis ved siden av» i en veiledning.</source>
        <translation>No entries yet. Enter help you have given above, or use “Show side by side” in a guide.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="97"/>
        <source>Registrer hjelp du har gitt</source>
        <translation>Record help you have given</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="100"/>
        <source>Navn på kollegaen (ikke pasient)</source>
        <translation>Colleague&apos;s name (not a patient)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="102"/>
        <source>For eksempel «Rover logger ut»</source>
        <translation>For example “Rover logs out”</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="107"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="112"/>
        <source>Valgfritt. Ingen pasientopplysninger.</source>
        <translation>Optional. No patient details.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="122"/>
        <source>Hvem fikk hjelp</source>
        <translation>Who was helped</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="123"/>
        <source>Tema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="124"/>
        <source>Veiledning</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="125"/>
        <source>Tid brukt</source>
        <translation>Time spent</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="126"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="127"/>
        <source>Superbruker</source>
        <translation>Superuser</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="128"/>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="136"/>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="138"/>
        <source>Lagre i loggen</source>
        <translation>Save to log</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="160"/>
        <source>(ingen veiledning)</source>
        <translation>(no guide)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="176"/>
        <source>Alle enheter</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="186"/>
        <source>%1 registreringer, %2 minutter: %3</source>
        <translation>Entries: %1, minutes: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="219"/>
        <source>Lagret i loggen.</source>
        <translation>Saved to the log.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="239"/>
        <source>Lagret i loggen, og sak %1 er laget som utkast under Saker. Se over saken og send den.</source>
        <translation>Saved to the log, and ticket %1 is ready as a draft under Tickets. Check the ticket and send it.</translation>
    </message>
</context>
<context>
    <name>CoachingWindow</name>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="96"/>
        <source>Vis ved siden av – %1</source>
        <translation>Show side by side – %1</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="97"/>
        <source>Veiledning ved siden av</source>
        <translation>Side-by-side coaching</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="106"/>
        <source>Status for veiledningen</source>
        <translation>Status of the guide</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="108"/>
        <source>Hvilket steg</source>
        <translation>Current step</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="118"/>
        <source>Stegets tekst</source>
        <translation>Step text</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="120"/>
        <source>← Forrige steg</source>
        <translation>← Previous step</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="121"/>
        <location filename="../../src/companion/ui/coaching.py" line="249"/>
        <source>Vis neste steg →</source>
        <translation>Show next step →</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="123"/>
        <location filename="../../src/companion/ui/coaching.py" line="126"/>
        <location filename="../../src/companion/ui/coaching.py" line="231"/>
        <source>Fullskjerm (F11)</source>
        <translation>Full screen (F11)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="126"/>
        <location filename="../../src/companion/ui/coaching.py" line="231"/>
        <source>Avslutt fullskjerm (F11)</source>
        <translation>Exit full screen (F11)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="128"/>
        <source>Fullskjerm</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="240"/>
        <source>Steg %1 av %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="249"/>
        <source>Ferdig</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ContentStatus</name>
    <message>
        <location filename="../../src/companion/ui/content_status.py" line="25"/>
        <location filename="../../src/companion/ui/content_status.py" line="106"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_status.py" line="26"/>
        <source>✓ Godkjent</source>
        <translation>✓ Approved</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_status.py" line="27"/>
        <location filename="../../src/companion/ui/content_status.py" line="104"/>
        <source>Utgått</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_status.py" line="36"/>
        <source>Lokal</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_status.py" line="49"/>
        <source>Veiledning</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_status.py" line="50"/>
        <source>Vanlig feil</source>
        <translation>Common mistake</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_status.py" line="51"/>
        <source>Sjekkliste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_status.py" line="62"/>
        <location filename="../../src/companion/ui/content_status.py" line="102"/>
        <source>✓ Godkjent av %1, %2</source>
        <translation>✓ Approved by %1, %2</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_status.py" line="68"/>
        <location filename="../../src/companion/ui/content_status.py" line="103"/>
        <source>ansvarlig: %1</source>
        <translation>owner: %1</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_status.py" line="71"/>
        <source>Utkast – ikke godkjent hos dere ennå</source>
        <translation>Draft – not yet approved by your unit</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_status.py" line="73"/>
        <location filename="../../src/companion/ui/content_status.py" line="109"/>
        <source>Lokal versjon</source>
        <translation>Local version</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_status.py" line="76"/>
        <location filename="../../src/companion/ui/content_status.py" line="112"/>
        <source>Skulle vært gjennomgått %1</source>
        <translation>Review was due %1</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_status.py" line="80"/>
        <source>Lokal prosedyre gjelder foran</source>
        <translation>Local procedure takes precedence</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_status.py" line="89"/>
        <source>ikke godkjent</source>
        <translation>not approved</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_status.py" line="90"/>
        <source>skulle vært gjennomgått</source>
        <translation>review overdue</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_status.py" line="93"/>
        <source>flere «Nei» enn «Ja»</source>
        <translation>more “No” than “Yes”</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_status.py" line="105"/>
        <source>– skal ikke brukes lenger</source>
        <translation>– no longer to be used</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_status.py" line="107"/>
        <source>– ikke godkjent hos dere ennå</source>
        <translation>– not yet approved by your unit</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_status.py" line="108"/>
        <source>Ansvarlig: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_status.py" line="110"/>
        <source>for deres enhet</source>
        <translation>for your unit</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_status.py" line="111"/>
        <source>Bygger på: %1</source>
        <translation>Based on: %1</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_status.py" line="113"/>
        <source>Lokal prosedyre gjelder foran.</source>
        <translation>Local procedure takes precedence.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_status.py" line="114"/>
        <source>Skal gjennomgås innen %1</source>
        <translation>Review by %1</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_status.py" line="115"/>
        <source>Steg %1 av %2</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>ContentUpdateController</name>
    <message>
        <location filename="../../src/companion/ui/content_updates.py" line="64"/>
        <source>Ser etter oppdatert innhold …</source>
        <translation>Checking for updated content …</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_updates.py" line="90"/>
        <source>innebygd</source>
        <translation>built-in</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_updates.py" line="92"/>
        <source>Innholdet er oppdatert (versjon %1).</source>
        <translation>The content has been updated (version %1).</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_updates.py" line="93"/>
        <source>Fikk ikke kontakt med innholdsserveren. Prøv igjen senere.</source>
        <translation>Couldn&apos;t reach the content server. Try again later.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_updates.py" line="95"/>
        <source>En innholdsoppdatering ble avvist fordi den ikke kunne bekreftes. Innholdet du har, brukes videre. Gi beskjed til IT.</source>
        <translation>A content update was rejected because it could not be verified. You can keep using the content you have. Let IT know.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_updates.py" line="98"/>
        <source>En innholdsoppdatering pågår allerede.</source>
        <translation>A content update is already in progress.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_updates.py" line="99"/>
        <source>Nytt innhold kunne ikke lagres. Sjekk ledig diskplass.</source>
        <translation>The new content could not be saved. Check the free disk space.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/content_updates.py" line="109"/>
        <source>Nytt innhold: versjon %1</source>
        <translation>New content: version %1</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="172"/>
        <source>Uke %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="197"/>
        <source>1 vikar starter</source>
        <translation>1 substitute starting</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="197"/>
        <source>%1 vikarer starter</source>
        <translation>%1 substitutes starting</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="201"/>
        <source>1 superbruker på jobb</source>
        <translation>1 superuser at work</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="203"/>
        <source>%1 superbrukere på jobb</source>
        <translation>%1 superusers at work</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="213"/>
        <source>Vikarer som starter: </source>
        <translation>Substitutes starting: </translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="213"/>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="217"/>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="216"/>
        <source>Superbrukere på jobb: </source>
        <translation>Superusers at work: </translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="220"/>
        <source>På ferie: </source>
        <translation>On holiday: </translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="224"/>
        <source>Mangler superbruker: flytt en ferieuke eller avtal hjelp fra en annen enhet.</source>
        <translation>No superuser: move a holiday week or arrange help from another unit.</translation>
    </message>
</context>
<context>
    <name>CoverageTab</name>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="62"/>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="63"/>
        <source>Fra uke</source>
        <translation>From week</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="64"/>
        <source>Til uke</source>
        <translation>To week</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="65"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="86"/>
        <source>Superbrukere: kryss av ukene hver superbruker har ferie. Navn og enhet kan endres direkte i tabellen.</source>
        <translation>Superusers: tick the weeks each superuser is on holiday. You can change name and unit directly in the table.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="98"/>
        <source>Superbrukere og ferieuker</source>
        <translation>Superusers and holiday weeks</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="105"/>
        <source>Legg til superbruker</source>
        <translation>Add superuser</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="106"/>
        <source>Fjern valgt superbruker</source>
        <translation>Remove selected superuser</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="124"/>
        <source>Sommerdekning per uke og enhet</source>
        <translation>Summer cover by week and unit</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="152"/>
        <source>Alle enheter</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="187"/>
        <source>⚠ Mangler superbruker: vikarer starter uten at en superbruker er på jobb (%1).</source>
        <translation>⚠ No superuser: substitutes start with no superuser at work (%1).</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="199"/>
        <source>✓ Ingen uker der vikarer starter uten superbruker på jobb.</source>
        <translation>✓ No weeks where substitutes start without a superuser at work.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="213"/>
        <source>Ny superbruker</source>
        <translation>New superuser</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="233"/>
        <source>Fjerne superbruker?</source>
        <translation>Remove superuser?</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="234"/>
        <source>%1 og registrerte ferieuker fjernes.</source>
        <translation>%1 and their recorded holiday weeks will be removed.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="235"/>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>DeviationsView</name>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="44"/>
        <source>Eksporter avvikene fra kvalitetssystemet som CSV. Filen må ha en overskriftslinje med kolonnene Dato og Kategori, og gjerne Enhet og Avviksnummer (andre kolonner, som beskrivelse, leses ikke). Datoer som 2026-03-14 eller 14.03.2026.</source>
        <translation>Export the deviation reports from the quality system as CSV. The file needs a heading line with the columns Dato (date) and Kategori (category), and preferably Enhet (unit) and Avviksnummer (report number); other columns, such as the description, are not read. Dates like 2026-03-14 or 14.03.2026.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="99"/>
        <source>Importer avvik fra CSV …</source>
        <translation>Import deviation reports from CSV…</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="113"/>
        <source>Rader som ble hoppet over</source>
        <translation>Skipped rows</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="116"/>
        <source>Koble kategorier</source>
        <translation>Match categories</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="122"/>
        <source>Kvalitetssystemet bruker egne kategorinavn. Velg hvilken av våre kategorier hvert navn hører til; endringen gjelder også avvik som er importert før.</source>
        <translation>The quality system uses its own category names. Choose which of our categories each name belongs to; the change also applies to deviation reports imported earlier.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="129"/>
        <source>Kategorikobling</source>
        <translation>Category matching</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="146"/>
        <source>Ingen avvik er importert ennå. Velg «Importer avvik fra CSV …» for å hente en eksport fra kvalitetssystemet.</source>
        <translation>No deviation reports imported yet. Choose “Import deviation reports from CSV…” to bring in an export from the quality system.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="157"/>
        <source>%n avvik importert i alt.</source>
        <translation>
            <numerusform>%n deviation report imported in total.</numerusform>
            <numerusform>%n deviation reports imported in total.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="162"/>
        <source>Velg CSV-eksport fra kvalitetssystemet</source>
        <translation>Choose CSV export from the quality system</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="164"/>
        <source>CSV-filer (*.csv *.txt);;Alle filer (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="171"/>
        <source>Importerer %1 …</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="192"/>
        <source>%1 avvik importert</source>
        <translation>%1 deviation reports imported</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="194"/>
        <source>%1 var importert fra før</source>
        <translation>%1 were already imported</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="196"/>
        <source>%1 rader hoppet over på grunn av feil</source>
        <translation>%1 rows skipped because of errors</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="200"/>
        <source>%1 rader hadde et fødselsnummer, som er fjernet før lagring.</source>
        <translation>%1 rows contained a national identity number, which was removed before saving.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="206"/>
        <source>%1 kategorier er ikke koblet til våre kategorier ennå: koble dem i tabellen, så telles de riktig.</source>
        <translation>%1 categories are not yet linked to our categories: link them in the table so they are counted correctly.</translation>
    </message>
</context>
<context>
    <name>DomainWords</name>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="23"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="24"/>
        <source>Assistent</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="25"/>
        <source>Helsefagarbeider</source>
        <translation>Healthcare worker</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="26"/>
        <source>Sykepleier</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="27"/>
        <source>Lege</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="28"/>
        <source>Fysioterapeut</source>
        <translation>Physiotherapist</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="29"/>
        <source>Merkantil</source>
        <translation>Clerical staff</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="30"/>
        <source>Superbruker</source>
        <translation>Superuser</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="32"/>
        <source>Løst på stedet</source>
        <translation>Solved on the spot</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="33"/>
        <source>Trenger oppfølging</source>
        <translation>Needs follow-up</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="34"/>
        <source>Eskalert til brukerstøtte</source>
        <translation>Escalated to support</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="36"/>
        <source>Marker som vist</source>
        <translation>Mark as shown</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="37"/>
        <source>Fjern vist</source>
        <translation>Remove shown</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="38"/>
        <source>Marker som øvd</source>
        <translation>Mark as practised</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="39"/>
        <source>Fjern øvd</source>
        <translation>Remove practised</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="40"/>
        <source>Godkjenn</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="41"/>
        <source>Fjern godkjenning</source>
        <translation>Remove approval</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="43"/>
        <source>Legemidler</source>
        <translation>Medicines</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="44"/>
        <source>Rover</source>
        <translation>Rover</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="45"/>
        <source>Dokumentasjon</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="46"/>
        <source>Arbeidsliste</source>
        <translation>Worklist</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="47"/>
        <source>Meldinger</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="48"/>
        <source>Pasientflyt</source>
        <translation>Patient flow</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="49"/>
        <source>Innlogging og tilgang</source>
        <translation>Login and access</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="50"/>
        <source>Personvern</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="51"/>
        <source>Annet</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="53"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="54"/>
        <source>I kø</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="55"/>
        <source>Sendt</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="56"/>
        <source>Besvart</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="57"/>
        <source>Løst</source>
        <translation>Solved</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="58"/>
        <source>Feilet</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="59"/>
        <source>Lav</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="60"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="61"/>
        <source>Høy</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="62"/>
        <source>Kritisk</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="64"/>
        <source>Sak</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="65"/>
        <source>Artikkel</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="66"/>
        <source>Avvik</source>
        <translation>Deviation</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="68"/>
        <source>Siste 12 måneder</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="69"/>
        <source>Siste 3 måneder</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="70"/>
        <source>Siste 30 dager</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="71"/>
        <source>Hittil i år</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="72"/>
        <source>Egendefinert</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="84"/>
        <source>Ingen sjekkliste tildelt</source>
        <translation>No checklist assigned</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="86"/>
        <source>Klar for selvstendig vakt</source>
        <translation>Ready for independent shifts</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="88"/>
        <source>Ikke klar: 1 påkrevde punkt mangler godkjenning</source>
        <translation>Not ready: 1 required item is not approved</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="92"/>
        <source>Ikke klar: %1 påkrevde punkter mangler godkjenning</source>
        <translation>Not ready: %1 required items are not approved</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="104"/>
        <source>Vist</source>
        <translation>Shown</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="105"/>
        <source>Øvd</source>
        <translation>Practised</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="106"/>
        <source>Godkjent</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="113"/>
        <source>%1 %2 av %3</source>
        <translation>%1 %2 by %3</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/domain_words.py" line="120"/>
        <source> på PC %1</source>
        <translation> on PC %1</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../src/companion/ui/errors.py" line="32"/>
        <source>Noe gikk galt</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/errors.py" line="34"/>
        <source>Følgesvenn møtte en uventet feil (%1). Det du har lagret er trygt. Prøv igjen; hvis det gjentar seg, velg Hjelp → Eksporter diagnostikk og send filen til superbrukeren.</source>
        <translation>Følgesvenn ran into an unexpected error (%1). What you have saved is safe. Try again; if it happens again, choose Help → Export diagnostics and send the file to your superuser.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/errors.py" line="46"/>
        <source>Detaljer står i loggen: %1</source>
        <translation>Details are in the log: %1</translation>
    </message>
</context>
<context>
    <name>GapsView</name>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="159"/>
        <source>Søk uten gode treff</source>
        <translation>Searches without good results</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="161"/>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="194"/>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="209"/>
        <source>Søk</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="163"/>
        <source>Uten treff</source>
        <translation>No results</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="169"/>
        <source>Treff, men ingenting åpnet</source>
        <translation>Results, nothing opened</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="175"/>
        <source>Søk i alt</source>
        <translation>Total searches</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="182"/>
        <source>Ingen søk uten gode treff i perioden. Når kollegaer søker uten å finne noe, vises søkene her.</source>
        <translation>No searches without good results in this period. When colleagues search and find nothing, their searches appear here.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="186"/>
        <source>Mangler det innhold eller et synonym? Det er her nye veiledninger og vanlige feil bør starte.</source>
        <translation>Is content or a synonym missing? This is where new guides and common mistakes should start.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="191"/>
        <source>Søk like før en ny sak</source>
        <translation>Searches just before a new ticket</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="203"/>
        <source>Ingen saker ble laget like etter et søk i perioden.</source>
        <translation>No tickets were created just after a search in this period.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="197"/>
        <source>Nye saker</source>
        <translation>New tickets</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="135"/>
        <source>Denne PC-en</source>
        <translation>This PC</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="137"/>
        <source>Hele teamet (1 PC – ingen tall fra andre PC-er er hentet ennå)</source>
        <translation>The whole team (1 PC – no figures from other PCs fetched yet)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="140"/>
        <source>Hele teamet (%1 PC-er)</source>
        <translation>The whole team (%1 PCs)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="204"/>
        <source>Søket hjalp ikke: en ny sak til brukerstøtte ble laget innen 30 minutter.</source>
        <translation>The search didn&apos;t help: a new support desk ticket was created within 30 minutes.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="207"/>
        <source>Mest søkt</source>
        <translation>Most searched</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="211"/>
        <source>Antall søk</source>
        <translation>Searches</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="217"/>
        <source>Andel uten treff</source>
        <translation>Share with no results</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="223"/>
        <source>Ingen søk i perioden ennå. Søk fra søkefeltet øverst (Ctrl+K) blir telt her.</source>
        <translation>No searches in this period yet. Searches from the search box at the top (Ctrl+K) are counted here.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="226"/>
        <source>Flest «Nei» på «Var dette nyttig?»</source>
        <translation>Most “No” answers to “Was this helpful?”</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="228"/>
        <source>Veiledning eller vanlig feil</source>
        <translation>Guide or common mistake</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="230"/>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="233"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="236"/>
        <source>Nyeste kommentarer</source>
        <translation>Latest comments</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="241"/>
        <source>Ingen har svart «Nei» i perioden.</source>
        <translation>Nobody answered “No” in this period.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="245"/>
        <source>Passert revisjonsdato</source>
        <translation>Past review date</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="247"/>
        <source>Innhold</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="248"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="250"/>
        <source>Skulle vært gjennomgått</source>
        <translation>Review was due</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="255"/>
        <source>Dager over</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="261"/>
        <source>Alt innhold er innenfor revisjonsdatoen.</source>
        <translation>All content is within its review date.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="287"/>
        <source>%1. Søk like før en ny sak og kommentarene er bare fra denne PC-en.</source>
        <translation>%1. Searches just before a new ticket and the comments are from this PC only.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="294"/>
        <source>%1 søk i perioden, %2 uten treff (%3).</source>
        <translation>Searches in this period: %1, with no results: %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="301"/>
        <source>Ingen søk i perioden.</source>
        <translation>No searches in this period.</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <location filename="../../src/companion/ui/help_pages.py" line="154"/>
        <location filename="../../src/companion/ui/help_pages.py" line="158"/>
        <source>Kom i gang</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/help_pages.py" line="168"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../src/companion/ui/about.py" line="174"/>
        <source>Kunne ikke lagre diagnostikken i %1: %2. Ingen filer er endret. Velg en annen mappe, for eksempel Skrivebord, og prøv igjen.</source>
        <translation>Couldn&apos;t save the diagnostics in %1: %2. No files have been changed. Choose another folder, for example Desktop, and try again.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="221"/>
        <location filename="../../src/companion/ui/about.py" line="256"/>
        <source>Eksporter diagnostikk</source>
        <translation>Export diagnostics</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="223"/>
        <source>Zip-filer (*.zip)</source>
        <translation>Zip files (*.zip)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="232"/>
        <source>Lager diagnostikk …</source>
        <translation>Creating diagnostics…</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="240"/>
        <source>Diagnostikken er lagret i %1. Send filen til brukerstøtte. Den inneholder logger og innstillinger, ikke databasen og ingen passord.</source>
        <translation>Diagnostics saved to %1. Send the file to the support desk. It contains logs and settings, not the database and no passwords.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="245"/>
        <source>Diagnostikken er lagret.</source>
        <translation>Diagnostics saved.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="250"/>
        <source>Diagnostikken ble ikke lagret.</source>
        <translation>Diagnostics not saved.</translation>
    </message>
</context>
<context>
    <name>HelpPages</name>
    <message>
        <location filename="../../src/companion/ui/help_pages.py" line="30"/>
        <source>Vis ved siden av: neste steg</source>
        <translation>Show side by side: next step</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/help_pages.py" line="33"/>
        <source>Vis ved siden av: forrige steg</source>
        <translation>Show side by side: previous step</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/help_pages.py" line="35"/>
        <source>Vis ved siden av: første / siste steg</source>
        <translation>Show side by side: first / last step</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/help_pages.py" line="38"/>
        <source>Vis ved siden av: fullskjerm av og på</source>
        <translation>Show side by side: full screen on and off</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/help_pages.py" line="40"/>
        <source>Vis ved siden av: avslutt fullskjerm, deretter veiledningen</source>
        <translation>Show side by side: leave full screen, then the guide</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/help_pages.py" line="46"/>
        <source>Vis ved siden av: større / mindre tekst</source>
        <translation>Show side by side: larger / smaller text</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/help_pages.py" line="107"/>
        <source>Finn svar</source>
        <translation>Find answers</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/help_pages.py" line="108"/>
        <source>Søk med Ctrl+K fra hvor som helst. Veiledninger viser arbeidsflyter steg for steg; Kunnskapsbase forklarer vanlige feil og hvordan du retter dem.</source>
        <translation>Search with Ctrl+K from anywhere. Guides show workflows step by step; the knowledge base explains common mistakes and how to fix them.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/help_pages.py" line="115"/>
        <source>Vis ved siden av</source>
        <translation>Show side by side</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/help_pages.py" line="116"/>
        <source>Åpne en veiledning og trykk «Vis ved siden av»: ett steg om gangen i stor tekst. Piltastene blar, F11 gir fullskjerm, Esc avslutter.</source>
        <translation>Open a guide and press “Show side by side”: one step at a time in large text. The arrow keys move between steps, F11 gives full screen, Esc ends.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/help_pages.py" line="123"/>
        <source>Saker</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/help_pages.py" line="124"/>
        <source>Trykk «Ny sak» (Ctrl+N) når noe ikke virker. Saken lagres mens du skriver og sendes til brukerstøtte når den er satt opp under Fil → Innstillinger.</source>
        <translation>Press “New ticket” (Ctrl+N) when something does not work. The ticket is saved as you type and sent to support once it is set up under File → Settings.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/help_pages.py" line="131"/>
        <source>Opplæring</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/help_pages.py" line="132"/>
        <source>Skriv navnet ditt øverst. Legg til personer, og registrer vist, øvd og godkjent for hvert punkt. Hver registrering kan angres rett i bekreftelsen.</source>
        <translation>Type your name at the top. Add people, and record shown, practised and approved for each item. Every registration can be undone right in its confirmation.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/help_pages.py" line="139"/>
        <source>Innsikt</source>
        <translation>Insights</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/help_pages.py" line="140"/>
        <source>Til superbrukermøtet: hva kollegaer ikke finner, hva som øker og forslag til endringer.</source>
        <translation>For the superuser meeting: what colleagues cannot find, what is increasing and proposals for change.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="38"/>
        <source>Importer personer fra vaktplanen</source>
        <translation>Import people from the staff rota</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="44"/>
        <source>Velg en CSV-fil fra vaktplanen (semikolon eller komma, helst UTF-8). Første linje er overskriftene:
%1
Bare ansattopplysninger leses. Kolonner som ikke står over, blir ikke lest eller lagret.</source>
        <translation>Choose a CSV file from the staff rota (semicolon or comma, preferably UTF-8). The first line holds the headings:
%1
Only staff details are read. Columns not listed above are not read or stored.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="56"/>
        <source>Velg fil …</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="58"/>
        <source>Ingen fil valgt</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="71"/>
        <source>Forhåndsvisning av importen</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="77"/>
        <source>Tildel sjekklisten for rollen til hver person</source>
        <translation>Assign the role&apos;s checklist to each person</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="82"/>
        <location filename="../../src/companion/ui/pages/training_import.py" line="134"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="86"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="94"/>
        <source>Velg CSV-fil</source>
        <translation>Choose CSV file</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="94"/>
        <source>CSV-filer (*.csv *.txt);;Alle filer (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="110"/>
        <source>%1 personer kan importeres.</source>
        <translation>People ready to import: %1.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="114"/>
        <source>%1 rader har feil og blir ikke importert (se Resultat).</source>
        <translation>Rows with errors that won&apos;t be imported: %1 (see Result).</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="122"/>
        <source>%1 rader hadde et fødselsnummer. Det er erstattet med [fødselsnummer fjernet] og blir ikke lagret.</source>
        <translation>%1 rows contained a national identity number. It has been replaced with [fødselsnummer fjernet] and will not be stored.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="132"/>
        <source>Importer %1 personer</source>
        <translation>Import (%1)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../src/companion/ui/models/training_import.py" line="17"/>
        <source>Linje</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_import.py" line="18"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_import.py" line="19"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_import.py" line="20"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_import.py" line="21"/>
        <source>Første dag</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_import.py" line="22"/>
        <source>Siste dag</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_import.py" line="23"/>
        <source>Vikar</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_import.py" line="24"/>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_import.py" line="62"/>
        <source>✓ Importeres</source>
        <translation>✓ Will be imported</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_import.py" line="70"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_import.py" line="70"/>
        <source>nei</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="91"/>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="101"/>
        <source>Innsikt</source>
        <translation>Insights</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="105"/>
        <source>Til superbrukermøtet: hva kollegaer ikke finner, hva som øker, hvor lang tid brukerstøtte bruker, og forslag til fellesmøtet.</source>
        <translation>For the superuser meeting: what colleagues can&apos;t find, what is increasing, how long the support desk takes, and proposals for the joint meeting.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="112"/>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="118"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="116"/>
        <source>Fra dato</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="117"/>
        <source>Til dato</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="120"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="122"/>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="125"/>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="136"/>
        <source>Tall fra</source>
        <translation>Figures from</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="128"/>
        <source>Søk uten treff og «Nei»-svar fra alle PC-ene i teamet (hentet ved siste synkronisering), eller bare fra denne PC-en</source>
        <translation>Searches without results and “No” answers from all the team’s PCs (fetched at the last sync), or from this PC only</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="132"/>
        <source>Hele teamet</source>
        <translation>The whole team</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="133"/>
        <source>Denne PC-en</source>
        <translation>This PC</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="142"/>
        <source>Eksporter for deling …</source>
        <translation>Export for sharing…</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="144"/>
        <source>Bare tall per måned og kategori og søk uten gode treff – ingen navn</source>
        <translation>Only figures per month and category, and searches without good results – no names</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="147"/>
        <source>Lag møterapport (PDF) …</source>
        <translation>Create meeting report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="159"/>
        <source>Det er ingen aktivitet i perioden ennå. Innsikt fylles etter hvert som dere søker, lager saker og bruker «Vis ved siden av». Avvik henter du inn fra kvalitetssystemet i fanen Avvik.</source>
        <translation>No activity in this period yet. Insights fill up as you search, create tickets and use “Show side by side”. Import deviation reports from the quality system in the Deviation reports tab.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="169"/>
        <source>Innsikt-faner</source>
        <translation>Insights tabs</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="176"/>
        <source>Kunnskapshull</source>
        <translation>Knowledge gaps</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="177"/>
        <source>Trender</source>
        <translation>Trends</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="178"/>
        <source>Svartid</source>
        <translation>Response time</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="179"/>
        <source>Endringsforslag</source>
        <translation>Change proposals</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="180"/>
        <source>Avvik</source>
        <translation>Deviation reports</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="184"/>
        <source>Må gjennomgås</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="242"/>
        <source>Henter innsikt for %1 …</source>
        <translation>Fetching insights for %1…</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="269"/>
        <source>Perioden %1.</source>
        <translation>Period: %1.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="282"/>
        <source>Lagre møterapport</source>
        <translation>Save meeting report</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="282"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="289"/>
        <source>Lager møterapport …</source>
        <translation>Creating meeting report…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/pages/insights_page.py" line="312"/>
        <source>Møterapporten er lagret (%n sider): </source>
        <translation>
            <numerusform>Meeting report saved (%n page): </numerusform>
            <numerusform>Meeting report saved (%n pages): </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="325"/>
        <source>Eksporter for deling med andre kommuner</source>
        <translation>Export for sharing with other municipalities</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="327"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="342"/>
        <source>Eksportert (%1, bare tall og søk – ingen navn): </source>
        <translation>Exported (%1, only figures and searches – no names): </translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../src/companion/ui/launch.py" line="33"/>
        <source>Ingen data er endret.</source>
        <translation>No data has been changed.</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../../src/companion/ui/library_controller.py" line="121"/>
        <source>Kunne ikke laste innholdet</source>
        <translation>Couldn&apos;t load the content</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/library_controller.py" line="333"/>
        <source>Eksporter PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/library_controller.py" line="347"/>
        <source>Kunne ikke lagre PDF</source>
        <translation>Couldn&apos;t save PDF</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/library_controller.py" line="348"/>
        <source>PDF-filen kunne ikke skrives: %1. Velg en annen mappe.</source>
        <translation>The PDF file couldn&apos;t be written: %1. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="51"/>
        <source>Vis</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="53"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="54"/>
        <source>Favoritter</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="55"/>
        <source>Sist sett</source>
        <translation>Recently viewed</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="61"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="62"/>
        <source>Alle kategorier</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="68"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="69"/>
        <source>Alle roller</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="96"/>
        <source>Liste over artikler</source>
        <translation>List of articles</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="107"/>
        <source>Laster innhold …</source>
        <translation>Loading content…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/pages/library_page.py" line="130"/>
        <source>%n fil(er) i innholdsmappen kunne ikke leses og vises ikke: </source>
        <translation>
            <numerusform>%n file in the content folder could not be read and is not shown: </numerusform>
            <numerusform>%n files in the content folder could not be read and are not shown: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="134"/>
        <source>. Kjør «companion content check» for detaljer, eller gi beskjed til superbrukeren.</source>
        <translation>. Run “companion content check” for details, or tell your superuser.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/pages/library_page.py" line="189"/>
        <source>%n artikler</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="197"/>
        <source>Du har ingen favoritter ennå. Trykk «Legg til i favoritter» på en artikkel.</source>
        <translation>You have no favourites yet. Click “Add to favourites” on an article.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="200"/>
        <source>Du har ikke åpnet noen artikler ennå.</source>
        <translation>You haven&apos;t opened any articles yet.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="203"/>
        <source>Ingen artikler passer filtrene. Velg «Alle kategorier» og «Alle roller».</source>
        <translation>No articles match the filters. Choose “All categories” and “All roles”.</translation>
    </message>
</context>
<context>
    <name>LocalEditorDialog</name>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="72"/>
        <source>Rediger lokalt</source>
        <translation>Edit locally</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="73"/>
        <source>Rediger lokal versjon</source>
        <translation>Edit local version</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="99"/>
        <source>Lokale versjoner lagres i en egen mappe for enheten deres, og den er ikke valgt ennå. Velg en mappe (gjerne en felles mappe superbrukerne har tilgang til).</source>
        <translation>Local versions are saved in a separate folder for your unit, and it has not been chosen yet. Choose a folder (ideally a shared folder the superusers can access).</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="104"/>
        <source>Velg mappe …</source>
        <translation>Choose folder …</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="115"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="116"/>
        <source>Godkjent</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="117"/>
        <source>Utgått (skjul artikkelen)</source>
        <translation>Retired (hide the article)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="121"/>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="123"/>
        <source>F.eks. Fagnettverk legemidler</source>
        <translation>E.g. Medicines specialist network</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="124"/>
        <source>F.eks. forskrift, nasjonal retningslinje</source>
        <translation>E.g. regulation, national guideline</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="126"/>
        <location filename="../../src/companion/ui/local_editor.py" line="128"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="127"/>
        <location filename="../../src/companion/ui/local_editor.py" line="129"/>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="132"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="133"/>
        <source>Godkjent av</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="134"/>
        <source>Godkjent dato</source>
        <translation>Approval date</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="142"/>
        <source>Ansvarlig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="143"/>
        <source>Bygger på</source>
        <translation>Based on</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="164"/>
        <source>Tekst (Markdown)</source>
        <translation>Text (Markdown)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="167"/>
        <source>Forhåndsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="174"/>
        <source>Kontroll av teksten</source>
        <translation>Text check</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="181"/>
        <source>Lagre lokal versjon</source>
        <translation>Save local version</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="184"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="186"/>
        <source>Ny fra mal</source>
        <translation>New from template</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="188"/>
        <source>Start en ny lokal artikkel med avsnittene ferdig satt opp</source>
        <translation>Start a new local article with the sections already set up</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="210"/>
        <source>Ulagret tekst fra forrige gang er hentet fram.</source>
        <translation>Unsaved text from last time has been restored.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="255"/>
        <source>Ikke lagret ennå</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="264"/>
        <source>Velg en mappe for lokale versjoner først</source>
        <translation>Choose a folder for local versions first</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="288"/>
        <source>✓ Ingen feil funnet.</source>
        <translation>✓ No problems found.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="291"/>
        <source>Feil</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="291"/>
        <source>Advarsel</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="303"/>
        <source>Kunne ikke mellomlagre teksten.</source>
        <translation>Couldn&apos;t save a backup of the text.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="313"/>
        <source>Lagrer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="325"/>
        <source>Lagret i den lokale mappen.</source>
        <translation>Saved in the local folder.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="331"/>
        <source>Kunne ikke lagre: %1. Sjekk at du har skrivetilgang til mappen.</source>
        <translation>Couldn&apos;t save: %1. Check that you have write access to the folder.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/local_editor.py" line="350"/>
        <source>Velg mappe for lokale versjoner</source>
        <translation>Choose a folder for local versions</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="83"/>
        <source>Søk i veiledninger, vanlige feil og sjekklister (Ctrl+K)</source>
        <translation>Search guides, common mistakes and checklists (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="85"/>
        <location filename="../../src/companion/ui/main_window.py" line="90"/>
        <source>Søk</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="92"/>
        <source>Tøm søkefeltet</source>
        <translation>Clear the search field</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="108"/>
        <source>Hovedmeny</source>
        <translation>Main menu</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="119"/>
        <source>Gå til søkefeltet</source>
        <translation>Go to the search field</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="124"/>
        <source>Nettstatus</source>
        <translation>Network status</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="126"/>
        <source>Saker i kø</source>
        <translation>Queued tickets</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="128"/>
        <source>Sist synkronisert</source>
        <translation>Last synced</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="130"/>
        <source>Teamstatus</source>
        <translation>Team status</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="144"/>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="145"/>
        <source>&amp;Innstillinger …</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="147"/>
        <source>Se &amp;etter oppdatert innhold</source>
        <translation>Check for &amp;updated content</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="151"/>
        <source>&amp;Avslutt</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="155"/>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="157"/>
        <source>Større tekst</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="158"/>
        <source>Mindre tekst</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="159"/>
        <source>Vanlig tekststørrelse</source>
        <translation>Normal text size</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="165"/>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="166"/>
        <source>&amp;Kom i gang</source>
        <translation>&amp;Getting started</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="169"/>
        <source>&amp;Hurtigtaster</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="172"/>
        <source>&amp;Om Følgesvenn</source>
        <translation>&amp;About Følgesvenn</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="174"/>
        <source>&amp;Eksporter diagnostikk …</source>
        <translation>&amp;Export diagnostics…</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="263"/>
        <source>Brukerstøtte ikke satt opp</source>
        <translation>Support desk not set up</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="265"/>
        <source>Tilkoblet</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="267"/>
        <source>Frakoblet</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/main_window.py" line="273"/>
        <source>Saker i kø: %n</source>
        <translation>
            <numerusform>Queued tickets: %n</numerusform>
            <numerusform>Queued tickets: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="276"/>
        <source>Sist synkronisert: %1</source>
        <translation>Last synced: %1</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="276"/>
        <source>aldri</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="148"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="149"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="150"/>
        <source>Startuke</source>
        <translation>Start week</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="161"/>
        <source>Alle roller</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="163"/>
        <source>Eksporter PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="164"/>
        <source>Eksporter CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="172"/>
        <source>Starter neste uke og er ikke klar</source>
        <translation>Starting next week and not ready</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="182"/>
        <source>Oversikt: personer og sjekklistepunkter</source>
        <translation>Overview: people and checklist items</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="192"/>
        <source>Ingen personer passer filteret. Legg til personer under Personer, eller velg en annen enhet eller uke.</source>
        <translation>Nobody matches the filter. Add people under People, or choose another unit or week.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="200"/>
        <source>Tegnforklaring: %1. * = valgfritt punkt. Dobbeltklikk en rad for å åpne personen.</source>
        <translation>Key: %1. * = optional item. Double-click a row to open the person.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="218"/>
        <source>Alle enheter</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="224"/>
        <source>Alle uker</source>
        <translation>All weeks</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="256"/>
        <source>✓ Alle som starter neste uke (uke %1), er klare for selvstendig vakt.</source>
        <translation>✓ Everyone starting next week (week %1) is ready to work shifts on their own.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="269"/>
        <source>! Starter neste uke (uke %1) og er ikke klar: %2</source>
        <translation>! Starting next week (week %1) and not ready: %2</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="300"/>
        <source>Eksporter oversikt</source>
        <translation>Export overview</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_status.py" line="36"/>
        <source>✓ godkjent   Ø øvd   V vist   – ikke startet   (grå) ikke tildelt</source>
        <translation>✓ signed off   Ø practised   V shown   – not started   (grey) not assigned</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../src/companion/ui/pages/training_common.py" line="68"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_common.py" line="219"/>
        <source>Filen kunne ikke lagres (%1). Ingenting er endret i Følgesvenn. Velg en annen mappe, eller lukk filen hvis den er åpen i et annet program, og prøv igjen.</source>
        <translation>The file couldn&apos;t be saved (%1). Nothing has been changed in Følgesvenn. Choose another folder, or close the file if it is open in another program, and try again.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../src/companion/ui/pages/training_people.py" line="60"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_people.py" line="62"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_people.py" line="65"/>
        <source>Alle roller</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_people.py" line="80"/>
        <source>Personer i opplæring</source>
        <translation>People in training</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_people.py" line="93"/>
        <source>Ingen personer her ennå. Velg «Legg til person» eller «Importer fra CSV» for å begynne.</source>
        <translation>Nobody here yet. Choose “Add person” or “Import from CSV” to start.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_people.py" line="99"/>
        <source>Legg til person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_people.py" line="100"/>
        <source>Importer fra CSV …</source>
        <translation>Import from CSV…</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_people.py" line="123"/>
        <source>Alle enheter</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_people.py" line="180"/>
        <source>Ny person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_people.py" line="203"/>
        <source>Importerte %1 personer.</source>
        <translation>People imported: %1.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_people.py" line="206"/>
        <source>%1 fantes fra før og ble hoppet over.</source>
        <translation>Already there and skipped: %1.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../src/companion/ui/models/training_people.py" line="15"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_people.py" line="16"/>
        <source>Første dag</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_people.py" line="17"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_people.py" line="35"/>
        <source>(uten navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_people.py" line="47"/>
        <source>%1, %2, %3, første dag %4. %5.</source>
        <translation>%1, %2, %3, first day %4. %5.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../src/companion/ui/pages/training_person_form.py" line="47"/>
        <source>Telefon eller e-post (jobb)</source>
        <translation>Phone or email (work)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person_form.py" line="54"/>
        <source>Ikke satt</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person_form.py" line="55"/>
        <location filename="../../src/companion/ui/pages/training_person_form.py" line="73"/>
        <source>Vikar</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person_form.py" line="57"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person_form.py" line="58"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person_form.py" line="59"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person_form.py" line="61"/>
        <source>Første dag</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person_form.py" line="61"/>
        <source>Første arbeidsdag</source>
        <translation>First working day</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person_form.py" line="62"/>
        <source>Siste dag</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person_form.py" line="62"/>
        <source>Siste arbeidsdag</source>
        <translation>Last working day</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person_form.py" line="60"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="85"/>
        <source>Velg en person i listen, eller legg til en ny person eller importer en liste fra vaktplanen.</source>
        <translation>Choose a person in the list, or add a new person or import a list from the staff rota.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="115"/>
        <source>Eksporter PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="116"/>
        <source>Eksporter CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="117"/>
        <source>Slett person</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="127"/>
        <source>Status for selvstendig vakt</source>
        <translation>Readiness for independent shifts</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="132"/>
        <source>Andel påkrevde punkter godkjent</source>
        <translation>Share of required items signed off</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="143"/>
        <source>Sjekkliste å tildele</source>
        <translation>Checklist to assign</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="144"/>
        <source>Tildel sjekkliste</source>
        <translation>Assign checklist</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="145"/>
        <source>Fjern valgt sjekkliste</source>
        <translation>Remove selected checklist</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="161"/>
        <source>Sjekklistepunkter</source>
        <translation>Checklist items</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="183"/>
        <source>Angre siste registrering i Opplæring</source>
        <translation>Undo the last registration in Training</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="205"/>
        <source>Dato for registreringen</source>
        <translation>Date of the entry</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="206"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="219"/>
        <source>Vis ved siden av</source>
        <translation>Show side by side</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="226"/>
        <source>Notat til punktet (valgfritt, ingen pasientopplysninger)</source>
        <translation>Note on the item (optional, no patient details)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="228"/>
        <source>Notat til punktet</source>
        <translation>Note on the item</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="384"/>
        <source>Angre: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="111"/>
        <source>Angre siste registrering</source>
        <translation>Undo last entry</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="268"/>
        <source>(uten navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="273"/>
        <source>%1 %2 (%3 av %4)</source>
        <translation>%1 %2 (%3 of %4)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="316"/>
        <source>Velg sjekkliste å legge til …</source>
        <translation>Choose a checklist to add…</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="350"/>
        <source>Velg et punkt i listen for å registrere vist, øvd eller godkjent.</source>
        <translation>Choose an item in the list to record shown, practised or signed off.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="357"/>
        <source>(utgått fra sjekklisten: kan ikke registreres lenger)</source>
        <translation>(removed from the checklist: can no longer be recorded)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="360"/>
        <source>Vist</source>
        <translation>Shown</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="361"/>
        <source>Øvd</source>
        <translation>Practised</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="362"/>
        <source>Godkjent</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="375"/>
        <source>Åpne «%1» i Vis ved siden av</source>
        <translation>Open “%1” in Show side by side</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="377"/>
        <source>Punktet har ingen veiledning</source>
        <translation>This item has no guide</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="386"/>
        <source>Ingen registreringer å angre.</source>
        <translation>No entries to undo.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="425"/>
        <source>Vist: «%1» for %2 av %3, %4</source>
        <translation>Shown: “%1” for %2 by %3, %4</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="426"/>
        <source>Øvd: «%1» for %2 av %3, %4</source>
        <translation>Practised: “%1” for %2 by %3, %4</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="427"/>
        <source>Godkjent: «%1» for %2 av %3, %4</source>
        <translation>Approved: “%1” for %2 by %3, %4</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="433"/>
        <source>Fjernet: %1 (%2)</source>
        <translation>Removed: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="434"/>
        <source>Angre</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="455"/>
        <source>Angret: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="488"/>
        <source>Sjekklisten er fjernet. Det som var registrert, kommer tilbake hvis du tildeler den igjen.</source>
        <translation>Checklist removed. What was recorded comes back if you assign it again.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="505"/>
        <source>%1 og all registrert opplæring slettes. Dette kan ikke angres. Eksporter PDF først hvis den skal i personalmappen.</source>
        <translation>%1 and all recorded training will be deleted. This can&apos;t be undone. Export a PDF first if it belongs in the personnel file.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="510"/>
        <source>Slette person?</source>
        <translation>Delete person?</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="510"/>
        <source>Slett</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="536"/>
        <source>Eksporter opplæringslogg</source>
        <translation>Export training record</translation>
    </message>
</context>
<context>
    <name>ProposalsView</name>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="71"/>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="213"/>
        <source>Nytt endringsforslag</source>
        <translation>New change proposal</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="74"/>
        <source>Eksporter liste …</source>
        <translation>Export list…</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="81"/>
        <source>Endringsforslag</source>
        <translation>Change proposals</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="91"/>
        <source>Ingen endringsforslag ennå. Velg «Nytt endringsforslag» for å registrere et forslag til fellesmøtet.</source>
        <translation>No change proposals yet. Choose “New change proposal” to record a proposal for the joint meeting.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="100"/>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="120"/>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="104"/>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="121"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="109"/>
        <source>Forslag og begrunnelse</source>
        <translation>Proposal and reasoning</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="122"/>
        <source>Forslag</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="125"/>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="127"/>
        <source>Grunnlag</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="130"/>
        <source>Type grunnlag</source>
        <translation>Type of evidence</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="134"/>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="135"/>
        <source>Saksnummer, artikkel-id eller avvikskategori</source>
        <translation>Ticket number, article ID or deviation report category</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="138"/>
        <source>Koble til</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="140"/>
        <source>Fjern kobling</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="147"/>
        <source>Slett forslaget</source>
        <translation>Delete proposal</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="257"/>
        <source>Lagret.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="287"/>
        <source>Koblet til.</source>
        <translation>Linked.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="292"/>
        <source>Velg koblingen du vil fjerne i listen over.</source>
        <translation>Choose the link you want to remove in the list above.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="306"/>
        <source>Eksporter endringsforslag</source>
        <translation>Export change proposals</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="308"/>
        <source>CSV-fil (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="317"/>
        <source>Kunne ikke lagre filen (%1). Velg en annen mappe.</source>
        <translation>Couldn&apos;t save the file (%1). Choose another folder.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="322"/>
        <source>%n endringsforslag eksportert til </source>
        <translation>
            <numerusform>%n change proposal exported to </numerusform>
            <numerusform>%n change proposals exported to </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordCoachingDialog</name>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="264"/>
        <source>Registrer veiledning</source>
        <translation>Record coaching</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="268"/>
        <source>Vil du registrere at du viste «%1»? Det vises under Opplæring.</source>
        <translation>Do you want to record that you showed “%1”? It will appear under Training.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="276"/>
        <source>Navn på kollegaen (ikke pasient)</source>
        <translation>Colleague&apos;s name (not a patient)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="282"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="285"/>
        <source>Løst på stedet</source>
        <translation>Solved on the spot</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="286"/>
        <source>Trenger oppfølging</source>
        <translation>Needs follow-up</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="287"/>
        <source>Sendt videre til brukerstøtte</source>
        <translation>Passed on to the support desk</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="291"/>
        <source>Hvem ble veiledet</source>
        <translation>Who was coached</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="292"/>
        <source>Veileder (deg)</source>
        <translation>Coach (you)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="293"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="294"/>
        <source>Tid brukt</source>
        <translation>Time spent</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="295"/>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="301"/>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="302"/>
        <source>Ikke lagre</source>
        <translation>Don&apos;t save</translation>
    </message>
</context>
<context>
    <name>RegionGrabber</name>
    <message>
        <location filename="../../src/companion/ui/screenshot.py" line="26"/>
        <source>Velg område for skjermbilde. Dra med musen, Esc avbryter.</source>
        <translation>Select an area for the screenshot. Drag with the mouse; Esc cancels.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/screenshot.py" line="44"/>
        <source>Dra for å velge område. Esc avbryter.</source>
        <translation>Drag to select an area. Esc cancels.</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="486"/>
        <source>Tiden måles fra saken er sendt til brukerstøtte. «90 % innen» betyr at ni av ti saker fikk svar innen så mange dager.</source>
        <translation>Time is measured from when the ticket was sent to the support desk. “90% within” means nine out of ten tickets got a reply within that many days.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="498"/>
        <source>Per måned</source>
        <translation>By month</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="499"/>
        <source>Måned</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="500"/>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="505"/>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="536"/>
        <source>Ingen saker ble sendt i perioden.</source>
        <translation>No tickets were sent in this period.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="503"/>
        <source>Per kategori</source>
        <translation>By category</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="504"/>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="514"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="508"/>
        <source>Saker som ventet lengst på svar</source>
        <translation>Tickets that waited longest for a reply</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="511"/>
        <source>Sak</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="513"/>
        <source>Emne</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="434"/>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="516"/>
        <source>Sendt</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="440"/>
        <source>Median til svar</source>
        <translation>Median to reply</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="446"/>
        <source>90 % innen</source>
        <translation>90% within</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="452"/>
        <source>Løst</source>
        <translation>Solved</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="458"/>
        <source>Median til løst</source>
        <translation>Median to solved</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="464"/>
        <source>90 % løst innen</source>
        <translation>90% solved within</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="521"/>
        <source>Ventet</source>
        <translation>Waited</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="530"/>
        <source>Løst etter</source>
        <translation>Solved after</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="553"/>
        <source>%1 saker sendt. Første svar: median %2, 90 % innen %3. Løst: median %4, 90 % innen %5.</source>
        <translation>Tickets sent: %1. First reply: median %2, 90% within %3. Solved: median %4, 90% within %5.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="564"/>
        <source>Ingen saker ble sendt til brukerstøtte i perioden.</source>
        <translation>No tickets were sent to the support desk in this period.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="568"/>
        <source>Median dager til første svar</source>
        <translation>Median days to first reply</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="576"/>
        <source>Median dager til løst</source>
        <translation>Median days to solved</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../src/companion/ui/pages/insights_review.py" line="46"/>
        <source>Utkast som ikke er godkjent hos dere, innhold som har passert datoen for gjennomgang, og artikler flere har svart «Nei» på «Var dette nyttig?». Dobbeltklikk for å åpne.</source>
        <translation>Drafts not yet approved by your unit, content past its review date, and articles several people answered “No” to “Was this helpful?”. Double-click to open.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_review.py" line="53"/>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_review.py" line="54"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_review.py" line="56"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_review.py" line="57"/>
        <source> · lokal</source>
        <translation> · local</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_review.py" line="59"/>
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_review.py" line="61"/>
        <source>Gjennomgås innen</source>
        <translation>Review by</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_review.py" line="65"/>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_review.py" line="66"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_review.py" line="69"/>
        <source>Innhold som må gjennomgås</source>
        <translation>Content that needs review</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_review.py" line="71"/>
        <source>Alt innhold er godkjent og innenfor datoen for gjennomgang. Bra!</source>
        <translation>All content is approved and within its review date. Well done!</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_review.py" line="100"/>
        <source>«Nei» og «Ja»: %1 (alle svar, ikke bare perioden).</source>
        <translation>“No” and “Yes”: %1 (all answers, not just the period).</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../src/companion/ui/search_controller.py" line="102"/>
        <source>Søket gjøres klart …</source>
        <translation>Getting search ready…</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="32"/>
        <source>Søkeresultater</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="35"/>
        <location filename="../../src/companion/ui/pages/search_page.py" line="97"/>
        <source>Søk</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="40"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="41"/>
        <source>Alt</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="46"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="47"/>
        <source>Alle kategorier</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="53"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="54"/>
        <source>Alle roller</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="78"/>
        <source>Treff</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="97"/>
        <source>Søk: %1</source>
        <translation>Search: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/pages/search_page.py" line="101"/>
        <source>%n treff</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="107"/>
        <source>Ingen treff på «%1». Prøv et annet ord, eller lag en sak under Saker – søket blir registrert slik at superbrukerne ser hva som mangler.</source>
        <translation>No results for “%1”. Try another word, or create a ticket under Tickets – the search is recorded so the superusers can see what is missing.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="114"/>
        <source>Skriv i søkefeltet øverst. Du kan skrive på bokmål eller nynorsk, og bruke Epic-ord som MAR eller In Basket.</source>
        <translation>Type in the search box at the top. You can write in bokmål or nynorsk, and use Epic terms such as MAR or In Basket.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="120"/>
        <source>Mente du «%1»?</source>
        <translation>Did you mean “%1”?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="65"/>
        <source>Innstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="81"/>
        <source>Brukerstøtte</source>
        <translation>Support desk</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="85"/>
        <source>Ikke satt opp (saker blir liggende i kø)</source>
        <translation>Not set up (tickets stay in the queue)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="86"/>
        <source>Request Tracker</source>
        <translation>Request Tracker</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="92"/>
        <source>tom hvis du bruker token</source>
        <translation>leave empty if you use a token</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="97"/>
        <source>lagret – skriv for å endre</source>
        <translation>saved – type to change</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="97"/>
        <source>passord eller token</source>
        <translation>password or token</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="99"/>
        <source>Dette er et token (ikke passord)</source>
        <translation>This is a token (not a password)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="101"/>
        <source>Kontroller sertifikatet (anbefalt)</source>
        <translation>Check the certificate (recommended)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="106"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="107"/>
        <source>Test tilkoblingen</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="111"/>
        <source>Resultat av testen</source>
        <translation>Test result</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="114"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="115"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="116"/>
        <source>Kø</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="117"/>
        <source>Brukernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="118"/>
        <source>Passord/token</source>
        <translation>Password/token</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="121"/>
        <source>Synkroniser hvert</source>
        <translation>Sync every</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="143"/>
        <source>Standardverdier i skjemaer</source>
        <translation>Form defaults</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="150"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="151"/>
        <source>Ditt navn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="152"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="158"/>
        <source>Visning</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="169"/>
        <source>Språk (etter omstart)</source>
        <translation>Language (after restart)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="170"/>
        <source>Tekststørrelse</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="177"/>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="178"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="195"/>
        <source>Sakene lagres på denne PC-en. Velg Request Tracker over når IT har gitt deg adressen.</source>
        <translation>Tickets are kept on this PC. Choose Request Tracker above when IT has given you the address.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="231"/>
        <source>Kunne ikke lagre innstillingene: %1. Sjekk at datamappen er skrivbar.</source>
        <translation>Couldn&apos;t save the settings: %1. Check that the data folder is writable.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="250"/>
        <source>Innstillingene er lagret, men passordet kunne ikke lagres i nøkkelringen på denne PC-en. Bruk miljøvariabelen COMPANION_RT_TOKEN, eller kontakt IT.</source>
        <translation>Settings saved, but the password couldn&apos;t be stored in this PC&apos;s keyring. Use the COMPANION_RT_TOKEN environment variable, or contact IT.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="265"/>
        <source>Tester …</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="272"/>
        <source>Velg Request Tracker under System først.</source>
        <translation>Choose Request Tracker under System first.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="274"/>
        <source>Skriv adressen til Request Tracker i feltet Adresse.</source>
        <translation>Type the Request Tracker address in the Address field.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="277"/>
        <source>Skriv passord eller token i feltet Passord/token.</source>
        <translation>Type a password or token in the Password/token field.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="279"/>
        <source>Skriv brukernavnet, eller kryss av for at dette er et token.</source>
        <translation>Type the user name, or tick that this is a token.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="305"/>
        <source>✓ Tilkoblet. Brukerstøtte svarer. Trykk Lagre for å bruke dette.</source>
        <translation>✓ Connected. Support answers. Press Save to use this.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="308"/>
        <source>✗ Fikk ikke kontakt. Sjekk adressen over og at PC-en er på nettet, og prøv igjen.</source>
        <translation>✗ No contact. Check the address above and that the PC is online, then try again.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="311"/>
        <source>✗ Brukerstøtte svarte, men godtok ikke innloggingen eller køen. Sjekk brukernavn, passord/token og kø over.</source>
        <translation>✗ Support answered but did not accept the login or the queue. Check user name, password/token and queue above.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="315"/>
        <source>✗ Adressen ser ikke riktig ut. Den skal se slik ut: https://rt.kommune.no</source>
        <translation>✗ The address does not look right. It should look like this: https://rt.kommune.no</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="80"/>
        <location filename="../../src/companion/ui/shell.py" line="142"/>
        <source>Veiledninger</source>
        <translation>Guides</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="81"/>
        <location filename="../../src/companion/ui/shell.py" line="142"/>
        <source>Kunnskapsbase</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="87"/>
        <location filename="../../src/companion/ui/shell.py" line="89"/>
        <source>Saker</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="89"/>
        <source>Laster saker …</source>
        <translation>Loading tickets…</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="93"/>
        <location filename="../../src/companion/ui/shell.py" line="95"/>
        <source>Opplæring</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="99"/>
        <location filename="../../src/companion/ui/shell.py" line="102"/>
        <source>Innsikt</source>
        <translation>Insights</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="102"/>
        <source>Laster innsikt …</source>
        <translation>Loading insights…</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="106"/>
        <location filename="../../src/companion/ui/shell.py" line="108"/>
        <source>Søk</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="228"/>
        <source>Innstillingene er lagret.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/companion/ui/help_pages.py" line="82"/>
        <location filename="../../src/companion/ui/help_pages.py" line="87"/>
        <source>Hurtigtaster</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/help_pages.py" line="88"/>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/help_pages.py" line="88"/>
        <source>Taster</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/help_pages.py" line="100"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SuperuserWeeksModel</name>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="61"/>
        <source>Superbruker</source>
        <translation>Superuser</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="61"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="65"/>
        <source>Uke %1: kryss av for ferie</source>
        <translation>Week %1: tick for holiday</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="93"/>
        <source>Ferie</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="95"/>
        <source>ferie</source>
        <translation>holiday</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="95"/>
        <source>på jobb</source>
        <translation>at work</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../src/companion/ui/workers.py" line="24"/>
        <source>Teksten ser ut til å inneholde et fødselsnummer (i: %1). Av personvernhensyn kan det ikke lagres eller sendes. Fjern nummeret og prøv igjen.</source>
        <translation>The text seems to contain a national identity number (in: %1). For privacy reasons it cannot be saved or sent. Remove the number and try again.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/workers.py" line="79"/>
        <source>Noe gikk galt (%1). Prøv igjen; hvis det gjentar seg, send diagnostikk til superbrukeren (Hjelp → Eksporter diagnostikk).</source>
        <translation>Something went wrong (%1). Try again; if it happens again, send diagnostics to your superuser (Help → Export diagnostics).</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <location filename="../../src/companion/ui/team_controller.py" line="66"/>
        <source>Teamet: synkroniserer …</source>
        <translation>Team: syncing …</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/team_controller.py" line="87"/>
        <source>Synkronisert med teamet %1</source>
        <translation>Synced with the team %1</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/team_controller.py" line="88"/>
        <source>Sendt %1, hentet %2 endringer.</source>
        <translation>Sent %1, fetched %2 changes.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/team_controller.py" line="97"/>
        <source>Teamet: ikke tilkoblet</source>
        <translation>Team: not connected</translation>
    </message>
</context>
<context>
    <name>TicketDetail</name>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_detail.py" line="47"/>
        <source>Samtale med brukerstøtte</source>
        <translation>Conversation with the support desk</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_detail.py" line="52"/>
        <source>Privat notat (sendes ikke), f.eks. «ringte brukerstøtte 10:15»</source>
        <translation>Private note (not sent), e.g. “rang support desk 10:15”</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_detail.py" line="54"/>
        <source>Nytt notat</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_detail.py" line="56"/>
        <source>Lagre notat</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_detail.py" line="71"/>
        <source> · nr. %1 hos brukerstøtte</source>
        <translation> · no. %1 at the support desk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/pages/ticket_detail.py" line="80"/>
        <source>Venter på svar i %n dager</source>
        <translation>
            <numerusform>Waiting for a reply for %n day</numerusform>
            <numerusform>Waiting for a reply for %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_detail.py" line="101"/>
        <source>Et fødselsnummer ble fjernet fra dette svaret før det ble lagret.</source>
        <translation>A national identity number was removed from this reply before it was saved.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_detail.py" line="106"/>
        <source>Ingen svar fra brukerstøtte ennå. Svar hentes automatisk når du er på nett.</source>
        <translation>No reply from support yet. Replies are fetched automatically when you are online.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_detail.py" line="110"/>
        <source>Saken ligger i kø på denne PC-en, fordi brukerstøtte ikke er satt opp. Velg Fil → Innstillinger → Brukerstøtte når du har adressen fra IT; da sendes saken.</source>
        <translation>The ticket is queued on this PC because support is not set up. Choose File → Settings → Support when you have the address from IT; then the ticket is sent.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_detail.py" line="137"/>
        <source>Notatet er lagret.</source>
        <translation>Note saved.</translation>
    </message>
</context>
<context>
    <name>TicketEditor</name>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="83"/>
        <source>Ny sak</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="85"/>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="235"/>
        <source>Lagres automatisk mens du skriver.</source>
        <translation>Saved automatically as you type.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="110"/>
        <source>Kort og konkret, f.eks. «Rover logger meg ut under legemiddelrunden»</source>
        <translation>Short and specific, e.g. “Rover logs me out on the drug round”</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="113"/>
        <source>Kanskje dette hjelper</source>
        <translation>This might help</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="115"/>
        <source>&amp;Kanskje dette hjelper? (Alt+K)</source>
        <translation>&amp;Maybe this helps? (Alt+K)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="122"/>
        <source>Hva skjedde, hva prøvde du, hva står det på skjermen? Ikke skriv pasientopplysninger.</source>
        <translation>What happened, what did you try, what does the screen say? Don&apos;t write patient details.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="133"/>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="139"/>
        <source>Telefon eller e-post (din, ikke pasientens)</source>
        <translation>Phone or email (yours, not the patient&apos;s)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="147"/>
        <source>Emne</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="150"/>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="151"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="152"/>
        <source>Hastegrad</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="153"/>
        <source>Gjelder veiledning</source>
        <translation>Related guide</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="154"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="155"/>
        <source>Ditt navn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="156"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="164"/>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="355"/>
        <source>Ingen vedlegg</source>
        <translation>No attachments</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="166"/>
        <source>Legg ved fil …</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="168"/>
        <source>Ta skjermbilde …</source>
        <translation>Take screenshot…</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="177"/>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="304"/>
        <source>Slett utkast</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="179"/>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="237"/>
        <source>Send sak</source>
        <translation>Send ticket</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="225"/>
        <source>Sak %1 – %2</source>
        <translation>Ticket %1 – %2</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="237"/>
        <source>Prøv igjen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="272"/>
        <source>Ikke lagret: fjern fødselsnummeret først.</source>
        <translation>Not saved: remove the national identity number first.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="279"/>
        <source>Lagret %1.</source>
        <translation>Saved at %1.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="294"/>
        <source>Saken er ikke sendt</source>
        <translation>Ticket not sent</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="305"/>
        <source>Vil du slette utkastet? Det kan ikke angres.</source>
        <translation>Delete the draft? This can&apos;t be undone.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="318"/>
        <source>Legg ved fil</source>
        <translation>Attach file</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="320"/>
        <source>Bilder og PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Images and PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="332"/>
        <source>Bekreft vedlegg</source>
        <translation>Confirm attachment</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="335"/>
        <source>Bekrefter du at «%1» ikke viser pasientopplysninger (navn, fødselsnummer, journaltekst)?</source>
        <translation>Do you confirm that “%1” shows no patient details (names, national identity numbers, record text)?</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="347"/>
        <source>Vedlegget ble ikke lagt ved</source>
        <translation>Attachment not added</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../src/companion/ui/models/tickets.py" line="39"/>
        <source>Emne</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/tickets.py" line="40"/>
        <source>Tilstand</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/tickets.py" line="41"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/tickets.py" line="42"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/tickets.py" line="43"/>
        <source>Oppdatert</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/tickets.py" line="44"/>
        <source>Venter</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/tickets.py" line="76"/>
        <source>(uten emne)</source>
        <translation>(no subject)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/models/tickets.py" line="86"/>
        <source>%n dager</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketsController</name>
    <message>
        <location filename="../../src/companion/ui/tickets_controller.py" line="106"/>
        <source>Brukerstøtte er ikke satt opp. Sakene ligger trygt i kø. Velg Fil → Innstillinger.</source>
        <translation>The support desk isn&apos;t set up. Tickets are safe in the queue. Choose File → Settings.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/tickets_controller.py" line="114"/>
        <source>Synkroniserer saker …</source>
        <translation>Syncing tickets…</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/tickets_controller.py" line="136"/>
        <source>%1 … %2 av %3</source>
        <translation>%1… %2 of %3</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/tickets_controller.py" line="146"/>
        <source>En annen synkronisering pågår allerede (for eksempel fra kommandolinjen). Prøv igjen om litt.</source>
        <translation>Another sync is already running (for example from the command line). Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/tickets_controller.py" line="167"/>
        <source>Synkronisert: %1 sendt, %2 nye svar.</source>
        <translation>Synced: %1 sent, %2 new replies.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/tickets_controller.py" line="173"/>
        <source>Frakoblet: brukerstøtte svarer ikke. Sakene ligger trygt i kø og sendes senere.</source>
        <translation>Offline: the support desk isn&apos;t responding. Tickets are safe in the queue and will be sent later.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/tickets_controller.py" line="177"/>
        <source>%n sak(er) feilet – åpne dem for å se hvorfor.</source>
        <translation>
            <numerusform>%n ticket failed – open it to see why.</numerusform>
            <numerusform>%n tickets failed – open them to see why.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/tickets_controller.py" line="198"/>
        <source>Nytt svar fra brukerstøtte</source>
        <translation>New reply from the support desk</translation>
    </message>
</context>
<context>
    <name>TicketsPage</name>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="52"/>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="56"/>
        <source>Saker</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="58"/>
        <source>Ny sak</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="62"/>
        <source>Synkroniser nå</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="70"/>
        <source>Vis tilstand</source>
        <translation>Show state</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="71"/>
        <source>Alle saker</source>
        <translation>All tickets</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="75"/>
        <source>Filtrer på tekst i emne eller beskrivelse</source>
        <translation>Filter by text in subject or description</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="76"/>
        <source>Filtrer saker</source>
        <translation>Filter tickets</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="79"/>
        <source>Vis</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="93"/>
        <source>Liste over saker</source>
        <translation>List of tickets</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="102"/>
        <source>Ingen saker ennå. Trykk «Ny sak» når noe ikke virker – saken lagres her først og sendes til brukerstøtte når du er på nett.</source>
        <translation>No tickets yet. Click “New ticket” when something doesn&apos;t work – the ticket is saved here first and sent to the support desk when you&apos;re online.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="111"/>
        <source>Velg en sak i listen, eller trykk «Ny sak».</source>
        <translation>Choose a ticket in the list, or click “New ticket”.</translation>
    </message>
</context>
<context>
    <name>TrainingCommon</name>
    <message>
        <location filename="../../src/companion/ui/pages/training_common.py" line="198"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_common.py" line="238"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_common.py" line="240"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_common.py" line="251"/>
        <source>Lagret %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_common.py" line="258"/>
        <source>Ditt navn (superbruker)</source>
        <translation>Your name (superuser)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_common.py" line="260"/>
        <source>Superbruker som registrerer</source>
        <translation>Superuser making the entry</translation>
    </message>
</context>
<context>
    <name>TrainingMatrixModel</name>
    <message>
        <location filename="../../src/companion/ui/models/training_matrix.py" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_matrix.py" line="79"/>
        <source> (utgått)</source>
        <translation> (removed)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_matrix.py" line="83"/>
        <source> (valgfritt)</source>
        <translation> (optional)</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../src/companion/ui/pages/training_page.py" line="62"/>
        <location filename="../../src/companion/ui/pages/training_page.py" line="66"/>
        <source>Opplæring</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_page.py" line="68"/>
        <source>Ditt navn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_page.py" line="69"/>
        <source>Superbruker som registrerer</source>
        <translation>Superuser making the entry</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_page.py" line="72"/>
        <source>Superbruker (deg)</source>
        <translation>Superuser (you)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_page.py" line="78"/>
        <source>Laster opplæring …</source>
        <translation>Loading training…</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_page.py" line="119"/>
        <source>Opplæring kunne ikke åpnes. %1</source>
        <translation>Training couldn&apos;t be opened. %1</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_page.py" line="135"/>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_page.py" line="136"/>
        <source>Enhetsoversikt</source>
        <translation>Unit overview</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_page.py" line="137"/>
        <source>Veiledning ved siden av</source>
        <translation>Side-by-side coaching</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_page.py" line="138"/>
        <source>Sommerdekning</source>
        <translation>Summer cover</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="330"/>
        <source>Per kategori i perioden</source>
        <translation>By category in this period</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="333"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="336"/>
        <source>Saker</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="339"/>
        <source>Veiledning ved siden av</source>
        <translation>Side-by-side coaching</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="345"/>
        <source>Avvik</source>
        <translation>Deviation reports</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="348"/>
        <source>Ingen saker, veiledninger eller avvik i perioden.</source>
        <translation>No tickets, coaching sessions or deviation reports in this period.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="351"/>
        <source>Mest veiledede temaer</source>
        <translation>Most coached topics</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="353"/>
        <source>Tema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="355"/>
        <source>Ganger</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="361"/>
        <source>Minutter</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="367"/>
        <source>Til oppfølging</source>
        <translation>For follow-up</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="373"/>
        <source>Eskalert</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="380"/>
        <source>Ingen veiledning ved siden av i perioden. Bruk «Vis ved siden av» i en veiledning, så telles det her.</source>
        <translation>No side-by-side coaching in this period. Use “Show side by side” in a guide and it is counted here.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="394"/>
        <source>Saker per måned</source>
        <translation>Tickets per month</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="398"/>
        <source>Veiledning ved siden av per måned</source>
        <translation>Side-by-side coaching per month</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="404"/>
        <source>Avvik per måned</source>
        <translation>Deviation reports per month</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/pages/insights_views.py" line="409"/>
        <source>Avvik i %n kategori(er) er ikke koblet til våre kategorier (se fanen Avvik): </source>
        <translation>
            <numerusform>Deviation reports in %n category are not matched to our categories (see the Deviation reports tab): </numerusform>
            <numerusform>Deviation reports in %n categories are not matched to our categories (see the Deviation reports tab): </numerusform>
        </translation>
    </message>
</context>
</TS>
