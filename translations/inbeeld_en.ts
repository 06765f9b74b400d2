<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AgeEncryption</name>
    <message>
        <location filename="../core/exchange/AgeEncryption.cpp" line="+75"/>
        <source>The file could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+75"/>
        <source>The cryptography library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Choose between 1 and %1 recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A recipient key is not an X25519 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A recipient key is not usable (it is a degenerate X25519 key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The decryption key is not an X25519 secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file ends inside its header: it is incomplete (for example copied only partly, or a USB stick was removed too early). Ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s header is damaged or was changed, so it cannot be decrypted. Ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>This is not an encrypted file in age format. Choose the file you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>This file uses a newer version of the age format (%1) than this program knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is an armored (text) age file; only binary age files are accepted. Decrypt it with &apos;age -d&apos; or ask the sender for the binary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>This file was encrypted with a passphrase, not to a key. It was not made for this organisation&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This file was not encrypted for this organisation&apos;s key (it is meant for %n other recipient(s)). Check that it was sent to you, or ask the sender to encrypt it to your current key.</source>
        <translation>
            <numerusform>This file was not encrypted for this organisation&apos;s key (it is meant for %n other recipient). Check that it was sent to you, or ask the sender to encrypt it to your current key.</numerusform>
            <numerusform>This file was not encrypted for this organisation&apos;s key (it is meant for %n other recipients). Check that it was sent to you, or ask the sender to encrypt it to your current key.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The file ends early (in part %1 of the encrypted content): it is incomplete, for example copied only partly or a USB stick was removed too early. Ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The encrypted content ends with an empty part, which the format does not allow; the file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file ends early after part %1 of the encrypted content: it is incomplete, for example copied only partly or a USB stick was removed too early. Ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is extra data after the end of the encrypted content: something was appended to the file. Do not use it; ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last part (%1) of the encrypted content does not check out: the file is incomplete (for example a USB stick was removed too early) or was changed. Ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Part %1 of the encrypted content was changed or damaged; nothing of the file can be trusted. Ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgeKeys</name>
    <message>
        <location filename="../core/exchange/AgeKeys.cpp" line="+30"/>
        <source>This is not an age public key (recipient). It starts with &apos;age1&apos; and has 62 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is not an age secret key. It starts with &apos;AGE-SECRET-KEY-1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The age identity file holds no secret key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <location filename="../core/domain/Agreement.cpp" line="+30"/>
        <source>The agreement profile is not valid JSON (at character %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agreement profile is incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>id, title and version are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>every party needs an id, a name and the role rbl or swv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every category needs a unique code and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>every field needs a unique id and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the field &quot;%1&quot; has no reason for exchanging it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the field &quot;%1&quot; names the unknown category &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the six legal grounds of the GDPR and a default ground among them are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no purposes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the category &quot;%1&quot; has no minimum fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the minimum field &quot;%1&quot; is not allowed for the category &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the quarterly exchange needs one of the purposes and its subsidiarity reasoning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the validity of a sharing decision must be at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agreement profile %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+128"/>
        <source>The agreement profile &quot;%1&quot; is not known to this version of InBeeld.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Check the hash chain of the store&apos;s audit log. Exit code 0 when the log is intact; otherwise the first broken entry is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>The store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>audit log intact: %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the entries of the store&apos;s audit log, one per line, tab-separated: id, time (UTC, ISO 8601), actor, action, detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List at most N entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--limit needs a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="+56"/>
        <source>Store created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock failed (wrong passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store upgraded to a new schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store restored from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo organisation created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import failed; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation keys created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation keys replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity card exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret decryption key exported to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner added (keys pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner keys replaced (signed by the pinned key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner card with changed keys refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision to share a child&apos;s data recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less intrusive way chosen; nothing shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing decision for the quarterly exchange recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange package written for a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange package opened; partner&apos;s list stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange package refused; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected rows of a list exported to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probable match confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probable match rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision on a probable match withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note about a child saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child&apos;s record viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+34"/>
        <location line="+29"/>
        <source>The audit log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The audit log could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The audit log is not intact: entry %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit log is not intact: entry %1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bsn</name>
    <message>
        <location filename="../core/domain/Bsn.cpp" line="+53"/>
        <source>The BSN is empty. Fill in the nine-digit citizen service number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The BSN &quot;%1&quot; contains characters other than digits. A BSN consists of nine digits; check the number in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The BSN &quot;%1&quot; does not have nine digits (it has %n). Check the number in the source list.</source>
        <translation>
            <numerusform>The BSN &quot;%1&quot; does not have nine digits (it has %n). Check the number in the source list.</numerusform>
            <numerusform>The BSN &quot;%1&quot; does not have nine digits (it has %n). Check the number in the source list.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The BSN %1 is not valid (it fails the elfproef, the check for typing errors). Check the number in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryRecognizer</name>
    <message>
        <location filename="../core/importing/CategoryRecognizer.cpp" line="+82"/>
        <source>The category is empty. Fill in absoluut verzuim, langdurig verzuim or vrijstelling 5a in the source list, or import lists of one category with that category chosen for the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a category of the agreement, so the row was not imported (the program does not guess). Use absoluut verzuim, langdurig verzuim or vrijstelling 5a in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../core/sharing/Checklist.cpp" line="+55"/>
        <source>Consent is a last resort: it can be withdrawn at any time, and it is rarely given freely when the young person or the parents depend on your organisation. Prefer the ground the agreement rests on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A public body cannot rely on legitimate interest for its public tasks. If you use it, answer the three questions of the test: is the interest legitimate, is sharing necessary for it, and does it outweigh the interests of the young person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vital interest is only for protecting someone&apos;s life or health when no other ground applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A contract is only a ground when the young person or the parents are a party to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Ask the young person or the parents directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They can tell the other party themselves, or come to the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discuss the case anonymously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the situation so that nobody outside your organisation can tell who it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share only that the child is known (buitenkantinformatie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say that your organisation is involved and who to contact, without any content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share counts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers per category, without anything that identifies a child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Say whom you informed or consulted: the young person, the parents, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explain why the young person or the parents were not informed (for example: it would put the child at risk). Write at least a short sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose one of the six legal grounds of the GDPR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legitimate interest: explain which interest is served and why it is legitimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legitimate interest: explain why sharing is necessary for that interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legitimate interest: explain why the interest outweighs the interests of the young person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a purpose of the agreement or describe your own, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agreement has no purpose &quot;%1&quot;. Choose one of its purposes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the purpose of sharing among the agreement&apos;s purposes, or describe it in a sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your purpose is not one of the agreement&apos;s purposes, so the agreement does not cover this sharing. Confirm that you have checked another basis for it, or choose a purpose of the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select at least one field to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agreement has no field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agreement does not allow sharing &quot;%1&quot; for a child in the category &quot;%2&quot;. Leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is more than the minimum for this category: explain in a sentence why the recipient needs it, or leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; contains words that reveal special categories of personal data or police and justice data (%2). Rephrase it in general terms, such as &quot;medische redenen&quot; or &quot;geen passende plek&quot;, or leave the field out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The note contains words that reveal special categories of personal data or police and justice data (%1). Rephrase it in general terms or leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown alternative &quot;%1&quot;: use ask_directly, anonymous, outside_info or counts_only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explain why the less intrusive ways (asking directly, discussing anonymously, sharing only that the child is known, counts only) are not enough for this purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The young person is 16 or older: inform or consult them as well, not only the parents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The agreement rests on &quot;%1&quot; (%2). Another ground is your organisation&apos;s own responsibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This purpose is outside the agreement: the agreement does not cover sharing for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a party of the agreement. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The child cannot be identified or has no category of the agreement; a decision needs both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The decision is not complete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The quarterly exchange covers every thuiszitter on the lists; the parties inform young people and parents about it in general (privacy statement), not case by case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildFinder</name>
    <message>
        <location filename="../core/sharing/ChildFinder.cpp" line="+38"/>
        <source>The lists could not be searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildNotes</name>
    <message>
        <location filename="../core/matching/ChildNotes.cpp" line="+15"/>
        <source>The notes about children could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The note could not be saved: %1. Try again; the earlier note is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A note needs a child with a BSN, onderwijsnummer or a name with a date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+58"/>
        <source>Usage: %1 &lt;command&gt; [options]
InBeeld on the command line: create, inspect, back up and restore the encrypted store of an
organisation, import lists into it and compare them.

Commands:
  init              Create a new encrypted store for an organisation
  info              Show the organisation and state of a store
  passwd            Change the passphrase of a store
  backup            Write an encrypted backup copy of a store
  restore           Replace a store with a backup
  audit verify      Check the hash chain of the audit log
  audit list        List the entries of the audit log
  import            Import a list of thuiszitters (CSV or XLSX) into a new snapshot
  snapshots list    List the imported lists (snapshots)
  snapshots diff    Show what changed since the previous list of the same source
  snapshots report  Show the stored report of an import; export its rejected rows
  compare           Compare your list with a partner&apos;s list, per category
  identity          Show or export the organisation&apos;s identity card and public keys
  partner add       Pin a partner&apos;s identity card after comparing its fingerprint
  partner list      List the pinned partners
  decide            Record the four-step check before sharing a child&apos;s data
  decisions         List, show or withdraw decisions; record the standing decision
  package create    Write a signed, encrypted package for a pinned partner
  package open      Check a partner&apos;s package and store it as the partner&apos;s list

Run &apos;%1 &lt;command&gt; --help&apos; (or &apos;%1 help &lt;command&gt;&apos;) for the options of a command.
Messages follow the language chosen in the program (Dutch by default); the environment
variable INBEELD_LANGUAGE=en or nl overrides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../core/importing/ColumnMapping.cpp" line="+18"/>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>no column holds the category (absoluut verzuim, langdurig verzuim or vrijstelling 5a); map the column with the category, or choose one category for the whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no column holds the BSN or onderwijsnummer, and there is no name and date of birth to identify children by; map the BSN column, or the name and date-of-birth columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The columns of this file are not complete: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandGroup</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+101"/>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown command &apos;%1&apos;: use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;%1 %2 --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location line="+61"/>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Read the passphrase from the first line of FILE (keep the file private).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected argument: this command takes one file besides its options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected argument: this command takes only options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing required option --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run &apos;%1 %2 --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareCommands</name>
    <message>
        <location filename="../app/cli/CompareCommands.cpp" line="+53"/>
        <source>list %1 (%2, peildatum %3, %4 children)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(no number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 (ours) / %3 (theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmed as the same child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a probable match was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Our %1 compared with their %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n child(ren) on both lists without differences not shown; use --all to list them.</source>
        <translation>
            <numerusform>%n child on both lists without differences not shown; use --all to list it.</numerusform>
            <numerusform>%n children on both lists without differences not shown; use --all to list them.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;expected&quot;: under the agreement this category is normally known to one party only, so a child on one list only is no reason for concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare your own list with a partner&apos;s list, child by child, per category: on both lists (both), on both but recorded differently (differs), only on one list (only_ours, only_theirs), or probably the same child without a BSN on one side (probable). Confirm or reject probable matches in the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of your own list (default: the newest; see &apos;snapshots list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of the partner&apos;s list (default: the newest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a JSON object (summary per category and all items) instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also list the children that are on both lists without differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also write the counts per category and outcome (no personal data) to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--%1 needs the number of a list, like 3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../core/matching/Comparison.cpp" line="+65"/>
        <source>Expected: under the agreement, &quot;%1&quot; is normally known only to us (%2), so %3 would not have this child on its list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected: under the agreement, &quot;%1&quot; is normally known only to %2, so our list would not have this child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>On both lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On both lists, recorded differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only on our list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only on their list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probably the same child (check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last known school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start date (absence or exemption)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonCounts</name>
    <message>
        <location filename="../core/matching/ComparisonCounts.cpp" line="+36"/>
        <source>The counts could not be written to %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonService</name>
    <message>
        <location filename="../core/matching/ComparisonService.cpp" line="+20"/>
        <source>List %1 is a partner&apos;s list, not your own. Choose one of your own lists (see &quot;snapshots list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List %1 is your own list, not a partner&apos;s. Choose one of the partner&apos;s lists (see &quot;snapshots list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no list (snapshot) with number %1 in this store. List the snapshots to see their numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no list of your own in this store yet. Import your list first (side &quot;ours&quot;), then compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no partner&apos;s list in this store yet. Import the partner&apos;s list first (side &quot;theirs&quot;), then compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmationMethods</name>
    <message>
        <location filename="../core/exchange/PartnerTrust.cpp" line="+87"/>
        <source>by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/importing/CsvReader.cpp" line="+96"/>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 cannot be opened: %2. Check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is an Excel workbook (XLSX) or another ZIP archive, not a CSV file. Import it as a workbook, or save it from the spreadsheet program as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a text file, so it cannot be read as CSV. Save the list from the spreadsheet program as CSV or XLSX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Line %1 has more than %2 columns. This is not a table that can be imported; check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1: a cell is longer than %2 characters. If a quote (&quot;) opens a cell on that line, its closing quote is probably missing; add it in the source file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Line %1: a cell starts with a quote (&quot;) that is never closed, so the rest of the file would be one cell. Add the missing quote in the source file, or save the list again from the spreadsheet program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionCommands</name>
    <message>
        <location filename="../app/cli/DecisionCommands.cpp" line="+91"/>
        <source>Decision %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Standing decision for the quarterly exchange of the agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Child:       %1 (record %2, list %3, category %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  Recipient:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Decided:     %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Expires:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Informed:    yes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Informed:    no: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Ground:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Law:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Purpose:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(outside the agreement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Outcome:     a less intrusive way was chosen (%1); nothing may be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Fields (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Less intrusive ways: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Fields:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    why %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Less intrusive ways not enough: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Withdrawn:   %1 by %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+28"/>
        <source>Record the four-step check (Stappenplan informatie delen) before sharing a child&apos;s data with a party of the agreement. The answers come from a JSON file (see README.md) and are checked with the same rules as the wizard, including the check for special categories of personal data. The child is looked up by BSN in the newest lists of the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+107"/>
        <location line="+49"/>
        <location line="+32"/>
        <location line="+29"/>
        <source>The store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-216"/>
        <source>The child&apos;s BSN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The party to share with: the id of a party of the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The JSON file with the answers of the four steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the recorded decision as a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit code 0 when the decision was recorded (also when a less intrusive way was chosen), 1 when the answers are incomplete or the child is not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--bsn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answers file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answers file %1 is not a JSON object (at character %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+190"/>
        <source>the store&apos;s agreement profile &quot;%1&quot; is not known to this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-182"/>
        <source>--to: &quot;%1&quot; is not a party of the agreement. Use one of:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no child with BSN %1 is in the newest lists of this store; import the list first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recorded decision %1: a less intrusive way was chosen (%2). Nothing about this child may be shared with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded decision %1: %2 may be shared with %3 until %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>List the decisions of the four-step check, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a JSON array instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No decisions have been taken in this store yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(quarterly exchange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(all parties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show one decision in full: the weighing of every step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>The number of the decision (see &apos;decisions list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+61"/>
        <source>Print a JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+33"/>
        <source>give the number of a decision, like 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Withdraw a decision. From then on it covers nothing; take a new decision to share again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the decision is withdrawn (kept with the decision).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Decision %1 withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record the standing decision that covers the quarterly exchange of the lists under the agreement: its legal ground, its purpose, the fields per category of Bijlage 1, and why counts alone are not enough. Shows it when it was recorded already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionStore</name>
    <message>
        <location filename="../core/sharing/DecisionStore.cpp" line="+74"/>
        <location line="+13"/>
        <location line="+22"/>
        <source>The decision could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>This decision has been stored already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A decision about a child needs the child and a recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The standing decision for the quarterly exchange has been recorded already (decision %1). Withdraw it first to record it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Decision %1 was withdrawn already, on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>The decision could not be withdrawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The decisions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Decision %1 in the store cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no decision %1 in this store. List the decisions to see their numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <location filename="../core/demo/DemoStore.cpp" line="+22"/>
        <source>The demo list %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The demo list %1 could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutchDate</name>
    <message>
        <location filename="../core/domain/DutchDate.cpp" line="+51"/>
        <source>The Excel date number %1 is not a date: %2 Format the cell as a date in the spreadsheet and export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excel date numbers run from 1 (1 January 1900) to 2958465 (31 December 9999).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it stands for 29 February 1900, a day that did not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The date &quot;%1&quot; is not valid: %2 Write dates like 3-9-2026, 03-09-2026 or 2026-09-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date is empty. Fill in a date like 3-9-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it contains more than a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>as year-month-day (yyyymmdd) there is no such day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <location line="+3"/>
        <source>it is not a date in a known form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the year must have four digits, so that 1926 and 2026 cannot be confused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the year %1 is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no month %1; the date may be written month first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no month %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 has %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="-145"/>
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
        <location line="+12"/>
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
        <location filename="../core/exchange/Identity.cpp" line="+73"/>
        <location line="+34"/>
        <source>The organisation&apos;s keys could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+33"/>
        <source>The organisation&apos;s keys could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The cryptography library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store is busy; the organisation&apos;s keys were not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This store holds no keys for the organisation. Open it once with this version of InBeeld to create them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The organisation&apos;s keys in this store are damaged. Restore a backup of the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The store is busy; the keys were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>The keys could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityCard</name>
    <message>
        <location filename="../core/exchange/IdentityCard.cpp" line="+112"/>
        <source>This file is not an InBeeld identity card. Ask your partner for the card file that InBeeld made (Identity → Export card, or &apos;inbeeld-cli identity export&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The identity card is damaged or was changed after it was made (%1). Do not use it; ask your partner for a new card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This identity card was made by a newer version of InBeeld (card format %1). Install the newer version to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the format version is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the organisation name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the role is missing or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the creation time is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a public key is missing or has the wrong length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signature is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the key rotation statement is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key rotation statement does not match the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the fingerprint written on it does not belong to its keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the age key written on it does not match its encryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its signature does not match its contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The identity card %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large to be an identity card. Choose the card file your partner sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is already a file at %1. Choose another name; an existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The identity card could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityCommands</name>
    <message>
        <location filename="../app/cli/IdentityCommands.cpp" line="+29"/>
        <source>there is already a file at %1; choose another name (an existing file is never overwritten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+237"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-228"/>
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

Run &apos;%1 identity &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Show the organisation&apos;s identity: fingerprint, signing key (also as minisign key) and encryption key (as age recipient).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <location line="+41"/>
        <location line="+59"/>
        <source>The store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Print a JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key (Ed25519):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minisign public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (key id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age recipient (X25519):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write the organisation&apos;s identity card to FILE (JSON): name, role, agreement, both public keys and the fingerprint, signed with the signing key. Hand it to your partner; they add it after comparing the fingerprint with you by phone or in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to write the card (an existing file is never replaced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing the FILE to write the card to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Identity card written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the card to your partner and read the fingerprint to them by phone or in person; they must compare it before adding you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the organisation&apos;s public keys in the formats of the standard tools: the signing key as a minisign public key file (for &apos;minisign -V -p FILE&apos;), the encryption key as an age recipients file (for &apos;age -R FILE&apos;). Both options may be given together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the minisign public key file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the age recipient (age1…) here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>choose what to write: --minisign FILE and/or --age FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>minisign public key written to %1 (key id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>age recipient written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the organisation&apos;s age SECRET key (AGE-SECRET-KEY-1…) to FILE, readable only by you (mode 0600), so that packages can be decrypted independently with &apos;age -d -i FILE&apos;. Anyone with this file can read every package sent to your organisation: use it only for verification, keep it off shared drives and delete it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the age identity file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required: confirms that you want a secret key in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing --age FILE (the only secret key format that can be exported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this writes the organisation&apos;s secret decryption key to a file; add --%1 if that is what you want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>WARNING: %1 now holds the organisation&apos;s secret decryption key. Anyone who can read it can read every package sent to you. Use it only to verify packages with &apos;age -d -i&apos;, keep it off shared drives and mail, and delete it when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>age secret key written to %1 (readable only by you).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="+136"/>
        <source>Rows not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warnings (rows imported):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--map needs COLUMN=FIELD, for example --map &quot;Soort=category&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown field &apos;%1&apos; in --map; use one of: %2, or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file has no column &apos;%1&apos; (its columns: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>(no number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a list of thuiszitters (CSV or XLSX) into a new snapshot of the store. Every row is checked; rows with errors are not imported and are listed with the reason, the others are stored in one go (all or nothing). Fields the agreement does not allow for a row&apos;s category are not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The list to import (.csv or .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+189"/>
        <location line="+68"/>
        <location line="+98"/>
        <source>The store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-354"/>
        <source>The list to import (instead of FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose list it is: ours (your own organisation&apos;s, the default) or theirs (a partner&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who delivered the list. Lists of the same source are compared with each other. Default for ours: the organisation&apos;s name; required for theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The list&apos;s reference date (YYYY-MM-DD). Default: a &apos;Peildatum&apos; above the header, else today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XLSX: the sheet to read (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One category for every row, for lists without a category column: absoluut, langdurig or vrijstelling_5a.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map the columns with this saved column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the column mapping under this name; a later list with the same columns uses it automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map a column to a field, e.g. --map &quot;Soort=category&quot; or --map &quot;Opmerking=none&quot;. May be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the list and report, but store nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the rows that were not imported, with the reasons, to this CSV file (for Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the report as a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields for --map: %1, none.
Exit code 0 when rows were imported (also when some were rejected: see the report), 1 when nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>give the file once: as FILE or with --file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown side &apos;%1&apos;: use ours or theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--source NAME is required for a partner&apos;s list (--side theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--peildatum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The columns were mapped like this (change it with --map COLUMN=FIELD, or give --category):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing: %1% (%2 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving %1 rows in the encrypted store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <location line="+248"/>
        <source>Wrote %n rejected row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n rejected row to %1.</numerusform>
            <numerusform>Wrote %n rejected row(s) to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-243"/>
        <source>none of the rows could be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was imported: none of the %1 rows could be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: %1 snapshots list|diff|report [options]
The lists (snapshots) in a store: each import makes one.

Commands:
  list   List the snapshots: number, side, source, peildatum, counts, file
  diff   Show what changed in a snapshot since the previous one of the same source
  report Show the import report of a snapshot again, or export its rejected rows

Run &apos;%1 snapshots &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Show the report of a stored import again: the counts, every rejected row and warning with its line, column and reason, and the columns left out. With --rejected-csv the rejected rows are written to a CSV file to fix at the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the rejected rows to this CSV file (UTF-8, semicolons; opens in Excel). The store keeps only the cells the agreement allows, so other cells of these rows are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-171"/>
        <source>List the lists (snapshots) in the store, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a JSON array instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No lists have been imported into this store yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peildatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show which children were added, removed or recorded differently in a list, compared with the previous list of the same side and source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+98"/>
        <source>The number of the list (see &apos;snapshots list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+102"/>
        <source>Print a JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+102"/>
        <source>--snapshot needs the number of a list, like 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded differently:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../core/importing/ImportField.cpp" line="+81"/>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BSN (or onderwijsnummer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Onderwijsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefix (tussenvoegsel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name (one column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>House number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>House number addition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address (street and number in one column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last known school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start date of absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration of exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Involvement RBL / SWV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <location filename="../core/importing/ImportIssue.h" line="+35"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../core/importing/ImportReport.cpp" line="+83"/>
        <source>Checked %1 rows of %2: %3 can be imported. Nothing was stored (dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1 of %2 rows from %3 as list %4 (%5, source %6, peildatum %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was imported from %1: none of its %2 rows could be imported. Fix the rows listed below in the source list and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rejected: %1 rows. Warnings: %2. Repeated rows not stored twice: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+21"/>
        <source>The rejected rows could not be written to %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Line in source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The import report could not be read from the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <location filename="../ui/importing/ImportTexts.cpp" line="+11"/>
        <source>Our own list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Onderwijsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>House number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last known school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start date of absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration of exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Excel workbook (%1), sheet &quot;%2&quot;, column names in row %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file (%1), encoding %2, separated by %3, column names on line %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../core/importing/Importer.cpp" line="+136"/>
        <source>The file %1 does not exist. Check the name and the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file %1 cannot be read: %2. Close it in other programs and check that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>There is no saved column mapping named &quot;%1&quot;. Check the name, or import without it to let the program recognise the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;%1&quot; is not a category of the agreement. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name the source of this list (the partner that delivered it, for example &quot;SWV De Liemers&quot;), so that the next list from them can be compared with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+135"/>
        <source>The import was cancelled. Nothing was stored; the store is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The store is busy, so the list could not be imported. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <source>This same file was imported before, on %1 as list %2 (%3, source %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The list could not be stored: %1. Nothing was imported; the store is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectieCounts</name>
    <message>
        <location filename="../core/reporting/InspectieCounts.cpp" line="+54"/>
        <source>Absolute absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long-term absence, 4 weeks to 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long-term absence, more than 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long-term absence, less than 4 weeks on the reference date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long-term absence, start date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exemption article 5 under a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The counts in the package cannot be read. Ask the sender to make the package again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDerivation</name>
    <message>
        <location filename="../core/crypto/KeyDerivation.cpp" line="+21"/>
        <source>The cryptographic library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is too short to be a store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not enough memory to derive the key from the passphrase. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../core/secrets/InMemorySecretStore.cpp" line="+12"/>
        <source>The keychain of this computer is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/KeychainSecretStore.cpp" line="+32"/>
        <source>The keychain of this computer did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain of this computer refused access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain of this computer is not available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelStyle</name>
    <message>
        <location filename="../ui/common/LabelStyle.cpp" line="+25"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeftOutColumn</name>
    <message numerus="yes">
        <location filename="../core/importing/RowValidator.cpp" line="+87"/>
        <source>%1 left out for %n rows of category %2: the agreement does not allow it.</source>
        <translation>
            <numerusform>%1 left out for %n row of category %2: the agreement does not allow it.</numerusform>
            <numerusform>%1 left out for %n rows of category %2: the agreement does not allow it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingProfiles</name>
    <message>
        <location filename="../core/importing/MappingProfiles.cpp" line="+16"/>
        <source>The saved column mappings could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the column mapping a name, for example the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The column mapping was saved but could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchDecisions</name>
    <message>
        <location filename="../core/matching/MatchDecisions.cpp" line="+15"/>
        <source>The decision on the probable match could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+17"/>
        <source>The decisions on probable matches could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only a pair of records (one on each list) can be confirmed or rejected as the same child, and both need a BSN, onderwijsnummer or a name with a date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Matcher</name>
    <message>
        <location filename="../core/matching/Matcher.cpp" line="+361"/>
        <source>The comparison was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../core/storage/Migrations.cpp" line="+254"/>
        <source>The store&apos;s schema version could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This store was made by a newer version of InBeeld (schema %1; this program knows up to %2). Install the newer version to open it. The store has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <location line="+6"/>
        <source>The store could not be upgraded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Upgrading the store to schema %1 failed; nothing was changed. Details: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minisign</name>
    <message>
        <location filename="../core/exchange/Minisign.cpp" line="+82"/>
        <source>This is not a minisign public key. A public key file has two lines: &apos;untrusted comment: …&apos; and the key in base64, starting with &apos;RW&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file could not be read to check its signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A signature comment must be a single line of at most %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signing key is not an Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This is not a minisign signature file (it must have four lines: an untrusted comment, the signature, a trusted comment and the comment&apos;s signature). The file may be damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This signature uses minisign&apos;s legacy algorithm (Ed25519 over the whole file), which is not accepted. Sign with a current minisign (it prehashes by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This file was signed with key %1, not with the expected key %2. It does not come from the sender you expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The public key is not an Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The signature does not match the file: the file was changed or is incomplete since it was signed (or the signature file belongs to another file). Do not use it; ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file&apos;s signature is valid, but its trusted comment was changed after signing. Do not rely on it; ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotImportedColumn</name>
    <message>
        <location filename="../core/importing/ImportReport.cpp" line="-112"/>
        <source>Column &quot;%1&quot; was not imported: it is not mapped to a field of the agreement. Map it in the import if it holds one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Onderwijsnummer</name>
    <message>
        <location filename="../core/domain/Onderwijsnummer.cpp" line="+18"/>
        <source>The onderwijsnummer is empty. Fill in the nine-digit number that starts with 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an onderwijsnummer: that is a number of nine digits starting with 10. Check the number in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The onderwijsnummer %1 is not valid (it fails the check for typing errors). Check the number in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeStyle</name>
    <message>
        <location filename="../ui/compare/OutcomeStyle.cpp" line="+9"/>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageCommands</name>
    <message>
        <location filename="../app/cli/PackageCommands.cpp" line="+124"/>
        <location line="+2"/>
        <source>The package file to write (for example 2026Q3.inbeeld).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The partner: its organisation name or fingerprint (see &apos;partner list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quarter, as 2026Q3 (default: the current quarter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+90"/>
        <source>The store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-83"/>
        <source>missing the FILE to write the package to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Usage: %1 package &lt;command&gt; [options]
Signed, encrypted exchange packages between partners of the agreement.

Commands:
  create       Write a package for a pinned partner: the quarterly list, or one child (case)
  open FILE    Check a partner&apos;s package and store it as the partner&apos;s list
  export FILE  The older form of &apos;create --out FILE&apos; (quarterly only)

Run &apos;%1 package &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Write a package for a pinned partner. A quarterly package holds the records of our newest own list, with per category only the fields the agreement allows and the counts per Inspectie subgroup, covered by the standing decision (record it with &apos;decisions standing&apos;). A case package holds one child (--bsn) with the fields of the decision in force for that child and partner (make it with &apos;decide&apos;). The file is signed, encrypted to the partner and to us, read back and checked before this reports success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>quarterly (default) or case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case packages: the child&apos;s BSN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the package summary as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown --kind &apos;%1&apos;: use quarterly or case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;package export&apos; makes quarterly packages; use &apos;package create --kind case&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a case package needs the child&apos;s --bsn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--bsn is for case packages (--kind case); a quarterly package holds the whole list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--quarter &apos;%1&apos; is not of the form 2026Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is not a pinned partner. See &apos;%2 partner list&apos; for the partners, or add one with &apos;%2 partner add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Package written and checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+53"/>
        <source>Package id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+53"/>
        <source>Sequence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+53"/>
        <source>Quarter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+53"/>
        <source>Records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out: line %1, field %2 reads as special or criminal-law personal data. Rewrite it in general terms in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check a package from a pinned partner (signatures, encryption to us, hashes, sequence, the agreement&apos;s fields) and store its records as a new snapshot of the partner&apos;s list. A refused package stores nothing; the message says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package file the partner sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the manifest summary and the snapshot as JSON (also a refusal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing the package FILE to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Package accepted from: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inspectie counts on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored as snapshot %1 (a case from the partner; not a whole list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored as snapshot %1 (partner&apos;s list).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageLedger</name>
    <message>
        <location filename="../core/exchange/PackageLedger.cpp" line="+47"/>
        <source>The package history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The package history could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageMail</name>
    <message>
        <location filename="../ui/exchange/PackageMail.cpp" line="+8"/>
        <source>InBeeld package %1, number %2, from %3</source>
        <extracomment>Mail subject; %1 quarter (2026Q3), %2 package number, %3 our organisation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>[Attach the file %1 to this mail before you send it, then remove this line.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dear colleagues of %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached is our InBeeld exchange package for %1 (package number %2), in the file %3. It is encrypted for you; open it in InBeeld with File &gt; Open package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Package id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>InBeeld checks the signature when you open the package and shows our fingerprint; it should be the one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind regards,</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageManifest</name>
    <message>
        <location filename="../core/exchange/PackageManifest.cpp" line="+22"/>
        <source>The package&apos;s manifest is not valid: %1. The package cannot be opened; ask the sender for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the package id is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sender&apos;s fingerprint is missing or malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the recipient&apos;s fingerprint is missing or malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sender and recipient are the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the agreement is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the quarter &apos;%1&apos; is not of the form 2026Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the creation time is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sequence number must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first package in a sequence cannot name a previous package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>package %1 in the sequence must name the hash of the previous package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file name &apos;%1&apos; is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file &apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the hash or size of &apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it lists no files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a category without fields is listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>it is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not an InBeeld package manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This package was made by a newer version of InBeeld (package format %1). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the format version is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the kind must be quarterly or case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the sequence number must be a whole number of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the previous package&apos;s hash is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the fields of category &apos;%1&apos; are malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the hash of &apos;%1&apos; is malformed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <location filename="../core/exchange/PackageReader.cpp" line="+62"/>
        <source>The package %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The package file is empty: the copy is incomplete. Nothing was stored. Ask the sender for the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This package was signed by a key that belongs to none of our partners (key %1). Nothing was stored. If it comes from a new partner, add their identity card first and compare the fingerprint with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The package names another sender than the key that signed it. Nothing was stored; tell %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This package from %1 was made for %2, not for us. Nothing was stored. Ask %1 to make the package for us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This package was made under agreement %1, which is not our agreement (%2). Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This package was already opened on %1 (it became partner list %2). Nothing was stored again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This package from %1 is number %2 in their sequence, but we already accepted number %3 (opened on %4). An older package cannot replace a newer one; nothing was stored. Ask %1 for their newest package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The package holds no records. Nothing was stored; ask the sender to make it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The counts in the package do not match its records. Nothing was stored; ask %1 to make the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The store is busy, so the package was not opened. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The package could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageRecords</name>
    <message>
        <location filename="../core/exchange/PackageRecords.cpp" line="+758"/>
        <source>The records in the package cannot be read. Ask the sender to make the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+304"/>
        <source>Record %1 of the package has the category &apos;%2&apos;, which agreement %3 does not know. Nothing was stored; ask the sender to check the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The package holds the field &apos;%1&apos; for category &apos;%2&apos;, which agreement %3 does not allow to be exchanged. Nothing was stored; tell the sender.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageSeal</name>
    <message>
        <location filename="../core/exchange/PackageSeal.cpp" line="+68"/>
        <source>The package file is incomplete: it ends too early or part of it is missing (for example a USB stick removed while copying). Nothing was stored. Ask the sender for the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is not an InBeeld exchange package. Stores and their backups end in .inbeeld too; to restore a backup, use File &gt; Restore from backup. Nothing was stored. Open the .inbeeld file that the partner sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The package file was changed or damaged after it was made. Nothing was stored. Ask the sender for the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The package was changed after the sender signed it (or damaged on the way). Nothing was stored. Ask the sender for the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This package was not made for us: it is encrypted to another organisation&apos;s key. Nothing was stored. Check that the sender chose the right recipient.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <location filename="../core/exchange/PackageWriter.cpp" line="+108"/>
        <source>%1 takes part in agreement %2, not in ours (%3): no package can be made for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The quarter &apos;%1&apos; is not of the form 2026Q3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no list of our own to send yet. Import our list first, then make the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 cannot be matched to one of the parties of the agreement, so no decision can cover sharing with them. The name on their identity card should be the party&apos;s name in the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The child with BSN %1 is not on our own newest list, so there is nothing of ours to send about this child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Decision %1 names the field &apos;%2&apos;, which the agreement does not allow for this child&apos;s category. Nothing was written; walk the four-step check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The text of the field &apos;%1&apos; now reads as special or criminal-law personal data (%2). Nothing was written; walk the four-step check again and put it in general terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The package could not be written to %1: %2. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package written to %1 could not be read back correctly (%2). The file was removed; write the package again, to another place if this repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file on disk differs from what was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the manifest read back differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store is busy; the package was not made. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The package was not recorded in the store, so the file was removed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerCommands</name>
    <message>
        <location filename="../app/cli/PartnerCommands.cpp" line="+30"/>
        <source>Usage: %1 partner &lt;command&gt; [options]
Partner organisations whose keys are pinned in the store. Packages are only accepted from, and
only made for, pinned partners.

Commands:
  add FILE   Pin a partner&apos;s identity card after comparing its fingerprint out of band
  list       List the pinned partners

Run &apos;%1 partner &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pin a partner organisation&apos;s identity card. First compare the fingerprint with your contact at the partner, by phone on a number you already know or in person, never through the channel the card came by; then give it with --fingerprint exactly as they read it out. A card with new keys for a partner you already pinned is refused unless the pinned key signed the new keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The partner&apos;s identity card (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fingerprint as confirmed with the partner (8 groups of 4 characters; spaces and case do not matter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who compared the fingerprint (default: the current OS account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the fingerprint was compared: phone or in-person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <source>The store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <source>missing the FILE with the partner&apos;s identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown --confirmed-how &apos;%1&apos;: use phone or in-person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--confirmed-by needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Partner keys replaced: %1 (%2) signed its new keys with the pinned key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner added: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed by %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the pinned partners, one per line, tab-separated: id, organisation, role, fingerprint, confirmed by, how, pinned at (UTC), and &apos;rotated&apos; when the keys replaced earlier ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print a JSON array instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No partners yet. Add one with &apos;%1 partner add FILE --fingerprint FP&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerTrust</name>
    <message>
        <location filename="../core/exchange/PartnerTrust.cpp" line="-38"/>
        <source>The partner list could not be read or changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The identity card of %1 was changed after it was made. Ask the partner for a new card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The fingerprint you confirmed does not match this card. The card of %1 has fingerprint %2. Compare all 8 groups again with your contact at %1 (by phone or in person, not through the channel the card came by). If they really differ, do not add this partner: the card may not come from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter who confirmed the fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is your own organisation&apos;s identity card. Add the card your partner sent you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The card of %1 belongs to agreement &apos;%2&apos;, but this store works under agreement &apos;%3&apos;. Only partners in the same agreement can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is already a partner with exactly these keys (pinned on %2, confirmed by %3 %4). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This card names %1, but its keys are already pinned for the partner %2. One organisation&apos;s keys cannot belong to another. Do not add this card; contact %2 and %1 by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>WARNING: this card for %1 has different keys from the ones pinned on %2 (fingerprint %3), and the new keys are not signed by the pinned key. Someone may be impersonating %1. The card was refused and nothing was changed. Call your contact at %1 on a number you already know; if they really replaced their keys without the old ones, remove the partner first and add them again after comparing the new fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The store is busy; the partner was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+19"/>
        <source>The partner could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The partner was added but could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseInput</name>
    <message>
        <location filename="../app/cli/PassphraseInput.cpp" line="+33"/>
        <source>there is no terminal to ask for the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+116"/>
        <source>could not read from the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+115"/>
        <source>the passphrase is too long (at most %1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+116"/>
        <source>no passphrase entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no passphrase given and no terminal to ask for it: use %1 FILE or the environment variable %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the two passphrases do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the new passphrase is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the passphrase is too short: use at least %1 characters (a few unrelated words make a strong passphrase that is easy to remember)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+16"/>
        <source>cannot read the passphrase file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>warning: the passphrase file %1 is readable by other users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the first line of the passphrase file %1 is too long (at most %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the passphrase file %1 is empty: its first line must hold the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message numerus="yes">
        <location filename="../core/crypto/PassphraseStrength.cpp" line="+39"/>
        <source>Too short: use at least %n characters, for example a few unrelated words.</source>
        <translation>
            <numerusform>Too short: use at least %n character, for example a few unrelated words.</numerusform>
            <numerusform>Too short: use at least %n characters, for example a few unrelated words.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weak: add more words or characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fair: a longer passphrase is harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonName</name>
    <message>
        <location filename="../core/domain/PersonName.cpp" line="+217"/>
        <source>The surname is missing. Fill in the surname (achternaam) in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The surname &quot;%1&quot; contains a comma that is not followed by a prefix such as &quot;van der&quot;. Put first names and surname in their own columns, or write the surname like &quot;Berg, van der&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The name is empty. Fill in at least the surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name &quot;%1&quot; cannot be split into first names, prefix and surname. Write it as &quot;Berg, Jan van der&quot; or &quot;Jan van der Berg&quot;, or use separate columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The name &quot;%1&quot; has a prefix on both sides of the comma. Check the name in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postcode</name>
    <message>
        <location filename="../core/domain/Postcode.cpp" line="+21"/>
        <source>The postcode &quot;%1&quot; is not valid: %2 Check the address in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The postcode is empty. Fill in a postcode like 1234 AB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a postcode has four digits and two letters, like 1234 AB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a postcode does not start with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the letters %1 are never used in postcodes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PupilIdentifier</name>
    <message>
        <location filename="../core/domain/PupilIdentifier.cpp" line="+20"/>
        <source>No BSN or onderwijsnummer is filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; contains characters other than digits, so it is neither a BSN nor an onderwijsnummer. Check the number in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&quot;%1&quot; does not have nine digits like a BSN or onderwijsnummer (it has %n). Check the number in the source list.</source>
        <translation>
            <numerusform>&quot;%1&quot; does not have nine digits like a BSN or onderwijsnummer (it has %n). Check the number in the source list.</numerusform>
            <numerusform>&quot;%1&quot; does not have nine digits like a BSN or onderwijsnummer (it has %n). Check the number in the source list.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The number %1 is neither a valid BSN nor a valid onderwijsnummer (it fails the elfproef, the check for typing errors). Check the number in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <location filename="../core/domain/Role.cpp" line="+22"/>
        <source>Attendance office (RBL, leerplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School partnership (SWV)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message>
        <location filename="../core/importing/RowValidator.cpp" line="+189"/>
        <source>There is no BSN or onderwijsnummer. The row is imported, and matching will treat it as &quot;probable&quot; (by name and date of birth). Add the number in the source list if it is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no BSN or onderwijsnummer, and no name with a date of birth, so the child cannot be identified. Fill in the BSN, or the name and date of birth, in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 fails the elfproef (the check for typing errors), so it is neither a BSN nor an onderwijsnummer. Check the number in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 contains other characters than digits, so it is not a BSN or onderwijsnummer. Check the number in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 has %n digits; a BSN or onderwijsnummer has nine (eight when the leading zero was dropped). Check the number in the source list.</source>
        <translation>
            <numerusform>%1 has %n digit; a BSN or onderwijsnummer has nine (eight when the leading zero was dropped). Check the number in the source list.</numerusform>
            <numerusform>%1 has %n digits; a BSN or onderwijsnummer has nine (eight when the leading zero was dropped). Check the number in the source list.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The row has two different numbers (%1 and %2). Check which one belongs to the child in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The name is missing. The row is imported by its number; fill in the name in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The name &quot;%1&quot; contains a question mark or a replacement character where the export lost letters it could not write. Check the spelling, and export the list as UTF-8 if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name was written with damaged letters (&quot;%1&quot;) and was repaired to &quot;%2&quot;. Check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The date of birth %1 lies after the peildatum of the list (%2), which is impossible. Check the date in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>With date of birth %1 the child is %n years old on the peildatum (%2), outside the ages of %3 to %4 that the agreement is about. Check the date of birth in the source list.</source>
        <translation>
            <numerusform>With date of birth %1 the child is %n year old on the peildatum (%2), outside the ages of %3 to %4 that the agreement is about. Check the date of birth in the source list.</numerusform>
            <numerusform>With date of birth %1 the child is %n years old on the peildatum (%2), outside the ages of %3 to %4 that the agreement is about. Check the date of birth in the source list.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The row is imported without the postcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The absence starts on %1, which is after today. Check the date in the source list; the row is imported as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>onderwijsnummer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BSN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>name %1 and date of birth %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This row repeats line %1 (same %2, same category), so it was not stored a second time. Remove the double row from the source list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretArguments</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+31"/>
        <source>refusing &apos;%1&apos;: passphrases are never taken from the command line, because it shows up in process lists and shell history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the passphrase with --passphrase-file FILE (first line of the file), the environment variable INBEELD_PASSPHRASE, or type it at the prompt. A new passphrase for &apos;passwd&apos; comes from --new-passphrase-file FILE, INBEELD_NEW_PASSPHRASE or the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareAnswers</name>
    <message>
        <location filename="../core/sharing/ShareAnswers.cpp" line="+22"/>
        <source>The answers are not in the expected form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>unknown key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;informed&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;outside_agreement_acknowledged&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;legitimate_interest&quot; must be an object with the texts &quot;legitimate&quot;, &quot;necessary&quot; and &quot;outweighs&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>&quot;fields&quot; must be a list of field names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;justifications&quot; must map field names to texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;texts&quot; must map field names to texts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDecision</name>
    <message>
        <location filename="../core/sharing/ShareDecision.cpp" line="+31"/>
        <source>not shared (less intrusive way chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareGuard</name>
    <message>
        <location filename="../core/sharing/ShareGuard.cpp" line="+25"/>
        <source>The child cannot be identified, so no decision can cover sharing its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to share: no fields were requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Walk the four-step check for this child and this recipient first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision %1 does not cover these fields: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision %1 for this child and recipient expired on %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision %1 for this child and recipient was withdrawn on %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision %1 chose a less intrusive way instead of sharing this child&apos;s data. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision %1 covers sharing with %2, not with %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no decision to share this child&apos;s data. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The standing decision for the quarterly exchange has not been recorded (or was withdrawn). Record it before exchanging the lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agreement does not allow these fields for the category &quot;%1&quot; in the quarterly exchange: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotDiff</name>
    <message>
        <location filename="../core/importing/SnapshotDiff.cpp" line="+242"/>
        <source>List %1 is the first list of source %2 (%3): all %4 children are new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Since list %1 of %2: %3 added, %4 removed, %5 changed, %6 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotSides</name>
    <message>
        <location filename="../core/storage/Snapshots.h" line="+28"/>
        <source>our own list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>partner&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotWriter</name>
    <message>
        <location filename="../core/importing/SnapshotWriter.cpp" line="+30"/>
        <location line="+8"/>
        <source>The list could not be stored: %1. Nothing was imported; the store is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <location filename="../core/storage/Snapshots.cpp" line="+42"/>
        <location line="+76"/>
        <source>The lists in the store could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-45"/>
        <source>There is no list (snapshot) with number %1 in this store. List the snapshots to see their numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecialCategoryDetector</name>
    <message>
        <location filename="../core/sharing/SpecialCategoryDetector.cpp" line="+283"/>
        <source>health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>religion or belief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ethnic origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sexual life or orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>political opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trade union membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>genetic or biometric data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>police or justice data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../core/storage/Store.cpp" line="+53"/>
        <source>This store is already open in another InBeeld window (process %1 on %2). Close it there first; a store is never opened twice at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lock file next to the store could not be created (%1). Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The passphrase is not correct for this store. Check it and try again (mind Caps Lock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The encryption library (SQLCipher 4) is not available, so the store cannot be opened safely. Reinstall InBeeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Enter the name of the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a file at %1. Choose another name or folder; an existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+15"/>
        <source>The store could not be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The store file was not encrypted as expected, so it was removed again. Reinstall InBeeld (SQLCipher 4 is needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The store could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There is no store at %1. It may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an encrypted InBeeld store. Choose the store file (it was made by InBeeld during setup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The remembered key does not fit this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This store is newer than this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The store opened, but its contents could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The store opened, but it does not describe its organisation. It may be damaged; restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The current passphrase is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passphrase could not be changed; the old one still applies. Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A backup cannot replace the store itself. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The store is busy; try the backup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup at %1 could not be read back, so it was removed. Try another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not an InBeeld store backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup is the store itself. Choose a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This backup was made by a newer version of InBeeld. Install that version to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup is damaged and cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The current store could not be kept as %1, so nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup could not be copied into place: %1. The current store was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreAccess</name>
    <message>
        <location filename="../app/cli/StoreAccess.cpp" line="+24"/>
        <source>no store found at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an InBeeld store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreCommands</name>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="+41"/>
        <source>Create a new encrypted store for an organisation. The passphrase must have at least %1 characters and cannot be recovered: without it, nobody can open the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to create the store file; the file must not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the organisation, for example &quot;RBL Midden-Gelre&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organisation&apos;s role in the agreement: rbl (regional attendance office) or swv (school partnership).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agreement (convenant) profile. Default: %1. Available: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  At the terminal the new passphrase is asked twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the organisation name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown role &apos;%1&apos;: use rbl or swv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no agreement profiles are built into this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown agreement &apos;%1&apos;; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists; choose another file name (init never overwrites a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+118"/>
        <source>New passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+118"/>
        <source>Repeat the new passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Created store %1 for %2 (role %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the organisation, agreement and state of a store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <location line="+53"/>
        <source>The store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Print a JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLCipher version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit entries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists (snapshots):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the passphrase of a store. The store is re-encrypted under the new passphrase; backups made earlier keep the passphrase they were made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the new passphrase from the first line of FILE (keep the file private).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New passphrase:
  Taken from, in this order: the first line of --new-passphrase-file FILE, the
  environment variable INBEELD_NEW_PASSPHRASE, or a prompt on the terminal (asked twice).
  It must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the new passphrase is the same as the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed the passphrase of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write an encrypted copy of a store to FILE. The copy opens with the passphrase the store has now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to write the backup; the file must not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--output must name another file than --store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists; choose another file name (backup never overwrites a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote a backup of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replace a store with a backup, after proving that the passphrase opens the backup. The replaced store is kept beside it with the extension .before-restore. The store must not be open in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store file to replace (or to create, when it does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  The passphrase is the one of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--input must name another file than --store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase of the backup %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored %1 from %2; the previous store was kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <location filename="../core/storage/StoreOpener.cpp" line="+28"/>
        <source>The key remembered on this computer no longer fits this store, so it was forgotten. Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The store is open, but its key could not be remembered on this computer: %1 You will be asked for the passphrase next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <location filename="../core/importing/TableReader.cpp" line="+104"/>
        <source>The file contains no rows. Check that you chose the right file (or sheet).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <location filename="../core/importing/XlsxReader.cpp" line="+191"/>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 does not exist. Check the name and the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an Excel workbook (XLSX): it is not a readable ZIP archive. If it is an old .xls workbook, save it in the spreadsheet program as .xlsx or as CSV first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The workbook is damaged: the part %1 cannot be read (line %2: %3). Open the workbook in the spreadsheet program, save it again and import the saved copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The file is a ZIP archive but not an Excel workbook (it has no workbook part). Choose an .xlsx file saved by a spreadsheet program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The workbook contains no worksheets. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The workbook has no sheet named &quot;%1&quot;. Its sheets are: %2. Choose one of these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The workbook is damaged: the sheet &quot;%1&quot; is missing from it. Open the workbook in the spreadsheet program, save it again and import the saved copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The workbook is damaged: row %1 of sheet &quot;%2&quot; has an invalid cell reference &quot;%3&quot;. Open the workbook in the spreadsheet program, save it again and import the saved copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipBytes</name>
    <message>
        <location filename="../core/exchange/ZipBytes.cpp" line="+19"/>
        <location line="+9"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>The package container could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The package&apos;s contents are not in the expected form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::AddPartnerDialog</name>
    <message>
        <location filename="../ui/exchange/AddPartnerDialog.cpp" line="+41"/>
        <source>&amp;Choose card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partner&apos;s identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare the fingerprint with your contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By &amp;phone, on a number I already knew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In p&amp;erson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your partner gives you their identity card, a small file. Before you add them, call your contact at the partner on a number you already know (or meet them) and let them read their fingerprint to you: eight groups of four characters. Never compare it through the channel the card came by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No card chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity card file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint on the card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the fingerprint exactly as your contact reads it out, group by group. Do not copy it from the card above: the point is that it comes to you another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fingerprint group %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fingerprint as &amp;read out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of your contact at the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Open the partner&apos;s identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Identity cards (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Compare the fingerprint with your contact at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose the partner&apos;s card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 groups typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All %1 groups typed. InBeeld checks them against the card when you add the partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the partner&apos;s identity card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose how the fingerprint was compared: by phone or in person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::AuditLogModel</name>
    <message>
        <location filename="../ui/audit/AuditLogModel.cpp" line="+66"/>
        <source>Entry %1 (%2), chain hash %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::AuditLogPage</name>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="+20"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>InBeeld records every unlock, change, import and export in this log. Each entry is chained to the one before it, so a changed or removed entry is detected when you verify the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The audit log cannot be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The audit log is intact: all %n entries are chained correctly.</source>
        <translation>
            <numerusform>The audit log is intact: its %n entry is chained correctly.</numerusform>
            <numerusform>The audit log is intact: all %n entries are chained correctly.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log has been changed outside InBeeld. %1 Keep the store and its backups as they are and report this to your privacy officer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::CategoryComparisonView</name>
    <message>
        <location filename="../ui/compare/CategoryComparisonView.cpp" line="+53"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show every child in this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, BSN or school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search both lists by name, BSN or school (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Our list and their list side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n children in this category.</source>
        <translation>
            <numerusform>%n child in this category.</numerusform>
            <numerusform>%n children in this category.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing %1 of %2 children.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ChangePassphraseDialog</name>
    <message>
        <location filename="../ui/passphrase/ChangePassphraseDialog.cpp" line="+27"/>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After the change, the store only opens with the new passphrase. Backups made before keep their old passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The new passphrase is the same as the current one. Choose a different passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changing the passphrase. This takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The current passphrase is not correct. Nothing was changed. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase was not changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase has been changed. Use the new passphrase from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase has been changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ComparePage</name>
    <message numerus="yes">
        <location filename="../ui/compare/ComparePage.cpp" line="+32"/>
        <source>List %1: %2, %3 (%n children)</source>
        <translation>
            <numerusform>List %1: %2, %3 (%n child)</numerusform>
            <numerusform>List %1: %2, %3 (%n children)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compare a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>O&amp;ur list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their l&amp;ist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which of your own lists to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which of the partner&apos;s lists to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comparison progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the comparison that is running (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Open a store to compare lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no list yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Newest – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The lists cannot be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Comparing the lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The comparison was cancelled; the result shown is from before. Click Compare again to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comparison was cancelled. Click Compare again to start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 children, %2 of them not on both lists the same way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compared at %1: %2 children on one or both lists. Choose other lists above to compare those.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ComparisonChart</name>
    <message>
        <location filename="../ui/compare/ComparisonChart.cpp" line="+21"/>
        <source>Chart of the comparison per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ComparisonDetailPane</name>
    <message>
        <location filename="../ui/compare/ComparisonDetailPane.cpp" line="+48"/>
        <location line="+251"/>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-250"/>
        <source>Onderwijsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+255"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-254"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last known school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start of absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date exemption granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration of exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Involvement RBL / SWV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Yes, same child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No, different children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Share with the partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ve note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Both records field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Share this child&apos;s data with the partner for a case discussion. InBeeld first walks you through the four-step check (grondslag, doel, proportionaliteit, subsidiariteit) and records your weighing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two records are the same child. InBeeld remembers this for later lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two records are different children (for example the same name and date of birth). InBeeld remembers this for later lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget your decision about this pair, so it is a probable match again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Notes about this child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Your notes, for example what you agreed with the partner. Write in general terms, no diagnoses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Select a child in the table to see both records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Name and date of birth agree for %1%; one list has no BSN. Check the records and decide whether this is the same child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(you confirmed this pair; name score %1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(you rejected a probable match with a record on the other list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Differs in: %1 (marked ≠ below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decides which fields the agreement allows to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Our list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not on our list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not on their list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shared because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Confirmed as the same child. The comparison is updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected: these are different children. The comparison is updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your decision was withdrawn; the pair is a probable match again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Last saved %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Note saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ComparisonOverview</name>
    <message>
        <location filename="../ui/compare/ComparisonOverview.cpp" line="+29"/>
        <source>E&amp;xport counts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Children per category and outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter or double-click a category to see its children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save these counts as a CSV file. It holds numbers only, no personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No comparison yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Both lists are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes: all %1 children are on both lists, recorded the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 children are on both lists, recorded the same way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on both lists but recorded differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 only on our list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 only on their list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 probably the same child (please check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do we see the same children? Not all: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of the one-sided children are expected (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export comparison counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comparison-counts-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The counts of the comparison were written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ComparisonSummaryModel</name>
    <message>
        <location filename="../ui/compare/ComparisonSummaryModel.cpp" line="+21"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ComparisonTableModel</name>
    <message>
        <location filename="../ui/compare/ComparisonTableModel.cpp" line="+300"/>
        <source>%1 (onderwijsnummer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (match rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: ours &quot;%2&quot;, theirs &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No BSN on one of the lists; the name and date of birth match for %1%. Open the details to confirm or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You confirmed that these records are the same child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You rejected a probable match with a record on the other list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not on our list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not on their list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded differently. Our list: &quot;%1&quot;; their list: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>differs from the other list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>
Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our list
Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their list
Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Last known school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How the child compares between the two lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As recorded on our list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As recorded on their list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::DecisionListModel</name>
    <message>
        <location filename="../ui/sharing/DecisionListModel.cpp" line="+63"/>
        <source>Quarterly exchange (standing decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Per category (Bijlage 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::DecisionsPage</name>
    <message>
        <location filename="../ui/sharing/DecisionsPage.cpp" line="+27"/>
        <source>&amp;New decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;quarterly exchange decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send to partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send this child&apos;s data to the decision&apos;s recipient as a signed, encrypted case package, with exactly the fields the decision covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before anything about a child is shared, walk the four-step check; its decision covers one child, one recipient and the chosen fields for a limited time. Without a decision in force, InBeeld exports nothing about the child. The quarterly exchange of the lists is covered by one standing decision under the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sharing decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Decision %1 recorded. To send the child&apos;s data now, choose &quot;Send to partner…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No child with BSN %1 is in the newest lists of this store. Import the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;BSN of the child (as in the newest list):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Decision %1 withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Withdraw decision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After withdrawing, the decision covers nothing. &amp;Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Standing decision %1 for the quarterly exchange recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportDonePage</name>
    <message>
        <location filename="../ui/importing/ImportDonePage.cpp" line="+21"/>
        <source>The list has been imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is on the Lists tab, with its report. The rows that were not imported can be exported there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Children added, removed or changed since the previous list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The changes since the previous list could not be shown. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the first list of %1 in this store. The next list of this source will be compared with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportFilePage</name>
    <message>
        <location filename="../ui/importing/ImportFilePage.cpp" line="+31"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Our own list (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;partner&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV or Excel (XLSX) file as your administration or a partner delivered it. Nothing is stored until you confirm the import at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file of the list, for example thuiszitters-2026-q3.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>None: the list has a column with the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every row is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for a list that holds one kind of thuiszitters and has no column that says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;heet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;eildatum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date the list is about (its reference date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Whose list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>As the file says above its columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file does not say; check this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A later list of the same source is compared with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example: SWV De Liemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required: the partner that delivered the list. A later list of the same partner is compared with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the list to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportIssueModel</name>
    <message>
        <location filename="../ui/importing/ImportIssueModel.cpp" line="+101"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error: row not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem and what to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportMappingPage</name>
    <message>
        <location filename="../ui/importing/ImportMappingPage.cpp" line="+49"/>
        <source>&amp;Remember this mapping for lists with these columns, as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say for each column of the file what it holds. Columns set to &quot;(not imported)&quot; are left out of the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name of the saved mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: Leerplichtpakket export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Columns of the file and what they are imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First rows of the &amp;file, as they will be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The columns are mapped as you chose before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The columns are mapped as saved in &quot;%1&quot; for lists with these columns. Check them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>InBeeld recognised %1 of the %2 columns by their names. Check the choices below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Import column %1 as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportPreviewModel</name>
    <message>
        <location filename="../ui/importing/ImportPreviewModel.cpp" line="+77"/>
        <source>Line in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column &quot;%1&quot; is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column &quot;%1&quot; is imported as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportProgressDialog</name>
    <message>
        <location filename="../ui/importing/ImportProgressDialog.cpp" line="+19"/>
        <source>Checking the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saving %1…
%2 rows read; writing them to the encrypted store.
This can take a moment and can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking %1…
%2 rows checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing %1…
%2 rows read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportReportDialog</name>
    <message>
        <location filename="../ui/importing/ImportReportDialog.cpp" line="+18"/>
        <source>Import report of list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 · source %3 · peildatum %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportReportPage</name>
    <message>
        <location filename="../ui/importing/ImportReportPage.cpp" line="+18"/>
        <source>Check the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InBeeld has checked every row. Rows with an error are not imported; export them to fix them in the source list. Rows with a warning are imported; check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>None of the rows can be imported. Fix the rows in the source list, or go back and check the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&amp;Import %n valid rows</source>
        <translation>
            <numerusform>&amp;Import %n valid row</numerusform>
            <numerusform>&amp;Import %n valid rows</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportReportView</name>
    <message>
        <location filename="../ui/importing/ImportReportView.cpp" line="+30"/>
        <source>&amp;Export rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write the rows that were not imported, with their problems, to a CSV file that Excel opens, so they can be fixed in the source list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Problems found in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>All problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors: rows not imported (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings: rows imported (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns left out (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No problems of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value in the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1-rejected.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n rejected rows written to %1. Fix them in the source list and import the list again.</source>
        <translation>
            <numerusform>%n rejected row written to %1. Fix it in the source list and import the list again.</numerusform>
            <numerusform>%n rejected rows written to %1. Fix them in the source list and import the list again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inbeeld::ImportWizard</name>
    <message>
        <location filename="../ui/importing/ImportWizard.cpp" line="+31"/>
        <source>Import a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+151"/>
        <source>The check was cancelled. Nothing was stored. Press Next to check the list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list could not be checked. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The import was cancelled. Nothing was stored: the store is as it was before. Press the import button to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The list was not imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::LocationPage</name>
    <message>
        <location filename="../ui/setup/LocationPage.cpp" line="+20"/>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to keep the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store is one encrypted file. Keep it on this computer or on a drive your organisation backs up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Store &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>InBeeld never overwrites an existing file. Make a backup of the store regularly (File, Back up store…) and keep the backup somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A file with this name already exists. Choose another name or folder: InBeeld never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder %1 cannot be created. Choose a folder where you may save files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose where to keep the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InBeeld stores (*.inbeeld);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+61"/>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the store and ask for the passphrase before showing it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a list of thuiszitters from a CSV or Excel file: yours or a partner&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an exchange package (.inbeeld) that a partner sent you; its list is stored as the partner&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Send package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a signed, encrypted exchange package for a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an encrypted copy of the store, for example to a drive that is backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the store by a backup; the current store is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forget remembered key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the store&apos;s key from the keychain of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verify audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About InBeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 – InBeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store file of this organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>List %1 has been imported; it is on the Lists tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Open package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InBeeld packages (*.inbeeld);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Package not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package %1 was not opened; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Case package from %1 opened; it is case %2 on the Lists tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package from %1 opened; it is partner list %2 on the Lists tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Back up store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InBeeld stores (*.inbeeld);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup could not be written. %1 Choose another place and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup written to %1. It opens with the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This computer no longer remembers the key of this store. InBeeld will ask for the passphrase next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key could not be removed from the keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About InBeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;InBeeld %1&lt;/h3&gt;&lt;p&gt;Compares the lists of out-of-school children (thuiszitters) of an attendance office and a school partnership, under their data-sharing agreement.&lt;/p&gt;&lt;p&gt;Your data stays in one encrypted file on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::NewPassphraseEditor</name>
    <message>
        <location filename="../ui/passphrase/NewPassphraseEditor.cpp" line="+29"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>R&amp;epeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Use at least %n characters. A sentence of a few unusual words is easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Use at least %n character. A sentence of a few unusual words is easy to remember and hard to guess.</numerusform>
            <numerusform>Use at least %n characters. A sentence of a few unusual words is easy to remember and hard to guess.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type the passphrase a second time to make sure it has no typing errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::OrganisationPage</name>
    <message>
        <location filename="../ui/setup/OrganisationPage.cpp" line="+23"/>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InBeeld keeps one store per organisation. Tell it which organisation this store is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example: RBL Midden-Gelre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>RBL: regional attendance office (leerplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SWV: school partnership (samenwerkingsverband passend onderwijs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>InBeeld has no usable data-sharing agreement built in, so a store cannot be created. Please report this to your IT department. Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Organisation name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Parties to this agreement: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::OverviewPage</name>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="+49"/>
        <source>Organisation and store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the agreement allows you to exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per category of out-of-school child: the fields that may be shared with your partner, and why. InBeeld never exports a field that is not listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category and field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason for exchanging it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fields the agreement allows per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>SQLCipher (version unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLCipher %1, key derived with Argon2id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agreement of this store cannot be shown. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Code %1. Normally known by: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::PackageOpenedDialog</name>
    <message>
        <location filename="../ui/exchange/PackageOpenedDialog.cpp" line="+49"/>
        <location line="+78"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quarterly lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One child (case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Compare now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The case package from %1 was checked and stored as case %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package from %1 was checked and stored as partner list %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signature is that of a partner you added, the package was made for you, and nothing in it was changed on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It holds one child that the partner decided to share with you; it does not replace the partner&apos;s list. It is on the Lists tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list is on the Lists tab; compare it with your own list to see which children you both know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sender&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (in the series from %2 to you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the peildatum %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For the Inspectie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case %1 (one child, not a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare your newest list with this partner list on the Compare tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::PartnerListModel</name>
    <message>
        <location filename="../ui/exchange/PartnerListModel.cpp" line="+58"/>
        <source>These keys replaced earlier ones of %1; the new keys were signed with the key pinned before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (new keys signed with the pinned key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::PartnersPage</name>
    <message>
        <location filename="../ui/exchange/PartnersPage.cpp" line="+35"/>
        <source>My identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export identity card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save fingerprint pa&amp;ge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add pa&amp;rtner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send pac&amp;kage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Make the signed, encrypted package with your newest list for a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give this card to your partners when the agreement is signed. They will ask you to read out the fingerprint below, by phone or in person, before they add you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the identity card to a file to hand to a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the organisation and fingerprint, for example into a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a page with the fingerprint to print and keep with the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Partners&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InBeeld only sends packages to, and only opens packages from, the partners listed here. Each was added after comparing their fingerprint with a contact at the partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No partners yet. Ask your partner for their identity card and choose &quot;Add partner…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1-identity-card</source>
        <extracomment>File name of the identity card; %1 is the organisation&apos;s name with dashes for spaces.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identity cards (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Identity card written to %1. Give it to your partner and read the fingerprint to them by phone or in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2), InBeeld fingerprint: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fingerprint is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save fingerprint page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>InBeeld identity of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your partner compares this fingerprint with the one on the identity card you gave them, by phone or in person, before they add you. If any group differs, the card is not yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The fingerprint page could not be written to %1: %2. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fingerprint page saved to %1; open it in a browser to print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 has been added as a partner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::PassphrasePage</name>
    <message>
        <location filename="../ui/setup/PassphrasePage.cpp" line="+16"/>
        <source>Re&amp;member on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase protects the store. Anyone who knows it and has the file can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps the store&apos;s key in the keychain of this computer, so InBeeld opens without asking for the passphrase while you are logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only tick this on a computer that only you use and that locks when you leave it. You still need the passphrase on other computers and for backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Creating the store. This takes a moment…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::RestoreDialog</name>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="+24"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The store %1 will be replaced by the backup. Everything recorded after the backup was made is then no longer in the store. The current store is kept beside it as %2, so nothing is lost.

InBeeld locks the store for the restore. Afterwards, unlock the restored store with the passphrase the backup was made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>There is no file at %1. Choose the backup file with Browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the store itself, not a backup. Choose the backup file with Browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 is not an InBeeld backup. Choose a file made with File, Back up store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InBeeld stores (*.inbeeld);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::SendPackageDialog</name>
    <message>
        <location filename="../ui/exchange/SendPackageDialog.cpp" line="+64"/>
        <source>C&amp;hild&apos;s BSN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+119"/>
        <source>What will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Send by &amp;mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A package holds your newest own list, with per category only the fields the agreement allows. It is signed by you and encrypted for the partner (and for you), so nobody else can read it on the way. Check below what will go out before you write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A quarterly package holds your whole list for the quarterly exchange under the agreement. A case package holds one child, with the fields of the decision you recorded for that child and this partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The BSN of the child, as on your own list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (current quarter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;To partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category and fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Send the file by mail or hand it over on a USB stick. Only the partner (and you) can open it; they open it in InBeeld with File &gt; Open package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partner&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open your mail program with a prepared mail (package id and fingerprint, no personal data) and the folder with the file, to attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the folder that holds the package file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose where to save the package, then write and check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <source>None of your partners is %1, the recipient of decision %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add their identity card on the Partners tab (Add partner…), after comparing their fingerprint with your contact; then send the case again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no partner to send a package to yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the partner on the Partners tab first (Add partner…), after comparing their fingerprint with your contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the BSN of the child (9 digits) to see what the case package holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From your own list %1 (%2, peildatum %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Why %1 is shared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a field to see why the agreement allows sharing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>standing decision %1 of %2 for the quarterly exchange under the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decision %1 of %2, valid until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Covered by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1, %2 (&quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Left out of the package, because the text names special or criminal-law personal data, which the agreement does not allow to share: %1. Put these texts in general terms in your source list (for example &quot;medische redenen&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Walk the four-step check for this child and this partner on the Decisions tab (&quot;New decision…&quot;), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the standing decision for the quarterly exchange on the Decisions tab (&quot;Record quarterly exchange decision&quot;), then open this dialog again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>InBeeld packages (*.inbeeld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Package %1 for %2 written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The package for %1 was written and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (in the series from you to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No mail program could be opened. Write the mail yourself and attach the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The folder %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::SessionController</name>
    <message>
        <location filename="../ui/session/SessionController.cpp" line="+36"/>
        <source>InBeeld locked the store because it was not used for a while. Enter the passphrase to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The keychain of this computer is not available, so InBeeld cannot remember the passphrase here. Enter the passphrase each time you open the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The store is locked. Enter the passphrase to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The store for %1 is ready. Make a backup now and then with File, Back up store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The backup was not restored. %1 The store is as it was; unlock it to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup has been restored. The replaced store was kept as %1. Unlock the restored store with the passphrase of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+22"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language takes effect when you start InBeeld again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>InBeeld locks the store when you have not used it for this many minutes. Choose 0 to never lock automatically.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::SetupWizard</name>
    <message>
        <location filename="../ui/setup/SetupWizard.cpp" line="+23"/>
        <source>Set up InBeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Create store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The store could not be created. %1 Check the details and press Create store again, or go Back to choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::ShareWizard</name>
    <message>
        <location filename="../ui/sharing/ShareWizard.cpp" line="+50"/>
        <source>Share information about a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Talk with, not about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before sharing about %1 (%2, born %3): can you talk with the young person or the parents instead, and have you told them that you share and why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Share with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Yes, they were informed or consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;o, they were not informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Informed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The young person and the parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional: how and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For example: informing them would put the child at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why not:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Step 1: legal ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing needs one of the six legal grounds of the GDPR. The agreement rests on a task of public interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Ground:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Is the &amp;interest legitimate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Is sharing &amp;necessary for it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does it &amp;outweigh the young person&apos;s interests?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Step 2: purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do you want to achieve by sharing? Data collected for one purpose may not simply be used for another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(choose a purpose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another purpose, outside the agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Own purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I checked that another basis covers this purpose (the &amp;agreement does not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Step 3: proportionality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share only what the recipient really needs: &quot;handy to have&quot; is not &quot;necessary&quot;. Only the fields the agreement allows for this child&apos;s category are listed; every field beyond the minimum needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The wording that will be shared; write it in general terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why does the recipient need this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Optional message for the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Step 4: subsidiarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could the purpose be reached in a less intrusive way? If so, use that way: nothing is shared and the choice is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;No: sharing the data is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why the less intrusive ways below are not enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the decision. Recording it is logged in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Law: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Child: %1, born %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recipient: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Decided by: %1, now; valid for %n day(s)</source>
        <translation>
            <numerusform>Decided by: %1, now; valid for %n day</numerusform>
            <numerusform>Decided by: %1, now; valid for %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Informed: yes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informed: no. Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ground: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purpose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(outside the agreement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome: nothing is shared; instead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome: share these fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(why: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less intrusive ways are not enough because: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::SnapshotDiffModel</name>
    <message>
        <location filename="../ui/importing/SnapshotDiffModel.cpp" line="+52"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::SnapshotListModel</name>
    <message>
        <location filename="../ui/importing/SnapshotListModel.cpp" line="+85"/>
        <source>List %1: %2 of %3 rows imported, %4 rejected, %5 warnings, %6 repeated rows. Imported by %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peildatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::SnapshotsPage</name>
    <message>
        <location filename="../ui/importing/SnapshotsPage.cpp" line="+30"/>
        <source>&amp;Import list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View &amp;report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every list imported into this store, newest first. A new list of a source is compared with the previous list of that source. Import a list with File, Import list, or drop a CSV or Excel file on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The lists cannot be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No lists imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Export rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1-rejected.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The rejected rows of list %1 were written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::UnlockDialog</name>
    <message>
        <location filename="../ui/unlock/UnlockDialog.cpp" line="+28"/>
        <source>&amp;Open other store file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;member on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock InBeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps the store&apos;s key in the keychain of this computer, so InBeeld opens without asking for the passphrase while you are logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the passphrase of the store to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Unlocking the store. This takes a moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a store first, or create one with New organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the passphrase of this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InBeeld stores (*.inbeeld);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file %1 is not an InBeeld store. Choose the store file of your organisation (it usually ends in .inbeeld).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The store file cannot be found at this place. If it was moved, use Open other store file to choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the demo store with invented data. Its passphrase is: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbeeld::WelcomePage</name>
    <message>
        <location filename="../ui/setup/WelcomePage.cpp" line="+15"/>
        <source>Welcome to InBeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This wizard sets up InBeeld for your organisation. It takes a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;InBeeld keeps your organisation&apos;s list of out-of-school children (thuiszitters) in one encrypted file on this computer, the &lt;b&gt;store&lt;/b&gt;. With it you can compare your list with the list of your partner under the data-sharing agreement (convenant).&lt;/p&gt;&lt;p&gt;You will need:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the name of your organisation and its role (attendance office or school partnership);&lt;/li&gt;&lt;li&gt;a place for the store file;&lt;/li&gt;&lt;li&gt;a passphrase that only you and your colleagues who use this store know.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Nobody can open the store without the passphrase, not even the makers of InBeeld.&lt;/b&gt; Write it down and keep it in a safe place.&lt;/p&gt;&lt;p&gt;Press &lt;i&gt;Next&lt;/i&gt; to begin.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+58"/>
        <source>InBeeld compares the lists of out-of-school children of an attendance office and a school partnership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a throw-away demo store with invented data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the store file at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No temporary folder could be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>InBeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo store could not be created. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
