#pragma once

#include <QStringList>

/// The steps of the store's schema (core/storage/Migrations), one function per step, each in its
/// own file named after its number: step N brings the schema from version N-1 to version N, as
/// the SQL statements it returns (run in one transaction). Never edit a released step: add a new
/// one, as a new file here and one line in Migrations.cpp.
namespace inbeeld::migrations {

QStringList storeAndAuditLog(); // 1
QStringList appendOnlyAuditLog(); // 2
QStringList importedLists(); // 3
QStringList exchangeIdentity(); // 4
QStringList sharingDecisions(); // 5
QStringList comparing(); // 6
QStringList packages(); // 7
QStringList casePackages(); // 8
QStringList dropRecordsCategoryIndex(); // 9
QStringList lifecycle(); // 10
QStringList inspectieRegistration(); // 11
QStringList exchangeFinished(); // 12
QStringList packageAuditAnchors(); // 13

} // namespace inbeeld::migrations
