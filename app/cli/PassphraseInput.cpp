#include "app/cli/PassphraseInput.h"

#include "app/cli/CommandLine.h"
#include "core/crypto/PassphraseStrength.h"

#include <QByteArrayView>
#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <algorithm>
#include <cstring>
#include <iterator>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace inbeeld::cli {

namespace {

Error noTerminalError()
{
    return makeError(Error::Code::InvalidInput, PassphraseInput::tr("there is no terminal to ask for the passphrase"));
}

#ifdef Q_OS_WIN

// Restores the console mode when the user presses Ctrl+C at the prompt.
HANDLE g_consoleInput = INVALID_HANDLE_VALUE;
DWORD g_savedConsoleMode = 0;

BOOL WINAPI restoreConsoleMode(DWORD)
{
    if (g_consoleInput != INVALID_HANDLE_VALUE)
        SetConsoleMode(g_consoleInput, g_savedConsoleMode);
    return FALSE; // let the default handler end the process
}

HANDLE openConsole(const wchar_t* name)
{
    return CreateFileW(name, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING,
                       0, nullptr);
}

void writeConsole(HANDLE out, const QString& text)
{
    if (out == INVALID_HANDLE_VALUE)
        return;
    DWORD written = 0;
    WriteConsoleW(out, reinterpret_cast<const wchar_t*>(text.utf16()), static_cast<DWORD>(text.size()), &written,
                  nullptr);
}

Result<SecretBytes> promptConsole(const QString& text)
{
    HANDLE in = openConsole(L"CONIN$");
    if (in == INVALID_HANDLE_VALUE)
        return noTerminalError();
    DWORD mode = 0;
    if (!GetConsoleMode(in, &mode)) {
        CloseHandle(in);
        return noTerminalError();
    }
    HANDLE out = openConsole(L"CONOUT$");
    writeConsole(out, text);

    g_consoleInput = in;
    g_savedConsoleMode = mode;
    SetConsoleCtrlHandler(restoreConsoleMode, TRUE);
    SetConsoleMode(in, (mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT)) | ENABLE_LINE_INPUT | ENABLE_PROCESSED_INPUT);

    constexpr DWORD capacity = PassphraseInput::MaxLength + 2;
    wchar_t chars[capacity];
    DWORD count = 0;
    const BOOL ok = ReadConsoleW(in, chars, capacity, &count, nullptr);

    SetConsoleMode(in, mode);
    SetConsoleCtrlHandler(restoreConsoleMode, FALSE);
    g_consoleInput = INVALID_HANDLE_VALUE;
    writeConsole(out, QStringLiteral("\r\n"));
    if (out != INVALID_HANDLE_VALUE)
        CloseHandle(out);
    CloseHandle(in);

    DWORD length = ok ? count : 0;
    const bool complete = length > 0 && chars[length - 1] == L'\n';
    while (length > 0 && (chars[length - 1] == L'\n' || chars[length - 1] == L'\r'))
        --length;
    QString value = QString::fromWCharArray(chars, static_cast<qsizetype>(length));
    SecureZeroMemory(chars, sizeof chars);
    if (!ok)
        return makeError(Error::Code::Io, PassphraseInput::tr("could not read from the terminal"));
    if (!complete && count == capacity) {
        wipe(value);
        return makeError(
            Error::Code::Generic,
            PassphraseInput::tr("the passphrase is too long (at most %1 bytes)").arg(PassphraseInput::MaxLength));
    }
    if (value.isEmpty())
        return makeError(Error::Code::Generic, PassphraseInput::tr("no passphrase entered"));
    SecretBytes result = SecretBytes::fromUtf8(value);
    wipe(value);
    return result;
}

#else

// Restores the terminal (echo back on) when a signal ends the program at the prompt.
volatile int g_terminalFd = -1;
struct termios g_savedTerminal;
constexpr int InterruptSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

