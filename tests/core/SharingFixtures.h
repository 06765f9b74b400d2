#pragma once

// Fixtures for the share-decision tests: a langdurig child with fictitious data, the built-in
// agreement, and answers that pass every step of the check.

#include "core/sharing/Checklist.h"
#include "tests/core/ImportFixtures.h"

namespace inbeeld::testing {

inline Agreement builtInAgreement()
{
    return AgreementCatalog::builtIn(QStringLiteral("convenant-rbl-midden-gelre")).value();
}

inline CaseRecord sharingChild(int n = 3, const QString& category = QStringLiteral("langdurig"))
{
    CaseRecord r;
    r.id = 10 + n;
    r.category = category;
    r.bsn = fictitiousBsn(n);
    r.firstNames = QStringLiteral("Anaïs");
    r.surname = QStringLiteral("Özdemir");
    r.nameKey = QStringLiteral("ozdemir|anais");
    r.birthDate = QDate(2012, 9, 3);
    r.postcode = QStringLiteral("6811 AB");
    r.place = QStringLiteral("Arnhem");
    r.lastSchool = QStringLiteral("Rijnpoort College");
    r.absenceReason = QStringLiteral("geen passende plek");
    return r;
}

inline ShareAnswers passingAnswers(const Checklist& c)
{
    ShareAnswers a = c.proposal();
    a.informed = true;
    a.informedWho = QStringLiteral("parents");
    a.purposeId = QStringLiteral("suitable_place");
    a.subsidiarityReason = QStringLiteral("Anoniem bespreken is geprobeerd; zonder naam vindt niemand een plek.");
    return a;
}

/// A decision to share the minimum fields of sharingChild(n) with recipient, taken at now.
inline ShareDecision decisionFor(int n, const QString& recipient, const QDateTime& now)
{
    Checklist c(builtInAgreement(), sharingChild(n), 1, recipient, Role::Rbl);
    return c.decide(passingAnswers(c), QStringLiteral("tester"), now).value();
}

} // namespace inbeeld::testing
