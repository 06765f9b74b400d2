#pragma once

#include "core/common/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace inbeeld::cli {

/// The exit codes of inbeeld-cli; documented in every --help (exitCodeHelp()).
enum ExitCode {
    ExitSuccess = 0,
    ExitFailure = 1, // the operation failed
    ExitUsage = 2, // unknown command, bad or missing option, passphrase on the command line
    ExitPartial = 3, // import: some rows were rejected, the valid ones were stored
    ExitStoreInUse = 4, // Error::Code::StoreInUse
    ExitWrongPassphrase = 5, // Error::Code::WrongPassphrase
};

/// "inbeeld-cli"
QString programName();

/// Writes one line (a newline is added) as UTF-8: results on stdout, messages on stderr.
/// Control characters that a terminal would act on (escape sequences, bell, carriage return,
/// bidirectional overrides), as in values from files and organisation names, shown escaped
/// ("\x1b"); line breaks and tabs stay. printOut() and printErr() apply it to everything.
QString terminalSafe(const QString& text);
void printOut(const QString& text);
void printErr(const QString& text);
/// Prints a JSON document, indented, on stdout: what --json gives scripts to read.
void printJson(const QJsonObject& object);
void printJson(const QJsonArray& array);

/// The exit code for a core error: 5 for a wrong passphrase, 4 for a store in use, else 1.
int exitCodeFor(const Error& error);
/// Prints "inbeeld-cli: <message>" on stderr and returns exitCodeFor(error).
int reportError(const Error& error);
/// Prints "inbeeld-cli: <message>" on stderr and returns exitCode.
int reportFailure(const QString& message, int exitCode = ExitFailure);

/// How printTable aligns the columns after the first (the first is always left-aligned).
enum class Columns { Left, Right };
/// Prints rows as aligned columns, two spaces apart; the last column of left-aligned rows is not
/// padded. Nothing for no rows.
void printTable(const QList<QStringList>& rows, Columns alignment = Columns::Left);

/// Help texts shared by the commands (translated).
class HelpText
{
    Q_DECLARE_TR_FUNCTIONS(HelpText)

public:
    static QString exitCodes();
    /// Where a passphrase comes from, in order. newPassphrase: the text for commands that set one.
    static QString passphraseSources();
};

/// Refuses options that would carry a secret on the command line (--passphrase, --password,
/// --key, -p, also in the --name=value form). The command line is visible to other users in the
/// process list and ends up in shell history, so passphrases never come from there.
class SecretArguments
{
    Q_DECLARE_TR_FUNCTIONS(SecretArguments)

public:
    /// The first argument that looks like a secret option, reduced to its option name (never
    /// the value); empty when there is none.
    static QString findSecretOption(const QStringList& arguments);
    /// If arguments hold such an option, explains the refusal on stderr and returns ExitUsage.
    static std::optional<int> refuse(const QStringList& arguments);
};

/// A command of a group such as "audit verify": its name and what runs it with the arguments after it.
struct Subcommand
{
    QString name;
    std::function<int(const QStringList&)> run;
};

/// Runs the subcommand of a group ("audit", "package", ...) named by the first argument. --help,
/// -h and help print helpText. Without a subcommand (or with an option first) fallback runs when
/// given; otherwise, and for an unknown name, a usage error names the subcommands (exit 2).
class CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(CommandGroup)

public:
    static int dispatch(const QString& group, const QStringList& arguments, const QList<Subcommand>& subcommands,
                        const QString& helpText, const std::function<int(const QStringList&)>& fallback = {});
};

/// One command's options, parsed with QCommandLineParser, with --help, required options and
/// usage errors (exit code 2) handled the same way for every command.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /// command: the words after the program name ("init", "audit list"); synopsis: the usage line
    /// without the program name; description: translated text shown under the usage line.
    CommandLine(const QString& command, const QString& synopsis, const QString& description);

    void addOption(const QString& name, const QString& description, const QString& valueName = {},
                   bool required = false);
    /// --store PATH (required) and --passphrase-file FILE, the options most commands share.
    void addStoreOption(const QString& description);
    void addPassphraseFileOption();
    /// Extra text after the options (e.g. the passphrase sources); the exit codes always follow.
    void addSection(const QString& text);
    /// Allows at most one positional argument (e.g. the file to import), shown in the help.
    void addPositional(const QString& name, const QString& description);

    /// Parses the arguments that follow the command words. Returns an exit code when the command
    /// must stop here (help shown, or a usage error reported); std::nullopt to go on.
    std::optional<int> parse(const QStringList& arguments);

    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    /// The option's value, or for "-" the first line of standard input: so that a BSN need not
    /// appear in the process list (--bsn -).
    QString valueOrStdin(const QString& name) const;
    /// Every value of an option that may be given more than once.
    QStringList values(const QString& name) const { return m_parser.values(name); }
    /// The positional argument, or empty (only with addPositional()).
    QString positional() const { return m_parser.positionalArguments().value(0); }
    QString helpText() const;
    /// Prints "inbeeld-cli <command>: <message>" and a pointer to --help on stderr; returns ExitUsage.
    int usageError(const QString& message) const;

private:
    QString m_command;
    QString m_synopsis;
    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QStringList m_required;
    QStringList m_valueOptions;
    QStringList m_sections;
    bool m_positional = false;
};

} // namespace inbeeld::cli
