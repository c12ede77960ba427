<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name></name>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="44"/>
        <location filename="../../src/companion/ui/shell.py" line="45"/>
        <source>Veiledninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="44"/>
        <location filename="../../src/companion/ui/shell.py" line="46"/>
        <source>Kunnskapsbase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="50"/>
        <source>Saker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="50"/>
        <source>Laster saker …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="51"/>
        <source>Opplæring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="51"/>
        <source>Her følger du opp opplæring av vikarer og nyansatte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="52"/>
        <source>Innsikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="52"/>
        <source>Her ser du hva kollegaer søker etter og ikke finner, og hva som går galt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="54"/>
        <source>Søk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/companion/ui/about.py" line="55"/>
        <source>Om Følgesvenn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="58"/>
        <source>Versjon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="59"/>
        <location filename="../../src/companion/ui/about.py" line="93"/>
        <source>Versjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="61"/>
        <source>Veiledninger, vanlige feil og saker til brukerstøtte for superbrukere i Helseplattformen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="73"/>
        <source>Hvis noe ikke virker: velg Hjelp → Eksporter diagnostikk og send filen til brukerstøtte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="75"/>
        <source>Åpne datamappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="76"/>
        <source>Kopier opplysningene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="77"/>
        <source>Lukk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="94"/>
        <source>Datamappe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="95"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="96"/>
        <source>Logger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="97"/>
        <source>Dine innstillinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="98"/>
        <source>Innstillinger fra IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="98"/>
        <source> (finnes ikke)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="99"/>
        <source>Innhold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="100"/>
        <source>Teknisk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="109"/>
        <source>Kopiert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="67"/>
        <location filename="../../src/companion/ui/pages/article_view.py" line="125"/>
        <location filename="../../src/companion/ui/pages/article_view.py" line="167"/>
        <source>Legg til i favoritter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="69"/>
        <source>Favoritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="71"/>
        <source>Vis ved siden av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="73"/>
        <source>Vis ett steg om gangen i stor tekst, for opplæring ved siden av en kollega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="75"/>
        <source>Eksporter PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="84"/>
        <source>Artikkel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="88"/>
        <source>Velg en artikkel i listen, eller søk med Ctrl+K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="92"/>
        <source>Var dette nyttig?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="93"/>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="94"/>
        <source>Nei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="98"/>
        <source>Hva manglet? (valgfritt – ikke skriv pasientopplysninger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="99"/>
        <source>Kommentar til artikkelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="125"/>
        <location filename="../../src/companion/ui/pages/article_view.py" line="167"/>
        <source>Fjern fra favoritter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="159"/>
        <source>Åpne lenke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="160"/>
        <source>Lenken åpnes i nettleseren:
%1

Vil du åpne den?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="176"/>
        <source>Takk! Svaret er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="185"/>
        <source>Takk! Kommentaren er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistItemsModel</name>
    <message>
        <location filename="../../src/companion/ui/models/training_items.py" line="92"/>
        <source> (utgått fra innholdet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_items.py" line="105"/>
        <source> (utgått)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_items.py" line="105"/>
        <source> (valgfritt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachingLogModel</name>
    <message>
        <location filename="../../src/companion/ui/models/training_coaching.py" line="53"/>
        <source>Registrert fra Vis ved siden av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coaching.py" line="53"/>
        <source>Hurtigregistrering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coaching.py" line="71"/>
        <source> (Vis ved siden av)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coaching.py" line="81"/>
        <source>Sak %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coaching.py" line="82"/>
        <source>Ikke opprettet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachingWindow</name>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="56"/>
        <source>Vis ved siden av – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="57"/>
        <source>Veiledning ved siden av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="64"/>
        <source>Hvilket steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="72"/>
        <source>Stegets tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="74"/>
        <source>← Forrige steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="75"/>
        <location filename="../../src/companion/ui/coaching.py" line="149"/>
        <source>Vis neste steg →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="77"/>
        <source>Fullskjerm (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="144"/>
        <source>Steg %1 av %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="149"/>
        <source>Ferdig</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="158"/>
        <source>Uke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="182"/>
        <source>1 vikar starter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="182"/>
        <source>%1 vikarer starter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="184"/>
        <source>1 superbruker på jobb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="184"/>
        <source>%1 superbrukere på jobb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="192"/>
        <source>Vikarer som starter: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="192"/>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="193"/>
        <source>ingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="193"/>
        <source>Superbrukere på jobb: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="195"/>
        <source>På ferie: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="197"/>
        <source>Mangler superbruker: flytt en ferieuke eller avtal hjelp fra en annen enhet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviationsView</name>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="75"/>
        <source>Importer avvik fra CSV …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="87"/>
        <source>Rader som ble hoppet over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="90"/>
        <source>Koble kategorier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="93"/>
        <source>Kvalitetssystemet bruker egne kategorinavn. Velg hvilken av våre kategorier hvert navn hører til; endringen gjelder også avvik som er importert før.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="96"/>
        <source>Kategorikobling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="106"/>
        <source>Ingen avvik er importert ennå. Velg «Importer avvik fra CSV …» for å hente en eksport fra kvalitetssystemet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="114"/>
        <source>%n avvik importert i alt.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="117"/>
        <source>Velg CSV-eksport fra kvalitetssystemet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="117"/>
        <source>CSV-filer (*.csv *.txt);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="123"/>
        <source>Importerer %1 …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GapsView</name>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="124"/>
        <source>Søk uten gode treff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="126"/>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="137"/>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="146"/>
        <source>Søk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="127"/>
        <source>Uten treff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="128"/>
        <source>Treff, men ingenting åpnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="129"/>
        <source>Søk i alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="131"/>
        <source>Ingen søk uten gode treff i perioden. Når kollegaer søker uten å finne noe, vises søkene her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="132"/>
        <source>Mangler det innhold eller et synonym? Det er her nye veiledninger og vanlige feil bør starte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="135"/>
        <source>Søk like før en ny sak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="138"/>
        <source>Nye saker innen 30 minutter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="140"/>
        <source>Ingen saker ble laget like etter et søk i perioden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="141"/>
        <source>Søket hjalp ikke: kollegaen laget en sak til brukerstøtte kort tid etter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="144"/>
        <source>Mest søkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="147"/>
        <source>Antall søk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="148"/>
        <source>Andel uten treff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="150"/>
        <source>Ingen søk i perioden ennå. Søk fra søkefeltet øverst (Ctrl+K) blir telt her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="153"/>
        <source>Flest «Nei» på «Var dette nyttig?»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="155"/>
        <source>Veiledning eller vanlig feil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="156"/>
        <source>Nei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="157"/>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="158"/>
        <source>Nyeste kommentarer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="160"/>
        <source>Ingen har svart «Nei» i perioden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="164"/>
        <source>Passert revisjonsdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="166"/>
        <source>Innhold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="167"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="168"/>
        <source>Skulle vært gjennomgått</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="169"/>
        <source>Dager over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="171"/>
        <source>Alt innhold er innenfor revisjonsdatoen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="193"/>
        <source>%1 søk i perioden, %2 uten treff (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="199"/>
        <source>Ingen søk i perioden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../src/companion/ui/about.py" line="162"/>
        <location filename="../../src/companion/ui/about.py" line="188"/>
        <source>Eksporter diagnostikk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="164"/>
        <source>Zip-filer (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="173"/>
        <source>Lager diagnostikk …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="177"/>
        <source>Diagnostikken er lagret i %1. Send filen til brukerstøtte. Den inneholder logger og innstillinger, ikke databasen og ingen passord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="178"/>
        <source>Diagnostikken er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="183"/>
        <source>Diagnostikken ble ikke lagret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="76"/>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="86"/>
        <source>Innsikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="87"/>
        <source>Til superbrukermøtet: hva kollegaer ikke finner, hva som øker, hvor lang tid brukerstøtte bruker, og forslag til fellesmøtet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="90"/>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="96"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="94"/>
        <source>Fra dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="95"/>
        <source>Til dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="98"/>
        <source>Fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="100"/>
        <source>Til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="103"/>
        <source>Eksporter for deling …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="104"/>
        <source>Bare tall per måned og kategori og søk uten gode treff – ingen navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="106"/>
        <source>Lag møterapport (PDF) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="117"/>
        <source>Det er ingen aktivitet i perioden ennå. Innsikt fylles etter hvert som dere søker, lager saker og bruker «Vis ved siden av». Avvik henter du inn fra kvalitetssystemet i fanen Avvik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="124"/>
        <source>Innsikt-faner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="131"/>
        <source>Kunnskapshull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="132"/>
        <source>Trender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="133"/>
        <source>Svartid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="134"/>
        <source>Endringsforslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="135"/>
        <source>Avvik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="187"/>
        <source>Henter innsikt for %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="209"/>
        <source>Perioden %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="221"/>
        <source>Lagre møterapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="221"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="227"/>
        <source>Lager møterapport …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/pages/insights_page.py" line="241"/>
        <source>Møterapporten er lagret (%n sider): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="250"/>
        <source>Eksporter for deling med andre kommuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="250"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="256"/>
        <source>Eksportert (%1, bare tall og søk – ingen navn): </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="42"/>
        <source>Vis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="42"/>
        <source>Alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="42"/>
        <source>Favoritter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="42"/>
        <source>Sist sett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="43"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="43"/>
        <source>Alle kategorier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="44"/>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="44"/>
        <source>Alle roller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="66"/>
        <source>Liste over artikler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="77"/>
        <source>Laster innhold …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/pages/library_page.py" line="107"/>
        <source>%n fil(er) i innholdsmappen kunne ikke leses og vises ikke: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="108"/>
        <source>. Kjør «companion content check» for detaljer, eller gi beskjed til superbrukeren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/pages/library_page.py" line="140"/>
        <source>%n artikler</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="147"/>
        <source>Du har ingen favoritter ennå. Trykk «Legg til i favoritter» på en artikkel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="148"/>
        <source>Du har ikke åpnet noen artikler ennå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/library_page.py" line="149"/>
        <source>Ingen artikler passer filtrene. Velg «Alle kategorier» og «Alle roller».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="76"/>
        <source>Søk i veiledninger, vanlige feil og sjekklister (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="77"/>
        <source>Søk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="93"/>
        <source>Hovedmeny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="108"/>
        <source>Nettstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="110"/>
        <source>Saker i kø</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="112"/>
        <source>Sist synkronisert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="124"/>
        <source>&amp;Fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="125"/>
        <source>&amp;Innstillinger …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="128"/>
        <source>&amp;Avslutt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="132"/>
        <source>&amp;Vis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="133"/>
        <source>Større tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="133"/>
        <source>Mindre tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="133"/>
        <source>Vanlig tekststørrelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="138"/>
        <source>&amp;Hjelp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="139"/>
        <source>&amp;Om Følgesvenn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="141"/>
        <source>&amp;Eksporter diagnostikk …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="210"/>
        <source>Brukerstøtte ikke satt opp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="212"/>
        <source>Tilkoblet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="214"/>
        <source>Frakoblet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/main_window.py" line="221"/>
        <source>Saker i kø: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="224"/>
        <source>Sist synkronisert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="224"/>
        <source>aldri</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../src/companion/ui/pages/training_common.py" line="35"/>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../src/companion/ui/models/training_people.py" line="53"/>
        <source>(uten navn)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsView</name>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="61"/>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="188"/>
        <source>Nytt endringsforslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="64"/>
        <source>Eksporter liste …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="71"/>
        <source>Endringsforslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="75"/>
        <source>Ingen endringsforslag ennå. Velg «Nytt endringsforslag» for å registrere et forslag til fellesmøtet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="81"/>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="101"/>
        <source>Tittel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="85"/>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="102"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="90"/>
        <source>Forslag og begrunnelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="103"/>
        <source>Forslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="106"/>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="108"/>
        <source>Grunnlag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="111"/>
        <source>Type grunnlag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="115"/>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="116"/>
        <source>Saksnummer, artikkel-id eller avvikskategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="118"/>
        <source>Koble til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="120"/>
        <source>Fjern kobling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="127"/>
        <source>Slett forslaget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="210"/>
        <source>Lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="239"/>
        <source>Koblet til.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="244"/>
        <source>Velg koblingen du vil fjerne i listen over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="257"/>
        <source>Eksporter endringsforslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="257"/>
        <source>CSV-fil (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="263"/>
        <source>Kunne ikke lagre filen (%1). Velg en annen mappe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="265"/>
        <source>%n endringsforslag eksportert til </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordCoachingDialog</name>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="157"/>
        <source>Registrer veiledning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="159"/>
        <source>Vil du registrere at du viste «%1»? Det vises under Opplæring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="164"/>
        <source>Navn på kollegaen (ikke pasient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="170"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="172"/>
        <source>Løst på stedet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="172"/>
        <source>Trenger oppfølging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="172"/>
        <source>Sendt videre til brukerstøtte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="174"/>
        <source>Hvem ble veiledet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="174"/>
        <source>Veileder (deg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="174"/>
        <source>Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="174"/>
        <source>Tid brukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="174"/>
        <source>Utfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="179"/>
        <source>Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="180"/>
        <source>Ikke lagre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionGrabber</name>
    <message>
        <location filename="../../src/companion/ui/screenshot.py" line="24"/>
        <source>Velg område for skjermbilde. Dra med musen, Esc avbryter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/screenshot.py" line="42"/>
        <source>Dra for å velge område. Esc avbryter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="303"/>
        <source>Tiden måles fra saken er sendt til brukerstøtte. «90 % innen» betyr at ni av ti saker fikk svar innen så mange dager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="310"/>
        <source>Per måned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="310"/>
        <source>Måned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="310"/>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="311"/>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="322"/>
        <source>Ingen saker ble sendt i perioden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="311"/>
        <source>Per kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="311"/>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="317"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="313"/>
        <source>Saker som ventet lengst på svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="315"/>
        <source>Sak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="316"/>
        <source>Emne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="318"/>
        <source>Sendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="319"/>
        <source>Ventet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="320"/>
        <source>Løst etter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="337"/>
        <source>%1 saker sendt. Første svar: median %2, 90 % innen %3. Løst: median %4, 90 % innen %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="345"/>
        <source>Ingen saker ble sendt til brukerstøtte i perioden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="347"/>
        <source>Median dager til første svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="348"/>
        <source>Median dager til løst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../src/companion/ui/search_controller.py" line="96"/>
        <source>Søket gjøres klart …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="30"/>
        <source>Søkeresultater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="33"/>
        <location filename="../../src/companion/ui/pages/search_page.py" line="80"/>
        <source>Søk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="36"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="36"/>
        <source>Alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="37"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="37"/>
        <source>Alle kategorier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="38"/>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="38"/>
        <source>Alle roller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="55"/>
        <source>Treff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="80"/>
        <source>Søk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/pages/search_page.py" line="84"/>
        <source>%n treff</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="88"/>
        <source>Ingen treff på «%1». Prøv et annet ord, eller lag en sak under Saker – søket blir registrert slik at superbrukerne ser hva som mangler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="89"/>
        <source>Skriv i søkefeltet øverst. Du kan skrive på bokmål eller nynorsk, og bruke Epic-ord som MAR eller In Basket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/search_page.py" line="93"/>
        <source>Mente du «%1»?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="40"/>
        <source>Innstillinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="45"/>
        <source>Brukerstøtte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="48"/>
        <source>Ikke satt opp (saker blir liggende i kø)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="49"/>
        <source>Request Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="55"/>
        <source>tom hvis du bruker token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="59"/>
        <source>lagret – skriv for å endre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="59"/>
        <source>passord eller token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="60"/>
        <source>Dette er et token (ikke passord)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="62"/>
        <source>Kontroller sertifikatet (anbefalt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="67"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="68"/>
        <source>Test tilkoblingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="73"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="73"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="73"/>
        <source>Kø</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="74"/>
        <source>Brukernavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="74"/>
        <source>Passord/token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="75"/>
        <source>Synkroniser hvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="82"/>
        <source>Standardverdier i skjemaer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="87"/>
        <source>Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="87"/>
        <source>Ditt navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="87"/>
        <source>Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="92"/>
        <source>Visning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="102"/>
        <source>Språk (etter omstart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="103"/>
        <source>Tekststørrelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="110"/>
        <source>Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="111"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="131"/>
        <source>Kunne ikke lagre innstillingene: %1. Sjekk at datamappen er skrivbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="137"/>
        <source>Innstillingene er lagret, men passordet kunne ikke lagres i nøkkelringen på denne PC-en. Bruk miljøvariabelen COMPANION_RT_TOKEN, eller kontakt IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="145"/>
        <source>Tester …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="162"/>
        <source>✓ Tilkoblet. Brukerstøtte svarer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/settings_dialog.py" line="162"/>
        <source>✗ Fikk ikke kontakt. Sjekk adressen, nettet og innloggingen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuperuserWeeksModel</name>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="58"/>
        <source>Superbruker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="58"/>
        <source>Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="61"/>
        <source>Uke %1: kryss av for ferie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="88"/>
        <source>Ferie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="90"/>
        <source>ferie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coverage.py" line="90"/>
        <source>på jobb</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketDetail</name>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_detail.py" line="39"/>
        <source>Samtale med brukerstøtte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_detail.py" line="43"/>
        <source>Privat notat (sendes ikke), f.eks. «ringte brukerstøtte 10:15»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_detail.py" line="44"/>
        <source>Nytt notat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_detail.py" line="46"/>
        <source>Lagre notat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_detail.py" line="60"/>
        <source> · nr. %1 hos brukerstøtte</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/pages/ticket_detail.py" line="63"/>
        <source>Venter på svar i %n dager</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_detail.py" line="98"/>
        <source>Notatet er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketEditor</name>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="57"/>
        <source>Ny sak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="59"/>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="157"/>
        <source>Lagres automatisk mens du skriver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="77"/>
        <source>Kort og konkret, f.eks. «Rover logger meg ut under legemiddelrunden»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="80"/>
        <source>Kanskje dette hjelper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="82"/>
        <source>Kanskje dette hjelper?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="84"/>
        <source>Hva skjedde, hva prøvde du, hva står det på skjermen? Ikke skriv pasientopplysninger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="92"/>
        <source>(ingen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="98"/>
        <source>Telefon eller e-post (din, ikke pasientens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="100"/>
        <source>Emne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="100"/>
        <source></source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="100"/>
        <source> </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="101"/>
        <source>Beskrivelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="101"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="101"/>
        <source>Hastegrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="102"/>
        <source>Gjelder veiledning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="102"/>
        <source>Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="102"/>
        <source>Ditt navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="103"/>
        <source>Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="111"/>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="247"/>
        <source>Ingen vedlegg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="113"/>
        <source>Legg ved fil …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="115"/>
        <source>Ta skjermbilde …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="123"/>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="212"/>
        <source>Slett utkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="125"/>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="158"/>
        <source>Send sak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="147"/>
        <source>Sak %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="158"/>
        <source>Prøv igjen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="185"/>
        <source>Ikke lagret: fjern fødselsnummeret først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="191"/>
        <source>Lagret %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="205"/>
        <source>Saken er ikke sendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="212"/>
        <source>Vil du slette utkastet? Det kan ikke angres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="220"/>
        <source>Legg ved fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="220"/>
        <source>Bilder og PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="230"/>
        <source>Bekreft vedlegg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="231"/>
        <source>Bekrefter du at «%1» ikke viser pasientopplysninger (navn, fødselsnummer, journaltekst)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="239"/>
        <source>Vedlegget ble ikke lagt ved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../src/companion/ui/models/tickets.py" line="71"/>
        <source>(uten emne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/models/tickets.py" line="81"/>
        <source>%n dager</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketsPage</name>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="40"/>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="44"/>
        <source>Saker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="46"/>
        <source>Ny sak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="50"/>
        <source>Synkroniser nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="58"/>
        <source>Vis tilstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="59"/>
        <source>Alle saker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="63"/>
        <source>Filtrer på tekst i emne eller beskrivelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="64"/>
        <source>Filtrer saker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="67"/>
        <source>Vis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="81"/>
        <source>Liste over saker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="88"/>
        <source>Ingen saker ennå. Trykk «Ny sak» når noe ikke virker – saken lagres her først og sendes til brukerstøtte når du er på nett.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="94"/>
        <source>Velg en sak i listen, eller trykk «Ny sak».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingMatrixModel</name>
    <message>
        <location filename="../../src/companion/ui/models/training_matrix.py" line="62"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_matrix.py" line="67"/>
        <source> (utgått)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_matrix.py" line="69"/>
        <source> (valgfritt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="228"/>
        <source>Per kategori i perioden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="230"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="231"/>
        <source>Saker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="232"/>
        <source>Veiledning ved siden av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="233"/>
        <source>Avvik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="235"/>
        <source>Ingen saker, veiledninger eller avvik i perioden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="238"/>
        <source>Mest veiledede temaer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="240"/>
        <source>Tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="241"/>
        <source>Ganger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="242"/>
        <source>Minutter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="243"/>
        <source>Til oppfølging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="244"/>
        <source>Eskalert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="246"/>
        <source>Ingen veiledning ved siden av i perioden. Bruk «Vis ved siden av» i en veiledning, så telles det her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="260"/>
        <source>Saker per måned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="261"/>
        <source>Veiledning ved siden av per måned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="262"/>
        <source>Avvik per måned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/pages/insights_views.py" line="265"/>
        <source>Avvik i %n kategori(er) er ikke koblet til våre kategorier (se fanen Avvik): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../src/companion/ui/errors.py" line="25"/>
        <source>Noe gikk galt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/errors.py" line="26"/>
        <source>Følgesvenn møtte en uventet feil (%1). Det du har lagret er trygt. Prøv igjen; hvis det gjentar seg, velg Hjelp → Eksporter diagnostikk og send filen til superbrukeren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/errors.py" line="29"/>
        <source>Detaljer står i loggen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../src/companion/ui/library_controller.py" line="67"/>
        <source>Kunne ikke laste innholdet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/library_controller.py" line="154"/>
        <source>Eksporter PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/library_controller.py" line="163"/>
        <source>Kunne ikke lagre PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/library_controller.py" line="163"/>
        <source>PDF-filen kunne ikke skrives: %1. Velg en annen mappe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="84"/>
        <source>Innstillingene er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/tickets_controller.py" line="99"/>
        <source>Brukerstøtte er ikke satt opp. Sakene ligger trygt i kø. Velg Fil → Innstillinger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/tickets_controller.py" line="104"/>
        <source>Synkroniserer saker …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/tickets_controller.py" line="117"/>
        <source>%1 … %2 av %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/tickets_controller.py" line="131"/>
        <source>Synkronisert: %1 sendt, %2 nye svar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/tickets_controller.py" line="133"/>
        <source>Frakoblet: brukerstøtte svarer ikke. Sakene ligger trygt i kø og sendes senere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/tickets_controller.py" line="135"/>
        <source>%n sak(er) feilet – åpne dem for å se hvorfor.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/tickets_controller.py" line="154"/>
        <source>Nytt svar fra brukerstøtte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
