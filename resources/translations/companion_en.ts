<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/companion/ui/about.py" line="58"/>
        <source>Om Følgesvenn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="61"/>
        <source>Versjon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="62"/>
        <location filename="../../src/companion/ui/about.py" line="100"/>
        <source>Versjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="64"/>
        <source>Veiledninger, vanlige feil og saker til brukerstøtte for superbrukere i Helseplattformen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="80"/>
        <source>Hvis noe ikke virker: velg Hjelp → Eksporter diagnostikk og send filen til brukerstøtte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="82"/>
        <source>Åpne datamappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="83"/>
        <source>Kopier opplysningene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="84"/>
        <source>Lukk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="101"/>
        <source>Datamappe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="102"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="103"/>
        <source>Logger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="104"/>
        <source>Dine innstillinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="105"/>
        <source>Innstillinger fra IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="105"/>
        <source> (finnes ikke)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="106"/>
        <source>Innhold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="107"/>
        <source>Teknisk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="116"/>
        <source>Kopiert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="69"/>
        <location filename="../../src/companion/ui/pages/article_view.py" line="127"/>
        <location filename="../../src/companion/ui/pages/article_view.py" line="173"/>
        <source>Legg til i favoritter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="71"/>
        <source>Favoritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="73"/>
        <source>Vis ved siden av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="75"/>
        <source>Vis ett steg om gangen i stor tekst, for opplæring ved siden av en kollega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="77"/>
        <source>Eksporter PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="86"/>
        <source>Artikkel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="90"/>
        <source>Velg en artikkel i listen, eller søk med Ctrl+K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="94"/>
        <source>Var dette nyttig?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="95"/>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="96"/>
        <source>Nei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="100"/>
        <source>Hva manglet? (valgfritt – ikke skriv pasientopplysninger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="101"/>
        <source>Kommentar til artikkelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="127"/>
        <location filename="../../src/companion/ui/pages/article_view.py" line="173"/>
        <source>Fjern fra favoritter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="165"/>
        <source>Åpne lenke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="166"/>
        <source>Lenken åpnes i nettleseren:
%1

Vil du åpne den?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="182"/>
        <source>Takk! Svaret er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/article_view.py" line="191"/>
        <source>Takk! Kommentaren er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistItemsModel</name>
    <message>
        <location filename="../../src/companion/ui/models/training_items.py" line="106"/>
        <source> (utgått fra innholdet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_items.py" line="119"/>
        <source> (utgått)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_items.py" line="119"/>
        <source> (valgfritt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachingLogModel</name>
    <message>
        <location filename="../../src/companion/ui/models/training_coaching.py" line="34"/>
        <source>Registrert fra Vis ved siden av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coaching.py" line="34"/>
        <source>Hurtigregistrering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coaching.py" line="52"/>
        <source> (Vis ved siden av)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coaching.py" line="62"/>
        <source>Sak %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/models/training_coaching.py" line="63"/>
        <source>Ikke opprettet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachingTab</name>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="53"/>
        <source>Vis enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="57"/>
        <source>Opprett sak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="58"/>
        <source>Lag en sak til brukerstøtte fra den valgte eskalerte oppføringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="60"/>
        <source>Logg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="68"/>
        <source>Logg over veiledning ved siden av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="78"/>
        <source>Ingen registreringer ennå. Skriv inn hjelp du har gitt over, eller bruk «Vis ved siden av» i en veiledning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="82"/>
        <source>Registrer hjelp du har gitt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="85"/>
        <source>Navn på kollegaen (ikke pasient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="87"/>
        <source>For eksempel «Rover logger ut»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="92"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="97"/>
        <source>Valgfritt. Ingen pasientopplysninger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="108"/>
        <source>Hvem fikk hjelp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="108"/>
        <source>Tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="109"/>
        <source>Veiledning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="109"/>
        <source>Tid brukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="110"/>
        <source>Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="110"/>
        <source>Superbruker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="111"/>
        <source>Notat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="119"/>
        <source>Utfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="121"/>
        <source>Lagre i loggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="141"/>
        <source>(ingen veiledning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="156"/>
        <source>Alle enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="164"/>
        <source>%1 registreringer, %2 minutter: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="186"/>
        <source>Lagret i loggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coaching.py" line="203"/>
        <source>Lagret i loggen, og sak %1 er laget som utkast under Saker. Se over saken og send den.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachingWindow</name>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="55"/>
        <source>Vis ved siden av – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="56"/>
        <source>Veiledning ved siden av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="63"/>
        <source>Hvilket steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="73"/>
        <source>Stegets tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="75"/>
        <source>← Forrige steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="76"/>
        <location filename="../../src/companion/ui/coaching.py" line="152"/>
        <source>Vis neste steg →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="78"/>
        <source>Fullskjerm (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="145"/>
        <source>Steg %1 av %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="152"/>
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
    <name>CoverageTab</name>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="51"/>
        <source>År</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="51"/>
        <source>Fra uke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="51"/>
        <source>Til uke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="51"/>
        <source>Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="68"/>
        <source>Superbrukere: kryss av ukene hver superbruker har ferie. Navn og enhet kan endres direkte i tabellen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="74"/>
        <source>Superbrukere og ferieuker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="80"/>
        <source>Legg til superbruker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="81"/>
        <source>Fjern valgt superbruker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="99"/>
        <source>Sommerdekning per uke og enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="124"/>
        <source>Alle enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="144"/>
        <source>⚠ Mangler superbruker: vikarer starter uten at en superbruker er på jobb (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="147"/>
        <source>✓ Ingen uker der vikarer starter uten superbruker på jobb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="157"/>
        <source>Ny superbruker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="174"/>
        <source>Fjerne superbruker?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="174"/>
        <source>%1 og registrerte ferieuker fjernes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_coverage.py" line="174"/>
        <source>Fjern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviationsView</name>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="78"/>
        <source>Importer avvik fra CSV …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="90"/>
        <source>Rader som ble hoppet over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="93"/>
        <source>Koble kategorier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="96"/>
        <source>Kvalitetssystemet bruker egne kategorinavn. Velg hvilken av våre kategorier hvert navn hører til; endringen gjelder også avvik som er importert før.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="99"/>
        <source>Kategorikobling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="109"/>
        <source>Ingen avvik er importert ennå. Velg «Importer avvik fra CSV …» for å hente en eksport fra kvalitetssystemet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="117"/>
        <source>%n avvik importert i alt.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="120"/>
        <source>Velg CSV-eksport fra kvalitetssystemet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="120"/>
        <source>CSV-filer (*.csv *.txt);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_deviations.py" line="126"/>
        <source>Importerer %1 …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../src/companion/ui/errors.py" line="26"/>
        <source>Noe gikk galt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/errors.py" line="26"/>
        <source>Følgesvenn møtte en uventet feil (%1). Det du har lagret er trygt. Prøv igjen; hvis det gjentar seg, velg Hjelp → Eksporter diagnostikk og send filen til superbrukeren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/errors.py" line="31"/>
        <source>Detaljer står i loggen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GapsView</name>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="133"/>
        <source>Søk uten gode treff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="135"/>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="146"/>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="155"/>
        <source>Søk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="136"/>
        <source>Uten treff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="137"/>
        <source>Treff, men ingenting åpnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="138"/>
        <source>Søk i alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="140"/>
        <source>Ingen søk uten gode treff i perioden. Når kollegaer søker uten å finne noe, vises søkene her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="141"/>
        <source>Mangler det innhold eller et synonym? Det er her nye veiledninger og vanlige feil bør starte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="144"/>
        <source>Søk like før en ny sak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="149"/>
        <source>Ingen saker ble laget like etter et søk i perioden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="147"/>
        <source>Nye saker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="150"/>
        <source>Søket hjalp ikke: en ny sak til brukerstøtte ble laget innen 30 minutter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="153"/>
        <source>Mest søkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="156"/>
        <source>Antall søk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="157"/>
        <source>Andel uten treff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="159"/>
        <source>Ingen søk i perioden ennå. Søk fra søkefeltet øverst (Ctrl+K) blir telt her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="162"/>
        <source>Flest «Nei» på «Var dette nyttig?»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="164"/>
        <source>Veiledning eller vanlig feil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="165"/>
        <source>Nei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="166"/>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="167"/>
        <source>Nyeste kommentarer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="169"/>
        <source>Ingen har svart «Nei» i perioden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="173"/>
        <source>Passert revisjonsdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="175"/>
        <source>Innhold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="176"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="177"/>
        <source>Skulle vært gjennomgått</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="178"/>
        <source>Dager over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="180"/>
        <source>Alt innhold er innenfor revisjonsdatoen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="203"/>
        <source>%1 søk i perioden, %2 uten treff (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="209"/>
        <source>Ingen søk i perioden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../src/companion/ui/about.py" line="173"/>
        <location filename="../../src/companion/ui/about.py" line="199"/>
        <source>Eksporter diagnostikk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="175"/>
        <source>Zip-filer (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="184"/>
        <source>Lager diagnostikk …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="188"/>
        <source>Diagnostikken er lagret i %1. Send filen til brukerstøtte. Den inneholder logger og innstillinger, ikke databasen og ingen passord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="189"/>
        <source>Diagnostikken er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/about.py" line="194"/>
        <source>Diagnostikken ble ikke lagret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="35"/>
        <source>Importer personer fra vaktplanen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="39"/>
        <source>Velg en CSV-fil fra vaktplanen (semikolon eller komma, helst UTF-8). Første linje er overskriftene:
%1
Bare ansattopplysninger leses. Kolonner som ikke står over, blir ikke lest eller lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="45"/>
        <source>Velg fil …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="47"/>
        <source>Ingen fil valgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="60"/>
        <source>Forhåndsvisning av importen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="66"/>
        <source>Tildel sjekklisten for rollen til hver person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="71"/>
        <location filename="../../src/companion/ui/pages/training_import.py" line="103"/>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="75"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="82"/>
        <source>Velg CSV-fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="82"/>
        <source>CSV-filer (*.csv *.txt);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="97"/>
        <source>%1 personer kan importeres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="99"/>
        <source>%1 rader har feil og blir ikke importert (se Resultat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_import.py" line="103"/>
        <source>Importer %1 personer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../src/companion/ui/models/training_import.py" line="52"/>
        <source>✓ Importeres</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="80"/>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="90"/>
        <source>Innsikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="91"/>
        <source>Til superbrukermøtet: hva kollegaer ikke finner, hva som øker, hvor lang tid brukerstøtte bruker, og forslag til fellesmøtet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="94"/>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="100"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="98"/>
        <source>Fra dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="99"/>
        <source>Til dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="102"/>
        <source>Fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="104"/>
        <source>Til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="107"/>
        <source>Eksporter for deling …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="108"/>
        <source>Bare tall per måned og kategori og søk uten gode treff – ingen navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="110"/>
        <source>Lag møterapport (PDF) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="121"/>
        <source>Det er ingen aktivitet i perioden ennå. Innsikt fylles etter hvert som dere søker, lager saker og bruker «Vis ved siden av». Avvik henter du inn fra kvalitetssystemet i fanen Avvik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="128"/>
        <source>Innsikt-faner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="135"/>
        <source>Kunnskapshull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="136"/>
        <source>Trender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="137"/>
        <source>Svartid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="138"/>
        <source>Endringsforslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="139"/>
        <source>Avvik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="191"/>
        <source>Henter innsikt for %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="214"/>
        <source>Perioden %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="226"/>
        <source>Lagre møterapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="226"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="232"/>
        <source>Lager møterapport …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/pages/insights_page.py" line="246"/>
        <source>Møterapporten er lagret (%n sider): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="255"/>
        <source>Eksporter for deling med andre kommuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="255"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_page.py" line="262"/>
        <source>Eksportert (%1, bare tall og søk – ingen navn): </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../../src/companion/ui/library_controller.py" line="70"/>
        <source>Kunne ikke laste innholdet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/library_controller.py" line="162"/>
        <source>Eksporter PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/library_controller.py" line="171"/>
        <source>Kunne ikke lagre PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/library_controller.py" line="171"/>
        <source>PDF-filen kunne ikke skrives: %1. Velg en annen mappe.</source>
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
        <location filename="../../src/companion/ui/main_window.py" line="77"/>
        <source>Søk i veiledninger, vanlige feil og sjekklister (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="78"/>
        <source>Søk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="94"/>
        <source>Hovedmeny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="109"/>
        <source>Nettstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="111"/>
        <source>Saker i kø</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="113"/>
        <source>Sist synkronisert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="125"/>
        <source>&amp;Fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="126"/>
        <source>&amp;Innstillinger …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="129"/>
        <source>&amp;Avslutt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="133"/>
        <source>&amp;Vis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="134"/>
        <source>Større tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="134"/>
        <source>Mindre tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="134"/>
        <source>Vanlig tekststørrelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="139"/>
        <source>&amp;Hjelp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="140"/>
        <source>&amp;Om Følgesvenn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="142"/>
        <source>&amp;Eksporter diagnostikk …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="219"/>
        <source>Brukerstøtte ikke satt opp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="221"/>
        <source>Tilkoblet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="223"/>
        <source>Frakoblet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/main_window.py" line="230"/>
        <source>Saker i kø: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="233"/>
        <source>Sist synkronisert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="233"/>
        <source>aldri</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="126"/>
        <source>Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="126"/>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="126"/>
        <source>Startuke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="133"/>
        <source>Alle roller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="134"/>
        <source>Eksporter PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="135"/>
        <source>Eksporter CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="143"/>
        <source>Starter neste uke og er ikke klar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="150"/>
        <source>Oversikt: personer og sjekklistepunkter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="158"/>
        <source>Ingen personer passer filteret. Legg til personer under Personer, eller velg en annen enhet eller uke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="160"/>
        <source>Tegnforklaring: %1. * = valgfritt punkt. Dobbeltklikk en rad for å åpne personen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="169"/>
        <source>Alle enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="174"/>
        <source>Alle uker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="201"/>
        <source>✓ Alle som starter neste uke (uke %1), er klare for selvstendig vakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="205"/>
        <source>! Starter neste uke (uke %1) og er ikke klar: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_matrix.py" line="228"/>
        <source>Eksporter oversikt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../src/companion/ui/pages/training_common.py" line="37"/>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../src/companion/ui/pages/training_people.py" line="50"/>
        <source>Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_people.py" line="52"/>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_people.py" line="53"/>
        <source>Alle roller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_people.py" line="62"/>
        <source>Personer i opplæring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_people.py" line="73"/>
        <source>Ingen personer her ennå. Velg «Legg til person» eller «Importer fra CSV» for å begynne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_people.py" line="76"/>
        <source>Legg til person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_people.py" line="77"/>
        <source>Importer fra CSV …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_people.py" line="100"/>
        <source>Alle enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_people.py" line="151"/>
        <source>Ny person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_people.py" line="172"/>
        <source>Importerte %1 personer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_people.py" line="174"/>
        <source>%1 fantes fra før og ble hoppet over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../src/companion/ui/models/training_people.py" line="29"/>
        <source>(uten navn)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../src/companion/ui/pages/training_person_form.py" line="46"/>
        <source>Telefon eller e-post (jobb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person_form.py" line="53"/>
        <source>Ikke satt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person_form.py" line="54"/>
        <location filename="../../src/companion/ui/pages/training_person_form.py" line="69"/>
        <source>Vikar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person_form.py" line="56"/>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person_form.py" line="57"/>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person_form.py" line="58"/>
        <source>Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person_form.py" line="59"/>
        <source>Første dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person_form.py" line="59"/>
        <source>Første arbeidsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person_form.py" line="60"/>
        <source>Siste dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person_form.py" line="60"/>
        <source>Siste arbeidsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person_form.py" line="61"/>
        <source>Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="66"/>
        <source>Velg en person i listen, eller legg til en ny person eller importer en liste fra vaktplanen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="80"/>
        <source>Eksporter PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="81"/>
        <source>Eksporter CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="82"/>
        <source>Slett person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="91"/>
        <source>Status for selvstendig vakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="96"/>
        <source>Andel påkrevde punkter godkjent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="108"/>
        <source>Sjekkliste å tildele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="109"/>
        <source>Tildel sjekkliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="110"/>
        <source>Fjern valgt sjekkliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="121"/>
        <source>Sjekklistepunkter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="157"/>
        <source>Dato for registreringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="158"/>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="170"/>
        <source>Vis ved siden av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="176"/>
        <source>Notat til punktet (valgfritt, ingen pasientopplysninger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="177"/>
        <source>Notat til punktet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="183"/>
        <source>Angre siste registrering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="225"/>
        <source>(uten navn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="283"/>
        <source>Velg et punkt i listen for å registrere vist, øvd eller godkjent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="287"/>
        <source>(utgått fra sjekklisten: kan ikke registreres lenger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="289"/>
        <source>Vist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="289"/>
        <source>Øvd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="289"/>
        <source>Godkjent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="295"/>
        <source>Åpne «%1» i Vis ved siden av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="295"/>
        <source>Punktet har ingen veiledning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="300"/>
        <source>Siste: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="300"/>
        <source>Ingen registreringer å angre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="330"/>
        <source>Angret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="358"/>
        <source>Sjekklisten er fjernet. Det som var registrert, kommer tilbake hvis du tildeler den igjen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="370"/>
        <source>%1 og all registrert opplæring slettes. Dette kan ikke angres. Eksporter PDF først hvis den skal i personalmappen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="371"/>
        <source>Slette person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="371"/>
        <source>Slett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_person.py" line="389"/>
        <source>Eksporter opplæringslogg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsView</name>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="64"/>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="193"/>
        <source>Nytt endringsforslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="67"/>
        <source>Eksporter liste …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="74"/>
        <source>Endringsforslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="80"/>
        <source>Ingen endringsforslag ennå. Velg «Nytt endringsforslag» for å registrere et forslag til fellesmøtet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="86"/>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="106"/>
        <source>Tittel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="90"/>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="107"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="95"/>
        <source>Forslag og begrunnelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="108"/>
        <source>Forslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="111"/>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="113"/>
        <source>Grunnlag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="116"/>
        <source>Type grunnlag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="120"/>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="121"/>
        <source>Saksnummer, artikkel-id eller avvikskategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="123"/>
        <source>Koble til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="125"/>
        <source>Fjern kobling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="132"/>
        <source>Slett forslaget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="215"/>
        <source>Lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="244"/>
        <source>Koblet til.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="249"/>
        <source>Velg koblingen du vil fjerne i listen over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="262"/>
        <source>Eksporter endringsforslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="262"/>
        <source>CSV-fil (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="268"/>
        <source>Kunne ikke lagre filen (%1). Velg en annen mappe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/pages/insights_proposals.py" line="270"/>
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
        <location filename="../../src/companion/ui/coaching.py" line="160"/>
        <source>Registrer veiledning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="162"/>
        <source>Vil du registrere at du viste «%1»? Det vises under Opplæring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="167"/>
        <source>Navn på kollegaen (ikke pasient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="173"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="175"/>
        <source>Løst på stedet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="175"/>
        <source>Trenger oppfølging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="175"/>
        <source>Sendt videre til brukerstøtte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="177"/>
        <source>Hvem ble veiledet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="177"/>
        <source>Veileder (deg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="177"/>
        <source>Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="177"/>
        <source>Tid brukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="177"/>
        <source>Utfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="182"/>
        <source>Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/coaching.py" line="183"/>
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
        <location filename="../../src/companion/ui/pages/insights_views.py" line="312"/>
        <source>Tiden måles fra saken er sendt til brukerstøtte. «90 % innen» betyr at ni av ti saker fikk svar innen så mange dager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="319"/>
        <source>Per måned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="319"/>
        <source>Måned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="319"/>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="320"/>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="331"/>
        <source>Ingen saker ble sendt i perioden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="320"/>
        <source>Per kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="320"/>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="326"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="322"/>
        <source>Saker som ventet lengst på svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="324"/>
        <source>Sak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="325"/>
        <source>Emne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="292"/>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="327"/>
        <source>Sendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="293"/>
        <source>Median til svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="294"/>
        <source>90 % innen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="295"/>
        <source>Løst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="296"/>
        <source>Median til løst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="297"/>
        <source>90 % løst innen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="328"/>
        <source>Ventet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="329"/>
        <source>Løst etter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="346"/>
        <source>%1 saker sendt. Første svar: median %2, 90 % innen %3. Løst: median %4, 90 % innen %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="354"/>
        <source>Ingen saker ble sendt til brukerstøtte i perioden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="356"/>
        <source>Median dager til første svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="357"/>
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
    <name>Shell</name>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="46"/>
        <location filename="../../src/companion/ui/shell.py" line="47"/>
        <source>Veiledninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="46"/>
        <location filename="../../src/companion/ui/shell.py" line="48"/>
        <source>Kunnskapsbase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="52"/>
        <source>Saker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="52"/>
        <source>Laster saker …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="54"/>
        <source>Opplæring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="55"/>
        <source>Innsikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="55"/>
        <source>Laster innsikt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="57"/>
        <source>Søk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/shell.py" line="100"/>
        <source>Innstillingene er lagret.</source>
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
        <location filename="../../src/companion/ui/pages/ticket_detail.py" line="42"/>
        <source>Samtale med brukerstøtte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_detail.py" line="46"/>
        <source>Privat notat (sendes ikke), f.eks. «ringte brukerstøtte 10:15»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_detail.py" line="47"/>
        <source>Nytt notat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_detail.py" line="49"/>
        <source>Lagre notat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_detail.py" line="63"/>
        <source> · nr. %1 hos brukerstøtte</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/pages/ticket_detail.py" line="66"/>
        <source>Venter på svar i %n dager</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_detail.py" line="101"/>
        <source>Notatet er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketEditor</name>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="60"/>
        <source>Ny sak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="62"/>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="160"/>
        <source>Lagres automatisk mens du skriver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="80"/>
        <source>Kort og konkret, f.eks. «Rover logger meg ut under legemiddelrunden»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="83"/>
        <source>Kanskje dette hjelper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="85"/>
        <source>Kanskje dette hjelper?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="87"/>
        <source>Hva skjedde, hva prøvde du, hva står det på skjermen? Ikke skriv pasientopplysninger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="95"/>
        <source>(ingen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="101"/>
        <source>Telefon eller e-post (din, ikke pasientens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="103"/>
        <source>Emne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="104"/>
        <source>Beskrivelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="104"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="104"/>
        <source>Hastegrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="105"/>
        <source>Gjelder veiledning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="105"/>
        <source>Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="105"/>
        <source>Ditt navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="106"/>
        <source>Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="114"/>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="250"/>
        <source>Ingen vedlegg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="116"/>
        <source>Legg ved fil …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="118"/>
        <source>Ta skjermbilde …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="126"/>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="215"/>
        <source>Slett utkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="128"/>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="161"/>
        <source>Send sak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="150"/>
        <source>Sak %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="161"/>
        <source>Prøv igjen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="188"/>
        <source>Ikke lagret: fjern fødselsnummeret først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="194"/>
        <source>Lagret %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="208"/>
        <source>Saken er ikke sendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="215"/>
        <source>Vil du slette utkastet? Det kan ikke angres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="223"/>
        <source>Legg ved fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="223"/>
        <source>Bilder og PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="233"/>
        <source>Bekreft vedlegg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="234"/>
        <source>Bekrefter du at «%1» ikke viser pasientopplysninger (navn, fødselsnummer, journaltekst)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/ticket_editor.py" line="242"/>
        <source>Vedlegget ble ikke lagt ved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../src/companion/ui/models/tickets.py" line="53"/>
        <source>(uten emne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/models/tickets.py" line="63"/>
        <source>%n dager</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketsController</name>
    <message>
        <location filename="../../src/companion/ui/tickets_controller.py" line="102"/>
        <source>Brukerstøtte er ikke satt opp. Sakene ligger trygt i kø. Velg Fil → Innstillinger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/tickets_controller.py" line="107"/>
        <source>Synkroniserer saker …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/tickets_controller.py" line="120"/>
        <source>%1 … %2 av %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/tickets_controller.py" line="126"/>
        <source>En annen synkronisering pågår allerede (for eksempel fra kommandolinjen). Prøv igjen om litt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/tickets_controller.py" line="138"/>
        <source>Synkronisert: %1 sendt, %2 nye svar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/tickets_controller.py" line="140"/>
        <source>Frakoblet: brukerstøtte svarer ikke. Sakene ligger trygt i kø og sendes senere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/tickets_controller.py" line="142"/>
        <source>%n sak(er) feilet – åpne dem for å se hvorfor.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/tickets_controller.py" line="161"/>
        <source>Nytt svar fra brukerstøtte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketsPage</name>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="44"/>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="48"/>
        <source>Saker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="50"/>
        <source>Ny sak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="54"/>
        <source>Synkroniser nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="62"/>
        <source>Vis tilstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="63"/>
        <source>Alle saker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="67"/>
        <source>Filtrer på tekst i emne eller beskrivelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="68"/>
        <source>Filtrer saker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="71"/>
        <source>Vis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="85"/>
        <source>Liste over saker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="92"/>
        <source>Ingen saker ennå. Trykk «Ny sak» når noe ikke virker – saken lagres her først og sendes til brukerstøtte når du er på nett.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/tickets_page.py" line="98"/>
        <source>Velg en sak i listen, eller trykk «Ny sak».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingCommon</name>
    <message>
        <location filename="../../src/companion/ui/pages/training_common.py" line="136"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_common.py" line="161"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_common.py" line="161"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_common.py" line="171"/>
        <source>Lagret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_common.py" line="178"/>
        <source>Ditt navn (superbruker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_common.py" line="179"/>
        <source>Superbruker som registrerer</source>
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
    <name>TrainingPage</name>
    <message>
        <location filename="../../src/companion/ui/pages/training_page.py" line="53"/>
        <location filename="../../src/companion/ui/pages/training_page.py" line="57"/>
        <source>Opplæring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_page.py" line="59"/>
        <source>Ditt navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_page.py" line="60"/>
        <source>Superbruker som registrerer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_page.py" line="63"/>
        <source>Superbruker (deg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_page.py" line="69"/>
        <source>Laster opplæring …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_page.py" line="110"/>
        <source>Opplæring kunne ikke åpnes. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_page.py" line="126"/>
        <source>Personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_page.py" line="127"/>
        <source>Enhetsoversikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_page.py" line="128"/>
        <source>Veiledning ved siden av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/training_page.py" line="129"/>
        <source>Sommerdekning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="238"/>
        <source>Per kategori i perioden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="240"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="241"/>
        <source>Saker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="242"/>
        <source>Veiledning ved siden av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="243"/>
        <source>Avvik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="245"/>
        <source>Ingen saker, veiledninger eller avvik i perioden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="248"/>
        <source>Mest veiledede temaer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="250"/>
        <source>Tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="251"/>
        <source>Ganger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="252"/>
        <source>Minutter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="253"/>
        <source>Til oppfølging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="254"/>
        <source>Eskalert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="256"/>
        <source>Ingen veiledning ved siden av i perioden. Bruk «Vis ved siden av» i en veiledning, så telles det her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="267"/>
        <source>Saker per måned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="268"/>
        <source>Veiledning ved siden av per måned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/pages/insights_views.py" line="269"/>
        <source>Avvik per måned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/companion/ui/pages/insights_views.py" line="272"/>
        <source>Avvik i %n kategori(er) er ikke koblet til våre kategorier (se fanen Avvik): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
