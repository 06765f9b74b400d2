#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace inbeeld {

/// What went wrong, as a machine-readable code plus a message for the user (already translated).
struct Error
{
    enum class Code {
        Generic,
        WrongPassphrase,
        NotAStore,
        StoreMissing,
        StoreExists,
        StoreInUse,
        StoreTooNew,
        StoreCorrupt,
        CipherUnavailable,
        KeychainUnavailable,
        NotRemembered,
        InvalidInput,
        Io,
        Database,
        AuditChainBroken,
        InvalidProfile,
        Cancelled,
        // Exchange (identity cards, signatures, encrypted files): each refusal has its own code.
        UnknownFormat, // not the kind of file expected (foreign or corrupt beyond parsing)
        Damaged, // authentication failed: the file was changed or damaged
        Truncated, // the file ends early (an incomplete copy)
        WrongKey, // not made for (or signed by) the key we hold
        BadSignature, // a signature does not verify
        KeyChanged, // a known partner's keys changed without a rotation signed by the pinned key
        NotTrusted, // no pinned partner for this key
        SharingNotAllowed, // no share decision in force covers the child, recipient and fields
        Replayed, // a package opened before, or older than one already accepted from that sender
        OtherAgreement, // made under an agreement that is not ours
    };

    Code code = Code::Generic;
    QString message;
};

/// Errors as values: either a T or an Error. Used wherever failure is expected.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T& value() { return *m_value; }
    const T& value() const { return *m_value; }
    T takeValue() { return std::move(*m_value); }

    const Error& error() const { return m_error; }
    QString message() const { return m_error.message; }
    Error::Code code() const { return m_error.code; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    QString message() const { return m_error.message; }
    Error::Code code() const { return m_error.code; }

private:
    bool m_failed = false;
    Error m_error;
};

inline Error makeError(Error::Code code, QString message)
{
    return Error {code, std::move(message)};
}

} // namespace inbeeld
