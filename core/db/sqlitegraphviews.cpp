// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteCaseStore: named graph views, the canvas's saved state (nodes, positions, pins, filters) by name.
#include "core/db/sqlitecasestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace awb::db {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::db", text);
}

bool isControl(QChar c)
{
    // Line and paragraph separators break a name over lines just as \n does, so they count as control characters.
    const auto category = c.category();
    return category == QChar::Other_Control || category == QChar::Separator_Line ||
           category == QChar::Separator_Paragraph;
}

/** @p name as it is stored and looked up: trimmed, so "Overview " and "Overview" are one view. */
QString storedName(const QString &name)
{
    return name.trimmed();
}

/** The stored form of a name the user gave a view, or why it cannot be one. */
Result<QString> validViewName(const QString &name)
{
    const QString trimmed = storedName(name);
    if (trimmed.isEmpty()) {
        return fail(Error::Code::InvalidInput, tr("Enter a name for the view."));
    }
    if (std::ranges::any_of(trimmed, isControl)) {
        return fail(Error::Code::InvalidInput,
                    tr("A view name cannot contain line breaks, tabs or other control characters."));
    }
    // A lone surrogate would reach the file as a replacement character, and the view would not be found by its name.
    if (!QStringView(trimmed).isValidUtf16()) {
        return fail(Error::Code::InvalidInput, tr("The view name contains an incomplete character."),
                    u"invalid UTF-16"_s);
    }
    // Code points, as the schema's length() counts them, so an emoji is one character here too.
    const auto length = trimmed.size() - std::ranges::count_if(trimmed, [](QChar c) { return c.isLowSurrogate(); });
    if (length > kMaxGraphViewNameLength) {
        return fail(Error::Code::InvalidInput, tr("A view name can have at most %1 characters; this one has %2.")
                                                   .arg(kMaxGraphViewNameLength)
                                                   .arg(length));
    }
    return trimmed;
}

/** The UTF-8 text of a view's state, once it is known to be a JSON object small enough to keep in the case. */
Result<QByteArray> validViewState(const QString &stateJson)
{
    const auto tooLarge = [](const QString &detail) {
        return fail(Error::Code::InvalidInput,
                    tr("The view could not be saved: its state is larger than %1 MiB.")
                        .arg(kMaxGraphViewStateBytes / (1024 * 1024)),
                    detail);
    };
    const auto notJson = [](const QString &detail) {
        return fail(Error::Code::InvalidInput, tr("The view could not be saved: its state is not valid JSON."), detail);
    };
    // Every UTF-16 unit is at least one byte of UTF-8, so an oversized text is refused before it is converted.
    if (stateJson.size() > kMaxGraphViewStateBytes) {
        return tooLarge(u"%1 UTF-16 units"_s.arg(stateJson.size()));
    }
    if (!QStringView(stateJson).isValidUtf16()) {
        return notJson(u"invalid UTF-16"_s);
    }
    // Qt's parser skips a byte order mark, which JSON text may not begin with (RFC 8259) and the schema refuses.
    if (stateJson.startsWith(QChar(0xFEFF))) {
        return notJson(u"byte order mark"_s);
    }
    QByteArray utf8 = stateJson.toUtf8();
    if (utf8.size() > kMaxGraphViewStateBytes) {
        return tooLarge(u"%1 bytes"_s.arg(utf8.size()));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        return notJson(u"%1 at offset %2"_s.arg(error.errorString()).arg(error.offset));
    }
    if (!document.isObject()) {
        return fail(Error::Code::InvalidInput, tr("The view could not be saved: its state is not a JSON object."),
                    document.isArray() ? u"a JSON array"_s : u"a JSON scalar"_s);
    }
    return utf8;
}

Error noSuchView(const QString &name)
{
    return Error{Error::Code::NotFound, tr("There is no saved view named “%1”.").arg(name), {}};
}

} // namespace

Result<QStringList> SqliteCaseStore::graphViewNames()
{
    auto names = list<QString>("SELECT name FROM graph_views", [](const Statement &row) { return row.text(0); });
    if (!names) {
        return std::unexpected(names.error());
    }
    // Sorted here rather than with COLLATE NOCASE, which folds ASCII letters only ("Éclair" would follow "ébène").
    // Names differing only in case keep a fixed order.
    std::ranges::sort(*names, [](const QString &a, const QString &b) {
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });
    return QStringList(names->begin(), names->end());
}

Result<std::optional<QString>> SqliteCaseStore::graphView(const QString &name)
{
    return list<QString>(
               "SELECT state FROM graph_views WHERE name = ?1", [](const Statement &row) { return row.text(0); },
               storedName(name))
        .transform([](const std::vector<QString> &rows) {
            return rows.empty() ? std::nullopt : std::optional<QString>(rows.front());
        });
}

Result<void> SqliteCaseStore::saveGraphView(const QString &name, const QString &stateJson)
{
    const auto stored = validViewName(name);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    const auto state = validViewState(stateJson);
    if (!state) {
        return std::unexpected(state.error());
    }
    const QString savedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return write([&]() -> Result<void> {
        // The upsert keeps the row (and its id) of a view saved again under its name.
        return insert("INSERT INTO graph_views(name, state, saved_at) VALUES (?1, ?2, ?3) "
                      "ON CONFLICT (name) DO UPDATE SET state = excluded.state, saved_at = excluded.saved_at",
                      *stored, std::string_view(state->constData(), size_t(state->size())), savedAt)
            .transform([](qint64) {});
    });
}

Result<void> SqliteCaseStore::renameGraphView(const QString &from, const QString &to)
{
    const auto target = validViewName(to);
    if (!target) {
        return std::unexpected(target.error());
    }
    const QString source = storedName(from);
    return write([&]() -> Result<void> {
        // Both look-ups run inside the write transaction, so no other connection can take the name in between.
        // One row per existing name: 1 for the view to rename, 0 for a view that already has the new name.
        auto found = list<qint64>(
            "SELECT name = ?1 FROM graph_views WHERE name IN (?1, ?2)",
            [](const Statement &row) { return row.int64(0); }, source, *target);
        if (!found) {
            return std::unexpected(found.error());
        }
        if (std::ranges::count(*found, 1) == 0) {
            return std::unexpected(noSuchView(source));
        }
        if (source == *target) {
            return {};
        }
        if (std::ranges::count(*found, 0) != 0) {
            return fail(Error::Code::Constraint,
                        tr("There is already a view named “%1”; choose another name.").arg(*target));
        }
        return change("UPDATE graph_views SET name = ?2 WHERE name = ?1", source, *target);
    });
}

Result<void> SqliteCaseStore::deleteGraphView(const QString &name)
{
    const QString stored = storedName(name);
    return write([&]() -> Result<void> {
        auto r = change("DELETE FROM graph_views WHERE name = ?1", stored);
        if (!r && r.error().code == Error::Code::NotFound) {
            return std::unexpected(noSuchView(stored));
        }
        return r;
    });
}

} // namespace awb::db
