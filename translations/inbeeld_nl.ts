<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>AccessExport</name>
    <message>
        <source>The child&apos;s data could not be read: %1</source>
        <translation>De gegevens van het kind konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Access: you may ask which data we hold about the child (this overview).</source>
        <translation>Inzage: u mag vragen welke gegevens wij over het kind hebben (dit overzicht).</translation>
    </message>
    <message>
        <source>Rectification and completion: you may ask us to correct or complete our own record. A partner&apos;s record is corrected by that partner.</source>
        <translation>Rectificatie en aanvulling: u mag ons vragen ons eigen record te corrigeren of aan te vullen. Een record van een partner corrigeert die partner.</translation>
    </message>
    <message>
        <source>Erasure: you may ask us to erase the data; while it is needed for our legal task this may be refused, with the reasons.</source>
        <translation>Wissen: u mag ons vragen de gegevens te wissen; zolang ze nodig zijn voor onze wettelijke taak kan dat worden geweigerd, met de redenen.</translation>
    </message>
    <message>
        <source>Restriction: you may ask us to restrict processing while a question is settled.</source>
        <translation>Beperking: u mag ons vragen de verwerking te beperken zolang een vraag wordt uitgezocht.</translation>
    </message>
    <message>
        <source>Objection: you may object to the processing because of your particular situation.</source>
        <translation>Bezwaar: u mag bezwaar maken tegen de verwerking vanwege uw bijzondere situatie.</translation>
    </message>
    <message>
        <source>Send a request to our privacy officer; we answer within one month.</source>
        <translation>Stuur een verzoek naar onze functionaris gegevensbescherming; wij antwoorden binnen een maand.</translation>
    </message>
    <message>
        <source>You may complain to the Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl).</source>
        <translation>U kunt een klacht indienen bij de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl).</translation>
    </message>
    <message>
        <source>No decision is made automatically. The program compares lists; a caseworker decides.</source>
        <translation>Er wordt geen besluit automatisch genomen. Het programma vergelijkt lijsten; een medewerker beslist.</translation>
    </message>
    <message>
        <source>This record is %1&apos;s; ask them to correct it.</source>
        <translation>Dit record is van %1; vraag hen het te corrigeren.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>AgeEncryption</name>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>Het bestand kon niet worden gelezen of geschreven: %1</translation>
    </message>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>De cryptografische bibliotheek kon niet worden gestart.</translation>
    </message>
    <message>
        <source>Choose between 1 and %1 recipients.</source>
        <translation>Kies tussen 1 en %1 ontvangers.</translation>
    </message>
    <message>
        <source>A recipient key is not an X25519 public key.</source>
        <translation>Een sleutel van een ontvanger is geen publieke X25519-sleutel.</translation>
    </message>
    <message>
        <source>A recipient key is not usable (it is a degenerate X25519 key).</source>
        <translation>Een sleutel van een ontvanger is niet bruikbaar (het is een ontaarde X25519-sleutel).</translation>
    </message>
    <message>
        <source>The decryption key is not an X25519 secret key.</source>
        <translation>De ontsleutelingssleutel is geen geheime X25519-sleutel.</translation>
    </message>
    <message>
        <source>The file ends inside its header: it is incomplete (for example copied only partly, or a USB stick was removed too early). Ask the sender for a new copy.</source>
        <translation>Het bestand houdt op binnen de header: het is onvolledig (bijvoorbeeld maar gedeeltelijk gekopieerd, of een USB-stick is te vroeg verwijderd). Vraag de afzender om een nieuwe kopie.</translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged or was changed, so it cannot be decrypted. Ask the sender for a new copy.</source>
        <translation>De header van het bestand is beschadigd of gewijzigd, dus het kan niet worden ontsleuteld. Vraag de afzender om een nieuwe kopie.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>This is not an encrypted file in age format. Choose the file you received.</source>
        <translation>Dit is geen versleuteld bestand in age-formaat. Kies het bestand dat u hebt ontvangen.</translation>
    </message>
    <message>
        <source>This file uses a newer version of the age format (%1) than this program knows.</source>
        <translation>Dit bestand gebruikt een nieuwere versie van het age-formaat (%1) dan dit programma kent.</translation>
    </message>
    <message>
        <source>This is an armored (text) age file; only binary age files are accepted. Decrypt it with &apos;age -d&apos; or ask the sender for the binary file.</source>
        <translation>Dit is een age-bestand in tekstvorm (armored); alleen binaire age-bestanden worden geaccepteerd. Ontsleutel het met &apos;age -d&apos; of vraag de afzender om het binaire bestand.</translation>
    </message>
    <message>
        <source>This file was encrypted with a passphrase, not to a key. It was not made for this organisation&apos;s key.</source>
        <translation>Dit bestand is versleuteld met een wachtwoordzin, niet voor een sleutel. Het is niet gemaakt voor de sleutel van deze organisatie.</translation>
    </message>
    <message numerus="yes">
        <source>This file was not encrypted for this organisation&apos;s key (it is meant for %n other recipient(s)). Check that it was sent to you, or ask the sender to encrypt it to your current key.</source>
        <translation>
            <numerusform>Dit bestand is niet versleuteld voor de sleutel van deze organisatie (het is bedoeld voor %n andere ontvanger). Controleer of het wel aan u is gestuurd, of vraag de afzender het te versleutelen voor uw huidige sleutel.</numerusform>
            <numerusform>Dit bestand is niet versleuteld voor de sleutel van deze organisatie (het is bedoeld voor %n andere ontvangers). Controleer of het wel aan u is gestuurd, of vraag de afzender het te versleutelen voor uw huidige sleutel.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file ends early (in part %1 of the encrypted content): it is incomplete, for example copied only partly or a USB stick was removed too early. Ask the sender for a new copy.</source>
        <translation>Het bestand houdt te vroeg op (in deel %1 van de versleutelde inhoud): het is onvolledig, bijvoorbeeld maar gedeeltelijk gekopieerd of een USB-stick is te vroeg verwijderd. Vraag de afzender om een nieuwe kopie.</translation>
    </message>
    <message>
        <source>The encrypted content ends with an empty part, which the format does not allow; the file was changed.</source>
        <translation>De versleutelde inhoud eindigt met een leeg deel; dat staat het formaat niet toe, dus het bestand is gewijzigd.</translation>
    </message>
    <message>
        <source>The file ends early after part %1 of the encrypted content: it is incomplete, for example copied only partly or a USB stick was removed too early. Ask the sender for a new copy.</source>
        <translation>Het bestand houdt te vroeg op, na deel %1 van de versleutelde inhoud: het is onvolledig, bijvoorbeeld maar gedeeltelijk gekopieerd of een USB-stick is te vroeg verwijderd. Vraag de afzender om een nieuwe kopie.</translation>
    </message>
    <message>
        <source>There is extra data after the end of the encrypted content: something was appended to the file. Do not use it; ask the sender for a new copy.</source>
        <translation>Na het einde van de versleutelde inhoud staan nog extra gegevens: er is iets aan het bestand toegevoegd. Gebruik het niet; vraag de afzender om een nieuwe kopie.</translation>
    </message>
    <message>
        <source>The last part (%1) of the encrypted content does not check out: the file is incomplete (for example a USB stick was removed too early) or was changed. Ask the sender for a new copy.</source>
        <translation>Het laatste deel (%1) van de versleutelde inhoud klopt niet: het bestand is onvolledig (bijvoorbeeld omdat een USB-stick te vroeg is verwijderd) of is gewijzigd. Vraag de afzender om een nieuwe kopie.</translation>
    </message>
    <message>
        <source>Part %1 of the encrypted content was changed or damaged; nothing of the file can be trusted. Ask the sender for a new copy.</source>
        <translation>Deel %1 van de versleutelde inhoud is gewijzigd of beschadigd; niets van het bestand is betrouwbaar. Vraag de afzender om een nieuwe kopie.</translation>
    </message>
</context>
<context>
    <name>AgeKeys</name>
    <message>
        <source>This is not an age public key (recipient). It starts with &apos;age1&apos; and has 62 characters.</source>
        <translation>Dit is geen publieke age-sleutel (ontvanger). Een publieke age-sleutel begint met &apos;age1&apos; en heeft 62 tekens.</translation>
    </message>
    <message>
        <source>This is not an age secret key. It starts with &apos;AGE-SECRET-KEY-1&apos;.</source>
        <translation>Dit is geen geheime age-sleutel. Een geheime age-sleutel begint met &apos;AGE-SECRET-KEY-1&apos;.</translation>
    </message>
    <message>
        <source>The age identity file holds no secret key.</source>
        <translation>Het age-identiteitsbestand bevat geen geheime sleutel.</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>The agreement profile is not valid JSON (at character %1: %2).</source>
        <translation>Het convenantprofiel is geen geldige JSON (bij teken %1: %2).</translation>
    </message>
    <message>
        <source>The agreement profile is incomplete: %1</source>
        <translation>Het convenantprofiel is onvolledig: %1</translation>
    </message>
    <message>
        <source>unknown format version.</source>
        <translation>onbekende formaatversie.</translation>
    </message>
    <message>
        <source>id, title and version are required.</source>
        <translation>id, titel en versie zijn verplicht.</translation>
    </message>
    <message>
        <source>every party needs an id, a name and the role rbl or swv.</source>
        <translation>elke partij moet een id, een naam en de rol rbl of swv hebben.</translation>
    </message>
    <message>
        <source>no parties.</source>
        <translation>geen partijen.</translation>
    </message>
    <message>
        <source>every category needs a unique code and a name.</source>
        <translation>elke categorie moet een unieke code en een naam hebben.</translation>
    </message>
    <message>
        <source>no categories.</source>
        <translation>geen categorieën.</translation>
    </message>
    <message>
        <source>every field needs a unique id and a name.</source>
        <translation>elk gegeven moet een uniek id en een naam hebben.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; has no reason for exchanging it.</source>
        <translation>bij het gegeven &quot;%1&quot; staat geen reden voor de uitwisseling.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; names the unknown category &quot;%2&quot;.</source>
        <translation>het gegeven &quot;%1&quot; noemt de onbekende categorie &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>no fields.</source>
        <translation>geen gegevens.</translation>
    </message>
    <message>
        <source>the six legal grounds of the GDPR and a default ground among them are required.</source>
        <translation>de zes grondslagen van de AVG zijn verplicht, met één daarvan als standaardgrondslag.</translation>
    </message>
    <message>
        <source>no purposes.</source>
        <translation>geen doelen.</translation>
    </message>
    <message>
        <source>the category &quot;%1&quot; has no minimum fields.</source>
        <translation>de categorie &quot;%1&quot; heeft geen minimumgegevens.</translation>
    </message>
    <message>
        <source>the minimum field &quot;%1&quot; is not allowed for the category &quot;%2&quot;.</source>
        <translation>het minimumgegeven &quot;%1&quot; is niet toegestaan voor de categorie &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>the quarterly exchange needs one of the purposes and its subsidiarity reasoning.</source>
        <translation>de kwartaaluitwisseling heeft een van de doelen en de onderbouwing van de subsidiariteit nodig.</translation>
    </message>
    <message>
        <source>the validity of a sharing decision must be at least one day.</source>
        <translation>de geldigheidsduur van een besluit tot delen moet minstens één dag zijn.</translation>
    </message>
    <message>
        <source>The agreement profile %1 could not be read.</source>
        <translation>Het convenantprofiel %1 kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The agreement profile &quot;%1&quot; is not known to this version of InBeeld.</source>
        <translation>Het convenantprofiel &quot;%1&quot; is niet bekend in deze versie van InBeeld.</translation>
    </message>
    <message>
        <source>every retention rule needs an id, a number of months and its reason.</source>
        <translation>elke bewaarregel heeft een id, een aantal maanden en een reden nodig.</translation>
    </message>
</context>
<context>
    <name>AreaAssignment</name>
    <message>
        <source>no place of residence or postcode on the list</source>
        <translation>geen woonplaats of postcode op de lijst</translation>
    </message>
    <message>
        <source>lives outside the municipalities of %1</source>
        <translation>woont buiten de gemeenten van %1</translation>
    </message>
    <message>
        <source>lives in %1</source>
        <translation>woont in %1</translation>
    </message>
    <message>
        <source>lives in %1, outside the municipalities of %2</source>
        <translation>woont in %1, buiten de gemeenten van %2</translation>
    </message>
    <message>
        <source>last known school belongs to %1</source>
        <translation>laatst bekende school hoort bij %1</translation>
    </message>
    <message>
        <source>no place of residence or postcode on the list, and the school is not on the school list</source>
        <translation>geen woonplaats of postcode op de lijst, en de school staat niet op de schoollijst</translation>
    </message>
    <message>
        <source>lives outside the agreement&apos;s region</source>
        <translation>woont buiten de regio van het convenant</translation>
    </message>
    <message>
        <source>lives in %1, where no partnership of this agreement is responsible</source>
        <translation>woont in %1, waar geen samenwerkingsverband van dit convenant verantwoordelijk is</translation>
    </message>
    <message>
        <source>lives in %1, where the sector depends on the age, and the birth date is unknown</source>
        <translation>woont in %1, waar de sector van de leeftijd afhangt, en de geboortedatum is onbekend</translation>
    </message>
    <message>
        <source>lives in %1, where no single partnership is responsible for %2</source>
        <translation>woont in %1, waar niet één samenwerkingsverband verantwoordelijk is voor het %2</translation>
    </message>
    <message>
        <source>lives in %1: %2</source>
        <translation>woont in %1: %2</translation>
    </message>
    <message>
        <source>lives in %1, %2: %3</source>
        <translation>woont in %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>AreaProfile</name>
    <message>
        <source>primary education</source>
        <translation>primair onderwijs</translation>
    </message>
    <message>
        <source>secondary education</source>
        <translation>voortgezet onderwijs</translation>
    </message>
    <message>
        <source>primary and secondary education</source>
        <translation>primair en voortgezet onderwijs</translation>
    </message>
    <message>
        <source>The agreement profile&apos;s areas are incomplete: %1</source>
        <translation>De werkgebieden in het convenantprofiel zijn onvolledig: %1</translation>
    </message>
    <message>
        <source>a rule and an age between 4 and 18 that separates primary from secondary education.</source>
        <translation>een regel en een leeftijd tussen 4 en 18 die primair en voortgezet onderwijs scheidt.</translation>
    </message>
    <message>
        <source>postcode ranges are pairs of four-digit numbers.</source>
        <translation>postcodereeksen zijn paren van viercijferige getallen.</translation>
    </message>
    <message>
        <source>every municipality needs a unique name.</source>
        <translation>elke gemeente heeft een eigen naam nodig.</translation>
    </message>
    <message>
        <source>every werkgebied names a party of the agreement and the sector po, vo or both.</source>
        <translation>elk werkgebied noemt een partij van het convenant en de sector po, vo of both.</translation>
    </message>
    <message>
        <source>the werkgebied of %1 names an unknown municipality.</source>
        <translation>het werkgebied van %1 noemt een onbekende gemeente.</translation>
    </message>
</context>
<context>
    <name>AreaSettings</name>
    <message>
        <source>The werkgebieden could not be read or stored: %1</source>
        <translation>De werkgebieden konden niet worden gelezen of opgeslagen: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a party of the agreement.</source>
        <translation>&apos;%1&apos; is geen partij van het convenant.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the agreement&apos;s municipalities.</source>
        <translation>&apos;%1&apos; is geen gemeente van het convenant.</translation>
    </message>
    <message>
        <source>The age must lie between 4 and 18.</source>
        <translation>De leeftijd moet tussen 4 en 18 liggen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the agreement&apos;s partnerships.</source>
        <translation>&apos;%1&apos; is geen samenwerkingsverband van het convenant.</translation>
    </message>
    <message>
        <source>A school needs a name or a BRIN code.</source>
        <translation>Een school heeft een naam of een BRIN-code nodig.</translation>
    </message>
    <message>
        <source>There is no school %1 in the school list.</source>
        <translation>Er staat geen school %1 op de schoollijst.</translation>
    </message>
    <message>
        <source>The school list needs a column &apos;school&apos; or &apos;brin&apos; and a column &apos;swv&apos;.</source>
        <translation>De schoollijst heeft een kolom &apos;school&apos; of &apos;brin&apos; en een kolom &apos;swv&apos; nodig.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>Line %1: no school name or BRIN code.</source>
        <translation>Regel %1: geen schoolnaam of BRIN-code.</translation>
    </message>
</context>
<context>
    <name>AreaSummary</name>
    <message>
        <source>Only the children %1 is responsible for go out (werkgebieden as in the agreement profile, to be confirmed by the parties):</source>
        <translation>Alleen de kinderen voor wie %1 verantwoordelijk is, gaan mee (werkgebieden volgens het convenantprofiel, nog te bevestigen door de partijen):</translation>
    </message>
    <message>
        <source>%1: %2 to this partner, %3 stay home</source>
        <translation>%1: %2 naar deze partner, %3 blijven thuis</translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <source>This is not an audit anchor. An anchor is one line that starts with &quot;inbeeld-audit-anchor&quot;, as &apos;audit anchor&apos; prints it.</source>
        <translation>Dit is geen auditanker. Een anker is één regel die begint met &quot;inbeeld-audit-anchor&quot;, zoals &apos;audit anchor&apos; die toont.</translation>
    </message>
    <message>
        <source>This audit anchor was made by another version of InBeeld (anchor version %1).</source>
        <translation>Dit auditanker is gemaakt door een andere versie van InBeeld (ankerversie %1).</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
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
    <message>
        <source>Check the hash chain of the audit log</source>
        <translation>De hashketen van het auditlog controleren</translation>
    </message>
    <message>
        <source>List the entries of the audit log</source>
        <translation>De regels van het auditlog tonen</translation>
    </message>
    <message>
        <source>Usage: %1 audit verify|anchor|list [options]
The store&apos;s audit log: every unlock, import, decision and export, hash-chained so that a
changed, inserted or removed entry is detected. An anchor kept outside the store also
shows a cut-off or rewritten log.

Commands:
  verify   Check the hash chain of the audit log (with --anchor: against an anchor)
  anchor   Print the anchor: one line with the number of entries and the last hash
  anchors  The partners&apos; anchors, from the packages opened here
  list     List the entries, tab-separated: id, time (UTC), actor, action, detail

Run &apos;%1 audit &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Gebruik: %1 audit verify|anchor|list [opties]
Het auditlog van het gegevensbestand: elke ontgrendeling, import, beslissing en export, met een
hashketen zodat een gewijzigde, ingevoegde of verwijderde regel wordt ontdekt. Een anker dat
buiten het gegevensbestand wordt bewaard, toont ook een ingekort of herschreven log.

Opdrachten:
  verify   De hashketen van het auditlog controleren (met --anchor: tegen een anker)
  anchor   Het anker tonen: één regel met het aantal regels en de laatste hash
  anchors  De ankers van partners, uit de pakketten die hier zijn geopend
  list     De regels tonen, gescheiden door tabs: nummer, tijd (UTC), gebruiker, actie, details

Gebruik &apos;%1 audit &lt;opdracht&gt; --help&apos; voor de opties van een opdracht.</translation>
    </message>
    <message>
        <source>Check the hash chain of the store&apos;s audit log. Exit code 0 when the log is intact; otherwise the first broken entry is named. With --anchor, also check that the log still holds the entry the anchor names (made by &apos;audit anchor&apos;, printed by &apos;backup&apos;, carried in every package): a log that was cut back or rewritten since then fails.</source>
        <translation>De hashketen van het auditlog van het gegevensbestand controleren. Afsluitcode 0 als het log intact is; anders wordt de eerste verbroken regel genoemd. Met --anchor wordt ook gecontroleerd dat het log nog de regel bevat die het anker noemt (gemaakt met &apos;audit anchor&apos;, getoond door &apos;backup&apos;, meegestuurd in elk pakket): een log dat sindsdien is ingekort of herschreven, keurt de controle af.</translation>
    </message>
    <message>
        <source>An anchor line as &apos;audit anchor&apos; printed it (quote it).</source>
        <translation>Een ankerregel zoals &apos;audit anchor&apos; die toonde (tussen aanhalingstekens).</translation>
    </message>
    <message>
        <source>audit log intact: %1 entries; it holds the anchor&apos;s entry %2</source>
        <translation>auditlog intact: %1 regels; het bevat regel %2 van het anker</translation>
    </message>
    <message>
        <source>Print the audit anchor to keep outside the store</source>
        <translation>Het auditanker tonen om buiten het gegevensbestand te bewaren</translation>
    </message>
    <message>
        <source>Print one line with the number of audit log entries and the hash of the last one. Keep it outside the store (on paper, in the case file, with a colleague); &apos;audit verify --anchor&apos; later shows whether the log was cut back or rewritten since.</source>
        <translation>Eén regel tonen met het aantal regels van het auditlog en de hash van de laatste. Bewaar die buiten het gegevensbestand (op papier, in het dossier, bij een collega); &apos;audit verify --anchor&apos; laat later zien of het log sindsdien is ingekort of herschreven.</translation>
    </message>
    <message>
        <source>List the partners&apos; audit anchors from their packages</source>
        <translation>De auditankers van partners uit hun pakketten tonen</translation>
    </message>
    <message>
        <source>List the audit anchors partners sent with their packages, oldest first, tab-separated: received at (UTC), partner fingerprint, package id, anchor. A partner can check its own log against them with &apos;audit verify --anchor&apos;.</source>
        <translation>De auditankers die partners met hun pakketten meestuurden tonen, oudste eerst, gescheiden door tabs: ontvangen op (UTC), vingerafdruk van de partner, pakketnummer, anker. Een partner kan zijn eigen log daartegen controleren met &apos;audit verify --anchor&apos;.</translation>
    </message>
    <message>
        <source>Print a JSON array of objects with received_at, partner_fingerprint, package_id and anchor.</source>
        <translation>Een JSON-lijst tonen van objecten met received_at, partner_fingerprint, package_id en anchor.</translation>
    </message>
    <message>
        <source>No partner package with an audit anchor has been opened in this store.</source>
        <translation>In dit gegevensbestand is nog geen pakket van een partner met een auditanker geopend.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Store created</source>
        <translation>Gegevensbestand aangemaakt</translation>
    </message>
    <message>
        <source>Store unlocked</source>
        <translation>Gegevensbestand ontgrendeld</translation>
    </message>
    <message>
        <source>Unlock failed (wrong passphrase)</source>
        <translation>Ontgrendelen mislukt (verkeerde wachtwoordzin)</translation>
    </message>
    <message>
        <source>Store upgraded to a new schema</source>
        <translation>Gegevensbestand bijgewerkt naar een nieuwe indeling</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Wachtwoordzin gewijzigd</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Reservekopie gemaakt</translation>
    </message>
    <message>
        <source>Store restored from a backup</source>
        <translation>Gegevensbestand teruggezet uit een reservekopie</translation>
    </message>
    <message>
        <source>Demo organisation created</source>
        <translation>Demo-organisatie aangemaakt</translation>
    </message>
    <message>
        <source>List imported</source>
        <translation>Lijst geïmporteerd</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import geannuleerd</translation>
    </message>
    <message>
        <source>Import failed; nothing was stored</source>
        <translation>Import mislukt; er is niets opgeslagen</translation>
    </message>
    <message>
        <source>Organisation keys created</source>
        <translation>Sleutels van de organisatie aangemaakt</translation>
    </message>
    <message>
        <source>Organisation keys replaced</source>
        <translation>Sleutels van de organisatie vervangen</translation>
    </message>
    <message>
        <source>Identity card exported</source>
        <translation>Identiteitskaart geëxporteerd</translation>
    </message>
    <message>
        <source>Secret decryption key exported to a file</source>
        <translation>Geheime ontsleutelingssleutel naar een bestand geëxporteerd</translation>
    </message>
    <message>
        <source>Partner added (keys pinned)</source>
        <translation>Partner toegevoegd (sleutels vastgelegd)</translation>
    </message>
    <message>
        <source>Partner keys replaced (signed by the pinned key)</source>
        <translation>Sleutels van partner vervangen (ondertekend met de vastgelegde sleutel)</translation>
    </message>
    <message>
        <source>Partner card with changed keys refused</source>
        <translation>Partnerkaart met gewijzigde sleutels geweigerd</translation>
    </message>
    <message>
        <source>Decision to share a child&apos;s data recorded</source>
        <translation>Besluit tot delen van gegevens van een kind vastgelegd</translation>
    </message>
    <message>
        <source>Less intrusive way chosen; nothing shared</source>
        <translation>Minder ingrijpende manier gekozen; niets gedeeld</translation>
    </message>
    <message>
        <source>Standing decision for the quarterly exchange recorded</source>
        <translation>Vast besluit voor de kwartaaluitwisseling vastgelegd</translation>
    </message>
    <message>
        <source>Decision withdrawn</source>
        <translation>Besluit ingetrokken</translation>
    </message>
    <message>
        <source>Exchange package written for a partner</source>
        <translation>Uitwisselingspakket voor een partner geschreven</translation>
    </message>
    <message>
        <source>Exchange package opened; partner&apos;s list stored</source>
        <translation>Uitwisselingspakket geopend; lijst van de partner opgeslagen</translation>
    </message>
    <message>
        <source>Exchange package refused; nothing was stored</source>
        <translation>Uitwisselingspakket geweigerd; er is niets opgeslagen</translation>
    </message>
    <message>
        <source>Rejected rows of a list exported to a file</source>
        <translation>Afgewezen regels van een lijst naar een bestand geëxporteerd</translation>
    </message>
    <message>
        <source>Lists compared</source>
        <translation>Lijsten vergeleken</translation>
    </message>
    <message>
        <source>Probable match confirmed</source>
        <translation>Waarschijnlijke overeenkomst bevestigd</translation>
    </message>
    <message>
        <source>Probable match rejected</source>
        <translation>Waarschijnlijke overeenkomst afgewezen</translation>
    </message>
    <message>
        <source>Decision on a probable match withdrawn</source>
        <translation>Besluit over een waarschijnlijke overeenkomst ingetrokken</translation>
    </message>
    <message>
        <source>Note about a child saved</source>
        <translation>Notitie over een kind opgeslagen</translation>
    </message>
    <message>
        <source>Child&apos;s record viewed</source>
        <translation>Gegevens van een kind bekeken</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Het auditlog kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>Er kon niet naar het auditlog worden geschreven: %1</translation>
    </message>
    <message>
        <source>The audit log is not intact: entry %1 is missing.</source>
        <translation>Het auditlog is niet intact: regel %1 ontbreekt.</translation>
    </message>
    <message>
        <source>The audit log is not intact: entry %1 was changed after it was written.</source>
        <translation>Het auditlog is niet intact: regel %1 is gewijzigd nadat hij was geschreven.</translation>
    </message>
    <message>
        <source>The audit log is not intact: the anchor names %1 entries, but the log now holds only %2. Entries were removed from its end.</source>
        <translation>Het auditlog is niet intact: het anker noemt %1 regels, maar het log bevat er nu nog maar %2. Er zijn regels aan het eind verwijderd.</translation>
    </message>
    <message>
        <source>The audit log is not intact: entry %1 is not the one the anchor names. The log was rewritten after the anchor was taken.</source>
        <translation>Het auditlog is niet intact: regel %1 is niet de regel die het anker noemt. Het log is herschreven nadat het anker werd gemaakt.</translation>
    </message>
    <message>
        <source>Exchange package sent by mail</source>
        <translation>Uitwisselingspakket per e-mail verstuurd</translation>
    </message>
    <message>
        <source>Sending an exchange package by mail failed</source>
        <translation>Versturen van een uitwisselingspakket per e-mail mislukt</translation>
    </message>
    <message>
        <source>Confirmed that a partner holds our new identity card</source>
        <translation>Bevestigd dat een partner onze nieuwe identiteitskaart heeft</translation>
    </message>
</context>
<context>
    <name>BreachReport</name>
    <message>
        <source>The packages&apos; children could not be read: %1</source>
        <translation>De kinderen in de pakketten konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Give a period: a start date on or before the end date.</source>
        <translation>Geef een periode: een begindatum op of vóór de einddatum.</translation>
    </message>
    <message>
        <source>Exchange packages (encrypted, signed files) with personal data of children of compulsory school age who are not in school, sent to or received from %1.</source>
        <translation>Uitwisselingspakketten (versleutelde, ondertekende bestanden) met persoonsgegevens van leerplichtige kinderen die niet naar school gaan, verstuurd naar of ontvangen van %1.</translation>
    </message>
    <message>
        <source>Minors of compulsory school age (thuiszitters): %1.</source>
        <translation>Leerplichtige minderjarigen (thuiszitters): %1.</translation>
    </message>
    <message>
        <source>Children and their families could become known as not attending school; free texts may describe their situation. Risk of stigma and loss of trust; the packages are encrypted, so the risk depends on whether the key was exposed.</source>
        <translation>Kinderen en hun gezinnen kunnen bekend worden als niet naar school gaand; vrije teksten kunnen hun situatie beschrijven. Risico op stigma en verlies van vertrouwen; de pakketten zijn versleuteld, dus het risico hangt ervan af of de sleutel is uitgelekt.</translation>
    </message>
    <message>
        <source>The program cannot know how the breach happened, when it was discovered, which measures were taken and who the contact is: fill in those fields.</source>
        <translation>Het programma kan niet weten hoe het datalek ontstond, wanneer het werd ontdekt, welke maatregelen zijn genomen en wie de contactpersoon is: vul die velden zelf in.</translation>
    </message>
</context>
<context>
    <name>Bsn</name>
    <message>
        <source>The BSN is empty. Fill in the nine-digit citizen service number.</source>
        <translation>Het BSN is leeg. Vul het burgerservicenummer van negen cijfers in.</translation>
    </message>
    <message>
        <source>The BSN &quot;%1&quot; contains characters other than digits. A BSN consists of nine digits; check the number in the source list.</source>
        <translation>Het BSN &quot;%1&quot; bevat andere tekens dan cijfers. Een BSN bestaat uit negen cijfers; controleer het nummer in de bronlijst.</translation>
    </message>
    <message numerus="yes">
        <source>The BSN &quot;%1&quot; does not have nine digits (it has %n). Check the number in the source list.</source>
        <translation>
            <numerusform>Het BSN &quot;%1&quot; heeft %n cijfer in plaats van negen. Controleer het nummer in de bronlijst.</numerusform>
            <numerusform>Het BSN &quot;%1&quot; heeft %n cijfers in plaats van negen. Controleer het nummer in de bronlijst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The BSN %1 is not valid (it fails the elfproef, the check for typing errors). Check the number in the source list.</source>
        <translation>Het BSN %1 is ongeldig (het voldoet niet aan de elfproef, de controle op tikfouten). Controleer het nummer in de bronlijst.</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>Commit: %1</source>
        <translation>Commit: %1</translation>
    </message>
    <message>
        <source>Licence: %1 (European Union Public Licence 1.2)</source>
        <translation>Licentie: %1 (European Union Public Licence 1.2)</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>BSN %1</source>
        <translation>BSN %1</translation>
    </message>
    <message>
        <source>Onderwijsnummer %1</source>
        <translation>Onderwijsnummer %1</translation>
    </message>
    <message>
        <source>Name and date of birth (%1)</source>
        <translation>Naam en geboortedatum (%1)</translation>
    </message>
    <message>
        <source>Share decision %1</source>
        <translation>Deelbesluit %1</translation>
    </message>
    <message>
        <source>Standing decision %1: quarterly exchange</source>
        <translation>Staand besluit %1: kwartaaluitwisseling</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Convenant</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>share the fields below</source>
        <translation>de gegevens hieronder delen</translation>
    </message>
    <message>
        <source>a less intrusive way; nothing is shared</source>
        <translation>een minder ingrijpende weg; er wordt niets gedeeld</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
    <message>
        <source>as long as the agreement</source>
        <translation>zolang het convenant loopt</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Step 0: informing the young person or parents</source>
        <translation>Stap 0: jongere of ouders informeren</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Geïnformeerd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>How and when</source>
        <translation>Hoe en wanneer</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Waarom niet</translation>
    </message>
    <message>
        <source>Step 1: legal ground</source>
        <translation>Stap 1: grondslag</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Law articles</source>
        <translation>Wetsartikelen</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
        <source>Necessary</source>
        <translation>Noodzakelijk</translation>
    </message>
    <message>
        <source>Outweighs the child&apos;s interests</source>
        <translation>Weegt zwaarder dan de belangen van het kind</translation>
    </message>
    <message>
        <source>Step 2: purpose</source>
        <translation>Stap 2: doel</translation>
    </message>
    <message>
        <source>The purpose lies outside the agreement; the decider acknowledged this.</source>
        <translation>Het doel valt buiten het convenant; de beslisser heeft dat erkend.</translation>
    </message>
    <message>
        <source>Step 3: proportionality, the fields</source>
        <translation>Stap 3: proportionaliteit, de gegevens</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>Reason in the agreement</source>
        <translation>Reden in het convenant</translation>
    </message>
    <message>
        <source>Step 4: subsidiarity</source>
        <translation>Stap 4: subsidiariteit</translation>
    </message>
    <message>
        <source>Less intrusive way chosen</source>
        <translation>Gekozen minder ingrijpende weg</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Why less intrusive ways are not enough</source>
        <translation>Waarom minder ingrijpende wegen niet volstaan</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Intrekking</translation>
    </message>
    <message>
        <source>Withdrawn by</source>
        <translation>Ingetrokken door</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Comparison overview</source>
        <translation>Overzicht vergelijking</translation>
    </message>
    <message>
        <source>Our list</source>
        <translation>Onze lijst</translation>
    </message>
    <message>
        <source>%1, reference date %2</source>
        <translation>%1, peildatum %2</translation>
    </message>
    <message>
        <source>Partner&apos;s list</source>
        <translation>Lijst van de partner</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Counts only: this overview holds no BSN, name or other value from the lists.</source>
        <translation>Alleen aantallen: dit overzicht bevat geen BSN, naam of andere waarde uit de lijsten.</translation>
    </message>
    <message>
        <source>Import report: %1</source>
        <translation>Importverslag: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Regels gelezen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubbel</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>About the whole file</source>
        <translation>Over het hele bestand</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Problems per row</source>
        <translation>Problemen per regel</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Geen problemen.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Rejected rows as the file had them</source>
        <translation>Afgewezen regels zoals het bestand ze had</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Cellen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
</context>
<context>
    <name>CategoryRecognizer</name>
    <message>
        <source>The category is empty. Fill in absoluut verzuim, langdurig verzuim or vrijstelling 5a in the source list, or import lists of one category with that category chosen for the whole file.</source>
        <translation>De categorie is leeg. Vul in de bronlijst absoluut verzuim, langdurig verzuim of vrijstelling 5a in, of importeer een lijst met één categorie door die categorie voor het hele bestand te kiezen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category of the agreement, so the row was not imported (the program does not guess). Use absoluut verzuim, langdurig verzuim or vrijstelling 5a in the source list.</source>
        <translation>&quot;%1&quot; is geen categorie uit het convenant, dus de rij is niet geïmporteerd (het programma gaat niet gokken). Gebruik in de bronlijst absoluut verzuim, langdurig verzuim of vrijstelling 5a.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Consent is a last resort: it can be withdrawn at any time, and it is rarely given freely when the young person or the parents depend on your organisation. Prefer the ground the agreement rests on.</source>
        <translation>Toestemming is een laatste redmiddel: ze kan op elk moment worden ingetrokken en wordt zelden vrij gegeven als de jongere of de ouders afhankelijk zijn van uw organisatie. Kies liever de grondslag waarop het convenant berust.</translation>
    </message>
    <message>
        <source>A public body cannot rely on legitimate interest for its public tasks. If you use it, answer the three questions of the test: is the interest legitimate, is sharing necessary for it, and does it outweigh the interests of the young person?</source>
        <translation>Een overheidsorgaan kan zich voor zijn publieke taken niet beroepen op gerechtvaardigd belang. Als u deze grondslag toch gebruikt, beantwoord dan de drie vragen van de toets: is het belang gerechtvaardigd, is delen daarvoor noodzakelijk, en weegt het zwaarder dan de belangen van de jongere?</translation>
    </message>
    <message>
        <source>Vital interest is only for protecting someone&apos;s life or health when no other ground applies.</source>
        <translation>Vitaal belang is alleen bedoeld om iemands leven of gezondheid te beschermen als geen andere grondslag van toepassing is.</translation>
    </message>
    <message>
        <source>A contract is only a ground when the young person or the parents are a party to it.</source>
        <translation>Een overeenkomst is alleen een grondslag als de jongere of de ouders partij zijn bij die overeenkomst.</translation>
    </message>
    <message>
        <source>Ask the young person or the parents directly</source>
        <translation>De jongere of de ouders rechtstreeks vragen</translation>
    </message>
    <message>
        <source>They can tell the other party themselves, or come to the conversation.</source>
        <translation>Zij kunnen het de andere partij zelf vertellen, of bij het gesprek aanwezig zijn.</translation>
    </message>
    <message>
        <source>Discuss the case anonymously</source>
        <translation>De casus anoniem bespreken</translation>
    </message>
    <message>
        <source>Describe the situation so that nobody outside your organisation can tell who it is about.</source>
        <translation>Beschrijf de situatie zo dat niemand buiten uw organisatie kan herleiden over wie het gaat.</translation>
    </message>
    <message>
        <source>Share only that the child is known (buitenkantinformatie)</source>
        <translation>Alleen delen dat het kind bekend is (buitenkantinformatie)</translation>
    </message>
    <message>
        <source>Say that your organisation is involved and who to contact, without any content.</source>
        <translation>Meld dat uw organisatie betrokken is en wie het aanspreekpunt is, zonder inhoudelijke informatie.</translation>
    </message>
    <message>
        <source>Share counts only</source>
        <translation>Alleen aantallen delen</translation>
    </message>
    <message>
        <source>Numbers per category, without anything that identifies a child.</source>
        <translation>Aantallen per categorie, zonder iets waarmee een kind kan worden geïdentificeerd.</translation>
    </message>
    <message>
        <source>Say whom you informed or consulted: the young person, the parents, or both.</source>
        <translation>Geef aan wie u hebt geïnformeerd of geraadpleegd: de jongere, de ouders of beiden.</translation>
    </message>
    <message>
        <source>Explain why the young person or the parents were not informed (for example: it would put the child at risk). Write at least a short sentence.</source>
        <translation>Leg uit waarom de jongere of de ouders niet zijn geïnformeerd (bijvoorbeeld: het kind zou daardoor gevaar lopen). Schrijf ten minste een korte zin.</translation>
    </message>
    <message>
        <source>Choose one of the six legal grounds of the GDPR.</source>
        <translation>Kies een van de zes grondslagen van de AVG.</translation>
    </message>
    <message>
        <source>Legitimate interest: explain which interest is served and why it is legitimate.</source>
        <translation>Gerechtvaardigd belang: leg uit welk belang wordt gediend en waarom het gerechtvaardigd is.</translation>
    </message>
    <message>
        <source>Legitimate interest: explain why sharing is necessary for that interest.</source>
        <translation>Gerechtvaardigd belang: leg uit waarom delen voor dat belang noodzakelijk is.</translation>
    </message>
    <message>
        <source>Legitimate interest: explain why the interest outweighs the interests of the young person.</source>
        <translation>Gerechtvaardigd belang: leg uit waarom het belang zwaarder weegt dan de belangen van de jongere.</translation>
    </message>
    <message>
        <source>Choose a purpose of the agreement or describe your own, not both.</source>
        <translation>Kies een doel uit het convenant of beschrijf uw eigen doel, niet allebei.</translation>
    </message>
    <message>
        <source>The agreement has no purpose &quot;%1&quot;. Choose one of its purposes.</source>
        <translation>Het convenant heeft geen doel &quot;%1&quot;. Kies een van de doelen uit het convenant.</translation>
    </message>
    <message>
        <source>Choose the purpose of sharing among the agreement&apos;s purposes, or describe it in a sentence.</source>
        <translation>Kies het doel van het delen uit de doelen van het convenant, of beschrijf het in een zin.</translation>
    </message>
    <message>
        <source>Your purpose is not one of the agreement&apos;s purposes, so the agreement does not cover this sharing. Confirm that you have checked another basis for it, or choose a purpose of the agreement.</source>
        <translation>Uw doel is geen van de doelen uit het convenant, dus het convenant dekt dit delen niet. Bevestig dat u hebt gecontroleerd dat een andere grondslag het delen dekt, of kies een doel uit het convenant.</translation>
    </message>
    <message>
        <source>Select at least one field to share.</source>
        <translation>Selecteer ten minste één gegeven om te delen.</translation>
    </message>
    <message>
        <source>The agreement has no field &quot;%1&quot;.</source>
        <translation>Het convenant kent geen gegeven &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The agreement does not allow sharing &quot;%1&quot; for a child in the category &quot;%2&quot;. Leave it out.</source>
        <translation>Het convenant staat niet toe dat &quot;%1&quot; wordt gedeeld voor een kind in de categorie &quot;%2&quot;. Laat het weg.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is more than the minimum for this category: explain in a sentence why the recipient needs it, or leave it out.</source>
        <translation>&quot;%1&quot; gaat verder dan het minimum voor deze categorie: leg in een zin uit waarom de ontvanger het nodig heeft, of laat het weg.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains words that reveal special categories of personal data or police and justice data (%2). Rephrase it in general terms, such as &quot;medische redenen&quot; or &quot;geen passende plek&quot;, or leave the field out.</source>
        <translation>&quot;%1&quot; bevat woorden die bijzondere persoonsgegevens of politie- en justitiegegevens prijsgeven (%2). Formuleer het in algemene termen, zoals &quot;medische redenen&quot; of &quot;geen passende plek&quot;, of laat het gegeven weg.</translation>
    </message>
    <message>
        <source>The note contains words that reveal special categories of personal data or police and justice data (%1). Rephrase it in general terms or leave it out.</source>
        <translation>De toelichting bevat woorden die bijzondere persoonsgegevens of politie- en justitiegegevens prijsgeven (%1). Formuleer die in algemene termen of laat de toelichting weg.</translation>
    </message>
    <message>
        <source>Unknown alternative &quot;%1&quot;: use ask_directly, anonymous, outside_info or counts_only.</source>
        <translation>Onbekend alternatief &quot;%1&quot;: gebruik ask_directly, anonymous, outside_info of counts_only.</translation>
    </message>
    <message>
        <source>Explain why the less intrusive ways (asking directly, discussing anonymously, sharing only that the child is known, counts only) are not enough for this purpose.</source>
        <translation>Leg uit waarom de minder ingrijpende manieren (rechtstreeks vragen, anoniem bespreken, alleen delen dat het kind bekend is, alleen aantallen) voor dit doel niet genoeg zijn.</translation>
    </message>
    <message>
        <source>The young person is 16 or older: inform or consult them as well, not only the parents.</source>
        <translation>De jongere is 16 jaar of ouder: informeer of raadpleeg ook de jongere zelf, niet alleen de ouders.</translation>
    </message>
    <message>
        <source>The agreement rests on &quot;%1&quot; (%2). Another ground is your organisation&apos;s own responsibility.</source>
        <translation>Het convenant berust op &quot;%1&quot; (%2). Voor een andere grondslag is uw organisatie zelf verantwoordelijk.</translation>
    </message>
    <message>
        <source>This purpose is outside the agreement: the agreement does not cover sharing for it.</source>
        <translation>Dit doel valt buiten het convenant: het convenant dekt delen voor dit doel niet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a party of the agreement. Choose one of: %2.</source>
        <translation>&quot;%1&quot; is geen partij bij het convenant. Kies een van: %2.</translation>
    </message>
    <message>
        <source>The child cannot be identified or has no category of the agreement; a decision needs both.</source>
        <translation>Het kind kan niet worden geïdentificeerd of heeft geen categorie uit het convenant; voor een besluit is beide nodig.</translation>
    </message>
    <message>
        <source>The decision is not complete:</source>
        <translation>Het besluit is niet volledig:</translation>
    </message>
    <message>
        <source>The quarterly exchange covers every thuiszitter on the lists; the parties inform young people and parents about it in general (privacy statement), not case by case.</source>
        <translation>De kwartaaluitwisseling omvat elke thuiszitter op de lijsten; de partijen informeren jongeren en ouders daar in algemene zin over (privacyverklaring), niet per geval.</translation>
    </message>
</context>
<context>
    <name>ChildFinder</name>
    <message>
        <source>The lists could not be searched: %1</source>
        <translation>De lijsten konden niet worden doorzocht: %1</translation>
    </message>
</context>
<context>
    <name>ChildFlags</name>
    <message>
        <source>The child cannot be identified.</source>
        <translation>Het kind is niet te identificeren.</translation>
    </message>
    <message>
        <source>The change could not be stored: %1</source>
        <translation>De wijziging kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>This child has no legal hold.</source>
        <translation>Er ligt geen bewaarblokkade op dit kind.</translation>
    </message>
    <message>
        <source>Processing of this child&apos;s data is not restricted.</source>
        <translation>De verwerking van de gegevens van dit kind is niet beperkt.</translation>
    </message>
    <message>
        <source>The flags could not be read: %1</source>
        <translation>De blokkades en beperkingen konden niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>ChildFootprint</name>
    <message>
        <source>The child&apos;s records could not be read: %1</source>
        <translation>De records van het kind konden niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>ChildNotes</name>
    <message>
        <source>The notes about children could not be read: %1</source>
        <translation>De notities over kinderen konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The note could not be saved: %1. Try again; the earlier note is kept.</source>
        <translation>De notitie kon niet worden opgeslagen: %1. Probeer het opnieuw; de eerdere notitie blijft bewaard.</translation>
    </message>
    <message>
        <source>A note needs a child with a BSN, onderwijsnummer or a name with a date of birth.</source>
        <translation>Een notitie hoort bij een kind met een BSN, onderwijsnummer of een naam met geboortedatum.</translation>
    </message>
</context>
<context>
    <name>ChildStates</name>
    <message>
        <source>The closed cases could not be read: %1</source>
        <translation>De afgesloten dossiers konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The restrictions and holds could not be read: %1</source>
        <translation>De beperkingen en bewaarblokkades konden niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>Closures</name>
    <message>
        <source>back in school</source>
        <translation>terug naar school</translation>
    </message>
    <message>
        <source>startkwalificatie obtained</source>
        <translation>startkwalificatie behaald</translation>
    </message>
    <message>
        <source>moved out of the region</source>
        <translation>verhuisd uit de regio</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>overleden</translation>
    </message>
    <message>
        <source>The child cannot be identified, so the case cannot be closed.</source>
        <translation>Het kind is niet te identificeren, dus het dossier kan niet worden afgesloten.</translation>
    </message>
    <message>
        <source>Give the date on which processing ended.</source>
        <translation>Geef de datum waarop de verwerking eindigde.</translation>
    </message>
    <message>
        <source>The note reads as special or criminal-law personal data (%1). Put it in general terms or leave it out.</source>
        <translation>De notitie leest als bijzondere of strafrechtelijke persoonsgegevens (%1). Formuleer haar algemeen of laat haar weg.</translation>
    </message>
    <message>
        <source>The case could not be closed: %1</source>
        <translation>Het dossier kon niet worden afgesloten: %1</translation>
    </message>
    <message>
        <source>The case could not be reopened: %1</source>
        <translation>Het dossier kon niet worden heropend: %1</translation>
    </message>
    <message>
        <source>This child&apos;s case is not closed.</source>
        <translation>Het dossier van dit kind is niet afgesloten.</translation>
    </message>
    <message>
        <source>The closed cases could not be read: %1</source>
        <translation>De afgesloten dossiers konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation>afgesloten: %1</translation>
    </message>
    <message>
        <source>%1; the partner still lists this child</source>
        <translation>%1; de partner heeft dit kind nog op de lijst</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <source>no column holds the category (absoluut verzuim, langdurig verzuim or vrijstelling 5a); map the column with the category, or choose one category for the whole file</source>
        <translation>geen enkele kolom bevat de categorie (absoluut verzuim, langdurig verzuim of vrijstelling 5a); koppel de kolom met de categorie, of kies één categorie voor het hele bestand</translation>
    </message>
    <message>
        <source>no column holds the BSN or onderwijsnummer, and there is no name and date of birth to identify children by; map the BSN column, or the name and date-of-birth columns</source>
        <translation>geen enkele kolom bevat het BSN of onderwijsnummer, en er zijn geen naam en geboortedatum om kinderen aan te herkennen; koppel de kolom met het BSN, of de kolommen met naam en geboortedatum</translation>
    </message>
    <message>
        <source>The columns of this file are not complete: %1.</source>
        <translation>De kolommen van dit bestand zijn niet compleet: %1.</translation>
    </message>
</context>
<context>
    <name>CommandGroup</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>missing command: %1</source>
        <translation>opdracht ontbreekt: %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;: use %2</source>
        <translation>onbekende opdracht &apos;%1&apos;: gebruik %2</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for more information.</source>
        <translation>Gebruik &apos;%1 %2 --help&apos; voor meer informatie.</translation>
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
        <source>unexpected argument: this command takes one file besides its options</source>
        <translation>onverwacht argument: deze opdracht kent naast de opties één bestand</translation>
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
        <source>Arguments:</source>
        <translation>Argumenten:</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for more information.</source>
        <translation>Gebruik &apos;%1 %2 --help&apos; voor meer informatie.</translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>onbekende opdracht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]
InBeeld on the command line: create, inspect, back up and restore the encrypted store of an
organisation, import lists into it and compare them.

Commands:</source>
        <translation>Gebruik: %1 &lt;opdracht&gt; [opties]
InBeeld op de opdrachtregel: het versleutelde gegevensbestand van een organisatie aanmaken,
bekijken, een reservekopie maken en terugzetten, er lijsten in importeren en ze vergelijken.

Opdrachten:</translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; (or &apos;%1 help &lt;command&gt;&apos;) for the options of a command.
Messages follow the language chosen in the program (Dutch by default); the environment
variable INBEELD_LANGUAGE=en or nl overrides it.</source>
        <translation>Gebruik &apos;%1 &lt;opdracht&gt; --help&apos; (of &apos;%1 help &lt;opdracht&gt;&apos;) voor de opties van een opdracht.
Meldingen volgen de taal die in het programma is gekozen (standaard Nederlands); de
omgevingsvariabele INBEELD_LANGUAGE=en of nl gaat daarvoor.</translation>
    </message>
</context>
<context>
    <name>CompareCommands</name>
    <message>
        <source>list %1 (%2, peildatum %3, %4 children)</source>
        <translation>lijst %1 (%2, peildatum %3, %4 kinderen)</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(geen nummer)</translation>
    </message>
    <message>
        <source>%1: %2 (ours) / %3 (theirs)</source>
        <translation>%1: %2 (wij) / %3 (partner)</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>confirmed as the same child</source>
        <translation>bevestigd als hetzelfde kind</translation>
    </message>
    <message>
        <source>a probable match was rejected</source>
        <translation>een waarschijnlijke overeenkomst is afgewezen</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>verwacht</translation>
    </message>
    <message>
        <source>Our %1 compared with their %2.</source>
        <translation>Onze %1 vergeleken met hun %2.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) on both lists without differences not shown; use --all to list them.</source>
        <translation>
            <numerusform>%n kind op beide lijsten zonder verschillen niet getoond; gebruik --all om het te tonen.</numerusform>
            <numerusform>%n kinderen op beide lijsten zonder verschillen niet getoond; gebruik --all om ze te tonen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;expected&quot;: under the agreement this category is normally known to one party only, so a child on one list only is no reason for concern.</source>
        <translation>&quot;verwacht&quot;: volgens het convenant is deze categorie normaal alleen bij één partij bekend, dus een kind op maar één lijst is geen reden tot zorg.</translation>
    </message>
    <message>
        <source>Compare your own list with a partner&apos;s list, child by child, per category: on both lists (both), on both but recorded differently (differs), only on one list (only_ours, only_theirs), or probably the same child without a BSN on one side (probable). Confirm or reject probable matches in the program.</source>
        <translation>Vergelijk uw eigen lijst met de lijst van een partner, kind voor kind, per categorie: op beide lijsten (both), op beide maar anders vastgelegd (differs), op maar één lijst (only_ours, only_theirs), of waarschijnlijk hetzelfde kind zonder BSN aan één kant (probable). Bevestig of wijs waarschijnlijke overeenkomsten af in het programma.</translation>
    </message>
    <message>
        <source>The number of your own list (default: the newest; see &apos;snapshots list&apos;).</source>
        <translation>Het nummer van uw eigen lijst (standaard: de nieuwste; zie &apos;snapshots list&apos;).</translation>
    </message>
    <message>
        <source>The number of the partner&apos;s list (default: the newest).</source>
        <translation>Het nummer van de lijst van de partner (standaard: de nieuwste).</translation>
    </message>
    <message>
        <source>Print a JSON object (summary per category and all items) instead of text.</source>
        <translation>Druk een JSON-object af (overzicht per categorie en alle regels) in plaats van tekst.</translation>
    </message>
    <message>
        <source>Also list the children that are on both lists without differences.</source>
        <translation>Toon ook de kinderen die zonder verschillen op beide lijsten staan.</translation>
    </message>
    <message>
        <source>Also write the counts per category and outcome (no personal data) to FILE.</source>
        <translation>Schrijf ook de aantallen per categorie en uitkomst (geen persoonsgegevens) naar FILE.</translation>
    </message>
    <message>
        <source>--%1 needs the number of a list, like 3</source>
        <translation>--%1 vraagt het nummer van een lijst, zoals 3</translation>
    </message>
    <message>
        <source>Compare your list with a partner&apos;s list, per category</source>
        <translation>Uw lijst per categorie vergelijken met de lijst van een partner</translation>
    </message>
    <message>
        <source>Also write the overview (counts only, no personal data) as a PDF to FILE.</source>
        <translation>Schrijf ook het overzicht (alleen aantallen, geen persoonsgegevens) als pdf naar FILE.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Expected: under the agreement, &quot;%1&quot; is normally known only to us (%2), so %3 would not have this child on its list.</source>
        <translation>Verwacht: volgens het convenant is &quot;%1&quot; normaal alleen bij ons (%2) bekend, dus %3 heeft dit kind niet op de lijst.</translation>
    </message>
    <message>
        <source>Expected: under the agreement, &quot;%1&quot; is normally known only to %2, so our list would not have this child.</source>
        <translation>Verwacht: volgens het convenant is &quot;%1&quot; normaal alleen bij %2 bekend, dus onze lijst heeft dit kind niet.</translation>
    </message>
    <message>
        <source>On both lists</source>
        <translation>Op beide lijsten</translation>
    </message>
    <message>
        <source>On both lists, recorded differently</source>
        <translation>Op beide lijsten, anders vastgelegd</translation>
    </message>
    <message>
        <source>Only on our list</source>
        <translation>Alleen op onze lijst</translation>
    </message>
    <message>
        <source>Only on their list</source>
        <translation>Alleen op hun lijst</translation>
    </message>
    <message>
        <source>Probably the same child (check)</source>
        <translation>Waarschijnlijk hetzelfde kind (controleren)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Last known school</source>
        <translation>Laatst bekende school</translation>
    </message>
    <message>
        <source>Start date (absence or exemption)</source>
        <translation>Startdatum (verzuim of vrijstelling)</translation>
    </message>
</context>
<context>
    <name>ComparisonCounts</name>
    <message>
        <source>The counts could not be written to %1: %2. Choose another folder.</source>
        <translation>De aantallen konden niet worden geschreven naar %1: %2. Kies een andere map.</translation>
    </message>
</context>
<context>
    <name>ComparisonService</name>
    <message>
        <source>List %1 is a partner&apos;s list, not your own. Choose one of your own lists (see &quot;snapshots list&quot;).</source>
        <translation>Lijst %1 is een lijst van een partner, niet uw eigen lijst. Kies een van uw eigen lijsten (zie &quot;snapshots list&quot;).</translation>
    </message>
    <message>
        <source>List %1 is your own list, not a partner&apos;s. Choose one of the partner&apos;s lists (see &quot;snapshots list&quot;).</source>
        <translation>Lijst %1 is uw eigen lijst, niet die van een partner. Kies een van de lijsten van de partner (zie &quot;snapshots list&quot;).</translation>
    </message>
    <message>
        <source>There is no list (snapshot) with number %1 in this store. List the snapshots to see their numbers.</source>
        <translation>Er is geen lijst met nummer %1 in dit gegevensbestand. Bekijk de lijsten om hun nummers te zien.</translation>
    </message>
    <message>
        <source>There is no list of your own in this store yet. Import your list first (side &quot;ours&quot;), then compare.</source>
        <translation>Er is nog geen eigen lijst in dit gegevensbestand. Importeer eerst uw lijst (kant &quot;ours&quot;) en vergelijk daarna.</translation>
    </message>
    <message>
        <source>There is no partner&apos;s list in this store yet. Import the partner&apos;s list first (side &quot;theirs&quot;), then compare.</source>
        <translation>Er is nog geen lijst van een partner in dit gegevensbestand. Importeer eerst de lijst van de partner (kant &quot;theirs&quot;) en vergelijk daarna.</translation>
    </message>
</context>
<context>
    <name>ConfirmationMethods</name>
    <message>
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>persoonlijk</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file</source>
        <translation>het bestand</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2. Check that it exists and that you may read it.</source>
        <translation>Het bestand %1 kan niet worden geopend: %2. Controleer of het bestaat en of u het mag lezen.</translation>
    </message>
    <message>
        <source>%1 is an Excel workbook (XLSX) or another ZIP archive, not a CSV file. Import it as a workbook, or save it from the spreadsheet program as CSV.</source>
        <translation>%1 is een Excel-werkmap (XLSX) of een ander ZIP-archief, geen CSV-bestand. Importeer het als werkmap, of sla het in het spreadsheetprogramma op als CSV.</translation>
    </message>
    <message>
        <source>%1 is not a text file, so it cannot be read as CSV. Save the list from the spreadsheet program as CSV or XLSX.</source>
        <translation>%1 is geen tekstbestand en kan dus niet als CSV worden gelezen. Sla de lijst in het spreadsheetprogramma op als CSV of XLSX.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns. This is not a table that can be imported; check that you chose the right file.</source>
        <translation>Regel %1 heeft meer dan %2 kolommen. Dit is geen tabel die kan worden geïmporteerd; controleer of u het juiste bestand hebt gekozen.</translation>
    </message>
    <message>
        <source>Line %1: a cell starts with a quote (&quot;) that is never closed, so the rest of the file would be one cell. Add the missing quote in the source file, or save the list again from the spreadsheet program.</source>
        <translation>Regel %1: een cel begint met een aanhalingsteken (&quot;) dat nergens wordt afgesloten, zodat de rest van het bestand één cel zou worden. Voeg het ontbrekende aanhalingsteken toe in het bronbestand, of sla de lijst opnieuw op vanuit het spreadsheetprogramma.</translation>
    </message>
    <message>
        <source>Line %1 has a value beyond column %2; InBeeld reads the first %2 columns, and a list has far fewer. Remove what stands in the far columns and import again.</source>
        <translation>Regel %1 heeft een waarde voorbij kolom %2; InBeeld leest de eerste %2 kolommen, en een lijst heeft er veel minder. Haal weg wat in de verre kolommen staat en importeer opnieuw.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %L2 characters. That is not a row of a list; check that you chose the right file.</source>
        <translation>Regel %1 is langer dan %L2 tekens. Dat is geen regel van een lijst; controleer of u het juiste bestand hebt gekozen.</translation>
    </message>
    <message>
        <source>Line %1: a cell is longer than %L2 characters. If a quote (&quot;) opens a cell on that line, its closing quote is probably missing; add it in the source file.</source>
        <translation>Regel %1: een cel van meer dan %L2 tekens. Als een aanhalingsteken (&quot;) op die regel een cel opent, ontbreekt waarschijnlijk het afsluitende aanhalingsteken; voeg het toe in het bronbestand.</translation>
    </message>
</context>
<context>
    <name>DecisionCommands</name>
    <message>
        <source>Decision %1 (%2)</source>
        <translation>Besluit %1 (%2)</translation>
    </message>
    <message>
        <source>  Standing decision for the quarterly exchange of the agreement %1</source>
        <translation>  Vast besluit voor de kwartaaluitwisseling van convenant %1</translation>
    </message>
    <message>
        <source>  Child:       %1 (record %2, list %3, category %4)</source>
        <translation>  Kind:          %1 (registratie %2, lijst %3, categorie %4)</translation>
    </message>
    <message>
        <source>  Recipient:   %1</source>
        <translation>  Ontvanger:     %1</translation>
    </message>
    <message>
        <source>  Decided:     %1 by %2</source>
        <translation>  Besloten:      %1 door %2</translation>
    </message>
    <message>
        <source>  Expires:     %1</source>
        <translation>  Verloopt:      %1</translation>
    </message>
    <message>
        <source>  Informed:    yes (%1)</source>
        <translation>  Geïnformeerd:  ja (%1)</translation>
    </message>
    <message>
        <source>  Informed:    no: %1</source>
        <translation>  Geïnformeerd:  nee: %1</translation>
    </message>
    <message>
        <source>  Ground:      %1</source>
        <translation>  Grondslag:     %1</translation>
    </message>
    <message>
        <source>  Law:         %1</source>
        <translation>  Wet:           %1</translation>
    </message>
    <message>
        <source>  Purpose:     %1</source>
        <translation>  Doel:          %1</translation>
    </message>
    <message>
        <source>(outside the agreement)</source>
        <translation>(buiten het convenant)</translation>
    </message>
    <message>
        <source>  Outcome:     a less intrusive way was chosen (%1); nothing may be shared</source>
        <translation>  Uitkomst:      er is gekozen voor een minder ingrijpende manier (%1); er mag niets worden gedeeld</translation>
    </message>
    <message>
        <source>  Fields (%1): %2</source>
        <translation>  Gegevens (%1): %2</translation>
    </message>
    <message>
        <source>  Less intrusive ways: %1</source>
        <translation>  Minder ingrijpende manieren: %1</translation>
    </message>
    <message>
        <source>  Fields:      %1</source>
        <translation>  Gegevens:      %1</translation>
    </message>
    <message>
        <source>    why %1: %2</source>
        <translation>    waarom %1: %2</translation>
    </message>
    <message>
        <source>  Less intrusive ways not enough: %1</source>
        <translation>  Minder ingrijpende manieren niet genoeg: %1</translation>
    </message>
    <message>
        <source>  Withdrawn:   %1 by %2 %3</source>
        <translation>  Ingetrokken:   %1 door %2 %3</translation>
    </message>
    <message>
        <source>Usage: %1 decisions [list|show|withdraw|standing] [options]
The decisions of the four-step check taken in a store.

Commands:
  list       List the decisions, newest first (the default)
  show       Show one decision in full
  withdraw   Withdraw a decision: from then on it covers nothing
  standing   Record the standing decision of the quarterly exchange of the lists

Run &apos;%1 decisions &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Gebruik: %1 decisions [list|show|withdraw|standing] [opties]
De besluiten volgens het stappenplan die in een gegevensbestand zijn genomen.

Opdrachten:
  list       De besluiten tonen, nieuwste eerst (de standaard)
  show       Eén besluit volledig tonen
  withdraw   Een besluit intrekken: vanaf dan dekt het niets meer
  standing   Het vaste besluit voor de kwartaaluitwisseling van de lijsten vastleggen

Gebruik &apos;%1 decisions &lt;opdracht&gt; --help&apos; voor de opties van een opdracht.</translation>
    </message>
    <message>
        <source>Record the four-step check (Stappenplan informatie delen) before sharing a child&apos;s data with a party of the agreement. The answers come from a JSON file (see README.md) and are checked with the same rules as the wizard, including the check for special categories of personal data. The child is looked up by BSN in the newest lists of the store.</source>
        <translation>Het stappenplan (Stappenplan informatie delen) vastleggen voordat gegevens van een kind worden gedeeld met een partij bij het convenant. De antwoorden komen uit een JSON-bestand (zie README.md) en worden gecontroleerd met dezelfde regels als in de wizard, inclusief de controle op bijzondere persoonsgegevens. Het kind wordt op BSN opgezocht in de nieuwste lijsten van het gegevensbestand.</translation>
    </message>
    <message>
        <source>The party to share with: the id of a party of the agreement.</source>
        <translation>De partij waarmee u deelt: het id van een partij bij het convenant.</translation>
    </message>
    <message>
        <source>The JSON file with the answers of the four steps.</source>
        <translation>Het JSON-bestand met de antwoorden op de vier stappen.</translation>
    </message>
    <message>
        <source>Print the recorded decision as a JSON object.</source>
        <translation>Het vastgelegde besluit als JSON-object tonen.</translation>
    </message>
    <message>
        <source>Exit code 0 when the decision was recorded (also when a less intrusive way was chosen), 1 when the answers are incomplete or the child is not found.</source>
        <translation>Afsluitcode 0 als het besluit is vastgelegd (ook als een minder ingrijpende manier is gekozen), 1 als de antwoorden onvolledig zijn of het kind niet is gevonden.</translation>
    </message>
    <message>
        <source>--bsn: %1</source>
        <translation>--bsn: %1</translation>
    </message>
    <message>
        <source>the answers file %1 could not be read: %2</source>
        <translation>het antwoordenbestand %1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>the answers file %1 is not a JSON object (at character %2: %3)</source>
        <translation>het antwoordenbestand %1 is geen JSON-object (bij teken %2: %3)</translation>
    </message>
    <message>
        <source>the store&apos;s agreement profile &quot;%1&quot; is not known to this program</source>
        <translation>het convenantprofiel &quot;%1&quot; van het gegevensbestand is niet bekend in dit programma</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a party of the agreement. Use one of:
%2</source>
        <translation>--to: &quot;%1&quot; is geen partij bij het convenant. Gebruik een van:
%2</translation>
    </message>
    <message>
        <source>no child with BSN %1 is in the newest lists of this store; import the list first</source>
        <translation>er staat geen kind met BSN %1 in de nieuwste lijsten van dit gegevensbestand; importeer eerst de lijst</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
    <message>
        <source>Recorded decision %1: a less intrusive way was chosen (%2). Nothing about this child may be shared with %3.</source>
        <translation>Besluit %1 vastgelegd: er is gekozen voor een minder ingrijpende manier (%2). Over dit kind mag niets worden gedeeld met %3.</translation>
    </message>
    <message>
        <source>Recorded decision %1: %2 may be shared with %3 until %4.</source>
        <translation>Besluit %1 vastgelegd: delen met %3 is toegestaan tot %4, voor: %2.</translation>
    </message>
    <message>
        <source>List the decisions of the four-step check, newest first.</source>
        <translation>De besluiten volgens het stappenplan tonen, nieuwste eerst.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of text.</source>
        <translation>Een JSON-array tonen in plaats van tekst.</translation>
    </message>
    <message>
        <source>No decisions have been taken in this store yet.</source>
        <translation>Er zijn nog geen besluiten genomen in dit gegevensbestand.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Decided (UTC)</source>
        <translation>Besloten (UTC)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation>Verloopt (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(quarterly exchange)</source>
        <translation>(kwartaaluitwisseling)</translation>
    </message>
    <message>
        <source>(all parties)</source>
        <translation>(alle partijen)</translation>
    </message>
    <message>
        <source>per category</source>
        <translation>per categorie</translation>
    </message>
    <message>
        <source>Show one decision in full: the weighing of every step.</source>
        <translation>Eén besluit volledig tonen: de afweging bij elke stap.</translation>
    </message>
    <message>
        <source>The number of the decision (see &apos;decisions list&apos;).</source>
        <translation>Het nummer van het besluit (zie &apos;decisions list&apos;).</translation>
    </message>
    <message>
        <source>Print a JSON object instead of text.</source>
        <translation>Een JSON-object tonen in plaats van tekst.</translation>
    </message>
    <message>
        <source>give the number of a decision, like 3</source>
        <translation>geef het nummer van een besluit op, bijvoorbeeld 3</translation>
    </message>
    <message>
        <source>Withdraw a decision. From then on it covers nothing; take a new decision to share again.</source>
        <translation>Een besluit intrekken. Vanaf dan dekt het niets meer; neem een nieuw besluit om opnieuw te delen.</translation>
    </message>
    <message>
        <source>Why the decision is withdrawn (kept with the decision).</source>
        <translation>Waarom het besluit wordt ingetrokken (wordt bij het besluit bewaard).</translation>
    </message>
    <message>
        <source>Decision %1 withdrawn.</source>
        <translation>Besluit %1 ingetrokken.</translation>
    </message>
    <message>
        <source>Record the standing decision that covers the quarterly exchange of the lists under the agreement: its legal ground, its purpose, the fields per category of Bijlage 1, and why counts alone are not enough. Shows it when it was recorded already.</source>
        <translation>Het vaste besluit vastleggen dat de kwartaaluitwisseling van de lijsten onder het convenant dekt: de grondslag, het doel, de gegevens per categorie uit Bijlage 1, en waarom alleen aantallen niet genoeg zijn. Toont het besluit als het al eerder is vastgelegd.</translation>
    </message>
    <message>
        <source>Record the four-step check before sharing a child&apos;s data</source>
        <translation>Het stappenplan vastleggen voordat gegevens van een kind worden gedeeld</translation>
    </message>
    <message>
        <source>List the decisions, newest first (the default)</source>
        <translation>De besluiten tonen, nieuwste eerst (standaard)</translation>
    </message>
    <message>
        <source>Show one decision in full</source>
        <translation>Eén besluit volledig tonen</translation>
    </message>
    <message>
        <source>Withdraw a decision: from then on it covers nothing</source>
        <translation>Een besluit intrekken: daarna dekt het niets meer</translation>
    </message>
    <message>
        <source>Record the standing decision of the quarterly exchange of the lists</source>
        <translation>Het vaste besluit voor de kwartaaluitwisseling van de lijsten vastleggen</translation>
    </message>
    <message>
        <source>Also write the decision record (the whole weighing, marked confidential) as a PDF to FILE.</source>
        <translation>Schrijf ook het besluitverslag (de hele afweging, gemarkeerd als vertrouwelijk) als pdf naar FILE.</translation>
    </message>
    <message>
        <source>The child&apos;s BSN; &quot;-&quot; reads it from standard input, so that it does not show in the process list.</source>
        <translation>Het BSN van het kind; met &quot;-&quot; wordt het van de standaardinvoer gelezen, zodat het niet in de proceslijst te zien is.</translation>
    </message>
    <message>
        <source>  Area rule:   %1</source>
        <translation>  Gebiedsregel: %1</translation>
    </message>
</context>
<context>
    <name>DecisionStore</name>
    <message>
        <source>The decision could not be stored: %1</source>
        <translation>Het besluit kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>This decision has been stored already.</source>
        <translation>Dit besluit is al opgeslagen.</translation>
    </message>
    <message>
        <source>A decision about a child needs the child and a recipient.</source>
        <translation>Voor een besluit over een kind zijn het kind en een ontvanger nodig.</translation>
    </message>
    <message>
        <source>The standing decision for the quarterly exchange has been recorded already (decision %1). Withdraw it first to record it again.</source>
        <translation>Het vaste besluit voor de kwartaaluitwisseling is al vastgelegd (besluit %1). Trek het eerst in om het opnieuw vast te leggen.</translation>
    </message>
    <message>
        <source>Decision %1 was withdrawn already, on %2.</source>
        <translation>Besluit %1 is al ingetrokken, op %2.</translation>
    </message>
    <message>
        <source>The decision could not be withdrawn: %1</source>
        <translation>Het besluit kon niet worden ingetrokken: %1</translation>
    </message>
    <message>
        <source>The decisions could not be read: %1</source>
        <translation>De besluiten konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Decision %1 in the store cannot be read: %2</source>
        <translation>Besluit %1 in het gegevensbestand kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>There is no decision %1 in this store. List the decisions to see their numbers.</source>
        <translation>Er is geen besluit %1 in dit gegevensbestand. Bekijk de besluiten om hun nummers te zien.</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <source>The demo list %1 could not be written: %2</source>
        <translation>De demolijst %1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>The demo list %1 could not be imported.</source>
        <translation>De demolijst %1 kon niet worden geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Confidential: this document contains personal data.</source>
        <translation>Vertrouwelijk: dit document bevat persoonsgegevens.</translation>
    </message>
    <message>
        <source>The document could not be drawn.</source>
        <translation>Het document kon niet worden getekend.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: contains personal data, do not pass on</source>
        <translation>VERTROUWELIJK: bevat persoonsgegevens, niet doorgeven</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>DutchDate</name>
    <message>
        <source>The Excel date number %1 is not a date: %2 Format the cell as a date in the spreadsheet and export it again.</source>
        <translation>Het Excel-datumgetal %1 is geen datum: %2 Maak de cel in het spreadsheetprogramma op als datum en exporteer het bestand opnieuw.</translation>
    </message>
    <message>
        <source>Excel date numbers run from 1 (1 January 1900) to 2958465 (31 December 9999).</source>
        <translation>Excel-datumgetallen lopen van 1 (1 januari 1900) tot en met 2958465 (31 december 9999).</translation>
    </message>
    <message>
        <source>it stands for 29 February 1900, a day that did not exist.</source>
        <translation>het staat voor 29 februari 1900, een dag die niet heeft bestaan.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not valid: %2 Write dates like 3-9-2026, 03-09-2026 or 2026-09-03.</source>
        <translation>De datum &quot;%1&quot; is ongeldig: %2 Schrijf datums als 3-9-2026, 03-09-2026 of 2026-09-03.</translation>
    </message>
    <message>
        <source>The date is empty. Fill in a date like 3-9-2026.</source>
        <translation>De datum is leeg. Vul een datum in zoals 3-9-2026.</translation>
    </message>
    <message>
        <source>it contains more than a date.</source>
        <translation>er staat meer in dan alleen een datum.</translation>
    </message>
    <message>
        <source>as year-month-day (yyyymmdd) there is no such day.</source>
        <translation>als jaar-maand-dag (jjjjmmdd) bestaat die dag niet.</translation>
    </message>
    <message>
        <source>it is not a date in a known form.</source>
        <translation>het is geen datum in een bekende vorm.</translation>
    </message>
    <message>
        <source>the year must have four digits, so that 1926 and 2026 cannot be confused.</source>
        <translation>het jaar moet vier cijfers hebben, zodat 1926 en 2026 niet door elkaar kunnen worden gehaald.</translation>
    </message>
    <message>
        <source>the year %1 is before 1900.</source>
        <translation>het jaar %1 ligt vóór 1900.</translation>
    </message>
    <message>
        <source>there is no month %1; the date may be written month first.</source>
        <translation>er bestaat geen maand %1; misschien staat de maand vooraan in de datum.</translation>
    </message>
    <message>
        <source>there is no month %1.</source>
        <translation>er bestaat geen maand %1.</translation>
    </message>
    <message>
        <source>%1 %2 has %3 days.</source>
        <translation>%1 %2 heeft %3 dagen.</translation>
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
    <name>Identity</name>
    <message>
        <source>The organisation&apos;s keys could not be stored: %1</source>
        <translation>De sleutels van de organisatie konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The organisation&apos;s keys could not be read: %1</source>
        <translation>De sleutels van de organisatie konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>De cryptografische bibliotheek kon niet worden gestart.</translation>
    </message>
    <message>
        <source>The store is busy; the organisation&apos;s keys were not created.</source>
        <translation>Het gegevensbestand is bezig; de sleutels van de organisatie zijn niet aangemaakt.</translation>
    </message>
    <message>
        <source>This store holds no keys for the organisation. Open it once with this version of InBeeld to create them.</source>
        <translation>Dit gegevensbestand bevat geen sleutels van de organisatie. Open het een keer met deze versie van InBeeld om ze aan te maken.</translation>
    </message>
    <message>
        <source>The organisation&apos;s keys in this store are damaged. Restore a backup of the store.</source>
        <translation>De sleutels van de organisatie in dit gegevensbestand zijn beschadigd. Zet een reservekopie van het gegevensbestand terug.</translation>
    </message>
    <message>
        <source>The store is busy; the keys were not changed.</source>
        <translation>Het gegevensbestand is bezig; de sleutels zijn niet gewijzigd.</translation>
    </message>
    <message>
        <source>The keys could not be changed: %1</source>
        <translation>De sleutels konden niet worden gewijzigd: %1</translation>
    </message>
</context>
<context>
    <name>IdentityCard</name>
    <message>
        <source>This file is not an InBeeld identity card. Ask your partner for the card file that InBeeld made (Identity → Export card, or &apos;inbeeld-cli identity export&apos;).</source>
        <translation>Dit bestand is geen identiteitskaart van InBeeld. Vraag uw partner om het kaartbestand dat InBeeld heeft gemaakt (Identiteit → Kaart exporteren, of &apos;inbeeld-cli identity export&apos;).</translation>
    </message>
    <message>
        <source>The identity card is damaged or was changed after it was made (%1). Do not use it; ask your partner for a new card.</source>
        <translation>De identiteitskaart is beschadigd of is gewijzigd nadat hij is gemaakt (%1). Gebruik hem niet; vraag uw partner om een nieuwe kaart.</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>het is geen geldige JSON</translation>
    </message>
    <message>
        <source>This identity card was made by a newer version of InBeeld (card format %1). Install the newer version to read it.</source>
        <translation>Deze identiteitskaart is gemaakt met een nieuwere versie van InBeeld (kaartformaat %1). Installeer de nieuwere versie om hem te lezen.</translation>
    </message>
    <message>
        <source>the format version is missing</source>
        <translation>de formaatversie ontbreekt</translation>
    </message>
    <message>
        <source>the organisation name is missing</source>
        <translation>de naam van de organisatie ontbreekt</translation>
    </message>
    <message>
        <source>the role is missing or unknown</source>
        <translation>de rol ontbreekt of is onbekend</translation>
    </message>
    <message>
        <source>the creation time is missing</source>
        <translation>het aanmaaktijdstip ontbreekt</translation>
    </message>
    <message>
        <source>a public key is missing or has the wrong length</source>
        <translation>een publieke sleutel ontbreekt of heeft de verkeerde lengte</translation>
    </message>
    <message>
        <source>the signature is missing</source>
        <translation>de handtekening ontbreekt</translation>
    </message>
    <message>
        <source>the key rotation statement is incomplete</source>
        <translation>de verklaring over de sleutelwissel is onvolledig</translation>
    </message>
    <message>
        <source>the key rotation statement does not match the keys</source>
        <translation>de verklaring over de sleutelwissel past niet bij de sleutels</translation>
    </message>
    <message>
        <source>the fingerprint written on it does not belong to its keys</source>
        <translation>de vingerafdruk die erop staat, hoort niet bij de sleutels op de kaart</translation>
    </message>
    <message>
        <source>the age key written on it does not match its encryption key</source>
        <translation>de age-sleutel die erop staat, past niet bij de versleutelingssleutel op de kaart</translation>
    </message>
    <message>
        <source>its signature does not match its contents</source>
        <translation>de handtekening past niet bij de inhoud</translation>
    </message>
    <message>
        <source>The identity card %1 could not be opened: %2</source>
        <translation>De identiteitskaart %1 kon niet worden geopend: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an identity card. Choose the card file your partner sent.</source>
        <translation>%1 is te groot voor een identiteitskaart. Kies het kaartbestand dat uw partner heeft gestuurd.</translation>
    </message>
    <message>
        <source>There is already a file at %1. Choose another name; an existing file is never overwritten.</source>
        <translation>Er staat al een bestand op %1. Kies een andere naam; een bestaand bestand wordt nooit overschreven.</translation>
    </message>
    <message>
        <source>The identity card could not be written to %1: %2</source>
        <translation>De identiteitskaart kon niet worden geschreven naar %1: %2</translation>
    </message>
</context>
<context>
    <name>IdentityCommands</name>
    <message>
        <source>there is already a file at %1; choose another name (an existing file is never overwritten)</source>
        <translation>er staat al een bestand op %1; kies een andere naam (een bestaand bestand wordt nooit overschreven)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Show the organisation&apos;s identity: fingerprint, signing key (also as minisign key) and encryption key (as age recipient).</source>
        <translation>De identiteit van de organisatie tonen: vingerafdruk, ondertekeningssleutel (ook als minisign-sleutel) en versleutelingssleutel (als age-ontvanger).</translation>
    </message>
    <message>
        <source>Print a JSON object instead of text.</source>
        <translation>Een JSON-object tonen in plaats van tekst.</translation>
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
        <source>Fingerprint:</source>
        <translation>Vingerafdruk:</translation>
    </message>
    <message>
        <source>Signing key (Ed25519):</source>
        <translation>Ondertekeningssleutel (Ed25519):</translation>
    </message>
    <message>
        <source>minisign public key:</source>
        <translation>Publieke minisign-sleutel:</translation>
    </message>
    <message>
        <source>%1 (key id %2)</source>
        <translation>%1 (sleutel-id %2)</translation>
    </message>
    <message>
        <source>age recipient (X25519):</source>
        <translation>age-ontvanger (X25519):</translation>
    </message>
    <message>
        <source>Keys created:</source>
        <translation>Sleutels aangemaakt:</translation>
    </message>
    <message>
        <source>Write the organisation&apos;s identity card to FILE (JSON): name, role, agreement, both public keys and the fingerprint, signed with the signing key. Hand it to your partner; they add it after comparing the fingerprint with you by phone or in person.</source>
        <translation>De identiteitskaart van de organisatie naar FILE schrijven (JSON): naam, rol, convenant, beide publieke sleutels en de vingerafdruk, ondertekend met de ondertekeningssleutel. Geef de kaart aan uw partner; die voegt hem toe nadat u samen de vingerafdruk telefonisch of persoonlijk hebt vergeleken.</translation>
    </message>
    <message>
        <source>Where to write the card (an existing file is never replaced).</source>
        <translation>Waar de kaart komt (een bestaand bestand wordt nooit vervangen).</translation>
    </message>
    <message>
        <source>missing the FILE to write the card to</source>
        <translation>het bestand (FILE) om de kaart naar te schrijven ontbreekt</translation>
    </message>
    <message>
        <source>Identity card written to %1.</source>
        <translation>Identiteitskaart geschreven naar %1.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Vingerafdruk: %1</translation>
    </message>
    <message>
        <source>Give the card to your partner and read the fingerprint to them by phone or in person; they must compare it before adding you.</source>
        <translation>Geef de kaart aan uw partner en lees de partner de vingerafdruk telefonisch of persoonlijk voor; de partner moet die vergelijken voordat u wordt toegevoegd.</translation>
    </message>
    <message>
        <source>Write the organisation&apos;s public keys in the formats of the standard tools: the signing key as a minisign public key file (for &apos;minisign -V -p FILE&apos;), the encryption key as an age recipients file (for &apos;age -R FILE&apos;). Both options may be given together.</source>
        <translation>De publieke sleutels van de organisatie schrijven in de formaten van de standaardprogramma&apos;s: de ondertekeningssleutel als publiek sleutelbestand van minisign (voor &apos;minisign -V -p FILE&apos;), de versleutelingssleutel als ontvangersbestand van age (voor &apos;age -R FILE&apos;). Beide opties mogen samen worden gegeven.</translation>
    </message>
    <message>
        <source>Write the minisign public key file here.</source>
        <translation>Het publieke sleutelbestand van minisign hierheen schrijven.</translation>
    </message>
    <message>
        <source>Write the age recipient (age1…) here.</source>
        <translation>De age-ontvanger (age1…) hierheen schrijven.</translation>
    </message>
    <message>
        <source>choose what to write: --minisign FILE and/or --age FILE</source>
        <translation>kies wat er geschreven moet worden: --minisign FILE en/of --age FILE</translation>
    </message>
    <message>
        <source>minisign public key written to %1 (key id %2).</source>
        <translation>Publieke minisign-sleutel geschreven naar %1 (sleutel-id %2).</translation>
    </message>
    <message>
        <source>age recipient written to %1: %2</source>
        <translation>age-ontvanger geschreven naar %1: %2</translation>
    </message>
    <message>
        <source>Write the organisation&apos;s age SECRET key (AGE-SECRET-KEY-1…) to FILE, readable only by you (mode 0600), so that packages can be decrypted independently with &apos;age -d -i FILE&apos;. Anyone with this file can read every package sent to your organisation: use it only for verification, keep it off shared drives and delete it afterwards.</source>
        <translation>De GEHEIME age-sleutel van de organisatie (AGE-SECRET-KEY-1…) naar FILE schrijven, alleen leesbaar voor u (modus 0600), zodat pakketten onafhankelijk kunnen worden ontsleuteld met &apos;age -d -i FILE&apos;. Wie dit bestand heeft, kan elk pakket lezen dat naar uw organisatie is gestuurd: gebruik het alleen voor controle, zet het niet op gedeelde schijven en verwijder het daarna.</translation>
    </message>
    <message>
        <source>Write the age identity file here.</source>
        <translation>Het age-identiteitsbestand hierheen schrijven.</translation>
    </message>
    <message>
        <source>Required: confirms that you want a secret key in a file.</source>
        <translation>Verplicht: bevestigt dat u een geheime sleutel in een bestand wilt.</translation>
    </message>
    <message>
        <source>missing --age FILE (the only secret key format that can be exported)</source>
        <translation>--age FILE ontbreekt (het enige formaat waarin de geheime sleutel kan worden geëxporteerd)</translation>
    </message>
    <message>
        <source>this writes the organisation&apos;s secret decryption key to a file; add --%1 if that is what you want</source>
        <translation>dit schrijft de geheime ontsleutelingssleutel van de organisatie naar een bestand; voeg --%1 toe als u dat echt wilt</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>%1 kon niet worden aangemaakt: %2</translation>
    </message>
    <message>
        <source>WARNING: %1 now holds the organisation&apos;s secret decryption key. Anyone who can read it can read every package sent to you. Use it only to verify packages with &apos;age -d -i&apos;, keep it off shared drives and mail, and delete it when done.</source>
        <translation>WAARSCHUWING: %1 bevat nu de geheime ontsleutelingssleutel van de organisatie. Wie het bestand kan lezen, kan elk pakket lezen dat naar u is gestuurd. Gebruik het alleen om pakketten te controleren met &apos;age -d -i&apos;, zet het niet op gedeelde schijven of in e-mail, en verwijder het als u klaar bent.</translation>
    </message>
    <message>
        <source>age secret key written to %1 (readable only by you).</source>
        <translation>Geheime age-sleutel geschreven naar %1 (alleen leesbaar voor u).</translation>
    </message>
    <message>
        <source>Show the organisation&apos;s fingerprint and public keys</source>
        <translation>De vingerafdruk en publieke sleutels van de organisatie tonen</translation>
    </message>
    <message>
        <source>Write the identity card (JSON) to hand to partners</source>
        <translation>De identiteitskaart (JSON) schrijven om aan partners te geven</translation>
    </message>
    <message>
        <source>Write the public keys in minisign&apos;s or age&apos;s own format</source>
        <translation>De publieke sleutels schrijven in het eigen formaat van minisign of age</translation>
    </message>
    <message>
        <source>Write the age secret key, for independent verification only</source>
        <translation>De geheime age-sleutel schrijven, alleen voor onafhankelijke controle</translation>
    </message>
    <message>
        <source>Usage: %1 identity &lt;command&gt; [options]
The organisation&apos;s identity: an Ed25519 signing key and an X25519 encryption key, kept in the
encrypted store. Partners pin its public keys from the identity card after comparing the
fingerprint by phone or in person.

Commands:
  show            Show the organisation, fingerprint and public keys
  export FILE     Write the identity card (JSON) to hand to partners
  export-public   Write the public keys in minisign&apos;s (--minisign FILE) or age&apos;s (--age FILE)
                  own format, to check packages by hand with those tools
  export-secret   Write the age secret key (--age FILE), for independent verification only
  rotate          Replace the keys; the old ones sign the new identity card (--out FILE)

Run &apos;%1 identity &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Gebruik: %1 identity &lt;opdracht&gt; [opties]
De identiteit van de organisatie: een ondertekeningssleutel (Ed25519) en een
versleutelingssleutel (X25519), bewaard in het versleutelde gegevensbestand. Partners leggen de
publieke sleutels vast vanaf de identiteitskaart, nadat ze de vingerafdruk telefonisch of
persoonlijk met u hebben vergeleken.

Opdrachten:
  show            De organisatie, de vingerafdruk en de publieke sleutels tonen
  export FILE     De identiteitskaart (JSON) schrijven, om aan partners te geven
  export-public   De publieke sleutels schrijven in het eigen formaat van minisign (--minisign FILE)
                  of age (--age FILE), om pakketten met die programma&apos;s zelf te controleren
  export-secret   De geheime age-sleutel schrijven (--age FILE), alleen voor onafhankelijke controle
  rotate          De sleutels vervangen; de oude ondertekenen de nieuwe identiteitskaart (--out FILE)

Gebruik &apos;%1 identity &lt;opdracht&gt; --help&apos; voor de opties van een opdracht.</translation>
    </message>
    <message>
        <source>Replace the organisation&apos;s keys with new ones. The old signing key signs the new keys, so partners accept the new identity card (written to --out) without a new fingerprint check; the old keys are kept to open older packages, and the package numbering per partner goes on. Send the new card to every partner.</source>
        <translation>De sleutels van de organisatie vervangen door nieuwe. De oude ondertekeningssleutel ondertekent de nieuwe sleutels, zodat partners de nieuwe identiteitskaart (geschreven naar --out) accepteren zonder nieuwe vergelijking van de vingerafdruk; de oude sleutels blijven om oudere pakketten te openen, en de nummering van pakketten per partner loopt door. Stuur de nieuwe kaart naar elke partner.</translation>
    </message>
    <message>
        <source>Where to write the new identity card.</source>
        <translation>Waar de nieuwe identiteitskaart wordt geschreven.</translation>
    </message>
    <message>
        <source>Confirm the rotation.</source>
        <translation>De vervanging bevestigen.</translation>
    </message>
    <message>
        <source>replacing the keys needs --yes</source>
        <translation>voor het vervangen van de sleutels is --yes nodig</translation>
    </message>
    <message>
        <source>New keys made and signed by the old ones. New fingerprint: %1</source>
        <translation>Nieuwe sleutels gemaakt en ondertekend door de oude. Nieuwe vingerafdruk: %1</translation>
    </message>
    <message>
        <source>New identity card: %1. Send it to every partner.</source>
        <translation>Nieuwe identiteitskaart: %1. Stuur die naar elke partner.</translation>
    </message>
    <message>
        <source>Replace the keys; the old ones sign the new identity card</source>
        <translation>De sleutels vervangen; de oude ondertekenen de nieuwe identiteitskaart</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Rows not imported:</source>
        <translation>Niet geïmporteerde regels:</translation>
    </message>
    <message>
        <source>Warnings (rows imported):</source>
        <translation>Waarschuwingen (regels wel geïmporteerd):</translation>
    </message>
    <message>
        <source>About the file:</source>
        <translation>Over het bestand:</translation>
    </message>
    <message>
        <source>--map needs COLUMN=FIELD, for example --map &quot;Soort=category&quot;</source>
        <translation>--map verwacht KOLOM=VELD, bijvoorbeeld --map &quot;Soort=category&quot;</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in --map; use one of: %2, or none</source>
        <translation>onbekend veld &apos;%1&apos; in --map; gebruik een van: %2, of none</translation>
    </message>
    <message>
        <source>the file has no column &apos;%1&apos; (its columns: %2)</source>
        <translation>het bestand heeft geen kolom &apos;%1&apos; (de kolommen zijn: %2)</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(geen nummer)</translation>
    </message>
    <message>
        <source>Import a list of thuiszitters (CSV or XLSX) into a new snapshot of the store. Every row is checked; rows with errors are not imported and are listed with the reason, the others are stored in one go (all or nothing). Fields the agreement does not allow for a row&apos;s category are not stored.</source>
        <translation>Een lijst met thuiszitters (CSV of XLSX) importeren als nieuwe lijst in het gegevensbestand. Elke regel wordt gecontroleerd; regels met fouten worden niet geïmporteerd en met de reden getoond, de andere worden in één keer opgeslagen (alles of niets). Gegevens die het convenant voor de categorie van een regel niet toestaat, worden niet opgeslagen.</translation>
    </message>
    <message>
        <source>The list to import (.csv or .xlsx).</source>
        <translation>De lijst die u wilt importeren (.csv of .xlsx).</translation>
    </message>
    <message>
        <source>The list to import (instead of FILE).</source>
        <translation>De lijst die u wilt importeren (in plaats van FILE).</translation>
    </message>
    <message>
        <source>Whose list it is: ours (your own organisation&apos;s, the default) or theirs (a partner&apos;s).</source>
        <translation>Van wie de lijst is: ours (eigen lijst van uw organisatie, de standaard) of theirs (lijst van de partner).</translation>
    </message>
    <message>
        <source>Who delivered the list. Lists of the same source are compared with each other. Default for ours: the organisation&apos;s name; required for theirs.</source>
        <translation>Wie de lijst heeft aangeleverd. Lijsten van dezelfde bron worden met elkaar vergeleken. Standaard voor ours: de naam van de organisatie; verplicht voor theirs.</translation>
    </message>
    <message>
        <source>The list&apos;s reference date (YYYY-MM-DD). Default: a &apos;Peildatum&apos; above the header, else today.</source>
        <translation>De peildatum van de lijst (JJJJ-MM-DD). Standaard: een &apos;Peildatum&apos; boven de kolomnamen, anders vandaag.</translation>
    </message>
    <message>
        <source>XLSX: the sheet to read (default: the first).</source>
        <translation>XLSX: het werkblad dat moet worden gelezen (standaard: het eerste).</translation>
    </message>
    <message>
        <source>One category for every row, for lists without a category column: absoluut, langdurig or vrijstelling_5a.</source>
        <translation>Eén categorie voor elke regel, voor lijsten zonder kolom met de categorie: absoluut, langdurig of vrijstelling_5a.</translation>
    </message>
    <message>
        <source>Map the columns with this saved column mapping.</source>
        <translation>De kolommen koppelen met deze opgeslagen kolomkoppeling.</translation>
    </message>
    <message>
        <source>Save the column mapping under this name; a later list with the same columns uses it automatically.</source>
        <translation>De kolomkoppeling onder deze naam opslaan; een latere lijst met dezelfde kolommen gebruikt haar automatisch.</translation>
    </message>
    <message>
        <source>Map a column to a field, e.g. --map &quot;Soort=category&quot; or --map &quot;Opmerking=none&quot;. May be repeated.</source>
        <translation>Een kolom aan een veld koppelen, bijv. --map &quot;Soort=category&quot; of --map &quot;Opmerking=none&quot;. Mag vaker worden gegeven.</translation>
    </message>
    <message>
        <source>Check the list and report, but store nothing.</source>
        <translation>De lijst controleren en verslag doen, maar niets opslaan.</translation>
    </message>
    <message>
        <source>Write the rows that were not imported, with the reasons, to this CSV file (for Excel).</source>
        <translation>De regels die niet zijn geïmporteerd, met de redenen, naar dit CSV-bestand schrijven (voor Excel).</translation>
    </message>
    <message>
        <source>Print the report as a JSON object.</source>
        <translation>Het verslag als JSON-object tonen.</translation>
    </message>
    <message>
        <source>Fields for --map: %1, none.
Exit code 0 when rows were imported (also when some were rejected: see the report), 1 when nothing was imported.</source>
        <translation>Velden voor --map: %1, none.
Afsluitcode 0 als er regels zijn geïmporteerd (ook als er regels zijn afgewezen: zie het verslag), 1 als er niets is geïmporteerd.</translation>
    </message>
    <message>
        <source>give the file once: as FILE or with --file</source>
        <translation>geef het bestand één keer op: als FILE of met --file</translation>
    </message>
    <message>
        <source>missing the file to import</source>
        <translation>het bestand om te importeren ontbreekt</translation>
    </message>
    <message>
        <source>unknown side &apos;%1&apos;: use ours or theirs</source>
        <translation>onbekende kant &apos;%1&apos;: gebruik ours of theirs</translation>
    </message>
    <message>
        <source>--source NAME is required for a partner&apos;s list (--side theirs)</source>
        <translation>--source NAAM is verplicht voor een lijst van de partner (--side theirs)</translation>
    </message>
    <message>
        <source>--peildatum: %1</source>
        <translation>--peildatum: %1</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation>het bestand %1 bestaat niet</translation>
    </message>
    <message>
        <source>The columns were mapped like this (change it with --map COLUMN=FIELD, or give --category):</source>
        <translation>De kolommen zijn zo gekoppeld (wijzig dit met --map KOLOM=VELD, of geef --category op):</translation>
    </message>
    <message>
        <source>Importing: %1% (%2 rows)</source>
        <translation>Importeren: %1% (%2 regels)</translation>
    </message>
    <message>
        <source>Saving %1 rows in the encrypted store…</source>
        <translation>%1 regels worden opgeslagen in het versleutelde gegevensbestand…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rejected row(s) to %1.</source>
        <translation>
            <numerusform>%n afgewezen regel geschreven naar %1.</numerusform>
            <numerusform>%n afgewezen regels geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>none of the rows could be imported</source>
        <translation>geen van de regels kon worden geïmporteerd</translation>
    </message>
    <message>
        <source>nothing was imported: none of the %1 rows could be imported</source>
        <translation>er is niets geïmporteerd: geen van de %1 regels kon worden geïmporteerd</translation>
    </message>
    <message>
        <source>Show the report of a stored import again: the counts, every rejected row and warning with its line, column and reason, and the columns left out. With --rejected-csv the rejected rows are written to a CSV file to fix at the source.</source>
        <translation>Het verslag van een opgeslagen import opnieuw tonen: de aantallen, elke afgewezen regel en elke waarschuwing met regel, kolom en reden, en de weggelaten kolommen. Met --rejected-csv worden de afgewezen regels naar een CSV-bestand geschreven, zodat ze bij de bron kunnen worden verbeterd.</translation>
    </message>
    <message>
        <source>Write the rejected rows to this CSV file (UTF-8, semicolons; opens in Excel). The store keeps only the cells the agreement allows, so other cells of these rows are empty.</source>
        <translation>De afgewezen regels naar dit CSV-bestand schrijven (UTF-8, puntkomma&apos;s; opent in Excel). Het gegevensbestand bewaart alleen de cellen die het convenant toestaat, dus de andere cellen van deze regels zijn leeg.</translation>
    </message>
    <message>
        <source>List the lists (snapshots) in the store, oldest first.</source>
        <translation>De lijsten (momentopnamen) in het gegevensbestand tonen, oudste eerst.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of text.</source>
        <translation>Een JSON-array tonen in plaats van tekst.</translation>
    </message>
    <message>
        <source>No lists have been imported into this store yet.</source>
        <translation>Er zijn nog geen lijsten in dit gegevensbestand geïmporteerd.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Kant</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Peildatum</source>
        <translation>Peildatum</translation>
    </message>
    <message>
        <source>Imported (UTC)</source>
        <translation>Geïmporteerd (UTC)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Show which children were added, removed or recorded differently in a list, compared with the previous list of the same side and source.</source>
        <translation>Tonen welke kinderen in een lijst zijn toegevoegd, verwijderd of anders vastgelegd, vergeleken met de vorige lijst van dezelfde kant en bron.</translation>
    </message>
    <message>
        <source>The number of the list (see &apos;snapshots list&apos;).</source>
        <translation>Het nummer van de lijst (zie &apos;snapshots list&apos;).</translation>
    </message>
    <message>
        <source>Print a JSON object instead of text.</source>
        <translation>Een JSON-object tonen in plaats van tekst.</translation>
    </message>
    <message>
        <source>--snapshot needs the number of a list, like 3</source>
        <translation>--snapshot verwacht het nummer van een lijst, bijvoorbeeld 3</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Toegevoegd:</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Verwijderd:</translation>
    </message>
    <message>
        <source>Recorded differently:</source>
        <translation>Anders vastgelegd:</translation>
    </message>
    <message>
        <source>Import a list of thuiszitters (CSV or XLSX) into a new snapshot</source>
        <translation>Een lijst thuiszitters (CSV of XLSX) importeren als nieuwe lijst</translation>
    </message>
    <message>
        <source>List the imported lists (snapshots)</source>
        <translation>De geïmporteerde lijsten tonen</translation>
    </message>
    <message>
        <source>Show what changed since the previous list of the same source</source>
        <translation>Tonen wat er veranderde sinds de vorige lijst van dezelfde bron</translation>
    </message>
    <message>
        <source>Show the stored report of an import; export its rejected rows</source>
        <translation>Het bewaarde verslag van een import tonen; afgewezen regels exporteren</translation>
    </message>
    <message>
        <source>Usage: %1 snapshots list|diff|report|delete [options]
The lists (snapshots) in a store: each import makes one.

Commands:
  list   List the snapshots: number, side, source, peildatum, counts, file
  diff   Show what changed in a snapshot since the previous one of the same source
  report Show the import report of a snapshot again, or export its rejected rows
  delete Delete a wrongly imported list with its records (asks for --yes)

Run &apos;%1 snapshots &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Gebruik: %1 snapshots list|diff|report|delete [opties]
De lijsten (momentopnamen) in een gegevensbestand: elke import maakt er één.

Opdrachten:
  list   De lijsten tonen: nummer, kant, bron, peildatum, aantallen, bestand
  diff   Tonen wat er in een lijst is veranderd sinds de vorige lijst van dezelfde bron
  report Het importverslag van een lijst opnieuw tonen, of de afgewezen regels ervan exporteren
  delete Een verkeerd geïmporteerde lijst met haar records verwijderen (vraagt om --yes)

Gebruik &apos;%1 snapshots &lt;opdracht&gt; --help&apos; voor de opties van een opdracht.</translation>
    </message>
    <message>
        <source>Also write the report with its problem rows as a PDF to FILE (personal data: marked confidential).</source>
        <translation>Schrijf ook het verslag met de regels met problemen als pdf naar FILE (persoonsgegevens: gemarkeerd als vertrouwelijk).</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>(not imported)</source>
        <translation>(niet importeren)</translation>
    </message>
    <message>
        <source>BSN (or onderwijsnummer)</source>
        <translation>BSN (of onderwijsnummer)</translation>
    </message>
    <message>
        <source>Onderwijsnummer</source>
        <translation>Onderwijsnummer</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Prefix (tussenvoegsel)</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Full name (one column)</source>
        <translation>Volledige naam (één kolom)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>House number addition</source>
        <translation>Huisnummertoevoeging</translation>
    </message>
    <message>
        <source>Address (street and number in one column)</source>
        <translation>Adres (straat en huisnummer in één kolom)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Place of residence</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>Last known school</source>
        <translation>Laatst bekende school</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Start date of absence</source>
        <translation>Startdatum verzuim</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>Reden van verzuim</translation>
    </message>
    <message>
        <source>Date of exemption</source>
        <translation>Datum vrijstelling</translation>
    </message>
    <message>
        <source>Duration of exemption</source>
        <translation>Duur vrijstelling</translation>
    </message>
    <message>
        <source>Involvement RBL / SWV</source>
        <translation>Betrokkenheid RBL / SWV</translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Regel %1, kolom %2: %3</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Checked %1 rows of %2: %3 can be imported. Nothing was stored (dry run).</source>
        <translation>%1 regels van %2 gecontroleerd: %3 kunnen worden geïmporteerd. Er is niets opgeslagen (proefrun).</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows from %3 as list %4 (%5, source %6, peildatum %7).</source>
        <translation>%1 van %2 regels uit %3 geïmporteerd als lijst %4 (%5, bron %6, peildatum %7).</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: none of its %2 rows could be imported. Fix the rows listed below in the source list and import it again.</source>
        <translation>Er is niets geïmporteerd uit %1: geen van de %2 regels kon worden geïmporteerd. Verbeter de hieronder genoemde regels in de bronlijst en importeer de lijst opnieuw.</translation>
    </message>
    <message>
        <source>Rejected: %1 rows. Warnings: %2. Repeated rows not stored twice: %3.</source>
        <translation>Afgewezen: %1 regels. Waarschuwingen: %2. Herhaalde regels niet dubbel opgeslagen: %3.</translation>
    </message>
    <message>
        <source>The import report could not be read from the store: %1</source>
        <translation>Het importverslag kon niet uit het gegevensbestand worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>Our own list</source>
        <translation>Eigen lijst</translation>
    </message>
    <message>
        <source>Partner&apos;s list</source>
        <translation>Lijst van de partner</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Onderwijsnummer</source>
        <translation>Onderwijsnummer</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Place of residence</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>Last known school</source>
        <translation>Laatst bekende school</translation>
    </message>
    <message>
        <source>Start date of absence</source>
        <translation>Begindatum verzuim</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>Reden van verzuim</translation>
    </message>
    <message>
        <source>Date of exemption</source>
        <translation>Datum vrijstelling</translation>
    </message>
    <message>
        <source>Duration of exemption</source>
        <translation>Duur van vrijstelling</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>Betrokkenheid</translation>
    </message>
    <message>
        <source>Excel workbook (%1), sheet &quot;%2&quot;, column names in row %3.</source>
        <translation>Excel-werkmap (%1), werkblad &quot;%2&quot;, kolomnamen in rij %3.</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <source>CSV file (%1), encoding %2, separated by %3, column names on line %4.</source>
        <translation>CSV-bestand (%1), codering %2, gescheiden door %3, kolomnamen op regel %4.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The file %1 does not exist. Check the name and the folder.</source>
        <translation>Het bestand %1 bestaat niet. Controleer de naam en de map.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2. Close it in other programs and check that you may read it.</source>
        <translation>Het bestand %1 kan niet worden gelezen: %2. Sluit het in andere programma&apos;s en controleer of u het mag lezen.</translation>
    </message>
    <message>
        <source>There is no saved column mapping named &quot;%1&quot;. Check the name, or import without it to let the program recognise the columns.</source>
        <translation>Er is geen opgeslagen kolomkoppeling met de naam &quot;%1&quot;. Controleer de naam, of importeer zonder kolomkoppeling zodat het programma de kolommen zelf herkent.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category of the agreement. Choose one of: %2.</source>
        <translation>&quot;%1&quot; is geen categorie uit het convenant. Kies een van: %2.</translation>
    </message>
    <message>
        <source>Name the source of this list (the partner that delivered it, for example &quot;SWV De Liemers&quot;), so that the next list from them can be compared with this one.</source>
        <translation>Geef de bron van deze lijst op (de partner die de lijst heeft aangeleverd, bijvoorbeeld &quot;SWV De Liemers&quot;), zodat de volgende lijst van die partner met deze kan worden vergeleken.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was stored; the store is as it was.</source>
        <translation>De import is geannuleerd. Er is niets opgeslagen; het gegevensbestand is ongewijzigd.</translation>
    </message>
    <message>
        <source>The store is busy, so the list could not be imported. Try again in a moment.</source>
        <translation>Het gegevensbestand is bezig, dus de lijst kon niet worden geïmporteerd. Probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>This same file was imported before, on %1 as list %2 (%3, source %4).</source>
        <translation>Ditzelfde bestand is al eerder geïmporteerd, op %1 als lijst %2 (%3, bron %4).</translation>
    </message>
    <message>
        <source>The list could not be stored: %1. Nothing was imported; the store is unchanged.</source>
        <translation>De lijst kon niet worden opgeslagen: %1. Er is niets geïmporteerd; het gegevensbestand is ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>InspectieCounts</name>
    <message>
        <source>Absolute absence</source>
        <translation>Absoluut verzuim</translation>
    </message>
    <message>
        <source>Long-term absence, 4 weeks to 3 months</source>
        <translation>Langdurig verzuim, 4 weken tot 3 maanden</translation>
    </message>
    <message>
        <source>Long-term absence, more than 3 months</source>
        <translation>Langdurig verzuim, langer dan 3 maanden</translation>
    </message>
    <message>
        <source>Long-term absence, less than 4 weeks on the reference date</source>
        <translation>Langdurig verzuim, op de peildatum korter dan 4 weken</translation>
    </message>
    <message>
        <source>Long-term absence, start date unknown</source>
        <translation>Langdurig verzuim, startdatum onbekend</translation>
    </message>
    <message>
        <source>Exemption article 5 under a</source>
        <translation>Vrijstelling artikel 5 onder a</translation>
    </message>
    <message>
        <source>The counts in the package cannot be read. Ask the sender to make the package again.</source>
        <translation>De aantallen in het pakket zijn niet leesbaar. Vraag de afzender het pakket opnieuw te maken.</translation>
    </message>
</context>
<context>
    <name>InspectieExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Excel files cannot be written: the library libxlsxwriter is not installed.</source>
        <translation>Excel-bestanden kunnen niet worden geschreven: de bibliotheek libxlsxwriter is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>Total (cumulative)</source>
        <translation>Totaal (cumulatief)</translation>
    </message>
    <message>
        <source>Active on the reference date</source>
        <translation>Actief op de peildatum</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>Peildatum</translation>
    </message>
    <message>
        <source>Thuiszitters registration %1</source>
        <translation>Registratie thuiszitters %1</translation>
    </message>
    <message>
        <source>Own lists used</source>
        <translation>Gebruikte eigen lijsten</translation>
    </message>
    <message>
        <source>Children in the registration (cumulative)</source>
        <translation>Kinderen in de registratie (cumulatief)</translation>
    </message>
    <message>
        <source>Counts per category and subgroup</source>
        <translation>Aantallen per categorie en subgroep</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Subgroep</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>This quarter against the school year&apos;s earlier quarters</source>
        <translation>Dit kwartaal tegenover de eerdere kwartalen van het schooljaar</translation>
    </message>
    <message>
        <source>What the categories mean</source>
        <translation>Wat de categorieën betekenen</translation>
    </message>
    <message>
        <source>The registration is cumulative over the school year (1 August to 31 July): a child who is no longer a thuiszitter keeps its row with an end date. The numbers are pseudonymous and cannot be traced back to a child outside this organisation&apos;s store.</source>
        <translation>De registratie is cumulatief over het schooljaar (1 augustus tot en met 31 juli): een kind dat geen thuiszitter meer is, houdt zijn regel met een einddatum. De nummers zijn pseudoniem en buiten het gegevensbestand van deze organisatie niet tot een kind te herleiden.</translation>
    </message>
</context>
<context>
    <name>InspectieForm</name>
    <message>
        <source>Pseudonymous number of the child (the same all school year)</source>
        <translation>Pseudoniem nummer van het kind (het hele schooljaar hetzelfde)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Subgroup on the reference date</source>
        <translation>Subgroep op de peildatum</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Status (active or ended)</source>
        <translation>Status (actief of beëindigd)</translation>
    </message>
    <message>
        <source>Reason of the end</source>
        <translation>Reden van het einde</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Each field can appear in one column only.</source>
        <translation>Elk gegeven kan maar in één kolom staan.</translation>
    </message>
    <message>
        <source>Every column needs a name.</source>
        <translation>Elke kolom heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The form needs at least one column.</source>
        <translation>Het formulier heeft minstens één kolom nodig.</translation>
    </message>
    <message>
        <source>The column names could not be stored: %1</source>
        <translation>De kolomnamen konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beëindigd</translation>
    </message>
</context>
<context>
    <name>InspectieRegistration</name>
    <message>
        <source>The registration could not be stored: %1</source>
        <translation>De registratie kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Absolute absence</source>
        <translation>Absoluut verzuim</translation>
    </message>
    <message>
        <source>Long-term absence, less than 4 weeks</source>
        <translation>Langdurig verzuim, korter dan 4 weken</translation>
    </message>
    <message>
        <source>Long-term absence, 4 weeks to 3 months</source>
        <translation>Langdurig verzuim, 4 weken tot 3 maanden</translation>
    </message>
    <message>
        <source>Long-term absence, more than 3 months</source>
        <translation>Langdurig verzuim, langer dan 3 maanden</translation>
    </message>
    <message>
        <source>Long-term absence, start date unknown</source>
        <translation>Langdurig verzuim, startdatum onbekend</translation>
    </message>
    <message>
        <source>Exemption article 5 under a</source>
        <translation>Vrijstelling artikel 5 onder a</translation>
    </message>
    <message>
        <source>Long-term relative absence</source>
        <translation>Langdurig relatief verzuim</translation>
    </message>
    <message>
        <source>Of compulsory school age and not registered at any school.</source>
        <translation>Leerplichtig en bij geen enkele school ingeschreven.</translation>
    </message>
    <message>
        <source>Registered at a school but absent without permission for less than four weeks on the reference date; not yet counted as long-term by the Inspectie.</source>
        <translation>Ingeschreven op een school, maar op de peildatum korter dan vier weken ongeoorloofd afwezig; telt voor de Inspectie nog niet als langdurig.</translation>
    </message>
    <message>
        <source>Registered at a school and absent without permission for four weeks up to and including three months on the reference date.</source>
        <translation>Ingeschreven op een school en op de peildatum vier weken tot en met drie maanden ongeoorloofd afwezig.</translation>
    </message>
    <message>
        <source>Registered at a school and absent without permission for more than three months on the reference date.</source>
        <translation>Ingeschreven op een school en op de peildatum langer dan drie maanden ongeoorloofd afwezig.</translation>
    </message>
    <message>
        <source>Long-term absence without a known start date: fix the start date in the source list.</source>
        <translation>Langdurig verzuim zonder bekende startdatum: vul de startdatum aan in de bronlijst.</translation>
    </message>
    <message>
        <source>Exempted from compulsory education on physical or psychological grounds (Leerplichtwet article 5 under a).</source>
        <translation>Vrijgesteld van de leerplicht op lichamelijke of psychische gronden (Leerplichtwet artikel 5 onder a).</translation>
    </message>
    <message>
        <source>No longer on a newer list</source>
        <translation>Niet meer op een nieuwere lijst</translation>
    </message>
    <message>
        <source>Back in school</source>
        <translation>Terug naar school</translation>
    </message>
    <message>
        <source>Basic qualification obtained</source>
        <translation>Startkwalificatie behaald</translation>
    </message>
    <message>
        <source>Moved out of the region</source>
        <translation>Verhuisd buiten de regio</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Overleden</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Partner&apos;s list, confirmed</source>
        <translation>Lijst van de partner, bevestigd</translation>
    </message>
    <message>
        <source>Own list</source>
        <translation>Eigen lijst</translation>
    </message>
    <message>
        <source>The registration could not be stored: no random source.</source>
        <translation>De registratie kon niet worden opgeslagen: geen bron van willekeurige getallen.</translation>
    </message>
    <message>
        <source>The reference date %1 does not lie in quarter %2.</source>
        <translation>De peildatum %1 ligt niet in kwartaal %2.</translation>
    </message>
    <message>
        <source>Quarter %1 has not been registered yet.</source>
        <translation>Kwartaal %1 is nog niet geregistreerd.</translation>
    </message>
    <message>
        <source>This child cannot be registered: the partner&apos;s list gives no number or no name and birth date.</source>
        <translation>Dit kind kan niet worden geregistreerd: de lijst van de partner geeft geen nummer, of geen naam en geboortedatum.</translation>
    </message>
    <message>
        <source>The retention must be between 1 and 50 years.</source>
        <translation>De bewaartermijn moet tussen 1 en 50 jaar liggen.</translation>
    </message>
</context>
<context>
    <name>KeyDerivation</name>
    <message>
        <source>The cryptographic library could not start.</source>
        <translation>De cryptografische bibliotheek kon niet worden gestart.</translation>
    </message>
    <message>
        <source>The file is too short to be a store.</source>
        <translation>Het bestand is te kort voor een InBeeld-gegevensbestand.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase. Close other programs and try again.</source>
        <translation>Er is te weinig geheugen om de sleutel uit de wachtwoordzin af te leiden. Sluit andere programma&apos;s en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain of this computer is not available.</source>
        <translation>De sleutelbos van deze computer is niet beschikbaar.</translation>
    </message>
    <message>
        <source>The keychain of this computer did not answer in time.</source>
        <translation>De sleutelbos van deze computer reageerde niet op tijd.</translation>
    </message>
    <message>
        <source>The keychain of this computer refused access.</source>
        <translation>De sleutelbos van deze computer weigerde de toegang.</translation>
    </message>
    <message>
        <source>The keychain of this computer is not available (%1).</source>
        <translation>De sleutelbos van deze computer is niet beschikbaar (%1).</translation>
    </message>
</context>
<context>
    <name>LabelStyle</name>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
</context>
<context>
    <name>LeftOutColumn</name>
    <message numerus="yes">
        <source>%1 left out for %n rows of category %2: the agreement does not allow it.</source>
        <translation>
            <numerusform>%1 weggelaten bij %n regel van categorie %2: het convenant staat dit niet toe.</numerusform>
            <numerusform>%1 weggelaten bij %n regels van categorie %2: het convenant staat dit niet toe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LifecycleCommands</name>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON tonen in plaats van tekst.</translation>
    </message>
    <message>
        <source>%1 (%2 months): %3 item(s), %4 row(s)
  why: %5</source>
        <translation>%1 (%2 maanden): %3 item(s), %4 rij(en)
  waarom: %5</translation>
    </message>
    <message>
        <source>Children on legal hold (not purged): %1</source>
        <translation>Kinderen met een bewaarblokkade (niet verwijderd): %1</translation>
    </message>
    <message>
        <source>Next due: %1</source>
        <translation>Volgende keer iets aan de beurt: %1</translation>
    </message>
    <message>
        <source>Usage: %1 case close|reopen|list|hold|release [options]
End (or resume) the processing of a child&apos;s data, and legal holds.</source>
        <translation>Gebruik: %1 case close|reopen|list|hold|release [opties]
De verwerking van de gegevens van een kind beëindigen (of hervatten), en bewaarblokkades.</translation>
    </message>
    <message>
        <source>Close a child&apos;s case: processing ends for one of the four reasons of the agreement. The child is left out of packages and purged after the retention period.</source>
        <translation>Het dossier van een kind afsluiten: de verwerking eindigt om een van de vier redenen van het convenant. Het kind blijft buiten pakketten en wordt na de bewaartermijn verwijderd.</translation>
    </message>
    <message>
        <source>back_in_school, startkwalificatie, moved_out or deceased.</source>
        <translation>back_in_school, startkwalificatie, moved_out of deceased.</translation>
    </message>
    <message>
        <source>The date processing ended (default: today).</source>
        <translation>De datum waarop de verwerking eindigde (standaard: vandaag).</translation>
    </message>
    <message>
        <source>A short note, without special categories of personal data.</source>
        <translation>Een korte notitie, zonder bijzondere persoonsgegevens.</translation>
    </message>
    <message>
        <source>--reason: one of back_in_school, startkwalificatie, moved_out, deceased.</source>
        <translation>--reason: een van back_in_school, startkwalificatie, moved_out, deceased.</translation>
    </message>
    <message>
        <source>--date: give the date as YYYY-MM-DD.</source>
        <translation>--date: geef de datum als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>Closed: %1 (%2).</source>
        <translation>Afgesloten: %1 (%2).</translation>
    </message>
    <message>
        <source>Reopen a closed case (audited).</source>
        <translation>Een afgesloten dossier heropenen (vastgelegd in het auditlog).</translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation>Heropend.</translation>
    </message>
    <message>
        <source>List closed cases, legal holds and restrictions (with --closed: only closed cases).</source>
        <translation>Afgesloten dossiers, bewaarblokkades en beperkingen tonen (met --closed: alleen afgesloten dossiers).</translation>
    </message>
    <message>
        <source>Only the closed cases.</source>
        <translation>Alleen de afgesloten dossiers.</translation>
    </message>
    <message>
        <source>%1  closed %2: %3</source>
        <translation>%1  afgesloten %2: %3</translation>
    </message>
    <message>
        <source>%1  legal hold: %2</source>
        <translation>%1  bewaarblokkade: %2</translation>
    </message>
    <message>
        <source>%1  restricted: %2</source>
        <translation>%1  beperkt: %2</translation>
    </message>
    <message>
        <source>No closed cases.</source>
        <translation>Geen afgesloten dossiers.</translation>
    </message>
    <message>
        <source>Put a legal hold on a child (pending request, complaint, breach investigation): nothing about the child is purged until it is released.</source>
        <translation>Een bewaarblokkade op een kind leggen (lopend verzoek, klacht, onderzoek naar een datalek): niets over het kind wordt verwijderd tot de blokkade is opgeheven.</translation>
    </message>
    <message>
        <source>Why the hold is needed.</source>
        <translation>Waarom de blokkade nodig is.</translation>
    </message>
    <message>
        <source>Legal hold set.</source>
        <translation>Bewaarblokkade gezet.</translation>
    </message>
    <message>
        <source>Lift the legal hold on a child.</source>
        <translation>De bewaarblokkade op een kind opheffen.</translation>
    </message>
    <message>
        <source>Legal hold lifted.</source>
        <translation>Bewaarblokkade opgeheven.</translation>
    </message>
    <message>
        <source>Usage: %1 retention status|purge [options]
What the retention rules make due, and purging it.</source>
        <translation>Gebruik: %1 retention status|purge [opties]
Wat de bewaarregels aan de beurt laten komen, en dat verwijderen.</translation>
    </message>
    <message>
        <source>Show per retention rule what is due for purging, and why.</source>
        <translation>Per bewaarregel tonen wat verwijderd moet worden, en waarom.</translation>
    </message>
    <message>
        <source>Purge what the retention rules make due: the rows are deleted and the store file is rewritten, so nothing is left in it. Children on legal hold are kept.</source>
        <translation>Verwijderen wat de bewaarregels aan de beurt laten komen: de rijen worden gewist en het gegevensbestand wordt herschreven, zodat er niets van overblijft. Kinderen met een bewaarblokkade blijven bewaard.</translation>
    </message>
    <message>
        <source>Only show what would be purged.</source>
        <translation>Alleen tonen wat verwijderd zou worden.</translation>
    </message>
    <message>
        <source>Would purge:</source>
        <translation>Zou verwijderen:</translation>
    </message>
    <message>
        <source>Purged:</source>
        <translation>Verwijderd:</translation>
    </message>
    <message>
        <source>Delete a wrongly imported list with its records, issues and rejected rows (audited). The store file is rewritten so nothing of it is left.</source>
        <translation>Een verkeerd geïmporteerde lijst verwijderen met haar records, meldingen en afgekeurde regels (vastgelegd in het auditlog). Het gegevensbestand wordt herschreven zodat er niets van overblijft.</translation>
    </message>
    <message>
        <source>The number of the list (see &apos;snapshots list&apos;).</source>
        <translation>Het nummer van de lijst (zie &apos;snapshots list&apos;).</translation>
    </message>
    <message>
        <source>Confirm the deletion.</source>
        <translation>De verwijdering bevestigen.</translation>
    </message>
    <message>
        <source>--snapshot: give the number of a list.</source>
        <translation>--snapshot: geef het nummer van een lijst.</translation>
    </message>
    <message>
        <source>list %1 holds %2 records and %3 rejected rows; add --yes to delete it.</source>
        <translation>lijst %1 bevat %2 records en %3 afgekeurde regels; voeg --yes toe om haar te verwijderen.</translation>
    </message>
    <message>
        <source>Deleted list %1: %2 records, %3 other rows.</source>
        <translation>Lijst %1 verwijderd: %2 records, %3 andere rijen.</translation>
    </message>
    <message>
        <source>The child&apos;s BSN.</source>
        <translation>Het BSN van het kind.</translation>
    </message>
    <message>
        <source>The child&apos;s key for a child without a BSN, as &apos;case list&apos; shows it (onr:… or name:…).</source>
        <translation>De sleutel van een kind zonder BSN, zoals &apos;case list&apos; die toont (onr:… of name:…).</translation>
    </message>
    <message>
        <source>--bsn: %1</source>
        <translation>--bsn: %1</translation>
    </message>
    <message>
        <source>give the child with --bsn BSN (or --child KEY for a child without a BSN).</source>
        <translation>geef het kind met --bsn BSN (of --child SLEUTEL voor een kind zonder BSN).</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Close a child&apos;s case for one of the agreement&apos;s reasons</source>
        <translation>Het dossier van een kind afsluiten om een van de redenen van het convenant</translation>
    </message>
    <message>
        <source>Reopen a closed case</source>
        <translation>Een afgesloten dossier heropenen</translation>
    </message>
    <message>
        <source>List closed cases, legal holds and restrictions</source>
        <translation>Afgesloten dossiers, bewaarblokkades en beperkingen tonen</translation>
    </message>
    <message>
        <source>Put a legal hold on a child</source>
        <translation>Een bewaarblokkade op een kind leggen</translation>
    </message>
    <message>
        <source>Lift the legal hold on a child</source>
        <translation>De bewaarblokkade op een kind opheffen</translation>
    </message>
    <message>
        <source>Show what the retention rules make due, and why</source>
        <translation>Tonen wat de bewaarregels aan de beurt laten komen, en waarom</translation>
    </message>
    <message>
        <source>Purge what the retention rules make due</source>
        <translation>Verwijderen wat de bewaarregels aan de beurt laten komen</translation>
    </message>
    <message>
        <source>Delete a wrongly imported list with its records (asks for --yes)</source>
        <translation>Een verkeerd geïmporteerde lijst met zijn regels verwijderen (vraagt om --yes)</translation>
    </message>
</context>
<context>
    <name>LifecycleDocuments</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <source>Children in package %1:</source>
        <translation>Kinderen in pakket %1:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Access request: data about a child</source>
        <translation>Inzageverzoek: gegevens over een kind</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Gemaakt door</translation>
    </message>
    <message>
        <source>Records in our lists and our partners&apos; lists</source>
        <translation>Records in onze lijsten en die van onze partners</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>eigen</translation>
    </message>
    <message>
        <source>partner&apos;s</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Peildatum</source>
        <translation>Peildatum</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>A partner&apos;s record is corrected by that partner: ask the source named above.</source>
        <translation>Een record van een partner corrigeert die partner: vraag het de bron die hierboven staat.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Decisions about sharing</source>
        <translation>Besluiten over delen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Besloten</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation>Afweging</translation>
    </message>
    <message>
        <source>Packages sent that held the child</source>
        <translation>Verstuurde pakketten met het kind</translation>
    </message>
    <message>
        <source>Packages received that held the child</source>
        <translation>Ontvangen pakketten met het kind</translation>
    </message>
    <message>
        <source>Closure and restriction</source>
        <translation>Afsluiting en beperking</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Beperkt</translation>
    </message>
    <message>
        <source>Who viewed the child&apos;s data</source>
        <translation>Wie de gegevens van het kind bekeek</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Categories of data</source>
        <translation>Categorieën gegevens</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Breach report: what was shared with whom</source>
        <translation>Datalekrapport: wat met wie is gedeeld</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>all partners</source>
        <translation>alle partners</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totalen</translation>
    </message>
    <message>
        <source>Packages sent</source>
        <translation>Verstuurde pakketten</translation>
    </message>
    <message>
        <source>Packages received</source>
        <translation>Ontvangen pakketten</translation>
    </message>
    <message>
        <source>Draft notification to the Autoriteit Persoonsgegevens (GDPR art. 33(3))</source>
        <translation>Concept-melding aan de Autoriteit Persoonsgegevens (AVG art. 33 lid 3)</translation>
    </message>
    <message>
        <source>(to be filled in)</source>
        <translation>(nog in te vullen)</translation>
    </message>
</context>
<context>
    <name>MailCommands</name>
    <message>
        <source>Read the mail password from the first line of this file (else from INBEELD_SMTP_PASSWORD, the keychain, or a prompt). Never on the command line.</source>
        <translation>Het mailwachtwoord lezen uit de eerste regel van dit bestand (anders uit INBEELD_SMTP_PASSWORD, de sleutelbos of een vraag). Nooit op de opdrachtregel.</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Wachtwoord voor %1 op %2: </translation>
    </message>
    <message>
        <source>Usage: %1 mail &lt;command&gt; [options]
The organisation&apos;s mail server, for sending packages with &apos;%1 package send&apos;.

Commands:
  setup   Set the server, port, security (starttls or tls), user and sender address
  test    Connect, secure the connection and log in, without sending anything

Run &apos;%1 mail &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Gebruik: %1 mail &lt;opdracht&gt; [opties]
De mailserver van de organisatie, voor het versturen van pakketten met &apos;%1 package send&apos;.

Opdrachten:
  setup   Server, poort, beveiliging (starttls of tls), gebruiker en afzenderadres instellen
  test    Verbinden, de verbinding beveiligen en inloggen, zonder iets te versturen

Gebruik &apos;%1 mail &lt;opdracht&gt; --help&apos; voor de opties van een opdracht.</translation>
    </message>
    <message>
        <source>Set the mail server packages are sent through. The connection is always encrypted: starttls (port 587) or tls (port 465); sending without encryption is not possible. The server&apos;s certificate is checked against the system&apos;s certificate authorities, or the CA file given. A password given by file or INBEELD_SMTP_PASSWORD is kept in the system keychain; without a keychain it is asked each time.</source>
        <translation>De mailserver instellen waarlangs pakketten worden verstuurd. De verbinding is altijd versleuteld: starttls (poort 587) of tls (poort 465); versturen zonder versleuteling kan niet. Het certificaat van de server wordt gecontroleerd met de certificaatautoriteiten van het systeem, of met het opgegeven CA-bestand. Een wachtwoord uit een bestand of INBEELD_SMTP_PASSWORD wordt in de sleutelbos van het systeem bewaard; zonder sleutelbos wordt het elke keer gevraagd.</translation>
    </message>
    <message>
        <source>The mail server&apos;s name.</source>
        <translation>De naam van de mailserver.</translation>
    </message>
    <message>
        <source>The port: 587 for starttls, 465 for tls.</source>
        <translation>De poort: 587 voor starttls, 465 voor tls.</translation>
    </message>
    <message>
        <source>starttls or tls.</source>
        <translation>starttls of tls.</translation>
    </message>
    <message>
        <source>The user name on the mail server.</source>
        <translation>De gebruikersnaam op de mailserver.</translation>
    </message>
    <message>
        <source>The sender address of the mails.</source>
        <translation>Het afzenderadres van de mails.</translation>
    </message>
    <message>
        <source>A CA certificate file (PEM) to check the server&apos;s certificate with.</source>
        <translation>Een CA-certificaatbestand (PEM) om het certificaat van de server mee te controleren.</translation>
    </message>
    <message>
        <source>--port must be a number</source>
        <translation>--port moet een getal zijn</translation>
    </message>
    <message>
        <source>--security must be starttls or tls (sending without encryption is not offered)</source>
        <translation>--security moet starttls of tls zijn (versturen zonder versleuteling wordt niet aangeboden)</translation>
    </message>
    <message>
        <source>Mail server set: %1:%2 (%3), user %4, sender %5.</source>
        <translation>Mailserver ingesteld: %1:%2 (%3), gebruiker %4, afzender %5.</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain.</source>
        <translation>Het wachtwoord wordt in de sleutelbos van het systeem bewaard.</translation>
    </message>
    <message>
        <source>There is no system keychain here: the password will be asked each time.</source>
        <translation>Er is hier geen sleutelbos: het wachtwoord wordt elke keer gevraagd.</translation>
    </message>
    <message>
        <source>Connect to the mail server, secure the connection, check its certificate and log in; nothing is sent.</source>
        <translation>Verbinden met de mailserver, de verbinding beveiligen, het certificaat controleren en inloggen; er wordt niets verstuurd.</translation>
    </message>
    <message>
        <source>No mail server is set up yet. Run &apos;%1 mail setup&apos; first.</source>
        <translation>Er is nog geen mailserver ingesteld. Gebruik eerst &apos;%1 mail setup&apos;.</translation>
    </message>
    <message>
        <source>The mail server %1 accepted the secured connection and the login. Nothing was sent.</source>
        <translation>De mailserver %1 accepteerde de beveiligde verbinding en de aanmelding. Er is niets verstuurd.</translation>
    </message>
    <message>
        <source>Mail a package this store wrote to the partner&apos;s mail address (see &apos;partner edit --mail&apos;), through the mail server of &apos;mail setup&apos;. The package is attached as it is; the mail names the package number, quarter, sender and fingerprint, and nothing personal. The file stays where it is whatever happens.</source>
        <translation>Een pakket dat dit gegevensbestand schreef mailen naar het e-mailadres van de partner (zie &apos;partner edit --mail&apos;), via de mailserver van &apos;mail setup&apos;. Het pakket gaat ongewijzigd als bijlage mee; de mail noemt het pakketnummer, het kwartaal, de afzender en de vingerafdruk, en niets persoonlijks. Het bestand blijft staan, wat er ook gebeurt.</translation>
    </message>
    <message>
        <source>The package file.</source>
        <translation>Het pakketbestand.</translation>
    </message>
    <message>
        <source>The partner: its organisation name or fingerprint.</source>
        <translation>De partner: de naam van de organisatie of de vingerafdruk.</translation>
    </message>
    <message>
        <source>missing the package FILE to send</source>
        <translation>het pakketbestand (FILE) om te versturen ontbreekt</translation>
    </message>
    <message>
        <source>Package mailed to %1 &lt;%2&gt;.</source>
        <translation>Pakket gemaild naar %1 &lt;%2&gt;.</translation>
    </message>
    <message>
        <source>Message id: %1</source>
        <translation>Bericht-id: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Set up the mail server for sending packages</source>
        <translation>De mailserver voor het versturen van pakketten instellen</translation>
    </message>
    <message>
        <source>Test the mail server&apos;s connection and login, sending nothing</source>
        <translation>De verbinding en het inloggen bij de mailserver testen, zonder iets te versturen</translation>
    </message>
    <message>
        <source>Mail a package to its partner over an encrypted connection</source>
        <translation>Een pakket over een versleutelde verbinding naar de partner mailen</translation>
    </message>
</context>
<context>
    <name>MailSettingsStore</name>
    <message>
        <source>The mail settings could not be read: %1</source>
        <translation>De mailinstellingen konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Enter the mail server&apos;s name, like smtp.example.nl.</source>
        <translation>Vul de naam van de mailserver in, zoals smtp.voorbeeld.nl.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (usually 587).</source>
        <translation>De poort moet een getal van 1 tot 65535 zijn (meestal 587).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mail address (like naam@voorbeeld.nl).</source>
        <translation>&apos;%1&apos; is geen e-mailadres (zoals naam@voorbeeld.nl).</translation>
    </message>
    <message>
        <source>Enter the user name for the mail server.</source>
        <translation>Vul de gebruikersnaam voor de mailserver in.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>Het CA-certificaatbestand %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The mail settings could not be stored: %1</source>
        <translation>De mailinstellingen konden niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>MappingProfiles</name>
    <message>
        <source>The saved column mappings could not be read or written: %1</source>
        <translation>De opgeslagen kolomkoppelingen konden niet worden gelezen of geschreven: %1</translation>
    </message>
    <message>
        <source>Give the column mapping a name, for example the source.</source>
        <translation>Geef de kolomkoppeling een naam, bijvoorbeeld de bron.</translation>
    </message>
    <message>
        <source>The column mapping was saved but could not be read back.</source>
        <translation>De kolomkoppeling is opgeslagen, maar kon niet worden teruggelezen.</translation>
    </message>
</context>
<context>
    <name>MatchDecisions</name>
    <message>
        <source>The decision on the probable match could not be stored: %1</source>
        <translation>Het besluit over de waarschijnlijke overeenkomst kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The decisions on probable matches could not be read: %1</source>
        <translation>De besluiten over waarschijnlijke overeenkomsten konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Only a pair of records (one on each list) can be confirmed or rejected as the same child, and both need a BSN, onderwijsnummer or a name with a date of birth.</source>
        <translation>Alleen een paar gegevens (één op elke lijst) kan worden bevestigd of afgewezen als hetzelfde kind, en beide hebben een BSN, onderwijsnummer of een naam met geboortedatum nodig.</translation>
    </message>
</context>
<context>
    <name>Matcher</name>
    <message>
        <source>The comparison was cancelled; nothing was changed.</source>
        <translation>De vergelijking is afgebroken; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The store&apos;s schema version could not be read.</source>
        <translation>De schemaversie van het gegevensbestand kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>This store was made by a newer version of InBeeld (schema %1; this program knows up to %2). Install the newer version to open it. The store has not been changed.</source>
        <translation>Dit gegevensbestand is gemaakt met een nieuwere versie van InBeeld (schema %1; dit programma kent tot en met schema %2). Installeer de nieuwere versie om het te openen. Het gegevensbestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The store could not be upgraded: %1</source>
        <translation>Het gegevensbestand kon niet worden bijgewerkt: %1</translation>
    </message>
    <message>
        <source>Upgrading the store to schema %1 failed; nothing was changed. Details: %2</source>
        <translation>Het bijwerken van het gegevensbestand naar schema %1 is mislukt; er is niets gewijzigd. Details: %2</translation>
    </message>
</context>
<context>
    <name>Minisign</name>
    <message>
        <source>This is not a minisign public key. A public key file has two lines: &apos;untrusted comment: …&apos; and the key in base64, starting with &apos;RW&apos;.</source>
        <translation>Dit is geen publieke minisign-sleutel. Een bestand met een publieke sleutel heeft twee regels: &apos;untrusted comment: …&apos; en de sleutel in base64, beginnend met &apos;RW&apos;.</translation>
    </message>
    <message>
        <source>The file could not be read to check its signature: %1</source>
        <translation>Het bestand kon niet worden gelezen om de handtekening te controleren: %1</translation>
    </message>
    <message>
        <source>A signature comment must be a single line of at most %1 bytes.</source>
        <translation>Een commentaar bij een handtekening moet één regel zijn van ten hoogste %1 bytes.</translation>
    </message>
    <message>
        <source>The signing key is not an Ed25519 key.</source>
        <translation>De ondertekeningssleutel is geen Ed25519-sleutel.</translation>
    </message>
    <message>
        <source>This is not a minisign signature file (it must have four lines: an untrusted comment, the signature, a trusted comment and the comment&apos;s signature). The file may be damaged or incomplete.</source>
        <translation>Dit is geen handtekeningbestand van minisign (het moet vier regels hebben: een &apos;untrusted comment&apos;, de handtekening, een &apos;trusted comment&apos; en de handtekening van dat commentaar). Het bestand is misschien beschadigd of onvolledig.</translation>
    </message>
    <message>
        <source>This signature uses minisign&apos;s legacy algorithm (Ed25519 over the whole file), which is not accepted. Sign with a current minisign (it prehashes by default).</source>
        <translation>Deze handtekening gebruikt het verouderde algoritme van minisign (Ed25519 over het hele bestand); dat wordt niet geaccepteerd. Onderteken met een actuele versie van minisign (die hasht standaard vooraf).</translation>
    </message>
    <message>
        <source>This file was signed with key %1, not with the expected key %2. It does not come from the sender you expected.</source>
        <translation>Dit bestand is ondertekend met sleutel %1, niet met de verwachte sleutel %2. Het komt niet van de afzender die u verwachtte.</translation>
    </message>
    <message>
        <source>The public key is not an Ed25519 key.</source>
        <translation>De publieke sleutel is geen Ed25519-sleutel.</translation>
    </message>
    <message>
        <source>The signature does not match the file: the file was changed or is incomplete since it was signed (or the signature file belongs to another file). Do not use it; ask the sender for a new copy.</source>
        <translation>De handtekening past niet bij het bestand: het bestand is na het ondertekenen gewijzigd of onvolledig geraakt (of het handtekeningbestand hoort bij een ander bestand). Gebruik het niet; vraag de afzender om een nieuwe kopie.</translation>
    </message>
    <message>
        <source>The file&apos;s signature is valid, but its trusted comment was changed after signing. Do not rely on it; ask the sender for a new copy.</source>
        <translation>De handtekening van het bestand is geldig, maar het &apos;trusted comment&apos; is na het ondertekenen gewijzigd. Vertrouw er niet op; vraag de afzender om een nieuwe kopie.</translation>
    </message>
</context>
<context>
    <name>NotImportedColumn</name>
    <message>
        <source>Column &quot;%1&quot; was not imported: it is not mapped to a field of the agreement. Map it in the import if it holds one.</source>
        <translation>Kolom &quot;%1&quot; is niet geïmporteerd: hij is niet gekoppeld aan een veld uit het convenant. Koppel hem bij het importeren als hij zo&apos;n veld bevat.</translation>
    </message>
</context>
<context>
    <name>Onderwijsnummer</name>
    <message>
        <source>The onderwijsnummer is empty. Fill in the nine-digit number that starts with 10.</source>
        <translation>Het onderwijsnummer is leeg. Vul het nummer van negen cijfers in dat met 10 begint.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an onderwijsnummer: that is a number of nine digits starting with 10. Check the number in the source list.</source>
        <translation>&quot;%1&quot; is geen onderwijsnummer: dat is een nummer van negen cijfers dat met 10 begint. Controleer het nummer in de bronlijst.</translation>
    </message>
    <message>
        <source>The onderwijsnummer %1 is not valid (it fails the check for typing errors). Check the number in the source list.</source>
        <translation>Het onderwijsnummer %1 is ongeldig (het voldoet niet aan de controle op tikfouten). Controleer het nummer in de bronlijst.</translation>
    </message>
</context>
<context>
    <name>OutcomeStyle</name>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Verschilt</translation>
    </message>
    <message>
        <source>Only ours</source>
        <translation>Alleen bij ons</translation>
    </message>
    <message>
        <source>Only theirs</source>
        <translation>Alleen bij hen</translation>
    </message>
    <message>
        <source>Probable</source>
        <translation>Waarschijnlijk</translation>
    </message>
</context>
<context>
    <name>OwnCardCheck</name>
    <message>
        <source>The partners could not be read: %1</source>
        <translation>De partners konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>You replaced your keys on %1. Unless %2 has read in your new identity card, they will refuse this package as coming from an unknown sender. Give them the new card (Partners tab, Export identity card) and confirm here once they have read it in.</source>
        <translation>U hebt op %1 nieuwe sleutels gemaakt. Zolang %2 uw nieuwe identiteitskaart niet heeft ingelezen, weigert %2 dit pakket als afkomstig van een onbekende afzender. Geef hen de nieuwe kaart (tabblad Partners, Identiteitskaart exporteren) en bevestig hier zodra zij die hebben ingelezen.</translation>
    </message>
    <message>
        <source>The partners could not be stored: %1</source>
        <translation>De partners konden niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>PackageCommands</name>
    <message>
        <source>The partner: its organisation name or fingerprint (see &apos;partner list&apos;).</source>
        <translation>De partner: de naam van de organisatie of de vingerafdruk (zie &apos;partner list&apos;).</translation>
    </message>
    <message>
        <source>The quarter, as 2026Q3 (default: the current quarter).</source>
        <translation>Het kwartaal, als 2026Q3 (standaard: het huidige kwartaal).</translation>
    </message>
    <message>
        <source>missing the FILE to write the package to</source>
        <translation>het bestand (FILE) om het pakket naar te schrijven ontbreekt</translation>
    </message>
    <message>
        <source>Write a package for a pinned partner. A quarterly package holds the records of our newest own list, with per category only the fields the agreement allows and the counts per Inspectie subgroup, covered by the standing decision (record it with &apos;decisions standing&apos;). A case package holds one child (--bsn) with the fields of the decision in force for that child and partner (make it with &apos;decide&apos;). The file is signed, encrypted to the partner and to us, read back and checked before this reports success.</source>
        <translation>Schrijf een pakket voor een vertrouwde partner. Een kwartaalpakket bevat de registraties van onze nieuwste eigen lijst, per categorie alleen met de velden die het convenant toestaat en met de aantallen per subgroep van de Inspectie, gedekt door het vaste besluit (leg dat vast met &apos;decisions standing&apos;). Een casuspakket bevat één kind (--bsn) met de velden van het geldende besluit voor dat kind en die partner (maak het met &apos;decide&apos;). Het bestand wordt ondertekend, versleuteld voor de partner en voor ons, teruggelezen en gecontroleerd voordat succes wordt gemeld.</translation>
    </message>
    <message>
        <source>quarterly (default) or case.</source>
        <translation>quarterly (standaard, kwartaal) of case (casus).</translation>
    </message>
    <message>
        <source>Print the package summary as JSON.</source>
        <translation>De samenvatting van het pakket als JSON tonen.</translation>
    </message>
    <message>
        <source>unknown --kind &apos;%1&apos;: use quarterly or case</source>
        <translation>onbekende --kind &apos;%1&apos;: gebruik quarterly of case</translation>
    </message>
    <message>
        <source>&apos;package export&apos; makes quarterly packages; use &apos;package create --kind case&apos;</source>
        <translation>&apos;package export&apos; maakt kwartaalpakketten; gebruik &apos;package create --kind case&apos;</translation>
    </message>
    <message>
        <source>a case package needs the child&apos;s --bsn</source>
        <translation>een casuspakket heeft het --bsn van het kind nodig</translation>
    </message>
    <message>
        <source>--bsn is for case packages (--kind case); a quarterly package holds the whole list</source>
        <translation>--bsn is voor casuspakketten (--kind case); een kwartaalpakket bevat de hele lijst</translation>
    </message>
    <message>
        <source>--quarter &apos;%1&apos; is not of the form 2026Q3</source>
        <translation>--quarter &apos;%1&apos; heeft niet de vorm 2026Q3</translation>
    </message>
    <message>
        <source>Package written and checked: %1</source>
        <translation>Pakket geschreven en gecontroleerd: %1</translation>
    </message>
    <message>
        <source>For: %1 (%2)</source>
        <translation>Voor: %1 (%2)</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Soort: %1</translation>
    </message>
    <message>
        <source>Package id: %1</source>
        <translation>Pakketnummer: %1</translation>
    </message>
    <message>
        <source>Sequence: %1</source>
        <translation>Volgnummer: %1</translation>
    </message>
    <message>
        <source>Quarter: %1</source>
        <translation>Kwartaal: %1</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Registraties: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Left out: line %1, field %2 reads as special or criminal-law personal data. Rewrite it in general terms in the source list.</source>
        <translation>Weggelaten: regel %1, veld %2 bevat bijzondere of strafrechtelijke persoonsgegevens. Formuleer het in algemene termen in de bronlijst.</translation>
    </message>
    <message>
        <source>Check a package from a pinned partner (signatures, encryption to us, hashes, sequence, the agreement&apos;s fields) and store its records as a new snapshot of the partner&apos;s list. A refused package stores nothing; the message says why.</source>
        <translation>Controleer een pakket van een vertrouwde partner (handtekeningen, versleuteling voor ons, hashes, volgnummer, de velden van het convenant) en sla de registraties op als nieuwe lijst van de partner. Van een geweigerd pakket wordt niets opgeslagen; de melding zegt waarom.</translation>
    </message>
    <message>
        <source>The package file the partner sent.</source>
        <translation>Het pakketbestand dat de partner stuurde.</translation>
    </message>
    <message>
        <source>Print the manifest summary and the snapshot as JSON (also a refusal).</source>
        <translation>De samenvatting van het manifest en de lijst als JSON tonen (ook een weigering).</translation>
    </message>
    <message>
        <source>missing the package FILE to open</source>
        <translation>het pakketbestand (FILE) om te openen ontbreekt</translation>
    </message>
    <message>
        <source>Package accepted from: %1 (%2)</source>
        <translation>Pakket geaccepteerd van: %1 (%2)</translation>
    </message>
    <message>
        <source>Inspectie counts on %1: %2</source>
        <translation>Aantallen voor de Inspectie op %1: %2</translation>
    </message>
    <message>
        <source>Stored as snapshot %1 (a case from the partner; not a whole list).</source>
        <translation>Opgeslagen als lijst %1 (een casus van de partner; geen hele lijst).</translation>
    </message>
    <message>
        <source>Stored as snapshot %1 (partner&apos;s list).</source>
        <translation>Opgeslagen als lijst %1 (lijst van de partner).</translation>
    </message>
    <message>
        <source>The older form of &apos;package create --out FILE&apos; (quarterly only)</source>
        <translation>De oudere vorm van &apos;package create --out FILE&apos; (alleen per kwartaal)</translation>
    </message>
    <message>
        <source>Write a signed, encrypted package for a pinned partner</source>
        <translation>Een ondertekend, versleuteld pakket schrijven voor een vertrouwde partner</translation>
    </message>
    <message>
        <source>Check a partner&apos;s package and store it as the partner&apos;s list</source>
        <translation>Het pakket van een partner controleren en opslaan als lijst van de partner</translation>
    </message>
    <message>
        <source>Case packages: the child&apos;s BSN; &quot;-&quot; reads it from standard input, so that it does not show in the process list.</source>
        <translation>Casuspakketten: het BSN van het kind; met &quot;-&quot; wordt het van de standaardinvoer gelezen, zodat het niet in de proceslijst te zien is.</translation>
    </message>
    <message>
        <source>Not received from this partner: package number(s) %1. Ask them for these packages.</source>
        <translation>Niet ontvangen van deze partner: pakket(ten) met nummer %1. Vraag de partner om deze pakketten.</translation>
    </message>
    <message>
        <source>A late package: a newer one from this partner was opened before; it is kept, but does not replace their newer list.</source>
        <translation>Een laat pakket: er is al een nieuwer pakket van deze partner geopend; het wordt bewaard, maar vervangt hun nieuwere lijst niet.</translation>
    </message>
    <message>
        <source>Usage: %1 package &lt;command&gt; [options]
Signed, encrypted exchange packages between partners of the agreement.

Commands:
  create       Write a package for a pinned partner: the quarterly list, or one child (case)
  open FILE    Check a partner&apos;s package and store it as the partner&apos;s list
  export FILE  The older form of &apos;create --out FILE&apos; (quarterly only)
  send FILE    Mail a package to its partner through the mail server (&apos;mail setup&apos;)

Run &apos;%1 package &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Gebruik: %1 package &lt;opdracht&gt; [opties]
Ondertekende, versleutelde uitwisselingspakketten tussen partners van het convenant.

Opdrachten:
  create       Een pakket schrijven voor een vertrouwde partner: de kwartaallijst, of één kind (casus)
  open FILE    Het pakket van een partner controleren en opslaan als lijst van de partner
  export FILE  De oudere vorm van &apos;create --out FILE&apos; (alleen kwartaalpakketten)
  send FILE    Een pakket naar de partner mailen via de mailserver (&apos;mail setup&apos;)

Gebruik &apos;%1 package &lt;opdracht&gt; --help&apos; voor de opties van een opdracht.</translation>
    </message>
    <message>
        <source>%1: %2 to %3, %4 stay home</source>
        <translation>%1: %2 naar %3, %4 blijven thuis</translation>
    </message>
    <message>
        <source>  %1 × %2</source>
        <translation>  %1 × %2</translation>
    </message>
    <message>
        <source>Not assignable (sent to nobody): line %1, %2</source>
        <translation>Niet toe te wijzen (naar niemand gestuurd): regel %1, %2</translation>
    </message>
    <message>
        <source>The package file to write (for example 2026Q3.inbeeldpakket).</source>
        <translation>Het pakketbestand om te schrijven (bijvoorbeeld 2026Q3.inbeeldpakket).</translation>
    </message>
    <message>
        <source>Partner&apos;s audit anchor (kept in this store): %1</source>
        <translation>Auditanker van de partner (bewaard in dit gegevensbestand): %1</translation>
    </message>
</context>
<context>
    <name>PackageDispatch</name>
    <message>
        <source>The package history could not be read or stored: %1</source>
        <translation>De pakketgeschiedenis kon niet worden gelezen of opgeslagen: %1</translation>
    </message>
    <message>
        <source>This file is not a package made with this store (or it was changed since). Only packages this store wrote can be sent from it.</source>
        <translation>Dit bestand is geen pakket dat met dit gegevensbestand is gemaakt (of het is sindsdien veranderd). Alleen pakketten die dit gegevensbestand schreef, kunnen hiervandaan worden verstuurd.</translation>
    </message>
    <message>
        <source>There is no mail address for %1 yet. Add it to the partner&apos;s details first.</source>
        <translation>Er is nog geen e-mailadres voor %1. Vul het eerst in bij de gegevens van de partner.</translation>
    </message>
    <message>
        <source>The package %1 cannot be read: %2</source>
        <translation>Het pakket %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>This package was made for another partner, not for %1; they could not open it.</source>
        <translation>Dit pakket is gemaakt voor een andere partner, niet voor %1; zij zouden het niet kunnen openen.</translation>
    </message>
</context>
<context>
    <name>PackageHistory</name>
    <message>
        <source>The partners could not be read: %1</source>
        <translation>De partners konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The package history could not be read: %1</source>
        <translation>De geschiedenis van de pakketten kon niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>PackageLedger</name>
    <message>
        <source>The package history could not be read: %1</source>
        <translation>De pakketgeschiedenis kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The package history could not be stored: %1</source>
        <translation>De pakketgeschiedenis kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The package ledger could not be read: %1</source>
        <translation>Het pakketregister kon niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>PackageMail</name>
    <message>
        <source>InBeeld package %1, number %2, from %3</source>
        <extracomment>Mail subject; %1 quarter (2026Q3), %2 package number, %3 our organisation.</extracomment>
        <translation>InBeeld-pakket %1, nummer %2, van %3</translation>
    </message>
    <message>
        <source>[Attach the file %1 to this mail before you send it, then remove this line.]</source>
        <translation>[Voeg het bestand %1 als bijlage toe voordat u deze mail verstuurt, en haal dan deze regel weg.]</translation>
    </message>
    <message>
        <source>Dear colleagues of %1,</source>
        <translation>Beste collega&apos;s van %1,</translation>
    </message>
    <message>
        <source>Attached is our InBeeld exchange package for %1 (package number %2), in the file %3. It is encrypted for you; open it in InBeeld with File &gt; Open package.</source>
        <translation>Bijgaand ons InBeeld-uitwisselingspakket voor %1 (pakketnummer %2), in het bestand %3. Het is voor u versleuteld; open het in InBeeld met Bestand &gt; Pakket openen.</translation>
    </message>
    <message>
        <source>Package id: %1</source>
        <translation>Pakket-id: %1</translation>
    </message>
    <message>
        <source>Our fingerprint: %1</source>
        <translation>Onze vingerafdruk: %1</translation>
    </message>
    <message>
        <source>InBeeld checks the signature when you open the package and shows our fingerprint; it should be the one above.</source>
        <translation>InBeeld controleert de handtekening als u het pakket opent en toont onze vingerafdruk; die hoort gelijk te zijn aan de vingerafdruk hierboven.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Met vriendelijke groet,</translation>
    </message>
</context>
<context>
    <name>PackageManifest</name>
    <message>
        <source>The package&apos;s manifest is not valid: %1. The package cannot be opened; ask the sender for a new one.</source>
        <translation>Het manifest van het pakket is ongeldig: %1. Het pakket kan niet worden geopend; vraag de afzender om een nieuw pakket.</translation>
    </message>
    <message>
        <source>the package id is not a UUID</source>
        <translation>het pakket-id is geen UUID</translation>
    </message>
    <message>
        <source>the sender&apos;s fingerprint is missing or malformed</source>
        <translation>de vingerafdruk van de afzender ontbreekt of is onjuist opgebouwd</translation>
    </message>
    <message>
        <source>the recipient&apos;s fingerprint is missing or malformed</source>
        <translation>de vingerafdruk van de ontvanger ontbreekt of is onjuist opgebouwd</translation>
    </message>
    <message>
        <source>sender and recipient are the same</source>
        <translation>afzender en ontvanger zijn dezelfde</translation>
    </message>
    <message>
        <source>the agreement is missing</source>
        <translation>het convenant ontbreekt</translation>
    </message>
    <message>
        <source>the quarter &apos;%1&apos; is not of the form 2026Q3</source>
        <translation>het kwartaal &apos;%1&apos; heeft niet de vorm 2026Q3</translation>
    </message>
    <message>
        <source>the creation time is missing</source>
        <translation>het aanmaaktijdstip ontbreekt</translation>
    </message>
    <message>
        <source>the sequence number must be 1 or more</source>
        <translation>het volgnummer moet 1 of hoger zijn</translation>
    </message>
    <message>
        <source>the first package in a sequence cannot name a previous package</source>
        <translation>het eerste pakket in een reeks kan geen vorig pakket noemen</translation>
    </message>
    <message>
        <source>package %1 in the sequence must name the hash of the previous package</source>
        <translation>pakket %1 in de reeks moet de hash van het vorige pakket noemen</translation>
    </message>
    <message>
        <source>the file name &apos;%1&apos; is not allowed</source>
        <translation>de bestandsnaam &apos;%1&apos; is niet toegestaan</translation>
    </message>
    <message>
        <source>the file &apos;%1&apos; is listed twice</source>
        <translation>het bestand &apos;%1&apos; staat er twee keer in</translation>
    </message>
    <message>
        <source>the hash or size of &apos;%1&apos; is missing</source>
        <translation>de hash of de grootte van &apos;%1&apos; ontbreekt</translation>
    </message>
    <message>
        <source>it lists no files</source>
        <translation>er staan geen bestanden in</translation>
    </message>
    <message>
        <source>a category without fields is listed</source>
        <translation>er staat een categorie zonder gegevens in</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>het is te groot</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>het is geen geldige JSON</translation>
    </message>
    <message>
        <source>it is not an InBeeld package manifest</source>
        <translation>het is geen pakketmanifest van InBeeld</translation>
    </message>
    <message>
        <source>This package was made by a newer version of InBeeld (package format %1). Install the newer version to open it.</source>
        <translation>Dit pakket is gemaakt met een nieuwere versie van InBeeld (pakketformaat %1). Installeer de nieuwere versie om het te openen.</translation>
    </message>
    <message>
        <source>the format version is missing</source>
        <translation>de formaatversie ontbreekt</translation>
    </message>
    <message>
        <source>the kind must be quarterly or case</source>
        <translation>het type (kind) moet quarterly of case zijn</translation>
    </message>
    <message>
        <source>the sequence number must be a whole number of 1 or more</source>
        <translation>het volgnummer moet een geheel getal van 1 of hoger zijn</translation>
    </message>
    <message>
        <source>the previous package&apos;s hash is malformed</source>
        <translation>de hash van het vorige pakket is onjuist opgebouwd</translation>
    </message>
    <message>
        <source>the fields of category &apos;%1&apos; are malformed</source>
        <translation>de gegevens van categorie &apos;%1&apos; zijn onjuist opgebouwd</translation>
    </message>
    <message>
        <source>the hash of &apos;%1&apos; is malformed</source>
        <translation>de hash van &apos;%1&apos; is onjuist opgebouwd</translation>
    </message>
    <message>
        <source>the sender&apos;s audit anchor is malformed</source>
        <translation>het auditanker van de afzender is ongeldig</translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <source>The package %1 could not be read: %2</source>
        <translation>Het pakket %1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The package file is empty: the copy is incomplete. Nothing was stored. Ask the sender for the package again.</source>
        <translation>Het pakketbestand is leeg: de kopie is onvolledig. Er is niets opgeslagen. Vraag de afzender het pakket opnieuw te sturen.</translation>
    </message>
    <message>
        <source>This package was signed by a key that belongs to none of our partners (key %1). Nothing was stored. If it comes from a new partner, add their identity card first and compare the fingerprint with them.</source>
        <translation>Dit pakket is ondertekend met een sleutel die bij geen van onze partners hoort (sleutel %1). Er is niets opgeslagen. Komt het van een nieuwe partner, voeg dan eerst hun identiteitskaart toe en vergelijk de vingerafdruk met hen.</translation>
    </message>
    <message>
        <source>The package names another sender than the key that signed it. Nothing was stored; tell %1.</source>
        <translation>Het pakket noemt een andere afzender dan de sleutel waarmee het is ondertekend. Er is niets opgeslagen; meld dit aan %1.</translation>
    </message>
    <message>
        <source>This package from %1 was made for %2, not for us. Nothing was stored. Ask %1 to make the package for us.</source>
        <translation>Dit pakket van %1 is gemaakt voor %2, niet voor ons. Er is niets opgeslagen. Vraag %1 het pakket voor ons te maken.</translation>
    </message>
    <message>
        <source>This package was made under agreement %1, which is not our agreement (%2). Nothing was stored.</source>
        <translation>Dit pakket is gemaakt onder convenant %1; dat is niet ons convenant (%2). Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>This package was already opened on %1 (it became partner list %2). Nothing was stored again.</source>
        <translation>Dit pakket is al geopend op %1 (het werd lijst %2 van de partner). Er is niets opnieuw opgeslagen.</translation>
    </message>
    <message>
        <source>The package holds no records. Nothing was stored; ask the sender to make it again.</source>
        <translation>Het pakket bevat geen registraties. Er is niets opgeslagen; vraag de afzender het opnieuw te maken.</translation>
    </message>
    <message>
        <source>The counts in the package do not match its records. Nothing was stored; ask %1 to make the package again.</source>
        <translation>De aantallen in het pakket kloppen niet met de registraties erin. Er is niets opgeslagen; vraag %1 het pakket opnieuw te maken.</translation>
    </message>
    <message>
        <source>The store is busy, so the package was not opened. Try again.</source>
        <translation>Het gegevensbestand is bezet, dus het pakket is niet geopend. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The package could not be stored: %1</source>
        <translation>Het pakket kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>This package from %1 (number %2) does not follow their package number %3 that we accepted on %4: the sender&apos;s sequence forked, for example after they restored a backup. Nothing was stored. Tell %1; they should check their store before sending again.</source>
        <translation>Dit pakket van %1 (nummer %2) sluit niet aan op hun pakket nummer %3 dat we op %4 accepteerden: de reeks van de afzender is gesplitst, bijvoorbeeld na het terugzetten van een reservekopie. Er is niets opgeslagen. Meld dit aan %1; zij moeten hun gegevensbestand controleren voordat ze opnieuw versturen.</translation>
    </message>
    <message>
        <source>We already accepted package number %1 from %2 (opened on %3); this is another package under the same number. Nothing was stored. Ask %2 for their newest package.</source>
        <translation>We accepteerden al pakket nummer %1 van %2 (geopend op %3); dit is een ander pakket met hetzelfde nummer. Er is niets opgeslagen. Vraag %2 om het nieuwste pakket.</translation>
    </message>
    <message>
        <source>The file %1 is %2 MB, larger than the %3 MB a package may be (setting &quot;largest package&quot;). It was not read and nothing was stored. A quarterly list of a whole region is a few MB.</source>
        <translation>Het bestand %1 is %2 MB, groter dan de %3 MB die een pakket mag zijn (instelling &quot;grootste pakket&quot;). Het is niet gelezen en er is niets opgeslagen. Een kwartaallijst van een hele regio is een paar MB.</translation>
    </message>
</context>
<context>
    <name>PackageRecords</name>
    <message>
        <source>The records in the package cannot be read. Ask the sender to make the package again.</source>
        <translation>De registraties in het pakket kunnen niet worden gelezen. Vraag de afzender het pakket opnieuw te maken.</translation>
    </message>
    <message>
        <source>Record %1 of the package has the category &apos;%2&apos;, which agreement %3 does not know. Nothing was stored; ask the sender to check the package.</source>
        <translation>Registratie %1 van het pakket heeft de categorie &apos;%2&apos;, die convenant %3 niet kent. Er is niets opgeslagen; vraag de afzender het pakket te controleren.</translation>
    </message>
    <message>
        <source>The package holds the field &apos;%1&apos; for category &apos;%2&apos;, which agreement %3 does not allow to be exchanged. Nothing was stored; tell the sender.</source>
        <translation>Het pakket bevat het veld &apos;%1&apos; voor categorie &apos;%2&apos;, dat convenant %3 niet laat uitwisselen. Er is niets opgeslagen; meld dit aan de afzender.</translation>
    </message>
</context>
<context>
    <name>PackageSeal</name>
    <message>
        <source>The package file is incomplete: it ends too early or part of it is missing (for example a USB stick removed while copying). Nothing was stored. Ask the sender for the package again.</source>
        <translation>Het pakketbestand is onvolledig: het houdt te vroeg op of er ontbreekt een deel (bijvoorbeeld een USB-stick die tijdens het kopiëren is verwijderd). Er is niets opgeslagen. Vraag de afzender het pakket opnieuw te sturen.</translation>
    </message>
    <message>
        <source>This is not an InBeeld exchange package. Stores and their backups end in .inbeeld too; to restore a backup, use File &gt; Restore from backup. Nothing was stored. Open the .inbeeld file that the partner sent.</source>
        <translation>Dit is geen InBeeld-uitwisselingspakket. Gegevensbestanden en hun reservekopieën eindigen ook op .inbeeld; gebruik Bestand &gt; Terugzetten uit reservekopie om een reservekopie terug te zetten. Er is niets opgeslagen. Open het .inbeeld-bestand dat de partner stuurde.</translation>
    </message>
    <message>
        <source>The package file was changed or damaged after it was made. Nothing was stored. Ask the sender for the package again.</source>
        <translation>Het pakketbestand is na het maken gewijzigd of beschadigd. Er is niets opgeslagen. Vraag de afzender het pakket opnieuw te sturen.</translation>
    </message>
    <message>
        <source>The package was changed after the sender signed it (or damaged on the way). Nothing was stored. Ask the sender for the package again.</source>
        <translation>Het pakket is gewijzigd nadat de afzender het ondertekende (of onderweg beschadigd). Er is niets opgeslagen. Vraag de afzender het pakket opnieuw te sturen.</translation>
    </message>
    <message>
        <source>This package was not made for us: it is encrypted to another organisation&apos;s key. Nothing was stored. Check that the sender chose the right recipient.</source>
        <translation>Dit pakket is niet voor ons gemaakt: het is versleuteld voor de sleutel van een andere organisatie. Er is niets opgeslagen. Controleer of de afzender de juiste ontvanger koos.</translation>
    </message>
    <message>
        <source>This is not an InBeeld exchange package: a package holds exactly two parts, stored without compression (payload.age and payload.age.minisig), and this file holds something else. Nothing was read from it and nothing was stored.</source>
        <translation>Dit is geen InBeeld-uitwisselingspakket: een pakket bevat precies twee onderdelen, zonder compressie opgeslagen (payload.age en payload.age.minisig), en dit bestand bevat iets anders. Er is niets uit gelezen en niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <source>%1 takes part in agreement %2, not in ours (%3): no package can be made for them.</source>
        <translation>%1 neemt deel aan convenant %2, niet aan het onze (%3): er kan geen pakket voor hen worden gemaakt.</translation>
    </message>
    <message>
        <source>The quarter &apos;%1&apos; is not of the form 2026Q3.</source>
        <translation>Het kwartaal &apos;%1&apos; heeft niet de vorm 2026Q3.</translation>
    </message>
    <message>
        <source>There is no list of our own to send yet. Import our list first, then make the package.</source>
        <translation>Er is nog geen eigen lijst om te versturen. Importeer eerst onze lijst en maak daarna het pakket.</translation>
    </message>
    <message>
        <source>%1 cannot be matched to one of the parties of the agreement, so no decision can cover sharing with them. The name on their identity card should be the party&apos;s name in the agreement.</source>
        <translation>%1 is niet te koppelen aan een van de partijen van het convenant, dus geen besluit kan delen met hen dekken. De naam op hun identiteitskaart moet de naam van de partij in het convenant zijn.</translation>
    </message>
    <message>
        <source>The child with BSN %1 is not on our own newest list, so there is nothing of ours to send about this child.</source>
        <translation>Het kind met BSN %1 staat niet op onze nieuwste eigen lijst, dus er is van ons niets over dit kind te versturen.</translation>
    </message>
    <message>
        <source>Decision %1 names the field &apos;%2&apos;, which the agreement does not allow for this child&apos;s category. Nothing was written; walk the four-step check again.</source>
        <translation>Besluit %1 noemt het veld &apos;%2&apos;, dat het convenant voor de categorie van dit kind niet toestaat. Er is niets geschreven; doorloop het stappenplan opnieuw.</translation>
    </message>
    <message>
        <source>The text of the field &apos;%1&apos; now reads as special or criminal-law personal data (%2). Nothing was written; walk the four-step check again and put it in general terms.</source>
        <translation>De tekst van het veld &apos;%1&apos; bevat nu bijzondere of strafrechtelijke persoonsgegevens (%2). Er is niets geschreven; doorloop het stappenplan opnieuw en formuleer het in algemene termen.</translation>
    </message>
    <message>
        <source>The package could not be written to %1: %2. Nothing was sent.</source>
        <translation>Het pakket kon niet worden geschreven naar %1: %2. Er is niets verstuurd.</translation>
    </message>
    <message>
        <source>The package written to %1 could not be read back correctly (%2). The file was removed; write the package again, to another place if this repeats.</source>
        <translation>Het pakket dat naar %1 is geschreven kon niet goed worden teruggelezen (%2). Het bestand is verwijderd; schrijf het pakket opnieuw, op een andere plek als dit vaker gebeurt.</translation>
    </message>
    <message>
        <source>the file on disk differs from what was written</source>
        <translation>het bestand op schijf wijkt af van wat is geschreven</translation>
    </message>
    <message>
        <source>the manifest read back differs</source>
        <translation>het teruggelezen manifest wijkt af</translation>
    </message>
    <message>
        <source>The store is busy; the package was not made. Try again.</source>
        <translation>Het gegevensbestand is bezet; het pakket is niet gemaakt. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The package was not recorded in the store, so the file was removed. Try again.</source>
        <translation>Het pakket is niet vastgelegd in het gegevensbestand, dus het bestand is verwijderd. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 is no longer a partner (removed, or their keys were replaced). No package can be made for them.</source>
        <translation>%1 is geen partner meer (verwijderd, of de sleutels zijn vervangen). Er kan geen pakket voor worden gemaakt.</translation>
    </message>
    <message>
        <source>%1 cannot be matched to one of the parties of the agreement, so it is not known which children it is responsible for. The name on their identity card should be the party&apos;s name in the agreement.</source>
        <translation>%1 is niet te koppelen aan een van de partijen van het convenant, dus is niet bekend voor welke kinderen zij verantwoordelijk zijn. De naam op hun identiteitskaart hoort de naam van de partij in het convenant te zijn.</translation>
    </message>
    <message>
        <source>not assignable: %1</source>
        <translation>niet toe te wijzen: %1</translation>
    </message>
    <message>
        <source>not assignable, left out by you: %1</source>
        <translation>niet toe te wijzen, door u weggelaten: %1</translation>
    </message>
</context>
<context>
    <name>PartnerCommands</name>
    <message>
        <source>Pin a partner organisation&apos;s identity card. First compare the fingerprint with your contact at the partner, by phone on a number you already know or in person, never through the channel the card came by; then give it with --fingerprint exactly as they read it out. A card with new keys for a partner you already pinned is refused unless the pinned key signed the new keys.</source>
        <translation>De identiteitskaart van een partnerorganisatie vastleggen. Vergelijk eerst de vingerafdruk met uw contactpersoon bij de partner, telefonisch via een nummer dat u al kent of persoonlijk, nooit via het kanaal waarlangs de kaart binnenkwam; geef de vingerafdruk daarna met --fingerprint op, precies zoals de partner die voorlas. Een kaart met nieuwe sleutels voor een partner die u al hebt vastgelegd, wordt geweigerd, tenzij de vastgelegde sleutel de nieuwe sleutels heeft ondertekend.</translation>
    </message>
    <message>
        <source>The partner&apos;s identity card (JSON).</source>
        <translation>De identiteitskaart van de partner (JSON).</translation>
    </message>
    <message>
        <source>The fingerprint as confirmed with the partner (8 groups of 4 characters; spaces and case do not matter).</source>
        <translation>De vingerafdruk zoals die met de partner is bevestigd (8 groepen van 4 tekens; spaties en hoofdletters maken niet uit).</translation>
    </message>
    <message>
        <source>Who compared the fingerprint (default: the current OS account).</source>
        <translation>Wie de vingerafdruk heeft vergeleken (standaard: het huidige gebruikersaccount van het besturingssysteem).</translation>
    </message>
    <message>
        <source>How the fingerprint was compared: phone or in-person.</source>
        <translation>Hoe de vingerafdruk is vergeleken: phone (telefonisch) of in-person (persoonlijk).</translation>
    </message>
    <message>
        <source>missing the FILE with the partner&apos;s identity card</source>
        <translation>het bestand (FILE) met de identiteitskaart van de partner ontbreekt</translation>
    </message>
    <message>
        <source>unknown --confirmed-how &apos;%1&apos;: use phone or in-person</source>
        <translation>onbekende --confirmed-how &apos;%1&apos;: gebruik phone of in-person</translation>
    </message>
    <message>
        <source>--confirmed-by needs a name</source>
        <translation>--confirmed-by heeft een naam nodig</translation>
    </message>
    <message>
        <source>Partner keys replaced: %1 (%2) signed its new keys with the pinned key.</source>
        <translation>Sleutels van partner vervangen: %1 (%2) heeft de nieuwe sleutels ondertekend met de vastgelegde sleutel.</translation>
    </message>
    <message>
        <source>Partner added: %1 (%2).</source>
        <translation>Partner toegevoegd: %1 (%2).</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Vingerafdruk: %1</translation>
    </message>
    <message>
        <source>Confirmed by %1, %2.</source>
        <translation>Bevestigd door %1, %2.</translation>
    </message>
    <message>
        <source>List the pinned partners, one per line, tab-separated: id, organisation, role, fingerprint, confirmed by, how, pinned at (UTC), and &apos;rotated&apos; when the keys replaced earlier ones.</source>
        <translation>De vertrouwde partners tonen, één per regel, gescheiden door tabs: id, organisatie, rol, vingerafdruk, bevestigd door, hoe, vastgelegd op (UTC), en &apos;rotated&apos; als de sleutels eerdere sleutels hebben vervangen.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of text.</source>
        <translation>Een JSON-array tonen in plaats van tekst.</translation>
    </message>
    <message>
        <source>No partners yet. Add one with &apos;%1 partner add FILE --fingerprint FP&apos;.</source>
        <translation>Nog geen partners. Voeg er een toe met &apos;%1 partner add FILE --fingerprint FP&apos;.</translation>
    </message>
    <message>
        <source>Pin a partner&apos;s identity card after comparing its fingerprint</source>
        <translation>De identiteitskaart van een partner vastleggen na vergelijken van de vingerafdruk</translation>
    </message>
    <message>
        <source>List the pinned partners</source>
        <translation>De vertrouwde partners tonen</translation>
    </message>
    <message>
        <source>Usage: %1 partner &lt;command&gt; [options]
Partner organisations whose keys are pinned in the store. Packages are only accepted from, and
only made for, pinned partners.

Commands:
  add FILE   Pin a partner&apos;s identity card after comparing its fingerprint out of band
  list       List the pinned partners
  edit NAME  Set the partner&apos;s contact: mail address, name and phone
  remove NAME  Remove a partner: no more packages to or from it (history kept)

Run &apos;%1 partner &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Gebruik: %1 partner &lt;opdracht&gt; [opties]
Partnerorganisaties waarvan de sleutels in het gegevensbestand zijn vastgelegd. Pakketten worden
alleen geaccepteerd van, en alleen gemaakt voor, vertrouwde partners.

Opdrachten:
  add FILE   De identiteitskaart van een partner vastleggen na vergelijking van de vingerafdruk
             via een ander kanaal
  list       De vertrouwde partners tonen
  edit NAME  De contactgegevens van de partner instellen: e-mailadres, naam en telefoon
  remove NAME  Een partner verwijderen: geen pakketten meer van of naar de partner (geschiedenis blijft)

Gebruik &apos;%1 partner &lt;opdracht&gt; --help&apos; voor de opties van een opdracht.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a pinned partner. See &apos;%2 partner list&apos; for the partners, or add one with &apos;%2 partner add&apos;.</source>
        <translation>&apos;%1&apos; is geen vertrouwde partner. Zie &apos;%2 partner list&apos; voor de partners, of voeg er een toe met &apos;%2 partner add&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches several partners; give the full name or the fingerprint:
%2</source>
        <translation>&apos;%1&apos; past bij meerdere partners; geef de volledige naam of de vingerafdruk:
%2</translation>
    </message>
    <message>
        <source>Set a partner&apos;s contact: the mail address packages are sent to, the contact person and the phone number. Options left out keep their value.</source>
        <translation>De contactgegevens van een partner instellen: het e-mailadres waar pakketten heen gaan, de contactpersoon en het telefoonnummer. Weggelaten opties houden hun waarde.</translation>
    </message>
    <message>
        <source>The partner: its organisation name or fingerprint.</source>
        <translation>De partner: de naam van de organisatie of de vingerafdruk.</translation>
    </message>
    <message>
        <source>The mail address packages are sent to.</source>
        <translation>Het e-mailadres waar pakketten heen gaan.</translation>
    </message>
    <message>
        <source>The contact person.</source>
        <translation>De contactpersoon.</translation>
    </message>
    <message>
        <source>The contact&apos;s phone number.</source>
        <translation>Het telefoonnummer van de contactpersoon.</translation>
    </message>
    <message>
        <source>missing the partner&apos;s NAME</source>
        <translation>de naam (NAME) van de partner ontbreekt</translation>
    </message>
    <message>
        <source>Contact of %1: %2, %3, %4</source>
        <translation>Contact van %1: %2, %3, %4</translation>
    </message>
    <message>
        <source>Remove a partner: no packages are made for it any more, and its packages are refused as from an unknown sender. Its history (packages sent and opened, the audit log) is kept. To work with the partner again, add its card after a new fingerprint check.</source>
        <translation>Een partner verwijderen: er worden geen pakketten meer voor gemaakt, en pakketten van de partner worden geweigerd als van een onbekende afzender. De geschiedenis (verstuurde en geopende pakketten, het auditlog) blijft bewaard. Om weer met de partner te werken, voegt u de kaart opnieuw toe na een nieuwe vergelijking van de vingerafdruk.</translation>
    </message>
    <message>
        <source>Confirm the removal.</source>
        <translation>De verwijdering bevestigen.</translation>
    </message>
    <message>
        <source>removing a partner needs --yes</source>
        <translation>voor het verwijderen van een partner is --yes nodig</translation>
    </message>
    <message>
        <source>Partner removed: %1 (%2). Its history is kept.</source>
        <translation>Partner verwijderd: %1 (%2). De geschiedenis blijft bewaard.</translation>
    </message>
    <message>
        <source>Set a partner&apos;s contact (mail address, name, phone)</source>
        <translation>De contactgegevens van een partner instellen (e-mailadres, naam, telefoon)</translation>
    </message>
    <message>
        <source>Remove a partner (no more packages; history kept)</source>
        <translation>Een partner verwijderen (geen pakketten meer; geschiedenis blijft)</translation>
    </message>
</context>
<context>
    <name>PartnerTrust</name>
    <message>
        <source>The partner list could not be read or changed: %1</source>
        <translation>De partnerlijst kon niet worden gelezen of gewijzigd: %1</translation>
    </message>
    <message>
        <source>The identity card of %1 was changed after it was made. Ask the partner for a new card.</source>
        <translation>De identiteitskaart van %1 is gewijzigd nadat hij is gemaakt. Vraag de partner om een nieuwe kaart.</translation>
    </message>
    <message>
        <source>The fingerprint you confirmed does not match this card. The card of %1 has fingerprint %2. Compare all 8 groups again with your contact at %1 (by phone or in person, not through the channel the card came by). If they really differ, do not add this partner: the card may not come from %1.</source>
        <translation>De vingerafdruk die u hebt bevestigd, past niet bij deze kaart. De kaart van %1 heeft vingerafdruk %2. Vergelijk alle 8 groepen opnieuw met uw contactpersoon bij %1 (telefonisch of persoonlijk, niet via het kanaal waarlangs de kaart binnenkwam). Verschillen ze echt, voeg deze partner dan niet toe: de kaart komt misschien niet van %1.</translation>
    </message>
    <message>
        <source>Enter who confirmed the fingerprint.</source>
        <translation>Vul in wie de vingerafdruk heeft bevestigd.</translation>
    </message>
    <message>
        <source>This is your own organisation&apos;s identity card. Add the card your partner sent you.</source>
        <translation>Dit is de identiteitskaart van uw eigen organisatie. Voeg de kaart toe die uw partner u heeft gestuurd.</translation>
    </message>
    <message>
        <source>The card of %1 belongs to agreement &apos;%2&apos;, but this store works under agreement &apos;%3&apos;. Only partners in the same agreement can be added.</source>
        <translation>De kaart van %1 hoort bij convenant &apos;%2&apos;, maar dit gegevensbestand werkt onder convenant &apos;%3&apos;. Alleen partners binnen hetzelfde convenant kunnen worden toegevoegd.</translation>
    </message>
    <message>
        <source>%1 is already a partner with exactly these keys (pinned on %2, confirmed by %3 %4). Nothing was changed.</source>
        <translation>%1 is al een partner met precies deze sleutels (vastgelegd op %2, bevestigd door %3, %4). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This card names %1, but its keys are already pinned for the partner %2. One organisation&apos;s keys cannot belong to another. Do not add this card; contact %2 and %1 by phone.</source>
        <translation>Deze kaart noemt %1, maar de sleutels ervan zijn al vastgelegd voor de partner %2. De sleutels van de ene organisatie kunnen niet bij een andere horen. Voeg deze kaart niet toe; neem telefonisch contact op met %2 en %1.</translation>
    </message>
    <message>
        <source>WARNING: this card for %1 has different keys from the ones pinned on %2 (fingerprint %3), and the new keys are not signed by the pinned key. Someone may be impersonating %1. The card was refused and nothing was changed. Call your contact at %1 on a number you already know; if they really replaced their keys without the old ones, remove the partner first and add them again after comparing the new fingerprint.</source>
        <translation>WAARSCHUWING: deze kaart voor %1 heeft andere sleutels dan de sleutels die op %2 zijn vastgelegd (vingerafdruk %3), en de nieuwe sleutels zijn niet ondertekend met de vastgelegde sleutel. Misschien doet iemand zich voor als %1. De kaart is geweigerd en er is niets gewijzigd. Bel uw contactpersoon bij %1 op een nummer dat u al kent; als de partner de sleutels echt heeft vervangen zonder de oude sleutels, verwijder de partner dan eerst en voeg hem opnieuw toe nadat u de nieuwe vingerafdruk hebt vergeleken.</translation>
    </message>
    <message>
        <source>The store is busy; the partner was not added.</source>
        <translation>Het gegevensbestand is bezig; de partner is niet toegevoegd.</translation>
    </message>
    <message>
        <source>The partner could not be added: %1</source>
        <translation>De partner kon niet worden toegevoegd: %1</translation>
    </message>
    <message>
        <source>The partner was added but could not be read back.</source>
        <translation>De partner is toegevoegd, maar kon niet worden teruggelezen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mail address (like naam@voorbeeld.nl).</source>
        <translation>&apos;%1&apos; is geen e-mailadres (zoals naam@voorbeeld.nl).</translation>
    </message>
    <message>
        <source>%1 is no longer a partner.</source>
        <translation>%1 is geen partner meer.</translation>
    </message>
    <message>
        <source>The partner could not be read back.</source>
        <translation>De partner kon niet worden teruggelezen.</translation>
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
    <message>
        <source>the new passphrase is refused. %1</source>
        <translation>de nieuwe wachtwoordzin is geweigerd. %1</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>less than a second</source>
        <translation>minder dan een seconde</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n seconden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n uur</numerusform>
            <numerusform>%n uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n million years</source>
        <translation>
            <numerusform>meer dan %n miljoen jaar</numerusform>
            <numerusform>meer dan %n miljoen jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>more than a billion years</source>
        <translation>meer dan een miljard jaar</translation>
    </message>
    <message>
        <source>Take four or more random words, for example &quot;lantaarn kwartel oever paraplu&quot;.</source>
        <translation>Neem vier of meer willekeurige woorden, bijvoorbeeld &quot;lantaarn kwartel oever paraplu&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Te kort: gebruik minstens %n teken.</numerusform>
            <numerusform>Te kort: gebruik minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too easy to guess: an attacker with a fast computer would need about %1.</source>
        <translation>Te makkelijk te raden: een aanvaller met een snelle computer doet er naar schatting %1 over.</translation>
    </message>
    <message>
        <source>Good enough: an attacker with a fast computer would need about %1. A longer passphrase is even safer.</source>
        <translation>Voldoende: een aanvaller met een snelle computer doet er naar schatting %1 over. Een langere wachtwoordzin is nog veiliger.</translation>
    </message>
    <message>
        <source>Strong: an attacker with a fast computer would need about %1.</source>
        <translation>Sterk: een aanvaller met een snelle computer doet er naar schatting %1 over.</translation>
    </message>
</context>
<context>
    <name>PersonName</name>
    <message>
        <source>The surname is missing. Fill in the surname (achternaam) in the source list.</source>
        <translation>De achternaam ontbreekt. Vul de achternaam in de bronlijst in.</translation>
    </message>
    <message>
        <source>The surname &quot;%1&quot; contains a comma that is not followed by a prefix such as &quot;van der&quot;. Put first names and surname in their own columns, or write the surname like &quot;Berg, van der&quot;.</source>
        <translation>De achternaam &quot;%1&quot; bevat een komma zonder tussenvoegsel (zoals &quot;van der&quot;) erna. Zet voornamen en achternaam in aparte kolommen, of schrijf de achternaam als &quot;Berg, van der&quot;.</translation>
    </message>
    <message>
        <source>The name is empty. Fill in at least the surname.</source>
        <translation>De naam is leeg. Vul ten minste de achternaam in.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; cannot be split into first names, prefix and surname. Write it as &quot;Berg, Jan van der&quot; or &quot;Jan van der Berg&quot;, or use separate columns.</source>
        <translation>De naam &quot;%1&quot; kan niet worden gesplitst in voornamen, tussenvoegsel en achternaam. Schrijf de naam als &quot;Berg, Jan van der&quot; of &quot;Jan van der Berg&quot;, of gebruik aparte kolommen.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; has a prefix on both sides of the comma. Check the name in the source list.</source>
        <translation>De naam &quot;%1&quot; heeft aan beide kanten van de komma een tussenvoegsel. Controleer de naam in de bronlijst.</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>Why %1 is shared: %2</source>
        <translation>Waarom %1 wordt gedeeld: %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>standing decision %1 of %2 for the quarterly exchange under the agreement</source>
        <translation>vast besluit %1 van %2 voor de kwartaaluitwisseling onder het convenant</translation>
    </message>
    <message>
        <source>decision %1 of %2, valid until %3</source>
        <translation>besluit %1 van %2, geldig tot %3</translation>
    </message>
    <message>
        <source>line %1, %2 (&quot;%3&quot;)</source>
        <translation>regel %1, %2 (&quot;%3&quot;)</translation>
    </message>
    <message>
        <source>Left out of the package, because the text names special or criminal-law personal data, which the agreement does not allow to share: %1. Put these texts in general terms in your source list (for example &quot;medische redenen&quot;).</source>
        <translation>Weggelaten uit het pakket, omdat de tekst bijzondere of strafrechtelijke persoonsgegevens noemt, die het convenant niet toestaat te delen: %1. Formuleer deze teksten in algemene termen in uw bronlijst (bijvoorbeeld &quot;medische redenen&quot;).</translation>
    </message>
</context>
<context>
    <name>Postcode</name>
    <message>
        <source>The postcode &quot;%1&quot; is not valid: %2 Check the address in the source list.</source>
        <translation>De postcode &quot;%1&quot; is ongeldig: %2 Controleer het adres in de bronlijst.</translation>
    </message>
    <message>
        <source>The postcode is empty. Fill in a postcode like 1234 AB.</source>
        <translation>De postcode is leeg. Vul een postcode in zoals 1234 AB.</translation>
    </message>
    <message>
        <source>a postcode has four digits and two letters, like 1234 AB.</source>
        <translation>een postcode bestaat uit vier cijfers en twee letters, zoals 1234 AB.</translation>
    </message>
    <message>
        <source>a postcode does not start with 0.</source>
        <translation>een postcode begint niet met 0.</translation>
    </message>
    <message>
        <source>the letters %1 are never used in postcodes.</source>
        <translation>de letters %1 worden nooit gebruikt in postcodes.</translation>
    </message>
</context>
<context>
    <name>PrintDocument</name>
    <message>
        <source>Print preview: %1</source>
        <translation>Afdrukvoorbeeld: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProcessingRegister</name>
    <message>
        <source>Lists and the records of children: as the agreement&apos;s retention rules set them (closing and purging, see the lifecycle settings).</source>
        <translation>Lijsten en de gegevens van kinderen: zoals de bewaarregels van het convenant bepalen (afsluiten en opschonen, zie de instellingen voor de levenscyclus).</translation>
    </message>
    <message numerus="yes">
        <source>Anonymous registration: %n year(s) after the end of the school year.</source>
        <translation>
            <numerusform>Anonieme registratie: %n jaar na het einde van het schooljaar.</numerusform>
            <numerusform>Anonieme registratie: %n jaar na het einde van het schooljaar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is kept as long as the store: it is the accountability.</source>
        <translation>Het auditlog wordt bewaard zolang het gegevensbestand bestaat: het is de verantwoording.</translation>
    </message>
    <message>
        <source>The store is one file encrypted with SQLCipher 4 (AES-256); the key comes from the passphrase through Argon2id and may be remembered in the operating system&apos;s keychain.</source>
        <translation>Het gegevensbestand is één bestand, versleuteld met SQLCipher 4 (AES-256); de sleutel komt via Argon2id uit de wachtzin en kan in de sleutelbos van het besturingssysteem worden onthouden.</translation>
    </message>
    <message>
        <source>Exchange packages are signed (Ed25519) and encrypted for the recipient only (X25519, ChaCha20-Poly1305); partners&apos; keys are pinned after comparing fingerprints.</source>
        <translation>Uitwisselpakketten worden ondertekend (Ed25519) en alleen voor de ontvanger versleuteld (X25519, ChaCha20-Poly1305); sleutels van partners worden vastgelegd na het vergelijken van vingerafdrukken.</translation>
    </message>
    <message>
        <source>Every import, view of a child, decision, export and package is written to a hash-chained audit log.</source>
        <translation>Elke import, elke inzage van een kind, elk besluit, elke export en elk pakket komt in een auditlog met een hashketen.</translation>
    </message>
    <message>
        <source>Personal data is shared only under a recorded decision of the four-step check; only the fields the agreement allows per category leave the store.</source>
        <translation>Persoonsgegevens worden alleen gedeeld onder een vastgelegd besluit van de vierstappentoets; alleen de gegevens die het convenant per categorie toestaat verlaten het gegevensbestand.</translation>
    </message>
    <message>
        <source>The program locks itself after a period without use; files it writes with personal data are readable by their owner only.</source>
        <translation>Het programma vergrendelt zichzelf na een tijd zonder gebruik; bestanden met persoonsgegevens die het schrijft, zijn alleen leesbaar voor de eigenaar.</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>De cijfers konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Register of processing activities (GDPR art. 30)</source>
        <translation>Register van verwerkingsactiviteiten (AVG art. 30)</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Convenant</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation>Categorieën betrokkenen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Categorieën persoonsgegevens</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>Children on the newest own lists</source>
        <translation>Kinderen op de nieuwste eigen lijsten</translation>
    </message>
    <message>
        <source>Children on the newest partner lists</source>
        <translation>Kinderen op de nieuwste lijsten van partners</translation>
    </message>
    <message>
        <source>Share decisions about a child</source>
        <translation>Deelbesluiten over een kind</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>Direction and kind</source>
        <translation>Richting en soort</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakketten</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registraties</translation>
    </message>
</context>
<context>
    <name>PupilIdentifier</name>
    <message>
        <source>No BSN or onderwijsnummer is filled in.</source>
        <translation>Er is geen BSN of onderwijsnummer ingevuld.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains characters other than digits, so it is neither a BSN nor an onderwijsnummer. Check the number in the source list.</source>
        <translation>&quot;%1&quot; bevat andere tekens dan cijfers en is dus geen BSN en geen onderwijsnummer. Controleer het nummer in de bronlijst.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; does not have nine digits like a BSN or onderwijsnummer (it has %n). Check the number in the source list.</source>
        <translation>
            <numerusform>&quot;%1&quot; heeft %n cijfer, maar een BSN of onderwijsnummer heeft er negen. Controleer het nummer in de bronlijst.</numerusform>
            <numerusform>&quot;%1&quot; heeft %n cijfers, maar een BSN of onderwijsnummer heeft er negen. Controleer het nummer in de bronlijst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number %1 is neither a valid BSN nor a valid onderwijsnummer (it fails the elfproef, the check for typing errors). Check the number in the source list.</source>
        <translation>Het nummer %1 is geen geldig BSN en ook geen geldig onderwijsnummer (het voldoet niet aan de elfproef, de controle op tikfouten). Controleer het nummer in de bronlijst.</translation>
    </message>
</context>
<context>
    <name>RejectedRowsCsv</name>
    <message>
        <source>The rejected rows could not be written to %1: %2. Choose another folder.</source>
        <translation>De afgewezen regels konden niet worden geschreven naar %1: %2. Kies een andere map.</translation>
    </message>
    <message>
        <source>Line in source file</source>
        <translation>Regel in bronbestand</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Usage: %1 report inspectie|register [options]

  inspectie  The Inspectie&apos;s quarterly thuiszitters registration (anonymous)
  register   The entry for the register of processing activities (GDPR art. 30)
</source>
        <translation>Gebruik: %1 report inspectie|register [opties]

  inspectie  De kwartaalregistratie thuiszitters voor de Inspectie (anoniem)
  register   De vermelding in het register van verwerkingsactiviteiten (AVG art. 30)
</translation>
    </message>
    <message>
        <source>Register a quarter for the Inspectie and write it: one anonymous row per child, cumulative over the school year (1 August to 31 July), built from your own lists whose reference dates fall in the quarter. xlsx and csv use the form&apos;s column names (set them in the program); pdf is a summary with the counts and the trend. No BSN, name or address in any format.</source>
        <translation>Registreer een kwartaal voor de Inspectie en schrijf het weg: één anonieme regel per kind, cumulatief over het schooljaar (1 augustus tot en met 31 juli), opgebouwd uit uw eigen lijsten waarvan de peildatum in het kwartaal valt. xlsx en csv gebruiken de kolomnamen van het formulier (stel die in het programma in); pdf is een samenvatting met de aantallen en het verloop. In geen enkel formaat een BSN, naam of adres.</translation>
    </message>
    <message>
        <source>The quarter, like 2026Q3 (July to September 2026).</source>
        <translation>Het kwartaal, zoals 2026Q3 (juli tot en met september 2026).</translation>
    </message>
    <message>
        <source>xlsx, csv, json or pdf.</source>
        <translation>xlsx, csv, json of pdf.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Het bestand om te schrijven.</translation>
    </message>
    <message>
        <source>The reference date within the quarter (default: the quarter&apos;s last day).</source>
        <translation>De peildatum binnen het kwartaal (standaard: de laatste dag van het kwartaal).</translation>
    </message>
    <message>
        <source>--quarter needs a quarter like 2026Q3</source>
        <translation>--quarter heeft een kwartaal nodig, zoals 2026Q3</translation>
    </message>
    <message>
        <source>--format must be xlsx, csv, json or pdf</source>
        <translation>--format moet xlsx, csv, json of pdf zijn</translation>
    </message>
    <message>
        <source>--peildatum needs a date like 2026-09-30</source>
        <translation>--peildatum heeft een datum nodig, zoals 2026-09-30</translation>
    </message>
    <message>
        <source>Quarter %1 (school year %2, reference date %3): %4 children, %5 active, %6 ended. Written to %7.</source>
        <translation>Kwartaal %1 (schooljaar %2, peildatum %3): %4 kinderen, %5 actief, %6 beëindigd. Geschreven naar %7.</translation>
    </message>
    <message>
        <source>Write the entry for the register of processing activities (GDPR art. 30): controller, purposes, legal ground, data subjects and data, recipients, retention, security measures and the figures a DPIA asks for. No personal data.</source>
        <translation>Schrijf de vermelding in het register van verwerkingsactiviteiten (AVG art. 30): verwerkingsverantwoordelijke, doelen, grondslag, betrokkenen en gegevens, ontvangers, bewaartermijnen, beveiligingsmaatregelen en de cijfers waar een DPIA om vraagt. Geen persoonsgegevens.</translation>
    </message>
    <message>
        <source>json or pdf.</source>
        <translation>json of pdf.</translation>
    </message>
    <message>
        <source>--format must be json or pdf</source>
        <translation>--format moet json of pdf zijn</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Geschreven naar %1.</translation>
    </message>
    <message>
        <source>Write the Inspectie&apos;s quarterly thuiszitters registration</source>
        <translation>De kwartaalregistratie thuiszitters voor de Inspectie schrijven</translation>
    </message>
    <message>
        <source>Write the entry for the register of processing activities (GDPR art. 30)</source>
        <translation>De vermelding in het register van verwerkingsactiviteiten schrijven (AVG art. 30)</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>The retention rules could not be applied: %1</source>
        <translation>De bewaarregels konden niet worden toegepast: %1</translation>
    </message>
    <message>
        <source>A legal hold is on this child (a pending request, complaint or investigation): nothing is removed until the hold is lifted.</source>
        <translation>Er ligt een bewaarblokkade op dit kind (een lopend verzoek, een klacht of een onderzoek): er wordt niets verwijderd tot de blokkade is opgeheven.</translation>
    </message>
    <message>
        <source>There is no list %1 in this store.</source>
        <translation>Er is geen lijst %1 in dit gegevensbestand.</translation>
    </message>
    <message>
        <source>The data was removed, but the store file could not be rewritten: %1. Run the purge again later.</source>
        <translation>De gegevens zijn verwijderd, maar het gegevensbestand kon niet worden herschreven: %1. Voer het verwijderen later opnieuw uit.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: %n item(s) have passed their retention period and can be purged (Tools &gt; Retention).</source>
        <translation>
            <numerusform>Bewaren: %n item heeft de bewaartermijn bereikt en kan worden verwijderd (Extra &gt; Bewaren).</numerusform>
            <numerusform>Bewaren: %n items hebben de bewaartermijn bereikt en kunnen worden verwijderd (Extra &gt; Bewaren).</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention: data becomes due for purging on %1.</source>
        <translation>Bewaren: op %1 komen gegevens aan de beurt om te worden verwijderd.</translation>
    </message>
    <message>
        <source>The purge was stopped; nothing was removed.</source>
        <translation>Het opschonen is gestopt; er is niets verwijderd.</translation>
    </message>
</context>
<context>
    <name>RetentionRules</name>
    <message>
        <source>The retention periods could not be read: %1</source>
        <translation>De bewaartermijnen konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The agreement has no retention rule &apos;%1&apos;.</source>
        <translation>Het convenant heeft geen bewaarregel &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A retention period is between 0 and 240 months.</source>
        <translation>Een bewaartermijn ligt tussen 0 en 240 maanden.</translation>
    </message>
    <message>
        <source>Give the reason for this retention period.</source>
        <translation>Geef de reden voor deze bewaartermijn.</translation>
    </message>
    <message>
        <source>The retention period could not be stored: %1</source>
        <translation>De bewaartermijn kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>Attendance office (RBL, leerplicht)</source>
        <translation>Leerplichtafdeling (RBL)</translation>
    </message>
    <message>
        <source>School partnership (SWV)</source>
        <translation>Samenwerkingsverband (SWV)</translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message>
        <source>There is no BSN or onderwijsnummer. The row is imported, and matching will treat it as &quot;probable&quot; (by name and date of birth). Add the number in the source list if it is known.</source>
        <translation>Er is geen BSN of onderwijsnummer. De regel wordt geïmporteerd en bij het vergelijken als &quot;waarschijnlijk&quot; behandeld (op naam en geboortedatum). Vul het nummer in de bronlijst in als het bekend is.</translation>
    </message>
    <message>
        <source>There is no BSN or onderwijsnummer, and no name with a date of birth, so the child cannot be identified. Fill in the BSN, or the name and date of birth, in the source list.</source>
        <translation>Er is geen BSN of onderwijsnummer, en ook geen naam met geboortedatum, dus het kind kan niet worden geïdentificeerd. Vul in de bronlijst het BSN in, of de naam en de geboortedatum.</translation>
    </message>
    <message>
        <source>%1 fails the elfproef (the check for typing errors), so it is neither a BSN nor an onderwijsnummer. Check the number in the source list.</source>
        <translation>%1 voldoet niet aan de elfproef (de controle op tikfouten) en is dus geen BSN en geen onderwijsnummer. Controleer het nummer in de bronlijst.</translation>
    </message>
    <message>
        <source>%1 contains other characters than digits, so it is not a BSN or onderwijsnummer. Check the number in the source list.</source>
        <translation>%1 bevat andere tekens dan cijfers en is dus geen BSN of onderwijsnummer. Controleer het nummer in de bronlijst.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n digits; a BSN or onderwijsnummer has nine (eight when the leading zero was dropped). Check the number in the source list.</source>
        <translation>
            <numerusform>%1 heeft %n cijfer; een BSN of onderwijsnummer heeft er negen (acht als de voorloopnul is weggevallen). Controleer het nummer in de bronlijst.</numerusform>
            <numerusform>%1 heeft %n cijfers; een BSN of onderwijsnummer heeft er negen (acht als de voorloopnul is weggevallen). Controleer het nummer in de bronlijst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The row has two different numbers (%1 and %2). Check which one belongs to the child in the source list.</source>
        <translation>De regel heeft twee verschillende nummers (%1 en %2). Controleer in de bronlijst welk nummer bij het kind hoort.</translation>
    </message>
    <message>
        <source>The name is missing. The row is imported by its number; fill in the name in the source list.</source>
        <translation>De naam ontbreekt. De regel wordt op nummer geïmporteerd; vul de naam in de bronlijst in.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a question mark or a replacement character where the export lost letters it could not write. Check the spelling, and export the list as UTF-8 if you can.</source>
        <translation>De naam &quot;%1&quot; bevat een vraagteken of een vervangingsteken op een plaats waar de export letters kwijtraakte die hij niet kon schrijven. Controleer de spelling, en exporteer de lijst zo mogelijk als UTF-8.</translation>
    </message>
    <message>
        <source>The name was written with damaged letters (&quot;%1&quot;) and was repaired to &quot;%2&quot;. Check the spelling.</source>
        <translation>De naam was geschreven met beschadigde letters (&quot;%1&quot;) en is hersteld tot &quot;%2&quot;. Controleer de spelling.</translation>
    </message>
    <message>
        <source>The date of birth %1 lies after the peildatum of the list (%2), which is impossible. Check the date in the source list.</source>
        <translation>De geboortedatum %1 ligt na de peildatum van de lijst (%2); dat kan niet. Controleer de datum in de bronlijst.</translation>
    </message>
    <message numerus="yes">
        <source>With date of birth %1 the child is %n years old on the peildatum (%2), outside the ages of %3 to %4 that the agreement is about. Check the date of birth in the source list.</source>
        <translation>
            <numerusform>Met geboortedatum %1 is het kind op de peildatum (%2) %n jaar oud, buiten de leeftijden van %3 tot %4 waarover het convenant gaat. Controleer de geboortedatum in de bronlijst.</numerusform>
            <numerusform>Met geboortedatum %1 is het kind op de peildatum (%2) %n jaar oud, buiten de leeftijden van %3 tot %4 waarover het convenant gaat. Controleer de geboortedatum in de bronlijst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The row is imported without the postcode.</source>
        <translation>De regel wordt zonder de postcode geïmporteerd.</translation>
    </message>
    <message>
        <source>The absence starts on %1, which is after today. Check the date in the source list; the row is imported as it is.</source>
        <translation>Het verzuim begint op %1, dat is na vandaag. Controleer de datum in de bronlijst; de regel wordt geïmporteerd zoals hij is.</translation>
    </message>
    <message>
        <source>onderwijsnummer %1</source>
        <translation>onderwijsnummer %1</translation>
    </message>
    <message>
        <source>BSN %1</source>
        <translation>BSN %1</translation>
    </message>
    <message>
        <source>name %1 and date of birth %2</source>
        <translation>naam %1 en geboortedatum %2</translation>
    </message>
    <message>
        <source>This row repeats line %1 (same %2, same category), so it was not stored a second time. Remove the double row from the source list.</source>
        <translation>Deze regel herhaalt regel %1 (zelfde %2, zelfde categorie) en is daarom niet nog een keer opgeslagen. Verwijder de dubbele regel uit de bronlijst.</translation>
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
    <name>ShareAnswers</name>
    <message>
        <source>The answers are not in the expected form: %1</source>
        <translation>De antwoorden hebben niet de verwachte vorm: %1</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;.</source>
        <translation>onbekende sleutel &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;informed&quot; must be true or false.</source>
        <translation>&quot;informed&quot; moet true of false zijn.</translation>
    </message>
    <message>
        <source>&quot;outside_agreement_acknowledged&quot; must be true or false.</source>
        <translation>&quot;outside_agreement_acknowledged&quot; moet true of false zijn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <translation>&quot;%1&quot; moet een tekst zijn.</translation>
    </message>
    <message>
        <source>&quot;legitimate_interest&quot; must be an object with the texts &quot;legitimate&quot;, &quot;necessary&quot; and &quot;outweighs&quot;.</source>
        <translation>&quot;legitimate_interest&quot; moet een object zijn met de teksten &quot;legitimate&quot;, &quot;necessary&quot; en &quot;outweighs&quot;.</translation>
    </message>
    <message>
        <source>&quot;fields&quot; must be a list of field names.</source>
        <translation>&quot;fields&quot; moet een lijst met namen van gegevens zijn.</translation>
    </message>
    <message>
        <source>&quot;justifications&quot; must map field names to texts.</source>
        <translation>&quot;justifications&quot; moet namen van gegevens aan teksten koppelen.</translation>
    </message>
    <message>
        <source>&quot;texts&quot; must map field names to texts.</source>
        <translation>&quot;texts&quot; moet namen van gegevens aan teksten koppelen.</translation>
    </message>
</context>
<context>
    <name>ShareDecision</name>
    <message>
        <source>not shared (less intrusive way chosen)</source>
        <translation>niet gedeeld (minder ingrijpende manier gekozen)</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>van kracht</translation>
    </message>
</context>
<context>
    <name>ShareGuard</name>
    <message>
        <source>The child cannot be identified, so no decision can cover sharing its data.</source>
        <translation>Het kind kan niet worden geïdentificeerd, dus geen enkel besluit kan het delen van zijn gegevens dekken.</translation>
    </message>
    <message>
        <source>Nothing to share: no fields were requested.</source>
        <translation>Niets te delen: er zijn geen gegevens gevraagd.</translation>
    </message>
    <message>
        <source>Walk the four-step check for this child and this recipient first.</source>
        <translation>Doorloop eerst het stappenplan voor dit kind en deze ontvanger.</translation>
    </message>
    <message>
        <source>Decision %1 does not cover these fields: %2. %3</source>
        <translation>Besluit %1 dekt deze gegevens niet: %2. %3</translation>
    </message>
    <message>
        <source>Decision %1 for this child and recipient expired on %2. %3</source>
        <translation>Besluit %1 voor dit kind en deze ontvanger is verlopen op %2. %3</translation>
    </message>
    <message>
        <source>Decision %1 for this child and recipient was withdrawn on %2. %3</source>
        <translation>Besluit %1 voor dit kind en deze ontvanger is ingetrokken op %2. %3</translation>
    </message>
    <message>
        <source>Decision %1 chose a less intrusive way instead of sharing this child&apos;s data. %2</source>
        <translation>Bij besluit %1 is gekozen voor een minder ingrijpende manier in plaats van het delen van de gegevens van dit kind. %2</translation>
    </message>
    <message>
        <source>Decision %1 covers sharing with %2, not with %3. %4</source>
        <translation>Besluit %1 dekt delen met %2, niet met %3. %4</translation>
    </message>
    <message>
        <source>There is no decision to share this child&apos;s data. %1</source>
        <translation>Er is geen besluit om de gegevens van dit kind te delen. %1</translation>
    </message>
    <message>
        <source>The standing decision for the quarterly exchange has not been recorded (or was withdrawn). Record it before exchanging the lists.</source>
        <translation>Het vaste besluit voor de kwartaaluitwisseling is niet vastgelegd (of is ingetrokken). Leg het vast voordat u de lijsten uitwisselt.</translation>
    </message>
    <message>
        <source>The agreement does not allow these fields for the category &quot;%1&quot; in the quarterly exchange: %2.</source>
        <translation>Het convenant staat deze gegevens voor de categorie &quot;%1&quot; niet toe in de kwartaaluitwisseling: %2.</translation>
    </message>
    <message>
        <source>Processing of this child&apos;s data is restricted (a request of the data subject): nothing is shared until the restriction is lifted.</source>
        <translation>De verwerking van de gegevens van dit kind is beperkt (een verzoek van de betrokkene): er wordt niets gedeeld tot de beperking is opgeheven.</translation>
    </message>
    <message>
        <source>This child&apos;s case is closed: processing has ended, so nothing is shared. Reopen the case first if that was a mistake.</source>
        <translation>Het dossier van dit kind is afgesloten: de verwerking is beëindigd, dus er wordt niets gedeeld. Heropen het dossier eerst als dat een vergissing was.</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>The mail could not be prepared (libcurl).</source>
        <translation>De mail kon niet worden voorbereid (libcurl).</translation>
    </message>
    <message>
        <source>The mail server %1 (port %2) cannot be reached. Check the server name and port, and the network connection. Nothing was sent.</source>
        <translation>De mailserver %1 (poort %2) is niet bereikbaar. Controleer de servernaam en de poort, en de netwerkverbinding. Er is niets verstuurd.</translation>
    </message>
    <message>
        <source>The mail server %1 presented a certificate that is not trusted (SHA-256 fingerprint %2). Nothing was sent. Ask your administrator whether this is the right server; if it uses its own certificate authority, set its CA file in the mail settings.</source>
        <translation>De mailserver %1 toonde een certificaat dat niet wordt vertrouwd (SHA-256-vingerafdruk %2). Er is niets verstuurd. Vraag uw beheerder of dit de juiste server is; gebruikt die een eigen certificaatautoriteit, stel dan het CA-bestand in bij de mailinstellingen.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS, so the connection cannot be secured. InBeeld never sends without encryption: nothing was sent. Use the server&apos;s secure port (465 with security tls) or ask your administrator.</source>
        <translation>De mailserver %1 biedt geen STARTTLS aan, dus de verbinding kan niet worden beveiligd. InBeeld verstuurt nooit zonder versleuteling: er is niets verstuurd. Gebruik de beveiligde poort van de server (465 met beveiliging tls) of vraag het uw beheerder.</translation>
    </message>
    <message>
        <source>The mail server %1 did not accept the user name and password. Nothing was sent.</source>
        <translation>De mailserver %1 accepteerde de gebruikersnaam en het wachtwoord niet. Er is niets verstuurd.</translation>
    </message>
    <message>
        <source>The mail server %1 stopped answering (timeout). The mail may not have been sent; check the sent items before sending again.</source>
        <translation>De mailserver %1 antwoordt niet meer (time-out). Mogelijk is de mail niet verstuurd; kijk bij de verzonden berichten voordat u opnieuw verstuurt.</translation>
    </message>
    <message>
        <source>Sending was cancelled. The mail was not sent.</source>
        <translation>Het versturen is afgebroken. De mail is niet verstuurd.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the package because it is too large for it (%2). The package stays on disk; hand it over another way (for example on a USB stick).</source>
        <translation>De mailserver %1 weigerde het pakket omdat het te groot is (%2). Het pakket blijft op schijf staan; geef het op een andere manier door (bijvoorbeeld op een USB-stick).</translation>
    </message>
    <message>
        <source>The mail server %1 refused the recipient&apos;s address (%2). Check the partner&apos;s mail address. Nothing was sent.</source>
        <translation>De mailserver %1 weigerde het adres van de ontvanger (%2). Controleer het e-mailadres van de partner. Er is niets verstuurd.</translation>
    </message>
    <message>
        <source>The mail could not be sent through %1: %2 %3</source>
        <translation>De mail kon niet worden verstuurd via %1: %2 %3</translation>
    </message>
</context>
<context>
    <name>SnapshotDiff</name>
    <message>
        <source>List %1 is the first list of source %2 (%3): all %4 children are new.</source>
        <translation>Lijst %1 is de eerste lijst van bron %2 (%3): alle %4 kinderen zijn nieuw.</translation>
    </message>
    <message>
        <source>Since list %1 of %2: %3 added, %4 removed, %5 changed, %6 unchanged.</source>
        <translation>Sinds lijst %1 van %2: %3 toegevoegd, %4 verwijderd, %5 gewijzigd, %6 ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>SnapshotSides</name>
    <message>
        <source>our own list</source>
        <translation>onze eigen lijst</translation>
    </message>
    <message>
        <source>partner&apos;s list</source>
        <translation>lijst van de partner</translation>
    </message>
</context>
<context>
    <name>SnapshotWriter</name>
    <message>
        <source>The list could not be stored: %1. Nothing was imported; the store is unchanged.</source>
        <translation>De lijst kon niet worden opgeslagen: %1. Er is niets geïmporteerd; het gegevensbestand is ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <source>The lists in the store could not be read: %1</source>
        <translation>De lijsten in het gegevensbestand konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>There is no list (snapshot) with number %1 in this store. List the snapshots to see their numbers.</source>
        <translation>Er is geen lijst (momentopname) met nummer %1 in dit gegevensbestand. Toon de momentopnamen om hun nummers te zien.</translation>
    </message>
</context>
<context>
    <name>SpecialCategoryDetector</name>
    <message>
        <source>health data</source>
        <translation>gezondheidsgegevens</translation>
    </message>
    <message>
        <source>religion or belief</source>
        <translation>religie of levensovertuiging</translation>
    </message>
    <message>
        <source>ethnic origin</source>
        <translation>etnische afkomst</translation>
    </message>
    <message>
        <source>sexual life or orientation</source>
        <translation>seksueel gedrag of seksuele gerichtheid</translation>
    </message>
    <message>
        <source>political opinions</source>
        <translation>politieke opvattingen</translation>
    </message>
    <message>
        <source>trade union membership</source>
        <translation>lidmaatschap van een vakbond</translation>
    </message>
    <message>
        <source>genetic or biometric data</source>
        <translation>genetische of biometrische gegevens</translation>
    </message>
    <message>
        <source>police or justice data</source>
        <translation>politie- of justitiegegevens</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>This store is already open in another InBeeld window (process %1 on %2). Close it there first; a store is never opened twice at the same time.</source>
        <translation>Dit gegevensbestand is al geopend in een ander InBeeld-venster (proces %1 op %2). Sluit het daar eerst; een gegevensbestand wordt nooit twee keer tegelijk geopend.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>deze computer</translation>
    </message>
    <message>
        <source>The lock file next to the store could not be created (%1). Check that the folder is writable.</source>
        <translation>Het vergrendelingsbestand naast het gegevensbestand kon niet worden aangemaakt (%1). Controleer of u in de map mag schrijven.</translation>
    </message>
    <message>
        <source>The passphrase is not correct for this store. Check it and try again (mind Caps Lock).</source>
        <translation>De wachtwoordzin klopt niet voor dit gegevensbestand. Controleer hem en probeer het opnieuw (let op Caps Lock).</translation>
    </message>
    <message>
        <source>The encryption library (SQLCipher 4) is not available, so the store cannot be opened safely. Reinstall InBeeld.</source>
        <translation>De versleutelingsbibliotheek (SQLCipher 4) is niet beschikbaar, dus het gegevensbestand kan niet veilig worden geopend. Installeer InBeeld opnieuw.</translation>
    </message>
    <message>
        <source>The store could not be opened: %1</source>
        <translation>Het gegevensbestand kon niet worden geopend: %1</translation>
    </message>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation>Vul de naam van de organisatie in.</translation>
    </message>
    <message>
        <source>There is already a file at %1. Choose another name or folder; an existing file is never overwritten.</source>
        <translation>Er staat al een bestand op %1. Kies een andere naam of map; een bestaand bestand wordt nooit overschreven.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>De map %1 kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The store could not be set up: %1</source>
        <translation>Het gegevensbestand kon niet worden ingericht: %1</translation>
    </message>
    <message>
        <source>The store file was not encrypted as expected, so it was removed again. Reinstall InBeeld (SQLCipher 4 is needed).</source>
        <translation>Het gegevensbestand was niet versleuteld zoals verwacht en is daarom weer verwijderd. Installeer InBeeld opnieuw (SQLCipher 4 is nodig).</translation>
    </message>
    <message>
        <source>The store could not be saved as %1.</source>
        <translation>Het gegevensbestand kon niet worden opgeslagen als %1.</translation>
    </message>
    <message>
        <source>There is no store at %1. It may have been moved or deleted.</source>
        <translation>Er is geen gegevensbestand op %1. Misschien is het verplaatst of verwijderd.</translation>
    </message>
    <message>
        <source>%1 is not an encrypted InBeeld store. Choose the store file (it was made by InBeeld during setup).</source>
        <translation>%1 is geen versleuteld InBeeld-gegevensbestand. Kies het gegevensbestand (InBeeld heeft het bij het instellen aangemaakt).</translation>
    </message>
    <message>
        <source>The remembered key does not fit this store.</source>
        <translation>De onthouden sleutel past niet bij dit gegevensbestand.</translation>
    </message>
    <message>
        <source>This store is newer than this program.</source>
        <translation>Dit gegevensbestand is nieuwer dan dit programma.</translation>
    </message>
    <message>
        <source>The store opened, but its contents could not be read: %1</source>
        <translation>Het gegevensbestand is geopend, maar de inhoud kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The store opened, but it does not describe its organisation. It may be damaged; restore a backup.</source>
        <translation>Het gegevensbestand is geopend, maar de gegevens van de organisatie ontbreken. Misschien is het beschadigd; zet een reservekopie terug.</translation>
    </message>
    <message>
        <source>The current passphrase is not correct.</source>
        <translation>De huidige wachtwoordzin klopt niet.</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>Het gegevensbestand is niet geopend.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed; the old one still applies. Details: %1</source>
        <translation>De wachtwoordzin kon niet worden gewijzigd; de oude geldt nog steeds. Details: %1</translation>
    </message>
    <message>
        <source>A backup cannot replace the store itself. Choose another file.</source>
        <translation>Een reservekopie kan niet over het gegevensbestand zelf heen worden geschreven. Kies een ander bestand.</translation>
    </message>
    <message>
        <source>The store is busy; try the backup again.</source>
        <translation>Het gegevensbestand is bezig; probeer de reservekopie opnieuw te maken.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>De reservekopie kon niet worden geschreven naar %1: %2</translation>
    </message>
    <message>
        <source>The backup at %1 could not be read back, so it was removed. Try another location.</source>
        <translation>De reservekopie op %1 kon niet worden teruggelezen en is daarom verwijderd. Probeer een andere locatie.</translation>
    </message>
    <message>
        <source>%1 is not an InBeeld store backup.</source>
        <translation>%1 is geen reservekopie van een InBeeld-gegevensbestand.</translation>
    </message>
    <message>
        <source>The backup is the store itself. Choose a backup file.</source>
        <translation>Het gekozen bestand is het gegevensbestand zelf. Kies een reservekopie.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of InBeeld. Install that version to restore it.</source>
        <translation>Deze reservekopie is gemaakt met een nieuwere versie van InBeeld. Installeer die versie om de reservekopie terug te zetten.</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored.</source>
        <translation>Deze reservekopie is beschadigd en kan niet worden teruggezet.</translation>
    </message>
    <message>
        <source>The current store could not be kept as %1, so nothing was restored.</source>
        <translation>Het huidige gegevensbestand kon niet worden bewaard als %1, dus er is niets teruggezet.</translation>
    </message>
    <message>
        <source>The backup could not be copied into place: %1. The current store was not changed.</source>
        <translation>De reservekopie kon niet op zijn plaats worden gekopieerd: %1. Het huidige gegevensbestand is niet gewijzigd.</translation>
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
    <message>
        <source>New passphrase for %1: </source>
        <translation>Nieuwe wachtwoordzin voor %1: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Herhaal de nieuwe wachtwoordzin: </translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>The store file.</source>
        <translation>Het gegevensbestand.</translation>
    </message>
</context>
<context>
    <name>StoreCommands</name>
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
        <translation>De rol van de organisatie in het convenant: rbl (Regionaal Bureau Leerlingzaken, leerplicht) of swv (samenwerkingsverband passend onderwijs).</translation>
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
        <source>Created store %1 for %2 (role %3).</source>
        <translation>Gegevensbestand %1 aangemaakt voor %2 (rol %3).</translation>
    </message>
    <message>
        <source>Show the organisation, agreement and state of a store.</source>
        <translation>De organisatie, het convenant en de toestand van een gegevensbestand tonen.</translation>
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
        <source>Lists (snapshots):</source>
        <translation>Lijsten (momentopnamen):</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Gegevens:</translation>
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
    <message>
        <source>Create a new encrypted store for an organisation</source>
        <translation>Een nieuw versleuteld gegevensbestand voor een organisatie aanmaken</translation>
    </message>
    <message>
        <source>Show the organisation and state of a store</source>
        <translation>De organisatie en de toestand van een gegevensbestand tonen</translation>
    </message>
    <message>
        <source>Change the passphrase of a store</source>
        <translation>De wachtwoordzin van een gegevensbestand wijzigen</translation>
    </message>
    <message>
        <source>Write an encrypted backup copy of a store</source>
        <translation>Een versleutelde reservekopie van een gegevensbestand schrijven</translation>
    </message>
    <message>
        <source>Replace a store with a backup</source>
        <translation>Een gegevensbestand vervangen door een reservekopie</translation>
    </message>
    <message>
        <source>Create a new encrypted store for an organisation. The passphrase must have at least %1 characters and be hard to guess (four or more random words); it cannot be recovered: without it, nobody can open the store.</source>
        <translation>Een nieuw versleuteld gegevensbestand voor een organisatie aanmaken. De wachtwoordzin moet minstens %1 tekens hebben en moeilijk te raden zijn (vier of meer willekeurige woorden); hij kan niet worden hersteld: zonder de wachtwoordzin kan niemand het gegevensbestand openen.</translation>
    </message>
    <message>
        <source>New passphrase:
  Taken from, in this order: the first line of --new-passphrase-file FILE, the
  environment variable INBEELD_NEW_PASSPHRASE, or a prompt on the terminal (asked twice).
  It must have at least %1 characters and be hard to guess (four or more random words).</source>
        <translation>Nieuwe wachtwoordzin:
  Gelezen uit, in deze volgorde: de eerste regel van --new-passphrase-file BESTAND, de
  omgevingsvariabele INBEELD_NEW_PASSPHRASE, of een vraag op de terminal (twee keer).
  Hij moet minstens %1 tekens hebben en moeilijk te raden zijn (vier of meer willekeurige woorden).</translation>
    </message>
    <message>
        <source>Audit anchor of the backup (keep it apart from the backup): %1</source>
        <translation>Auditanker van de reservekopie (bewaar het apart van de reservekopie): %1</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <source>The key remembered on this computer no longer fits this store, so it was forgotten. Enter the passphrase.</source>
        <translation>De sleutel die op deze computer was onthouden, past niet meer bij dit gegevensbestand en is daarom vergeten. Voer de wachtwoordzin in.</translation>
    </message>
    <message>
        <source>The store is open, but its key could not be remembered on this computer: %1 You will be asked for the passphrase next time.</source>
        <translation>Het gegevensbestand is geopend, maar de sleutel kon niet op deze computer worden onthouden: %1 De volgende keer wordt u om de wachtwoordzin gevraagd.</translation>
    </message>
</context>
<context>
    <name>SubjectCommands</name>
    <message>
        <source>--format: json or pdf.</source>
        <translation>--format: json of pdf.</translation>
    </message>
    <message>
        <source>Written to %1 (readable only by you: it holds personal data).</source>
        <translation>Geschreven naar %1 (alleen door u te lezen: het bevat persoonsgegevens).</translation>
    </message>
    <message>
        <source>Usage: %1 subject access|rectify|restrict|lift-restriction|erase|requests [options]
Requests of data subjects (GDPR art. 15-21).</source>
        <translation>Gebruik: %1 subject access|rectify|restrict|lift-restriction|erase|requests [opties]
Verzoeken van betrokkenen (AVG art. 15-21).</translation>
    </message>
    <message>
        <source>Everything the store holds about a child, with the explanation GDPR art. 15 requires.</source>
        <translation>Alles wat het gegevensbestand over een kind bevat, met de toelichting die AVG art. 15 vraagt.</translation>
    </message>
    <message>
        <source>json or pdf.</source>
        <translation>json of pdf.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Het bestand om te schrijven.</translation>
    </message>
    <message>
        <source>Correct or complete a field of our own record about a child; comparisons and packages use the correction from then on. Fields: %1.</source>
        <translation>Een veld van ons eigen record over een kind corrigeren of aanvullen; vergelijkingen en pakketten gebruiken de correctie vanaf dan. Velden: %1.</translation>
    </message>
    <message>
        <source>The field id.</source>
        <translation>Het id van het veld.</translation>
    </message>
    <message>
        <source>The correct value (dates as YYYY-MM-DD).</source>
        <translation>De juiste waarde (datums als JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>Why (e.g. the request it answers).</source>
        <translation>Waarom (bijvoorbeeld het verzoek waarop het antwoordt).</translation>
    </message>
    <message>
        <source>Corrected %1: &apos;%2&apos; is now &apos;%3&apos;.</source>
        <translation>%1 gecorrigeerd: &apos;%2&apos; is nu &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Restrict processing of a child&apos;s data: kept, but never shared or exported until lifted.</source>
        <translation>De verwerking van de gegevens van een kind beperken: bewaard, maar nooit gedeeld of geëxporteerd tot de beperking is opgeheven.</translation>
    </message>
    <message>
        <source>Processing is restricted.</source>
        <translation>De verwerking is beperkt.</translation>
    </message>
    <message>
        <source>Lift the restriction of processing of a child&apos;s data.</source>
        <translation>De beperking van de verwerking van de gegevens van een kind opheffen.</translation>
    </message>
    <message>
        <source>The restriction is lifted.</source>
        <translation>De beperking is opgeheven.</translation>
    </message>
    <message>
        <source>Record the decision on an erasure (or objection) request. Without --grant it is refused under the public task, with the reasoning recorded; with --grant everything about the child is purged now.</source>
        <translation>Het besluit op een verzoek om wissen (of bezwaar) vastleggen. Zonder --grant wordt het geweigerd op grond van de publieke taak, met de redenering vastgelegd; met --grant wordt alles over het kind nu verwijderd.</translation>
    </message>
    <message>
        <source>The reasoning of the decision.</source>
        <translation>De redenering van het besluit.</translation>
    </message>
    <message>
        <source>Grant the request: purge the child now.</source>
        <translation>Het verzoek toewijzen: het kind nu verwijderen.</translation>
    </message>
    <message>
        <source>The request is an objection (art. 21) rather than erasure.</source>
        <translation>Het verzoek is een bezwaar (art. 21) en geen verzoek om wissen.</translation>
    </message>
    <message>
        <source>Granted: %1 records removed; nothing of the child is left in the store.</source>
        <translation>Toegewezen: %1 records verwijderd; er is niets van het kind over in het gegevensbestand.</translation>
    </message>
    <message>
        <source>Refused; recorded with this reasoning:
%1</source>
        <translation>Geweigerd; vastgelegd met deze redenering:
%1</translation>
    </message>
    <message>
        <source>Usage: %1 subject requests add|list|close [options]
The register of data-subject requests.</source>
        <translation>Gebruik: %1 subject requests add|list|close [opties]
Het register van verzoeken van betrokkenen.</translation>
    </message>
    <message>
        <source>Register a request; the deadline is one month after receipt.</source>
        <translation>Een verzoek registreren; de termijn is een maand na ontvangst.</translation>
    </message>
    <message>
        <source>The date received (YYYY-MM-DD).</source>
        <translation>De datum van ontvangst (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>young_person (16+), parent or guardian.</source>
        <translation>young_person (16+), parent of guardian.</translation>
    </message>
    <message>
        <source>How the identity was verified.</source>
        <translation>Hoe de identiteit is gecontroleerd.</translation>
    </message>
    <message>
        <source>Who verified it.</source>
        <translation>Wie die controleerde.</translation>
    </message>
    <message>
        <source>Request %1 registered; answer by %2.</source>
        <translation>Verzoek %1 geregistreerd; beantwoorden vóór %2.</translation>
    </message>
    <message>
        <source>List the registered requests, nearest deadline first.</source>
        <translation>De geregistreerde verzoeken tonen, vroegste termijn eerst.</translation>
    </message>
    <message>
        <source>Only open requests.</source>
        <translation>Alleen open verzoeken.</translation>
    </message>
    <message>
        <source>%1  %2  %3  deadline %4%5</source>
        <translation>%1  %2  %3  termijn %4%5</translation>
    </message>
    <message>
        <source>  (deadline near)</source>
        <translation>  (termijn nadert)</translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation>Geen verzoeken.</translation>
    </message>
    <message>
        <source>Close a request with how it was answered.</source>
        <translation>Een verzoek afsluiten met hoe het is beantwoord.</translation>
    </message>
    <message>
        <source>The request number.</source>
        <translation>Het nummer van het verzoek.</translation>
    </message>
    <message>
        <source>How it was answered.</source>
        <translation>Hoe het is beantwoord.</translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation>Het verzoek is geweigerd.</translation>
    </message>
    <message>
        <source>Request %1 closed.</source>
        <translation>Verzoek %1 afgesloten.</translation>
    </message>
    <message>
        <source>Usage: %1 breach report [options]
What was shared with whom, after a breach.</source>
        <translation>Gebruik: %1 breach report [opties]
Wat met wie is gedeeld, na een datalek.</translation>
    </message>
    <message>
        <source>Every package sent and received in a period, the children each held, and a draft of the notification to the Autoriteit Persoonsgegevens (GDPR art. 33(3)).</source>
        <translation>Elk verstuurd en ontvangen pakket in een periode, de kinderen in elk pakket, en een concept van de melding aan de Autoriteit Persoonsgegevens (AVG art. 33 lid 3).</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation>Eerste dag (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD).</source>
        <translation>Laatste dag (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>Only packages with this partner (organisation name).</source>
        <translation>Alleen pakketten met deze partner (naam van de organisatie).</translation>
    </message>
    <message>
        <source>PDF: list the children of each package (for notifying them).</source>
        <translation>Pdf: de kinderen van elk pakket opsommen (om hen te informeren).</translation>
    </message>
    <message>
        <source>Export everything the store holds about a child (GDPR art. 15)</source>
        <translation>Alles wat het gegevensbestand over een kind bevat exporteren (AVG art. 15)</translation>
    </message>
    <message>
        <source>Correct a field of our own record about a child</source>
        <translation>Een veld van ons eigen record over een kind corrigeren</translation>
    </message>
    <message>
        <source>Restrict the processing of a child&apos;s data</source>
        <translation>De verwerking van de gegevens van een kind beperken</translation>
    </message>
    <message>
        <source>Lift the restriction of processing</source>
        <translation>De beperking van de verwerking opheffen</translation>
    </message>
    <message>
        <source>Record the decision on an erasure or objection request</source>
        <translation>Het besluit op een verzoek om wissen of bezwaar vastleggen</translation>
    </message>
    <message>
        <source>Register a data-subject request</source>
        <translation>Een verzoek van een betrokkene registreren</translation>
    </message>
    <message>
        <source>List the data-subject requests, nearest deadline first</source>
        <translation>De verzoeken van betrokkenen tonen, vroegste termijn eerst</translation>
    </message>
    <message>
        <source>Close a data-subject request with its outcome</source>
        <translation>Een verzoek van een betrokkene afsluiten met de uitkomst</translation>
    </message>
    <message>
        <source>Report what was shared with whom in a period, for a data breach</source>
        <translation>Rapporteren wat in een periode met wie is gedeeld, bij een datalek</translation>
    </message>
</context>
<context>
    <name>SubjectRequests</name>
    <message>
        <source>access</source>
        <translation>inzage</translation>
    </message>
    <message>
        <source>rectification</source>
        <translation>rectificatie</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>aanvulling</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>wissen</translation>
    </message>
    <message>
        <source>restriction</source>
        <translation>beperking</translation>
    </message>
    <message>
        <source>objection</source>
        <translation>bezwaar</translation>
    </message>
    <message>
        <source>the young person (16 or older)</source>
        <translation>de jongere zelf (16 jaar of ouder)</translation>
    </message>
    <message>
        <source>a parent</source>
        <translation>een ouder</translation>
    </message>
    <message>
        <source>a guardian</source>
        <translation>een voogd</translation>
    </message>
    <message>
        <source>Unknown kind of request &apos;%1&apos;.</source>
        <translation>Onbekend soort verzoek &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Say who asked: the young person (16 or older), a parent or a guardian.</source>
        <translation>Zeg wie het vroeg: de jongere zelf (16 jaar of ouder), een ouder of een voogd.</translation>
    </message>
    <message>
        <source>Give the date the request was received.</source>
        <translation>Geef de datum waarop het verzoek binnenkwam.</translation>
    </message>
    <message>
        <source>Record how the requester&apos;s identity was verified and by whom before registering.</source>
        <translation>Leg vast hoe de identiteit van de verzoeker is gecontroleerd en door wie, voordat u registreert.</translation>
    </message>
    <message>
        <source>The request could not be registered: %1</source>
        <translation>Het verzoek kon niet worden geregistreerd: %1</translation>
    </message>
    <message>
        <source>Give the reason for extending the deadline.</source>
        <translation>Geef de reden om de termijn te verlengen.</translation>
    </message>
    <message>
        <source>The deadline of request %1 was extended before.</source>
        <translation>De termijn van verzoek %1 is al eerder verlengd.</translation>
    </message>
    <message>
        <source>The request could not be changed: %1</source>
        <translation>Het verzoek kon niet worden gewijzigd: %1</translation>
    </message>
    <message>
        <source>Say how the request was answered.</source>
        <translation>Zeg hoe het verzoek is beantwoord.</translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation>De verzoeken konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>Er is geen verzoek %1.</translation>
    </message>
</context>
<context>
    <name>SubjectRights</name>
    <message>
        <source>The change could not be stored: %1</source>
        <translation>De wijziging kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The field &apos;%1&apos; cannot be corrected here. Fields: %2.</source>
        <translation>Het veld &apos;%1&apos; kan hier niet worden gecorrigeerd. Velden: %2.</translation>
    </message>
    <message>
        <source>Give the reason for the correction.</source>
        <translation>Geef de reden voor de correctie.</translation>
    </message>
    <message>
        <source>None of our own lists holds this child, so there is nothing of ours to correct. A partner&apos;s record is corrected by that partner: ask them.</source>
        <translation>Geen van onze eigen lijsten bevat dit kind, dus er is niets van ons te corrigeren. Een record van een partner corrigeert die partner: vraag het hen.</translation>
    </message>
    <message>
        <source>The data is processed for a task in the public interest (GDPR art. 6(1)(e): the Leerplichtwet and the Wet passend onderwijs). While the child is of compulsory school age and not in school, that processing is necessary, so the right to erasure does not apply (GDPR art. 17(3)(b)). The child&apos;s data is erased when processing ends and the retention period has passed, or earlier when it turns out to be no longer necessary or unlawfully processed, or an objection outweighs the public interest (art. 21).</source>
        <translation>De gegevens worden verwerkt voor een taak van algemeen belang (AVG art. 6 lid 1 sub e: de Leerplichtwet en de Wet passend onderwijs). Zolang het kind leerplichtig is en niet naar school gaat, is die verwerking nodig, dus het recht op wissen geldt niet (AVG art. 17 lid 3 sub b). De gegevens van het kind worden gewist als de verwerking eindigt en de bewaartermijn voorbij is, of eerder als blijkt dat ze niet meer nodig zijn of onrechtmatig zijn verwerkt, of een bezwaar zwaarder weegt dan het algemeen belang (art. 21).</translation>
    </message>
    <message>
        <source>Give the reasoning of the decision.</source>
        <translation>Geef de redenering van het besluit.</translation>
    </message>
    <message>
        <source>Unknown kind of decision &apos;%1&apos;.</source>
        <translation>Onbekend soort besluit &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Give the date as DD-MM-YYYY or YYYY-MM-DD.</source>
        <translation>Geef de datum als DD-MM-JJJJ of JJJJ-MM-DD.</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>The file contains no rows. Check that you chose the right file (or sheet).</source>
        <translation>Het bestand bevat geen rijen. Controleer of u het juiste bestand (of werkblad) hebt gekozen.</translation>
    </message>
    <message>
        <source>The file starts with more than %L1 empty rows before its column names (up to line %2). That is not a list that can be imported; check that you chose the right file, or remove the empty rows in the spreadsheet program.</source>
        <translation>Het bestand begint met meer dan %L1 lege regels vóór de kolomnamen (tot regel %2). Dat is geen lijst die kan worden geïmporteerd; controleer of u het juiste bestand hebt gekozen, of haal de lege regels weg in het spreadsheetprogramma.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The store could not start a change: %1</source>
        <translation>Het gegevensbestand kon geen wijziging beginnen: %1</translation>
    </message>
    <message>
        <source>The change to the store was already ended.</source>
        <translation>De wijziging van het gegevensbestand was al beëindigd.</translation>
    </message>
    <message>
        <source>The change could not be saved in the store: %1</source>
        <translation>De wijziging kon niet in het gegevensbestand worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file</source>
        <translation>Het bestand</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Check the name and the folder.</source>
        <translation>Het bestand %1 bestaat niet. Controleer de naam en de map.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (XLSX): it is not a readable ZIP archive. If it is an old .xls workbook, save it in the spreadsheet program as .xlsx or as CSV first.</source>
        <translation>%1 is geen Excel-werkmap (XLSX): het is geen leesbaar ZIP-archief. Is het een oude .xls-werkmap, sla die dan eerst in het spreadsheetprogramma op als .xlsx of als CSV.</translation>
    </message>
    <message>
        <source>The workbook is damaged: the part %1 cannot be read (line %2: %3). Open the workbook in the spreadsheet program, save it again and import the saved copy.</source>
        <translation>De werkmap is beschadigd: het onderdeel %1 kan niet worden gelezen (regel %2: %3). Open de werkmap in het spreadsheetprogramma, sla hem opnieuw op en importeer de opgeslagen kopie.</translation>
    </message>
    <message>
        <source>The file is a ZIP archive but not an Excel workbook (it has no workbook part). Choose an .xlsx file saved by a spreadsheet program.</source>
        <translation>Het bestand is een ZIP-archief, maar geen Excel-werkmap (het werkmaponderdeel ontbreekt). Kies een .xlsx-bestand dat met een spreadsheetprogramma is opgeslagen.</translation>
    </message>
    <message>
        <source>The workbook contains no worksheets. Check that you chose the right file.</source>
        <translation>De werkmap bevat geen werkbladen. Controleer of u het juiste bestand hebt gekozen.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;. Its sheets are: %2. Choose one of these.</source>
        <translation>De werkmap heeft geen werkblad met de naam &quot;%1&quot;. De werkbladen zijn: %2. Kies een daarvan.</translation>
    </message>
    <message>
        <source>The workbook is damaged: the sheet &quot;%1&quot; is missing from it. Open the workbook in the spreadsheet program, save it again and import the saved copy.</source>
        <translation>De werkmap is beschadigd: het werkblad &quot;%1&quot; ontbreekt. Open de werkmap in het spreadsheetprogramma, sla hem opnieuw op en importeer de opgeslagen kopie.</translation>
    </message>
    <message>
        <source>The workbook is damaged: row %1 of sheet &quot;%2&quot; has an invalid cell reference &quot;%3&quot;. Open the workbook in the spreadsheet program, save it again and import the saved copy.</source>
        <translation>De werkmap is beschadigd: rij %1 van werkblad &quot;%2&quot; heeft een ongeldige celverwijzing &quot;%3&quot;. Open de werkmap in het spreadsheetprogramma, sla hem opnieuw op en importeer de opgeslagen kopie.</translation>
    </message>
    <message>
        <source>Nothing was read from it. If it is a real list, open it in the spreadsheet program, save it again as .xlsx (or as CSV) and import the saved copy.</source>
        <translation>Er is niets uit gelezen. Is het een echte lijst, open hem dan in het spreadsheetprogramma, sla hem opnieuw op als .xlsx (of als CSV) en importeer de opgeslagen kopie.</translation>
    </message>
    <message>
        <source>The part %1 of this workbook is %2 MB once unpacked; InBeeld reads parts of at most %3 MB.</source>
        <translation>Het onderdeel %1 van deze werkmap is uitgepakt %2 MB; InBeeld leest onderdelen van ten hoogste %3 MB.</translation>
    </message>
    <message>
        <source>The part %1 of this workbook unpacks to more than %2 times its packed size; a real workbook packs far less tightly (this is how a small file is made to fill the memory).</source>
        <translation>Het onderdeel %1 van deze werkmap wordt uitgepakt meer dan %2 keer zo groot als ingepakt; een echte werkmap pakt veel minder strak in (zo laat men een klein bestand het geheugen vullen).</translation>
    </message>
    <message>
        <source>This workbook contains a DTD (in part %1); a real Excel workbook never has one, and it can make a small file expand without end.</source>
        <translation>Deze werkmap bevat een DTD (in onderdeel %1); een echte Excel-werkmap heeft die nooit, en een DTD kan een klein bestand eindeloos laten uitdijen.</translation>
    </message>
    <message>
        <source>The part %1 of this workbook holds more than its directory says.</source>
        <translation>Het onderdeel %1 van deze werkmap bevat meer dan de inhoudsopgave van de werkmap zegt.</translation>
    </message>
    <message>
        <source>The part %1 of this workbook holds a text or tag of more than %L2 bytes (line %3); Excel itself keeps at most 32,767 characters in a cell.</source>
        <translation>Het onderdeel %1 van deze werkmap bevat een tekst of tag van meer dan %L2 bytes (regel %3); Excel zelf bewaart ten hoogste 32.767 tekens in een cel.</translation>
    </message>
    <message>
        <source>The part %1 of this workbook nests more than %2 levels deep; a real workbook nests a few.</source>
        <translation>Het onderdeel %1 van deze werkmap is meer dan %2 niveaus diep genest; een echte werkmap nest er een paar.</translation>
    </message>
    <message>
        <source>The workbook holds a text of more than %L1 characters, more than Excel itself keeps in a cell.</source>
        <translation>De werkmap bevat een tekst van meer dan %L1 tekens, meer dan Excel zelf in een cel bewaart.</translation>
    </message>
    <message>
        <source>The workbook holds more than %L1 different texts or more than %L2 characters of text; InBeeld reads lists up to Excel&apos;s own size, which stay far below that.</source>
        <translation>De werkmap bevat meer dan %L1 verschillende teksten of meer dan %L2 tekens tekst; InBeeld leest lijsten tot de omvang die Excel zelf aankan, en die blijven daar ver onder.</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; has a row numbered beyond %L2, Excel&apos;s last row.</source>
        <translation>Werkblad &quot;%1&quot; heeft een rij met een nummer voorbij %L2, de laatste rij van Excel.</translation>
    </message>
    <message>
        <source>Row %1: a cell of more than %L2 characters, more than Excel itself keeps in a cell. Nothing was imported; check that you chose the right file.</source>
        <translation>Rij %1: een cel van meer dan %L2 tekens, meer dan Excel zelf in een cel bewaart. Er is niets geïmporteerd; controleer of u het juiste bestand hebt gekozen.</translation>
    </message>
    <message>
        <source>Row %1: a value in column %2; InBeeld reads the first %3 columns, and a list has far fewer. Remove what stands in the far columns (or choose the right sheet) and import again.</source>
        <translation>Rij %1: een waarde in kolom %2; InBeeld leest de eerste %3 kolommen, en een lijst heeft er veel minder. Haal weg wat in de verre kolommen staat (of kies het juiste werkblad) en importeer opnieuw.</translation>
    </message>
</context>
<context>
    <name>ZipBytes</name>
    <message>
        <source>The package container could not be made.</source>
        <translation>De pakketcontainer kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>The package&apos;s contents are not in the expected form.</source>
        <translation>De inhoud van het pakket heeft niet de verwachte vorm.</translation>
    </message>
</context>
<context>
    <name>inbeeld::AboutDialog</name>
    <message>
        <source>About InBeeld</source>
        <translation>Over InBeeld</translation>
    </message>
    <message>
        <source>&lt;h3&gt;InBeeld %1&lt;/h3&gt;&lt;p&gt;Compares the lists of out-of-school children (thuiszitters) of an attendance office and a school partnership, under their data-sharing agreement.&lt;/p&gt;&lt;p&gt;Your data stays in one encrypted file on this computer.&lt;/p&gt;&lt;p&gt;Commit: %2&lt;/p&gt;&lt;p&gt;InBeeld is free software under the European Union Public Licence (EUPL) version 1.2: you may use, study, share and change it. It comes without any warranty; see the licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;InBeeld %1&lt;/h3&gt;&lt;p&gt;Vergelijkt de lijsten met thuiszitters van een leerplichtafdeling en een samenwerkingsverband, op basis van hun convenant.&lt;/p&gt;&lt;p&gt;Uw gegevens blijven in één versleuteld bestand op deze computer.&lt;/p&gt;&lt;p&gt;Commit: %2&lt;/p&gt;&lt;p&gt;InBeeld is vrije software onder de European Union Public Licence (EUPL) versie 1.2: u mag het gebruiken, bestuderen, delen en aanpassen. Het komt zonder enige garantie; zie de licentie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Software van derden</translation>
    </message>
</context>
<context>
    <name>inbeeld::AccessExportDialog</name>
    <message>
        <source>&amp;PDF, readable (to send to the person who asked)</source>
        <translation>&amp;PDF, leesbaar (om te sturen aan wie het vroeg)</translation>
    </message>
    <message>
        <source>&amp;JSON, for a script or another program</source>
        <translation>&amp;JSON, voor een script of een ander programma</translation>
    </message>
    <message>
        <source>Access export</source>
        <translation>Inzage-export</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 cijfers</translation>
    </message>
    <message>
        <source>Everything this store holds about one child, in every list (ours and the partners&apos;), with notes, decisions, packages, who viewed the child and when, and the explanation the GDPR requires (purposes, legal ground, recipients, retention, rights, the right to complain to the Autoriteit Persoonsgegevens). The file holds personal data: it is readable only by you. Partner records are not ours to correct: the export says which party to ask.</source>
        <translation>Alles wat dit gegevensbestand over één kind bevat, in elke lijst (van ons en van de partners), met notities, besluiten, pakketten, wie het kind wanneer bekeek, en de uitleg die de AVG vraagt (doelen, grondslag, ontvangers, bewaartermijnen, rechten, het recht om te klagen bij de Autoriteit Persoonsgegevens). Het bestand bevat persoonsgegevens: alleen u kunt het lezen. Records van een partner corrigeren wij niet: de export zegt aan welke partij het gevraagd moet worden.</translation>
    </message>
    <message>
        <source>&amp;BSN of the child:</source>
        <translation>&amp;BSN van het kind:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Opslaan als…</translation>
    </message>
    <message>
        <source>For the child you chose (no BSN known).</source>
        <translation>Voor het kind dat u koos (geen BSN bekend).</translation>
    </message>
    <message>
        <source>access-%1</source>
        <translation>inzage-%1</translation>
    </message>
    <message>
        <source>Save access export</source>
        <translation>Inzage-export opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>The access export was written to %1 (readable only by you: it holds personal data).</source>
        <translation>De inzage-export is geschreven naar %1 (alleen door u te lezen: het bevat persoonsgegevens).</translation>
    </message>
</context>
<context>
    <name>inbeeld::AddPartnerDialog</name>
    <message>
        <source>&amp;Choose card…</source>
        <translation>&amp;Kaart kiezen…</translation>
    </message>
    <message>
        <source>The partner&apos;s identity card</source>
        <translation>De identiteitskaart van de partner</translation>
    </message>
    <message>
        <source>Compare the fingerprint with your contact</source>
        <translation>Vergelijk de vingerafdruk met uw contactpersoon</translation>
    </message>
    <message>
        <source>By &amp;phone, on a number I already knew</source>
        <translation>&amp;Telefonisch, op een nummer dat ik al kende</translation>
    </message>
    <message>
        <source>In p&amp;erson</source>
        <translation>&amp;Persoonlijk</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>Partner &amp;toevoegen</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Partner toevoegen</translation>
    </message>
    <message>
        <source>Your partner gives you their identity card, a small file. Before you add them, call your contact at the partner on a number you already know (or meet them) and let them read their fingerprint to you: eight groups of four characters. Never compare it through the channel the card came by.</source>
        <translation>Uw partner geeft u zijn identiteitskaart, een klein bestand. Bel voordat u de partner toevoegt uw contactpersoon op een nummer dat u al kende (of spreek elkaar persoonlijk) en laat de vingerafdruk voorlezen: acht groepen van vier tekens. Vergelijk nooit via de weg waarlangs de kaart kwam.</translation>
    </message>
    <message>
        <source>No card chosen yet</source>
        <translation>Nog geen kaart gekozen</translation>
    </message>
    <message>
        <source>Identity card file</source>
        <translation>Bestand met identiteitskaart</translation>
    </message>
    <message>
        <source>Card &amp;file:</source>
        <translation>Kaart&amp;bestand:</translation>
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
        <source>Fingerprint on the card:</source>
        <translation>Vingerafdruk op de kaart:</translation>
    </message>
    <message>
        <source>Type the fingerprint exactly as your contact reads it out, group by group. Do not copy it from the card above: the point is that it comes to you another way.</source>
        <translation>Typ de vingerafdruk precies zoals uw contactpersoon hem voorleest, groep voor groep. Neem hem niet over van de kaart hierboven: het gaat er juist om dat hij via een andere weg bij u komt.</translation>
    </message>
    <message>
        <source>Fingerprint group %1 of %2</source>
        <translation>Groep %1 van %2 van de vingerafdruk</translation>
    </message>
    <message>
        <source>Fingerprint as &amp;read out:</source>
        <translation>Vingerafdruk zoals &amp;voorgelezen:</translation>
    </message>
    <message>
        <source>Name of your contact at the partner</source>
        <translation>Naam van uw contactpersoon bij de partner</translation>
    </message>
    <message>
        <source>Confirmed &amp;by:</source>
        <translation>Bevestigd &amp;door:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Hoe:</translation>
    </message>
    <message>
        <source>Open the partner&apos;s identity card</source>
        <translation>Identiteitskaart van de partner openen</translation>
    </message>
    <message>
        <source>Identity cards (*.json)</source>
        <translation>Identiteitskaarten (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Compare the fingerprint with your contact at %1</source>
        <translation>Vergelijk de vingerafdruk met uw contactpersoon bij %1</translation>
    </message>
    <message>
        <source>Choose the partner&apos;s card first.</source>
        <translation>Kies eerst de kaart van de partner.</translation>
    </message>
    <message>
        <source>%1 of %2 groups typed.</source>
        <translation>%1 van %2 groepen getypt.</translation>
    </message>
    <message>
        <source>All %1 groups typed. InBeeld checks them against the card when you add the partner.</source>
        <translation>Alle %1 groepen getypt. InBeeld controleert ze met de kaart wanneer u de partner toevoegt.</translation>
    </message>
    <message>
        <source>Choose the partner&apos;s identity card first.</source>
        <translation>Kies eerst de identiteitskaart van de partner.</translation>
    </message>
    <message>
        <source>Choose how the fingerprint was compared: by phone or in person.</source>
        <translation>Kies hoe de vingerafdruk is vergeleken: telefonisch of persoonlijk.</translation>
    </message>
</context>
<context>
    <name>inbeeld::AddSubjectRequestDialog</name>
    <message>
        <source>New request of a data subject</source>
        <translation>Nieuw verzoek van een betrokkene</translation>
    </message>
    <message>
        <source>9 digits; empty when the child has no BSN</source>
        <translation>9 cijfers; leeg als het kind geen BSN heeft</translation>
    </message>
    <message>
        <source>e.g. passport seen at the counter</source>
        <translation>bijv. paspoort gezien aan de balie</translation>
    </message>
    <message>
        <source>The answer is due one month after the request was received; you can extend that by two months with a reason. Verify the identity of the person asking before you register the request.</source>
        <translation>Het antwoord moet binnen een maand na ontvangst van het verzoek gegeven worden; u kunt dat met een reden met twee maanden verlengen. Controleer de identiteit van de aanvrager voordat u het verzoek registreert.</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registreren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Kind of request:</source>
        <translation>&amp;Soort verzoek:</translation>
    </message>
    <message>
        <source>&amp;BSN of the child:</source>
        <translation>&amp;BSN van het kind:</translation>
    </message>
    <message>
        <source>R&amp;eceived on:</source>
        <translation>&amp;Ontvangen op:</translation>
    </message>
    <message>
        <source>&amp;Asked by:</source>
        <translation>&amp;Aangevraagd door:</translation>
    </message>
    <message>
        <source>&amp;Identity verified how:</source>
        <translation>&amp;Identiteit gecontroleerd hoe:</translation>
    </message>
    <message>
        <source>Verified b&amp;y:</source>
        <translation>Ge&amp;controleerd door:</translation>
    </message>
</context>
<context>
    <name>inbeeld::AreaEditorDialog</name>
    <message>
        <source>&amp;Save work area</source>
        <translation>Werkgebied op&amp;slaan</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>&amp;Add school</source>
        <translation>School toe&amp;voegen</translation>
    </message>
    <message>
        <source>&amp;Remove school</source>
        <translation>School ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Importeren uit CSV…</translation>
    </message>
    <message>
        <source>Work areas and schools</source>
        <translation>Werkgebieden en scholen</translation>
    </message>
    <message>
        <source>&amp;Work areas</source>
        <translation>&amp;Werkgebieden</translation>
    </message>
    <message>
        <source>S&amp;chools</source>
        <translation>S&amp;cholen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Partij:</translation>
    </message>
    <message>
        <source>S&amp;ector:</source>
        <translation>S&amp;ector:</translation>
    </message>
    <message>
        <source>&amp;Municipalities:</source>
        <translation>&amp;Gemeenten:</translation>
    </message>
    <message>
        <source>Secondary education (VO) from the a&amp;ge of:</source>
        <translation>Voortgezet onderwijs (vo) vanaf de &amp;leeftijd van:</translation>
    </message>
    <message>
        <source>A child whose last known school is on this list goes to that school&apos;s samenwerkingsverband; other children by where they live. Import a CSV with the columns school (or naam), brin and swv; it replaces the list.</source>
        <translation>Een kind waarvan de laatst bekende school op deze lijst staat, hoort bij het samenwerkingsverband van die school; andere kinderen bij waar ze wonen. Importeer een CSV met de kolommen school (of naam), brin en swv; die vervangt de lijst.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>BRIN</source>
        <translation>BRIN</translation>
    </message>
    <message>
        <source>Samenwerkingsverband</source>
        <translation>Samenwerkingsverband</translation>
    </message>
    <message>
        <source>school name</source>
        <translation>naam van de school</translation>
    </message>
    <message>
        <source>BRIN, like 12AB</source>
        <translation>BRIN, zoals 12AB</translation>
    </message>
    <message>
        <source>The agreement of this store is not known to this program.</source>
        <translation>Het convenant van deze opslag is niet bekend in dit programma.</translation>
    </message>
    <message>
        <source>The work areas come from the agreement profile and are still to be confirmed by the parties; change them here when the parties agree otherwise. Rule: %1</source>
        <translation>De werkgebieden komen uit het convenantprofiel en moeten nog door de partijen worden bevestigd; pas ze hier aan als de partijen iets anders afspreken. Regel: %1</translation>
    </message>
    <message>
        <source>Changed in this store (not the profile&apos;s default).</source>
        <translation>Aangepast in deze opslag (niet de standaard van het profiel).</translation>
    </message>
    <message>
        <source>As in the agreement profile (to be confirmed by the parties).</source>
        <translation>Zoals in het convenantprofiel (nog te bevestigen door de partijen).</translation>
    </message>
    <message>
        <source>The work area of %1 is saved.</source>
        <translation>Het werkgebied van %1 is opgeslagen.</translation>
    </message>
    <message>
        <source>Children count as secondary education (VO) from the age of %1.</source>
        <translation>Kinderen tellen vanaf %1 jaar als voortgezet onderwijs (vo).</translation>
    </message>
    <message>
        <source>%1 is on the school list.</source>
        <translation>%1 staat op de schoollijst.</translation>
    </message>
    <message>
        <source>%1 is no longer on the school list.</source>
        <translation>%1 staat niet meer op de schoollijst.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message numerus="yes">
        <source>The school list now holds %n school(s) from the file.</source>
        <translation>
            <numerusform>De schoollijst bevat nu %n school uit het bestand.</numerusform>
            <numerusform>De schoollijst bevat nu %n scholen uit het bestand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import school list</source>
        <translation>Schoollijst importeren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>inbeeld::AuditLogModel</name>
    <message>
        <source>Entry %1 (%2), chain hash %3</source>
        <translation>Regel %1 (%2), ketenhash %3</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Toelichting</translation>
    </message>
</context>
<context>
    <name>inbeeld::AuditLogPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation>Auditlog &amp;controleren</translation>
    </message>
    <message>
        <source>InBeeld records every unlock, change, import and export in this log. Each entry is chained to the one before it, so a changed or removed entry is detected when you verify the log.</source>
        <translation>InBeeld legt elke ontgrendeling, wijziging, import en export vast in dit log. Elke regel is gekoppeld aan de regel ervoor, zodat een gewijzigde of verwijderde regel wordt ontdekt wanneer u het log controleert.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>The audit log cannot be read. %1</source>
        <translation>Het auditlog kan niet worden gelezen. %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: all %n entries are chained correctly.</source>
        <translation>
            <numerusform>Het auditlog is intact: %n regel, correct in de keten opgenomen.</numerusform>
            <numerusform>Het auditlog is intact: alle %n regels zijn correct aan elkaar gekoppeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log has been changed outside InBeeld. %1 Keep the store and its backups as they are and report this to your privacy officer.</source>
        <translation>Het auditlog is buiten InBeeld gewijzigd. %1 Laat het gegevensbestand en de reservekopieën zoals ze zijn en meld dit bij uw privacyfunctionaris.</translation>
    </message>
    <message>
        <source>&amp;Copy anchor</source>
        <translation>Anker &amp;kopiëren</translation>
    </message>
    <message>
        <source>Verify &amp;against anchor…</source>
        <translation>Controleren &amp;met anker…</translation>
    </message>
    <message>
        <source>Audit anchor</source>
        <translation>Auditanker</translation>
    </message>
    <message>
        <source>Copies one line with the number of entries and the last entry&apos;s hash. Keep it outside the store (in the case file, on paper): it shows later whether the log was cut back or rewritten.</source>
        <translation>Kopieert één regel met het aantal regels en de hash van de laatste regel. Bewaar die buiten het gegevensbestand (in het dossier, op papier): zo is later te zien of het log is ingekort of herschreven.</translation>
    </message>
    <message>
        <source>Anchor:</source>
        <translation>Anker:</translation>
    </message>
    <message>
        <source>The anchor is on the clipboard. Keep it outside the store, for example in the case file or with your privacy officer.</source>
        <translation>Het anker staat op het klembord. Bewaar het buiten het gegevensbestand, bijvoorbeeld in het dossier of bij uw functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <source>Verify against an anchor</source>
        <translation>Controleren met een anker</translation>
    </message>
    <message>
        <source>Paste an anchor kept earlier (one line starting with &quot;inbeeld-audit-anchor&quot;):</source>
        <translation>Plak een eerder bewaard anker (één regel die begint met &quot;inbeeld-audit-anchor&quot;):</translation>
    </message>
    <message>
        <source>The audit log is intact and still holds entry %1, the one the anchor names.</source>
        <translation>Het auditlog is intact en bevat nog regel %1, de regel die het anker noemt.</translation>
    </message>
</context>
<context>
    <name>inbeeld::CategoryComparisonView</name>
    <message>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <source>Show every child in this category</source>
        <translation>Elk kind in deze categorie tonen</translation>
    </message>
    <message>
        <source>Show only: %1</source>
        <translation>Alleen tonen: %1</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Name, BSN or school</source>
        <translation>Naam, BSN of school</translation>
    </message>
    <message>
        <source>Search both lists by name, BSN or school (Ctrl+F)</source>
        <translation>Beide lijsten doorzoeken op naam, BSN of school (Ctrl+F)</translation>
    </message>
    <message>
        <source>Our list and their list side by side</source>
        <translation>Onze lijst en hun lijst naast elkaar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n children in this category.</source>
        <translation>
            <numerusform>%n kind in deze categorie.</numerusform>
            <numerusform>%n kinderen in deze categorie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2 children.</source>
        <translation>%1 van %2 kinderen getoond.</translation>
    </message>
</context>
<context>
    <name>inbeeld::ChangePassphraseDialog</name>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Huidige wachtwoordzin</translation>
    </message>
    <message>
        <source>After the change, the store only opens with the new passphrase. Backups made before keep their old passphrase.</source>
        <translation>Na de wijziging opent het gegevensbestand alleen nog met de nieuwe wachtwoordzin. Eerder gemaakte reservekopieën houden hun oude wachtwoordzin.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>H&amp;uidige wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one. Choose a different passphrase.</source>
        <translation>De nieuwe wachtwoordzin is gelijk aan de huidige. Kies een andere wachtwoordzin.</translation>
    </message>
    <message>
        <source>Changing the passphrase. This takes a few seconds…</source>
        <translation>De wachtwoordzin wordt gewijzigd. Dit duurt een paar seconden…</translation>
    </message>
    <message>
        <source>The current passphrase is not correct. Nothing was changed. Type it again.</source>
        <translation>De huidige wachtwoordzin klopt niet. Er is niets gewijzigd. Typ hem opnieuw.</translation>
    </message>
    <message>
        <source>The passphrase was not changed. %1</source>
        <translation>De wachtwoordzin is niet gewijzigd. %1</translation>
    </message>
    <message>
        <source>The passphrase has been changed. Use the new passphrase from now on.</source>
        <translation>De wachtwoordzin is gewijzigd. Gebruik vanaf nu de nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <source>The passphrase has been changed. %1</source>
        <translation>De wachtwoordzin is gewijzigd. %1</translation>
    </message>
</context>
<context>
    <name>inbeeld::ChildCaseActions</name>
    <message>
        <source>No child chosen</source>
        <translation>Geen kind gekozen</translation>
    </message>
    <message>
        <source>Re&amp;open case</source>
        <translation>Dossier &amp;heropenen</translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation>Dossier a&amp;fsluiten…</translation>
    </message>
    <message>
        <source>Processing about this child ends: back in school, startkwalificatie, moved out of the region or deceased.</source>
        <translation>De verwerking over dit kind stopt: terug naar school, startkwalificatie, verhuisd uit de regio of overleden.</translation>
    </message>
    <message>
        <source>Lift the &amp;restriction</source>
        <translation>&amp;Beperking opheffen</translation>
    </message>
    <message>
        <source>&amp;Restrict processing…</source>
        <translation>Verwerking &amp;beperken…</translation>
    </message>
    <message>
        <source>Release the legal &amp;hold</source>
        <translation>Be&amp;waarblokkade opheffen</translation>
    </message>
    <message>
        <source>Put a legal &amp;hold on…</source>
        <translation>Be&amp;waarblokkade instellen…</translation>
    </message>
    <message>
        <source>&amp;Correct a field…</source>
        <translation>Gegeven &amp;corrigeren…</translation>
    </message>
    <message>
        <source>&amp;Correct a field… (only the partner lists this child: ask them)</source>
        <translation>Gegeven &amp;corrigeren… (alleen de partner heeft dit kind: vraag het hun)</translation>
    </message>
    <message>
        <source>&amp;Access export…</source>
        <translation>&amp;Inzage-export…</translation>
    </message>
    <message>
        <source>Case closed: %1.</source>
        <translation>Dossier afgesloten: %1.</translation>
    </message>
    <message>
        <source>Case reopened.</source>
        <translation>Dossier heropend.</translation>
    </message>
    <message>
        <source>The restriction is lifted: the child is matched and shared as before.</source>
        <translation>De beperking is opgeheven: het kind wordt weer vergeleken en gedeeld zoals voorheen.</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Verwerking beperken</translation>
    </message>
    <message>
        <source>The child&apos;s data stays stored but is not matched into new work, shared or exported until you lift the restriction. Why (e.g. the request it answers)?</source>
        <translation>De gegevens van het kind blijven bewaard, maar worden niet meer in nieuw werk vergeleken, gedeeld of geëxporteerd tot u de beperking opheft. Waarom (bijv. het verzoek waarop dit antwoordt)?</translation>
    </message>
    <message>
        <source>Processing is restricted: the child is not shared or exported until you lift it.</source>
        <translation>De verwerking is beperkt: het kind wordt niet gedeeld of geëxporteerd tot u de beperking opheft.</translation>
    </message>
    <message>
        <source>The legal hold is released: the retention rules apply again.</source>
        <translation>De bewaarblokkade is opgeheven: de bewaarregels gelden weer.</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Bewaarblokkade</translation>
    </message>
    <message>
        <source>Nothing about the child is purged while the hold is on. Why (a pending request, complaint or breach investigation)?</source>
        <translation>Zolang de blokkade geldt, wordt niets over het kind verwijderd. Waarom (een lopend verzoek, een klacht of een onderzoek naar een datalek)?</translation>
    </message>
    <message>
        <source>A legal hold is on the child: nothing about it is purged until you release it.</source>
        <translation>Er ligt een bewaarblokkade op het kind: niets erover wordt verwijderd tot u de blokkade opheft.</translation>
    </message>
    <message>
        <source>Corrected: &apos;%1&apos; is now &apos;%2&apos;. The old value is kept.</source>
        <translation>Gecorrigeerd: &apos;%1&apos; is nu &apos;%2&apos;. De oude waarde blijft bewaard.</translation>
    </message>
    <message>
        <source>&amp;Erasure or objection…</source>
        <translation>Verzoek om wissen of be&amp;zwaar…</translation>
    </message>
    <message numerus="yes">
        <source>Granted: %n record(s) removed; nothing of the child is left in the store.</source>
        <translation>
            <numerusform>Toegewezen: %n record verwijderd; er is niets van het kind over in het gegevensbestand.</numerusform>
            <numerusform>Toegewezen: %n records verwijderd; er is niets van het kind over in het gegevensbestand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused under the public task; the decision and its reasoning are recorded.</source>
        <translation>Geweigerd op grond van de publieke taak; het besluit en de onderbouwing zijn vastgelegd.</translation>
    </message>
</context>
<context>
    <name>inbeeld::CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation>Dossier afsluiten</translation>
    </message>
    <message>
        <source>Optional, in general terms (no diagnoses)</source>
        <translation>Optioneel, in algemene termen (geen diagnoses)</translation>
    </message>
    <message>
        <source>Processing about this child ends. The child is left out of packages and exports, and everything about the child is removed when the retention period has passed. You can reopen the case if this is a mistake.</source>
        <translation>De verwerking over dit kind eindigt. Het kind blijft buiten pakketten en exports, en alles over het kind wordt verwijderd als de bewaartermijn voorbij is. U kunt het dossier heropenen als dit een vergissing is.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Beëindigd op:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
</context>
<context>
    <name>inbeeld::ComparePage</name>
    <message numerus="yes">
        <source>List %1: %2, %3 (%n children)</source>
        <translation>
            <numerusform>Lijst %1: %2, %3 (%n kind)</numerusform>
            <numerusform>Lijst %1: %2, %3 (%n kinderen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare a&amp;gain</source>
        <translation>Opnieuw ve&amp;rgelijken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>O&amp;ur list:</source>
        <translation>Onz&amp;e lijst:</translation>
    </message>
    <message>
        <source>Their l&amp;ist:</source>
        <translation>H&amp;un lijst:</translation>
    </message>
    <message>
        <source>Which of your own lists to compare</source>
        <translation>Welke van uw eigen lijsten u wilt vergelijken</translation>
    </message>
    <message>
        <source>Which of the partner&apos;s lists to compare</source>
        <translation>Welke lijst van de partner u wilt vergelijken</translation>
    </message>
    <message>
        <source>Comparison progress</source>
        <translation>Voortgang van de vergelijking</translation>
    </message>
    <message>
        <source>Stop the comparison that is running (Esc)</source>
        <translation>De lopende vergelijking stoppen (Esc)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Open a store to compare lists.</source>
        <translation>Open een gegevensbestand om lijsten te vergelijken.</translation>
    </message>
    <message>
        <source>(no list yet)</source>
        <translation>(nog geen lijst)</translation>
    </message>
    <message>
        <source>Newest – %1</source>
        <translation>Nieuwste – %1</translation>
    </message>
    <message>
        <source>The lists cannot be read. %1</source>
        <translation>De lijsten kunnen niet worden gelezen. %1</translation>
    </message>
    <message>
        <source>Comparing the lists…</source>
        <translation>De lijsten worden vergeleken…</translation>
    </message>
    <message>
        <source>The comparison was cancelled; the result shown is from before. Click Compare again to update it.</source>
        <translation>De vergelijking is afgebroken; het getoonde resultaat is van eerder. Klik op Opnieuw vergelijken om het bij te werken.</translation>
    </message>
    <message>
        <source>The comparison was cancelled. Click Compare again to start it again.</source>
        <translation>De vergelijking is afgebroken. Klik op Opnieuw vergelijken om opnieuw te beginnen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 children, %2 of them not on both lists the same way</source>
        <translation>%1 kinderen, van wie %2 niet op dezelfde manier op beide lijsten staan</translation>
    </message>
    <message>
        <source>Compared at %1: %2 children on one or both lists. Choose other lists above to compare those.</source>
        <translation>Vergeleken om %1: %2 kinderen op een of beide lijsten. Kies hierboven andere lijsten om die te vergelijken.</translation>
    </message>
    <message>
        <source>&amp;Print overview…</source>
        <translation>Overzicht af&amp;drukken…</translation>
    </message>
    <message>
        <source>The counts per category and outcome (no personal data): print, or choose a PDF printer.</source>
        <translation>De aantallen per categorie en uitkomst (geen persoonsgegevens): afdrukken, of kies een pdf-printer.</translation>
    </message>
</context>
<context>
    <name>inbeeld::ComparisonChart</name>
    <message>
        <source>Chart of the comparison per category</source>
        <translation>Grafiek van de vergelijking per categorie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>inbeeld::ComparisonDetailPane</name>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Onderwijsnummer</source>
        <translation>Onderwijsnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Last known school</source>
        <translation>Laatst bekende school</translation>
    </message>
    <message>
        <source>Start of absence</source>
        <translation>Begin van verzuim</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>Reden van verzuim</translation>
    </message>
    <message>
        <source>Date exemption granted</source>
        <translation>Datum toekenning vrijstelling</translation>
    </message>
    <message>
        <source>Duration of exemption</source>
        <translation>Duur van vrijstelling</translation>
    </message>
    <message>
        <source>Involvement RBL / SWV</source>
        <translation>Betrokkenheid RBL / SWV</translation>
    </message>
    <message>
        <source>&amp;Yes, same child</source>
        <translation>&amp;Ja, hetzelfde kind</translation>
    </message>
    <message>
        <source>&amp;No, different children</source>
        <translation>&amp;Nee, verschillende kinderen</translation>
    </message>
    <message>
        <source>&amp;Withdraw decision</source>
        <translation>Besluit &amp;intrekken</translation>
    </message>
    <message>
        <source>&amp;Share with the partner…</source>
        <translation>&amp;Delen met de partner…</translation>
    </message>
    <message>
        <source>Sa&amp;ve note</source>
        <translation>No&amp;titie opslaan</translation>
    </message>
    <message>
        <source>Both records field by field</source>
        <translation>Beide registraties, gegeven voor gegeven</translation>
    </message>
    <message>
        <source>Share this child&apos;s data with the partner for a case discussion. InBeeld first walks you through the four-step check (grondslag, doel, proportionaliteit, subsidiariteit) and records your weighing.</source>
        <translation>Deel de gegevens van dit kind met de partner voor een casusoverleg. InBeeld loopt eerst met u het stappenplan door (grondslag, doel, proportionaliteit, subsidiariteit) en legt uw afweging vast.</translation>
    </message>
    <message>
        <source>The two records are the same child. InBeeld remembers this for later lists.</source>
        <translation>De twee registraties gaan over hetzelfde kind. InBeeld onthoudt dit voor latere lijsten.</translation>
    </message>
    <message>
        <source>The two records are different children (for example the same name and date of birth). InBeeld remembers this for later lists.</source>
        <translation>De twee registraties gaan over verschillende kinderen (bijvoorbeeld met dezelfde naam en geboortedatum). InBeeld onthoudt dit voor latere lijsten.</translation>
    </message>
    <message>
        <source>Forget your decision about this pair, so it is a probable match again.</source>
        <translation>Uw besluit over dit paar vergeten, zodat het weer een waarschijnlijke overeenkomst is.</translation>
    </message>
    <message>
        <source>Notes about this child</source>
        <translation>Notities over dit kind</translation>
    </message>
    <message>
        <source>Your notes, for example what you agreed with the partner. Write in general terms, no diagnoses.</source>
        <translation>Uw notities, bijvoorbeeld wat u met de partner hebt afgesproken. Schrijf in algemene termen, zonder diagnoses.</translation>
    </message>
    <message>
        <source>Select a child in the table to see both records.</source>
        <translation>Selecteer een kind in de tabel om beide registraties te zien.</translation>
    </message>
    <message>
        <source>Name and date of birth agree for %1%; one list has no BSN. Check the records and decide whether this is the same child.</source>
        <translation>Naam en geboortedatum komen voor %1% overeen; op één lijst ontbreekt het BSN. Controleer de registraties en beslis of dit hetzelfde kind is.</translation>
    </message>
    <message>
        <source>(you confirmed this pair; name score %1%)</source>
        <translation>(u hebt dit paar bevestigd; naamscore %1%)</translation>
    </message>
    <message>
        <source>(you rejected a probable match with a record on the other list)</source>
        <translation>(u hebt een waarschijnlijke overeenkomst met een registratie op de andere lijst afgewezen)</translation>
    </message>
    <message>
        <source>Differs in: %1 (marked ≠ below).</source>
        <translation>Verschilt in: %1 (hieronder gemarkeerd met ≠).</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Decides which fields the agreement allows to share.</source>
        <translation>Bepaalt welke gegevens het convenant toestaat te delen.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Our list</source>
        <translation>Onze lijst</translation>
    </message>
    <message>
        <source>Their list</source>
        <translation>Hun lijst</translation>
    </message>
    <message>
        <source>not on our list</source>
        <translation>niet op onze lijst</translation>
    </message>
    <message>
        <source>not on their list</source>
        <translation>niet op hun lijst</translation>
    </message>
    <message>
        <source>Shared because: %1</source>
        <translation>Reden voor delen: %1</translation>
    </message>
    <message>
        <source>Confirmed as the same child. The comparison is updated.</source>
        <translation>Bevestigd als hetzelfde kind. De vergelijking is bijgewerkt.</translation>
    </message>
    <message>
        <source>Rejected: these are different children. The comparison is updated.</source>
        <translation>Afgewezen: dit zijn verschillende kinderen. De vergelijking is bijgewerkt.</translation>
    </message>
    <message>
        <source>Your decision was withdrawn; the pair is a probable match again.</source>
        <translation>Uw besluit is ingetrokken; het paar is weer een waarschijnlijke overeenkomst.</translation>
    </message>
    <message>
        <source>Last saved %1 by %2.</source>
        <translation>Laatst opgeslagen op %1 door %2.</translation>
    </message>
    <message>
        <source>Note saved at %1.</source>
        <translation>Notitie opgeslagen om %1.</translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation>Dossier a&amp;fsluiten…</translation>
    </message>
    <message>
        <source>Re&amp;open case</source>
        <translation>Dossier &amp;heropenen</translation>
    </message>
    <message>
        <source>Processing about this child ends: back in school, startkwalificatie, moved out of the region or deceased.</source>
        <translation>De verwerking over dit kind eindigt: terug naar school, startkwalificatie, verhuisd uit de regio of overleden.</translation>
    </message>
    <message>
        <source>Case closed: %1.</source>
        <translation>Dossier afgesloten: %1.</translation>
    </message>
    <message>
        <source>Case reopened.</source>
        <translation>Dossier heropend.</translation>
    </message>
    <message>
        <source>Add to the &amp;Inspectie registration…</source>
        <translation>Toevoegen aan de &amp;Inspectieregistratie…</translation>
    </message>
    <message>
        <source>Only the partner lists this child. When you have confirmed that it is a thuiszitter, count it in your quarterly registration for the Inspectie (anonymously).</source>
        <translation>Alleen de partner heeft dit kind op de lijst. Hebt u bevestigd dat het een thuiszitter is, tel het dan (anoniem) mee in uw kwartaalregistratie voor de Inspectie.</translation>
    </message>
    <message>
        <source>Add to the Inspectie registration</source>
        <translation>Toevoegen aan de Inspectieregistratie</translation>
    </message>
    <message>
        <source>How did you confirm this child? (kept with the registration, never exported; no names or diagnoses)</source>
        <translation>Hoe hebt u dit kind bevestigd? (bewaard bij de registratie, nooit geëxporteerd; geen namen of diagnoses)</translation>
    </message>
    <message>
        <source>Counted in the Inspectie registration of school year %1 as %2.</source>
        <translation>Meegeteld in de Inspectieregistratie van schooljaar %1 als %2.</translation>
    </message>
    <message>
        <source>Child added to the Inspectie registration.</source>
        <translation>Kind toegevoegd aan de Inspectieregistratie.</translation>
    </message>
    <message>
        <source>&amp;More…</source>
        <translation>&amp;Meer…</translation>
    </message>
    <message>
        <source>Restrict processing, legal hold, correct a field, access export</source>
        <translation>Verwerking beperken, bewaarblokkade, gegeven corrigeren, inzage-export</translation>
    </message>
</context>
<context>
    <name>inbeeld::ComparisonOverview</name>
    <message>
        <source>E&amp;xport counts…</source>
        <translation>Aantallen e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Children per category and outcome</source>
        <translation>Kinderen per categorie en uitkomst</translation>
    </message>
    <message>
        <source>Press Enter or double-click a category to see its children.</source>
        <translation>Druk op Enter of dubbelklik op een categorie om de kinderen te zien.</translation>
    </message>
    <message>
        <source>Save these counts as a CSV file. It holds numbers only, no personal data.</source>
        <translation>Deze aantallen opslaan als CSV-bestand. Het bevat alleen getallen, geen persoonsgegevens.</translation>
    </message>
    <message>
        <source>Children per category</source>
        <translation>Kinderen per categorie</translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation>Nog geen vergelijking.</translation>
    </message>
    <message>
        <source>Both lists are empty.</source>
        <translation>Beide lijsten zijn leeg.</translation>
    </message>
    <message>
        <source>Yes: all %1 children are on both lists, recorded the same way.</source>
        <translation>Ja: alle %1 kinderen staan op beide lijsten, op dezelfde manier vastgelegd.</translation>
    </message>
    <message>
        <source>%1 of %2 children are on both lists, recorded the same way</source>
        <translation>%1 van %2 kinderen staan op beide lijsten, op dezelfde manier vastgelegd</translation>
    </message>
    <message>
        <source>%1 on both lists but recorded differently</source>
        <translation>%1 op beide lijsten, maar anders vastgelegd</translation>
    </message>
    <message>
        <source>%1 only on our list</source>
        <translation>%1 alleen op onze lijst</translation>
    </message>
    <message>
        <source>%1 only on their list</source>
        <translation>%1 alleen op hun lijst</translation>
    </message>
    <message>
        <source>%1 probably the same child (please check)</source>
        <translation>%1 waarschijnlijk hetzelfde kind (controleer dit)</translation>
    </message>
    <message>
        <source>Do we see the same children? Not all: %1.</source>
        <translation>Zien we dezelfde kinderen? Niet allemaal: %1.</translation>
    </message>
    <message>
        <source>%1 of the one-sided children are expected (see below).</source>
        <translation>Bij %1 van de kinderen die op maar één lijst staan, is dat verwacht (zie hieronder).</translation>
    </message>
    <message>
        <source>Export comparison counts</source>
        <translation>Aantallen van de vergelijking exporteren</translation>
    </message>
    <message>
        <source>comparison-counts-%1.csv</source>
        <translation>vergelijking-aantallen-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The counts of the comparison were written to %1.</source>
        <translation>De aantallen van de vergelijking zijn geschreven naar %1.</translation>
    </message>
</context>
<context>
    <name>inbeeld::ComparisonSummaryModel</name>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>inbeeld::ComparisonTableModel</name>
    <message>
        <source>%1 (onderwijsnummer)</source>
        <translation>%1 (onderwijsnummer)</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>%1 (confirmed)</source>
        <translation>%1 (bevestigd)</translation>
    </message>
    <message>
        <source>%1 (expected)</source>
        <translation>%1 (verwacht)</translation>
    </message>
    <message>
        <source>%1 (match rejected)</source>
        <translation>%1 (overeenkomst afgewezen)</translation>
    </message>
    <message>
        <source>%1: ours &quot;%2&quot;, theirs &quot;%3&quot;</source>
        <translation>%1: onze lijst &quot;%2&quot;, hun lijst &quot;%3&quot;</translation>
    </message>
    <message>
        <source>No BSN on one of the lists; the name and date of birth match for %1%. Open the details to confirm or reject.</source>
        <translation>Geen BSN op een van de lijsten; naam en geboortedatum komen voor %1% overeen. Open de details om te bevestigen of af te wijzen.</translation>
    </message>
    <message>
        <source>You confirmed that these records are the same child.</source>
        <translation>U hebt bevestigd dat deze registraties over hetzelfde kind gaan.</translation>
    </message>
    <message>
        <source>You rejected a probable match with a record on the other list.</source>
        <translation>U hebt een waarschijnlijke overeenkomst met een registratie op de andere lijst afgewezen.</translation>
    </message>
    <message>
        <source>Not on our list</source>
        <translation>Niet op onze lijst</translation>
    </message>
    <message>
        <source>Not on their list</source>
        <translation>Niet op hun lijst</translation>
    </message>
    <message>
        <source>Recorded differently. Our list: &quot;%1&quot;; their list: &quot;%2&quot;.</source>
        <translation>Anders vastgelegd. Onze lijst: &quot;%1&quot;; hun lijst: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>differs from the other list</source>
        <translation>wijkt af van de andere lijst</translation>
    </message>
    <message>
        <source>
Outcome</source>
        <translation>
Uitkomst</translation>
    </message>
    <message>
        <source>Our list
Name</source>
        <translation>Onze lijst
Naam</translation>
    </message>
    <message>
        <source>Their list
Name</source>
        <translation>Hun lijst
Naam</translation>
    </message>
    <message>
        <source>
BSN</source>
        <translation>
BSN</translation>
    </message>
    <message>
        <source>
Birth date</source>
        <translation>
Geboortedatum</translation>
    </message>
    <message>
        <source>
Category</source>
        <translation>
Categorie</translation>
    </message>
    <message>
        <source>
Last known school</source>
        <translation>
Laatst bekende school</translation>
    </message>
    <message>
        <source>
Start date</source>
        <translation>
Startdatum</translation>
    </message>
    <message>
        <source>How the child compares between the two lists</source>
        <translation>Hoe het kind op de twee lijsten overeenkomt</translation>
    </message>
    <message>
        <source>As recorded on our list</source>
        <translation>Zoals vastgelegd op onze lijst</translation>
    </message>
    <message>
        <source>As recorded on their list</source>
        <translation>Zoals vastgelegd op hun lijst</translation>
    </message>
</context>
<context>
    <name>inbeeld::DecisionListModel</name>
    <message>
        <source>Quarterly exchange (standing decision)</source>
        <translation>Kwartaaluitwisseling (vast besluit)</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Alle partijen</translation>
    </message>
    <message>
        <source>Per category (Bijlage 1)</source>
        <translation>Per categorie (Bijlage 1)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Besloten</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>inbeeld::DecisionsPage</name>
    <message>
        <source>&amp;New decision…</source>
        <translation>&amp;Nieuw besluit…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Intrekken…</translation>
    </message>
    <message>
        <source>Record &amp;quarterly exchange decision</source>
        <translation>Besluit voor &amp;kwartaaluitwisseling vastleggen</translation>
    </message>
    <message>
        <source>&amp;Send to partner…</source>
        <translation>Naar partner s&amp;turen…</translation>
    </message>
    <message>
        <source>Send this child&apos;s data to the decision&apos;s recipient as a signed, encrypted case package, with exactly the fields the decision covers.</source>
        <translation>Stuur de gegevens van dit kind als ondertekend, versleuteld casuspakket naar de ontvanger van het besluit, met precies de velden die het besluit dekt.</translation>
    </message>
    <message>
        <source>Before anything about a child is shared, walk the four-step check; its decision covers one child, one recipient and the chosen fields for a limited time. Without a decision in force, InBeeld exports nothing about the child. The quarterly exchange of the lists is covered by one standing decision under the agreement.</source>
        <translation>Doorloop het stappenplan voordat er iets over een kind wordt gedeeld; het besluit geldt voor één kind, één ontvanger en de gekozen gegevens, voor beperkte tijd. Zonder geldend besluit exporteert InBeeld niets over het kind. De kwartaaluitwisseling van de lijsten valt onder één vast besluit op grond van het convenant.</translation>
    </message>
    <message>
        <source>Sharing decisions</source>
        <translation>Besluiten over delen</translation>
    </message>
    <message>
        <source>Decision %1 recorded. To send the child&apos;s data now, choose &quot;Send to partner…&quot;.</source>
        <translation>Besluit %1 is vastgelegd. Kies &quot;Naar partner sturen…&quot; om de gegevens van het kind nu te versturen.</translation>
    </message>
    <message>
        <source>Decision %1 recorded.</source>
        <translation>Besluit %1 vastgelegd.</translation>
    </message>
    <message>
        <source>No child with BSN %1 is in the newest lists of this store. Import the list first.</source>
        <translation>Er staat geen kind met BSN %1 in de nieuwste lijsten van dit gegevensbestand. Importeer eerst de lijst.</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nieuw besluit</translation>
    </message>
    <message>
        <source>&amp;BSN of the child (as in the newest list):</source>
        <translation>&amp;BSN van het kind (zoals in de nieuwste lijst):</translation>
    </message>
    <message>
        <source>Decision %1 withdrawn.</source>
        <translation>Besluit %1 ingetrokken.</translation>
    </message>
    <message>
        <source>Withdraw decision %1</source>
        <translation>Besluit %1 intrekken</translation>
    </message>
    <message>
        <source>After withdrawing, the decision covers nothing. &amp;Reason (optional):</source>
        <translation>Na het intrekken dekt het besluit niets meer. &amp;Reden (optioneel):</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Standing decision %1 for the quarterly exchange recorded.</source>
        <translation>Vast besluit %1 voor de kwartaaluitwisseling vastgelegd.</translation>
    </message>
    <message>
        <source>&amp;Print decision record…</source>
        <translation>Besluitverslag af&amp;drukken…</translation>
    </message>
    <message>
        <source>The whole weighing of the selected decision, for the case file and the privacy officer (print, or choose a PDF printer).</source>
        <translation>De hele afweging van het gekozen besluit, voor het dossier en de privacyfunctionaris (afdrukken, of kies een pdf-printer).</translation>
    </message>
</context>
<context>
    <name>inbeeld::DispatchHistoryDialog</name>
    <message>
        <source>No package has been sent yet.</source>
        <translation>Er is nog geen pakket verstuurd.</translation>
    </message>
    <message>
        <source>Send by &amp;mail…</source>
        <translation>Per &amp;e-mail versturen…</translation>
    </message>
    <message>
        <source>Dispatch history</source>
        <translation>Verzendgeschiedenis</translation>
    </message>
    <message>
        <source>How each package you made left: written to a file, sent by mail, or a mail that failed. The breach report reads the same history.</source>
        <translation>Hoe elk pakket dat u maakte is vertrokken: weggeschreven naar een bestand, per e-mail verstuurd, of een e-mail die mislukte. Het datalekrapport leest dezelfde geschiedenis.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pakket</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>To / file</source>
        <translation>Aan / bestand</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Send the selected package to its partner by mail (again).</source>
        <translation>Het gekozen pakket (opnieuw) per e-mail naar zijn partner versturen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>case package %1</source>
        <translation>casuspakket %1</translation>
    </message>
    <message>
        <source>%1, number %2</source>
        <translation>%1, nummer %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Mislukt: %1</translation>
    </message>
    <message>
        <source>Sent; the server answered: %1</source>
        <translation>Verstuurd; de server antwoordde: %1</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Weggeschreven</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>The package file is no longer where it was written (%1). Open it from where you keep it, or make the package again.</source>
        <translation>Het pakketbestand staat niet meer waar het is weggeschreven (%1). Verstuur het vanaf de plek waar u het bewaart, of maak het pakket opnieuw.</translation>
    </message>
    <message>
        <source>%1 is no longer a partner, so nothing can be sent to them.</source>
        <translation>%1 is geen partner meer, dus er kan niets naartoe worden verstuurd.</translation>
    </message>
</context>
<context>
    <name>inbeeld::EraseDialog</name>
    <message>
        <source>A request for &amp;erasure (art. 17)</source>
        <translation>Een verzoek om &amp;wissen (art. 17)</translation>
    </message>
    <message>
        <source>An &amp;objection (art. 21)</source>
        <translation>Een &amp;bezwaar (art. 21)</translation>
    </message>
    <message>
        <source>Erasure or objection</source>
        <translation>Wissen of bezwaar</translation>
    </message>
    <message>
        <source>Your reasoning, in general terms (no diagnoses)</source>
        <translation>Uw onderbouwing, in algemene termen (geen diagnoses)</translation>
    </message>
    <message>
        <source>Reasoning of the decision</source>
        <translation>Onderbouwing van het besluit</translation>
    </message>
    <message>
        <source>&amp;Reasoning (recorded with the decision):</source>
        <translation>&amp;Onderbouwing (wordt bij het besluit vastgelegd):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Re&amp;fuse (public task)</source>
        <translation>Wei&amp;geren (publieke taak)</translation>
    </message>
    <message>
        <source>&amp;Grant: erase now…</source>
        <translation>&amp;Toewijzen: nu wissen…</translation>
    </message>
    <message>
        <source>Write down the reasoning first: it is recorded with the decision.</source>
        <translation>Schrijf eerst de onderbouwing op: die wordt bij het besluit vastgelegd.</translation>
    </message>
    <message>
        <source>Erase for good?</source>
        <translation>Definitief wissen?</translation>
    </message>
    <message>
        <source>Everything about this child is removed from the store now: records in every list, notes, decisions and received case packages. This cannot be undone.</source>
        <translation>Alles over dit kind wordt nu uit het gegevensbestand verwijderd: records in elke lijst, notities, besluiten en ontvangen casuspakketten. Dat kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Wissen</translation>
    </message>
</context>
<context>
    <name>inbeeld::FormColumnsDialog</name>
    <message>
        <source>Columns of the Inspectie&apos;s form</source>
        <translation>Kolommen van het Inspectieformulier</translation>
    </message>
    <message>
        <source>Name the columns as the Inspectie&apos;s form names them and put them in its order. Untick a column the form does not have. InBeeld remembers this for every next quarter.</source>
        <translation>Geef de kolommen de namen die het formulier van de Inspectie gebruikt en zet ze in dezelfde volgorde. Vink een kolom uit die het formulier niet heeft. InBeeld onthoudt dit voor elk volgend kwartaal.</translation>
    </message>
    <message>
        <source>What the column holds</source>
        <translation>Wat de kolom bevat</translation>
    </message>
    <message>
        <source>Column name on the form</source>
        <translation>Kolomnaam op het formulier</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Omhoog &amp;verplaatsen</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Omlaag ve&amp;rplaatsen</translation>
    </message>
    <message>
        <source>&amp;Default names</source>
        <translation>&amp;Standaardnamen</translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportDonePage</name>
    <message>
        <source>The list has been imported</source>
        <translation>De lijst is geïmporteerd</translation>
    </message>
    <message>
        <source>It is on the Lists tab, with its report. The rows that were not imported can be exported there too.</source>
        <translation>De lijst staat op het tabblad Lijsten, met het verslag. Daar kunt u ook de regels exporteren die niet zijn geïmporteerd.</translation>
    </message>
    <message>
        <source>Children added, removed or changed since the previous list</source>
        <translation>Kinderen die zijn toegevoegd, verwijderd of gewijzigd sinds de vorige lijst</translation>
    </message>
    <message>
        <source>The changes since the previous list could not be shown. %1</source>
        <translation>De wijzigingen sinds de vorige lijst konden niet worden getoond. %1</translation>
    </message>
    <message>
        <source>This is the first list of %1 in this store. The next list of this source will be compared with it.</source>
        <translation>Dit is de eerste lijst van %1 in dit gegevensbestand. De volgende lijst van deze bron wordt ermee vergeleken.</translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportFilePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Our own list (%1)</source>
        <translation>E&amp;igen lijst (%1)</translation>
    </message>
    <message>
        <source>A &amp;partner&apos;s list</source>
        <translation>Lijst van de &amp;partner</translation>
    </message>
    <message>
        <source>Choose the list</source>
        <translation>Kies de lijst</translation>
    </message>
    <message>
        <source>A CSV or Excel (XLSX) file as your administration or a partner delivered it. Nothing is stored until you confirm the import at the end.</source>
        <translation>Een CSV- of Excel-bestand (XLSX) zoals uw administratie of een partner het heeft aangeleverd. Er wordt niets opgeslagen tot u de import aan het eind bevestigt.</translation>
    </message>
    <message>
        <source>the file of the list, for example thuiszitters-2026-q3.csv</source>
        <translation>het bestand van de lijst, bijvoorbeeld thuiszitters-2026-q3.csv</translation>
    </message>
    <message>
        <source>None: the list has a column with the category</source>
        <translation>Geen: de lijst heeft een kolom met de categorie</translation>
    </message>
    <message>
        <source>Every row is %1</source>
        <translation>Elke regel is %1</translation>
    </message>
    <message>
        <source>Only for a list that holds one kind of thuiszitters and has no column that says which.</source>
        <translation>Alleen voor een lijst met één soort thuiszitters en zonder kolom die aangeeft welke.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Bes&amp;tand:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Werkblad:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>B&amp;ron:</translation>
    </message>
    <message>
        <source>P&amp;eildatum:</source>
        <translation>P&amp;eildatum:</translation>
    </message>
    <message>
        <source>The date the list is about (its reference date).</source>
        <translation>De datum waarover de lijst gaat (de peildatum).</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <source>Whose list:</source>
        <translation>Van wie:</translation>
    </message>
    <message>
        <source>As the file says above its columns.</source>
        <translation>Zoals in het bestand boven de kolommen staat.</translation>
    </message>
    <message>
        <source>The file does not say; check this date.</source>
        <translation>Het bestand vermeldt dit niet; controleer deze datum.</translation>
    </message>
    <message>
        <source>A later list of the same source is compared with this one.</source>
        <translation>Een latere lijst van dezelfde bron wordt met deze vergeleken.</translation>
    </message>
    <message>
        <source>for example: SWV De Liemers</source>
        <translation>bijvoorbeeld: SWV De Liemers</translation>
    </message>
    <message>
        <source>Required: the partner that delivered the list. A later list of the same partner is compared with this one.</source>
        <translation>Verplicht: de partner die de lijst heeft aangeleverd. Een latere lijst van dezelfde partner wordt met deze vergeleken.</translation>
    </message>
    <message>
        <source>Choose the list to import</source>
        <translation>Kies de lijst die u wilt importeren</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Lijsten (*.csv *.xlsx);;CSV-bestanden (*.csv);;Excel-werkmappen (*.xlsx);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportIssueModel</name>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>Error: row not imported</source>
        <translation>Fout: regel niet geïmporteerd</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Problem and what to do</source>
        <translation>Probleem en wat u kunt doen</translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportMappingPage</name>
    <message>
        <source>&amp;Remember this mapping for lists with these columns, as:</source>
        <translation>Deze kolomkoppeling &amp;onthouden voor lijsten met deze kolommen, als:</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>Controleer de kolommen</translation>
    </message>
    <message>
        <source>Say for each column of the file what it holds. Columns set to &quot;(not imported)&quot; are left out of the store.</source>
        <translation>Geef voor elke kolom van het bestand aan wat erin staat. Kolommen die op &quot;(niet importeren)&quot; staan, komen niet in het gegevensbestand.</translation>
    </message>
    <message>
        <source>Name of the saved mapping</source>
        <translation>Naam van de opgeslagen kolomkoppeling</translation>
    </message>
    <message>
        <source>for example: Leerplichtpakket export</source>
        <translation>bijvoorbeeld: Leerplichtpakket-export</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>Examples from the file</source>
        <translation>Voorbeelden uit het bestand</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <source>Columns of the file and what they are imported as</source>
        <translation>Kolommen van het bestand en hoe ze worden geïmporteerd</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Eerste rijen van het bestand</translation>
    </message>
    <message>
        <source>First rows of the &amp;file, as they will be read:</source>
        <translation>Eerste rijen van het &amp;bestand, zoals ze worden gelezen:</translation>
    </message>
    <message>
        <source>The columns are mapped as you chose before.</source>
        <translation>De kolommen zijn gekoppeld zoals u eerder hebt gekozen.</translation>
    </message>
    <message>
        <source>The columns are mapped as saved in &quot;%1&quot; for lists with these columns. Check them below.</source>
        <translation>De kolommen zijn gekoppeld zoals opgeslagen in &quot;%1&quot; voor lijsten met deze kolommen. Controleer ze hieronder.</translation>
    </message>
    <message>
        <source>InBeeld recognised %1 of the %2 columns by their names. Check the choices below.</source>
        <translation>InBeeld heeft %1 van de %2 kolommen aan hun naam herkend. Controleer de keuzes hieronder.</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation>Kolom %1 importeren als</translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportPreviewModel</name>
    <message>
        <source>Line in the file</source>
        <translation>Regel in het bestand</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>niet geïmporteerd</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not imported.</source>
        <translation>Kolom &quot;%1&quot; wordt niet geïmporteerd.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is imported as %2.</source>
        <translation>Kolom &quot;%1&quot; wordt geïmporteerd als %2.</translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportProgressDialog</name>
    <message>
        <source>Checking the list</source>
        <translation>De lijst wordt gecontroleerd</translation>
    </message>
    <message>
        <source>Importing the list</source>
        <translation>De lijst wordt geïmporteerd</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wordt geïmporteerd…</translation>
    </message>
    <message>
        <source>Saving %1…
%2 rows read; writing them to the encrypted store.
This can take a moment and can no longer be cancelled.</source>
        <translation>%1 wordt opgeslagen…
%2 regels gelezen; ze worden naar het versleutelde gegevensbestand geschreven.
Dit kan even duren en kan niet meer worden geannuleerd.</translation>
    </message>
    <message>
        <source>Checking %1…
%2 rows checked</source>
        <translation>%1 wordt gecontroleerd…
%2 regels gecontroleerd</translation>
    </message>
    <message>
        <source>Importing %1…
%2 rows read</source>
        <translation>%1 wordt geïmporteerd…
%2 regels gelezen</translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportReportDialog</name>
    <message>
        <source>Import report of list %1</source>
        <translation>Importverslag van lijst %1</translation>
    </message>
    <message>
        <source>%1 · %2 · source %3 · peildatum %4</source>
        <translation>%1 · %2 · bron %3 · peildatum %4</translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportReportPage</name>
    <message>
        <source>Check the report</source>
        <translation>Controleer het verslag</translation>
    </message>
    <message>
        <source>InBeeld has checked every row. Rows with an error are not imported; export them to fix them in the source list. Rows with a warning are imported; check them.</source>
        <translation>InBeeld heeft elke regel gecontroleerd. Regels met een fout worden niet geïmporteerd; exporteer ze om ze in de bronlijst te verbeteren. Regels met een waarschuwing worden wel geïmporteerd; controleer ze.</translation>
    </message>
    <message>
        <source>None of the rows can be imported. Fix the rows in the source list, or go back and check the columns.</source>
        <translation>Geen van de regels kan worden geïmporteerd. Verbeter de regels in de bronlijst, of ga terug en controleer de kolommen.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n valid rows</source>
        <translation>
            <numerusform>%n geldige regel &amp;importeren</numerusform>
            <numerusform>%n geldige regels &amp;importeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Niets te importeren</translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportReportView</name>
    <message>
        <source>&amp;Export rejected rows…</source>
        <translation>Afgewezen regels &amp;exporteren…</translation>
    </message>
    <message>
        <source>Write the rows that were not imported, with their problems, to a CSV file that Excel opens, so they can be fixed in the source list.</source>
        <translation>De regels die niet zijn geïmporteerd, met hun problemen, naar een CSV-bestand schrijven dat Excel kan openen, zodat ze in de bronlijst kunnen worden verbeterd.</translation>
    </message>
    <message>
        <source>Problems found in the list</source>
        <translation>Gevonden problemen in de lijst</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>All problems (%1)</source>
        <translation>Alle problemen (%1)</translation>
    </message>
    <message>
        <source>Errors: rows not imported (%1)</source>
        <translation>Fouten: regels niet geïmporteerd (%1)</translation>
    </message>
    <message>
        <source>Warnings: rows imported (%1)</source>
        <translation>Waarschuwingen: regels wel geïmporteerd (%1)</translation>
    </message>
    <message>
        <source>Columns left out (%1)</source>
        <translation>Weggelaten kolommen (%1)</translation>
    </message>
    <message>
        <source>No problems of this kind.</source>
        <translation>Geen problemen van deze soort.</translation>
    </message>
    <message>
        <source>Value in the list: %1</source>
        <translation>Waarde in de lijst: %1</translation>
    </message>
    <message>
        <source>%1-rejected.csv</source>
        <translation>%1-afgewezen.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected rows written to %1. Fix them in the source list and import the list again.</source>
        <translation>
            <numerusform>%n afgewezen regel geschreven naar %1. Verbeter deze in de bronlijst en importeer de lijst opnieuw.</numerusform>
            <numerusform>%n afgewezen regels geschreven naar %1. Verbeter ze in de bronlijst en importeer de lijst opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>Verslag af&amp;drukken…</translation>
    </message>
    <message>
        <source>The report with every problem row (personal data: marked confidential).</source>
        <translation>Het verslag met elke regel met een probleem (persoonsgegevens: gemarkeerd als vertrouwelijk).</translation>
    </message>
    <message>
        <source>Export rejected rows (the file holds personal data)</source>
        <translation>Afgewezen regels exporteren (het bestand bevat persoonsgegevens)</translation>
    </message>
    <message>
        <source>These are the first %1 of %2 rejected rows; the store keeps all of them (inbeeld-cli snapshots report --rejected-csv writes every one).</source>
        <translation>Dit zijn de eerste %1 van %2 afgewezen regels; het gegevensbestand bewaart ze allemaal (inbeeld-cli snapshots report --rejected-csv schrijft ze alle).</translation>
    </message>
    <message>
        <source>The file holds personal data of children: only you can read it; delete it once the rows are fixed.</source>
        <translation>Het bestand bevat persoonsgegevens van kinderen: alleen u kunt het lezen; verwijder het zodra de regels zijn verbeterd.</translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportWizard</name>
    <message>
        <source>Import a list</source>
        <translation>Een lijst importeren</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was stored. Press Next to check the list again.</source>
        <translation>De controle is geannuleerd. Er is niets opgeslagen. Klik op Volgende om de lijst opnieuw te controleren.</translation>
    </message>
    <message>
        <source>The list could not be checked. %1</source>
        <translation>De lijst kon niet worden gecontroleerd. %1</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was stored: the store is as it was before. Press the import button to start again.</source>
        <translation>De import is geannuleerd. Er is niets opgeslagen: het gegevensbestand is zoals het was. Klik op de importknop om opnieuw te beginnen.</translation>
    </message>
    <message>
        <source>The list was not imported. %1</source>
        <translation>De lijst is niet geïmporteerd. %1</translation>
    </message>
</context>
<context>
    <name>inbeeld::LifecycleMenu</name>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <source>&amp;View what can be deleted…</source>
        <translation>&amp;Bekijken wat weg kan…</translation>
    </message>
    <message>
        <source>Open the re&amp;quests…</source>
        <translation>&amp;Verzoeken openen…</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>&amp;Bewaren…</translation>
    </message>
    <message>
        <source>See what has passed its retention period and delete it.</source>
        <translation>Bekijk wat de bewaartermijn heeft bereikt en verwijder het.</translation>
    </message>
    <message>
        <source>Retention r&amp;ules…</source>
        <translation>Bewaar&amp;regels…</translation>
    </message>
    <message>
        <source>How long this organisation keeps each kind of data, and why.</source>
        <translation>Hoe lang deze organisatie elk soort gegevens bewaart, en waarom.</translation>
    </message>
    <message>
        <source>Re&amp;quests of data subjects…</source>
        <translation>&amp;Verzoeken van betrokkenen…</translation>
    </message>
    <message>
        <source>The register of requests for access, rectification, erasure and more.</source>
        <translation>Het register van verzoeken om inzage, rectificatie, wissen en meer.</translation>
    </message>
    <message>
        <source>&amp;Access export…</source>
        <translation>&amp;Inzage-export…</translation>
    </message>
    <message>
        <source>Everything the store holds about one child, as PDF or JSON.</source>
        <translation>Alles wat het gegevensbestand over één kind bevat, als PDF of JSON.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide this message until the next unlock</source>
        <translation>Dit bericht verbergen tot de volgende keer ontgrendelen</translation>
    </message>
    <message numerus="yes">
        <source>Requests of data subjects: %n request(s) must be answered within a week or are late.</source>
        <translation>
            <numerusform>Verzoeken van betrokkenen: %n verzoek moet binnen een week beantwoord worden of is te laat.</numerusform>
            <numerusform>Verzoeken van betrokkenen: %n verzoeken moeten binnen een week beantwoord worden of zijn te laat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inbeeld::ListChangesDialog</name>
    <message>
        <source>No longer on this list</source>
        <translation>Niet meer op deze lijst</translation>
    </message>
    <message>
        <source>C&amp;lose the ticked cases</source>
        <translation>Dossiers van de aangevinkte kinderen a&amp;fsluiten</translation>
    </message>
    <message>
        <source>Changes since the previous list</source>
        <translation>Wijzigingen sinds de vorige lijst</translation>
    </message>
    <message>
        <source>Children added, removed or changed since the previous list</source>
        <translation>Kinderen toegevoegd, verwijderd of gewijzigd sinds de vorige lijst</translation>
    </message>
    <message>
        <source>Children no longer on this list</source>
        <translation>Kinderen die niet meer op deze lijst staan</translation>
    </message>
    <message>
        <source>Choose the reason</source>
        <translation>Kies de reden</translation>
    </message>
    <message>
        <source>Optional, in general terms (no diagnoses)</source>
        <translation>Optioneel, in algemene termen (geen diagnoses)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Beëindigd op:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>This is the first list of its source in this store: there is nothing to compare it with.</source>
        <translation>Dit is de eerste lijst van deze bron in dit gegevensbestand: er is niets om mee te vergelijken.</translation>
    </message>
    <message>
        <source>%1, born %2, BSN %3</source>
        <translation>%1, geboren %2, BSN %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) of the previous list are not on this list, and their case is still open. If processing about them has ended, tick them, choose the reason and close their cases. Children you leave unticked stay open.</source>
        <translation>
            <numerusform>%n kind van de vorige lijst staat niet op deze lijst, en het dossier is nog open. Is de verwerking over het kind beëindigd? Vink het aan, kies de reden en sluit het dossier af. Een kind dat u niet aanvinkt, blijft open.</numerusform>
            <numerusform>%n kinderen van de vorige lijst staan niet op deze lijst, en hun dossier is nog open. Is de verwerking over hen beëindigd? Vink ze aan, kies de reden en sluit hun dossiers af. Kinderen die u niet aanvinkt, blijven open.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the reason first.</source>
        <translation>Kies eerst de reden.</translation>
    </message>
    <message>
        <source>Tick the children whose case you want to close.</source>
        <translation>Vink de kinderen aan van wie u het dossier wilt afsluiten.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) closed: %1.</source>
        <translation>
            <numerusform>%n dossier afgesloten: %1.</numerusform>
            <numerusform>%n dossiers afgesloten: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inbeeld::LocationPage</name>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Where to keep the store</source>
        <translation>Plaats van het gegevensbestand</translation>
    </message>
    <message>
        <source>The store is one encrypted file. Keep it on this computer or on a drive your organisation backs up.</source>
        <translation>Het gegevensbestand is één versleuteld bestand. Bewaar het op deze computer of op een schijf waarvan uw organisatie reservekopieën maakt.</translation>
    </message>
    <message>
        <source>Store &amp;file:</source>
        <translation>&amp;Gegevensbestand:</translation>
    </message>
    <message>
        <source>InBeeld never overwrites an existing file. Make a backup of the store regularly (File, Back up store…) and keep the backup somewhere else.</source>
        <translation>InBeeld overschrijft nooit een bestaand bestand. Maak regelmatig een reservekopie van het gegevensbestand (Bestand, Reservekopie maken…) en bewaar die ergens anders.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name or folder: InBeeld never overwrites a file.</source>
        <translation>Er bestaat al een bestand met deze naam. Kies een andere naam of map: InBeeld overschrijft nooit een bestand.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose a folder where you may save files.</source>
        <translation>De map %1 kan niet worden aangemaakt. Kies een map waarin u bestanden mag opslaan.</translation>
    </message>
    <message>
        <source>Choose where to keep the store</source>
        <translation>Kies waar het gegevensbestand komt</translation>
    </message>
    <message>
        <source>InBeeld stores (*.inbeeld);;All files (*)</source>
        <translation>InBeeld-gegevensbestanden (*.inbeeld);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>inbeeld::MailSendDialog</name>
    <message>
        <source>Mail &amp;password:</source>
        <translation>E-mail&amp;wachtwoord:</translation>
    </message>
    <message>
        <source>Mail se&amp;ttings…</source>
        <translation>E-mail&amp;instellingen…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Versturen</translation>
    </message>
    <message>
        <source>S&amp;top sending</source>
        <translation>Versturen &amp;stoppen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Send package by mail</source>
        <translation>Pakket per e-mail versturen</translation>
    </message>
    <message>
        <source>This mail holds no personal data: the children&apos;s data are only in the encrypted attachment, which only %1 can open. The package stays on disk whatever happens.</source>
        <translation>Deze e-mail bevat geen persoonsgegevens: de gegevens van de kinderen staan alleen in de versleutelde bijlage, die alleen %1 kan openen. Het pakket blijft op schijf staan, wat er ook gebeurt.</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Bijlage:</translation>
    </message>
    <message>
        <source>%1 (%2, encrypted)</source>
        <translation>%1 (%2, versleuteld)</translation>
    </message>
    <message>
        <source>Mail has not been set up yet: choose Mail settings first.</source>
        <translation>E-mail is nog niet ingesteld: kies eerst E-mailinstellingen.</translation>
    </message>
    <message>
        <source>Type the password of the mail server.</source>
        <translation>Typ het wachtwoord van de mailserver.</translation>
    </message>
    <message>
        <source>Sending to %1 through %2…</source>
        <translation>Bezig met versturen naar %1 via %2…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
    <message>
        <source>Sent to %1 (%2) at %3. The server answered: %4</source>
        <translation>Verstuurd naar %1 (%2) om %3. De server antwoordde: %4</translation>
    </message>
    <message>
        <source>The package is still at %1.</source>
        <translation>Het pakket staat nog in %1.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>Opnieuw &amp;versturen</translation>
    </message>
</context>
<context>
    <name>inbeeld::MailSettingsDialog</name>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Keep the password in this computer&apos;s keychain</source>
        <translation>Wachtwoord bewaren in de sleutel&amp;hanger van deze computer</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Mail settings</source>
        <translation>E-mailinstellingen</translation>
    </message>
    <message>
        <source>smtp.example.nl</source>
        <translation>smtp.voorbeeld.nl</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meestal poort 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS vanaf het begin (meestal poort 465)</translation>
    </message>
    <message>
        <source>leerplicht@example.nl</source>
        <translation>leerplicht@voorbeeld.nl</translation>
    </message>
    <message>
        <source>empty: the certificate authorities of this computer</source>
        <translation>leeg: de certificaatautoriteiten van deze computer</translation>
    </message>
    <message>
        <source>Connect, secure the connection and log in with these settings; nothing is sent.</source>
        <translation>Met deze instellingen verbinden, de verbinding beveiligen en inloggen; er wordt niets verstuurd.</translation>
    </message>
    <message>
        <source>InBeeld sends packages through your organisation&apos;s mail server, always over an encrypted connection whose certificate is checked; sending without encryption is not possible. The password is kept in the keychain of this computer, never in the store.</source>
        <translation>InBeeld verstuurt pakketten via de mailserver van uw organisatie, altijd over een versleutelde verbinding waarvan het certificaat wordt gecontroleerd; onversleuteld versturen is niet mogelijk. Het wachtwoord wordt bewaard in de sleutelhanger van deze computer, nooit in de opslag.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>Be&amp;veiliging:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Se&amp;nder address:</source>
        <translation>&amp;Afzenderadres:</translation>
    </message>
    <message>
        <source>&amp;CA certificate file:</source>
        <translation>&amp;CA-certificaatbestand:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Mail has not been set up yet.</source>
        <translation>E-mail is nog niet ingesteld.</translation>
    </message>
    <message>
        <source>kept in the keychain; type to replace it</source>
        <translation>bewaard in de sleutelhanger; typ om het te vervangen</translation>
    </message>
    <message>
        <source>not kept: asked when sending</source>
        <translation>niet bewaard: gevraagd bij het versturen</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-certificaatbestand</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The mail settings are saved.</source>
        <translation>De e-mailinstellingen zijn opgeslagen.</translation>
    </message>
    <message>
        <source>The password is not kept: it is asked when sending.</source>
        <translation>Het wachtwoord wordt niet bewaard: het wordt gevraagd bij het versturen.</translation>
    </message>
    <message>
        <source>The password is kept in the keychain of this computer.</source>
        <translation>Het wachtwoord is bewaard in de sleutelhanger van deze computer.</translation>
    </message>
    <message>
        <source>There is no keychain on this computer: the password is asked each time you send.</source>
        <translation>Deze computer heeft geen sleutelhanger: het wachtwoord wordt bij elke verzending gevraagd.</translation>
    </message>
    <message>
        <source>Type the password to test the connection.</source>
        <translation>Typ het wachtwoord om de verbinding te testen.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Bezig met verbinden met %1…</translation>
    </message>
    <message>
        <source>The connection works: the server was reached over an encrypted connection and accepted the user name and password. Nothing was sent.</source>
        <translation>De verbinding werkt: de server is bereikt over een versleutelde verbinding en heeft de gebruikersnaam en het wachtwoord geaccepteerd. Er is niets verstuurd.</translation>
    </message>
</context>
<context>
    <name>inbeeld::MainWindow</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;Lijsten</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>Ver&amp;gelijken</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>Be&amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partners</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Auditlog</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Close the store and ask for the passphrase before showing it again.</source>
        <translation>Het gegevensbestand sluiten en pas na invoer van de wachtwoordzin weer tonen.</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>Lijst &amp;importeren…</translation>
    </message>
    <message>
        <source>Import a list of thuiszitters from a CSV or Excel file: yours or a partner&apos;s.</source>
        <translation>Een lijst met thuiszitters importeren uit een CSV- of Excel-bestand: uw eigen lijst of een lijst van de partner.</translation>
    </message>
    <message>
        <source>&amp;Open package…</source>
        <translation>Pakket &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Send package…</source>
        <translation>Pakket ver&amp;sturen…</translation>
    </message>
    <message>
        <source>Make a signed, encrypted exchange package for a partner.</source>
        <translation>Maak een ondertekend, versleuteld uitwisselingspakket voor een partner.</translation>
    </message>
    <message>
        <source>&amp;Back up store…</source>
        <translation>&amp;Reservekopie maken…</translation>
    </message>
    <message>
        <source>Write an encrypted copy of the store, for example to a drive that is backed up.</source>
        <translation>Een versleutelde kopie van het gegevensbestand maken, bijvoorbeeld op een schijf waarvan reservekopieën worden gemaakt.</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Terugzetten uit reservekopie…</translation>
    </message>
    <message>
        <source>Replace the store by a backup; the current store is kept beside it.</source>
        <translation>Het gegevensbestand vervangen door een reservekopie; het huidige gegevensbestand blijft ernaast bewaard.</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Forget remembered key</source>
        <translation>Onthouden sleutel &amp;vergeten</translation>
    </message>
    <message>
        <source>Remove the store&apos;s key from the keychain of this computer.</source>
        <translation>De sleutel van het gegevensbestand uit de sleutelbos van deze computer verwijderen.</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation>&amp;Auditlog controleren</translation>
    </message>
    <message>
        <source>&amp;About InBeeld</source>
        <translation>&amp;Over InBeeld</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>Be&amp;veiliging</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>%1 – InBeeld</source>
        <translation>%1 – InBeeld</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The store file of this organisation</source>
        <translation>Het gegevensbestand van deze organisatie</translation>
    </message>
    <message>
        <source>List %1 has been imported; it is on the Lists tab.</source>
        <translation>Lijst %1 is geïmporteerd; hij staat op het tabblad Lijsten.</translation>
    </message>
    <message>
        <source>Open package</source>
        <translation>Pakket openen</translation>
    </message>
    <message>
        <source>Package not opened</source>
        <translation>Pakket niet geopend</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <source>The package %1 was not opened; nothing was stored.</source>
        <translation>Het pakket %1 is niet geopend; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Case package from %1 opened; it is case %2 on the Lists tab.</source>
        <translation>Casuspakket van %1 geopend; het staat als casus %2 op het tabblad Lijsten.</translation>
    </message>
    <message>
        <source>Package from %1 opened; it is partner list %2 on the Lists tab.</source>
        <translation>Pakket van %1 geopend; het staat als partnerlijst %2 op het tabblad Lijsten.</translation>
    </message>
    <message>
        <source>Back up store</source>
        <translation>Reservekopie maken</translation>
    </message>
    <message>
        <source>InBeeld stores (*.inbeeld);;All files (*)</source>
        <translation>InBeeld-gegevensbestanden (*.inbeeld);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Reservekopie mislukt</translation>
    </message>
    <message>
        <source>The backup could not be written. %1 Choose another place and try again.</source>
        <translation>De reservekopie kon niet worden geschreven. %1 Kies een andere plaats en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation>De reservekopie kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>This computer no longer remembers the key of this store. InBeeld will ask for the passphrase next time.</source>
        <translation>Deze computer onthoudt de sleutel van dit gegevensbestand niet meer. InBeeld vraagt de volgende keer om de wachtwoordzin.</translation>
    </message>
    <message>
        <source>The key could not be removed from the keychain. %1</source>
        <translation>De sleutel kon niet uit de sleutelbos worden verwijderd. %1</translation>
    </message>
    <message>
        <source>&amp;Reporting</source>
        <translation>&amp;Rapportage</translation>
    </message>
    <message>
        <source>Open an exchange package (.inbeeldpakket) that a partner sent you; its list is stored as the partner&apos;s list.</source>
        <translation>Een uitwisselingspakket (.inbeeldpakket) openen dat een partner u stuurde; de lijst wordt opgeslagen als lijst van de partner.</translation>
    </message>
    <message>
        <source>InBeeld packages (*.inbeeldpakket *.inbeeld);;All files (*)</source>
        <translation>InBeeld-pakketten (*.inbeeldpakket *.inbeeld);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Backup written to %1. It opens with the current passphrase. Audit anchor of the backup: %2</source>
        <translation>Reservekopie geschreven naar %1. Die opent met de huidige wachtwoordzin. Auditanker van de reservekopie: %2</translation>
    </message>
</context>
<context>
    <name>inbeeld::NewPassphraseEditor</name>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Herhaal de nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>R&amp;epeat passphrase:</source>
        <translation>Wachtwoordzin &amp;herhalen:</translation>
    </message>
    <message>
        <source>Type the passphrase a second time to make sure it has no typing errors.</source>
        <translation>Typ de wachtwoordzin nog een keer, zodat zeker is dat er geen tikfouten in zitten.</translation>
    </message>
    <message>
        <source>The two passphrases are the same.</source>
        <translation>De twee wachtwoordzinnen zijn gelijk.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>De twee wachtwoordzinnen zijn nog niet gelijk.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters: four or more random words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Gebruik minstens %n teken: vier of meer willekeurige woorden zijn makkelijk te onthouden en moeilijk te raden.</numerusform>
            <numerusform>Gebruik minstens %n tekens: vier of meer willekeurige woorden zijn makkelijk te onthouden en moeilijk te raden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inbeeld::OrganisationPage</name>
    <message>
        <source>Your organisation</source>
        <translation>Uw organisatie</translation>
    </message>
    <message>
        <source>InBeeld keeps one store per organisation. Tell it which organisation this store is for.</source>
        <translation>InBeeld gebruikt één gegevensbestand per organisatie. Geef aan voor welke organisatie dit gegevensbestand is.</translation>
    </message>
    <message>
        <source>for example: RBL Midden-Gelre</source>
        <translation>bijvoorbeeld: RBL Midden-Gelre</translation>
    </message>
    <message>
        <source>RBL: regional attendance office (leerplicht)</source>
        <translation>RBL: Regionaal Bureau Leerlingzaken (leerplicht)</translation>
    </message>
    <message>
        <source>SWV: school partnership (samenwerkingsverband passend onderwijs)</source>
        <translation>SWV: samenwerkingsverband passend onderwijs</translation>
    </message>
    <message>
        <source>InBeeld has no usable data-sharing agreement built in, so a store cannot be created. Please report this to your IT department. Details: %1</source>
        <translation>InBeeld bevat geen bruikbaar convenant, dus er kan geen gegevensbestand worden aangemaakt. Meld dit bij uw ICT-afdeling. Details: %1</translation>
    </message>
    <message>
        <source>&amp;Organisation name:</source>
        <translation>&amp;Naam van de organisatie:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>&amp;Convenant:</translation>
    </message>
    <message>
        <source>Parties to this agreement: %1.</source>
        <translation>Partijen bij dit convenant: %1.</translation>
    </message>
</context>
<context>
    <name>inbeeld::OverviewPage</name>
    <message>
        <source>Organisation and store</source>
        <translation>Organisatie en gegevensbestand</translation>
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
        <source>Created:</source>
        <translation>Aangemaakt:</translation>
    </message>
    <message>
        <source>Store file:</source>
        <translation>Gegevensbestand:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schemaversie:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Versleuteling:</translation>
    </message>
    <message>
        <source>What the agreement allows you to exchange</source>
        <translation>Wat u volgens het convenant mag uitwisselen</translation>
    </message>
    <message>
        <source>Per category of out-of-school child: the fields that may be shared with your partner, and why. InBeeld never exports a field that is not listed here.</source>
        <translation>Per categorie thuiszitters: de gegevens die u met uw partner mag delen, en waarom. InBeeld exporteert nooit een gegeven dat hier niet staat.</translation>
    </message>
    <message>
        <source>Category and field</source>
        <translation>Categorie en gegeven</translation>
    </message>
    <message>
        <source>Reason for exchanging it</source>
        <translation>Reden voor uitwisseling</translation>
    </message>
    <message>
        <source>Fields the agreement allows per category</source>
        <translation>Gegevens die het convenant per categorie toestaat</translation>
    </message>
    <message>
        <source>SQLCipher (version unknown)</source>
        <translation>SQLCipher (versie onbekend)</translation>
    </message>
    <message>
        <source>SQLCipher %1, key derived with Argon2id</source>
        <translation>SQLCipher %1, sleutel afgeleid met Argon2id</translation>
    </message>
    <message>
        <source>The agreement of this store cannot be shown. %1</source>
        <translation>Het convenant van dit gegevensbestand kan niet worden getoond. %1</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versie %2)</translation>
    </message>
    <message>
        <source>Code %1. Normally known by: %2.</source>
        <translation>Code %1. Normaal bekend bij: %2.</translation>
    </message>
</context>
<context>
    <name>inbeeld::PackageOpenedDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Totaal: %1</translation>
    </message>
    <message>
        <source>Quarterly lists</source>
        <translation>Kwartaallijsten</translation>
    </message>
    <message>
        <source>One child (case)</source>
        <translation>Eén kind (casus)</translation>
    </message>
    <message>
        <source>&amp;Compare now</source>
        <translation>Nu &amp;vergelijken</translation>
    </message>
    <message>
        <source>Package opened</source>
        <translation>Pakket geopend</translation>
    </message>
    <message>
        <source>The case package from %1 was checked and stored as case %2.</source>
        <translation>Het casuspakket van %1 is gecontroleerd en opgeslagen als casus %2.</translation>
    </message>
    <message>
        <source>The package from %1 was checked and stored as partner list %2.</source>
        <translation>Het pakket van %1 is gecontroleerd en opgeslagen als partnerlijst %2.</translation>
    </message>
    <message>
        <source>The signature is that of a partner you added, the package was made for you, and nothing in it was changed on the way.</source>
        <translation>De handtekening is van een partner die u hebt toegevoegd, het pakket is voor u gemaakt en er is onderweg niets aan veranderd.</translation>
    </message>
    <message>
        <source>It holds one child that the partner decided to share with you; it does not replace the partner&apos;s list. It is on the Lists tab.</source>
        <translation>Het bevat één kind dat de partner besloot met u te delen; het vervangt de lijst van de partner niet. Het staat op het tabblad Lijsten.</translation>
    </message>
    <message>
        <source>The list is on the Lists tab; compare it with your own list to see which children you both know.</source>
        <translation>De lijst staat op het tabblad Lijsten; vergelijk hem met uw eigen lijst om te zien welke kinderen u allebei kent.</translation>
    </message>
    <message>
        <source>Sender&apos;s fingerprint</source>
        <translation>Vingerafdruk van de afzender</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Vingerafdruk:</translation>
    </message>
    <message>
        <source>Package number:</source>
        <translation>Pakketnummer:</translation>
    </message>
    <message>
        <source>%1 (in the series from %2 to you)</source>
        <translation>%1 (in de reeks van %2 aan u)</translation>
    </message>
    <message>
        <source>Package id:</source>
        <translation>Pakket-id:</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Kwartaal:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>Gemaakt op:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Registraties:</translation>
    </message>
    <message>
        <source>On the peildatum %1:</source>
        <translation>Op de peildatum %1:</translation>
    </message>
    <message>
        <source>For the Inspectie:</source>
        <translation>Voor de Inspectie:</translation>
    </message>
    <message>
        <source>Stored as:</source>
        <translation>Opgeslagen als:</translation>
    </message>
    <message>
        <source>Case %1 (one child, not a list)</source>
        <translation>Casus %1 (één kind, geen lijst)</translation>
    </message>
    <message>
        <source>Partner list %1</source>
        <translation>Partnerlijst %1</translation>
    </message>
    <message>
        <source>Compare your newest list with this partner list on the Compare tab.</source>
        <translation>Vergelijk uw nieuwste lijst met deze partnerlijst op het tabblad Vergelijken.</translation>
    </message>
    <message>
        <source>A late package: a newer one from %1 was opened before. It is kept, but does not replace their newer list.</source>
        <translation>Een laat pakket: er is al een nieuwer pakket van %1 geopend. Het wordt bewaard, maar vervangt hun nieuwere lijst niet.</translation>
    </message>
    <message>
        <source>Not received: package number(s) %1 from %2. Ask them for these packages; a case in them would otherwise be missed.</source>
        <translation>Niet ontvangen: pakket(ten) met nummer %1 van %2. Vraag hen om deze pakketten; een casus daarin zou anders gemist worden.</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Reeks:</translation>
    </message>
</context>
<context>
    <name>inbeeld::PartnerContactDialog</name>
    <message>
        <source>Contact at %1</source>
        <translation>Contactpersoon bij %1</translation>
    </message>
    <message>
        <source>name@example.nl</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <source>Packages sent by mail go to this address. Use the address the partner gave you for this exchange, preferably a shared mailbox.</source>
        <translation>Pakketten die per e-mail worden verstuurd, gaan naar dit adres. Gebruik het adres dat de partner u voor deze uitwisseling gaf, bij voorkeur een gedeelde mailbox.</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Contact&amp;persoon:</translation>
    </message>
    <message>
        <source>&amp;Mail address:</source>
        <translation>&amp;E-mailadres:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>inbeeld::PartnerListModel</name>
    <message>
        <source>These keys replaced earlier ones of %1; the new keys were signed with the key pinned before.</source>
        <translation>Deze sleutels vervangen eerdere van %1; de nieuwe sleutels zijn ondertekend met de eerder vastgelegde sleutel.</translation>
    </message>
    <message>
        <source>%1 (new keys signed with the pinned key)</source>
        <translation>%1 (nieuwe sleutels ondertekend met de vastgelegde sleutel)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Bevestigd door</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Toegevoegd op</translation>
    </message>
</context>
<context>
    <name>inbeeld::PartnersPage</name>
    <message>
        <source>My identity card</source>
        <translation>Mijn identiteitskaart</translation>
    </message>
    <message>
        <source>&amp;Export identity card…</source>
        <translation>Identiteitskaart &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Copy fingerprint</source>
        <translation>Vingerafdruk &amp;kopiëren</translation>
    </message>
    <message>
        <source>Save fingerprint pa&amp;ge…</source>
        <translation>Vingerafdrukpa&amp;gina opslaan…</translation>
    </message>
    <message>
        <source>Add pa&amp;rtner…</source>
        <translation>Pa&amp;rtner toevoegen…</translation>
    </message>
    <message>
        <source>Send pac&amp;kage…</source>
        <translation>Pa&amp;kket versturen…</translation>
    </message>
    <message>
        <source>Make the signed, encrypted package with your newest list for a partner.</source>
        <translation>Maak het ondertekende, versleutelde pakket met uw nieuwste lijst voor een partner.</translation>
    </message>
    <message>
        <source>Give this card to your partners when the agreement is signed. They will ask you to read out the fingerprint below, by phone or in person, before they add you.</source>
        <translation>Geef deze kaart aan uw partners wanneer het convenant is getekend. Zij vragen u de vingerafdruk hieronder voor te lezen, telefonisch of persoonlijk, voordat zij u toevoegen.</translation>
    </message>
    <message>
        <source>Our fingerprint</source>
        <translation>Onze vingerafdruk</translation>
    </message>
    <message>
        <source>Write the identity card to a file to hand to a partner.</source>
        <translation>Schrijf de identiteitskaart naar een bestand om aan een partner te geven.</translation>
    </message>
    <message>
        <source>Copy the organisation and fingerprint, for example into a letter.</source>
        <translation>Kopieer de organisatie en de vingerafdruk, bijvoorbeeld naar een brief.</translation>
    </message>
    <message>
        <source>Save a page with the fingerprint to print and keep with the agreement.</source>
        <translation>Sla een pagina met de vingerafdruk op om af te drukken en bij het convenant te bewaren.</translation>
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
        <source>Fingerprint:</source>
        <translation>Vingerafdruk:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Partners&lt;/b&gt;</source>
        <translation>&lt;b&gt;Partners&lt;/b&gt;</translation>
    </message>
    <message>
        <source>InBeeld only sends packages to, and only opens packages from, the partners listed here. Each was added after comparing their fingerprint with a contact at the partner.</source>
        <translation>InBeeld stuurt alleen pakketten naar, en opent alleen pakketten van, de partners die hier staan. Elke partner is toegevoegd na het vergelijken van de vingerafdruk met een contactpersoon bij die partner.</translation>
    </message>
    <message>
        <source>No partners yet. Ask your partner for their identity card and choose &quot;Add partner…&quot;.</source>
        <translation>Nog geen partners. Vraag uw partner om zijn identiteitskaart en kies &quot;Partner toevoegen…&quot;.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <source>%1-identity-card</source>
        <extracomment>File name of the identity card; %1 is the organisation&apos;s name with dashes for spaces.</extracomment>
        <translation>%1-identiteitskaart</translation>
    </message>
    <message>
        <source>Export identity card</source>
        <translation>Identiteitskaart exporteren</translation>
    </message>
    <message>
        <source>Identity cards (*.json)</source>
        <translation>Identiteitskaarten (*.json)</translation>
    </message>
    <message>
        <source>Identity card written to %1. Give it to your partner and read the fingerprint to them by phone or in person.</source>
        <translation>Identiteitskaart geschreven naar %1. Geef hem aan uw partner en lees de vingerafdruk telefonisch of persoonlijk aan hen voor.</translation>
    </message>
    <message>
        <source>%1 (%2), InBeeld fingerprint: %3</source>
        <translation>%1 (%2), InBeeld-vingerafdruk: %3</translation>
    </message>
    <message>
        <source>The fingerprint is on the clipboard.</source>
        <translation>De vingerafdruk staat op het klembord.</translation>
    </message>
    <message>
        <source>Save fingerprint page</source>
        <translation>Vingerafdrukpagina opslaan</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webpagina&apos;s (*.html)</translation>
    </message>
    <message>
        <source>InBeeld identity of %1</source>
        <translation>InBeeld-identiteit van %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Convenant</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Afgedrukt op</translation>
    </message>
    <message>
        <source>Your partner compares this fingerprint with the one on the identity card you gave them, by phone or in person, before they add you. If any group differs, the card is not yours.</source>
        <translation>Uw partner vergelijkt deze vingerafdruk, telefonisch of persoonlijk, met die op de identiteitskaart die u gaf, voordat hij u toevoegt. Wijkt er één groep af, dan is de kaart niet van u.</translation>
    </message>
    <message>
        <source>The fingerprint page could not be written to %1: %2. Choose another place.</source>
        <translation>De vingerafdrukpagina kon niet worden geschreven naar %1: %2. Kies een andere plek.</translation>
    </message>
    <message>
        <source>Fingerprint page saved to %1; open it in a browser to print it.</source>
        <translation>Vingerafdrukpagina opgeslagen in %1; open hem in een browser om af te drukken.</translation>
    </message>
    <message>
        <source>%1 has been added as a partner.</source>
        <translation>%1 is toegevoegd als partner.</translation>
    </message>
    <message>
        <source>Edit con&amp;tact…</source>
        <translation>&amp;Contactgegevens wijzigen…</translation>
    </message>
    <message>
        <source>Re&amp;move partner…</source>
        <translation>Partner verwij&amp;deren…</translation>
    </message>
    <message>
        <source>&amp;Work areas and schools…</source>
        <translation>&amp;Werkgebieden en scholen…</translation>
    </message>
    <message>
        <source>Mail setti&amp;ngs…</source>
        <translation>E-&amp;mailinstellingen…</translation>
    </message>
    <message>
        <source>Dispatch &amp;history…</source>
        <translation>Verzendgeschiede&amp;nis…</translation>
    </message>
    <message>
        <source>Change the contact person, mail address and phone number of the selected partner.</source>
        <translation>De contactpersoon, het e-mailadres en het telefoonnummer van de gekozen partner wijzigen.</translation>
    </message>
    <message>
        <source>No more packages to or from the selected partner; what was exchanged is kept.</source>
        <translation>Geen pakketten meer van of naar de gekozen partner; wat is uitgewisseld, blijft bewaard.</translation>
    </message>
    <message>
        <source>Which municipalities, sector and schools belong to each partner&apos;s work area.</source>
        <translation>Welke gemeenten, welke sector en welke scholen bij het werkgebied van elke partner horen.</translation>
    </message>
    <message>
        <source>How each package left: file, mail, and the result.</source>
        <translation>Hoe elk pakket is vertrokken: bestand, e-mail, en het resultaat.</translation>
    </message>
    <message>
        <source>The contact of %1 is saved.</source>
        <translation>De contactgegevens van %1 zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Partner verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 as a partner?</source>
        <translation>%1 als partner verwijderen?</translation>
    </message>
    <message>
        <source>After this, InBeeld makes no more packages for %1 and refuses packages from them as from an unknown sender. What was exchanged stays: their lists, the package history and the audit log. To exchange again, add them anew with their identity card and the fingerprint check.</source>
        <translation>Daarna maakt InBeeld geen pakketten meer voor %1 en weigert het pakketten van hen als van een onbekende afzender. Wat is uitgewisseld, blijft: hun lijsten, de pakketgeschiedenis en het auditlog. Om weer uit te wisselen, voegt u hen opnieuw toe met hun identiteitskaart en de controle van de vingerafdruk.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>%1 was removed as a partner; its history is kept.</source>
        <translation>%1 is als partner verwijderd; de geschiedenis blijft bewaard.</translation>
    </message>
</context>
<context>
    <name>inbeeld::PassphrasePage</name>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation>&amp;Onthouden op deze computer</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoordzin</translation>
    </message>
    <message>
        <source>The passphrase protects the store. Anyone who knows it and has the file can read it.</source>
        <translation>De wachtwoordzin beschermt het gegevensbestand. Wie de wachtwoordzin kent en het bestand heeft, kan het lezen.</translation>
    </message>
    <message>
        <source>Keeps the store&apos;s key in the keychain of this computer, so InBeeld opens without asking for the passphrase while you are logged in.</source>
        <translation>Bewaart de sleutel van het gegevensbestand in de sleutelbos van deze computer, zodat InBeeld opent zonder naar de wachtwoordzin te vragen zolang u bent aangemeld.</translation>
    </message>
    <message>
        <source>Only tick this on a computer that only you use and that locks when you leave it. You still need the passphrase on other computers and for backups.</source>
        <translation>Vink dit alleen aan op een computer die alleen u gebruikt en die vergrendelt wanneer u wegloopt. Op andere computers en voor reservekopieën hebt u de wachtwoordzin nog steeds nodig.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Creating the store. This takes a moment…</source>
        <translation>Het gegevensbestand wordt aangemaakt. Dit duurt even…</translation>
    </message>
</context>
<context>
    <name>inbeeld::PurgePreviewDialog</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Retention: what can be deleted</source>
        <translation>Bewaren: wat weg kan</translation>
    </message>
    <message>
        <source>Data whose retention period has passed is deleted for good: the rows are overwritten and the store file is rewritten, so nothing is left in it. Anonymous figures for the Inspectie stay. Children on legal hold are never deleted.</source>
        <translation>Gegevens waarvan de bewaartermijn voorbij is, worden definitief verwijderd: de regels worden overschreven en het gegevensbestand wordt herschreven, zodat er niets van overblijft. Anonieme cijfers voor de Inspectie blijven. Kinderen met een bewaarblokkade worden nooit verwijderd.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Nu aan de beurt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>What each retention rule makes due</source>
        <translation>Wat elke bewaarregel nu laat verwijderen</translation>
    </message>
    <message>
        <source>Delete everything counted above, after you confirm.</source>
        <translation>Alles wat hierboven geteld is verwijderen, nadat u het bevestigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have passed their retention period (%1 rows).</source>
        <translation>
            <numerusform>%n onderdeel heeft de bewaartermijn bereikt (%1 regels).</numerusform>
            <numerusform>%n onderdelen hebben de bewaartermijn bereikt (%1 regels).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has passed its retention period. The next data becomes due on %1.</source>
        <translation>Niets heeft de bewaartermijn bereikt. Op %1 komen de volgende gegevens aan de beurt.</translation>
    </message>
    <message>
        <source>Nothing has passed its retention period.</source>
        <translation>Niets heeft de bewaartermijn bereikt.</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) on legal hold: nothing about them is deleted until the hold is lifted.</source>
        <translation>
            <numerusform>%n kind met een bewaarblokkade: niets erover wordt verwijderd tot de blokkade is opgeheven.</numerusform>
            <numerusform>%n kinderen met een bewaarblokkade: niets over hen wordt verwijderd tot de blokkade is opgeheven.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n regel)</numerusform>
            <numerusform>%1 (%n regels)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation>Definitief verwijderen?</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be deleted for good (%1 rows). This cannot be undone; a backup made before still holds them.</source>
        <translation>
            <numerusform>%n onderdeel wordt definitief verwijderd (%1 regels). Dat kan niet ongedaan worden gemaakt; een eerder gemaakte back-up bevat het nog.</numerusform>
            <numerusform>%n onderdelen worden definitief verwijderd (%1 regels). Dat kan niet ongedaan worden gemaakt; een eerder gemaakte back-up bevat ze nog.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Bezig met verwijderen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Rewriting the store file so nothing is left in it…</source>
        <translation>Het gegevensbestand wordt herschreven, zodat er niets van overblijft…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deleted: %1. Nothing of it is left in the store file.</source>
        <translation>Verwijderd: %1. Er is niets van over in het gegevensbestand.</translation>
    </message>
</context>
<context>
    <name>inbeeld::RectifyDialog</name>
    <message>
        <source>Correct a field</source>
        <translation>Gegeven corrigeren</translation>
    </message>
    <message>
        <source>Dates as dd-mm-yyyy</source>
        <translation>Datums als dd-mm-jjjj</translation>
    </message>
    <message>
        <source>e.g. request 12 of the parent</source>
        <translation>bijv. verzoek 12 van de ouder</translation>
    </message>
    <message>
        <source>Corrects the field in our own records about this child. The old value is kept with who, when and why; comparisons and packages use the correction from now on and the next package tells the partner. A partner&apos;s record is not ours to correct: ask that partner.</source>
        <translation>Corrigeert het gegeven in onze eigen records over dit kind. De oude waarde blijft bewaard, met wie, wanneer en waarom; vergelijkingen en pakketten gebruiken voortaan de correctie, en het volgende pakket meldt haar aan de partner. Het record van een partner corrigeren wij niet: vraag het die partner.</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Corrigeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Gegeven:</translation>
    </message>
    <message>
        <source>Correct &amp;value:</source>
        <translation>Juiste &amp;waarde:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
</context>
<context>
    <name>inbeeld::ReportingPage</name>
    <message>
        <source>&amp;Register quarter</source>
        <translation>Kwartaal &amp;registreren</translation>
    </message>
    <message>
        <source>The Inspectie&apos;s thuiszitters registration: anonymous, cumulative over the school year (1 August to 31 July), built from your own lists whose reference dates fall in the quarter. It contains no BSN, name or address.</source>
        <translation>De registratie thuiszitters voor de Inspectie: anoniem, cumulatief over het schooljaar (1 augustus tot en met 31 juli), opgebouwd uit uw eigen lijsten waarvan de peildatum in het kwartaal valt. Er staat geen BSN, naam of adres in.</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Kwartaal:</translation>
    </message>
    <message>
        <source>Reference &amp;date:</source>
        <translation>&amp;Peildatum:</translation>
    </message>
    <message>
        <source>Save as &amp;Excel (XLSX)</source>
        <translation>Opslaan als &amp;Excel (XLSX)</translation>
    </message>
    <message>
        <source>Save as &amp;CSV</source>
        <translation>Opslaan als &amp;CSV</translation>
    </message>
    <message>
        <source>Save as &amp;JSON</source>
        <translation>Opslaan als &amp;JSON</translation>
    </message>
    <message>
        <source>Save summary as &amp;PDF</source>
        <translation>Samenvatting opslaan als p&amp;df</translation>
    </message>
    <message>
        <source>P&amp;rint summary…</source>
        <translation>Samenvatting af&amp;drukken…</translation>
    </message>
    <message>
        <source>Form c&amp;olumns…</source>
        <translation>&amp;Kolommen van het formulier…</translation>
    </message>
    <message>
        <source>Quarter %1 has not been registered yet. Check the reference date and press Register quarter.</source>
        <translation>Kwartaal %1 is nog niet geregistreerd. Controleer de peildatum en klik op Kwartaal registreren.</translation>
    </message>
    <message>
        <source>Register quarter</source>
        <translation>Kwartaal registreren</translation>
    </message>
    <message numerus="yes">
        <source>Quarter %1 registered: %n child(ren).</source>
        <translation>
            <numerusform>Kwartaal %1 geregistreerd: %n kind.</numerusform>
            <numerusform>Kwartaal %1 geregistreerd: %n kinderen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quarter %1, school year %2, reference date %3: %4 children in the registration, %5 active, %6 ended; %7 own list(s) used.</source>
        <translation>Kwartaal %1, schooljaar %2, peildatum %3: %4 kinderen in de registratie, %5 actief, %6 beëindigd; %7 eigen lijst(en) gebruikt.</translation>
    </message>
    <message>
        <source>Category and subgroup</source>
        <translation>Categorie en subgroep</translation>
    </message>
    <message>
        <source>Total (cumulative)</source>
        <translation>Totaal (cumulatief)</translation>
    </message>
    <message>
        <source>Active on the reference date</source>
        <translation>Actief op de peildatum</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Register the quarter first.</source>
        <translation>Registreer eerst het kwartaal.</translation>
    </message>
    <message>
        <source>Save the registration</source>
        <translation>Registratie opslaan</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-bestanden (*.%2)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <source> years after the school year</source>
        <translation> jaar na het schooljaar</translation>
    </message>
    <message>
        <source>After this, a school year&apos;s registration is removed by the retention purge. The default of %1 years is to be confirmed by your privacy officer.</source>
        <translation>Daarna verwijdert de opschoning volgens de bewaartermijnen de registratie van dat schooljaar. De standaard van %1 jaar moet nog worden bevestigd door uw functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <source>&amp;Keep the registration:</source>
        <translation>Registratie &amp;bewaren:</translation>
    </message>
    <message numerus="yes">
        <source>The registration is now kept %n year(s) after each school year.</source>
        <translation>
            <numerusform>De registratie wordt nu %n jaar na elk schooljaar bewaard.</numerusform>
            <numerusform>De registratie wordt nu %n jaar na elk schooljaar bewaard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inbeeld::RestoreDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Terugzetten uit reservekopie</translation>
    </message>
    <message>
        <source>The store %1 will be replaced by the backup. Everything recorded after the backup was made is then no longer in the store. The current store is kept beside it as %2, so nothing is lost.

InBeeld locks the store for the restore. Afterwards, unlock the restored store with the passphrase the backup was made with.</source>
        <translation>Het gegevensbestand %1 wordt vervangen door de reservekopie. Alles wat is vastgelegd nadat de reservekopie is gemaakt, staat daarna niet meer in het gegevensbestand. Het huidige gegevensbestand blijft ernaast bewaard als %2, zodat er niets verloren gaat.

InBeeld vergrendelt het gegevensbestand voor het terugzetten. Ontgrendel daarna het teruggezette gegevensbestand met de wachtwoordzin waarmee de reservekopie is gemaakt.</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Reservekopie:</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation>&amp;Wachtwoordzin van de reservekopie:</translation>
    </message>
    <message>
        <source>There is no file at %1. Choose the backup file with Browse.</source>
        <translation>Er is geen bestand op %1. Kies de reservekopie met Bladeren.</translation>
    </message>
    <message>
        <source>This is the store itself, not a backup. Choose the backup file with Browse.</source>
        <translation>Dit is het gegevensbestand zelf, geen reservekopie. Kies de reservekopie met Bladeren.</translation>
    </message>
    <message>
        <source>The file %1 is not an InBeeld backup. Choose a file made with File, Back up store.</source>
        <translation>Het bestand %1 is geen reservekopie van InBeeld. Kies een bestand dat is gemaakt met Bestand, Reservekopie maken.</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Kies de reservekopie die u wilt terugzetten</translation>
    </message>
    <message>
        <source>InBeeld stores (*.inbeeld);;All files (*)</source>
        <translation>InBeeld-gegevensbestanden (*.inbeeld);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>inbeeld::RetentionRulesDialog</name>
    <message>
        <source>Retention rules</source>
        <translation>Bewaarregels</translation>
    </message>
    <message>
        <source>How long this organisation keeps each kind of data. A changed period needs its own reason; every change is recorded in the audit log.</source>
        <translation>Hoe lang deze organisatie elk soort gegevens bewaart. Een gewijzigde termijn heeft een eigen reden nodig; elke wijziging komt in het auditlog.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Termijn:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message numerus="yes">
        <source>Changed by this organisation; the agreement&apos;s default is %n month(s).</source>
        <translation>
            <numerusform>Gewijzigd door deze organisatie; de standaard van het convenant is %n maand.</numerusform>
            <numerusform>Gewijzigd door deze organisatie; de standaard van het convenant is %n maanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agreement&apos;s default.</source>
        <translation>De standaard van het convenant.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The retention rules were not changed.</source>
        <translation>De bewaarregels zijn niet gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>%n retention rule(s) changed; recorded in the audit log.</source>
        <translation>
            <numerusform>%n bewaarregel gewijzigd; vastgelegd in het auditlog.</numerusform>
            <numerusform>%n bewaarregels gewijzigd; vastgelegd in het auditlog.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inbeeld::SendPackageDialog</name>
    <message>
        <source>C&amp;hild&apos;s BSN:</source>
        <translation>BSN van het k&amp;ind:</translation>
    </message>
    <message>
        <source>Send by &amp;mail…</source>
        <translation>Per &amp;e-mail versturen…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>In &amp;map tonen</translation>
    </message>
    <message>
        <source>&amp;Write package…</source>
        <translation>Pakket &amp;wegschrijven…</translation>
    </message>
    <message>
        <source>Send package</source>
        <translation>Pakket versturen</translation>
    </message>
    <message>
        <source>A package holds your newest own list, with per category only the fields the agreement allows. It is signed by you and encrypted for the partner (and for you), so nobody else can read it on the way. Check below what will go out before you write it.</source>
        <translation>Een pakket bevat uw nieuwste eigen lijst, per categorie alleen met de velden die het convenant toestaat. Het wordt door u ondertekend en voor de partner (en voor u) versleuteld, zodat niemand anders het onderweg kan lezen. Controleer hieronder wat er wordt verstuurd voordat u het wegschrijft.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>A quarterly package holds your whole list for the quarterly exchange under the agreement. A case package holds one child, with the fields of the decision you recorded for that child and this partner.</source>
        <translation>Een kwartaalpakket bevat uw hele lijst voor de kwartaaluitwisseling onder het convenant. Een casuspakket bevat één kind, met de velden van het besluit dat u voor dat kind en deze partner hebt vastgelegd.</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 cijfers</translation>
    </message>
    <message>
        <source>The BSN of the child, as on your own list.</source>
        <translation>Het BSN van het kind, zoals op uw eigen lijst.</translation>
    </message>
    <message>
        <source>%1 (current quarter)</source>
        <translation>%1 (huidig kwartaal)</translation>
    </message>
    <message>
        <source>&amp;To partner:</source>
        <translation>&amp;Naar partner:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Kwartaal:</translation>
    </message>
    <message>
        <source>Send the file by mail or hand it over on a USB stick. Only the partner (and you) can open it; they open it in InBeeld with File &gt; Open package.</source>
        <translation>Stuur het bestand per mail of geef het over op een USB-stick. Alleen de partner (en u) kan het openen; de partner opent het in InBeeld met Bestand &gt; Pakket openen.</translation>
    </message>
    <message>
        <source>The partner&apos;s fingerprint</source>
        <translation>De vingerafdruk van de partner</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>Verstuurd aan:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Vingerafdruk:</translation>
    </message>
    <message>
        <source>Package number:</source>
        <translation>Pakketnummer:</translation>
    </message>
    <message>
        <source>Package id:</source>
        <translation>Pakket-id:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Registraties:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Open your mail program with a prepared mail (package id and fingerprint, no personal data) and the folder with the file, to attach it.</source>
        <translation>Open uw mailprogramma met een voorbereide mail (pakket-id en vingerafdruk, geen persoonsgegevens) en de map met het bestand, om het als bijlage toe te voegen.</translation>
    </message>
    <message>
        <source>Open the folder that holds the package file.</source>
        <translation>Open de map waarin het pakketbestand staat.</translation>
    </message>
    <message>
        <source>Choose where to save the package, then write and check it.</source>
        <translation>Kies waar het pakket wordt opgeslagen; daarna wordt het geschreven en gecontroleerd.</translation>
    </message>
    <message>
        <source>None of your partners is %1, the recipient of decision %2.</source>
        <translation>Geen van uw partners is %1, de ontvanger van besluit %2.</translation>
    </message>
    <message>
        <source>Add their identity card on the Partners tab (Add partner…), after comparing their fingerprint with your contact; then send the case again.</source>
        <translation>Voeg hun identiteitskaart toe op het tabblad Partners (Partner toevoegen…), na het vergelijken van de vingerafdruk met uw contactpersoon; verstuur de casus daarna opnieuw.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Vingerafdruk: %1</translation>
    </message>
    <message>
        <source>There is no partner to send a package to yet.</source>
        <translation>Er is nog geen partner om een pakket naar te sturen.</translation>
    </message>
    <message>
        <source>Add the partner on the Partners tab first (Add partner…), after comparing their fingerprint with your contact.</source>
        <translation>Voeg eerst de partner toe op het tabblad Partners (Partner toevoegen…), na het vergelijken van de vingerafdruk met uw contactpersoon.</translation>
    </message>
    <message>
        <source>Type the BSN of the child (9 digits) to see what the case package holds.</source>
        <translation>Typ het BSN van het kind (9 cijfers) om te zien wat het casuspakket bevat.</translation>
    </message>
    <message>
        <source>Walk the four-step check for this child and this partner on the Decisions tab (&quot;New decision…&quot;), then try again.</source>
        <translation>Doorloop het stappenplan voor dit kind en deze partner op het tabblad Besluiten (&quot;Nieuw besluit…&quot;) en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>Record the standing decision for the quarterly exchange on the Decisions tab (&quot;Record quarterly exchange decision&quot;), then open this dialog again.</source>
        <translation>Leg het vaste besluit voor de kwartaaluitwisseling vast op het tabblad Besluiten (&quot;Besluit voor kwartaaluitwisseling vastleggen&quot;) en open dit venster daarna opnieuw.</translation>
    </message>
    <message>
        <source>Save package</source>
        <translation>Pakket opslaan</translation>
    </message>
    <message>
        <source>Package %1 for %2 written to %3.</source>
        <translation>Pakket %1 voor %2 geschreven naar %3.</translation>
    </message>
    <message>
        <source>The package for %1 was written and checked.</source>
        <translation>Het pakket voor %1 is geschreven en gecontroleerd.</translation>
    </message>
    <message>
        <source>%1 (in the series from you to %2)</source>
        <translation>%1 (in de reeks van u aan %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Totaal: %1</translation>
    </message>
    <message>
        <source>No mail program could be opened. Write the mail yourself and attach the file %1.</source>
        <translation>Er kon geen mailprogramma worden geopend. Schrijf de mail zelf en voeg het bestand %1 als bijlage toe.</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>De map %1 kon niet worden geopend.</translation>
    </message>
    <message>
        <source>InBeeld packages (*.inbeeldpakket)</source>
        <translation>InBeeld-pakketten (*.inbeeldpakket)</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Wat er wordt verstuurd</translation>
    </message>
    <message>
        <source>Category and fields</source>
        <translation>Categorie en velden</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registraties</translation>
    </message>
    <message>
        <source>From your own list %1 (%2, peildatum %3):</source>
        <translation>Uit uw eigen lijst %1 (%2, peildatum %3):</translation>
    </message>
    <message>
        <source>Select a field to see why the agreement allows sharing it.</source>
        <translation>Selecteer een veld om te zien waarom het convenant toestaat het te delen.</translation>
    </message>
    <message>
        <source>Covered by %1.</source>
        <translation>Gedekt door %1.</translation>
    </message>
    <message>
        <source>Open mail p&amp;rogram…</source>
        <translation>Mail&amp;programma openen…</translation>
    </message>
    <message>
        <source>Send the package to the partner&apos;s mail address from InBeeld, over an encrypted connection; the mail itself holds no personal data.</source>
        <translation>Het pakket vanuit InBeeld naar het e-mailadres van de partner versturen, over een versleutelde verbinding; de e-mail zelf bevat geen persoonsgegevens.</translation>
    </message>
    <message>
        <source>Choose for each child that cannot be assigned whether it goes to %1 or is left out; then the package can be written.</source>
        <translation>Kies voor elk kind dat niet toe te wijzen is of het naar %1 gaat of wordt weggelaten; daarna kan het pakket worden weggeschreven.</translation>
    </message>
    <message>
        <source>%1 has read in our new card</source>
        <translation>%1 heeft onze nieuwe kaart ingelezen</translation>
    </message>
</context>
<context>
    <name>inbeeld::SessionController</name>
    <message>
        <source>InBeeld locked the store because it was not used for a while. Enter the passphrase to go on.</source>
        <translation>InBeeld heeft het gegevensbestand vergrendeld, omdat het een tijd niet is gebruikt. Voer de wachtwoordzin in om verder te gaan.</translation>
    </message>
    <message>
        <source>The keychain of this computer is not available, so InBeeld cannot remember the passphrase here. Enter the passphrase each time you open the store.</source>
        <translation>De sleutelbos van deze computer is niet beschikbaar, dus InBeeld kan de wachtwoordzin hier niet onthouden. Voer de wachtwoordzin in telkens wanneer u het gegevensbestand opent.</translation>
    </message>
    <message>
        <source>The store is locked. Enter the passphrase to go on.</source>
        <translation>Het gegevensbestand is vergrendeld. Voer de wachtwoordzin in om verder te gaan.</translation>
    </message>
    <message>
        <source>The store for %1 is ready. Make a backup now and then with File, Back up store.</source>
        <translation>Het gegevensbestand voor %1 is klaar. Maak af en toe een reservekopie met Bestand, Reservekopie maken.</translation>
    </message>
    <message>
        <source>The backup was not restored. %1 The store is as it was; unlock it to go on.</source>
        <translation>De reservekopie is niet teruggezet. %1 Het gegevensbestand is ongewijzigd; ontgrendel het om verder te gaan.</translation>
    </message>
    <message>
        <source>The backup has been restored. The replaced store was kept as %1. Unlock the restored store with the passphrase of the backup.</source>
        <translation>De reservekopie is teruggezet. Het vervangen gegevensbestand is bewaard als %1. Ontgrendel het teruggezette gegevensbestand met de wachtwoordzin van de reservekopie.</translation>
    </message>
</context>
<context>
    <name>inbeeld::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>A new language takes effect when you start InBeeld again.</source>
        <translation>Een andere taal gaat in wanneer u InBeeld opnieuw start.</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>&amp;Vergrendelen na:</translation>
    </message>
    <message>
        <source>InBeeld locks the store when you have not used it for this many minutes. Choose 0 to never lock automatically.</source>
        <translation>InBeeld vergrendelt het gegevensbestand als u het dit aantal minuten niet hebt gebruikt. Kies 0 om nooit automatisch te vergrendelen.</translation>
    </message>
</context>
<context>
    <name>inbeeld::SetupWizard</name>
    <message>
        <source>Set up InBeeld</source>
        <translation>InBeeld instellen</translation>
    </message>
    <message>
        <source>&amp;Create store</source>
        <translation>Gegevensbestand &amp;aanmaken</translation>
    </message>
    <message>
        <source>The store could not be created. %1 Check the details and press Create store again, or go Back to choose another file.</source>
        <translation>Het gegevensbestand kon niet worden aangemaakt. %1 Controleer de gegevens en klik opnieuw op Gegevensbestand aanmaken, of ga Terug om een ander bestand te kiezen.</translation>
    </message>
</context>
<context>
    <name>inbeeld::ShareWizard</name>
    <message>
        <source>Share information about a child</source>
        <translation>Informatie over een kind delen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>Besluit vast&amp;leggen</translation>
    </message>
    <message>
        <source>Talk with, not about</source>
        <translation>Praten mét, niet óver</translation>
    </message>
    <message>
        <source>Before sharing about %1 (%2, born %3): can you talk with the young person or the parents instead, and have you told them that you share and why?</source>
        <translation>Voordat u iets deelt over %1 (%2, geboren %3): kunt u in plaats daarvan met de jongere of de ouders praten, en hebt u hun verteld dat u gegevens deelt en waarom?</translation>
    </message>
    <message>
        <source>&amp;Share with:</source>
        <translation>&amp;Delen met:</translation>
    </message>
    <message>
        <source>&amp;Yes, they were informed or consulted</source>
        <translation>&amp;Ja, zij zijn geïnformeerd of geraadpleegd</translation>
    </message>
    <message>
        <source>N&amp;o, they were not informed</source>
        <translation>&amp;Nee, zij zijn niet geïnformeerd</translation>
    </message>
    <message>
        <source>Informed:</source>
        <translation>Geïnformeerd:</translation>
    </message>
    <message>
        <source>The parents</source>
        <translation>De ouders</translation>
    </message>
    <message>
        <source>The young person</source>
        <translation>De jongere</translation>
    </message>
    <message>
        <source>The young person and the parents</source>
        <translation>De jongere en de ouders</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <source>Optional: how and when</source>
        <translation>Optioneel: hoe en wanneer</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hoe:</translation>
    </message>
    <message>
        <source>For example: informing them would put the child at risk</source>
        <translation>Bijvoorbeeld: informeren zou het kind in gevaar brengen</translation>
    </message>
    <message>
        <source>&amp;Why not:</source>
        <translation>Waaro&amp;m niet:</translation>
    </message>
    <message>
        <source>Step 1: legal ground</source>
        <translation>Stap 1: grondslag</translation>
    </message>
    <message>
        <source>Sharing needs one of the six legal grounds of the GDPR. The agreement rests on a task of public interest.</source>
        <translation>Voor delen is een van de zes grondslagen van de AVG nodig. Het convenant berust op een taak van algemeen belang.</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Grondslag:</translation>
    </message>
    <message>
        <source>Is the &amp;interest legitimate?</source>
        <translation>Is het &amp;belang gerechtvaardigd?</translation>
    </message>
    <message>
        <source>Is sharing &amp;necessary for it?</source>
        <translation>Is delen daarvoor &amp;noodzakelijk?</translation>
    </message>
    <message>
        <source>Does it &amp;outweigh the young person&apos;s interests?</source>
        <translation>Weegt het &amp;zwaarder dan de belangen van de jongere?</translation>
    </message>
    <message>
        <source>Step 2: purpose</source>
        <translation>Stap 2: doel</translation>
    </message>
    <message>
        <source>What do you want to achieve by sharing? Data collected for one purpose may not simply be used for another.</source>
        <translation>Wat wilt u met het delen bereiken? Gegevens die voor het ene doel zijn verzameld, mogen niet zomaar voor een ander doel worden gebruikt.</translation>
    </message>
    <message>
        <source>(choose a purpose)</source>
        <translation>(kies een doel)</translation>
    </message>
    <message>
        <source>Another purpose, outside the agreement…</source>
        <translation>Ander doel, buiten het convenant…</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <source>&amp;Own purpose:</source>
        <translation>&amp;Eigen doel:</translation>
    </message>
    <message>
        <source>I checked that another basis covers this purpose (the &amp;agreement does not)</source>
        <translation>Ik heb gecontroleerd dat een andere grondslag dit doel dekt (het &amp;convenant doet dat niet)</translation>
    </message>
    <message>
        <source>Step 3: proportionality</source>
        <translation>Stap 3: proportionaliteit</translation>
    </message>
    <message>
        <source>Share only what the recipient really needs: &quot;handy to have&quot; is not &quot;necessary&quot;. Only the fields the agreement allows for this child&apos;s category are listed; every field beyond the minimum needs a reason.</source>
        <translation>Deel alleen wat de ontvanger echt nodig heeft: &quot;handig om te hebben&quot; is niet &quot;noodzakelijk&quot;. Hier staan alleen de gegevens die het convenant voor de categorie van dit kind toestaat; voor elk gegeven boven het minimum is een reden nodig.</translation>
    </message>
    <message>
        <source>The wording that will be shared; write it in general terms.</source>
        <translation>De formulering die wordt gedeeld; schrijf die in algemene termen.</translation>
    </message>
    <message>
        <source>Wording:</source>
        <translation>Formulering:</translation>
    </message>
    <message>
        <source>Why does the recipient need this?</source>
        <translation>Waarom heeft de ontvanger dit nodig?</translation>
    </message>
    <message>
        <source>Why needed:</source>
        <translation>Waarom nodig:</translation>
    </message>
    <message>
        <source>Optional message for the recipient</source>
        <translation>Optionele toelichting voor de ontvanger</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>T&amp;oelichting:</translation>
    </message>
    <message>
        <source>Step 4: subsidiarity</source>
        <translation>Stap 4: subsidiariteit</translation>
    </message>
    <message>
        <source>Could the purpose be reached in a less intrusive way? If so, use that way: nothing is shared and the choice is recorded.</source>
        <translation>Kan het doel op een minder ingrijpende manier worden bereikt? Kies dan die manier: er wordt niets gedeeld en de keuze wordt vastgelegd.</translation>
    </message>
    <message>
        <source>&amp;No: sharing the data is needed</source>
        <translation>&amp;Nee: het delen van de gegevens is nodig</translation>
    </message>
    <message>
        <source>Why the less intrusive ways below are not enough</source>
        <translation>Waarom de minder ingrijpende manieren hieronder niet genoeg zijn</translation>
    </message>
    <message>
        <source>Instead: %1</source>
        <translation>In plaats daarvan: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Check the decision. Recording it is logged in the audit log.</source>
        <translation>Controleer het besluit. Het vastleggen wordt in het auditlog opgenomen.</translation>
    </message>
    <message>
        <source>Law: %1</source>
        <translation>Wet: %1</translation>
    </message>
    <message>
        <source>Child: %1, born %2 (%3)</source>
        <translation>Kind: %1, geboren %2 (%3)</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>Ontvanger: %1</translation>
    </message>
    <message numerus="yes">
        <source>Decided by: %1, now; valid for %n day(s)</source>
        <translation>
            <numerusform>Besloten door: %1, nu; geldig voor %n dag</numerusform>
            <numerusform>Besloten door: %1, nu; geldig voor %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Informed: yes (%1)</source>
        <translation>Geïnformeerd: ja (%1)</translation>
    </message>
    <message>
        <source>Informed: no. Reason: %1</source>
        <translation>Geïnformeerd: nee. Reden: %1</translation>
    </message>
    <message>
        <source>Ground: %1</source>
        <translation>Grondslag: %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Doel: %1</translation>
    </message>
    <message>
        <source>(outside the agreement)</source>
        <translation>(buiten het convenant)</translation>
    </message>
    <message>
        <source>Outcome: nothing is shared; instead: %1</source>
        <translation>Uitkomst: er wordt niets gedeeld; in plaats daarvan: %1</translation>
    </message>
    <message>
        <source>Outcome: share these fields:</source>
        <translation>Uitkomst: deze gegevens delen:</translation>
    </message>
    <message>
        <source>(why: %1)</source>
        <translation>(waarom: %1)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Toelichting: %1</translation>
    </message>
    <message>
        <source>Less intrusive ways are not enough because: %1</source>
        <translation>Minder ingrijpende manieren zijn niet genoeg, omdat: %1</translation>
    </message>
</context>
<context>
    <name>inbeeld::SnapshotDiffModel</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Wat is gewijzigd</translation>
    </message>
</context>
<context>
    <name>inbeeld::SnapshotListModel</name>
    <message>
        <source>List %1: %2 of %3 rows imported, %4 rejected, %5 warnings, %6 repeated rows. Imported by %7.</source>
        <translation>Lijst %1: %2 van %3 regels geïmporteerd, %4 afgewezen, %5 waarschuwingen, %6 herhaalde regels. Geïmporteerd door %7.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Van wie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Peildatum</source>
        <translation>Peildatum</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>Geïmporteerd op</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
</context>
<context>
    <name>inbeeld::SnapshotsPage</name>
    <message>
        <source>&amp;Import list…</source>
        <translation>Lijst &amp;importeren…</translation>
    </message>
    <message>
        <source>View &amp;report</source>
        <translation>&amp;Verslag bekijken</translation>
    </message>
    <message>
        <source>E&amp;xport rejected rows…</source>
        <translation>Afgewezen regels e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Every list imported into this store, newest first. A new list of a source is compared with the previous list of that source. Import a list with File, Import list, or drop a CSV or Excel file on this window.</source>
        <translation>Elke lijst die in dit gegevensbestand is geïmporteerd, nieuwste eerst. Een nieuwe lijst van een bron wordt vergeleken met de vorige lijst van die bron. Importeer een lijst met Bestand, Lijst importeren, of sleep een CSV- of Excel-bestand naar dit venster.</translation>
    </message>
    <message>
        <source>Imported lists</source>
        <translation>Geïmporteerde lijsten</translation>
    </message>
    <message>
        <source>The lists cannot be read. %1</source>
        <translation>De lijsten kunnen niet worden gelezen. %1</translation>
    </message>
    <message>
        <source>No lists imported yet.</source>
        <translation>Nog geen lijsten geïmporteerd.</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Afgewezen regels exporteren</translation>
    </message>
    <message>
        <source>%1-rejected.csv</source>
        <translation>%1-afgewezen.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The rejected rows of list %1 were written to %2.</source>
        <translation>De afgewezen regels van lijst %1 zijn geschreven naar %2.</translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation>&amp;Wijzigingen…</translation>
    </message>
    <message>
        <source>What changed since the previous list of this source; for your own list, close the cases of children it no longer holds</source>
        <translation>Wat er sinds de vorige lijst van deze bron is veranderd; bij uw eigen lijst kunt u de dossiers afsluiten van kinderen die er niet meer op staan</translation>
    </message>
    <message>
        <source>&amp;Delete list…</source>
        <translation>Lijst verwij&amp;deren…</translation>
    </message>
    <message>
        <source>Delete a wrongly imported list with its records and rejected rows</source>
        <translation>Een verkeerd ingelezen lijst verwijderen, met haar records en afgewezen regels</translation>
    </message>
    <message>
        <source>Delete list?</source>
        <translation>Lijst verwijderen?</translation>
    </message>
    <message>
        <source>List %1 (%2, file %3) is deleted for good: %4 children&apos;s records and %5 rejected rows. Use this for a list that was imported by mistake; to keep a list&apos;s history, leave it. This cannot be undone; a backup made before still holds it.</source>
        <translation>Lijst %1 (%2, bestand %3) wordt definitief verwijderd: de records van %4 kinderen en %5 afgewezen regels. Doe dit bij een lijst die per vergissing is ingelezen; wilt u de geschiedenis van een lijst houden, laat haar dan staan. Dit kan niet ongedaan worden gemaakt; een eerder gemaakte back-up bevat haar nog.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>List %1 is deleted: %2 records and %3 other rows; nothing of it is left in the store file.</source>
        <translation>Lijst %1 is verwijderd: %2 records en %3 andere regels; er is niets van over in het gegevensbestand.</translation>
    </message>
</context>
<context>
    <name>inbeeld::SubjectRequestsDialog</name>
    <message>
        <source>Show &amp;closed requests too</source>
        <translation>Ook a&amp;fgesloten verzoeken tonen</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nieuw verzoek…</translation>
    </message>
    <message>
        <source>E&amp;xtend deadline…</source>
        <translation>Termijn &amp;verlengen…</translation>
    </message>
    <message>
        <source>Cl&amp;ose request…</source>
        <translation>Verzoek af&amp;ronden…</translation>
    </message>
    <message>
        <source>&amp;Access export…</source>
        <translation>&amp;Inzage-export…</translation>
    </message>
    <message>
        <source>Requests of data subjects</source>
        <translation>Verzoeken van betrokkenen</translation>
    </message>
    <message>
        <source>Register a request (Ctrl+N)</source>
        <translation>Een verzoek registreren (Ctrl+N)</translation>
    </message>
    <message>
        <source>Make the access export for the child of the selected request</source>
        <translation>De inzage-export maken voor het kind van het gekozen verzoek</translation>
    </message>
    <message>
        <source>Requests of young people and their parents or guardians about the data this organisation holds (access, rectification, completion, erasure, restriction, objection). Answer within one month of receipt; that can be extended once by two months, with a reason.</source>
        <translation>Verzoeken van jongeren en hun ouders of voogden over de gegevens die deze organisatie heeft (inzage, rectificatie, aanvulling, wissen, beperking, bezwaar). Antwoord binnen een maand na ontvangst; dat kan één keer met twee maanden worden verlengd, met een reden.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Aangevraagd door</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identiteit gecontroleerd</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <source>open – deadline passed</source>
        <translation>open – termijn verstreken</translation>
    </message>
    <message>
        <source>open – deadline near</source>
        <translation>open – termijn bijna om</translation>
    </message>
    <message>
        <source>%1 (extended)</source>
        <translation>%1 (verlengd)</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (door %2)</translation>
    </message>
    <message>
        <source>Extended: %1</source>
        <translation>Verlengd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) must be answered within a week or are late.</source>
        <translation>
            <numerusform>%n verzoek moet binnen een week beantwoord worden of is te laat.</numerusform>
            <numerusform>%n verzoeken moeten binnen een week beantwoord worden of zijn te laat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1 registered; answer by %2.</source>
        <translation>Verzoek %1 geregistreerd; antwoord uiterlijk %2.</translation>
    </message>
    <message>
        <source>Extend deadline</source>
        <translation>Termijn verlengen</translation>
    </message>
    <message>
        <source>Why does the answer take two more months? (The person who asked must be told within the first month.)</source>
        <translation>Waarom duurt het antwoord twee maanden langer? (De aanvrager moet dat binnen de eerste maand horen.)</translation>
    </message>
    <message>
        <source>The deadline of request %1 is now %2.</source>
        <translation>De uiterste datum van verzoek %1 is nu %2.</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Verzoek afronden</translation>
    </message>
    <message>
        <source>Was the request granted or refused?</source>
        <translation>Is het verzoek ingewilligd of geweigerd?</translation>
    </message>
    <message>
        <source>&amp;Answered / granted</source>
        <translation>&amp;Beantwoord / ingewilligd</translation>
    </message>
    <message>
        <source>&amp;Refused</source>
        <translation>&amp;Geweigerd</translation>
    </message>
    <message>
        <source>What was done or decided, in general terms:</source>
        <translation>Wat is er gedaan of besloten, in algemene termen:</translation>
    </message>
    <message>
        <source>Request %1 is closed.</source>
        <translation>Verzoek %1 is afgerond.</translation>
    </message>
</context>
<context>
    <name>inbeeld::TrendChart</name>
    <message>
        <source>No quarter registered yet for this school year. Choose a quarter and press Register.</source>
        <translation>Nog geen kwartaal geregistreerd voor dit schooljaar. Kies een kwartaal en klik op Kwartaal registreren.</translation>
    </message>
</context>
<context>
    <name>inbeeld::UnassignedChildrenView</name>
    <message>
        <source>Not assignable</source>
        <translation>Niet toe te wijzen</translation>
    </message>
    <message>
        <source>&amp;Leave out</source>
        <translation>Weg&amp;laten</translation>
    </message>
    <message>
        <source>Leave out all ot&amp;hers</source>
        <translation>Alle &amp;overige weglaten</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Uw keuze</translation>
    </message>
    <message>
        <source>Children that cannot be assigned</source>
        <translation>Kinderen die niet toe te wijzen zijn</translation>
    </message>
    <message>
        <source>&amp;Send to %1</source>
        <extracomment>%1 is the partner&apos;s name.</extracomment>
        <translation>&amp;Meesturen naar %1</translation>
    </message>
    <message>
        <source>send to %1</source>
        <translation>meesturen naar %1</translation>
    </message>
    <message>
        <source>leave out</source>
        <translation>weglaten</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>nog niet gekozen</translation>
    </message>
    <message>
        <source>No party of the agreement can be named for these children. They go to nobody unless you send them to %1; choose for each child (recorded with the package).</source>
        <translation>Voor deze kinderen is geen partij van het convenant aan te wijzen. Ze gaan naar niemand, tenzij u ze naar %1 stuurt; kies per kind (dit wordt met het pakket vastgelegd).</translation>
    </message>
</context>
<context>
    <name>inbeeld::UnlockDialog</name>
    <message>
        <source>&amp;Open other store file…</source>
        <translation>Ander gegevensbestand o&amp;penen…</translation>
    </message>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation>Ont&amp;houden op deze computer</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>&amp;Nieuwe organisatie…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Unlock InBeeld</source>
        <translation>InBeeld ontgrendelen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Keeps the store&apos;s key in the keychain of this computer, so InBeeld opens without asking for the passphrase while you are logged in.</source>
        <translation>Bewaart de sleutel van het gegevensbestand in de sleutelbos van deze computer, zodat InBeeld opent zonder naar de wachtwoordzin te vragen zolang u bent aangemeld.</translation>
    </message>
    <message>
        <source>Enter the passphrase of the store to open it.</source>
        <translation>Voer de wachtwoordzin van het gegevensbestand in om het te openen.</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Gegevensbestand:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Unlocking the store. This takes a moment…</source>
        <translation>Het gegevensbestand wordt ontgrendeld. Dit duurt even…</translation>
    </message>
    <message>
        <source>Choose a store first, or create one with New organisation.</source>
        <translation>Kies eerst een gegevensbestand, of maak er een aan met Nieuwe organisatie.</translation>
    </message>
    <message>
        <source>Enter the passphrase of this store.</source>
        <translation>Voer de wachtwoordzin van dit gegevensbestand in.</translation>
    </message>
    <message>
        <source>Open a store file</source>
        <translation>Gegevensbestand openen</translation>
    </message>
    <message>
        <source>InBeeld stores (*.inbeeld);;All files (*)</source>
        <translation>InBeeld-gegevensbestanden (*.inbeeld);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The file %1 is not an InBeeld store. Choose the store file of your organisation (it usually ends in .inbeeld).</source>
        <translation>Het bestand %1 is geen InBeeld-gegevensbestand. Kies het gegevensbestand van uw organisatie (de naam eindigt meestal op .inbeeld).</translation>
    </message>
    <message>
        <source>The store file cannot be found at this place. If it was moved, use Open other store file to choose it.</source>
        <translation>Het gegevensbestand staat niet op deze plaats. Als het is verplaatst, kies het dan met Ander gegevensbestand openen.</translation>
    </message>
    <message>
        <source>This is the demo store with invented data. Its passphrase is: %1</source>
        <translation>Dit is het demogegevensbestand met verzonnen gegevens. De wachtwoordzin is: %1</translation>
    </message>
</context>
<context>
    <name>inbeeld::WelcomePage</name>
    <message>
        <source>Welcome to InBeeld</source>
        <translation>Welkom bij InBeeld</translation>
    </message>
    <message>
        <source>This wizard sets up InBeeld for your organisation. It takes a few minutes.</source>
        <translation>Deze wizard stelt InBeeld in voor uw organisatie. Dat duurt een paar minuten.</translation>
    </message>
    <message>
        <source>&lt;p&gt;InBeeld keeps your organisation&apos;s list of out-of-school children (thuiszitters) in one encrypted file on this computer, the &lt;b&gt;store&lt;/b&gt;. With it you can compare your list with the list of your partner under the data-sharing agreement (convenant).&lt;/p&gt;&lt;p&gt;You will need:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the name of your organisation and its role (attendance office or school partnership);&lt;/li&gt;&lt;li&gt;a place for the store file;&lt;/li&gt;&lt;li&gt;a passphrase that only you and your colleagues who use this store know.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Nobody can open the store without the passphrase, not even the makers of InBeeld.&lt;/b&gt; Write it down and keep it in a safe place.&lt;/p&gt;&lt;p&gt;Press &lt;i&gt;Next&lt;/i&gt; to begin.&lt;/p&gt;</source>
        <translation>&lt;p&gt;InBeeld bewaart de lijst met thuiszitters van uw organisatie in één versleuteld bestand op deze computer: het &lt;b&gt;gegevensbestand&lt;/b&gt;. Daarmee kunt u uw lijst vergelijken met de lijst van uw partner, zoals het convenant toestaat.&lt;/p&gt;&lt;p&gt;U hebt nodig:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;de naam van uw organisatie en haar rol (leerplichtafdeling of samenwerkingsverband);&lt;/li&gt;&lt;li&gt;een plaats voor het gegevensbestand;&lt;/li&gt;&lt;li&gt;een wachtwoordzin die alleen u kent en de collega&apos;s die dit gegevensbestand ook gebruiken.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Zonder de wachtwoordzin kan niemand het gegevensbestand openen, ook de makers van InBeeld niet.&lt;/b&gt; Schrijf de wachtwoordzin op en bewaar hem op een veilige plek.&lt;/p&gt;&lt;p&gt;Klik op &lt;i&gt;Volgende&lt;/i&gt; om te beginnen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>InBeeld compares the lists of out-of-school children of an attendance office and a school partnership.</source>
        <translation>InBeeld vergelijkt de lijsten met thuiszitters van een leerplichtafdeling en een samenwerkingsverband.</translation>
    </message>
    <message>
        <source>Open a throw-away demo store with invented data.</source>
        <translation>Een tijdelijk demogegevensbestand met verzonnen gegevens openen.</translation>
    </message>
    <message>
        <source>Open the store file at &lt;path&gt;.</source>
        <translation>Het gegevensbestand op &lt;pad&gt; openen.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pad</translation>
    </message>
    <message>
        <source>No temporary folder could be created.</source>
        <translation>Er kon geen tijdelijke map worden aangemaakt.</translation>
    </message>
    <message>
        <source>InBeeld</source>
        <translation>InBeeld</translation>
    </message>
    <message>
        <source>The demo store could not be created. %1</source>
        <translation>Het demogegevensbestand kon niet worden aangemaakt. %1</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Toont de versie-informatie.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>An exchange package to open (after unlocking), or a store to unlock.</source>
        <translation>Een uitwisselpakket om te openen (na ontgrendelen), of een gegevensbestand om te ontgrendelen.</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[bestand]</translation>
    </message>
</context>
</TS>
