#pragma once

// The fuzz targets' bodies, one function per parser of outside data. The libFuzzer executables
// (fuzz_main.cpp, built with INBEELD_FUZZ) call one of them; tst_fuzz_regressions feeds the saved
// crashing inputs under tests/data/fuzz-regressions/<name>/ to the same function in the normal build.

#include <QList>
#include <QString>
#include <cstddef>
#include <cstdint>

namespace inbeeld::fuzz {

using TargetFunction = int (*)(const std::uint8_t* data, std::size_t size);

struct Target
{
    const char* name; // also the folder of its corpus and regressions
    TargetFunction run;
};

int csv(const std::uint8_t* data, std::size_t size);
int xlsx(const std::uint8_t* data, std::size_t size);
int packageEnvelope(const std::uint8_t* data, std::size_t size);
int ageDecrypt(const std::uint8_t* data, std::size_t size);
int minisign(const std::uint8_t* data, std::size_t size);
int packageManifest(const std::uint8_t* data, std::size_t size);
int packageRecords(const std::uint8_t* data, std::size_t size);
int identityCard(const std::uint8_t* data, std::size_t size);
int agreement(const std::uint8_t* data, std::size_t size);
int decisionAnswers(const std::uint8_t* data, std::size_t size);

/// Every target, by name.
const QList<Target>& targets();
const Target* target(const QString& name);

/// The fixed keys the targets decrypt and verify with; the corpus generator seals its seeds to them.
/// Test keys only, derived from constant bytes: they protect nothing.
QByteArray fixedAgeSecretKey(); // 32 bytes, X25519
QByteArray fixedSigningSeed(); // 32 bytes, Ed25519 seed

/// Silences Qt's messages (QuaZip and the XML reader warn on every broken input).
void quietQtMessages();

} // namespace inbeeld::fuzz
