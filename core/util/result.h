#pragma once

#include "core/model/origin.h"

#include <QString>

#include <utility>
#include <variant>

namespace schemalens {

// An error as a value: a translated, user-facing message and, where known, where it happened.
struct Error {
    QString message;
    model::Origin where;

    QString toString() const
    {
        return where.isValid() ? where.toString() + QStringLiteral(": ") + message : message;
    }
};

// Expected-like result: either a value or an Error (CONVENTIONS.md item 5).
template <typename T> class Result {
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace schemalens
