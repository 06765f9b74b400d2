#include "app/cli/CommandLine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

namespace inbeeld::cli {

namespace {

void writeLine(std::FILE* stream, const QString& text)
{
    QByteArray bytes = terminalSafe(text).toUtf8();
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

QString terminalSafe(const QString& text)
{
    const auto isControl = [](char16_t c) {
        return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
            || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    };
    if (std::none_of(text.cbegin(), text.cend(), [&](QChar c) { return isControl(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (isControl(c.unicode()))
            out += c.unicode() <= 0xFF ? QStringLiteral("\\x%1").arg(int(c.unicode()), 2, 16, QLatin1Char('0'))
                                       : QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString programName()
{
    return QStringLiteral("inbeeld-cli");
}

void printOut(const QString& text)
{
    writeLine(stdout, text);
}

void printErr(const QString& text)
{
    writeLine(stderr, text);
}

void printJson(const QJsonObject& object)
{
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

void printJson(const QJsonArray& array)
{
    printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
}

int exitCodeFor(const Error& error)
{
    switch (error.code) {
    case Error::Code::WrongPassphrase:
        return ExitWrongPassphrase;
    case Error::Code::StoreInUse:
        return ExitStoreInUse;
    default:
        return ExitFailure;
    }
}

int reportError(const Error& error)
{
    return reportFailure(error.message, exitCodeFor(error));
}

int reportFailure(const QString& message, int exitCode)
{
    // One line: core messages may span lines, the contract of the CLI is one.
    QString line = message.simplified();
    printErr(programName() + QStringLiteral(": ") + line);
    return exitCode;
}

void printTable(const QList<QStringList>& rows, Columns alignment)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0 && alignment == Columns::Right)
                line += row[i].rightJustified(widths[i] + 2);
            else if (i + 1 < row.size() || alignment == Columns::Right)
                line += row[i].leftJustified(widths[i] + 2);
            else
                line += row[i];
        }
        printOut(line);
    }
}

int CommandGroup::dispatch(const QString& group, const QStringList& arguments, const QList<Subcommand>& subcommands,
                           const QString& helpText, const std::function<int(const QStringList&)>& fallback)
{
    const QString name = arguments.value(0);
    if (name == QStringLiteral("--help") || name == QStringLiteral("-h") || name == QStringLiteral("help")) {
        printOut(helpText);
        return ExitSuccess;
    }
    QStringList names;
    for (const Subcommand& s : subcommands) {
        if (s.name == name)
            return s.run(arguments.mid(1));
        names.append(s.name);
    }
    if (fallback && (name.isEmpty() || name.startsWith(u'-')))
        return fallback(arguments);
    const QString choices = names.size() < 2
        ? names.join(QString())
        : tr("%1 or %2").arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.constLast());
    const QString problem = name.isEmpty() ? tr("missing command: %1").arg(choices)
                                           : tr("unknown command '%1': use %2").arg(name, choices);
    printErr(programName() + u' ' + group + QStringLiteral(": ") + problem);
    printErr(tr("Run '%1 %2 --help' for more information.").arg(programName(), group));
    return ExitUsage;
}

QString HelpText::exitCodes()
{
    return tr("Exit codes:\n"
              "  0  success\n"
              "  1  the operation failed (the reason is printed on stderr)\n"
              "  2  usage error: unknown command, missing or invalid option, a passphrase on the\n"
              "     command line, or no way to obtain a passphrase\n"
              "  3  import: some rows were rejected; the valid rows were stored\n"
              "  4  the store is in use by another program\n"
              "  5  wrong passphrase");
}

QString HelpText::passphraseSources()
{
    return tr("Passphrase:\n"
              "  Taken from, in this order: the first line of --passphrase-file FILE, the environment\n"
              "  variable INBEELD_PASSPHRASE, or a prompt on the terminal (what you type is not shown).\n"
              "  Never from the command line: options such as --passphrase are refused, because the\n"
              "  command line is visible in process lists and shell history.");
}

QString SecretArguments::findSecretOption(const QStringList& arguments)
{
    // Long options by name, in any case, alone or as --name=value; single-dash -p/-k, also
    // compacted with a value (-pSECRET) or written as a single-dash word (-passphrase).
    static const QRegularExpression longOption(
        QStringLiteral("^--?(passphrase|password|passwd|pass|pw|pwd|key|secret|pin|new-passphrase|new-password|"
                       "new-key)(=.*)?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression shortOption(QStringLiteral("^-[pPkK]"));
    for (const QString& argument : arguments) {
        if (longOption.match(argument).hasMatch())
            return argument.section(QLatin1Char('='), 0, 0);
        if (!argument.startsWith(QStringLiteral("--")) && shortOption.match(argument).hasMatch())
            return argument.left(2);
    }
    return {};
}

std::optional<int> SecretArguments::refuse(const QStringList& arguments)
{
    const QString option = findSecretOption(arguments);
    if (option.isEmpty())
        return std::nullopt;
    printErr(programName() + QStringLiteral(": ")
             + tr("refusing '%1': passphrases are never taken from the command line, because it shows up in "
                  "process lists and shell history.")
                   .arg(option));
    printErr(tr("Give the passphrase with --passphrase-file FILE (first line of the file), the environment "
                "variable INBEELD_PASSPHRASE, or type it at the prompt. A new passphrase for 'passwd' comes "
                "from --new-passphrase-file FILE, INBEELD_NEW_PASSPHRASE or the prompt."));
    return ExitUsage;
}

CommandLine::CommandLine(const QString& command, const QString& synopsis, const QString& description)
    : m_command(command)
    , m_synopsis(synopsis)
    , m_helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."))
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.addOption(m_helpOption);
}

void CommandLine::addOption(const QString& name, const QString& description, const QString& valueName, bool required)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
    if (!valueName.isEmpty())
        m_valueOptions.append(name);
    if (required)
        m_required.append(name);
}

void CommandLine::addStoreOption(const QString& description)
{
    addOption(QStringLiteral("store"), description, QStringLiteral("PATH"), true);
}

void CommandLine::addPassphraseFileOption()
{
    addOption(QStringLiteral("passphrase-file"),
              tr("Read the passphrase from the first line of FILE (keep the file private)."), QStringLiteral("FILE"));
}

void CommandLine::addSection(const QString& text)
{
    m_sections.append(text);
}

void CommandLine::addPositional(const QString& name, const QString& description)
{
    m_parser.addPositionalArgument(name, description);
    m_positional = true;
}

std::optional<int> CommandLine::parse(const QStringList& arguments)
{
    QStringList argv {programName()};
    argv += arguments;
    if (!m_parser.parse(argv)) {
        // Qt's own messages are English unless its translations are installed; this one is ours.
        const QStringList unknown = m_parser.unknownOptionNames();
        return usageError(unknown.isEmpty() ? m_parser.errorText() : tr("unknown option '%1'").arg(unknown.first()));
    }
    if (m_parser.isSet(m_helpOption)) {
        printOut(helpText());
        return ExitSuccess;
    }
    // The value is not echoed: a stray word could be a passphrase typed in the wrong place.
    if (m_parser.positionalArguments().size() > (m_positional ? 1 : 0))
        return usageError(m_positional ? tr("unexpected argument: this command takes one file besides its options")
                                       : tr("unexpected argument: this command takes only options"));
    for (const QString& name : std::as_const(m_valueOptions)) {
        if (m_parser.isSet(name) && m_parser.value(name).trimmed().isEmpty())
            return usageError(tr("--%1 needs a value").arg(name));
    }
    for (const QString& name : std::as_const(m_required)) {
        if (m_parser.value(name).trimmed().isEmpty())
            return usageError(tr("missing required option --%1").arg(name));
    }
    return std::nullopt;
}

QString CommandLine::helpText() const
{
    // Qt's help starts with "Usage: <program> [options]"; ours names the command and its options.
    QString qtHelp = m_parser.helpText();
    const qsizetype firstLineEnd = qtHelp.indexOf(QLatin1Char('\n'));
    QString text = tr("Usage: %1").arg(programName() + QLatin1Char(' ') + m_synopsis);
    if (firstLineEnd >= 0)
        text
            += qtHelp.mid(firstLineEnd)
                   .replace(QStringLiteral("\nOptions:\n"), QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n'))
                   .replace(QStringLiteral("\nArguments:\n"), QLatin1Char('\n') + tr("Arguments:") + QLatin1Char('\n'));
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    for (const QString& section : m_sections)
        text += QStringLiteral("\n\n") + section;
    text += QStringLiteral("\n\n") + HelpText::exitCodes();
    return text;
}

int CommandLine::usageError(const QString& message) const
{
    printErr(programName() + QLatin1Char(' ') + m_command + QStringLiteral(": ") + message);
    printErr(tr("Usage: %1").arg(programName() + QLatin1Char(' ') + m_synopsis));
    printErr(tr("Run '%1 %2 --help' for more information.").arg(programName(), m_command));
    return ExitUsage;
}

QString CommandLine::valueOrStdin(const QString& name) const
{
    const QString given = m_parser.value(name);
    if (given != QLatin1String("-"))
        return given;
    QTextStream in(stdin);
    return in.readLine().trimmed();
}

} // namespace inbeeld::cli
