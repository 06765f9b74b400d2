<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>AuditCommands</name>
    <message>
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
        <source>missing command: verify or list</source>
        <translation>opdracht ontbreekt: verify of list</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;: use verify or list</source>
        <translation>onbekende opdracht &apos;%1&apos;: gebruik verify of list</translation>
    </message>
    <message>
        <source>Run &apos;%1 audit --help&apos; for more information.</source>
        <translation>Gebruik &apos;%1 audit --help&apos; voor meer informatie.</translation>
    </message>
    <message>
        <source>Check the hash chain of the store&apos;s audit log. Exit code 0 when the log is intact; otherwise the first broken entry is named.</source>
        <translation>De hashketen van het auditlog van het gegevensbestand controleren. Afsluitcode 0 als het log intact is; anders wordt de eerste verbroken regel genoemd.</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>Het gegevensbestand.</translation>
    </message>
    <message>
        <source>audit log intact: %1 entries</source>
        <translation>auditlog intact: %1 regels</translation>
    </message>
    <message>
        <source>List the entries of the store&apos;s audit log, one per line, tab-separated: id, time (UTC, ISO 8601), actor, action, detail.</source>
        <translation>De regels van het auditlog van het gegevensbestand tonen, één per regel, gescheiden door tabs: id, tijd (UTC, ISO 8601), gebruiker, actie, toelichting.</translation>
    </message>
    <message>
        <source>List at most N entries.</source>
        <translation>Ten hoogste N regels tonen.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1</source>
        <translation>--limit verwacht een geheel getal van minstens 1</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]
InBeeld on the command line: create, inspect, back up and restore the encrypted store of an
organisation.

Commands:
  init           Create a new encrypted store for an organisation
  info           Show the organisation and state of a store
  passwd         Change the passphrase of a store
  backup         Write an encrypted backup copy of a store
  restore        Replace a store with a backup
  audit verify   Check the hash chain of the audit log
  audit list     List the entries of the audit log

Run &apos;%1 &lt;command&gt; --help&apos; (or &apos;%1 help &lt;command&gt;&apos;) for the options of a command.
Messages follow the language chosen in the program (Dutch by default); the environment
variable INBEELD_LANGUAGE=en or nl overrides it.</source>
        <translation>Gebruik: %1 &lt;opdracht&gt; [opties]
InBeeld op de opdrachtregel: het versleutelde gegevensbestand van een organisatie aanmaken, bekijken,
reservekopieën maken en terugzetten.

Opdrachten:
  init           Een nieuw versleuteld gegevensbestand voor een organisatie aanmaken
  info           De organisatie en de toestand van een gegevensbestand tonen
  passwd         De wachtwoordzin van een gegevensbestand wijzigen
  backup         Een versleutelde reservekopie van een gegevensbestand maken
  restore        Een gegevensbestand vervangen door een reservekopie
  audit verify   De hashketen van het auditlog controleren
  audit list     De regels van het auditlog tonen

Gebruik &apos;%1 &lt;opdracht&gt; --help&apos; (of &apos;%1 help &lt;opdracht&gt;&apos;) voor de opties van een opdracht.
Meldingen volgen de taal die in het programma is gekozen (standaard Nederlands); de omgevingsvariabele
INBEELD_LANGUAGE=en of nl gaat daarvoor.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>onbekende opdracht &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Deze hulp tonen en stoppen.</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (keep the file private).</source>
        <translation>De wachtwoordzin lezen uit de eerste regel van FILE (houd het bestand privé).</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>onbekende optie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected argument: this command takes only options</source>
        <translation>onverwacht argument: deze opdracht kent alleen opties</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 heeft een waarde nodig</translation>
    </message>
    <message>
        <source>missing required option --%1</source>
        <translation>verplichte optie --%1 ontbreekt</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Gebruik: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opties:</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for more information.</source>
        <translation>Gebruik &apos;%1 %2 --help&apos; voor meer informatie.</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>Exit codes:
  0  success
  1  the operation failed (the reason is printed on stderr)
  2  usage error: unknown command, missing or invalid option, a passphrase on the
     command line, or no way to obtain a passphrase
  3  wrong passphrase
  4  the store is in use by another program</source>
        <translation>Afsluitcodes:
  0  gelukt
  1  de bewerking is mislukt (de reden staat op stderr)
  2  gebruiksfout: onbekende opdracht, ontbrekende of ongeldige optie, een wachtwoordzin op de
     opdrachtregel, of geen manier om een wachtwoordzin te krijgen
  3  verkeerde wachtwoordzin
  4  het gegevensbestand is in gebruik door een ander programma</translation>
    </message>
    <message>
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
    <name>PassphraseInput</name>
    <message>
        <source>there is no terminal to ask for the passphrase</source>
        <translation>er is geen terminal om naar de wachtwoordzin te vragen</translation>
    </message>
    <message>
        <source>could not read from the terminal</source>
        <translation>kon niet lezen van de terminal</translation>
    </message>
    <message>
        <source>the passphrase is too long (at most %1 bytes)</source>
        <translation>de wachtwoordzin is te lang (ten hoogste %1 bytes)</translation>
    </message>
    <message>
        <source>no passphrase entered</source>
        <translation>geen wachtwoordzin ingevoerd</translation>
    </message>
    <message>
        <source>no passphrase given and no terminal to ask for it: use %1 FILE or the environment variable %2</source>
        <translation>geen wachtwoordzin opgegeven en geen terminal om ernaar te vragen: gebruik %1 FILE of de omgevingsvariabele %2</translation>
    </message>
    <message>
        <source>the two passphrases do not match</source>
        <translation>de twee wachtwoordzinnen zijn niet gelijk</translation>
    </message>
    <message>
        <source>the new passphrase is not valid UTF-8 text</source>
        <translation>de nieuwe wachtwoordzin is geen geldige UTF-8-tekst</translation>
    </message>
    <message>
        <source>the passphrase is too short: use at least %1 characters (a few unrelated words make a strong passphrase that is easy to remember)</source>
        <translation>de wachtwoordzin is te kort: gebruik minstens %1 tekens (een paar losse woorden geven een sterke wachtwoordzin die makkelijk te onthouden is)</translation>
    </message>
    <message>
        <source>cannot read the passphrase file %1: %2</source>
        <translation>kan het wachtwoordzinbestand %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>warning: the passphrase file %1 is readable by other users</source>
        <translation>waarschuwing: het wachtwoordzinbestand %1 is leesbaar voor andere gebruikers</translation>
    </message>
    <message>
        <source>the first line of the passphrase file %1 is too long (at most %2 bytes)</source>
        <translation>de eerste regel van het wachtwoordzinbestand %1 is te lang (ten hoogste %2 bytes)</translation>
    </message>
    <message>
        <source>the passphrase file %1 is empty: its first line must hold the passphrase</source>
        <translation>het wachtwoordzinbestand %1 is leeg: de eerste regel moet de wachtwoordzin bevatten</translation>
    </message>
