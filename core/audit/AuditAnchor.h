#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace inbeeld {

/// A witness of the audit log's state kept outside the store: how many entries it had and the hash
/// of the last one. The chain inside the store proves that no entry was changed, inserted or taken
/// out of the middle; only an anchor kept elsewhere (printed, in a package the partner keeps, beside
/// a backup) shows that the tail was not cut off or the whole log rewritten since.
///
/// Text form, one line: "inbeeld-audit-anchor 1 <entries> <hash, 64 hex digits>".
struct AuditAnchor
{
    Q_DECLARE_TR_FUNCTIONS(AuditAnchor)

public:
    static constexpr int HashSize = 32;
    static constexpr qsizetype MaxLineLength = 200;

    qint64 entries = 0;
    QByteArray head; // hash of entry number `entries`; 32 zero bytes for an empty log

    bool operator==(const AuditAnchor&) const = default;

    QString toLine() const;
    /// Reads the text form (surrounding white space is ignored); a clear message when it is not one.
    static Result<AuditAnchor> parse(const QString& line);
};

} // namespace inbeeld
