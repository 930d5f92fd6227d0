#pragma once

#include <QString>

#include <type_traits>
#include <utility>
#include <variant>

// Why there is no value, on its way into a Result of any value type: `return Failure<>{why};` (or a helper
// that makes one) in a function returning Result<T>, without naming T again.
template <typename Error = QString>
struct Failure
{
    Error error;
};

// A value, or why there is none. Returned by what can fail (reads of the store, user actions), so a caller
// cannot take "no data" for "nothing there": [[nodiscard]] makes ignoring it a warning. Error is QString
// (a sentence or the storage error's text) unless the caller must tell reasons apart.
template <typename T, typename Error = QString>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    // Anything that converts to T implicitly (std::nullopt or a record into a Result<std::optional<…>>).
    template <
        typename U,
        std::enable_if_t<
            !std::is_same_v<
                std::decay_t<U>,
                T> && !std::is_same_v<std::decay_t<U>, Result> && !std::is_same_v<std::decay_t<U>, Failure<Error>> && std::is_convertible_v<U &&, T>,
            int> = 0>
    Result(U &&value) : m_state(std::in_place_index<0>, T(std::forward<U>(value)))
    {}
    Result(Failure<Error> failure) : m_state(std::in_place_index<1>, std::move(failure.error)) {}
    static Result failure(Error error) { return Result(std::in_place_index<1>, std::move(error)); }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

    const Error &error() const { return std::get<1>(m_state); }

private:
    template <std::size_t I, typename V>
    Result(std::in_place_index_t<I> index, V &&v) : m_state(index, std::forward<V>(v))
    {}

    std::variant<T, Error> m_state;
};
