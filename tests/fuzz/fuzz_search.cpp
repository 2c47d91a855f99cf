// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The search box: whatever is typed must become an FTS5 query SQLite accepts (never a syntax error, never an
// operator), run against a small in-memory case made once.
#include "core/db/sqlitecasestore.h"
#include "core/search/ftsquery.h"
#include "tests/fuzz/fuzzinput.h"

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

std::unique_ptr<awb::db::SqliteCaseStore> g_store;

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "fuzz_search: %s\n", qPrintable(what));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    auto store = awb::db::SqliteCaseStore::createInMemory();
    if (!store) {
        die(awb::describe(store.error()));
    }
    g_store = std::move(*store);
    awb::Source source;
    source.title = u"FBI statement on the Ronin bridge theft"_s;
    source.publisher = u"FBI"_s;
    source.published = u"2022-04-14"_s;
    source.kind = u"government"_s;
    source.excerpt = u"Lazarus Group and APT38 were responsible; \"quoted\" text; C:\\path; 100%"_s;
    if (auto r = g_store->addSource(source); !r) {
        die(awb::describe(r.error()));
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(awb::fuzz::bytesOf(data, size));
    const QString query = awb::search::literalFtsQuery(text);
    // Each kept word is quoted (2 chars), its quotes doubled, joined by spaces: at most 3 × input + 2.
    if (query.size() > 3 * awb::search::kMaxSearchLength + 2) {
        die(u"query of %1 characters from %2 typed"_s.arg(query.size()).arg(text.size()));
    }
    if (auto hits = g_store->search(text, 20); !hits) {
        die(awb::describe(hits.error()));
    }
    return 0;
}