void restoreTerminalAndRaise(int signalNumber)
{
    if (g_terminalFd >= 0) {
        ::tcsetattr(g_terminalFd, TCSAFLUSH, &g_savedTerminal);
        [[maybe_unused]] const ssize_t written = ::write(g_terminalFd, "\n", 1);
    }
    ::signal(signalNumber, SIG_DFL);
    ::raise(signalNumber);
}

void writeAll(int fd, const QByteArray& bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        done += n;
    }
}

int openTerminal()
{
    return ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
}

Result<SecretBytes> promptTerminal(const QString& text)
{
    // Prefer the controlling terminal, so that a prompt works even when stdin is redirected.
    const int ttyFd = openTerminal();
    int inFd = ttyFd;
    int outFd = ttyFd;
    if (ttyFd < 0) {
        if (!::isatty(STDIN_FILENO))
            return noTerminalError();
        inFd = STDIN_FILENO;
        outFd = STDERR_FILENO;
    }
    struct termios saved;
    if (::tcgetattr(inFd, &saved) != 0) {
        if (ttyFd >= 0)
            ::close(ttyFd);
        return noTerminalError();
    }

    writeAll(outFd, text.toUtf8());

    g_savedTerminal = saved;
    g_terminalFd = inFd;
    struct sigaction action;
    std::memset(&action, 0, sizeof action);
    action.sa_handler = restoreTerminalAndRaise;
    sigemptyset(&action.sa_mask);
    struct sigaction previous[std::size(InterruptSignals)];
    for (std::size_t i = 0; i < std::size(InterruptSignals); ++i)
        ::sigaction(InterruptSignals[i], &action, &previous[i]);

    struct termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    quiet.c_lflag |= ICANON;
    ::tcsetattr(inFd, TCSAFLUSH, &quiet);

    // Read straight into guarded memory, one byte at a time (the line discipline buffers anyway).
    SecretBytes buffer(PassphraseInput::MaxLength + 1);
    std::size_t length = 0;
    bool tooLong = false;
    bool failed = false;
    for (;;) {
        unsigned char* slot = buffer.data() + std::min<std::size_t>(length, PassphraseInput::MaxLength);
        const ssize_t n = ::read(inFd, slot, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            failed = true;
        if (n <= 0)
            break;
        if (*slot == '\n')
            break;
        if (length < static_cast<std::size_t>(PassphraseInput::MaxLength))
            ++length;
        else
            tooLong = true;
    }

    ::tcsetattr(inFd, TCSAFLUSH, &saved);
    g_terminalFd = -1;
    for (std::size_t i = 0; i < std::size(InterruptSignals); ++i)
        ::sigaction(InterruptSignals[i], &previous[i], nullptr);
    writeAll(outFd, QByteArrayLiteral("\n"));
    if (ttyFd >= 0)
        ::close(ttyFd);

    if (failed)
        return makeError(Error::Code::Io, PassphraseInput::tr("could not read from the terminal"));
    if (tooLong)
        return makeError(
            Error::Code::Generic,
            PassphraseInput::tr("the passphrase is too long (at most %1 bytes)").arg(PassphraseInput::MaxLength));
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    if (length == 0)
        return makeError(Error::Code::Generic, PassphraseInput::tr("no passphrase entered"));
    SecretBytes result(length);
    std::memcpy(result.data(), buffer.data(), length);
    return result;
}

#endif

} // namespace

Result<SecretBytes> PassphraseInput::read(const Source& source)
{
    if (!source.file.isEmpty())
        return readFile(source.file);

    if (!source.environmentName.isEmpty()) {
#ifdef Q_OS_WIN
        // The environment is UTF-16 on Windows; qgetenv() would give the ANSI code page.
        QString value = qEnvironmentVariable(source.environmentName.constData());
        if (!value.isEmpty()) {
            SecretBytes result = SecretBytes::fromUtf8(value);
            wipe(value);
            return result;
        }
#else
        QByteArray value = qgetenv(source.environmentName.constData());
        if (!value.isEmpty())
            return SecretBytes::fromByteArray(value, true);
#endif
    }

    if (!terminalAvailable())
        return makeError(Error::Code::InvalidInput,
                         tr("no passphrase given and no terminal to ask for it: use %1 FILE or the environment "
                            "variable %2")
                             .arg(source.fileOption, QString::fromLatin1(source.environmentName)));

    Result<SecretBytes> first = prompt(source.prompt);
    if (!first || source.confirmPrompt.isEmpty())
        return first;
    Result<SecretBytes> second = prompt(source.confirmPrompt);
    if (!second)
        return second;
    if (!first.value().equals(second.value()))
        return makeError(Error::Code::Generic, tr("the two passphrases do not match"));
    return first;
}

