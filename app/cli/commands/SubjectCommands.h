#pragma once

#include "app/cli/commands/LifecycleCommands.h"
#include "core/documents/Document.h"

#include <QJsonObject>

namespace inbeeld::cli {

/// The translation context and group help of data-subject requests (GDPR art. 15-21) and breach
/// support: "subject", "subject requests" and "breach".
class SubjectCommands
{
    Q_DECLARE_TR_FUNCTIONS(SubjectCommands)

public:
    static QString subjectHelp();
    static QString requestsHelp();
    static QString breachHelp();
};

/// A command that writes a document with personal data as JSON or PDF to --out (0600):
/// "subject access" and "breach report".
class DocumentCommand : public LifecycleCommand
{
    Q_DECLARE_TR_FUNCTIONS(SubjectCommands)

protected:
    using LifecycleCommand::LifecycleCommand;

    /// Adds --format json|pdf and --out FILE.
    static void addDocumentOptions(CommandLine& cmd);
    /// Refuses a --format other than json or pdf.
    std::optional<int> check(CommandLine& cmd) override;
    /// The PDF of the document.
    virtual Document pdf(const QJsonObject& json, const CommandLine& cmd) const = 0;
    /// Writes json, or its PDF, to --out and says where.
    int write(const CommandLine& cmd, const QJsonObject& json) const;
};

/// "subject access": everything the store holds about a child (art. 15).
class SubjectAccessCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(SubjectCommands)

public:
    SubjectAccessCommand();

protected:
    void defineCommandOptions(CommandLine& cmd) override;
    Document pdf(const QJsonObject& json, const CommandLine& cmd) const override;
    int executeWithStore(Store& store, CommandLine& cmd) override;
};

/// "subject rectify": corrects a field of our own record about a child (art. 16).
class SubjectRectifyCommand : public LifecycleCommand
{
    Q_DECLARE_TR_FUNCTIONS(SubjectCommands)

public:
    SubjectRectifyCommand();

protected:
    void defineCommandOptions(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;
};

/// "subject restrict": the child's data is kept but never shared or exported (art. 18).
class SubjectRestrictCommand : public ChildFlagCommand
{
    Q_DECLARE_TR_FUNCTIONS(SubjectCommands)

public:
    SubjectRestrictCommand();
};

/// "subject lift-restriction": ends the restriction.
class SubjectLiftRestrictionCommand : public ChildFlagCommand
{
    Q_DECLARE_TR_FUNCTIONS(SubjectCommands)

public:
    SubjectLiftRestrictionCommand();
};

/// "subject erase": records the decision on an erasure or objection request (art. 17, 21).
class SubjectEraseCommand : public LifecycleCommand
{
    Q_DECLARE_TR_FUNCTIONS(SubjectCommands)

public:
    SubjectEraseCommand();

protected:
    void defineCommandOptions(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;
};

/// "subject requests add": registers a request; the deadline is a month after receipt.
class SubjectRequestsAddCommand : public LifecycleCommand
{
    Q_DECLARE_TR_FUNCTIONS(SubjectCommands)

public:
    SubjectRequestsAddCommand();

protected:
    void defineCommandOptions(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;
};

/// "subject requests list": the register of requests, nearest deadline first.
class SubjectRequestsListCommand : public LifecycleCommand
{
    Q_DECLARE_TR_FUNCTIONS(SubjectCommands)

public:
    SubjectRequestsListCommand();

protected:
    void defineCommandOptions(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;
};

/// "subject requests close": closes a request with how it was answered.
class SubjectRequestsCloseCommand : public LifecycleCommand
{
    Q_DECLARE_TR_FUNCTIONS(SubjectCommands)

public:
    SubjectRequestsCloseCommand();

protected:
    void defineCommandOptions(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;
};

/// "breach report": what was shared with whom in a period, for a data breach (art. 33).
class BreachReportCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(SubjectCommands)

public:
    BreachReportCommand();

protected:
    void defineCommandOptions(CommandLine& cmd) override;
    Document pdf(const QJsonObject& json, const CommandLine& cmd) const override;
    int executeWithStore(Store& store, CommandLine& cmd) override;
};

} // namespace inbeeld::cli