</context>
<context>
    <name>SecretArguments</name>
    <message>
        <source>refusing &apos;%1&apos;: passphrases are never taken from the command line, because it shows up in process lists and shell history.</source>
        <translation>&apos;%1&apos; geweigerd: een wachtwoordzin wordt nooit van de opdrachtregel genomen, omdat die zichtbaar is in proceslijsten en in de geschiedenis van de shell.</translation>
    </message>
    <message>
        <source>Give the passphrase with --passphrase-file FILE (first line of the file), the environment variable INBEELD_PASSPHRASE, or type it at the prompt. A new passphrase for &apos;passwd&apos; comes from --new-passphrase-file FILE, INBEELD_NEW_PASSPHRASE or the prompt.</source>
        <translation>Geef de wachtwoordzin met --passphrase-file FILE (eerste regel van het bestand), de omgevingsvariabele INBEELD_PASSPHRASE, of typ hem in wanneer erom gevraagd wordt. Een nieuwe wachtwoordzin voor &apos;passwd&apos; komt uit --new-passphrase-file FILE, INBEELD_NEW_PASSPHRASE of de vraag op de terminal.</translation>
    </message>
</context>
<context>
    <name>StoreAccess</name>
    <message>
        <source>no store found at %1</source>
        <translation>geen gegevensbestand gevonden op %1</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 is geen bestand</translation>
    </message>
    <message>
        <source>%1 is not an InBeeld store</source>
        <translation>%1 is geen InBeeld-gegevensbestand</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Wachtwoordzin voor %1: </translation>
    </message>
