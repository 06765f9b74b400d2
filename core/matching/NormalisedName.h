#pragma once

#include "core/domain/CaseRecord.h"

#include <QString>
#include <QStringView>

namespace inbeeld {

/// A child's name reduced to what two lists agree on, for probable matching of records without
/// a BSN: the surname core (prefix split off, case and diacritics folded, hyphens and spaces
/// dropped: "van der Berg", "Berg, van der", "Berg v.d." → "berg"; "Jansen-de Vries" →
/// "jansendevries", "ij" read as "y": "Meijer" → "meyer") and the first first name folded ("Anaïs Sophie" → "anais").
/// Mojibake
/// ("Ã–zdemir") is repaired first.
class NormalisedName
{
public:
    NormalisedName() = default;
    static NormalisedName fromParts(const QString& firstNames, const QString& prefix, const QString& surname);
    static NormalisedName fromRecord(const CaseRecord& record);

    QString surnameCore() const { return m_surname; }
    QString firstName() const { return m_firstName; }
    /// The initial of the first name, or 0 without first names.
    char16_t initial() const { return m_firstName.isEmpty() ? char16_t(0) : m_firstName.front().unicode(); }
    bool isEmpty() const { return m_surname.isEmpty(); }

    /// How alike two names are, 0..1: 0.7 × Jaro-Winkler of the surname cores + 0.3 × the first-name
    /// agreement (1 for the same first name, 0.9 for only the same initial, since one list may
    /// hold all first names and the other the roepnaam; 0 otherwise, or when either lacks them).
    /// A different initial therefore never reaches Matcher::ProbableThreshold.
    static double similarity(const NormalisedName& a, const NormalisedName& b);
    /// Jaro-Winkler similarity (prefix scale 0.1, up to 4 characters), 0..1; 1 for equal text.
    static double jaroWinkler(QStringView a, QStringView b);

private:
    QString m_surname;
    QString m_firstName;
};

} // namespace inbeeld
