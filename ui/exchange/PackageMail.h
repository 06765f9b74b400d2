#pragma once

#include "core/exchange/PackageManifest.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace inbeeld {

/// The mail that goes with a package we sent: a mailto: URL with a subject (quarter and package
/// number) and a body (package id, our fingerprint, and that the file must be attached, since a
/// mailto: URL cannot attach it). It holds no personal data: only what the manifest says about
/// the package, never a record.
class PackageMail
{
    Q_DECLARE_TR_FUNCTIONS(PackageMail)

public:
    static QString subject(const PackageManifest& manifest);
    static QString body(const PackageManifest& manifest, const QString& fileName);
    /// "mailto:?subject=…&body=…" (no address: the user picks the contact in the mail program).
    static QUrl url(const PackageManifest& manifest, const QString& fileName);
};

} // namespace inbeeld
