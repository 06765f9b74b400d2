#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace inbeeld {

/// A person's name as the Dutch registry keeps it: first names, prefix (voorvoegsel: "van der",
/// "in 't") and surname (geslachtsnaam), whatever shape the source list used. Capitals, hyphens
/// (double surnames) and diacritics are kept as written; only the prefix is lower-cased.
///
/// Text that shows the classic UTF-8-read-as-Windows-1252 damage ("Ã–zdemir") is repaired
/// before parsing when the repair yields valid UTF-8 (see Windows1252::repairMojibake);
/// repairedEncoding() then says so, so the import report can mention it.
class PersonName
{
    Q_DECLARE_TR_FUNCTIONS(PersonName)

public:
    PersonName() = default;

    /// From separate columns. With an empty prefix column the surname column may hold the prefix
    /// as "van der Berg", "Berg, van der" or "Berg v.d.". The surname is required.
    static Result<PersonName> fromColumns(const QString& firstNames, const QString& prefix, const QString& surname);

    /// From one column: "van der Berg", "Berg, van der", "Berg v.d.", "Jan van der Berg",
    /// "Berg, Jan van der", "Berg van der, Jan", "Jan Jansen-van der Berg". Rules:
    ///  - with a comma, the part before it is the surname (a prefix at its end is split off) and the
    ///    part after it holds the first names, a trailing prefix, or both;
    ///  - without a comma, the first known prefix with words after it separates first names from
    ///    the surname; a prefix at the very end ("Berg v.d.") follows the surname; a word like
    ///    "Jansen-van" starts a double surname; with no prefix the last word is the surname.
    static Result<PersonName> parse(const QString& fullName);

    /// Known prefixes, lower case, single-spaced ("van der", "in 't", "v.d.", ...).
    static const QStringList& knownPrefixes();
    static bool isKnownPrefix(const QString& text); // case-insensitive

    /// Folds case and diacritics (NFKD, combining marks removed, ß → ss, ø → o, ...) and keeps
    /// only letters and digits: "Özdemir-Çelik" → "ozdemircelik".
    static QString fold(const QString& text);

    QString firstNames() const { return m_firstNames; }
    QString prefix() const { return m_prefix; }
    QString surname() const { return m_surname; }
    QString surnameWithPrefix() const; // "van der Berg"
    QString displayName() const; // "Jan van der Berg"
    QString sortName() const; // "Berg, Jan van der"

    /// The folded surname without prefix: lists disagree on where the prefix goes, not on the name.
    QString surnameKey() const { return fold(m_surname); }
    QString firstNamesKey() const { return fold(m_firstNames); }
    /// For matching across lists: surname key and the initial of the first names ("berg|j"), since
    /// one list has all first names and another only the roepnaam.
    QString matchKey() const;

    /// True when mojibake was repaired while reading this name.
    bool repairedEncoding() const { return m_repaired; }
    /// True when the name contains "?" or U+FFFD: characters lost by an export in a code page
    /// that could not hold them. They cannot be repaired; the user should check the name.
    bool hasLostCharacters() const;

    friend bool operator==(const PersonName& a, const PersonName& b)
    {
        return a.m_firstNames == b.m_firstNames && a.m_prefix == b.m_prefix && a.m_surname == b.m_surname;
    }

private:
    QString m_firstNames;
    QString m_prefix;
    QString m_surname;
    bool m_repaired = false;
};

} // namespace inbeeld
