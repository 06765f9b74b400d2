<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>Agreement</name>
    <message>
        <location filename="../core/domain/Agreement.cpp" line="+30"/>
        <source>The agreement profile is not valid JSON (at character %1: %2).</source>
        <translation>Het convenantprofiel is geen geldige JSON (bij teken %1: %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agreement profile is incomplete: %1</source>
        <translation>Het convenantprofiel is onvolledig: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown format version.</source>
        <translation>onbekende formaatversie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>id, title and version are required.</source>
        <translation>id, titel en versie zijn verplicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>every party needs an id, a name and the role rbl or swv.</source>
        <translation>elke partij moet een id, een naam en de rol rbl of swv hebben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no parties.</source>
        <translation>geen partijen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every category needs a unique code and a name.</source>
        <translation>elke categorie moet een unieke code en een naam hebben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no categories.</source>
        <translation>geen categorieën.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every field needs a unique id and a name.</source>
        <translation>elk gegeven moet een uniek id en een naam hebben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the field &quot;%1&quot; has no reason for exchanging it.</source>
        <translation>bij het gegeven &quot;%1&quot; staat geen reden voor de uitwisseling.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the field &quot;%1&quot; names the unknown category &quot;%2&quot;.</source>
        <translation>het gegeven &quot;%1&quot; noemt de onbekende categorie &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no fields.</source>
        <translation>geen gegevens.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the six legal grounds of the GDPR and a default ground among them are required.</source>
        <translation>de zes grondslagen van de AVG zijn verplicht, met één daarvan als standaardgrondslag.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no purposes.</source>
        <translation>geen doelen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the validity of a sharing decision must be at least one day.</source>
        <translation>de geldigheidsduur van een besluit tot delen moet minstens één dag zijn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agreement profile %1 could not be read.</source>
        <translation>Het convenantprofiel %1 kon niet worden gelezen.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The agreement profile &quot;%1&quot; is not known to this version of InBeeld.</source>
        <translation>Het convenantprofiel &quot;%1&quot; is niet bekend in deze versie van InBeeld.</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="+30"/>
        <source>Usage: %1 audit verify|list [options]
The store&apos;s audit log: every unlock, import, decision and export, hash-chained so that a
changed, inserted or removed entry is detected.

Commands:
  verify   Check the hash chain of the audit log
  list     List the entries, tab-separated: id, time (UTC), actor, action, detail

Run &apos;%1 audit &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Gebruik: %1 audit verify|list [opties]
Het auditlog van het gegevensbestand: elke ontgrendeling, import, beslissing en export, met een
hashketen zodat een gewijzigde, ingevoegde of verwijderde regel wordt ontdekt.

Opdrachten:
  verify   De hashketen van het auditlog controleren
  list     De regels tonen, gescheiden door tabs: id, tijd (UTC), gebruiker, actie, toelichting

Gebruik &apos;%1 audit &lt;opdracht&gt; --help&apos; voor de opties van een opdracht.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>missing command: verify or list</source>
        <translation>opdracht ontbreekt: verify of list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown command &apos;%1&apos;: use verify or list</source>
        <translation>onbekende opdracht &apos;%1&apos;: gebruik verify of list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;%1 audit --help&apos; for more information.</source>
        <translation>Gebruik &apos;%1 audit --help&apos; voor meer informatie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check the hash chain of the store&apos;s audit log. Exit code 0 when the log is intact; otherwise the first broken entry is named.</source>
        <translation>De hashketen van het auditlog van het gegevensbestand controleren. Afsluitcode 0 als het log intact is; anders wordt de eerste verbroken regel genoemd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>The store file.</source>
        <translation>Het gegevensbestand.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>audit log intact: %1 entries</source>
        <translation>auditlog intact: %1 regels</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the entries of the store&apos;s audit log, one per line, tab-separated: id, time (UTC, ISO 8601), actor, action, detail.</source>
        <translation>De regels van het auditlog van het gegevensbestand tonen, één per regel, gescheiden door tabs: id, tijd (UTC, ISO 8601), gebruiker, actie, toelichting.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List at most N entries.</source>
        <translation>Ten hoogste N regels tonen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--limit needs a whole number of at least 1</source>
        <translation>--limit verwacht een geheel getal van minstens 1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="+56"/>
        <source>Store created</source>
        <translation>Gegevensbestand aangemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store unlocked</source>
        <translation>Gegevensbestand ontgrendeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock failed (wrong passphrase)</source>
        <translation>Ontgrendelen mislukt (verkeerde wachtwoordzin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store upgraded to a new schema</source>
        <translation>Gegevensbestand bijgewerkt naar een nieuwe indeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase changed</source>
        <translation>Wachtwoordzin gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made</source>
        <translation>Reservekopie gemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store restored from a backup</source>
        <translation>Gegevensbestand teruggezet uit een reservekopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo organisation created</source>
        <translation>Demo-organisatie aangemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List imported</source>
        <translation>Lijst geïmporteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import cancelled</source>
        <translation>Import geannuleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import failed; nothing was stored</source>
        <translation>Import mislukt; er is niets opgeslagen</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+34"/>
        <location line="+29"/>
        <source>The audit log could not be read: %1</source>
        <translation>Het auditlog kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The audit log could not be written: %1</source>
        <translation>Er kon niet naar het auditlog worden geschreven: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The audit log is not intact: entry %1 is missing.</source>
        <translation>Het auditlog is niet intact: regel %1 ontbreekt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit log is not intact: entry %1 was changed after it was written.</source>
        <translation>Het auditlog is niet intact: regel %1 is gewijzigd nadat hij was geschreven.</translation>
    </message>
</context>
<context>
    <name>Bsn</name>
    <message>
        <location filename="../core/domain/Bsn.cpp" line="+53"/>
        <source>The BSN is empty. Fill in the nine-digit citizen service number.</source>
        <translation>Het BSN is leeg. Vul het burgerservicenummer van negen cijfers in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The BSN &quot;%1&quot; contains characters other than digits. A BSN consists of nine digits; check the number in the source list.</source>
        <translation>Het BSN &quot;%1&quot; bevat andere tekens dan cijfers. Een BSN bestaat uit negen cijfers; controleer het nummer in de bronlijst.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The BSN &quot;%1&quot; does not have nine digits (it has %n). Check the number in the source list.</source>
        <translation>
            <numerusform>Het BSN &quot;%1&quot; heeft %n cijfer in plaats van negen. Controleer het nummer in de bronlijst.</numerusform>
            <numerusform>Het BSN &quot;%1&quot; heeft %n cijfers in plaats van negen. Controleer het nummer in de bronlijst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The BSN %1 is not valid (it fails the elfproef, the check for typing errors). Check the number in the source list.</source>
        <translation>Het BSN %1 is ongeldig (het voldoet niet aan de elfproef, de controle op tikfouten). Controleer het nummer in de bronlijst.</translation>
    </message>
</context>
<context>
    <name>CategoryRecognizer</name>
    <message>
        <location filename="../core/importing/CategoryRecognizer.cpp" line="+82"/>
        <source>The category is empty. Fill in absoluut verzuim, langdurig verzuim or vrijstelling 5a in the source list, or import lists of one category with that category chosen for the whole file.</source>
        <translation>De categorie is leeg. Vul in de bronlijst absoluut verzuim, langdurig verzuim of vrijstelling 5a in, of importeer een lijst met één categorie door die categorie voor het hele bestand te kiezen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a category of the agreement, so the row was not imported (the program does not guess). Use absoluut verzuim, langdurig verzuim or vrijstelling 5a in the source list.</source>
        <translation>&quot;%1&quot; is geen categorie uit het convenant, dus de rij is niet geïmporteerd (het programma gaat niet gokken). Gebruik in de bronlijst absoluut verzuim, langdurig verzuim of vrijstelling 5a.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+43"/>
        <source>Usage: %1 &lt;command&gt; [options]
InBeeld on the command line: create, inspect, back up and restore the encrypted store of an
organisation, and import lists into it.

Commands:
  init           Create a new encrypted store for an organisation
  info           Show the organisation and state of a store
  passwd         Change the passphrase of a store
  backup         Write an encrypted backup copy of a store
  restore        Replace a store with a backup
  audit verify   Check the hash chain of the audit log
  audit list     List the entries of the audit log
  import         Import a list of thuiszitters (CSV or XLSX) into a new snapshot
  snapshots list List the imported lists (snapshots)
  snapshots diff Show what changed since the previous list of the same source

Run &apos;%1 &lt;command&gt; --help&apos; (or &apos;%1 help &lt;command&gt;&apos;) for the options of a command.
Messages follow the language chosen in the program (Dutch by default); the environment
variable INBEELD_LANGUAGE=en or nl overrides it.</source>
        <translation>Gebruik: %1 &lt;opdracht&gt; [opties]
InBeeld op de opdrachtregel: het versleutelde gegevensbestand van een organisatie aanmaken,
bekijken, een reservekopie ervan maken en terugzetten, en er lijsten in importeren.

Opdrachten:
  init           Een nieuw versleuteld gegevensbestand voor een organisatie aanmaken
  info           De organisatie en de toestand van een gegevensbestand tonen
  passwd         De wachtwoordzin van een gegevensbestand wijzigen
  backup         Een versleutelde reservekopie van een gegevensbestand maken
  restore        Een gegevensbestand vervangen door een reservekopie
  audit verify   De hashketen van het auditlog controleren
  audit list     De regels van het auditlog tonen
  import         Een lijst met thuiszitters (CSV of XLSX) importeren als nieuwe lijst
  snapshots list De geïmporteerde lijsten (momentopnamen) tonen
  snapshots diff Tonen wat er is veranderd sinds de vorige lijst van dezelfde bron

Gebruik &apos;%1 &lt;opdracht&gt; --help&apos; (of &apos;%1 help &lt;opdracht&gt;&apos;) voor de opties van een opdracht.
Meldingen volgen de taal die in het programma is gekozen (standaard Nederlands); de
omgevingsvariabele INBEELD_LANGUAGE=en of nl gaat daarboven.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>onbekende opdracht &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../core/importing/ColumnMapping.cpp" line="+18"/>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>no column holds the category (absoluut verzuim, langdurig verzuim or vrijstelling 5a); map the column with the category, or choose one category for the whole file</source>
        <translation>geen enkele kolom bevat de categorie (absoluut verzuim, langdurig verzuim of vrijstelling 5a); koppel de kolom met de categorie, of kies één categorie voor het hele bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no column holds the BSN or onderwijsnummer, and there is no name and date of birth to identify children by; map the BSN column, or the name and date-of-birth columns</source>
        <translation>geen enkele kolom bevat het BSN of onderwijsnummer, en er zijn geen naam en geboortedatum om kinderen aan te herkennen; koppel de kolom met het BSN, of de kolommen met naam en geboortedatum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The columns of this file are not complete: %1.</source>
        <translation>De kolommen van dit bestand zijn niet compleet: %1.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+117"/>
        <source>Show this help and exit.</source>
        <translation>Deze hulp tonen en stoppen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Read the passphrase from the first line of FILE (keep the file private).</source>
        <translation>De wachtwoordzin lezen uit de eerste regel van FILE (houd het bestand privé).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>onbekende optie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected argument: this command takes one file besides its options</source>
        <translation>onverwacht argument: deze opdracht kent naast de opties één bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected argument: this command takes only options</source>
        <translation>onverwacht argument: deze opdracht kent alleen opties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 needs a value</source>
        <translation>--%1 heeft een waarde nodig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing required option --%1</source>
        <translation>verplichte optie --%1 ontbreekt</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <source>Usage: %1</source>
        <translation>Gebruik: %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Options:</source>
        <translation>Opties:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>Argumenten:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run &apos;%1 %2 --help&apos; for more information.</source>
        <translation>Gebruik &apos;%1 %2 --help&apos; voor meer informatie.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/importing/CsvReader.cpp" line="+96"/>
        <source>the file</source>
        <translation>het bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 cannot be opened: %2. Check that it exists and that you may read it.</source>
        <translation>Het bestand %1 kan niet worden geopend: %2. Controleer of het bestaat en of u het mag lezen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is an Excel workbook (XLSX) or another ZIP archive, not a CSV file. Import it as a workbook, or save it from the spreadsheet program as CSV.</source>
        <translation>%1 is een Excel-werkmap (XLSX) of een ander ZIP-archief, geen CSV-bestand. Importeer het als werkmap, of sla het in het spreadsheetprogramma op als CSV.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a text file, so it cannot be read as CSV. Save the list from the spreadsheet program as CSV or XLSX.</source>
        <translation>%1 is geen tekstbestand en kan dus niet als CSV worden gelezen. Sla de lijst in het spreadsheetprogramma op als CSV of XLSX.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Line %1 has more than %2 columns. This is not a table that can be imported; check that you chose the right file.</source>
        <translation>Regel %1 heeft meer dan %2 kolommen. Dit is geen tabel die kan worden geïmporteerd; controleer of u het juiste bestand hebt gekozen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1: a cell is longer than %2 characters. If a quote (&quot;) opens a cell on that line, its closing quote is probably missing; add it in the source file.</source>
        <translation>Regel %1: een cel is langer dan %2 tekens. Als een cel op die regel begint met een aanhalingsteken (&quot;), ontbreekt waarschijnlijk het afsluitende aanhalingsteken; voeg het toe in het bronbestand.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Line %1: a cell starts with a quote (&quot;) that is never closed, so the rest of the file would be one cell. Add the missing quote in the source file, or save the list again from the spreadsheet program.</source>
        <translation>Regel %1: een cel begint met een aanhalingsteken (&quot;) dat nergens wordt afgesloten, zodat de rest van het bestand één cel zou worden. Voeg het ontbrekende aanhalingsteken toe in het bronbestand, of sla de lijst opnieuw op vanuit het spreadsheetprogramma.</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <location filename="../core/demo/DemoStore.cpp" line="+22"/>
        <source>The demo list %1 could not be written: %2</source>
        <translation>De demolijst %1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The demo list %1 could not be imported.</source>
        <translation>De demolijst %1 kon niet worden geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>DutchDate</name>
    <message>
        <location filename="../core/domain/DutchDate.cpp" line="+51"/>
        <source>The Excel date number %1 is not a date: %2 Format the cell as a date in the spreadsheet and export it again.</source>
        <translation>Het Excel-datumgetal %1 is geen datum: %2 Maak de cel in het spreadsheetprogramma op als datum en exporteer het bestand opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excel date numbers run from 1 (1 January 1900) to 2958465 (31 December 9999).</source>
        <translation>Excel-datumgetallen lopen van 1 (1 januari 1900) tot en met 2958465 (31 december 9999).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it stands for 29 February 1900, a day that did not exist.</source>
        <translation>het staat voor 29 februari 1900, een dag die niet heeft bestaan.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The date &quot;%1&quot; is not valid: %2 Write dates like 3-9-2026, 03-09-2026 or 2026-09-03.</source>
        <translation>De datum &quot;%1&quot; is ongeldig: %2 Schrijf datums als 3-9-2026, 03-09-2026 of 2026-09-03.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date is empty. Fill in a date like 3-9-2026.</source>
        <translation>De datum is leeg. Vul een datum in zoals 3-9-2026.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it contains more than a date.</source>
        <translation>er staat meer in dan alleen een datum.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>as year-month-day (yyyymmdd) there is no such day.</source>
        <translation>als jaar-maand-dag (jjjjmmdd) bestaat die dag niet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <location line="+3"/>
        <source>it is not a date in a known form.</source>
        <translation>het is geen datum in een bekende vorm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the year must have four digits, so that 1926 and 2026 cannot be confused.</source>
        <translation>het jaar moet vier cijfers hebben, zodat 1926 en 2026 niet door elkaar kunnen worden gehaald.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the year %1 is before 1900.</source>
        <translation>het jaar %1 ligt vóór 1900.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no month %1; the date may be written month first.</source>
        <translation>er bestaat geen maand %1; misschien staat de maand vooraan in de datum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no month %1.</source>
        <translation>er bestaat geen maand %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 has %3 days.</source>
        <translation>%1 %2 heeft %3 dagen.</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="-144"/>
        <source>Exit codes:
  0  success
  1  the operation failed (the reason is printed on stderr)
  2  usage error: unknown command, missing or invalid option, a passphrase on the
     command line, or no way to obtain a passphrase
  3  import: some rows were rejected; the valid rows were stored
  4  the store is in use by another program
  5  wrong passphrase</source>
        <translation>Afsluitcodes:
  0  gelukt
  1  de bewerking is mislukt (de reden staat op stderr)
  2  gebruiksfout: onbekende opdracht, ontbrekende of ongeldige optie, een wachtwoordzin op de
     opdrachtregel, of geen manier om een wachtwoordzin te krijgen
  3  import: een deel van de regels is afgewezen; de geldige regels zijn opgeslagen
  4  het gegevensbestand is in gebruik door een ander programma
  5  verkeerde wachtwoordzin</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passphrase:
  Taken from, in this order: the first line of --passphrase-file FILE, the environment
  variable INBEELD_PASSPHRASE, or a prompt on the terminal (what you type is not shown).
  Never from the command line: options such as --passphrase are refused, because the
  command line is visible in process lists and shell history.</source>
        <translation>Wachtwoordzin:
  Komt, in deze volgorde, uit: de eerste regel van --passphrase-file FILE, de omgevingsvariabele
  INBEELD_PASSPHRASE, of een vraag op de terminal (wat u typt wordt niet getoond).
  Nooit van de opdrachtregel: opties zoals --passphrase worden geweigerd, omdat de opdrachtregel
  zichtbaar is in proceslijsten en in de geschiedenis van de shell.</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="+128"/>
        <source>Rows not imported:</source>
        <translation>Niet geïmporteerde regels:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warnings (rows imported):</source>
        <translation>Waarschuwingen (regels wel geïmporteerd):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About the file:</source>
        <translation>Over het bestand:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--map needs COLUMN=FIELD, for example --map &quot;Soort=category&quot;</source>
        <translation>--map verwacht KOLOM=VELD, bijvoorbeeld --map &quot;Soort=category&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown field &apos;%1&apos; in --map; use one of: %2, or none</source>
        <translation>onbekend veld &apos;%1&apos; in --map; gebruik een van: %2, of none</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file has no column &apos;%1&apos; (its columns: %2)</source>
        <translation>het bestand heeft geen kolom &apos;%1&apos; (de kolommen zijn: %2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>(no number)</source>
        <translation>(geen nummer)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a list of thuiszitters (CSV or XLSX) into a new snapshot of the store. Every row is checked; rows with errors are not imported and are listed with the reason, the others are stored in one go (all or nothing). Fields the agreement does not allow for a row&apos;s category are not stored.</source>
        <translation>Een lijst met thuiszitters (CSV of XLSX) importeren als nieuwe lijst in het gegevensbestand. Elke regel wordt gecontroleerd; regels met fouten worden niet geïmporteerd en met de reden getoond, de andere worden in één keer opgeslagen (alles of niets). Gegevens die het convenant voor de categorie van een regel niet toestaat, worden niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The list to import (.csv or .xlsx).</source>
        <translation>De lijst die u wilt importeren (.csv of .xlsx).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+189"/>
        <location line="+78"/>
        <source>The store file.</source>
        <translation>Het gegevensbestand.</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>The list to import (instead of FILE).</source>
        <translation>De lijst die u wilt importeren (in plaats van FILE).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose list it is: ours (your own organisation&apos;s, the default) or theirs (a partner&apos;s).</source>
        <translation>Van wie de lijst is: ours (eigen lijst van uw organisatie, de standaard) of theirs (lijst van de partner).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who delivered the list. Lists of the same source are compared with each other. Default for ours: the organisation&apos;s name; required for theirs.</source>
        <translation>Wie de lijst heeft aangeleverd. Lijsten van dezelfde bron worden met elkaar vergeleken. Standaard voor ours: de naam van de organisatie; verplicht voor theirs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The list&apos;s reference date (YYYY-MM-DD). Default: a &apos;Peildatum&apos; above the header, else today.</source>
        <translation>De peildatum van de lijst (JJJJ-MM-DD). Standaard: een &apos;Peildatum&apos; boven de kolomnamen, anders vandaag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XLSX: the sheet to read (default: the first).</source>
        <translation>XLSX: het werkblad dat moet worden gelezen (standaard: het eerste).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One category for every row, for lists without a category column: absoluut, langdurig or vrijstelling_5a.</source>
        <translation>Eén categorie voor elke regel, voor lijsten zonder kolom met de categorie: absoluut, langdurig of vrijstelling_5a.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map the columns with this saved column mapping.</source>
        <translation>De kolommen koppelen met deze opgeslagen kolomkoppeling.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the column mapping under this name; a later list with the same columns uses it automatically.</source>
        <translation>De kolomkoppeling onder deze naam opslaan; een latere lijst met dezelfde kolommen gebruikt haar automatisch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map a column to a field, e.g. --map &quot;Soort=category&quot; or --map &quot;Opmerking=none&quot;. May be repeated.</source>
        <translation>Een kolom aan een veld koppelen, bijv. --map &quot;Soort=category&quot; of --map &quot;Opmerking=none&quot;. Mag vaker worden gegeven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the list and report, but store nothing.</source>
        <translation>De lijst controleren en verslag doen, maar niets opslaan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the rows that were not imported, with the reasons, to this CSV file (for Excel).</source>
        <translation>De regels die niet zijn geïmporteerd, met de redenen, naar dit CSV-bestand schrijven (voor Excel).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the report as a JSON object.</source>
        <translation>Het verslag als JSON-object tonen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields for --map: %1, none.
Exit code 0 when rows were imported (also when some were rejected: see the report), 1 when nothing was imported.</source>
        <translation>Velden voor --map: %1, none.
Afsluitcode 0 als er regels zijn geïmporteerd (ook als er regels zijn afgewezen: zie het verslag), 1 als er niets is geïmporteerd.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>give the file once: as FILE or with --file</source>
        <translation>geef het bestand één keer op: als FILE of met --file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing the file to import</source>
        <translation>het bestand om te importeren ontbreekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown side &apos;%1&apos;: use ours or theirs</source>
        <translation>onbekende kant &apos;%1&apos;: gebruik ours of theirs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--source NAME is required for a partner&apos;s list (--side theirs)</source>
        <translation>--source NAAM is verplicht voor een lijst van de partner (--side theirs)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--peildatum: %1</source>
        <translation>--peildatum: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the file %1 does not exist</source>
        <translation>het bestand %1 bestaat niet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The columns were mapped like this (change it with --map COLUMN=FIELD, or give --category):</source>
        <translation>De kolommen zijn zo gekoppeld (wijzig dit met --map KOLOM=VELD, of geef --category op):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing: %1% (%2 rows)</source>
        <translation>Importeren: %1% (%2 regels)</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Wrote %n rejected row(s) to %1.</source>
        <translation>
            <numerusform>%n afgewezen regel geschreven naar %1.</numerusform>
            <numerusform>%n afgewezen regels geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none of the rows could be imported</source>
        <translation>geen van de regels kon worden geïmporteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was imported: none of the %1 rows could be imported</source>
        <translation>er is niets geïmporteerd: geen van de %1 regels kon worden geïmporteerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: %1 snapshots list|diff [options]
The lists (snapshots) in a store: each import makes one.

Commands:
  list   List the snapshots: number, side, source, peildatum, counts, file
  diff   Show what changed in a snapshot since the previous one of the same source

Run &apos;%1 snapshots &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Gebruik: %1 snapshots list|diff [opties]
De lijsten (momentopnamen) in een gegevensbestand: elke import maakt er één.

Opdrachten:
  list   De lijsten tonen: nummer, kant, bron, peildatum, aantallen, bestand
  diff   Tonen wat er in een lijst is veranderd sinds de vorige lijst van dezelfde bron

Gebruik &apos;%1 snapshots &lt;opdracht&gt; --help&apos; voor de opties van een opdracht.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>missing command: list or diff</source>
        <translation>opdracht ontbreekt: list of diff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown command &apos;%1&apos;: use list or diff</source>
        <translation>onbekende opdracht &apos;%1&apos;: gebruik list of diff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;%1 snapshots --help&apos; for more information.</source>
        <translation>Gebruik &apos;%1 snapshots --help&apos; voor meer informatie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the lists (snapshots) in the store, oldest first.</source>
        <translation>De lijsten (momentopnamen) in het gegevensbestand tonen, oudste eerst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a JSON array instead of text.</source>
        <translation>Een JSON-array tonen in plaats van tekst.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No lists have been imported into this store yet.</source>
        <translation>Er zijn nog geen lijsten in dit gegevensbestand geïmporteerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ID</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation>Kant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peildatum</source>
        <translation>Peildatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported (UTC)</source>
        <translation>Geïmporteerd (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Show which children were added, removed or recorded differently in a list, compared with the previous list of the same side and source.</source>
        <translation>Tonen welke kinderen in een lijst zijn toegevoegd, verwijderd of anders vastgelegd, vergeleken met de vorige lijst van dezelfde kant en bron.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number of the list (see &apos;snapshots list&apos;).</source>
        <translation>Het nummer van de lijst (zie &apos;snapshots list&apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a JSON object instead of text.</source>
        <translation>Een JSON-object tonen in plaats van tekst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--snapshot needs the number of a list, like 3</source>
        <translation>--snapshot verwacht het nummer van een lijst, bijvoorbeeld 3</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Added:</source>
        <translation>Toegevoegd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed:</source>
        <translation>Verwijderd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded differently:</source>
        <translation>Anders vastgelegd:</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../core/importing/ImportField.cpp" line="+81"/>
        <source>(not imported)</source>
        <translation>(niet importeren)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BSN (or onderwijsnummer)</source>
        <translation>BSN (of onderwijsnummer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Onderwijsnummer</source>
        <translation>Onderwijsnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefix (tussenvoegsel)</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surname</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name (one column)</source>
        <translation>Volledige naam (één kolom)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>House number addition</source>
        <translation>Huisnummertoevoeging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address (street and number in one column)</source>
        <translation>Adres (straat en huisnummer in één kolom)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place of residence</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last known school</source>
        <translation>Laatst bekende school</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start date of absence</source>
        <translation>Startdatum verzuim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for absence</source>
        <translation>Reden van verzuim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of exemption</source>
        <translation>Datum vrijstelling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration of exemption</source>
        <translation>Duur vrijstelling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Involvement RBL / SWV</source>
        <translation>Betrokkenheid RBL / SWV</translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <location filename="../core/importing/ImportIssue.h" line="+35"/>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1, column %2: %3</source>
        <translation>Regel %1, kolom %2: %3</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../core/importing/ImportReport.cpp" line="+83"/>
        <source>Checked %1 rows of %2: %3 can be imported. Nothing was stored (dry run).</source>
        <translation>%1 regels van %2 gecontroleerd: %3 kunnen worden geïmporteerd. Er is niets opgeslagen (proefrun).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1 of %2 rows from %3 as list %4 (%5, source %6, peildatum %7).</source>
        <translation>%1 van %2 regels uit %3 geïmporteerd als lijst %4 (%5, bron %6, peildatum %7).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was imported from %1: none of its %2 rows could be imported. Fix the rows listed below in the source list and import it again.</source>
        <translation>Er is niets geïmporteerd uit %1: geen van de %2 regels kon worden geïmporteerd. Verbeter de hieronder genoemde regels in de bronlijst en importeer de lijst opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rejected: %1 rows. Warnings: %2. Repeated rows not stored twice: %3.</source>
        <translation>Afgewezen: %1 regels. Waarschuwingen: %2. Herhaalde regels niet dubbel opgeslagen: %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+21"/>
        <source>The rejected rows could not be written to %1: %2. Choose another folder.</source>
        <translation>De afgewezen regels konden niet naar %1 worden geschreven: %2. Kies een andere map.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Line in source file</source>
        <translation>Regel in bronbestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The import report could not be read from the store: %1</source>
        <translation>Het importverslag kon niet uit het gegevensbestand worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <location filename="../ui/importing/ImportTexts.cpp" line="+11"/>
        <source>Our own list</source>
        <translation>Eigen lijst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner&apos;s list</source>
        <translation>Lijst van de partner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Onderwijsnummer</source>
        <translation>Onderwijsnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surname</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place of residence</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last known school</source>
        <translation>Laatst bekende school</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start date of absence</source>
        <translation>Begindatum verzuim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for absence</source>
        <translation>Reden van verzuim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of exemption</source>
        <translation>Datum vrijstelling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration of exemption</source>
        <translation>Duur van vrijstelling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Involvement</source>
        <translation>Betrokkenheid</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Excel workbook (%1), sheet &quot;%2&quot;, column names in row %3.</source>
        <translation>Excel-werkmap (%1), werkblad &quot;%2&quot;, kolomnamen in rij %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file (%1), encoding %2, separated by %3, column names on line %4.</source>
        <translation>CSV-bestand (%1), codering %2, gescheiden door %3, kolomnamen op regel %4.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../core/importing/Importer.cpp" line="+111"/>
        <source>The file %1 does not exist. Check the name and the folder.</source>
        <translation>Het bestand %1 bestaat niet. Controleer de naam en de map.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file %1 cannot be read: %2. Close it in other programs and check that you may read it.</source>
        <translation>Het bestand %1 kan niet worden gelezen: %2. Sluit het in andere programma&apos;s en controleer of u het mag lezen.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>There is no saved column mapping named &quot;%1&quot;. Check the name, or import without it to let the program recognise the columns.</source>
        <translation>Er is geen opgeslagen kolomkoppeling met de naam &quot;%1&quot;. Controleer de naam, of importeer zonder kolomkoppeling zodat het programma de kolommen zelf herkent.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;%1&quot; is not a category of the agreement. Choose one of: %2.</source>
        <translation>&quot;%1&quot; is geen categorie uit het convenant. Kies een van: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name the source of this list (the partner that delivered it, for example &quot;SWV De Liemers&quot;), so that the next list from them can be compared with this one.</source>
        <translation>Geef de bron van deze lijst op (de partner die de lijst heeft aangeleverd, bijvoorbeeld &quot;SWV De Liemers&quot;), zodat de volgende lijst van die partner met deze kan worden vergeleken.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>The import was cancelled. Nothing was stored; the store is as it was.</source>
        <translation>De import is geannuleerd. Er is niets opgeslagen; het gegevensbestand is ongewijzigd.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The store is busy, so the list could not be imported. Try again in a moment.</source>
        <translation>Het gegevensbestand is bezig, dus de lijst kon niet worden geïmporteerd. Probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>This same file was imported before, on %1 as list %2 (%3, source %4).</source>
        <translation>Ditzelfde bestand is al eerder geïmporteerd, op %1 als lijst %2 (%3, bron %4).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The list could not be stored: %1. Nothing was imported; the store is unchanged.</source>
        <translation>De lijst kon niet worden opgeslagen: %1. Er is niets geïmporteerd; het gegevensbestand is ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>KeyDerivation</name>
    <message>
        <location filename="../core/crypto/KeyDerivation.cpp" line="+21"/>
        <source>The cryptographic library could not start.</source>
        <translation>De cryptografische bibliotheek kon niet worden gestart.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is too short to be a store.</source>
        <translation>Het bestand is te kort voor een InBeeld-gegevensbestand.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not enough memory to derive the key from the passphrase. Close other programs and try again.</source>
        <translation>Er is te weinig geheugen om de sleutel uit de wachtwoordzin af te leiden. Sluit andere programma&apos;s en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../core/secrets/InMemorySecretStore.cpp" line="+12"/>
        <source>The keychain of this computer is not available.</source>
        <translation>De sleutelbos van deze computer is niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../core/secrets/KeychainSecretStore.cpp" line="+32"/>
        <source>The keychain of this computer did not answer in time.</source>
        <translation>De sleutelbos van deze computer reageerde niet op tijd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain of this computer refused access.</source>
        <translation>De sleutelbos van deze computer weigerde de toegang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain of this computer is not available (%1).</source>
        <translation>De sleutelbos van deze computer is niet beschikbaar (%1).</translation>
    </message>
</context>
<context>
    <name>LabelStyle</name>
    <message>
        <location filename="../ui/common/LabelStyle.cpp" line="+25"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
</context>
<context>
    <name>LeftOutColumn</name>
    <message numerus="yes">
        <location filename="../core/importing/RowValidator.cpp" line="+86"/>
        <source>%1 left out for %n rows of category %2: the agreement does not allow it.</source>
        <translation>
            <numerusform>%1 weggelaten bij %n regel van categorie %2: het convenant staat dit niet toe.</numerusform>
            <numerusform>%1 weggelaten bij %n regels van categorie %2: het convenant staat dit niet toe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingProfiles</name>
    <message>
        <location filename="../core/importing/MappingProfiles.cpp" line="+16"/>
        <source>The saved column mappings could not be read or written: %1</source>
        <translation>De opgeslagen kolomkoppelingen konden niet worden gelezen of geschreven: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the column mapping a name, for example the source.</source>
        <translation>Geef de kolomkoppeling een naam, bijvoorbeeld de bron.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The column mapping was saved but could not be read back.</source>
        <translation>De kolomkoppeling is opgeslagen, maar kon niet worden teruggelezen.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../core/storage/Migrations.cpp" line="+136"/>
        <source>The store&apos;s schema version could not be read.</source>
        <translation>De schemaversie van het gegevensbestand kon niet worden gelezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This store was made by a newer version of InBeeld (schema %1; this program knows up to %2). Install the newer version to open it. The store has not been changed.</source>
        <translation>Dit gegevensbestand is gemaakt met een nieuwere versie van InBeeld (schema %1; dit programma kent tot en met schema %2). Installeer de nieuwere versie om het te openen. Het gegevensbestand is niet gewijzigd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <location line="+6"/>
        <source>The store could not be upgraded: %1</source>
        <translation>Het gegevensbestand kon niet worden bijgewerkt: %1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Upgrading the store to schema %1 failed; nothing was changed. Details: %2</source>
        <translation>Het bijwerken van het gegevensbestand naar schema %1 is mislukt; er is niets gewijzigd. Details: %2</translation>
    </message>
</context>
<context>
    <name>NotImportedColumn</name>
    <message>
        <location filename="../core/importing/ImportReport.cpp" line="-112"/>
        <source>Column &quot;%1&quot; was not imported: it is not mapped to a field of the agreement. Map it in the import if it holds one.</source>
        <translation>Kolom &quot;%1&quot; is niet geïmporteerd: hij is niet gekoppeld aan een veld uit het convenant. Koppel hem bij het importeren als hij zo&apos;n veld bevat.</translation>
    </message>
</context>
<context>
    <name>Onderwijsnummer</name>
    <message>
        <location filename="../core/domain/Onderwijsnummer.cpp" line="+18"/>
        <source>The onderwijsnummer is empty. Fill in the nine-digit number that starts with 10.</source>
        <translation>Het onderwijsnummer is leeg. Vul het nummer van negen cijfers in dat met 10 begint.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an onderwijsnummer: that is a number of nine digits starting with 10. Check the number in the source list.</source>
        <translation>&quot;%1&quot; is geen onderwijsnummer: dat is een nummer van negen cijfers dat met 10 begint. Controleer het nummer in de bronlijst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The onderwijsnummer %1 is not valid (it fails the check for typing errors). Check the number in the source list.</source>
        <translation>Het onderwijsnummer %1 is ongeldig (het voldoet niet aan de controle op tikfouten). Controleer het nummer in de bronlijst.</translation>
    </message>
</context>
<context>
    <name>PassphraseInput</name>
    <message>
        <location filename="../app/cli/PassphraseInput.cpp" line="+33"/>
        <source>there is no terminal to ask for the passphrase</source>
        <translation>er is geen terminal om naar de wachtwoordzin te vragen</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+116"/>
        <source>could not read from the terminal</source>
        <translation>kon niet lezen van de terminal</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+115"/>
        <source>the passphrase is too long (at most %1 bytes)</source>
        <translation>de wachtwoordzin is te lang (ten hoogste %1 bytes)</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+116"/>
        <source>no passphrase entered</source>
        <translation>geen wachtwoordzin ingevoerd</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no passphrase given and no terminal to ask for it: use %1 FILE or the environment variable %2</source>
        <translation>geen wachtwoordzin opgegeven en geen terminal om ernaar te vragen: gebruik %1 FILE of de omgevingsvariabele %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the two passphrases do not match</source>
        <translation>de twee wachtwoordzinnen zijn niet gelijk</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the new passphrase is not valid UTF-8 text</source>
        <translation>de nieuwe wachtwoordzin is geen geldige UTF-8-tekst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the passphrase is too short: use at least %1 characters (a few unrelated words make a strong passphrase that is easy to remember)</source>
        <translation>de wachtwoordzin is te kort: gebruik minstens %1 tekens (een paar losse woorden geven een sterke wachtwoordzin die makkelijk te onthouden is)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+16"/>
        <source>cannot read the passphrase file %1: %2</source>
        <translation>kan het wachtwoordzinbestand %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>warning: the passphrase file %1 is readable by other users</source>
        <translation>waarschuwing: het wachtwoordzinbestand %1 is leesbaar voor andere gebruikers</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the first line of the passphrase file %1 is too long (at most %2 bytes)</source>
        <translation>de eerste regel van het wachtwoordzinbestand %1 is te lang (ten hoogste %2 bytes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the passphrase file %1 is empty: its first line must hold the passphrase</source>
        <translation>het wachtwoordzinbestand %1 is leeg: de eerste regel moet de wachtwoordzin bevatten</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message numerus="yes">
        <location filename="../core/crypto/PassphraseStrength.cpp" line="+39"/>
        <source>Too short: use at least %n characters, for example a few unrelated words.</source>
        <translation>
            <numerusform>Te kort: gebruik minstens %n teken, bijvoorbeeld een paar losse woorden.</numerusform>
            <numerusform>Te kort: gebruik minstens %n tekens, bijvoorbeeld een paar losse woorden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weak: add more words or characters.</source>
        <translation>Zwak: voeg meer woorden of tekens toe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fair: a longer passphrase is harder to guess.</source>
        <translation>Redelijk: een langere wachtwoordzin is moeilijker te raden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
</context>
<context>
    <name>PersonName</name>
    <message>
        <location filename="../core/domain/PersonName.cpp" line="+153"/>
        <source>The surname is missing. Fill in the surname (achternaam) in the source list.</source>
        <translation>De achternaam ontbreekt. Vul de achternaam in de bronlijst in.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The surname &quot;%1&quot; contains a comma that is not followed by a prefix such as &quot;van der&quot;. Put first names and surname in their own columns, or write the surname like &quot;Berg, van der&quot;.</source>
        <translation>De achternaam &quot;%1&quot; bevat een komma zonder tussenvoegsel (zoals &quot;van der&quot;) erna. Zet voornamen en achternaam in aparte kolommen, of schrijf de achternaam als &quot;Berg, van der&quot;.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The name is empty. Fill in at least the surname.</source>
        <translation>De naam is leeg. Vul ten minste de achternaam in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name &quot;%1&quot; cannot be split into first names, prefix and surname. Write it as &quot;Berg, Jan van der&quot; or &quot;Jan van der Berg&quot;, or use separate columns.</source>
        <translation>De naam &quot;%1&quot; kan niet worden gesplitst in voornamen, tussenvoegsel en achternaam. Schrijf de naam als &quot;Berg, Jan van der&quot; of &quot;Jan van der Berg&quot;, of gebruik aparte kolommen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The name &quot;%1&quot; has a prefix on both sides of the comma. Check the name in the source list.</source>
        <translation>De naam &quot;%1&quot; heeft aan beide kanten van de komma een tussenvoegsel. Controleer de naam in de bronlijst.</translation>
    </message>
</context>
<context>
    <name>Postcode</name>
    <message>
        <location filename="../core/domain/Postcode.cpp" line="+13"/>
        <source>The postcode &quot;%1&quot; is not valid: %2 Check the address in the source list.</source>
        <translation>De postcode &quot;%1&quot; is ongeldig: %2 Controleer het adres in de bronlijst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The postcode is empty. Fill in a postcode like 1234 AB.</source>
        <translation>De postcode is leeg. Vul een postcode in zoals 1234 AB.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a postcode has four digits and two letters, like 1234 AB.</source>
        <translation>een postcode bestaat uit vier cijfers en twee letters, zoals 1234 AB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a postcode does not start with 0.</source>
        <translation>een postcode begint niet met 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the letters %1 are never used in postcodes.</source>
        <translation>de letters %1 worden nooit gebruikt in postcodes.</translation>
    </message>
</context>
<context>
    <name>PupilIdentifier</name>
    <message>
        <location filename="../core/domain/PupilIdentifier.cpp" line="+19"/>
        <source>No BSN or onderwijsnummer is filled in.</source>
        <translation>Er is geen BSN of onderwijsnummer ingevuld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; contains characters other than digits, so it is neither a BSN nor an onderwijsnummer. Check the number in the source list.</source>
        <translation>&quot;%1&quot; bevat andere tekens dan cijfers en is dus geen BSN en geen onderwijsnummer. Controleer het nummer in de bronlijst.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&quot;%1&quot; does not have nine digits like a BSN or onderwijsnummer (it has %n). Check the number in the source list.</source>
        <translation>
            <numerusform>&quot;%1&quot; heeft %n cijfer, maar een BSN of onderwijsnummer heeft er negen. Controleer het nummer in de bronlijst.</numerusform>
            <numerusform>&quot;%1&quot; heeft %n cijfers, maar een BSN of onderwijsnummer heeft er negen. Controleer het nummer in de bronlijst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The number %1 is neither a valid BSN nor a valid onderwijsnummer (it fails the elfproef, the check for typing errors). Check the number in the source list.</source>
        <translation>Het nummer %1 is geen geldig BSN en ook geen geldig onderwijsnummer (het voldoet niet aan de elfproef, de controle op tikfouten). Controleer het nummer in de bronlijst.</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <location filename="../core/domain/Role.cpp" line="+22"/>
        <source>Attendance office (RBL, leerplicht)</source>
        <translation>Leerplichtafdeling (RBL)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School partnership (SWV)</source>
        <translation>Samenwerkingsverband (SWV)</translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message>
        <location filename="../core/importing/RowValidator.cpp" line="+151"/>
        <source>There is no BSN or onderwijsnummer. The row is imported, and matching will treat it as &quot;probable&quot; (by name and date of birth). Add the number in the source list if it is known.</source>
        <translation>Er is geen BSN of onderwijsnummer. De regel wordt geïmporteerd en bij het vergelijken als &quot;waarschijnlijk&quot; behandeld (op naam en geboortedatum). Vul het nummer in de bronlijst in als het bekend is.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no BSN or onderwijsnummer, and no name with a date of birth, so the child cannot be identified. Fill in the BSN, or the name and date of birth, in the source list.</source>
        <translation>Er is geen BSN of onderwijsnummer, en ook geen naam met geboortedatum, dus het kind kan niet worden geïdentificeerd. Vul in de bronlijst het BSN in, of de naam en de geboortedatum.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 fails the elfproef (the check for typing errors), so it is neither a BSN nor an onderwijsnummer. Check the number in the source list.</source>
        <translation>%1 voldoet niet aan de elfproef (de controle op tikfouten) en is dus geen BSN en geen onderwijsnummer. Controleer het nummer in de bronlijst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 contains other characters than digits, so it is not a BSN or onderwijsnummer. Check the number in the source list.</source>
        <translation>%1 bevat andere tekens dan cijfers en is dus geen BSN of onderwijsnummer. Controleer het nummer in de bronlijst.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 has %n digits; a BSN or onderwijsnummer has nine (eight when the leading zero was dropped). Check the number in the source list.</source>
        <translation>
            <numerusform>%1 heeft %n cijfer; een BSN of onderwijsnummer heeft er negen (acht als de voorloopnul is weggevallen). Controleer het nummer in de bronlijst.</numerusform>
            <numerusform>%1 heeft %n cijfers; een BSN of onderwijsnummer heeft er negen (acht als de voorloopnul is weggevallen). Controleer het nummer in de bronlijst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The row has two different numbers (%1 and %2). Check which one belongs to the child in the source list.</source>
        <translation>De regel heeft twee verschillende nummers (%1 en %2). Controleer in de bronlijst welk nummer bij het kind hoort.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The name is missing. The row is imported by its number; fill in the name in the source list.</source>
        <translation>De naam ontbreekt. De regel wordt op nummer geïmporteerd; vul de naam in de bronlijst in.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The name &quot;%1&quot; contains a question mark or a replacement character where the export lost letters it could not write. Check the spelling, and export the list as UTF-8 if you can.</source>
        <translation>De naam &quot;%1&quot; bevat een vraagteken of een vervangingsteken op een plaats waar de export letters kwijtraakte die hij niet kon schrijven. Controleer de spelling, en exporteer de lijst zo mogelijk als UTF-8.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name was written with damaged letters (&quot;%1&quot;) and was repaired to &quot;%2&quot;. Check the spelling.</source>
        <translation>De naam was geschreven met beschadigde letters (&quot;%1&quot;) en is hersteld tot &quot;%2&quot;. Controleer de spelling.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The date of birth %1 lies after the peildatum of the list (%2), which is impossible. Check the date in the source list.</source>
        <translation>De geboortedatum %1 ligt na de peildatum van de lijst (%2); dat kan niet. Controleer de datum in de bronlijst.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>With date of birth %1 the child is %n years old on the peildatum (%2), outside the ages of %3 to %4 that the agreement is about. Check the date of birth in the source list.</source>
        <translation>
            <numerusform>Met geboortedatum %1 is het kind op de peildatum (%2) %n jaar oud, buiten de leeftijden van %3 tot %4 waarover het convenant gaat. Controleer de geboortedatum in de bronlijst.</numerusform>
            <numerusform>Met geboortedatum %1 is het kind op de peildatum (%2) %n jaar oud, buiten de leeftijden van %3 tot %4 waarover het convenant gaat. Controleer de geboortedatum in de bronlijst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The row is imported without the postcode.</source>
        <translation>De regel wordt zonder de postcode geïmporteerd.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The absence starts on %1, which is after today. Check the date in the source list; the row is imported as it is.</source>
        <translation>Het verzuim begint op %1, dat is na vandaag. Controleer de datum in de bronlijst; de regel wordt geïmporteerd zoals hij is.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>onderwijsnummer %1</source>
        <translation>onderwijsnummer %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BSN %1</source>
        <translation>BSN %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>name %1 and date of birth %2</source>
        <translation>naam %1 en geboortedatum %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This row repeats line %1 (same %2, same category), so it was not stored a second time. Remove the double row from the source list.</source>
        <translation>Deze regel herhaalt regel %1 (zelfde %2, zelfde categorie) en is daarom niet nog een keer opgeslagen. Verwijder de dubbele regel uit de bronlijst.</translation>
    </message>
</context>
<context>
    <name>SecretArguments</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+31"/>
        <source>refusing &apos;%1&apos;: passphrases are never taken from the command line, because it shows up in process lists and shell history.</source>
        <translation>&apos;%1&apos; geweigerd: een wachtwoordzin wordt nooit van de opdrachtregel genomen, omdat die zichtbaar is in proceslijsten en in de geschiedenis van de shell.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the passphrase with --passphrase-file FILE (first line of the file), the environment variable INBEELD_PASSPHRASE, or type it at the prompt. A new passphrase for &apos;passwd&apos; comes from --new-passphrase-file FILE, INBEELD_NEW_PASSPHRASE or the prompt.</source>
        <translation>Geef de wachtwoordzin met --passphrase-file FILE (eerste regel van het bestand), de omgevingsvariabele INBEELD_PASSPHRASE, of typ hem in wanneer erom gevraagd wordt. Een nieuwe wachtwoordzin voor &apos;passwd&apos; komt uit --new-passphrase-file FILE, INBEELD_NEW_PASSPHRASE of de vraag op de terminal.</translation>
    </message>
</context>
<context>
    <name>SnapshotDiff</name>
    <message>
        <location filename="../core/importing/SnapshotDiff.cpp" line="+242"/>
        <source>List %1 is the first list of source %2 (%3): all %4 children are new.</source>
        <translation>Lijst %1 is de eerste lijst van bron %2 (%3): alle %4 kinderen zijn nieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Since list %1 of %2: %3 added, %4 removed, %5 changed, %6 unchanged.</source>
        <translation>Sinds lijst %1 van %2: %3 toegevoegd, %4 verwijderd, %5 gewijzigd, %6 ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>SnapshotWriter</name>
    <message>
        <location filename="../core/importing/SnapshotWriter.cpp" line="+29"/>
        <location line="+8"/>
        <source>The list could not be stored: %1. Nothing was imported; the store is unchanged.</source>
        <translation>De lijst kon niet worden opgeslagen: %1. Er is niets geïmporteerd; het gegevensbestand is ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <location filename="../core/storage/Snapshots.cpp" line="+37"/>
        <source>The lists in the store could not be read: %1</source>
        <translation>De lijsten in het gegevensbestand konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There is no list (snapshot) with number %1 in this store. List the snapshots to see their numbers.</source>
        <translation>Er is geen lijst (momentopname) met nummer %1 in dit gegevensbestand. Toon de momentopnamen om hun nummers te zien.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../core/storage/Store.cpp" line="+52"/>
        <source>This store is already open in another InBeeld window (process %1 on %2). Close it there first; a store is never opened twice at the same time.</source>
        <translation>Dit gegevensbestand is al geopend in een ander InBeeld-venster (proces %1 op %2). Sluit het daar eerst; een gegevensbestand wordt nooit twee keer tegelijk geopend.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this computer</source>
        <translation>deze computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lock file next to the store could not be created (%1). Check that the folder is writable.</source>
        <translation>Het vergrendelingsbestand naast het gegevensbestand kon niet worden aangemaakt (%1). Controleer of u in de map mag schrijven.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The passphrase is not correct for this store. Check it and try again (mind Caps Lock).</source>
        <translation>De wachtwoordzin klopt niet voor dit gegevensbestand. Controleer hem en probeer het opnieuw (let op Caps Lock).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The encryption library (SQLCipher 4) is not available, so the store cannot be opened safely. Reinstall InBeeld.</source>
        <translation>De versleutelingsbibliotheek (SQLCipher 4) is niet beschikbaar, dus het gegevensbestand kan niet veilig worden geopend. Installeer InBeeld opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store could not be opened: %1</source>
        <translation>Het gegevensbestand kon niet worden geopend: %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Enter the name of the organisation.</source>
        <translation>Vul de naam van de organisatie in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a file at %1. Choose another name or folder; an existing file is never overwritten.</source>
        <translation>Er staat al een bestand op %1. Kies een andere naam of map; een bestaand bestand wordt nooit overschreven.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder %1 could not be created.</source>
        <translation>De map %1 kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+15"/>
        <source>The store could not be set up: %1</source>
        <translation>Het gegevensbestand kon niet worden ingericht: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The store file was not encrypted as expected, so it was removed again. Reinstall InBeeld (SQLCipher 4 is needed).</source>
        <translation>Het gegevensbestand was niet versleuteld zoals verwacht en is daarom weer verwijderd. Installeer InBeeld opnieuw (SQLCipher 4 is nodig).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The store could not be saved as %1.</source>
        <translation>Het gegevensbestand kon niet worden opgeslagen als %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>There is no store at %1. It may have been moved or deleted.</source>
        <translation>Er is geen gegevensbestand op %1. Misschien is het verplaatst of verwijderd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an encrypted InBeeld store. Choose the store file (it was made by InBeeld during setup).</source>
        <translation>%1 is geen versleuteld InBeeld-gegevensbestand. Kies het gegevensbestand (InBeeld heeft het bij het instellen aangemaakt).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The remembered key does not fit this store.</source>
        <translation>De onthouden sleutel past niet bij dit gegevensbestand.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This store is newer than this program.</source>
        <translation>Dit gegevensbestand is nieuwer dan dit programma.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The store opened, but its contents could not be read: %1</source>
        <translation>Het gegevensbestand is geopend, maar de inhoud kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The store opened, but it does not describe its organisation. It may be damaged; restore a backup.</source>
        <translation>Het gegevensbestand is geopend, maar de gegevens van de organisatie ontbreken. Misschien is het beschadigd; zet een reservekopie terug.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The current passphrase is not correct.</source>
        <translation>De huidige wachtwoordzin klopt niet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The store is not open.</source>
        <translation>Het gegevensbestand is niet geopend.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passphrase could not be changed; the old one still applies. Details: %1</source>
        <translation>De wachtwoordzin kon niet worden gewijzigd; de oude geldt nog steeds. Details: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A backup cannot replace the store itself. Choose another file.</source>
        <translation>Een reservekopie kan niet over het gegevensbestand zelf heen worden geschreven. Kies een ander bestand.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The store is busy; try the backup again.</source>
        <translation>Het gegevensbestand is bezig; probeer de reservekopie opnieuw te maken.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup could not be written to %1: %2</source>
        <translation>De reservekopie kon niet worden geschreven naar %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup at %1 could not be read back, so it was removed. Try another location.</source>
        <translation>De reservekopie op %1 kon niet worden teruggelezen en is daarom verwijderd. Probeer een andere locatie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not an InBeeld store backup.</source>
        <translation>%1 is geen reservekopie van een InBeeld-gegevensbestand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup is the store itself. Choose a backup file.</source>
        <translation>Het gekozen bestand is het gegevensbestand zelf. Kies een reservekopie.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This backup was made by a newer version of InBeeld. Install that version to restore it.</source>
        <translation>Deze reservekopie is gemaakt met een nieuwere versie van InBeeld. Installeer die versie om de reservekopie terug te zetten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup is damaged and cannot be restored.</source>
        <translation>Deze reservekopie is beschadigd en kan niet worden teruggezet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The current store could not be kept as %1, so nothing was restored.</source>
        <translation>Het huidige gegevensbestand kon niet worden bewaard als %1, dus er is niets teruggezet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup could not be copied into place: %1. The current store was not changed.</source>
        <translation>De reservekopie kon niet op zijn plaats worden gekopieerd: %1. Het huidige gegevensbestand is niet gewijzigd.</translation>
    </message>
</context>
<context>
    <name>StoreAccess</name>
    <message>
        <location filename="../app/cli/StoreAccess.cpp" line="+24"/>
        <source>no store found at %1</source>
        <translation>geen gegevensbestand gevonden op %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a file</source>
        <translation>%1 is geen bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an InBeeld store</source>
        <translation>%1 is geen InBeeld-gegevensbestand</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase for %1: </source>
        <translation>Wachtwoordzin voor %1: </translation>
    </message>
</context>
<context>
    <name>StoreCommands</name>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="+41"/>
        <source>Create a new encrypted store for an organisation. The passphrase must have at least %1 characters and cannot be recovered: without it, nobody can open the store.</source>
        <translation>Een nieuw versleuteld gegevensbestand voor een organisatie aanmaken. De wachtwoordzin moet minstens %1 tekens hebben en is niet te herstellen: zonder de wachtwoordzin kan niemand het gegevensbestand openen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to create the store file; the file must not exist yet.</source>
        <translation>Waar het gegevensbestand komt; het bestand mag nog niet bestaan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the organisation, for example &quot;RBL Midden-Gelre&quot;.</source>
        <translation>Naam van de organisatie, bijvoorbeeld &quot;RBL Midden-Gelre&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organisation&apos;s role in the agreement: rbl (regional attendance office) or swv (school partnership).</source>
        <translation>De rol van de organisatie in het convenant: rbl (Regionaal Bureau Leerlingzaken, leerplicht) of swv (samenwerkingsverband passend onderwijs).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agreement (convenant) profile. Default: %1. Available: %2.</source>
        <translation>Het profiel van het convenant. Standaard: %1. Beschikbaar: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  At the terminal the new passphrase is asked twice.</source>
        <translation>  Op de terminal wordt de nieuwe wachtwoordzin twee keer gevraagd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the organisation name is empty</source>
        <translation>de naam van de organisatie is leeg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown role &apos;%1&apos;: use rbl or swv</source>
        <translation>onbekende rol &apos;%1&apos;: gebruik rbl of swv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no agreement profiles are built into this program</source>
        <translation>dit programma bevat geen convenantprofielen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown agreement &apos;%1&apos;; available: %2</source>
        <translation>onbekend convenant &apos;%1&apos;; beschikbaar: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists; choose another file name (init never overwrites a file)</source>
        <translation>%1 bestaat al; kies een andere bestandsnaam (init overschrijft nooit een bestand)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+122"/>
        <source>New passphrase for %1: </source>
        <translation>Nieuwe wachtwoordzin voor %1: </translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+122"/>
        <source>Repeat the new passphrase: </source>
        <translation>Herhaal de nieuwe wachtwoordzin: </translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Created store %1 for %2 (role %3).</source>
        <translation>Gegevensbestand %1 aangemaakt voor %2 (rol %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the organisation, agreement and state of a store.</source>
        <translation>De organisatie, het convenant en de toestand van een gegevensbestand tonen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <location line="+53"/>
        <source>The store file.</source>
        <translation>Het gegevensbestand.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Print a JSON object instead of text.</source>
        <translation>Een JSON-object tonen in plaats van tekst.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Store:</source>
        <translation>Gegevensbestand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement:</source>
        <translation>Convenant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store ID:</source>
        <translation>ID gegevensbestand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Aangemaakt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version:</source>
        <translation>Schemaversie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLCipher version:</source>
        <translation>SQLCipher-versie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit entries:</source>
        <translation>Regels in auditlog:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists (snapshots):</source>
        <translation>Lijsten (momentopnamen):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records:</source>
        <translation>Gegevens:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change the passphrase of a store. The store is re-encrypted under the new passphrase; backups made earlier keep the passphrase they were made with.</source>
        <translation>De wachtwoordzin van een gegevensbestand wijzigen. Het gegevensbestand wordt opnieuw versleuteld met de nieuwe wachtwoordzin; eerder gemaakte reservekopieën houden de wachtwoordzin waarmee ze zijn gemaakt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the new passphrase from the first line of FILE (keep the file private).</source>
        <translation>De nieuwe wachtwoordzin lezen uit de eerste regel van FILE (houd het bestand privé).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New passphrase:
  Taken from, in this order: the first line of --new-passphrase-file FILE, the
  environment variable INBEELD_NEW_PASSPHRASE, or a prompt on the terminal (asked twice).
  It must have at least %1 characters.</source>
        <translation>Nieuwe wachtwoordzin:
  Komt, in deze volgorde, uit: de eerste regel van --new-passphrase-file FILE, de
  omgevingsvariabele INBEELD_NEW_PASSPHRASE, of een vraag op de terminal (twee keer).
  Hij moet minstens %1 tekens hebben.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the new passphrase is the same as the current one</source>
        <translation>de nieuwe wachtwoordzin is gelijk aan de huidige</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed the passphrase of %1.</source>
        <translation>De wachtwoordzin van %1 is gewijzigd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write an encrypted copy of a store to FILE. The copy opens with the passphrase the store has now.</source>
        <translation>Een versleutelde kopie van een gegevensbestand naar FILE schrijven. De kopie opent met de wachtwoordzin die het gegevensbestand nu heeft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to write the backup; the file must not exist yet.</source>
        <translation>Waar de reservekopie komt; het bestand mag nog niet bestaan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--output must name another file than --store</source>
        <translation>--output moet een ander bestand zijn dan --store</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists; choose another file name (backup never overwrites a file)</source>
        <translation>%1 bestaat al; kies een andere bestandsnaam (backup overschrijft nooit een bestand)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote a backup of %1 to %2.</source>
        <translation>Reservekopie van %1 geschreven naar %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replace a store with a backup, after proving that the passphrase opens the backup. The replaced store is kept beside it with the extension .before-restore. The store must not be open in another program.</source>
        <translation>Een gegevensbestand vervangen door een reservekopie, nadat is vastgesteld dat de wachtwoordzin de reservekopie opent. Het vervangen gegevensbestand blijft ernaast bewaard met de extensie .before-restore. Het gegevensbestand mag niet open zijn in een ander programma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store file to replace (or to create, when it does not exist).</source>
        <translation>Het gegevensbestand dat vervangen wordt (of aangemaakt, als het niet bestaat).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup file to restore.</source>
        <translation>De reservekopie die teruggezet wordt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  The passphrase is the one of the backup.</source>
        <translation>  De wachtwoordzin is die van de reservekopie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--input must name another file than --store</source>
        <translation>--input moet een ander bestand zijn dan --store</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase of the backup %1: </source>
        <translation>Wachtwoordzin van de reservekopie %1: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored %1 from %2; the previous store was kept as %3.</source>
        <translation>%1 teruggezet uit %2; het vorige gegevensbestand is bewaard als %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored %1 from %2.</source>
        <translation>%1 teruggezet uit %2.</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <location filename="../core/storage/StoreOpener.cpp" line="+28"/>
        <source>The key remembered on this computer no longer fits this store, so it was forgotten. Enter the passphrase.</source>
        <translation>De sleutel die op deze computer was onthouden, past niet meer bij dit gegevensbestand en is daarom vergeten. Voer de wachtwoordzin in.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The store is open, but its key could not be remembered on this computer: %1 You will be asked for the passphrase next time.</source>
        <translation>Het gegevensbestand is geopend, maar de sleutel kon niet op deze computer worden onthouden: %1 De volgende keer wordt u om de wachtwoordzin gevraagd.</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <location filename="../core/importing/TableReader.cpp" line="+104"/>
        <source>The file contains no rows. Check that you chose the right file (or sheet).</source>
        <translation>Het bestand bevat geen rijen. Controleer of u het juiste bestand (of werkblad) hebt gekozen.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <location filename="../core/importing/XlsxReader.cpp" line="+191"/>
        <source>The file</source>
        <translation>Het bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 does not exist. Check the name and the folder.</source>
        <translation>Het bestand %1 bestaat niet. Controleer de naam en de map.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an Excel workbook (XLSX): it is not a readable ZIP archive. If it is an old .xls workbook, save it in the spreadsheet program as .xlsx or as CSV first.</source>
        <translation>%1 is geen Excel-werkmap (XLSX): het is geen leesbaar ZIP-archief. Is het een oude .xls-werkmap, sla die dan eerst in het spreadsheetprogramma op als .xlsx of als CSV.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The workbook is damaged: the part %1 cannot be read (line %2: %3). Open the workbook in the spreadsheet program, save it again and import the saved copy.</source>
        <translation>De werkmap is beschadigd: het onderdeel %1 kan niet worden gelezen (regel %2: %3). Open de werkmap in het spreadsheetprogramma, sla hem opnieuw op en importeer de opgeslagen kopie.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The file is a ZIP archive but not an Excel workbook (it has no workbook part). Choose an .xlsx file saved by a spreadsheet program.</source>
        <translation>Het bestand is een ZIP-archief, maar geen Excel-werkmap (het werkmaponderdeel ontbreekt). Kies een .xlsx-bestand dat met een spreadsheetprogramma is opgeslagen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The workbook contains no worksheets. Check that you chose the right file.</source>
        <translation>De werkmap bevat geen werkbladen. Controleer of u het juiste bestand hebt gekozen.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The workbook has no sheet named &quot;%1&quot;. Its sheets are: %2. Choose one of these.</source>
        <translation>De werkmap heeft geen werkblad met de naam &quot;%1&quot;. De werkbladen zijn: %2. Kies een daarvan.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The workbook is damaged: the sheet &quot;%1&quot; is missing from it. Open the workbook in the spreadsheet program, save it again and import the saved copy.</source>
        <translation>De werkmap is beschadigd: het werkblad &quot;%1&quot; ontbreekt. Open de werkmap in het spreadsheetprogramma, sla hem opnieuw op en importeer de opgeslagen kopie.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The workbook is damaged: row %1 of sheet &quot;%2&quot; has an invalid cell reference &quot;%3&quot;. Open the workbook in the spreadsheet program, save it again and import the saved copy.</source>
        <translation>De werkmap is beschadigd: rij %1 van werkblad &quot;%2&quot; heeft een ongeldige celverwijzing &quot;%3&quot;. Open de werkmap in het spreadsheetprogramma, sla hem opnieuw op en importeer de opgeslagen kopie.</translation>
    </message>
</context>
<context>
    <name>inbeeld::AuditLogModel</name>
    <message>
        <location filename="../ui/audit/AuditLogModel.cpp" line="+66"/>
        <source>Entry %1 (%2), chain hash %3</source>
        <translation>Regel %1 (%2), ketenhash %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Toelichting</translation>
    </message>
</context>
<context>
    <name>inbeeld::AuditLogPage</name>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="+20"/>
        <source>&amp;Refresh</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify audit log</source>
        <translation>Auditlog &amp;controleren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>InBeeld records every unlock, change, import and export in this log. Each entry is chained to the one before it, so a changed or removed entry is detected when you verify the log.</source>
        <translation>InBeeld legt elke ontgrendeling, wijziging, import en export vast in dit log. Elke regel is gekoppeld aan de regel ervoor, zodat een gewijzigde of verwijderde regel wordt ontdekt wanneer u het log controleert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The audit log cannot be read. %1</source>
        <translation>Het auditlog kan niet worden gelezen. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The audit log is intact: all %n entries are chained correctly.</source>
        <translation>
            <numerusform>Het auditlog is intact: %n regel, correct in de keten opgenomen.</numerusform>
            <numerusform>Het auditlog is intact: alle %n regels zijn correct aan elkaar gekoppeld.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log has been changed outside InBeeld. %1 Keep the store and its backups as they are and report this to your privacy officer.</source>
        <translation>Het auditlog is buiten InBeeld gewijzigd. %1 Laat het gegevensbestand en de reservekopieën zoals ze zijn en meld dit bij uw privacyfunctionaris.</translation>
    </message>
</context>
<context>
    <name>inbeeld::ChangePassphraseDialog</name>
    <message>
        <location filename="../ui/passphrase/ChangePassphraseDialog.cpp" line="+27"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current passphrase</source>
        <translation>Huidige wachtwoordzin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After the change, the store only opens with the new passphrase. Backups made before keep their old passphrase.</source>
        <translation>Na de wijziging opent het gegevensbestand alleen nog met de nieuwe wachtwoordzin. Eerder gemaakte reservekopieën houden hun oude wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>H&amp;uidige wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The new passphrase is the same as the current one. Choose a different passphrase.</source>
        <translation>De nieuwe wachtwoordzin is gelijk aan de huidige. Kies een andere wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changing the passphrase. This takes a few seconds…</source>
        <translation>De wachtwoordzin wordt gewijzigd. Dit duurt een paar seconden…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The current passphrase is not correct. Nothing was changed. Type it again.</source>
        <translation>De huidige wachtwoordzin klopt niet. Er is niets gewijzigd. Typ hem opnieuw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase was not changed. %1</source>
        <translation>De wachtwoordzin is niet gewijzigd. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase has been changed. Use the new passphrase from now on.</source>
        <translation>De wachtwoordzin is gewijzigd. Gebruik vanaf nu de nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase has been changed. %1</source>
        <translation>De wachtwoordzin is gewijzigd. %1</translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportDonePage</name>
    <message>
        <location filename="../ui/importing/ImportDonePage.cpp" line="+21"/>
        <source>The list has been imported</source>
        <translation>De lijst is geïmporteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is on the Lists tab, with its report. The rows that were not imported can be exported there too.</source>
        <translation>De lijst staat op het tabblad Lijsten, met het verslag. Daar kunt u ook de regels exporteren die niet zijn geïmporteerd.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Children added, removed or changed since the previous list</source>
        <translation>Kinderen die zijn toegevoegd, verwijderd of gewijzigd sinds de vorige lijst</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The changes since the previous list could not be shown. %1</source>
        <translation>De wijzigingen sinds de vorige lijst konden niet worden getoond. %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the first list of %1 in this store. The next list of this source will be compared with it.</source>
        <translation>Dit is de eerste lijst van %1 in dit gegevensbestand. De volgende lijst van deze bron wordt ermee vergeleken.</translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportFilePage</name>
    <message>
        <location filename="../ui/importing/ImportFilePage.cpp" line="+31"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Our own list (%1)</source>
        <translation>E&amp;igen lijst (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;partner&apos;s list</source>
        <translation>Lijst van de &amp;partner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the list</source>
        <translation>Kies de lijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV or Excel (XLSX) file as your administration or a partner delivered it. Nothing is stored until you confirm the import at the end.</source>
        <translation>Een CSV- of Excel-bestand (XLSX) zoals uw administratie of een partner het heeft aangeleverd. Er wordt niets opgeslagen tot u de import aan het eind bevestigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file of the list, for example thuiszitters-2026-q3.csv</source>
        <translation>het bestand van de lijst, bijvoorbeeld thuiszitters-2026-q3.csv</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>None: the list has a column with the category</source>
        <translation>Geen: de lijst heeft een kolom met de categorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every row is %1</source>
        <translation>Elke regel is %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for a list that holds one kind of thuiszitters and has no column that says which.</source>
        <translation>Alleen voor een lijst met één soort thuiszitters en zonder kolom die aangeeft welke.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File:</source>
        <translation>Bes&amp;tand:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;heet:</source>
        <translation>&amp;Werkblad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Source:</source>
        <translation>B&amp;ron:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;eildatum:</source>
        <translation>P&amp;eildatum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date the list is about (its reference date).</source>
        <translation>De datum waarover de lijst gaat (de peildatum).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Whose list:</source>
        <translation>Van wie:</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>As the file says above its columns.</source>
        <translation>Zoals in het bestand boven de kolommen staat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file does not say; check this date.</source>
        <translation>Het bestand vermeldt dit niet; controleer deze datum.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A later list of the same source is compared with this one.</source>
        <translation>Een latere lijst van dezelfde bron wordt met deze vergeleken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example: SWV De Liemers</source>
        <translation>bijvoorbeeld: SWV De Liemers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required: the partner that delivered the list. A later list of the same partner is compared with this one.</source>
        <translation>Verplicht: de partner die de lijst heeft aangeleverd. Een latere lijst van dezelfde partner wordt met deze vergeleken.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the list to import</source>
        <translation>Kies de lijst die u wilt importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Lijsten (*.csv *.xlsx);;CSV-bestanden (*.csv);;Excel-werkmappen (*.xlsx);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportIssueModel</name>
    <message>
        <location filename="../ui/importing/ImportIssueModel.cpp" line="+101"/>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error: row not imported</source>
        <translation>Fout: regel niet geïmporteerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem and what to do</source>
        <translation>Probleem en wat u kunt doen</translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportMappingPage</name>
    <message>
        <location filename="../ui/importing/ImportMappingPage.cpp" line="+49"/>
        <source>&amp;Remember this mapping for lists with these columns, as:</source>
        <translation>Deze kolomkoppeling &amp;onthouden voor lijsten met deze kolommen, als:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the columns</source>
        <translation>Controleer de kolommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say for each column of the file what it holds. Columns set to &quot;(not imported)&quot; are left out of the store.</source>
        <translation>Geef voor elke kolom van het bestand aan wat erin staat. Kolommen die op &quot;(niet importeren)&quot; staan, komen niet in het gegevensbestand.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name of the saved mapping</source>
        <translation>Naam van de opgeslagen kolomkoppeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: Leerplichtpakket export</source>
        <translation>bijvoorbeeld: Leerplichtpakket-export</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples from the file</source>
        <translation>Voorbeelden uit het bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Columns of the file and what they are imported as</source>
        <translation>Kolommen van het bestand en hoe ze worden geïmporteerd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First rows of the file</source>
        <translation>Eerste rijen van het bestand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First rows of the &amp;file, as they will be read:</source>
        <translation>Eerste rijen van het &amp;bestand, zoals ze worden gelezen:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The columns are mapped as you chose before.</source>
        <translation>De kolommen zijn gekoppeld zoals u eerder hebt gekozen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The columns are mapped as saved in &quot;%1&quot; for lists with these columns. Check them below.</source>
        <translation>De kolommen zijn gekoppeld zoals opgeslagen in &quot;%1&quot; voor lijsten met deze kolommen. Controleer ze hieronder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>InBeeld recognised %1 of the %2 columns by their names. Check the choices below.</source>
        <translation>InBeeld heeft %1 van de %2 kolommen aan hun naam herkend. Controleer de keuzes hieronder.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Import column %1 as</source>
        <translation>Kolom %1 importeren als</translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportPreviewModel</name>
    <message>
        <location filename="../ui/importing/ImportPreviewModel.cpp" line="+77"/>
        <source>Line in the file</source>
        <translation>Regel in het bestand</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not imported</source>
        <translation>niet geïmporteerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column &quot;%1&quot; is not imported.</source>
        <translation>Kolom &quot;%1&quot; wordt niet geïmporteerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column &quot;%1&quot; is imported as %2.</source>
        <translation>Kolom &quot;%1&quot; wordt geïmporteerd als %2.</translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportProgressDialog</name>
    <message>
        <location filename="../ui/importing/ImportProgressDialog.cpp" line="+18"/>
        <source>Checking the list</source>
        <translation>De lijst wordt gecontroleerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing the list</source>
        <translation>De lijst wordt geïmporteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking %1…</source>
        <translation>%1 wordt gecontroleerd…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing %1…</source>
        <translation>%1 wordt geïmporteerd…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking %1…
%2 rows checked</source>
        <translation>%1 wordt gecontroleerd…
%2 regels gecontroleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing %1…
%2 rows read</source>
        <translation>%1 wordt geïmporteerd…
%2 regels gelezen</translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportReportDialog</name>
    <message>
        <location filename="../ui/importing/ImportReportDialog.cpp" line="+18"/>
        <source>Import report of list %1</source>
        <translation>Importverslag van lijst %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 · source %3 · peildatum %4</source>
        <translation>%1 · %2 · bron %3 · peildatum %4</translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportReportPage</name>
    <message>
        <location filename="../ui/importing/ImportReportPage.cpp" line="+18"/>
        <source>Check the report</source>
        <translation>Controleer het verslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InBeeld has checked every row. Rows with an error are not imported; export them to fix them in the source list. Rows with a warning are imported; check them.</source>
        <translation>InBeeld heeft elke regel gecontroleerd. Regels met een fout worden niet geïmporteerd; exporteer ze om ze in de bronlijst te verbeteren. Regels met een waarschuwing worden wel geïmporteerd; controleer ze.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>None of the rows can be imported. Fix the rows in the source list, or go back and check the columns.</source>
        <translation>Geen van de regels kan worden geïmporteerd. Verbeter de regels in de bronlijst, of ga terug en controleer de kolommen.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&amp;Import %n valid rows</source>
        <translation>
            <numerusform>%n geldige regel &amp;importeren</numerusform>
            <numerusform>%n geldige regels &amp;importeren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to import</source>
        <translation>Niets te importeren</translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportReportView</name>
    <message>
        <location filename="../ui/importing/ImportReportView.cpp" line="+30"/>
        <source>&amp;Export rejected rows…</source>
        <translation>Afgewezen regels &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write the rows that were not imported, with their problems, to a CSV file that Excel opens, so they can be fixed in the source list.</source>
        <translation>De regels die niet zijn geïmporteerd, met hun problemen, naar een CSV-bestand schrijven dat Excel kan openen, zodat ze in de bronlijst kunnen worden verbeterd.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Problems found in the list</source>
        <translation>Gevonden problemen in de lijst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>All problems (%1)</source>
        <translation>Alle problemen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors: rows not imported (%1)</source>
        <translation>Fouten: regels niet geïmporteerd (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings: rows imported (%1)</source>
        <translation>Waarschuwingen: regels wel geïmporteerd (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns left out (%1)</source>
        <translation>Weggelaten kolommen (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No problems of this kind.</source>
        <translation>Geen problemen van deze soort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value in the list: %1</source>
        <translation>Waarde in de lijst: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export rejected rows</source>
        <translation>Afgewezen regels exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1-rejected.csv</source>
        <translation>%1-afgewezen.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n rejected rows written to %1. Fix them in the source list and import the list again.</source>
        <translation>
            <numerusform>%n afgewezen regel geschreven naar %1. Verbeter deze in de bronlijst en importeer de lijst opnieuw.</numerusform>
            <numerusform>%n afgewezen regels geschreven naar %1. Verbeter ze in de bronlijst en importeer de lijst opnieuw.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportWizard</name>
    <message>
        <location filename="../ui/importing/ImportWizard.cpp" line="+31"/>
        <source>Import a list</source>
        <translation>Een lijst importeren</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>The check was cancelled. Nothing was stored. Press Next to check the list again.</source>
        <translation>De controle is geannuleerd. Er is niets opgeslagen. Klik op Volgende om de lijst opnieuw te controleren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list could not be checked. %1</source>
        <translation>De lijst kon niet worden gecontroleerd. %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The import was cancelled. Nothing was stored: the store is as it was before. Press the import button to start again.</source>
        <translation>De import is geannuleerd. Er is niets opgeslagen: het gegevensbestand is zoals het was. Klik op de importknop om opnieuw te beginnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The list was not imported. %1</source>
        <translation>De lijst is niet geïmporteerd. %1</translation>
    </message>
</context>
<context>
    <name>inbeeld::LocationPage</name>
    <message>
        <location filename="../ui/setup/LocationPage.cpp" line="+20"/>
        <source>Br&amp;owse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to keep the store</source>
        <translation>Plaats van het gegevensbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store is one encrypted file. Keep it on this computer or on a drive your organisation backs up.</source>
        <translation>Het gegevensbestand is één versleuteld bestand. Bewaar het op deze computer of op een schijf waarvan uw organisatie reservekopieën maakt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Store &amp;file:</source>
        <translation>&amp;Gegevensbestand:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>InBeeld never overwrites an existing file. Make a backup of the store regularly (File, Back up store…) and keep the backup somewhere else.</source>
        <translation>InBeeld overschrijft nooit een bestaand bestand. Maak regelmatig een reservekopie van het gegevensbestand (Bestand, Reservekopie maken…) en bewaar die ergens anders.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A file with this name already exists. Choose another name or folder: InBeeld never overwrites a file.</source>
        <translation>Er bestaat al een bestand met deze naam. Kies een andere naam of map: InBeeld overschrijft nooit een bestand.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder %1 cannot be created. Choose a folder where you may save files.</source>
        <translation>De map %1 kan niet worden aangemaakt. Kies een map waarin u bestanden mag opslaan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose where to keep the store</source>
        <translation>Kies waar het gegevensbestand komt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InBeeld stores (*.inbeeld);;All files (*)</source>
        <translation>InBeeld-gegevensbestanden (*.inbeeld);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>inbeeld::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+48"/>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lists</source>
        <translation>&amp;Lijsten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log</source>
        <translation>&amp;Auditlog</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the store and ask for the passphrase before showing it again.</source>
        <translation>Het gegevensbestand sluiten en pas na invoer van de wachtwoordzin weer tonen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import list…</source>
        <translation>Lijst &amp;importeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a list of thuiszitters from a CSV or Excel file: yours or a partner&apos;s.</source>
        <translation>Een lijst met thuiszitters importeren uit een CSV- of Excel-bestand: uw eigen lijst of een lijst van de partner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up store…</source>
        <translation>&amp;Reservekopie maken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an encrypted copy of the store, for example to a drive that is backed up.</source>
        <translation>Een versleutelde kopie van het gegevensbestand maken, bijvoorbeeld op een schijf waarvan reservekopieën worden gemaakt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Terugzetten uit reservekopie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the store by a backup; the current store is kept beside it.</source>
        <translation>Het gegevensbestand vervangen door een reservekopie; het huidige gegevensbestand blijft ernaast bewaard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forget remembered key</source>
        <translation>Onthouden sleutel &amp;vergeten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the store&apos;s key from the keychain of this computer.</source>
        <translation>De sleutel van het gegevensbestand uit de sleutelbos van deze computer verwijderen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verify audit log</source>
        <translation>&amp;Auditlog controleren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About InBeeld</source>
        <translation>&amp;Over InBeeld</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Security</source>
        <translation>Be&amp;veiliging</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 – InBeeld</source>
        <translation>%1 – InBeeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store file of this organisation</source>
        <translation>Het gegevensbestand van deze organisatie</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>List %1 has been imported; it is on the Lists tab.</source>
        <translation>Lijst %1 is geïmporteerd; hij staat op het tabblad Lijsten.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Back up store</source>
        <translation>Reservekopie maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InBeeld stores (*.inbeeld);;All files (*)</source>
        <translation>InBeeld-gegevensbestanden (*.inbeeld);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Backup failed</source>
        <translation>Reservekopie mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup could not be written. %1 Choose another place and try again.</source>
        <translation>De reservekopie kon niet worden geschreven. %1 Kies een andere plaats en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup could not be written.</source>
        <translation>De reservekopie kon niet worden geschreven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup written to %1. It opens with the current passphrase.</source>
        <translation>Reservekopie geschreven naar %1. De reservekopie opent met de huidige wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This computer no longer remembers the key of this store. InBeeld will ask for the passphrase next time.</source>
        <translation>Deze computer onthoudt de sleutel van dit gegevensbestand niet meer. InBeeld vraagt de volgende keer om de wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key could not be removed from the keychain. %1</source>
        <translation>De sleutel kon niet uit de sleutelbos worden verwijderd. %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About InBeeld</source>
        <translation>Over InBeeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;InBeeld %1&lt;/h3&gt;&lt;p&gt;Compares the lists of out-of-school children (thuiszitters) of an attendance office and a school partnership, under their data-sharing agreement.&lt;/p&gt;&lt;p&gt;Your data stays in one encrypted file on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;InBeeld %1&lt;/h3&gt;&lt;p&gt;Vergelijkt de lijsten met thuiszitters van een leerplichtafdeling en een samenwerkingsverband, op basis van hun convenant.&lt;/p&gt;&lt;p&gt;Uw gegevens blijven in één versleuteld bestand op deze computer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>inbeeld::NewPassphraseEditor</name>
    <message>
        <location filename="../ui/passphrase/NewPassphraseEditor.cpp" line="+29"/>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the new passphrase</source>
        <translation>Herhaal de nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>R&amp;epeat passphrase:</source>
        <translation>Wachtwoordzin &amp;herhalen:</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Use at least %n characters. A sentence of a few unusual words is easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Gebruik minstens %n teken. Een zin van een paar ongewone woorden is makkelijk te onthouden en moeilijk te raden.</numerusform>
            <numerusform>Gebruik minstens %n tekens. Een zin van een paar ongewone woorden is makkelijk te onthouden en moeilijk te raden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type the passphrase a second time to make sure it has no typing errors.</source>
        <translation>Typ de wachtwoordzin nog een keer, zodat zeker is dat er geen tikfouten in zitten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are the same.</source>
        <translation>De twee wachtwoordzinnen zijn gelijk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>De twee wachtwoordzinnen zijn nog niet gelijk.</translation>
    </message>
</context>
<context>
    <name>inbeeld::OrganisationPage</name>
    <message>
        <location filename="../ui/setup/OrganisationPage.cpp" line="+23"/>
        <source>Your organisation</source>
        <translation>Uw organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InBeeld keeps one store per organisation. Tell it which organisation this store is for.</source>
        <translation>InBeeld gebruikt één gegevensbestand per organisatie. Geef aan voor welke organisatie dit gegevensbestand is.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example: RBL Midden-Gelre</source>
        <translation>bijvoorbeeld: RBL Midden-Gelre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>RBL: regional attendance office (leerplicht)</source>
        <translation>RBL: Regionaal Bureau Leerlingzaken (leerplicht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SWV: school partnership (samenwerkingsverband passend onderwijs)</source>
        <translation>SWV: samenwerkingsverband passend onderwijs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>InBeeld has no usable data-sharing agreement built in, so a store cannot be created. Please report this to your IT department. Details: %1</source>
        <translation>InBeeld bevat geen bruikbaar convenant, dus er kan geen gegevensbestand worden aangemaakt. Meld dit bij uw ICT-afdeling. Details: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Organisation name:</source>
        <translation>&amp;Naam van de organisatie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Convenant:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Parties to this agreement: %1.</source>
        <translation>Partijen bij dit convenant: %1.</translation>
    </message>
</context>
<context>
    <name>inbeeld::OverviewPage</name>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="+49"/>
        <source>Organisation and store</source>
        <translation>Organisatie en gegevensbestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement:</source>
        <translation>Convenant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Aangemaakt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store file:</source>
        <translation>Gegevensbestand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version:</source>
        <translation>Schemaversie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption:</source>
        <translation>Versleuteling:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the agreement allows you to exchange</source>
        <translation>Wat u volgens het convenant mag uitwisselen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per category of out-of-school child: the fields that may be shared with your partner, and why. InBeeld never exports a field that is not listed here.</source>
        <translation>Per categorie thuiszitters: de gegevens die u met uw partner mag delen, en waarom. InBeeld exporteert nooit een gegeven dat hier niet staat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category and field</source>
        <translation>Categorie en gegeven</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason for exchanging it</source>
        <translation>Reden voor uitwisseling</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fields the agreement allows per category</source>
        <translation>Gegevens die het convenant per categorie toestaat</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>SQLCipher (version unknown)</source>
        <translation>SQLCipher (versie onbekend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLCipher %1, key derived with Argon2id</source>
        <translation>SQLCipher %1, sleutel afgeleid met Argon2id</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agreement of this store cannot be shown. %1</source>
        <translation>Het convenant van dit gegevensbestand kan niet worden getoond. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (version %2)</source>
        <translation>%1 (versie %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Code %1. Normally known by: %2.</source>
        <translation>Code %1. Normaal bekend bij: %2.</translation>
    </message>
</context>
<context>
    <name>inbeeld::PassphrasePage</name>
    <message>
        <location filename="../ui/setup/PassphrasePage.cpp" line="+16"/>
        <source>Re&amp;member on this computer</source>
        <translation>&amp;Onthouden op deze computer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoordzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase protects the store. Anyone who knows it and has the file can read it.</source>
        <translation>De wachtwoordzin beschermt het gegevensbestand. Wie de wachtwoordzin kent en het bestand heeft, kan het lezen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps the store&apos;s key in the keychain of this computer, so InBeeld opens without asking for the passphrase while you are logged in.</source>
        <translation>Bewaart de sleutel van het gegevensbestand in de sleutelbos van deze computer, zodat InBeeld opent zonder naar de wachtwoordzin te vragen zolang u bent aangemeld.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only tick this on a computer that only you use and that locks when you leave it. You still need the passphrase on other computers and for backups.</source>
        <translation>Vink dit alleen aan op een computer die alleen u gebruikt en die vergrendelt wanneer u wegloopt. Op andere computers en voor reservekopieën hebt u de wachtwoordzin nog steeds nodig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Creating the store. This takes a moment…</source>
        <translation>Het gegevensbestand wordt aangemaakt. Dit duurt even…</translation>
    </message>
</context>
<context>
    <name>inbeeld::RestoreDialog</name>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="+24"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from backup</source>
        <translation>Terugzetten uit reservekopie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The store %1 will be replaced by the backup. Everything recorded after the backup was made is then no longer in the store. The current store is kept beside it as %2, so nothing is lost.

InBeeld locks the store for the restore. Afterwards, unlock the restored store with the passphrase the backup was made with.</source>
        <translation>Het gegevensbestand %1 wordt vervangen door de reservekopie. Alles wat is vastgelegd nadat de reservekopie is gemaakt, staat daarna niet meer in het gegevensbestand. Het huidige gegevensbestand blijft ernaast bewaard als %2, zodat er niets verloren gaat.

InBeeld vergrendelt het gegevensbestand voor het terugzetten. Ontgrendel daarna het teruggezette gegevensbestand met de wachtwoordzin waarmee de reservekopie is gemaakt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup &amp;file:</source>
        <translation>&amp;Reservekopie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup &amp;passphrase:</source>
        <translation>&amp;Wachtwoordzin van de reservekopie:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>There is no file at %1. Choose the backup file with Browse.</source>
        <translation>Er is geen bestand op %1. Kies de reservekopie met Bladeren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the store itself, not a backup. Choose the backup file with Browse.</source>
        <translation>Dit is het gegevensbestand zelf, geen reservekopie. Kies de reservekopie met Bladeren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 is not an InBeeld backup. Choose a file made with File, Back up store.</source>
        <translation>Het bestand %1 is geen reservekopie van InBeeld. Kies een bestand dat is gemaakt met Bestand, Reservekopie maken.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the backup to restore</source>
        <translation>Kies de reservekopie die u wilt terugzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InBeeld stores (*.inbeeld);;All files (*)</source>
        <translation>InBeeld-gegevensbestanden (*.inbeeld);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>inbeeld::SessionController</name>
    <message>
        <location filename="../ui/session/SessionController.cpp" line="+36"/>
        <source>InBeeld locked the store because it was not used for a while. Enter the passphrase to go on.</source>
        <translation>InBeeld heeft het gegevensbestand vergrendeld, omdat het een tijd niet is gebruikt. Voer de wachtwoordzin in om verder te gaan.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The keychain of this computer is not available, so InBeeld cannot remember the passphrase here. Enter the passphrase each time you open the store.</source>
        <translation>De sleutelbos van deze computer is niet beschikbaar, dus InBeeld kan de wachtwoordzin hier niet onthouden. Voer de wachtwoordzin in telkens wanneer u het gegevensbestand opent.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The store is locked. Enter the passphrase to go on.</source>
        <translation>Het gegevensbestand is vergrendeld. Voer de wachtwoordzin in om verder te gaan.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The store for %1 is ready. Make a backup now and then with File, Back up store.</source>
        <translation>Het gegevensbestand voor %1 is klaar. Maak af en toe een reservekopie met Bestand, Reservekopie maken.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The backup was not restored. %1 The store is as it was; unlock it to go on.</source>
        <translation>De reservekopie is niet teruggezet. %1 Het gegevensbestand is ongewijzigd; ontgrendel het om verder te gaan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup has been restored. The replaced store was kept as %1. Unlock the restored store with the passphrase of the backup.</source>
        <translation>De reservekopie is teruggezet. Het vervangen gegevensbestand is bewaard als %1. Ontgrendel het teruggezette gegevensbestand met de wachtwoordzin van de reservekopie.</translation>
    </message>
</context>
<context>
    <name>inbeeld::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+22"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language takes effect when you start InBeeld again.</source>
        <translation>Een andere taal gaat in wanneer u InBeeld opnieuw start.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock &amp;after:</source>
        <translation>&amp;Vergrendelen na:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>InBeeld locks the store when you have not used it for this many minutes. Choose 0 to never lock automatically.</source>
        <translation>InBeeld vergrendelt het gegevensbestand als u het dit aantal minuten niet hebt gebruikt. Kies 0 om nooit automatisch te vergrendelen.</translation>
    </message>
</context>
<context>
    <name>inbeeld::SetupWizard</name>
    <message>
        <location filename="../ui/setup/SetupWizard.cpp" line="+23"/>
        <source>Set up InBeeld</source>
        <translation>InBeeld instellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Create store</source>
        <translation>Gegevensbestand &amp;aanmaken</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The store could not be created. %1 Check the details and press Create store again, or go Back to choose another file.</source>
        <translation>Het gegevensbestand kon niet worden aangemaakt. %1 Controleer de gegevens en klik opnieuw op Gegevensbestand aanmaken, of ga Terug om een ander bestand te kiezen.</translation>
    </message>
</context>
<context>
    <name>inbeeld::SnapshotDiffModel</name>
    <message>
        <location filename="../ui/importing/SnapshotDiffModel.cpp" line="+52"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed</source>
        <translation>Wat is gewijzigd</translation>
    </message>
</context>
<context>
    <name>inbeeld::SnapshotListModel</name>
    <message>
        <location filename="../ui/importing/SnapshotListModel.cpp" line="+85"/>
        <source>List %1: %2 of %3 rows imported, %4 rejected, %5 warnings, %6 repeated rows. Imported by %7.</source>
        <translation>Lijst %1: %2 van %3 regels geïmporteerd, %4 afgewezen, %5 waarschuwingen, %6 herhaalde regels. Geïmporteerd door %7.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose</source>
        <translation>Van wie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peildatum</source>
        <translation>Peildatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported at</source>
        <translation>Geïmporteerd op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
</context>
<context>
    <name>inbeeld::SnapshotsPage</name>
    <message>
        <location filename="../ui/importing/SnapshotsPage.cpp" line="+30"/>
        <source>&amp;Import list…</source>
        <translation>Lijst &amp;importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View &amp;report</source>
        <translation>&amp;Verslag bekijken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport rejected rows…</source>
        <translation>Afgewezen regels e&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every list imported into this store, newest first. A new list of a source is compared with the previous list of that source. Import a list with File, Import list, or drop a CSV or Excel file on this window.</source>
        <translation>Elke lijst die in dit gegevensbestand is geïmporteerd, nieuwste eerst. Een nieuwe lijst van een bron wordt vergeleken met de vorige lijst van die bron. Importeer een lijst met Bestand, Lijst importeren, of sleep een CSV- of Excel-bestand naar dit venster.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported lists</source>
        <translation>Geïmporteerde lijsten</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The lists cannot be read. %1</source>
        <translation>De lijsten kunnen niet worden gelezen. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No lists imported yet.</source>
        <translation>Nog geen lijsten geïmporteerd.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Export rejected rows</source>
        <translation>Afgewezen regels exporteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1-rejected.csv</source>
        <translation>%1-afgewezen.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The rejected rows of list %1 were written to %2.</source>
        <translation>De afgewezen regels van lijst %1 zijn geschreven naar %2.</translation>
    </message>
</context>
<context>
    <name>inbeeld::UnlockDialog</name>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="+28"/>
        <source>&amp;Open other store file…</source>
        <translation>Ander gegevensbestand o&amp;penen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;member on this computer</source>
        <translation>Ont&amp;houden op deze computer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New organisation…</source>
        <translation>&amp;Nieuwe organisatie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock InBeeld</source>
        <translation>InBeeld ontgrendelen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps the store&apos;s key in the keychain of this computer, so InBeeld opens without asking for the passphrase while you are logged in.</source>
        <translation>Bewaart de sleutel van het gegevensbestand in de sleutelbos van deze computer, zodat InBeeld opent zonder naar de wachtwoordzin te vragen zolang u bent aangemeld.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the passphrase of the store to open it.</source>
        <translation>Voer de wachtwoordzin van het gegevensbestand in om het te openen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Store:</source>
        <translation>&amp;Gegevensbestand:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Unlocking the store. This takes a moment…</source>
        <translation>Het gegevensbestand wordt ontgrendeld. Dit duurt even…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a store first, or create one with New organisation.</source>
        <translation>Kies eerst een gegevensbestand, of maak er een aan met Nieuwe organisatie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the passphrase of this store.</source>
        <translation>Voer de wachtwoordzin van dit gegevensbestand in.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a store file</source>
        <translation>Gegevensbestand openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InBeeld stores (*.inbeeld);;All files (*)</source>
        <translation>InBeeld-gegevensbestanden (*.inbeeld);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file %1 is not an InBeeld store. Choose the store file of your organisation (it usually ends in .inbeeld).</source>
        <translation>Het bestand %1 is geen InBeeld-gegevensbestand. Kies het gegevensbestand van uw organisatie (de naam eindigt meestal op .inbeeld).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The store file cannot be found at this place. If it was moved, use Open other store file to choose it.</source>
        <translation>Het gegevensbestand staat niet op deze plaats. Als het is verplaatst, kies het dan met Ander gegevensbestand openen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the demo store with invented data. Its passphrase is: %1</source>
        <translation>Dit is het demogegevensbestand met verzonnen gegevens. De wachtwoordzin is: %1</translation>
    </message>
</context>
<context>
    <name>inbeeld::WelcomePage</name>
    <message>
        <location filename="../ui/setup/WelcomePage.cpp" line="+15"/>
        <source>Welcome to InBeeld</source>
        <translation>Welkom bij InBeeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This wizard sets up InBeeld for your organisation. It takes a few minutes.</source>
        <translation>Deze wizard stelt InBeeld in voor uw organisatie. Dat duurt een paar minuten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;InBeeld keeps your organisation&apos;s list of out-of-school children (thuiszitters) in one encrypted file on this computer, the &lt;b&gt;store&lt;/b&gt;. With it you can compare your list with the list of your partner under the data-sharing agreement (convenant).&lt;/p&gt;&lt;p&gt;You will need:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the name of your organisation and its role (attendance office or school partnership);&lt;/li&gt;&lt;li&gt;a place for the store file;&lt;/li&gt;&lt;li&gt;a passphrase that only you and your colleagues who use this store know.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Nobody can open the store without the passphrase, not even the makers of InBeeld.&lt;/b&gt; Write it down and keep it in a safe place.&lt;/p&gt;&lt;p&gt;Press &lt;i&gt;Next&lt;/i&gt; to begin.&lt;/p&gt;</source>
        <translation>&lt;p&gt;InBeeld bewaart de lijst met thuiszitters van uw organisatie in één versleuteld bestand op deze computer: het &lt;b&gt;gegevensbestand&lt;/b&gt;. Daarmee kunt u uw lijst vergelijken met de lijst van uw partner, zoals het convenant toestaat.&lt;/p&gt;&lt;p&gt;U hebt nodig:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;de naam van uw organisatie en haar rol (leerplichtafdeling of samenwerkingsverband);&lt;/li&gt;&lt;li&gt;een plaats voor het gegevensbestand;&lt;/li&gt;&lt;li&gt;een wachtwoordzin die alleen u kent en de collega&apos;s die dit gegevensbestand ook gebruiken.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Zonder de wachtwoordzin kan niemand het gegevensbestand openen, ook de makers van InBeeld niet.&lt;/b&gt; Schrijf de wachtwoordzin op en bewaar hem op een veilige plek.&lt;/p&gt;&lt;p&gt;Klik op &lt;i&gt;Volgende&lt;/i&gt; om te beginnen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+58"/>
        <source>InBeeld compares the lists of out-of-school children of an attendance office and a school partnership.</source>
        <translation>InBeeld vergelijkt de lijsten met thuiszitters van een leerplichtafdeling en een samenwerkingsverband.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a throw-away demo store with invented data.</source>
        <translation>Een tijdelijk demogegevensbestand met verzonnen gegevens openen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the store file at &lt;path&gt;.</source>
        <translation>Het gegevensbestand op &lt;pad&gt; openen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>path</source>
        <translation>pad</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No temporary folder could be created.</source>
        <translation>Er kon geen tijdelijke map worden aangemaakt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>InBeeld</source>
        <translation>InBeeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo store could not be created. %1</source>
        <translation>Het demogegevensbestand kon niet worden aangemaakt. %1</translation>
    </message>
</context>
</TS>
