#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace inbeeld::cli {

/// The end of processing and retention from the command line: "case" closes, reopens, lists,
/// holds and releases children; "retention" shows what is due and purges it; "snapshots delete"
/// removes a wrongly imported list.
class LifecycleCommands
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleCommands)

public:
    static int caseGroup(const QStringList& arguments);
    static int retention(const QStringList& arguments);
    static int deleteSnapshot(const QStringList& arguments);

private:
    static int close(const QStringList& arguments);
    static int reopen(const QStringList& arguments);
    static int list(const QStringList& arguments);
    static int hold(const QStringList& arguments);
    static int release(const QStringList& arguments);
    static int status(const QStringList& arguments);
    static int purge(const QStringList& arguments);
};

/// Data-subject requests and breach support from the command line: "subject" (access export,
/// rectify, restrict, lift-restriction, erase, requests) and "breach report".
class SubjectCommands
{
    Q_DECLARE_TR_FUNCTIONS(SubjectCommands)

public:
    static int subject(const QStringList& arguments);
    static int breach(const QStringList& arguments);

private:
    static int access(const QStringList& arguments);
    static int rectify(const QStringList& arguments);
    static int restrict(const QStringList& arguments);
    static int liftRestriction(const QStringList& arguments);
    static int erase(const QStringList& arguments);
    static int requests(const QStringList& arguments);
    static int requestsAdd(const QStringList& arguments);
    static int requestsList(const QStringList& arguments);
    static int requestsClose(const QStringList& arguments);
    static int breachReport(const QStringList& arguments);
};

/// What the lifecycle commands share: opening the store, the child from --bsn or --child, JSON out.
class LifecycleCli
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleCli)

public:
    /// --bsn BSN or --child KEY as a child key; empty (after reporting) when neither is usable.
    static QString childKey(const class CommandLine& cmd, int* exitCode);
    static void addChildOptions(class CommandLine& cmd);
    static void printJson(const class QJsonValue& value);
    /// Writes bytes to a file readable only by the user (0600); an error message or empty.
    static QString writePrivateFile(const QString& path, const QByteArray& bytes);
};

} // namespace inbeeld::cli
