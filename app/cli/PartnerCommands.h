#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace inbeeld {
class Store;
struct Partner;
} // namespace inbeeld

namespace inbeeld::cli {

/// Partner organisations whose keys are pinned: "partner add|list|edit|remove".
class PartnerCommands
{
    Q_DECLARE_TR_FUNCTIONS(PartnerCommands)

public:
    static int run(const QStringList& arguments);
    /// The one current partner named by text (organisation, part of it, or fingerprint); when none
    /// or several match, prints why (listing the candidates) and returns the exit code.
    static std::optional<int> resolve(Store& store, const QString& text, Partner& partner);

private:
    static int add(const QStringList& arguments);
    static int list(const QStringList& arguments);
    static int edit(const QStringList& arguments);
    static int remove(const QStringList& arguments);
    static QString helpText();
};

} // namespace inbeeld::cli
