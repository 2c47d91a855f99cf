// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <expected>
#include <functional>
#include <type_traits>

namespace awb {

/** An error that crosses a module boundary: a user-facing message plus technical detail for the log. */
struct Error
{
    enum class Code {
        Io,
        Sql,
        NotACase,
        Corrupt,
        SchemaTooNew,
        ReadOnly,
        Constraint,
        NotFound,
        Cancelled,
        InvalidInput,
    };
    Code code = Code::Sql;
    QString message; // translated, for the user: "Could not open case file %1."
    QString detail;  // technical: sqlite3_errmsg, path, extended code
};

/**
 * std::expected<T, Error> plus the C++23 monadic operations (and_then, transform, or_else), which g++ 12's
 * <expected> does not have yet. Drop the class for the plain alias once the toolchain is g++ 13 or newer.
 */
template <typename T>
class [[nodiscard]] Result : public std::expected<T, Error>
{
    using Base = std::expected<T, Error>;

public:
    using Base::Base;
    Result() = default;

    Result(Base base)
        : Base(std::move(base))
    {}

    template <typename F>
    auto and_then(F &&f) const &
    {
        return chain(*this, std::forward<F>(f));
    }

    template <typename F>
    auto and_then(F &&f) &&
    {
        return chain(std::move(*this), std::forward<F>(f));
    }

    template <typename F>
    auto transform(F &&f) const &
    {
        return map(*this, std::forward<F>(f));
    }

    template <typename F>
    auto transform(F &&f) &&
    {
        return map(std::move(*this), std::forward<F>(f));
    }

private:
    template <typename Self, typename F>
    static auto chain(Self &&self, F &&f)
    {
        if constexpr (std::is_void_v<T>) {
            using R = std::remove_cvref_t<std::invoke_result_t<F>>;
            return self.has_value() ? R(std::forward<F>(f)()) : R(std::unexpected(std::forward<Self>(self).error()));
        } else {
            using R = std::remove_cvref_t<std::invoke_result_t<F, decltype(*std::forward<Self>(self))>>;
            if (!self.has_value()) {
                return R(std::unexpected(std::forward<Self>(self).error()));
            }
            return R(std::forward<F>(f)(*std::forward<Self>(self)));
        }
    }

    template <typename Self, typename F>
    static auto map(Self &&self, F &&f)
    {
        if constexpr (std::is_void_v<T>) {
            using U = std::remove_cvref_t<std::invoke_result_t<F>>;
            if (!self.has_value()) {
                return Result<U>(std::unexpected(std::forward<Self>(self).error()));
            }
            if constexpr (std::is_void_v<U>) {
                std::forward<F>(f)();
                return Result<void>();
            } else {
                return Result<U>(std::forward<F>(f)());
            }
        } else {
            using U = std::remove_cvref_t<std::invoke_result_t<F, decltype(*std::forward<Self>(self))>>;
            if (!self.has_value()) {
                return Result<U>(std::unexpected(std::forward<Self>(self).error()));
            }
            if constexpr (std::is_void_v<U>) {
                std::forward<F>(f)(*std::forward<Self>(self));
                return Result<void>();
            } else {
                return Result<U>(std::forward<F>(f)(*std::forward<Self>(self)));
            }
        }
    }
};

inline std::unexpected<Error> fail(Error::Code code, QString message, QString detail = {})
{
    return std::unexpected(Error{code, std::move(message), std::move(detail)});
}

/** "message (detail)" for logs and the CLI's stderr. */
QString describe(const Error &error);

} // namespace awb
