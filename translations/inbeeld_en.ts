<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AccessExport</name>
    <message>
        <source>The child&apos;s data could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access: you may ask which data we hold about the child (this overview).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification and completion: you may ask us to correct or complete our own record. A partner&apos;s record is corrected by that partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure: you may ask us to erase the data; while it is needed for our legal task this may be refused, with the reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction: you may ask us to restrict processing while a question is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection: you may object to the processing because of your particular situation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a request to our privacy officer; we answer within one month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may complain to the Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision is made automatically. The program compares lists; a caseworker decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is %1&apos;s; ask them to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgeEncryption</name>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between 1 and %1 recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient key is not an X25519 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient key is not usable (it is a degenerate X25519 key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decryption key is not an X25519 secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends inside its header: it is incomplete (for example copied only partly, or a USB stick was removed too early). Ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged or was changed, so it cannot be decrypted. Ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an encrypted file in age format. Choose the file you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file uses a newer version of the age format (%1) than this program knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an armored (text) age file; only binary age files are accepted. Decrypt it with &apos;age -d&apos; or ask the sender for the binary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was encrypted with a passphrase, not to a key. It was not made for this organisation&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This file was not encrypted for this organisation&apos;s key (it is meant for %n other recipient(s)). Check that it was sent to you, or ask the sender to encrypt it to your current key.</source>
        <translation>
            <numerusform>This file was not encrypted for this organisation&apos;s key (it is meant for %n other recipient). Check that it was sent to you, or ask the sender to encrypt it to your current key.</numerusform>
            <numerusform>This file was not encrypted for this organisation&apos;s key (it is meant for %n other recipients). Check that it was sent to you, or ask the sender to encrypt it to your current key.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file ends early (in part %1 of the encrypted content): it is incomplete, for example copied only partly or a USB stick was removed too early. Ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted content ends with an empty part, which the format does not allow; the file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends early after part %1 of the encrypted content: it is incomplete, for example copied only partly or a USB stick was removed too early. Ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is extra data after the end of the encrypted content: something was appended to the file. Do not use it; ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last part (%1) of the encrypted content does not check out: the file is incomplete (for example a USB stick was removed too early) or was changed. Ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 of the encrypted content was changed or damaged; nothing of the file can be trusted. Ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgeKeys</name>
    <message>
        <source>This is not an age public key (recipient). It starts with &apos;age1&apos; and has 62 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an age secret key. It starts with &apos;AGE-SECRET-KEY-1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age identity file holds no secret key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>The agreement profile is not valid JSON (at character %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement profile is incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id, title and version are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every party needs an id, a name and the role rbl or swv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every category needs a unique code and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every field needs a unique id and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; has no reason for exchanging it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; names the unknown category &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the six legal grounds of the GDPR and a default ground among them are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no purposes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category &quot;%1&quot; has no minimum fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minimum field &quot;%1&quot; is not allowed for the category &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quarterly exchange needs one of the purposes and its subsidiarity reasoning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validity of a sharing decision must be at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement profile %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement profile &quot;%1&quot; is not known to this version of InBeeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every retention rule needs an id, a number of months and its reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaAssignment</name>
    <message>
        <source>no place of residence or postcode on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lives outside the municipalities of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lives in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lives in %1, outside the municipalities of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last known school belongs to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no place of residence or postcode on the list, and the school is not on the school list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lives outside the agreement&apos;s region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lives in %1, where no partnership of this agreement is responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lives in %1, where the sector depends on the age, and the birth date is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lives in %1, where no single partnership is responsible for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lives in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lives in %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaProfile</name>
    <message>
        <source>primary education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary and secondary education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement profile&apos;s areas are incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule and an age between 4 and 18 that separates primary from secondary education.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postcode ranges are pairs of four-digit numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every municipality needs a unique name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every werkgebied names a party of the agreement and the sector po, vo or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the werkgebied of %1 names an unknown municipality.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaSettings</name>
    <message>
        <source>The werkgebieden could not be read or stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a party of the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the agreement&apos;s municipalities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age must lie between 4 and 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the agreement&apos;s partnerships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school needs a name or a BRIN code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no school %1 in the school list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school list needs a column &apos;school&apos; or &apos;brin&apos; and a column &apos;swv&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: no school name or BRIN code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaSummary</name>
    <message>
        <source>Only the children %1 is responsible for go out (werkgebieden as in the agreement profile, to be confirmed by the parties):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to this partner, %3 stay home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <source>This is not an audit anchor. An anchor is one line that starts with &quot;inbeeld-audit-anchor&quot;, as &apos;audit anchor&apos; prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This audit anchor was made by another version of InBeeld (anchor version %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>audit log intact: %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the entries of the store&apos;s audit log, one per line, tab-separated: id, time (UTC, ISO 8601), actor, action, detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at most N entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the hash chain of the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the entries of the audit log</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the hash chain of the store&apos;s audit log. Exit code 0 when the log is intact; otherwise the first broken entry is named. With --anchor, also check that the log still holds the entry the anchor names (made by &apos;audit anchor&apos;, printed by &apos;backup&apos;, carried in every package): a log that was cut back or rewritten since then fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An anchor line as &apos;audit anchor&apos; printed it (quote it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log intact: %1 entries; it holds the anchor&apos;s entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the audit anchor to keep outside the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one line with the number of audit log entries and the hash of the last one. Keep it outside the store (on paper, in the case file, with a colleague); &apos;audit verify --anchor&apos; later shows whether the log was cut back or rewritten since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the partners&apos; audit anchors from their packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the audit anchors partners sent with their packages, oldest first, tab-separated: received at (UTC), partner fingerprint, package id, anchor. A partner can check its own log against them with &apos;audit verify --anchor&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array of objects with received_at, partner_fingerprint, package_id and anchor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner package with an audit anchor has been opened in this store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Store created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock failed (wrong passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store upgraded to a new schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store restored from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo organisation created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation keys created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation keys replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity card exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret decryption key exported to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner added (keys pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner keys replaced (signed by the pinned key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner card with changed keys refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision to share a child&apos;s data recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less intrusive way chosen; nothing shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing decision for the quarterly exchange recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange package written for a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange package opened; partner&apos;s list stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange package refused; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows of a list exported to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probable match confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probable match rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision on a probable match withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note about a child saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s record viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is not intact: entry %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is not intact: entry %1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is not intact: the anchor names %1 entries, but the log now holds only %2. Entries were removed from its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is not intact: entry %1 is not the one the anchor names. The log was rewritten after the anchor was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange package sent by mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending an exchange package by mail failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed that a partner holds our new identity card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachReport</name>
    <message>
        <source>The packages&apos; children could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a period: a start date on or before the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange packages (encrypted, signed files) with personal data of children of compulsory school age who are not in school, sent to or received from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minors of compulsory school age (thuiszitters): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children and their families could become known as not attending school; free texts may describe their situation. Risk of stigma and loss of trust; the packages are encrypted, so the risk depends on whether the key was exposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program cannot know how the breach happened, when it was discovered, which measures were taken and who the contact is: fill in those fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bsn</name>
    <message>
        <source>The BSN is empty. Fill in the nine-digit citizen service number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BSN &quot;%1&quot; contains characters other than digits. A BSN consists of nine digits; check the number in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The BSN &quot;%1&quot; does not have nine digits (it has %n). Check the number in the source list.</source>
        <translation>
            <numerusform>The BSN &quot;%1&quot; does not have nine digits (it has %n). Check the number in the source list.</numerusform>
            <numerusform>The BSN &quot;%1&quot; does not have nine digits (it has %n). Check the number in the source list.</numerusform>
        </translation>
    </message>
    <message>
        <source>The BSN %1 is not valid (it fails the elfproef, the check for typing errors). Check the number in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>Commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: %1 (European Union Public Licence 1.2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwijsnummer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and date of birth (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share decision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing decision %1: quarterly exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share the fields below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a less intrusive way; nothing is shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as long as the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 0: informing the young person or parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1: legal ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Necessary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outweighs the child&apos;s interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2: purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose lies outside the agreement; the decider acknowledged this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3: proportionality, the fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason in the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4: subsidiarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less intrusive way chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why less intrusive ways are not enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, reference date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts only: this overview holds no BSN, name or other value from the lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows as the file had them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryRecognizer</name>
    <message>
        <source>The category is empty. Fill in absoluut verzuim, langdurig verzuim or vrijstelling 5a in the source list, or import lists of one category with that category chosen for the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category of the agreement, so the row was not imported (the program does not guess). Use absoluut verzuim, langdurig verzuim or vrijstelling 5a in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Consent is a last resort: it can be withdrawn at any time, and it is rarely given freely when the young person or the parents depend on your organisation. Prefer the ground the agreement rests on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public body cannot rely on legitimate interest for its public tasks. If you use it, answer the three questions of the test: is the interest legitimate, is sharing necessary for it, and does it outweigh the interests of the young person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital interest is only for protecting someone&apos;s life or health when no other ground applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract is only a ground when the young person or the parents are a party to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the young person or the parents directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They can tell the other party themselves, or come to the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discuss the case anonymously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the situation so that nobody outside your organisation can tell who it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share only that the child is known (buitenkantinformatie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say that your organisation is involved and who to contact, without any content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share counts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers per category, without anything that identifies a child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whom you informed or consulted: the young person, the parents, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain why the young person or the parents were not informed (for example: it would put the child at risk). Write at least a short sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the six legal grounds of the GDPR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interest: explain which interest is served and why it is legitimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interest: explain why sharing is necessary for that interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interest: explain why the interest outweighs the interests of the young person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a purpose of the agreement or describe your own, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement has no purpose &quot;%1&quot;. Choose one of its purposes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the purpose of sharing among the agreement&apos;s purposes, or describe it in a sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your purpose is not one of the agreement&apos;s purposes, so the agreement does not cover this sharing. Confirm that you have checked another basis for it, or choose a purpose of the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one field to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement has no field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement does not allow sharing &quot;%1&quot; for a child in the category &quot;%2&quot;. Leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is more than the minimum for this category: explain in a sentence why the recipient needs it, or leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains words that reveal special categories of personal data or police and justice data (%2). Rephrase it in general terms, such as &quot;medische redenen&quot; or &quot;geen passende plek&quot;, or leave the field out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note contains words that reveal special categories of personal data or police and justice data (%1). Rephrase it in general terms or leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown alternative &quot;%1&quot;: use ask_directly, anonymous, outside_info or counts_only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain why the less intrusive ways (asking directly, discussing anonymously, sharing only that the child is known, counts only) are not enough for this purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The young person is 16 or older: inform or consult them as well, not only the parents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement rests on &quot;%1&quot; (%2). Another ground is your organisation&apos;s own responsibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This purpose is outside the agreement: the agreement does not cover sharing for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a party of the agreement. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child cannot be identified or has no category of the agreement; a decision needs both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision is not complete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarterly exchange covers every thuiszitter on the lists; the parties inform young people and parents about it in general (privacy statement), not case by case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildFinder</name>
    <message>
        <source>The lists could not be searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildFlags</name>
    <message>
        <source>The child cannot be identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This child has no legal hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing of this child&apos;s data is not restricted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flags could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildFootprint</name>
    <message>
        <source>The child&apos;s records could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildNotes</name>
    <message>
        <source>The notes about children could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note could not be saved: %1. Try again; the earlier note is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs a child with a BSN, onderwijsnummer or a name with a date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildStates</name>
    <message>
        <source>The closed cases could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restrictions and holds could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Closures</name>
    <message>
        <source>back in school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>startkwalificatie obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved out of the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child cannot be identified, so the case cannot be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date on which processing ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note reads as special or criminal-law personal data (%1). Put it in general terms or leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This child&apos;s case is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closed cases could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the partner still lists this child</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column holds the category (absoluut verzuim, langdurig verzuim or vrijstelling 5a); map the column with the category, or choose one category for the whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column holds the BSN or onderwijsnummer, and there is no name and date of birth to identify children by; map the BSN column, or the name and date-of-birth columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns of this file are not complete: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandGroup</name>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;: use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (keep the file private).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument: this command takes one file besides its options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument: this command takes only options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required option --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]
InBeeld on the command line: create, inspect, back up and restore the encrypted store of an
organisation, import lists into it and compare them.

Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; (or &apos;%1 help &lt;command&gt;&apos;) for the options of a command.
Messages follow the language chosen in the program (Dutch by default); the environment
variable INBEELD_LANGUAGE=en or nl overrides it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareCommands</name>
    <message>
        <source>list %1 (%2, peildatum %3, %4 children)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (ours) / %3 (theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed as the same child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a probable match was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our %1 compared with their %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) on both lists without differences not shown; use --all to list them.</source>
        <translation>
            <numerusform>%n child on both lists without differences not shown; use --all to list it.</numerusform>
            <numerusform>%n children on both lists without differences not shown; use --all to list them.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;expected&quot;: under the agreement this category is normally known to one party only, so a child on one list only is no reason for concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare your own list with a partner&apos;s list, child by child, per category: on both lists (both), on both but recorded differently (differs), only on one list (only_ours, only_theirs), or probably the same child without a BSN on one side (probable). Confirm or reject probable matches in the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of your own list (default: the newest; see &apos;snapshots list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the partner&apos;s list (default: the newest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON object (summary per category and all items) instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list the children that are on both lists without differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the counts per category and outcome (no personal data) to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs the number of a list, like 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare your list with a partner&apos;s list, per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the overview (counts only, no personal data) as a PDF to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Expected: under the agreement, &quot;%1&quot; is normally known only to us (%2), so %3 would not have this child on its list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected: under the agreement, &quot;%1&quot; is normally known only to %2, so our list would not have this child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On both lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On both lists, recorded differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on our list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on their list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably the same child (check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last known school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date (absence or exemption)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonCounts</name>
    <message>
        <source>The counts could not be written to %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonService</name>
    <message>
        <source>List %1 is a partner&apos;s list, not your own. Choose one of your own lists (see &quot;snapshots list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List %1 is your own list, not a partner&apos;s. Choose one of the partner&apos;s lists (see &quot;snapshots list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no list (snapshot) with number %1 in this store. List the snapshots to see their numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no list of your own in this store yet. Import your list first (side &quot;ours&quot;), then compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no partner&apos;s list in this store yet. Import the partner&apos;s list first (side &quot;theirs&quot;), then compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmationMethods</name>
    <message>
        <source>by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2. Check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Excel workbook (XLSX) or another ZIP archive, not a CSV file. Import it as a workbook, or save it from the spreadsheet program as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file, so it cannot be read as CSV. Save the list from the spreadsheet program as CSV or XLSX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns. This is not a table that can be imported; check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a cell starts with a quote (&quot;) that is never closed, so the rest of the file would be one cell. Add the missing quote in the source file, or save the list again from the spreadsheet program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has a value beyond column %2; InBeeld reads the first %2 columns, and a list has far fewer. Remove what stands in the far columns and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is longer than %L2 characters. That is not a row of a list; check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a cell is longer than %L2 characters. If a quote (&quot;) opens a cell on that line, its closing quote is probably missing; add it in the source file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionCommands</name>
    <message>
        <source>Decision %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Standing decision for the quarterly exchange of the agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Child:       %1 (record %2, list %3, category %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Recipient:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Decided:     %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Expires:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Informed:    yes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Informed:    no: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Ground:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Law:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Purpose:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(outside the agreement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Outcome:     a less intrusive way was chosen (%1); nothing may be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Fields (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Less intrusive ways: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Fields:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    why %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Less intrusive ways not enough: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Withdrawn:   %1 by %2 %3</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the four-step check (Stappenplan informatie delen) before sharing a child&apos;s data with a party of the agreement. The answers come from a JSON file (see README.md) and are checked with the same rules as the wizard, including the check for special categories of personal data. The child is looked up by BSN in the newest lists of the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party to share with: the id of a party of the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file with the answers of the four steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recorded decision as a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code 0 when the decision was recorded (also when a less intrusive way was chosen), 1 when the answers are incomplete or the child is not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bsn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answers file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answers file %1 is not a JSON object (at character %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store&apos;s agreement profile &quot;%1&quot; is not known to this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a party of the agreement. Use one of:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no child with BSN %1 is in the newest lists of this store; import the list first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded decision %1: a less intrusive way was chosen (%2). Nothing about this child may be shared with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded decision %1: %2 may be shared with %3 until %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the decisions of the four-step check, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions have been taken in this store yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(quarterly exchange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all parties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one decision in full: the weighing of every step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the decision (see &apos;decisions list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the number of a decision, like 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw a decision. From then on it covers nothing; take a new decision to share again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the decision is withdrawn (kept with the decision).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1 withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the standing decision that covers the quarterly exchange of the lists under the agreement: its legal ground, its purpose, the fields per category of Bijlage 1, and why counts alone are not enough. Shows it when it was recorded already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the four-step check before sharing a child&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the decisions, newest first (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one decision in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw a decision: from then on it covers nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the standing decision of the quarterly exchange of the lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the decision record (the whole weighing, marked confidential) as a PDF to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s BSN; &quot;-&quot; reads it from standard input, so that it does not show in the process list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Area rule:   %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionStore</name>
    <message>
        <source>The decision could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This decision has been stored already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision about a child needs the child and a recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standing decision for the quarterly exchange has been recorded already (decision %1). Withdraw it first to record it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1 was withdrawn already, on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision could not be withdrawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decisions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1 in the store cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no decision %1 in this store. List the decisions to see their numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <source>The demo list %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo list %1 could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Confidential: this document contains personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFIDENTIAL: contains personal data, do not pass on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutchDate</name>
    <message>
        <source>The Excel date number %1 is not a date: %2 Format the cell as a date in the spreadsheet and export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel date numbers run from 1 (1 January 1900) to 2958465 (31 December 9999).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it stands for 29 February 1900, a day that did not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not valid: %2 Write dates like 3-9-2026, 03-09-2026 or 2026-09-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is empty. Fill in a date like 3-9-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains more than a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as year-month-day (yyyymmdd) there is no such day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a date in a known form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year must have four digits, so that 1926 and 2026 cannot be confused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year %1 is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no month %1; the date may be written month first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no month %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has %3 days.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:
  Taken from, in this order: the first line of --passphrase-file FILE, the environment
  variable INBEELD_PASSPHRASE, or a prompt on the terminal (what you type is not shown).
  Never from the command line: options such as --passphrase are refused, because the
  command line is visible in process lists and shell history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>The organisation&apos;s keys could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s keys could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is busy; the organisation&apos;s keys were not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store holds no keys for the organisation. Open it once with this version of InBeeld to create them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s keys in this store are damaged. Restore a backup of the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is busy; the keys were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityCard</name>
    <message>
        <source>This file is not an InBeeld identity card. Ask your partner for the card file that InBeeld made (Identity → Export card, or &apos;inbeeld-cli identity export&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity card is damaged or was changed after it was made (%1). Do not use it; ask your partner for a new card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This identity card was made by a newer version of InBeeld (card format %1). Install the newer version to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format version is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role is missing or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the creation time is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a public key is missing or has the wrong length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key rotation statement is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key rotation statement does not match the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fingerprint written on it does not belong to its keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the age key written on it does not match its encryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature does not match its contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity card %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be an identity card. Choose the card file your partner sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file at %1. Choose another name; an existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity card could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityCommands</name>
    <message>
        <source>there is already a file at %1; choose another name (an existing file is never overwritten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the organisation&apos;s identity: fingerprint, signing key (also as minisign key) and encryption key (as age recipient).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key (Ed25519):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minisign public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (key id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age recipient (X25519):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the organisation&apos;s identity card to FILE (JSON): name, role, agreement, both public keys and the fingerprint, signed with the signing key. Hand it to your partner; they add it after comparing the fingerprint with you by phone or in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the card (an existing file is never replaced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing the FILE to write the card to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity card written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the card to your partner and read the fingerprint to them by phone or in person; they must compare it before adding you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the organisation&apos;s public keys in the formats of the standard tools: the signing key as a minisign public key file (for &apos;minisign -V -p FILE&apos;), the encryption key as an age recipients file (for &apos;age -R FILE&apos;). Both options may be given together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the minisign public key file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the age recipient (age1…) here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose what to write: --minisign FILE and/or --age FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minisign public key written to %1 (key id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age recipient written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the organisation&apos;s age SECRET key (AGE-SECRET-KEY-1…) to FILE, readable only by you (mode 0600), so that packages can be decrypted independently with &apos;age -d -i FILE&apos;. Anyone with this file can read every package sent to your organisation: use it only for verification, keep it off shared drives and delete it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the age identity file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: confirms that you want a secret key in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing --age FILE (the only secret key format that can be exported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this writes the organisation&apos;s secret decryption key to a file; add --%1 if that is what you want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: %1 now holds the organisation&apos;s secret decryption key. Anyone who can read it can read every package sent to you. Use it only to verify packages with &apos;age -d -i&apos;, keep it off shared drives and mail, and delete it when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age secret key written to %1 (readable only by you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the organisation&apos;s fingerprint and public keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the identity card (JSON) to hand to partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the public keys in minisign&apos;s or age&apos;s own format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the age secret key, for independent verification only</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the organisation&apos;s keys with new ones. The old signing key signs the new keys, so partners accept the new identity card (written to --out) without a new fingerprint check; the old keys are kept to open older packages, and the package numbering per partner goes on. Send the new card to every partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the new identity card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the rotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing the keys needs --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New keys made and signed by the old ones. New fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New identity card: %1. Send it to every partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the keys; the old ones sign the new identity card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Rows not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (rows imported):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map needs COLUMN=FIELD, for example --map &quot;Soort=category&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in --map; use one of: %2, or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no column &apos;%1&apos; (its columns: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a list of thuiszitters (CSV or XLSX) into a new snapshot of the store. Every row is checked; rows with errors are not imported and are listed with the reason, the others are stored in one go (all or nothing). Fields the agreement does not allow for a row&apos;s category are not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list to import (.csv or .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list to import (instead of FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose list it is: ours (your own organisation&apos;s, the default) or theirs (a partner&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who delivered the list. Lists of the same source are compared with each other. Default for ours: the organisation&apos;s name; required for theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list&apos;s reference date (YYYY-MM-DD). Default: a &apos;Peildatum&apos; above the header, else today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX: the sheet to read (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One category for every row, for lists without a category column: absoluut, langdurig or vrijstelling_5a.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns with this saved column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the column mapping under this name; a later list with the same columns uses it automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column to a field, e.g. --map &quot;Soort=category&quot; or --map &quot;Opmerking=none&quot;. May be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the list and report, but store nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rows that were not imported, with the reasons, to this CSV file (for Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields for --map: %1, none.
Exit code 0 when rows were imported (also when some were rejected: see the report), 1 when nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the file once: as FILE or with --file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown side &apos;%1&apos;: use ours or theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--source NAME is required for a partner&apos;s list (--side theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--peildatum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns were mapped like this (change it with --map COLUMN=FIELD, or give --category):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing: %1% (%2 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 rows in the encrypted store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rejected row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n rejected row to %1.</numerusform>
            <numerusform>Wrote %n rejected row(s) to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>none of the rows could be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported: none of the %1 rows could be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the report of a stored import again: the counts, every rejected row and warning with its line, column and reason, and the columns left out. With --rejected-csv the rejected rows are written to a CSV file to fix at the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rejected rows to this CSV file (UTF-8, semicolons; opens in Excel). The store keeps only the cells the agreement allows, so other cells of these rows are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the lists (snapshots) in the store, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lists have been imported into this store yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peildatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show which children were added, removed or recorded differently in a list, compared with the previous list of the same side and source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the list (see &apos;snapshots list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--snapshot needs the number of a list, like 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded differently:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a list of thuiszitters (CSV or XLSX) into a new snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the imported lists (snapshots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what changed since the previous list of the same source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the stored report of an import; export its rejected rows</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the report with its problem rows as a PDF to FILE (personal data: marked confidential).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN (or onderwijsnummer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwijsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix (tussenvoegsel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (one column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House number addition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (street and number in one column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last known school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date of absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration of exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvement RBL / SWV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Checked %1 rows of %2: %3 can be imported. Nothing was stored (dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows from %3 as list %4 (%5, source %6, peildatum %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1: none of its %2 rows could be imported. Fix the rows listed below in the source list and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1 rows. Warnings: %2. Repeated rows not stored twice: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import report could not be read from the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>Our own list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwijsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last known school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date of absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration of exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (%1), sheet &quot;%2&quot;, column names in row %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (%1), encoding %2, separated by %3, column names on line %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The file %1 does not exist. Check the name and the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2. Close it in other programs and check that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved column mapping named &quot;%1&quot;. Check the name, or import without it to let the program recognise the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category of the agreement. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the source of this list (the partner that delivered it, for example &quot;SWV De Liemers&quot;), so that the next list from them can be compared with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was stored; the store is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is busy, so the list could not be imported. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This same file was imported before, on %1 as list %2 (%3, source %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be stored: %1. Nothing was imported; the store is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectieCounts</name>
    <message>
        <source>Absolute absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term absence, 4 weeks to 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term absence, more than 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term absence, less than 4 weeks on the reference date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term absence, start date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption article 5 under a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts in the package cannot be read. Ask the sender to make the package again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectieExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel files cannot be written: the library libxlsxwriter is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active on the reference date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thuiszitters registration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own lists used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children in the registration (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts per category and subgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter against the school year&apos;s earlier quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the categories mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration is cumulative over the school year (1 August to 31 July): a child who is no longer a thuiszitter keeps its row with an end date. The numbers are pseudonymous and cannot be traced back to a child outside this organisation&apos;s store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectieForm</name>
    <message>
        <source>Pseudonymous number of the child (the same all school year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroup on the reference date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status (active or ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason of the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each field can appear in one column only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form needs at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column names could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectieRegistration</name>
    <message>
        <source>The registration could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term absence, less than 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term absence, 4 weeks to 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term absence, more than 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term absence, start date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption article 5 under a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term relative absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of compulsory school age and not registered at any school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered at a school but absent without permission for less than four weeks on the reference date; not yet counted as long-term by the Inspectie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered at a school and absent without permission for four weeks up to and including three months on the reference date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered at a school and absent without permission for more than three months on the reference date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term absence without a known start date: fix the start date in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempted from compulsory education on physical or psychological grounds (Leerplichtwet article 5 under a).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer on a newer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic qualification obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved out of the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner&apos;s list, confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration could not be stored: no random source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference date %1 does not lie in quarter %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter %1 has not been registered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This child cannot be registered: the partner&apos;s list gives no number or no name and birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention must be between 1 and 50 years.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDerivation</name>
    <message>
        <source>The cryptographic library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too short to be a store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain of this computer is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain of this computer did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain of this computer refused access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain of this computer is not available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelStyle</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeftOutColumn</name>
    <message numerus="yes">
        <source>%1 left out for %n rows of category %2: the agreement does not allow it.</source>
        <translation>
            <numerusform>%1 left out for %n row of category %2: the agreement does not allow it.</numerusform>
            <numerusform>%1 left out for %n rows of category %2: the agreement does not allow it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LifecycleCommands</name>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 months): %3 item(s), %4 row(s)
  why: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children on legal hold (not purged): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 case close|reopen|list|hold|release [options]
End (or resume) the processing of a child&apos;s data, and legal holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a child&apos;s case: processing ends for one of the four reasons of the agreement. The child is left out of packages and purged after the retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back_in_school, startkwalificatie, moved_out or deceased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date processing ended (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short note, without special categories of personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason: one of back_in_school, startkwalificatie, moved_out, deceased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date: give the date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a closed case (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List closed cases, legal holds and restrictions (with --closed: only closed cases).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the closed cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  closed %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  legal hold: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  restricted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No closed cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a legal hold on a child (pending request, complaint, breach investigation): nothing about the child is purged until it is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the hold is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the legal hold on a child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 retention status|purge [options]
What the retention rules make due, and purging it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show per retention rule what is due for purging, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge what the retention rules make due: the rows are deleted and the store file is rewritten, so nothing is left in it. Children on legal hold are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only show what would be purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would purge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a wrongly imported list with its records, issues and rejected rows (audited). The store file is rewritten so nothing of it is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the list (see &apos;snapshots list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--snapshot: give the number of a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list %1 holds %2 records and %3 rejected rows; add --yes to delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted list %1: %2 records, %3 other rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s BSN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s key for a child without a BSN, as &apos;case list&apos; shows it (onr:… or name:…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bsn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the child with --bsn BSN (or --child KEY for a child without a BSN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a child&apos;s case for one of the agreement&apos;s reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a closed case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List closed cases, legal holds and restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a legal hold on a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the legal hold on a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the retention rules make due, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge what the retention rules make due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a wrongly imported list with its records (asks for --yes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleDocuments</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children in package %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access request: data about a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records in our lists and our partners&apos; lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peildatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner&apos;s record is corrected by that partner: ask the source named above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions about sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages sent that held the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages received that held the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure and restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who viewed the child&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach report: what was shared with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft notification to the Autoriteit Persoonsgegevens (GDPR art. 33(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(to be filled in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailCommands</name>
    <message>
        <source>Read the mail password from the first line of this file (else from INBEELD_SMTP_PASSWORD, the keychain, or a prompt). Never on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 mail &lt;command&gt; [options]
The organisation&apos;s mail server, for sending packages with &apos;%1 package send&apos;.

Commands:
  setup   Set the server, port, security (starttls or tls), user and sender address
  test    Connect, secure the connection and log in, without sending anything

Run &apos;%1 mail &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the mail server packages are sent through. The connection is always encrypted: starttls (port 587) or tls (port 465); sending without encryption is not possible. The server&apos;s certificate is checked against the system&apos;s certificate authorities, or the CA file given. A password given by file or INBEELD_SMTP_PASSWORD is kept in the system keychain; without a keychain it is asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port: 587 for starttls, 465 for tls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starttls or tls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name on the mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address of the mails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CA certificate file (PEM) to check the server&apos;s certificate with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--security must be starttls or tls (sending without encryption is not offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server set: %1:%2 (%3), user %4, sender %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no system keychain here: the password will be asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the mail server, secure the connection, check its certificate and log in; nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server is set up yet. Run &apos;%1 mail setup&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 accepted the secured connection and the login. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail a package this store wrote to the partner&apos;s mail address (see &apos;partner edit --mail&apos;), through the mail server of &apos;mail setup&apos;. The package is attached as it is; the mail names the package number, quarter, sender and fingerprint, and nothing personal. The file stays where it is whatever happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner: its organisation name or fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing the package FILE to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package mailed to %1 &lt;%2&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the mail server for sending packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the mail server&apos;s connection and login, sending nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail a package to its partner over an encrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSettingsStore</name>
    <message>
        <source>The mail settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the mail server&apos;s name, like smtp.example.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (usually 587).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mail address (like naam@voorbeeld.nl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name for the mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail settings could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingProfiles</name>
    <message>
        <source>The saved column mappings could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the column mapping a name, for example the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping was saved but could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchDecisions</name>
    <message>
        <source>The decision on the probable match could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decisions on probable matches could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a pair of records (one on each list) can be confirmed or rejected as the same child, and both need a BSN, onderwijsnummer or a name with a date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Matcher</name>
    <message>
        <source>The comparison was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The store&apos;s schema version could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store was made by a newer version of InBeeld (schema %1; this program knows up to %2). Install the newer version to open it. The store has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be upgraded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the store to schema %1 failed; nothing was changed. Details: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minisign</name>
    <message>
        <source>This is not a minisign public key. A public key file has two lines: &apos;untrusted comment: …&apos; and the key in base64, starting with &apos;RW&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read to check its signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature comment must be a single line of at most %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key is not an Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a minisign signature file (it must have four lines: an untrusted comment, the signature, a trusted comment and the comment&apos;s signature). The file may be damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This signature uses minisign&apos;s legacy algorithm (Ed25519 over the whole file), which is not accepted. Sign with a current minisign (it prehashes by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was signed with key %1, not with the expected key %2. It does not come from the sender you expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key is not an Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the file: the file was changed or is incomplete since it was signed (or the signature file belongs to another file). Do not use it; ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s signature is valid, but its trusted comment was changed after signing. Do not rely on it; ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotImportedColumn</name>
    <message>
        <source>Column &quot;%1&quot; was not imported: it is not mapped to a field of the agreement. Map it in the import if it holds one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Onderwijsnummer</name>
    <message>
        <source>The onderwijsnummer is empty. Fill in the nine-digit number that starts with 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an onderwijsnummer: that is a number of nine digits starting with 10. Check the number in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The onderwijsnummer %1 is not valid (it fails the check for typing errors). Check the number in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeStyle</name>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnCardCheck</name>
    <message>
        <source>The partners could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You replaced your keys on %1. Unless %2 has read in your new identity card, they will refuse this package as coming from an unknown sender. Give them the new card (Partners tab, Export identity card) and confirm here once they have read it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partners could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageCommands</name>
    <message>
        <source>The partner: its organisation name or fingerprint (see &apos;partner list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarter, as 2026Q3 (default: the current quarter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing the FILE to write the package to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a package for a pinned partner. A quarterly package holds the records of our newest own list, with per category only the fields the agreement allows and the counts per Inspectie subgroup, covered by the standing decision (record it with &apos;decisions standing&apos;). A case package holds one child (--bsn) with the fields of the decision in force for that child and partner (make it with &apos;decide&apos;). The file is signed, encrypted to the partner and to us, read back and checked before this reports success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarterly (default) or case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the package summary as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --kind &apos;%1&apos;: use quarterly or case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;package export&apos; makes quarterly packages; use &apos;package create --kind case&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case package needs the child&apos;s --bsn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bsn is for case packages (--kind case); a quarterly package holds the whole list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quarter &apos;%1&apos; is not of the form 2026Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package written and checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: line %1, field %2 reads as special or criminal-law personal data. Rewrite it in general terms in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a package from a pinned partner (signatures, encryption to us, hashes, sequence, the agreement&apos;s fields) and store its records as a new snapshot of the partner&apos;s list. A refused package stores nothing; the message says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package file the partner sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the manifest summary and the snapshot as JSON (also a refusal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing the package FILE to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package accepted from: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectie counts on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as snapshot %1 (a case from the partner; not a whole list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as snapshot %1 (partner&apos;s list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The older form of &apos;package create --out FILE&apos; (quarterly only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a signed, encrypted package for a pinned partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a partner&apos;s package and store it as the partner&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case packages: the child&apos;s BSN; &quot;-&quot; reads it from standard input, so that it does not show in the process list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not received from this partner: package number(s) %1. Ask them for these packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A late package: a newer one from this partner was opened before; it is kept, but does not replace their newer list.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to %3, %4 stay home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assignable (sent to nobody): line %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package file to write (for example 2026Q3.inbeeldpakket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner&apos;s audit anchor (kept in this store): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageDispatch</name>
    <message>
        <source>The package history could not be read or stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a package made with this store (or it was changed since). Only packages this store wrote can be sent from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mail address for %1 yet. Add it to the partner&apos;s details first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was made for another partner, not for %1; they could not open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageHistory</name>
    <message>
        <source>The partners could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageLedger</name>
    <message>
        <source>The package history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package history could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package ledger could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageMail</name>
    <message>
        <source>InBeeld package %1, number %2, from %3</source>
        <extracomment>Mail subject; %1 quarter (2026Q3), %2 package number, %3 our organisation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Attach the file %1 to this mail before you send it, then remove this line.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear colleagues of %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached is our InBeeld exchange package for %1 (package number %2), in the file %3. It is encrypted for you; open it in InBeeld with File &gt; Open package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InBeeld checks the signature when you open the package and shows our fingerprint; it should be the one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageManifest</name>
    <message>
        <source>The package&apos;s manifest is not valid: %1. The package cannot be opened; ask the sender for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package id is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender&apos;s fingerprint is missing or malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient&apos;s fingerprint is missing or malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender and recipient are the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agreement is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quarter &apos;%1&apos; is not of the form 2026Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the creation time is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sequence number must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first package in a sequence cannot name a previous package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package %1 in the sequence must name the hash of the previous package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name &apos;%1&apos; is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file &apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hash or size of &apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lists no files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a category without fields is listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an InBeeld package manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was made by a newer version of InBeeld (package format %1). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format version is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind must be quarterly or case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sequence number must be a whole number of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previous package&apos;s hash is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fields of category &apos;%1&apos; are malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hash of &apos;%1&apos; is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender&apos;s audit anchor is malformed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <source>The package %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package file is empty: the copy is incomplete. Nothing was stored. Ask the sender for the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was signed by a key that belongs to none of our partners (key %1). Nothing was stored. If it comes from a new partner, add their identity card first and compare the fingerprint with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package names another sender than the key that signed it. Nothing was stored; tell %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package from %1 was made for %2, not for us. Nothing was stored. Ask %1 to make the package for us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was made under agreement %1, which is not our agreement (%2). Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was already opened on %1 (it became partner list %2). Nothing was stored again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package holds no records. Nothing was stored; ask the sender to make it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts in the package do not match its records. Nothing was stored; ask %1 to make the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is busy, so the package was not opened. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package from %1 (number %2) does not follow their package number %3 that we accepted on %4: the sender&apos;s sequence forked, for example after they restored a backup. Nothing was stored. Tell %1; they should check their store before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We already accepted package number %1 from %2 (opened on %3); this is another package under the same number. Nothing was stored. Ask %2 for their newest package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is %2 MB, larger than the %3 MB a package may be (setting &quot;largest package&quot;). It was not read and nothing was stored. A quarterly list of a whole region is a few MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageRecords</name>
    <message>
        <source>The records in the package cannot be read. Ask the sender to make the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of the package has the category &apos;%2&apos;, which agreement %3 does not know. Nothing was stored; ask the sender to check the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package holds the field &apos;%1&apos; for category &apos;%2&apos;, which agreement %3 does not allow to be exchanged. Nothing was stored; tell the sender.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageSeal</name>
    <message>
        <source>The package file is incomplete: it ends too early or part of it is missing (for example a USB stick removed while copying). Nothing was stored. Ask the sender for the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an InBeeld exchange package. Stores and their backups end in .inbeeld too; to restore a backup, use File &gt; Restore from backup. Nothing was stored. Open the .inbeeld file that the partner sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package file was changed or damaged after it was made. Nothing was stored. Ask the sender for the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was changed after the sender signed it (or damaged on the way). Nothing was stored. Ask the sender for the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was not made for us: it is encrypted to another organisation&apos;s key. Nothing was stored. Check that the sender chose the right recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an InBeeld exchange package: a package holds exactly two parts, stored without compression (payload.age and payload.age.minisig), and this file holds something else. Nothing was read from it and nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <source>%1 takes part in agreement %2, not in ours (%3): no package can be made for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarter &apos;%1&apos; is not of the form 2026Q3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no list of our own to send yet. Import our list first, then make the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be matched to one of the parties of the agreement, so no decision can cover sharing with them. The name on their identity card should be the party&apos;s name in the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child with BSN %1 is not on our own newest list, so there is nothing of ours to send about this child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1 names the field &apos;%2&apos;, which the agreement does not allow for this child&apos;s category. Nothing was written; walk the four-step check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the field &apos;%1&apos; now reads as special or criminal-law personal data (%2). Nothing was written; walk the four-step check again and put it in general terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not be written to %1: %2. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package written to %1 could not be read back correctly (%2). The file was removed; write the package again, to another place if this repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file on disk differs from what was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest read back differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is busy; the package was not made. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was not recorded in the store, so the file was removed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a partner (removed, or their keys were replaced). No package can be made for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be matched to one of the parties of the agreement, so it is not known which children it is responsible for. The name on their identity card should be the party&apos;s name in the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assignable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assignable, left out by you: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerCommands</name>
    <message>
        <source>Pin a partner organisation&apos;s identity card. First compare the fingerprint with your contact at the partner, by phone on a number you already know or in person, never through the channel the card came by; then give it with --fingerprint exactly as they read it out. A card with new keys for a partner you already pinned is refused unless the pinned key signed the new keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner&apos;s identity card (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint as confirmed with the partner (8 groups of 4 characters; spaces and case do not matter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who compared the fingerprint (default: the current OS account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the fingerprint was compared: phone or in-person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing the FILE with the partner&apos;s identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --confirmed-how &apos;%1&apos;: use phone or in-person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--confirmed-by needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner keys replaced: %1 (%2) signed its new keys with the pinned key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner added: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the pinned partners, one per line, tab-separated: id, organisation, role, fingerprint, confirmed by, how, pinned at (UTC), and &apos;rotated&apos; when the keys replaced earlier ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partners yet. Add one with &apos;%1 partner add FILE --fingerprint FP&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin a partner&apos;s identity card after comparing its fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the pinned partners</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a pinned partner. See &apos;%2 partner list&apos; for the partners, or add one with &apos;%2 partner add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches several partners; give the full name or the fingerprint:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a partner&apos;s contact: the mail address packages are sent to, the contact person and the phone number. Options left out keep their value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner: its organisation name or fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail address packages are sent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing the partner&apos;s NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact of %1: %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a partner: no packages are made for it any more, and its packages are refused as from an unknown sender. Its history (packages sent and opened, the audit log) is kept. To work with the partner again, add its card after a new fingerprint check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a partner needs --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner removed: %1 (%2). Its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a partner&apos;s contact (mail address, name, phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a partner (no more packages; history kept)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerTrust</name>
    <message>
        <source>The partner list could not be read or changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity card of %1 was changed after it was made. Ask the partner for a new card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint you confirmed does not match this card. The card of %1 has fingerprint %2. Compare all 8 groups again with your contact at %1 (by phone or in person, not through the channel the card came by). If they really differ, do not add this partner: the card may not come from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who confirmed the fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own organisation&apos;s identity card. Add the card your partner sent you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card of %1 belongs to agreement &apos;%2&apos;, but this store works under agreement &apos;%3&apos;. Only partners in the same agreement can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a partner with exactly these keys (pinned on %2, confirmed by %3 %4). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card names %1, but its keys are already pinned for the partner %2. One organisation&apos;s keys cannot belong to another. Do not add this card; contact %2 and %1 by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: this card for %1 has different keys from the ones pinned on %2 (fingerprint %3), and the new keys are not signed by the pinned key. Someone may be impersonating %1. The card was refused and nothing was changed. Call your contact at %1 on a number you already know; if they really replaced their keys without the old ones, remove the partner first and add them again after comparing the new fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is busy; the partner was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner was added but could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mail address (like naam@voorbeeld.nl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseInput</name>
    <message>
        <source>there is no terminal to ask for the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read from the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is too long (at most %1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase given and no terminal to ask for it: use %1 FILE or the environment variable %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new passphrase is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the passphrase file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the passphrase file %1 is readable by other users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line of the passphrase file %1 is too long (at most %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file %1 is empty: its first line must hold the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new passphrase is refused. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>less than a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n million years</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>more than a billion years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take four or more random words, for example &quot;lantaarn kwartel oever paraplu&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too easy to guess: an attacker with a fast computer would need about %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good enough: an attacker with a fast computer would need about %1. A longer passphrase is even safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong: an attacker with a fast computer would need about %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonName</name>
    <message>
        <source>The surname is missing. Fill in the surname (achternaam) in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The surname &quot;%1&quot; contains a comma that is not followed by a prefix such as &quot;van der&quot;. Put first names and surname in their own columns, or write the surname like &quot;Berg, van der&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty. Fill in at least the surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; cannot be split into first names, prefix and surname. Write it as &quot;Berg, Jan van der&quot; or &quot;Jan van der Berg&quot;, or use separate columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; has a prefix on both sides of the comma. Check the name in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>Why %1 is shared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standing decision %1 of %2 for the quarterly exchange under the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision %1 of %2, valid until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, %2 (&quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of the package, because the text names special or criminal-law personal data, which the agreement does not allow to share: %1. Put these texts in general terms in your source list (for example &quot;medische redenen&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postcode</name>
    <message>
        <source>The postcode &quot;%1&quot; is not valid: %2 Check the address in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postcode is empty. Fill in a postcode like 1234 AB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a postcode has four digits and two letters, like 1234 AB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a postcode does not start with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the letters %1 are never used in postcodes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDocument</name>
    <message>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessingRegister</name>
    <message>
        <source>Lists and the records of children: as the agreement&apos;s retention rules set them (closing and purging, see the lifecycle settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Anonymous registration: %n year(s) after the end of the school year.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is kept as long as the store: it is the accountability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is one file encrypted with SQLCipher 4 (AES-256); the key comes from the passphrase through Argon2id and may be remembered in the operating system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange packages are signed (Ed25519) and encrypted for the recipient only (X25519, ChaCha20-Poly1305); partners&apos; keys are pinned after comparing fingerprints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every import, view of a child, decision, export and package is written to a hash-chained audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data is shared only under a recorded decision of the four-step check; only the fields the agreement allows per category leave the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program locks itself after a period without use; files it writes with personal data are readable by their owner only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of processing activities (GDPR art. 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children on the newest own lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children on the newest partner lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share decisions about a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction and kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PupilIdentifier</name>
    <message>
        <source>No BSN or onderwijsnummer is filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains characters other than digits, so it is neither a BSN nor an onderwijsnummer. Check the number in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; does not have nine digits like a BSN or onderwijsnummer (it has %n). Check the number in the source list.</source>
        <translation>
            <numerusform>&quot;%1&quot; does not have nine digits like a BSN or onderwijsnummer (it has %n). Check the number in the source list.</numerusform>
            <numerusform>&quot;%1&quot; does not have nine digits like a BSN or onderwijsnummer (it has %n). Check the number in the source list.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number %1 is neither a valid BSN nor a valid onderwijsnummer (it fails the elfproef, the check for typing errors). Check the number in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectedRowsCsv</name>
    <message>
        <source>The rejected rows could not be written to %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line in source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Usage: %1 report inspectie|register [options]

  inspectie  The Inspectie&apos;s quarterly thuiszitters registration (anonymous)
  register   The entry for the register of processing activities (GDPR art. 30)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a quarter for the Inspectie and write it: one anonymous row per child, cumulative over the school year (1 August to 31 July), built from your own lists whose reference dates fall in the quarter. xlsx and csv use the form&apos;s column names (set them in the program); pdf is a summary with the counts and the trend. No BSN, name or address in any format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarter, like 2026Q3 (July to September 2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xlsx, csv, json or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference date within the quarter (default: the quarter&apos;s last day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quarter needs a quarter like 2026Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be xlsx, csv, json or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--peildatum needs a date like 2026-09-30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter %1 (school year %2, reference date %3): %4 children, %5 active, %6 ended. Written to %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the entry for the register of processing activities (GDPR art. 30): controller, purposes, legal ground, data subjects and data, recipients, retention, security measures and the figures a DPIA asks for. No personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be json or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the Inspectie&apos;s quarterly thuiszitters registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the entry for the register of processing activities (GDPR art. 30)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>The retention rules could not be applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal hold is on this child (a pending request, complaint or investigation): nothing is removed until the hold is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no list %1 in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data was removed, but the store file could not be rewritten: %1. Run the purge again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retention: %n item(s) have passed their retention period and can be purged (Tools &gt; Retention).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retention: data becomes due for purging on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge was stopped; nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionRules</name>
    <message>
        <source>The retention periods could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement has no retention rule &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retention period is between 0 and 240 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for this retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>Attendance office (RBL, leerplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School partnership (SWV)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message>
        <source>There is no BSN or onderwijsnummer. The row is imported, and matching will treat it as &quot;probable&quot; (by name and date of birth). Add the number in the source list if it is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no BSN or onderwijsnummer, and no name with a date of birth, so the child cannot be identified. Fill in the BSN, or the name and date of birth, in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fails the elfproef (the check for typing errors), so it is neither a BSN nor an onderwijsnummer. Check the number in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains other characters than digits, so it is not a BSN or onderwijsnummer. Check the number in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n digits; a BSN or onderwijsnummer has nine (eight when the leading zero was dropped). Check the number in the source list.</source>
        <translation>
            <numerusform>%1 has %n digit; a BSN or onderwijsnummer has nine (eight when the leading zero was dropped). Check the number in the source list.</numerusform>
            <numerusform>%1 has %n digits; a BSN or onderwijsnummer has nine (eight when the leading zero was dropped). Check the number in the source list.</numerusform>
        </translation>
    </message>
    <message>
        <source>The row has two different numbers (%1 and %2). Check which one belongs to the child in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is missing. The row is imported by its number; fill in the name in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a question mark or a replacement character where the export lost letters it could not write. Check the spelling, and export the list as UTF-8 if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name was written with damaged letters (&quot;%1&quot;) and was repaired to &quot;%2&quot;. Check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth %1 lies after the peildatum of the list (%2), which is impossible. Check the date in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>With date of birth %1 the child is %n years old on the peildatum (%2), outside the ages of %3 to %4 that the agreement is about. Check the date of birth in the source list.</source>
        <translation>
            <numerusform>With date of birth %1 the child is %n year old on the peildatum (%2), outside the ages of %3 to %4 that the agreement is about. Check the date of birth in the source list.</numerusform>
            <numerusform>With date of birth %1 the child is %n years old on the peildatum (%2), outside the ages of %3 to %4 that the agreement is about. Check the date of birth in the source list.</numerusform>
        </translation>
    </message>
    <message>
        <source>The row is imported without the postcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The absence starts on %1, which is after today. Check the date in the source list; the row is imported as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onderwijsnummer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name %1 and date of birth %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row repeats line %1 (same %2, same category), so it was not stored a second time. Remove the double row from the source list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretArguments</name>
    <message>
        <source>refusing &apos;%1&apos;: passphrases are never taken from the command line, because it shows up in process lists and shell history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the passphrase with --passphrase-file FILE (first line of the file), the environment variable INBEELD_PASSPHRASE, or type it at the prompt. A new passphrase for &apos;passwd&apos; comes from --new-passphrase-file FILE, INBEELD_NEW_PASSPHRASE or the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareAnswers</name>
    <message>
        <source>The answers are not in the expected form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;informed&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;outside_agreement_acknowledged&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;legitimate_interest&quot; must be an object with the texts &quot;legitimate&quot;, &quot;necessary&quot; and &quot;outweighs&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fields&quot; must be a list of field names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;justifications&quot; must map field names to texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;texts&quot; must map field names to texts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDecision</name>
    <message>
        <source>not shared (less intrusive way chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareGuard</name>
    <message>
        <source>The child cannot be identified, so no decision can cover sharing its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to share: no fields were requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the four-step check for this child and this recipient first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1 does not cover these fields: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1 for this child and recipient expired on %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1 for this child and recipient was withdrawn on %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1 chose a less intrusive way instead of sharing this child&apos;s data. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1 covers sharing with %2, not with %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no decision to share this child&apos;s data. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standing decision for the quarterly exchange has not been recorded (or was withdrawn). Record it before exchanging the lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement does not allow these fields for the category &quot;%1&quot; in the quarterly exchange: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing of this child&apos;s data is restricted (a request of the data subject): nothing is shared until the restriction is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This child&apos;s case is closed: processing has ended, so nothing is shared. Reopen the case first if that was a mistake.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>The mail could not be prepared (libcurl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 (port %2) cannot be reached. Check the server name and port, and the network connection. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 presented a certificate that is not trusted (SHA-256 fingerprint %2). Nothing was sent. Ask your administrator whether this is the right server; if it uses its own certificate authority, set its CA file in the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS, so the connection cannot be secured. InBeeld never sends without encryption: nothing was sent. Use the server&apos;s secure port (465 with security tls) or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 did not accept the user name and password. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 stopped answering (timeout). The mail may not have been sent; check the sent items before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was cancelled. The mail was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 refused the package because it is too large for it (%2). The package stays on disk; hand it over another way (for example on a USB stick).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 refused the recipient&apos;s address (%2). Check the partner&apos;s mail address. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail could not be sent through %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotDiff</name>
    <message>
        <source>List %1 is the first list of source %2 (%3): all %4 children are new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since list %1 of %2: %3 added, %4 removed, %5 changed, %6 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotSides</name>
    <message>
        <source>our own list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotWriter</name>
    <message>
        <source>The list could not be stored: %1. Nothing was imported; the store is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <source>The lists in the store could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no list (snapshot) with number %1 in this store. List the snapshots to see their numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecialCategoryDetector</name>
    <message>
        <source>health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>religion or belief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ethnic origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sexual life or orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>political opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trade union membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>genetic or biometric data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police or justice data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>This store is already open in another InBeeld window (process %1 on %2). Close it there first; a store is never opened twice at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock file next to the store could not be created (%1). Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct for this store. Check it and try again (mind Caps Lock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library (SQLCipher 4) is not available, so the store cannot be opened safely. Reinstall InBeeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file at %1. Choose another name or folder; an existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file was not encrypted as expected, so it was removed again. Reinstall InBeeld (SQLCipher 4 is needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store at %1. It may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an encrypted InBeeld store. Choose the store file (it was made by InBeeld during setup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered key does not fit this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is newer than this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store opened, but its contents could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store opened, but it does not describe its organisation. It may be damaged; restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be changed; the old one still applies. Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the store itself. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is busy; try the backup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup at %1 could not be read back, so it was removed. Try another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an InBeeld store backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is the store itself. Choose a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer version of InBeeld. Install that version to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current store could not be kept as %1, so nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied into place: %1. The current store was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreAccess</name>
    <message>
        <source>no store found at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an InBeeld store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>The store file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreCommands</name>
    <message>
        <source>Where to create the store file; the file must not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the organisation, for example &quot;RBL Midden-Gelre&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s role in the agreement: rbl (regional attendance office) or swv (school partnership).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement (convenant) profile. Default: %1. Available: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  At the terminal the new passphrase is asked twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;: use rbl or swv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agreement profiles are built into this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown agreement &apos;%1&apos;; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name (init never overwrites a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created store %1 for %2 (role %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the organisation, agreement and state of a store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists (snapshots):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase of a store. The store is re-encrypted under the new passphrase; backups made earlier keep the passphrase they were made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE (keep the file private).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new passphrase is the same as the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the passphrase of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an encrypted copy of a store to FILE. The copy opens with the passphrase the store has now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the backup; the file must not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output must name another file than --store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name (backup never overwrites a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a backup of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a store with a backup, after proving that the passphrase opens the backup. The replaced store is kept beside it with the extension .before-restore. The store must not be open in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file to replace (or to create, when it does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  The passphrase is the one of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--input must name another file than --store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2; the previous store was kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new encrypted store for an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the organisation and state of a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase of a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an encrypted backup copy of a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a store with a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new encrypted store for an organisation. The passphrase must have at least %1 characters and be hard to guess (four or more random words); it cannot be recovered: without it, nobody can open the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase:
  Taken from, in this order: the first line of --new-passphrase-file FILE, the
  environment variable INBEELD_NEW_PASSPHRASE, or a prompt on the terminal (asked twice).
  It must have at least %1 characters and be hard to guess (four or more random words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit anchor of the backup (keep it apart from the backup): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <source>The key remembered on this computer no longer fits this store, so it was forgotten. Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is open, but its key could not be remembered on this computer: %1 You will be asked for the passphrase next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectCommands</name>
    <message>
        <source>--format: json or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1 (readable only by you: it holds personal data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 subject access|rectify|restrict|lift-restriction|erase|requests [options]
Requests of data subjects (GDPR art. 15-21).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the store holds about a child, with the explanation GDPR art. 15 requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct or complete a field of our own record about a child; comparisons and packages use the correction from then on. Fields: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correct value (dates as YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (e.g. the request it answers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected %1: &apos;%2&apos; is now &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict processing of a child&apos;s data: kept, but never shared or exported until lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing is restricted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the restriction of processing of a child&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restriction is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the decision on an erasure (or objection) request. Without --grant it is refused under the public task, with the reasoning recorded; with --grant everything about the child is purged now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasoning of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant the request: purge the child now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is an objection (art. 21) rather than erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted: %1 records removed; nothing of the child is left in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused; recorded with this reasoning:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 subject requests add|list|close [options]
The register of data-subject requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a request; the deadline is one month after receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date received (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>young_person (16+), parent or guardian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the identity was verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who verified it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 registered; answer by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the registered requests, nearest deadline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3  deadline %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (deadline near)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a request with how it was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 breach report [options]
What was shared with whom, after a breach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every package sent and received in a period, the children each held, and a draft of the notification to the Autoriteit Persoonsgegevens (GDPR art. 33(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only packages with this partner (organisation name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF: list the children of each package (for notifying them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything the store holds about a child (GDPR art. 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a field of our own record about a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict the processing of a child&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the restriction of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the decision on an erasure or objection request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a data-subject request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the data-subject requests, nearest deadline first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a data-subject request with its outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report what was shared with whom in a period, for a data breach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectRequests</name>
    <message>
        <source>access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the young person (16 or older)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of request &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who asked: the young person (16 or older), a parent or a guardian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the request was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how the requester&apos;s identity was verified and by whom before registering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for extending the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline of request %1 was extended before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the request was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectRights</name>
    <message>
        <source>The change could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &apos;%1&apos; cannot be corrected here. Fields: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of our own lists holds this child, so there is nothing of ours to correct. A partner&apos;s record is corrected by that partner: ask them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is processed for a task in the public interest (GDPR art. 6(1)(e): the Leerplichtwet and the Wet passend onderwijs). While the child is of compulsory school age and not in school, that processing is necessary, so the right to erasure does not apply (GDPR art. 17(3)(b)). The child&apos;s data is erased when processing ends and the retention period has passed, or earlier when it turns out to be no longer necessary or unlawfully processed, or an objection outweighs the public interest (art. 21).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reasoning of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of decision &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date as DD-MM-YYYY or YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>The file contains no rows. Check that you chose the right file (or sheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts with more than %L1 empty rows before its column names (up to line %2). That is not a list that can be imported; check that you chose the right file, or remove the empty rows in the spreadsheet program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The store could not start a change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change to the store was already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved in the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist. Check the name and the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (XLSX): it is not a readable ZIP archive. If it is an old .xls workbook, save it in the spreadsheet program as .xlsx or as CSV first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged: the part %1 cannot be read (line %2: %3). Open the workbook in the spreadsheet program, save it again and import the saved copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a ZIP archive but not an Excel workbook (it has no workbook part). Choose an .xlsx file saved by a spreadsheet program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook contains no worksheets. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;. Its sheets are: %2. Choose one of these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged: the sheet &quot;%1&quot; is missing from it. Open the workbook in the spreadsheet program, save it again and import the saved copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged: row %1 of sheet &quot;%2&quot; has an invalid cell reference &quot;%3&quot;. Open the workbook in the spreadsheet program, save it again and import the saved copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was read from it. If it is a real list, open it in the spreadsheet program, save it again as .xlsx (or as CSV) and import the saved copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of this workbook is %2 MB once unpacked; InBeeld reads parts of at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of this workbook unpacks to more than %2 times its packed size; a real workbook packs far less tightly (this is how a small file is made to fill the memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workbook contains a DTD (in part %1); a real Excel workbook never has one, and it can make a small file expand without end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of this workbook holds more than its directory says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of this workbook holds a text or tag of more than %L2 bytes (line %3); Excel itself keeps at most 32,767 characters in a cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of this workbook nests more than %2 levels deep; a real workbook nests a few.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook holds a text of more than %L1 characters, more than Excel itself keeps in a cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook holds more than %L1 different texts or more than %L2 characters of text; InBeeld reads lists up to Excel&apos;s own size, which stay far below that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; has a row numbered beyond %L2, Excel&apos;s last row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: a cell of more than %L2 characters, more than Excel itself keeps in a cell. Nothing was imported; check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: a value in column %2; InBeeld reads the first %3 columns, and a list has far fewer. Remove what stands in the far columns (or choose the right sheet) and import again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipBytes</name>
    <message>
        <source>The package container could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s contents are not in the expected form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::AboutDialog</name>
    <message>
        <source>About InBeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;InBeeld %1&lt;/h3&gt;&lt;p&gt;Compares the lists of out-of-school children (thuiszitters) of an attendance office and a school partnership, under their data-sharing agreement.&lt;/p&gt;&lt;p&gt;Your data stays in one encrypted file on this computer.&lt;/p&gt;&lt;p&gt;Commit: %2&lt;/p&gt;&lt;p&gt;InBeeld is free software under the European Union Public Licence (EUPL) version 1.2: you may use, study, share and change it. It comes without any warranty; see the licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::AccessExportDialog</name>
    <message>
        <source>&amp;PDF, readable (to send to the person who asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON, for a script or another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything this store holds about one child, in every list (ours and the partners&apos;), with notes, decisions, packages, who viewed the child and when, and the explanation the GDPR requires (purposes, legal ground, recipients, retention, rights, the right to complain to the Autoriteit Persoonsgegevens). The file holds personal data: it is readable only by you. Partner records are not ours to correct: the export says which party to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BSN of the child:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the child you chose (no BSN known).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access export was written to %1 (readable only by you: it holds personal data).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::AddPartnerDialog</name>
    <message>
        <source>&amp;Choose card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner&apos;s identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint with your contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;phone, on a number I already knew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In p&amp;erson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner gives you their identity card, a small file. Before you add them, call your contact at the partner on a number you already know (or meet them) and let them read their fingerprint to you: eight groups of four characters. Never compare it through the channel the card came by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity card file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint on the card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the fingerprint exactly as your contact reads it out, group by group. Do not copy it from the card above: the point is that it comes to you another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint group %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint as &amp;read out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of your contact at the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the partner&apos;s identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity cards (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint with your contact at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the partner&apos;s card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 groups typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 groups typed. InBeeld checks them against the card when you add the partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the partner&apos;s identity card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the fingerprint was compared: by phone or in person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::AddSubjectRequestDialog</name>
    <message>
        <source>New request of a data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 digits; empty when the child has no BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. passport seen at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is due one month after the request was received; you can extend that by two months with a reason. Verify the identity of the person asking before you register the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BSN of the child:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eceived on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Asked by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity verified how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::AreaEditorDialog</name>
    <message>
        <source>&amp;Save work area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work areas and schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;chools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipalities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary education (VO) from the a&amp;ge of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child whose last known school is on this list goes to that school&apos;s samenwerkingsverband; other children by where they live. Import a CSV with the columns school (or naam), brin and swv; it replaces the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenwerkingsverband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRIN, like 12AB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement of this store is not known to this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work areas come from the agreement profile and are still to be confirmed by the parties; change them here when the parties agree otherwise. Rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in this store (not the profile&apos;s default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in the agreement profile (to be confirmed by the parties).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work area of %1 is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children count as secondary education (VO) from the age of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the school list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer on the school list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The school list now holds %n school(s) from the file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import school list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::AuditLogModel</name>
    <message>
        <source>Entry %1 (%2), chain hash %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::AuditLogPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InBeeld records every unlock, change, import and export in this log. Each entry is chained to the one before it, so a changed or removed entry is detected when you verify the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log cannot be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: all %n entries are chained correctly.</source>
        <translation>
            <numerusform>The audit log is intact: its %n entry is chained correctly.</numerusform>
            <numerusform>The audit log is intact: all %n entries are chained correctly.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log has been changed outside InBeeld. %1 Keep the store and its backups as they are and report this to your privacy officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify &amp;against anchor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies one line with the number of entries and the last entry&apos;s hash. Keep it outside the store (in the case file, on paper): it shows later whether the log was cut back or rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchor is on the clipboard. Keep it outside the store, for example in the case file or with your privacy officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify against an anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an anchor kept earlier (one line starting with &quot;inbeeld-audit-anchor&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is intact and still holds entry %1, the one the anchor names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::CategoryComparisonView</name>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every child in this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, BSN or school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search both lists by name, BSN or school (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our list and their list side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n children in this category.</source>
        <translation>
            <numerusform>%n child in this category.</numerusform>
            <numerusform>%n children in this category.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2 children.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ChangePassphraseDialog</name>
    <message>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the change, the store only opens with the new passphrase. Backups made before keep their old passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one. Choose a different passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase. This takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not correct. Nothing was changed. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was not changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase has been changed. Use the new passphrase from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase has been changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ChildCaseActions</name>
    <message>
        <source>No child chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing about this child ends: back in school, startkwalificatie, moved out of the region or deceased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the &amp;restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restrict processing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the legal &amp;hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a legal &amp;hold on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct a field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct a field… (only the partner lists this child: ask them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case closed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restriction is lifted: the child is matched and shared as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s data stays stored but is not matched into new work, shared or exported until you lift the restriction. Why (e.g. the request it answers)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing is restricted: the child is not shared or exported until you lift it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal hold is released: the retention rules apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing about the child is purged while the hold is on. Why (a pending request, complaint or breach investigation)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal hold is on the child: nothing about it is purged until you release it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected: &apos;%1&apos; is now &apos;%2&apos;. The old value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erasure or objection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Granted: %n record(s) removed; nothing of the child is left in the store.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Refused under the public task; the decision and its reasoning are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, in general terms (no diagnoses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing about this child ends. The child is left out of packages and exports, and everything about the child is removed when the retention period has passed. You can reopen the case if this is a mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ComparePage</name>
    <message numerus="yes">
        <source>List %1: %2, %3 (%n children)</source>
        <translation>
            <numerusform>List %1: %2, %3 (%n child)</numerusform>
            <numerusform>List %1: %2, %3 (%n children)</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ur list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their l&amp;ist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of your own lists to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of the partner&apos;s lists to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the comparison that is running (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store to compare lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no list yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lists cannot be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison was cancelled; the result shown is from before. Click Compare again to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison was cancelled. Click Compare again to start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 children, %2 of them not on both lists the same way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared at %1: %2 children on one or both lists. Choose other lists above to compare those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print overview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts per category and outcome (no personal data): print, or choose a PDF printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ComparisonChart</name>
    <message>
        <source>Chart of the comparison per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ComparisonDetailPane</name>
    <message>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwijsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last known school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date exemption granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration of exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvement RBL / SWV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, same child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No, different children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share with the partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both records field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this child&apos;s data with the partner for a case discussion. InBeeld first walks you through the four-step check (grondslag, doel, proportionaliteit, subsidiariteit) and records your weighing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two records are the same child. InBeeld remembers this for later lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two records are different children (for example the same name and date of birth). InBeeld remembers this for later lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget your decision about this pair, so it is a probable match again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about this child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes, for example what you agreed with the partner. Write in general terms, no diagnoses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a child in the table to see both records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and date of birth agree for %1%; one list has no BSN. Check the records and decide whether this is the same child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(you confirmed this pair; name score %1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(you rejected a probable match with a record on the other list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs in: %1 (marked ≠ below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides which fields the agreement allows to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on our list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on their list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed as the same child. The comparison is updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: these are different children. The comparison is updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision was withdrawn; the pair is a probable match again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing about this child ends: back in school, startkwalificatie, moved out of the region or deceased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case closed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the &amp;Inspectie registration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the partner lists this child. When you have confirmed that it is a thuiszitter, count it in your quarterly registration for the Inspectie (anonymously).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the Inspectie registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did you confirm this child? (kept with the registration, never exported; no names or diagnoses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in the Inspectie registration of school year %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child added to the Inspectie registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict processing, legal hold, correct a field, access export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ComparisonOverview</name>
    <message>
        <source>E&amp;xport counts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children per category and outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click a category to see its children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these counts as a CSV file. It holds numbers only, no personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both lists are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: all %1 children are on both lists, recorded the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 children are on both lists, recorded the same way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on both lists but recorded differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only on our list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only on their list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 probably the same child (please check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do we see the same children? Not all: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the one-sided children are expected (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export comparison counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison-counts-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts of the comparison were written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ComparisonSummaryModel</name>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ComparisonTableModel</name>
    <message>
        <source>%1 (onderwijsnummer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (match rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ours &quot;%2&quot;, theirs &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No BSN on one of the lists; the name and date of birth match for %1%. Open the details to confirm or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You confirmed that these records are the same child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You rejected a probable match with a record on the other list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on our list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on their list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded differently. Our list: &quot;%1&quot;; their list: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from the other list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our list
Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their list
Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Last known school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the child compares between the two lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As recorded on our list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As recorded on their list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::DecisionListModel</name>
    <message>
        <source>Quarterly exchange (standing decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per category (Bijlage 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::DecisionsPage</name>
    <message>
        <source>&amp;New decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;quarterly exchange decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this child&apos;s data to the decision&apos;s recipient as a signed, encrypted case package, with exactly the fields the decision covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before anything about a child is shared, walk the four-step check; its decision covers one child, one recipient and the chosen fields for a limited time. Without a decision in force, InBeeld exports nothing about the child. The quarterly exchange of the lists is covered by one standing decision under the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1 recorded. To send the child&apos;s data now, choose &quot;Send to partner…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child with BSN %1 is in the newest lists of this store. Import the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BSN of the child (as in the newest list):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1 withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw decision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After withdrawing, the decision covers nothing. &amp;Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing decision %1 for the quarterly exchange recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print decision record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole weighing of the selected decision, for the case file and the privacy officer (print, or choose a PDF printer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::DispatchHistoryDialog</name>
    <message>
        <source>No package has been sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by &amp;mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each package you made left: written to a file, sent by mail, or a mail that failed. The breach report reads the same history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To / file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected package to its partner by mail (again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent; the server answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package file is no longer where it was written (%1). Open it from where you keep it, or make the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a partner, so nothing can be sent to them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::EraseDialog</name>
    <message>
        <source>A request for &amp;erasure (art. 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;objection (art. 21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure or objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reasoning, in general terms (no diagnoses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reasoning (recorded with the decision):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fuse (public task)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant: erase now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the reasoning first: it is recorded with the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything about this child is removed from the store now: records in every list, notes, decisions and received case packages. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::FormColumnsDialog</name>
    <message>
        <source>Columns of the Inspectie&apos;s form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the columns as the Inspectie&apos;s form names them and put them in its order. Untick a column the form does not have. InBeeld remembers this for every next quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the column holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column name on the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportDonePage</name>
    <message>
        <source>The list has been imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is on the Lists tab, with its report. The rows that were not imported can be exported there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children added, removed or changed since the previous list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes since the previous list could not be shown. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first list of %1 in this store. The next list of this source will be compared with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportFilePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Our own list (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;partner&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or Excel (XLSX) file as your administration or a partner delivered it. Nothing is stored until you confirm the import at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file of the list, for example thuiszitters-2026-q3.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the list has a column with the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a list that holds one kind of thuiszitters and has no column that says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eildatum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the list is about (its reference date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the file says above its columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not say; check this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later list of the same source is compared with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: SWV De Liemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the partner that delivered the list. A later list of the same partner is compared with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the list to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportIssueModel</name>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: row not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem and what to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportMappingPage</name>
    <message>
        <source>&amp;Remember this mapping for lists with these columns, as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say for each column of the file what it holds. Columns set to &quot;(not imported)&quot; are left out of the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the saved mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: Leerplichtpakket export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file and what they are imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the &amp;file, as they will be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns are mapped as you chose before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns are mapped as saved in &quot;%1&quot; for lists with these columns. Check them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InBeeld recognised %1 of the %2 columns by their names. Check the choices below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportPreviewModel</name>
    <message>
        <source>Line in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is imported as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportProgressDialog</name>
    <message>
        <source>Checking the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…
%2 rows read; writing them to the encrypted store.
This can take a moment and can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…
%2 rows checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…
%2 rows read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportReportDialog</name>
    <message>
        <source>Import report of list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · source %3 · peildatum %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportReportPage</name>
    <message>
        <source>Check the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InBeeld has checked every row. Rows with an error are not imported; export them to fix them in the source list. Rows with a warning are imported; check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the rows can be imported. Fix the rows in the source list, or go back and check the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n valid rows</source>
        <translation>
            <numerusform>&amp;Import %n valid row</numerusform>
            <numerusform>&amp;Import %n valid rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportReportView</name>
    <message>
        <source>&amp;Export rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rows that were not imported, with their problems, to a CSV file that Excel opens, so they can be fixed in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: rows not imported (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings: rows imported (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns left out (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value in the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-rejected.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rejected rows written to %1. Fix them in the source list and import the list again.</source>
        <translation>
            <numerusform>%n rejected row written to %1. Fix it in the source list and import the list again.</numerusform>
            <numerusform>%n rejected rows written to %1. Fix them in the source list and import the list again.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report with every problem row (personal data: marked confidential).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rejected rows (the file holds personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the first %1 of %2 rejected rows; the store keeps all of them (inbeeld-cli snapshots report --rejected-csv writes every one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds personal data of children: only you can read it; delete it once the rows are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportWizard</name>
    <message>
        <source>Import a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was stored. Press Next to check the list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be checked. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was stored: the store is as it was before. Press the import button to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list was not imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::LifecycleMenu</name>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View what can be deleted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the re&amp;quests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what has passed its retention period and delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention r&amp;ules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long this organisation keeps each kind of data, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quests of data subjects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register of requests for access, rectification, erasure and more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the store holds about one child, as PDF or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message until the next unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Requests of data subjects: %n request(s) must be answered within a week or are late.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inbeeld::ListChangesDialog</name>
    <message>
        <source>No longer on this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose the ticked cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the previous list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children added, removed or changed since the previous list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children no longer on this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, in general terms (no diagnoses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first list of its source in this store: there is nothing to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, born %2, BSN %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) of the previous list are not on this list, and their case is still open. If processing about them has ended, tick them, choose the reason and close their cases. Children you leave unticked stay open.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the reason first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the children whose case you want to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) closed: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inbeeld::LocationPage</name>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is one encrypted file. Keep it on this computer or on a drive your organisation backs up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InBeeld never overwrites an existing file. Make a backup of the store regularly (File, Back up store…) and keep the backup somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name or folder: InBeeld never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose a folder where you may save files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to keep the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InBeeld stores (*.inbeeld);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::MailSendDialog</name>
    <message>
        <source>Mail &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send package by mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mail holds no personal data: the children&apos;s data are only in the encrypted attachment, which only %1 can open. The package stays on disk whatever happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail has not been set up yet: choose Mail settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password of the mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1 through %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1 (%2) at %3. The server answered: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is still at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::MailSettingsDialog</name>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the password in this computer&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.example.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leerplicht@example.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the certificate authorities of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect, secure the connection and log in with these settings; nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InBeeld sends packages through your organisation&apos;s mail server, always over an encrypted connection whose certificate is checked; sending without encryption is not possible. The password is kept in the keychain of this computer, never in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nder address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail has not been set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the keychain; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not kept: asked when sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail settings are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not kept: it is asked when sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the keychain of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no keychain on this computer: the password is asked each time you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password to test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works: the server was reached over an encrypted connection and accepted the user name and password. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::MainWindow</name>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the store and ask for the passphrase before showing it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a list of thuiszitters from a CSV or Excel file: yours or a partner&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a signed, encrypted exchange package for a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an encrypted copy of the store, for example to a drive that is backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the store by a backup; the current store is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget remembered key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the store&apos;s key from the keychain of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About InBeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – InBeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file of this organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List %1 has been imported; it is on the Lists tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 was not opened; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case package from %1 opened; it is case %2 on the Lists tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package from %1 opened; it is partner list %2 on the Lists tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InBeeld stores (*.inbeeld);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written. %1 Choose another place and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer no longer remembers the key of this store. InBeeld will ask for the passphrase next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be removed from the keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an exchange package (.inbeeldpakket) that a partner sent you; its list is stored as the partner&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InBeeld packages (*.inbeeldpakket *.inbeeld);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1. It opens with the current passphrase. Audit anchor of the backup: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::NewPassphraseEditor</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase a second time to make sure it has no typing errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters: four or more random words are easy to remember and hard to guess.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inbeeld::OrganisationPage</name>
    <message>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InBeeld keeps one store per organisation. Tell it which organisation this store is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: RBL Midden-Gelre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RBL: regional attendance office (leerplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWV: school partnership (samenwerkingsverband passend onderwijs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InBeeld has no usable data-sharing agreement built in, so a store cannot be created. Please report this to your IT department. Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties to this agreement: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::OverviewPage</name>
    <message>
        <source>Organisation and store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agreement allows you to exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per category of out-of-school child: the fields that may be shared with your partner, and why. InBeeld never exports a field that is not listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category and field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for exchanging it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields the agreement allows per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher (version unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher %1, key derived with Argon2id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement of this store cannot be shown. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1. Normally known by: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::PackageOpenedDialog</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One child (case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case package from %1 was checked and stored as case %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package from %1 was checked and stored as partner list %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is that of a partner you added, the package was made for you, and nothing in it was changed on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds one child that the partner decided to share with you; it does not replace the partner&apos;s list. It is on the Lists tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is on the Lists tab; compare it with your own list to see which children you both know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in the series from %2 to you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the peildatum %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the Inspectie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 (one child, not a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare your newest list with this partner list on the Compare tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A late package: a newer one from %1 was opened before. It is kept, but does not replace their newer list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not received: package number(s) %1 from %2. Ask them for these packages; a case in them would otherwise be missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::PartnerContactDialog</name>
    <message>
        <source>Contact at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages sent by mail go to this address. Use the address the partner gave you for this exchange, preferably a shared mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::PartnerListModel</name>
    <message>
        <source>These keys replaced earlier ones of %1; the new keys were signed with the key pinned before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new keys signed with the pinned key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::PartnersPage</name>
    <message>
        <source>My identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export identity card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save fingerprint pa&amp;ge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pa&amp;rtner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send pac&amp;kage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the signed, encrypted package with your newest list for a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this card to your partners when the agreement is signed. They will ask you to read out the fingerprint below, by phone or in person, before they add you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the identity card to a file to hand to a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the organisation and fingerprint, for example into a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a page with the fingerprint to print and keep with the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Partners&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InBeeld only sends packages to, and only opens packages from, the partners listed here. Each was added after comparing their fingerprint with a contact at the partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partners yet. Ask your partner for their identity card and choose &quot;Add partner…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-identity-card</source>
        <extracomment>File name of the identity card; %1 is the organisation&apos;s name with dashes for spaces.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity cards (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity card written to %1. Give it to your partner and read the fingerprint to them by phone or in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), InBeeld fingerprint: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save fingerprint page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InBeeld identity of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner compares this fingerprint with the one on the identity card you gave them, by phone or in person, before they add you. If any group differs, the card is not yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint page could not be written to %1: %2. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint page saved to %1; open it in a browser to print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been added as a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit con&amp;tact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work areas and schools…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail setti&amp;ngs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the contact person, mail address and phone number of the selected partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more packages to or from the selected partner; what was exchanged is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which municipalities, sector and schools belong to each partner&apos;s work area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each package left: file, mail, and the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact of %1 is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 as a partner?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this, InBeeld makes no more packages for %1 and refuses packages from them as from an unknown sender. What was exchanged stays: their lists, the package history and the audit log. To exchange again, add them anew with their identity card and the fingerprint check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed as a partner; its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::PassphrasePage</name>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase protects the store. Anyone who knows it and has the file can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the store&apos;s key in the keychain of this computer, so InBeeld opens without asking for the passphrase while you are logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tick this on a computer that only you use and that locks when you leave it. You still need the passphrase on other computers and for backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the store. This takes a moment…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::PurgePreviewDialog</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention: what can be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data whose retention period has passed is deleted for good: the rows are overwritten and the store file is rewritten, so nothing is left in it. Anonymous figures for the Inspectie stay. Children on legal hold are never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each retention rule makes due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything counted above, after you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have passed their retention period (%1 rows).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has passed its retention period. The next data becomes due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has passed its retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) on legal hold: nothing about them is deleted until the hold is lifted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be deleted for good (%1 rows). This cannot be undone; a backup made before still holds them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewriting the store file so nothing is left in it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: %1. Nothing of it is left in the store file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::RectifyDialog</name>
    <message>
        <source>Correct a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates as dd-mm-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. request 12 of the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects the field in our own records about this child. The old value is kept with who, when and why; comparisons and packages use the correction from now on and the next package tells the partner. A partner&apos;s record is not ours to correct: ask that partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ReportingPage</name>
    <message>
        <source>&amp;Register quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Inspectie&apos;s thuiszitters registration: anonymous, cumulative over the school year (1 August to 31 July), built from your own lists whose reference dates fall in the quarter. It contains no BSN, name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Excel (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save summary as &amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form c&amp;olumns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter %1 has not been registered yet. Check the reference date and press Register quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Quarter %1 registered: %n child(ren).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Quarter %1, school year %2, reference date %3: %4 children in the registration, %5 active, %6 ended; %7 own list(s) used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category and subgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active on the reference date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the quarter first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years after the school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this, a school year&apos;s registration is removed by the retention purge. The default of %1 years is to be confirmed by your privacy officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the registration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The registration is now kept %n year(s) after each school year.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inbeeld::RestoreDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 will be replaced by the backup. Everything recorded after the backup was made is then no longer in the store. The current store is kept beside it as %2, so nothing is lost.

InBeeld locks the store for the restore. Afterwards, unlock the restored store with the passphrase the backup was made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1. Choose the backup file with Browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the store itself, not a backup. Choose the backup file with Browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not an InBeeld backup. Choose a file made with File, Back up store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InBeeld stores (*.inbeeld);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::RetentionRulesDialog</name>
    <message>
        <source>Retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long this organisation keeps each kind of data. A changed period needs its own reason; every change is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changed by this organisation; the agreement&apos;s default is %n month(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The agreement&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention rules were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n retention rule(s) changed; recorded in the audit log.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inbeeld::SendPackageDialog</name>
    <message>
        <source>C&amp;hild&apos;s BSN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by &amp;mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package holds your newest own list, with per category only the fields the agreement allows. It is signed by you and encrypted for the partner (and for you), so nobody else can read it on the way. Check below what will go out before you write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quarterly package holds your whole list for the quarterly exchange under the agreement. A case package holds one child, with the fields of the decision you recorded for that child and this partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BSN of the child, as on your own list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current quarter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the file by mail or hand it over on a USB stick. Only the partner (and you) can open it; they open it in InBeeld with File &gt; Open package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your mail program with a prepared mail (package id and fingerprint, no personal data) and the folder with the file, to attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder that holds the package file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the package, then write and check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your partners is %1, the recipient of decision %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add their identity card on the Partners tab (Add partner…), after comparing their fingerprint with your contact; then send the case again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no partner to send a package to yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the partner on the Partners tab first (Add partner…), after comparing their fingerprint with your contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the BSN of the child (9 digits) to see what the case package holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the four-step check for this child and this partner on the Decisions tab (&quot;New decision…&quot;), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the standing decision for the quarterly exchange on the Decisions tab (&quot;Record quarterly exchange decision&quot;), then open this dialog again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 for %2 written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package for %1 was written and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in the series from you to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program could be opened. Write the mail yourself and attach the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InBeeld packages (*.inbeeldpakket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category and fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your own list %1 (%2, peildatum %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a field to see why the agreement allows sharing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open mail p&amp;rogram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the package to the partner&apos;s mail address from InBeeld, over an encrypted connection; the mail itself holds no personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose for each child that cannot be assigned whether it goes to %1 or is left out; then the package can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has read in our new card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::SessionController</name>
    <message>
        <source>InBeeld locked the store because it was not used for a while. Enter the passphrase to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain of this computer is not available, so InBeeld cannot remember the passphrase here. Enter the passphrase each time you open the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is locked. Enter the passphrase to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store for %1 is ready. Make a backup now and then with File, Back up store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored. %1 The store is as it was; unlock it to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup has been restored. The replaced store was kept as %1. Unlock the restored store with the passphrase of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when you start InBeeld again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InBeeld locks the store when you have not used it for this many minutes. Choose 0 to never lock automatically.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::SetupWizard</name>
    <message>
        <source>Set up InBeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be created. %1 Check the details and press Create store again, or go Back to choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ShareWizard</name>
    <message>
        <source>Share information about a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk with, not about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before sharing about %1 (%2, born %3): can you talk with the young person or the parents instead, and have you told them that you share and why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, they were informed or consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o, they were not informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The young person and the parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: how and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: informing them would put the child at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why not:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1: legal ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing needs one of the six legal grounds of the GDPR. The agreement rests on a task of public interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the &amp;interest legitimate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is sharing &amp;necessary for it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does it &amp;outweigh the young person&apos;s interests?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2: purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to achieve by sharing? Data collected for one purpose may not simply be used for another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a purpose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another purpose, outside the agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Own purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I checked that another basis covers this purpose (the &amp;agreement does not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3: proportionality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share only what the recipient really needs: &quot;handy to have&quot; is not &quot;necessary&quot;. Only the fields the agreement allows for this child&apos;s category are listed; every field beyond the minimum needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wording that will be shared; write it in general terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the recipient need this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional message for the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4: subsidiarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could the purpose be reached in a less intrusive way? If so, use that way: nothing is shared and the choice is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No: sharing the data is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the less intrusive ways below are not enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the decision. Recording it is logged in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child: %1, born %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Decided by: %1, now; valid for %n day(s)</source>
        <translation>
            <numerusform>Decided by: %1, now; valid for %n day</numerusform>
            <numerusform>Decided by: %1, now; valid for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Informed: yes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed: no. Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(outside the agreement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: nothing is shared; instead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: share these fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(why: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less intrusive ways are not enough because: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::SnapshotDiffModel</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::SnapshotListModel</name>
    <message>
        <source>List %1: %2 of %3 rows imported, %4 rejected, %5 warnings, %6 repeated rows. Imported by %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peildatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::SnapshotsPage</name>
    <message>
        <source>&amp;Import list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &amp;report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every list imported into this store, newest first. A new list of a source is compared with the previous list of that source. Import a list with File, Import list, or drop a CSV or Excel file on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lists cannot be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lists imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-rejected.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows of list %1 were written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since the previous list of this source; for your own list, close the cases of children it no longer holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a wrongly imported list with its records and rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List %1 (%2, file %3) is deleted for good: %4 children&apos;s records and %5 rejected rows. Use this for a list that was imported by mistake; to keep a list&apos;s history, leave it. This cannot be undone; a backup made before still holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List %1 is deleted: %2 records and %3 other rows; nothing of it is left in the store file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::SubjectRequestsDialog</name>
    <message>
        <source>Show &amp;closed requests too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend deadline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ose request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests of data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a request (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the access export for the child of the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests of young people and their parents or guardians about the data this organisation holds (access, rectification, completion, erasure, restriction, objection). Answer within one month of receipt; that can be extended once by two months, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open – deadline passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open – deadline near</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (extended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) must be answered within a week or are late.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1 registered; answer by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the answer take two more months? (The person who asked must be told within the first month.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline of request %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was the request granted or refused?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answered / granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done or decided, in general terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::TrendChart</name>
    <message>
        <source>No quarter registered yet for this school year. Choose a quarter and press Register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::UnassignedChildrenView</name>
    <message>
        <source>Not assignable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out all ot&amp;hers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children that cannot be assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to %1</source>
        <extracomment>%1 is the partner&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No party of the agreement can be named for these children. They go to nobody unless you send them to %1; choose for each child (recorded with the package).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::UnlockDialog</name>
    <message>
        <source>&amp;Open other store file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock InBeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the store&apos;s key in the keychain of this computer, so InBeeld opens without asking for the passphrase while you are logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of the store to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking the store. This takes a moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a store first, or create one with New organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InBeeld stores (*.inbeeld);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not an InBeeld store. Choose the store file of your organisation (it usually ends in .inbeeld).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file cannot be found at this place. If it was moved, use Open other store file to choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo store with invented data. Its passphrase is: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::WelcomePage</name>
    <message>
        <source>Welcome to InBeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wizard sets up InBeeld for your organisation. It takes a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;InBeeld keeps your organisation&apos;s list of out-of-school children (thuiszitters) in one encrypted file on this computer, the &lt;b&gt;store&lt;/b&gt;. With it you can compare your list with the list of your partner under the data-sharing agreement (convenant).&lt;/p&gt;&lt;p&gt;You will need:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the name of your organisation and its role (attendance office or school partnership);&lt;/li&gt;&lt;li&gt;a place for the store file;&lt;/li&gt;&lt;li&gt;a passphrase that only you and your colleagues who use this store know.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Nobody can open the store without the passphrase, not even the makers of InBeeld.&lt;/b&gt; Write it down and keep it in a safe place.&lt;/p&gt;&lt;p&gt;Press &lt;i&gt;Next&lt;/i&gt; to begin.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>InBeeld compares the lists of out-of-school children of an attendance office and a school partnership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a throw-away demo store with invented data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the store file at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder could be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InBeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo store could not be created. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exchange package to open (after unlocking), or a store to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[file]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
