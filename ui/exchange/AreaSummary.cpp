#include "ui/exchange/AreaSummary.h"

#include <QLocale>
#include <QStringList>

namespace inbeeld {

QString AreaSummary::text(const PackagePlan& plan, const Agreement* agreement)
{
    if (plan.area.isEmpty())
        return {};
    QStringList lines;
    lines << tr("Only the children %1 is responsible for go out (werkgebieden as in the agreement profile, to be "
                "confirmed by the parties):")
                 .arg(plan.request.recipient.organisation);
    for (auto it = plan.area.cbegin(); it != plan.area.cend(); ++it) {
        const AgreementCategory* category = agreement ? agreement->category(it.key()) : nullptr;
        qint64 home = 0;
        for (qint64 n : it.value().staysHome)
            home += n;
        lines << tr("%1: %2 to this partner, %3 stay home")
                     .arg(category ? category->name : it.key(), QLocale().toString(it.value().sent),
                          QLocale().toString(home));
        for (auto reason = it.value().staysHome.cbegin(); reason != it.value().staysHome.cend(); ++reason)
            lines << QStringLiteral("   %1 × %2").arg(QLocale().toString(reason.value()), reason.key());
    }
    // The children no party can be named for are listed, with the user's choice, by UnassignedChildrenView.
    return lines.join(u'\n');
}

} // namespace inbeeld
