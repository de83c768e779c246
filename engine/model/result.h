#pragma once
// The one way the engine reports a failure: a function that can fail returns Result<T>, which
// holds either its value or an Error saying why not. Nothing throws, nothing is kept for later
// (no lastError()), nothing is written through an out-parameter.
//
// - Error::message is written for the person who will read it (a learner, an instructor, an
//   author): it names the file or the attempt and says what to do where there is something to
//   do. Callers show it as it is, or prefix it with what they were doing.
// - Error::kind is for the few callers that act differently on a kind of failure (a lookup
//   that found nothing is not a broken database); nobody matches on message text.
// - Error::problems holds the located problems of an input file (the loader): each one a line
//   an author can jump to.
// - Result<T> reads like std::optional<T> (`if (!r)`, `*r`, `r->`, value()) plus error() and
//   errorMessage() (empty for a value);
//   Result<void> is a success or an Error. Reading the value of an error, or the error of a
//   value, is a programming mistake and stops the program (qFatal), in every build.
// - std::expected would do this, but it is C++23; this is the small part of it we use.

#include "problem.h"

#include <QString>
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace hitready {

enum class ErrorKind {
    Failed,   // anything else: the message says what
    NotFound, // the profile, attempt, quiz or file asked for does not exist
    Refused,  // the request does not fit the state (a finished attempt, a name taken, ...)
    ReadOnly, // the database can only be read
    Damaged,  // stored or given data that cannot be decoded
    Io,       // a file or database could not be opened, read or written
    Invalid,  // an input file has problems (Error::problems lists them)
};

struct Error
{
    ErrorKind kind = ErrorKind::Failed;
    QString message;
    Problems problems; // kind Invalid (and a file that cannot be read): where, line by line

    Error() = default;
    Error(ErrorKind k, QString m, Problems p = {})
        : kind(k), message(std::move(m)), problems(std::move(p))
    {}
    // The same failure, its message prefixed by what the caller was doing ("saving: ...").
    Error context(const QString &doing) const
    {
        return Error(kind, QStringLiteral("%1: %2").arg(doing, message), problems);
    }
    bool operator==(const Error &) const = default;
};

namespace detail {
[[noreturn]] void resultMisuse(const char *what, const QString &error = {});
}

template <class T> class [[nodiscard]] Result
{
    static_assert(!std::is_same_v<std::remove_cvref_t<T>, Error>, "Result<Error> is ambiguous");

public:
    using value_type = T;

    // A value, or anything a T can be made from (Result<QList<X>> from a QList<X>, ...).
    template <class U = T>
    requires(std::is_constructible_v<T, U &&> && !std::is_same_v<std::remove_cvref_t<U>, Error> &&
             !std::is_same_v<std::remove_cvref_t<U>, Result>) Result(U &&value)
        : m_state(std::in_place_index<0>, std::forward<U>(value))
    {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool has_value() const { return m_state.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T &value() & { return checkedValue(); }
    const T &value() const & { return const_cast<Result *>(this)->checkedValue(); }
    T &&value() && { return std::move(checkedValue()); }
    T &operator*() & { return checkedValue(); }
    const T &operator*() const & { return value(); }
    T &&operator*() && { return std::move(checkedValue()); }
    T *operator->() { return &checkedValue(); }
    const T *operator->() const { return &value(); }
    template <class U> T value_or(U &&fallback) const &
    {
        return has_value() ? std::get<0>(m_state) : T(std::forward<U>(fallback));
    }

    const Error &error() const
    {
        if (has_value())
            detail::resultMisuse("error() of a Result that holds a value");
        return std::get<1>(m_state);
    }
    // The error's message, or empty for a value (for QVERIFY2 and log lines).
    QString errorMessage() const { return has_value() ? QString() : error().message; }
    // The value as a std::optional, dropping the error (for a caller that has its own words).
    std::optional<T> toOptional() const &
    {
        return has_value() ? std::optional<T>(std::get<0>(m_state)) : std::nullopt;
    }

private:
    T &checkedValue()
    {
        if (!has_value())
            detail::resultMisuse("the value of a Result that holds an error",
                                 std::get<1>(m_state).message);
        return std::get<0>(m_state);
    }

    std::variant<T, Error> m_state;
};

// Success, or an Error: what a write returns.
template <> class [[nodiscard]] Result<void>
{
public:
    using value_type = void;

    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool has_value() const { return !m_error.has_value(); }
    explicit operator bool() const { return has_value(); }
    void value() const
    {
        if (m_error)
            detail::resultMisuse("the value of a Result<void> that holds an error",
                                 m_error->message);
    }
    const Error &error() const
    {
        if (!m_error)
            detail::resultMisuse("error() of a Result<void> that succeeded");
        return *m_error;
    }
    QString errorMessage() const { return m_error ? m_error->message : QString(); }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace hitready