Result<void> PassphraseInput::checkNew(const SecretBytes& passphrase, const QStringList& extraWords)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(QByteArrayView(passphrase.chars(), static_cast<qsizetype>(passphrase.size())));
    const bool validText = !decoder.hasError();
    const PassphraseStrength::Assessment assessment = PassphraseStrength::assess(text, extraWords);
    const bool acceptable = validText
        && (assessment.level == PassphraseStrength::Level::Fair
            || assessment.level == PassphraseStrength::Level::Strong);
    wipe(text);
    if (!validText)
        return makeError(Error::Code::Generic, tr("the new passphrase is not valid UTF-8 text"));
    if (!acceptable)
        return makeError(Error::Code::Generic, tr("the new passphrase is refused. %1").arg(assessment.hint));
    return {};
}

Result<SecretBytes> PassphraseInput::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return makeError(
            Error::Code::Io,
            tr("cannot read the passphrase file %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
#ifndef Q_OS_WIN
    if (file.permissions() & (QFileDevice::ReadOther | QFileDevice::WriteOther))
        printErr(
            programName() + QStringLiteral(": ")
            + tr("warning: the passphrase file %1 is readable by other users").arg(QDir::toNativeSeparators(path)));
#endif

    // Room for the longest passphrase, a UTF-8 byte order mark and a CR LF line ending.
    QByteArray data(MaxLength + 5, '\0');
    const qint64 count = file.read(data.data(), data.size());
    file.close();
    if (count < 0) {
        wipe(data);
        return makeError(
            Error::Code::Io,
            tr("cannot read the passphrase file %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }

    qsizetype begin = 0;
    if (count >= 3 && data.startsWith("\xEF\xBB\xBF"))
        begin = 3;
    qsizetype end = begin;
    while (end < count && data.at(end) != '\n')
        ++end;
    const bool lineComplete = end < count || count < data.size();
    if (end > begin && data.at(end - 1) == '\r')
        --end;
    const qsizetype length = end - begin;

    if (!lineComplete || length > MaxLength) {
        wipe(data);
        return makeError(Error::Code::Generic,
                         tr("the first line of the passphrase file %1 is too long (at most %2 bytes)")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(MaxLength));
    }
    if (length == 0) {
        wipe(data);
        return makeError(Error::Code::Generic,
                         tr("the passphrase file %1 is empty: its first line must hold the passphrase")
                             .arg(QDir::toNativeSeparators(path)));
    }
    SecretBytes result(static_cast<std::size_t>(length));
    std::memcpy(result.data(), data.constData() + begin, static_cast<std::size_t>(length));
    wipe(data);
    return result;
}

Result<SecretBytes> PassphraseInput::prompt(const QString& text)
{
#ifdef Q_OS_WIN
    return promptConsole(text);
#else
    return promptTerminal(text);
#endif
}

bool PassphraseInput::terminalAvailable()
{
#ifdef Q_OS_WIN
    HANDLE in = openConsole(L"CONIN$");
    if (in == INVALID_HANDLE_VALUE)
        return false;
    DWORD mode = 0;
    const bool console = GetConsoleMode(in, &mode) != 0;
    CloseHandle(in);
    return console;
#else
    const int fd = openTerminal();
    if (fd >= 0) {
        ::close(fd);
        return true;
    }
    return ::isatty(STDIN_FILENO) == 1;
#endif
}

} // namespace inbeeld::cli