</context>
<context>
    <name>StoreCommands</name>
    <message>
        <source>Create a new encrypted store for an organisation. The passphrase must have at least %1 characters and cannot be recovered: without it, nobody can open the store.</source>
        <translation>Een nieuw versleuteld gegevensbestand voor een organisatie aanmaken. De wachtwoordzin moet minstens %1 tekens hebben en is niet te herstellen: zonder de wachtwoordzin kan niemand het gegevensbestand openen.</translation>
    </message>
    <message>
        <source>Where to create the store file; the file must not exist yet.</source>
        <translation>Waar het gegevensbestand komt; het bestand mag nog niet bestaan.</translation>
    </message>
    <message>
        <source>Name of the organisation, for example &quot;RBL Midden-Gelre&quot;.</source>
        <translation>Naam van de organisatie, bijvoorbeeld &quot;RBL Midden-Gelre&quot;.</translation>
    </message>
    <message>
        <source>The organisation&apos;s role in the agreement: rbl (regional attendance office) or swv (school partnership).</source>
        <translation>De rol van de organisatie in het convenant: rbl (regionaal bureau leerplicht) of swv (samenwerkingsverband passend onderwijs).</translation>
    </message>
    <message>
        <source>The agreement (convenant) profile. Default: %1. Available: %2.</source>
        <translation>Het profiel van het convenant. Standaard: %1. Beschikbaar: %2.</translation>
    </message>
    <message>
        <source>  At the terminal the new passphrase is asked twice.</source>
        <translation>  Op de terminal wordt de nieuwe wachtwoordzin twee keer gevraagd.</translation>
    </message>
    <message>
        <source>the organisation name is empty</source>
        <translation>de naam van de organisatie is leeg</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;: use rbl or swv</source>
        <translation>onbekende rol &apos;%1&apos;: gebruik rbl of swv</translation>
    </message>
    <message>
        <source>no agreement profiles are built into this program</source>
        <translation>dit programma bevat geen convenantprofielen</translation>
    </message>
    <message>
        <source>unknown agreement &apos;%1&apos;; available: %2</source>
        <translation>onbekend convenant &apos;%1&apos;; beschikbaar: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name (init never overwrites a file)</source>
        <translation>%1 bestaat al; kies een andere bestandsnaam (init overschrijft nooit een bestand)</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Nieuwe wachtwoordzin voor %1: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Herhaal de nieuwe wachtwoordzin: </translation>
    </message>
    <message>
        <source>Created store %1 for %2 (role %3).</source>
        <translation>Gegevensbestand %1 aangemaakt voor %2 (rol %3).</translation>
    </message>
    <message>
        <source>Show the organisation, agreement and state of a store.</source>
        <translation>De organisatie, het convenant en de toestand van een gegevensbestand tonen.</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>Het gegevensbestand.</translation>
    </message>
    <message>
        <source>Print a JSON object instead of text.</source>
        <translation>Een JSON-object tonen in plaats van tekst.</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Gegevensbestand:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Convenant:</translation>
    </message>
    <message>
        <source>Store ID:</source>
        <translation>ID gegevensbestand:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Aangemaakt:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schemaversie:</translation>
    </message>
    <message>
        <source>SQLCipher version:</source>
        <translation>SQLCipher-versie:</translation>
    </message>
    <message>
        <source>Audit entries:</source>
        <translation>Regels in auditlog:</translation>
    </message>
    <message>
        <source>Change the passphrase of a store. The store is re-encrypted under the new passphrase; backups made earlier keep the passphrase they were made with.</source>
        <translation>De wachtwoordzin van een gegevensbestand wijzigen. Het gegevensbestand wordt opnieuw versleuteld met de nieuwe wachtwoordzin; eerder gemaakte reservekopieën houden de wachtwoordzin waarmee ze zijn gemaakt.</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE (keep the file private).</source>
        <translation>De nieuwe wachtwoordzin lezen uit de eerste regel van FILE (houd het bestand privé).</translation>
    </message>
    <message>
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
        <source>the new passphrase is the same as the current one</source>
        <translation>de nieuwe wachtwoordzin is gelijk aan de huidige</translation>
    </message>
    <message>
        <source>Changed the passphrase of %1.</source>
        <translation>De wachtwoordzin van %1 is gewijzigd.</translation>
    </message>
    <message>
        <source>Write an encrypted copy of a store to FILE. The copy opens with the passphrase the store has now.</source>
        <translation>Een versleutelde kopie van een gegevensbestand naar FILE schrijven. De kopie opent met de wachtwoordzin die het gegevensbestand nu heeft.</translation>
    </message>
    <message>
        <source>Where to write the backup; the file must not exist yet.</source>
        <translation>Waar de reservekopie komt; het bestand mag nog niet bestaan.</translation>
    </message>
    <message>
        <source>--output must name another file than --store</source>
        <translation>--output moet een ander bestand zijn dan --store</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name (backup never overwrites a file)</source>
        <translation>%1 bestaat al; kies een andere bestandsnaam (backup overschrijft nooit een bestand)</translation>
    </message>
    <message>
        <source>Wrote a backup of %1 to %2.</source>
        <translation>Reservekopie van %1 geschreven naar %2.</translation>
    </message>
    <message>
        <source>Replace a store with a backup, after proving that the passphrase opens the backup. The replaced store is kept beside it with the extension .before-restore. The store must not be open in another program.</source>
        <translation>Een gegevensbestand vervangen door een reservekopie, nadat is vastgesteld dat de wachtwoordzin de reservekopie opent. Het vervangen gegevensbestand blijft ernaast bewaard met de extensie .before-restore. Het gegevensbestand mag niet open zijn in een ander programma.</translation>
    </message>
    <message>
        <source>The store file to replace (or to create, when it does not exist).</source>
        <translation>Het gegevensbestand dat vervangen wordt (of aangemaakt, als het niet bestaat).</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>De reservekopie die teruggezet wordt.</translation>
    </message>
    <message>
        <source>  The passphrase is the one of the backup.</source>
        <translation>  De wachtwoordzin is die van de reservekopie.</translation>
    </message>
    <message>
        <source>--input must name another file than --store</source>
        <translation>--input moet een ander bestand zijn dan --store</translation>
    </message>
    <message>
        <source>Passphrase of the backup %1: </source>
        <translation>Wachtwoordzin van de reservekopie %1: </translation>
    </message>
    <message>
        <source>Restored %1 from %2; the previous store was kept as %3.</source>
        <translation>%1 teruggezet uit %2; het vorige gegevensbestand is bewaard als %3.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 teruggezet uit %2.</translation>
    </message>
</context>
</TS>
