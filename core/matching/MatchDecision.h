#pragma once

#include <QDateTime>
#include <QString>

namespace inbeeld {

/// The user's verdict on a probable match: the two records are the same child (confirmed) or
/// not (rejected). Keyed by CaseRecord::childKey of each side ("bsn:…", "onr:…" or
/// "name:<name key>|<birth date>"), not by record ids, so the verdict carries over to the
/// comparison of newer lists of the same children.
struct MatchDecision
{
    QString oursKey;
    QString theirsKey;
    bool confirmed = false;
    QDateTime decidedAt; // UTC
    QString decidedBy; // OS user
};

} // namespace inbeeld
