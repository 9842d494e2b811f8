#pragma once

#include "Error.h"

#include <utility>
#include <variant>

namespace finalist {

// A value or an Error. Small on purpose: std::expected arrives with C++23.
template <typename T> class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T value() && { return std::get<T>(std::move(m_state)); } // by value: safe in range-for
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    // The value, or the fallback when there is an error (for what may quietly be absent).
    T value_or(T fallback) const { return ok() ? value() : std::move(fallback); }
    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace finalist
