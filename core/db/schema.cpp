// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/schema.h"

#include "core/db/database.h"

#include <QCoreApplication>

#include <array>
#include <string>

namespace awb::db {

namespace {

// Version 1: the case record. docs/schema.md describes every table; keep the two in step.
constexpr std::string_view kSchemaV1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE import_batches (
    id            INTEGER PRIMARY KEY,
    file_name     TEXT NOT NULL,
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
    size_bytes    INTEGER NOT NULL CHECK (size_bytes >= 0),
    importer      TEXT NOT NULL,
    started_at    TEXT NOT NULL,
    finished_at   TEXT,
    rows_read     INTEGER NOT NULL DEFAULT 0,
    rows_imported INTEGER NOT NULL DEFAULT 0,
    rows_skipped  INTEGER NOT NULL DEFAULT 0,
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX import_batches_sha256 ON import_batches(sha256);

CREATE TABLE sources (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL CHECK (length(title) > 0),
    publisher  TEXT NOT NULL DEFAULT '',
    published  TEXT,
    url        TEXT,
    kind       TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('government', 'intergovernmental', 'industry',
                   'press', 'research', 'community', 'dataset', 'synthetic', 'other')),
    excerpt    TEXT NOT NULL DEFAULT '',
    synthetic  INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1)),
    batch_id   INTEGER REFERENCES import_batches(id) ON DELETE RESTRICT
);

-- The attribution confidence scale: analytic confidence as in ODNI ICD 203 (low, moderate, high).
CREATE TABLE confidence_levels (
    name        TEXT PRIMARY KEY,
    rank        INTEGER NOT NULL UNIQUE,
    description TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO confidence_levels VALUES
    ('low', 1, 'Questionable or fragmentary evidence, or a single uncorroborated source; plausible but not assessed.'),
    ('moderate', 2, 'Credibly sourced and plausible, but not corroborated enough for a higher level.'),
    ('high', 3, 'High-quality, corroborated evidence, such as a government attribution with technical indicators.');

-- Tag confidence: the 14-level scale of GraphSense TagPacks, so tags keep their meaning across tools.
CREATE TABLE tag_confidence_levels (
    name        TEXT PRIMARY KEY,
    level       INTEGER NOT NULL,
    label       TEXT NOT NULL,
    description TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO tag_confidence_levels VALUES
    ('override', 100, 'Manual cluster tag', 'The tag is representative for an entire cluster and overrides all other tags.'),
    ('ownership', 100, 'Proven address ownership', 'The creator controls the private key of the address.'),
    ('ledger_immanent', 100, 'Data read from the ledger', 'Extracted directly from ledger data with a reliable procedure.'),
    ('manual_transaction', 90, 'Trusted transaction', 'The creator transferred funds from known service x to known service y.'),
    ('service_api', 70, 'Service API', 'Retrieved from a known and trusted service provider API.'),
    ('forensic_investigation', 70, 'Forensic investigation', 'Retrieved as part of a forensic investigation.'),
    ('authority_data', 60, 'Authority data', 'Attribution retrieved from public authorities (e.g. OFAC).'),
    ('trusted_provider', 50, 'Trusted data provider', 'Retrieved from trusted third parties.'),
    ('service_data', 50, 'Service data', 'Retrieved from a known service.'),
    ('forensic', 50, 'Forensic reports', 'Retrieved from somewhat trusted reports (e.g. academic papers).'),
    ('untrusted_transaction', 40, 'Untrusted transaction', 'A third party transferred funds between known services.'),
    ('web_crawl', 20, 'Web crawl', 'Retrieved by crawling the web or other data dumps.'),
    ('heuristic', 10, 'Heuristic', 'Created by a method whose reliability is hard to quantify.'),
    ('unknown', 5, 'Unknown', 'Source and reliability are unknown.');

CREATE TABLE actor_groups (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    kind              TEXT NOT NULL DEFAULT 'group' CHECK (kind IN ('group', 'sub-unit', 'cluster', 'unnamed')),
    country           TEXT CHECK (country IS NULL OR (length(country) = 2 AND country = upper(country))),
    sponsor           TEXT NOT NULL DEFAULT '',
    sponsor_source_id INTEGER REFERENCES sources(id) ON DELETE RESTRICT,
    description       TEXT NOT NULL DEFAULT '',
    synthetic         INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1))
);

CREATE TABLE group_sources (
    group_id  INTEGER NOT NULL REFERENCES actor_groups(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    PRIMARY KEY (group_id, source_id)
) WITHOUT ROWID;

-- An alias is a claim made by one source; the same alias may be claimed for several groups.
CREATE TABLE group_aliases (
    id        INTEGER PRIMARY KEY,
    group_id  INTEGER NOT NULL REFERENCES actor_groups(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL CHECK (length(alias) > 0),
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    note      TEXT NOT NULL DEFAULT '',
    UNIQUE (group_id, alias, source_id)
);
CREATE INDEX group_aliases_alias ON group_aliases(alias COLLATE NOCASE);

CREATE TABLE group_relations (
    id        INTEGER PRIMARY KEY,
    parent_id INTEGER NOT NULL REFERENCES actor_groups(id) ON DELETE CASCADE,
    child_id  INTEGER NOT NULL REFERENCES actor_groups(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('sub-unit', 'overlaps')),
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    note      TEXT NOT NULL DEFAULT '',
    CHECK (parent_id <> child_id),
    UNIQUE (parent_id, child_id, kind, source_id)
);
CREATE INDEX group_relations_child ON group_relations(child_id);

CREATE TABLE group_external_ids (
    id          INTEGER PRIMARY KEY,
    group_id    INTEGER NOT NULL REFERENCES actor_groups(id) ON DELETE CASCADE,
    system      TEXT NOT NULL,
    external_id TEXT NOT NULL,
    url         TEXT,
    source_id   INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    UNIQUE (group_id, system, external_id)
);

CREATE TABLE incidents (
    id                 INTEGER PRIMARY KEY,
    title              TEXT NOT NULL CHECK (length(title) > 0),
    start_date         TEXT NOT NULL CHECK (start_date GLOB '[12][0-9][0-9][0-9]*'),
    end_date           TEXT CHECK (end_date IS NULL OR end_date >= start_date),
    victim             TEXT NOT NULL DEFAULT '',
    victim_country     TEXT CHECK (victim_country IS NULL
                           OR (length(victim_country) = 2 AND victim_country = upper(victim_country))),
    sector             TEXT NOT NULL DEFAULT 'other',
    status             TEXT NOT NULL DEFAULT 'reported' CHECK (status IN ('confirmed', 'reported', 'attempted')),
    loss_usd           INTEGER CHECK (loss_usd IS NULL OR loss_usd >= 0),
    loss_usd_source_id INTEGER REFERENCES sources(id) ON DELETE RESTRICT,
    usd_rate_source_id INTEGER REFERENCES sources(id) ON DELETE RESTRICT,
    description        TEXT NOT NULL DEFAULT '',
    synthetic          INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1)),
    CHECK (loss_usd IS NULL OR loss_usd_source_id IS NOT NULL)
);
CREATE INDEX incidents_start ON incidents(start_date);

CREATE TABLE incident_chains (
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    chain       TEXT NOT NULL,
    PRIMARY KEY (incident_id, chain)
) WITHOUT ROWID;

CREATE TABLE incident_assets (
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    asset       TEXT NOT NULL,
    PRIMARY KEY (incident_id, asset)
) WITHOUT ROWID;

-- Loss in native units, as exact decimal text (never a double).
CREATE TABLE incident_losses (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    chain       TEXT NOT NULL,
    asset       TEXT NOT NULL,
    amount      TEXT NOT NULL CHECK (amount GLOB '[0-9]*' AND amount NOT GLOB '*[^0-9.]*'),
    source_id   INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT
);
CREATE INDEX incident_losses_incident ON incident_losses(incident_id);

CREATE TABLE incident_sources (
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    source_id   INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    PRIMARY KEY (incident_id, source_id)
) WITHOUT ROWID;
CREATE INDEX incident_sources_source ON incident_sources(source_id);

-- Competing figures and dates: every claim keeps its source; none is averaged or overwritten.
CREATE TABLE incident_claims (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    field       TEXT NOT NULL CHECK (field IN ('loss_usd', 'start_date', 'end_date', 'victim_country', 'loss_native')),
    value       TEXT NOT NULL,
    source_id   INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    note        TEXT NOT NULL DEFAULT '',
    CHECK (field <> 'loss_usd' OR (value GLOB '[0-9]*' AND value NOT GLOB '*[^0-9]*'))
);
CREATE INDEX incident_claims_incident ON incident_claims(incident_id, field);

CREATE TABLE attributions (
    id            INTEGER PRIMARY KEY,
    incident_id   INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    group_id      INTEGER NOT NULL REFERENCES actor_groups(id) ON DELETE RESTRICT,
    confidence    TEXT NOT NULL REFERENCES confidence_levels(name),
    party         TEXT NOT NULL CHECK (length(party) > 0),
    attributed_on TEXT,
    evidence      TEXT NOT NULL DEFAULT '',
    source_id     INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    synthetic     INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1))
);
CREATE INDEX attributions_incident ON attributions(incident_id);
CREATE INDEX attributions_group ON attributions(group_id);

-- Addresses are stored in their chain's canonical form (EIP-55 for EVM chains; Base58 and Bech32 as written).
CREATE TABLE addresses (
    id        INTEGER PRIMARY KEY,
    chain     TEXT NOT NULL,
    address   TEXT NOT NULL CHECK (length(address) > 0),
    label     TEXT NOT NULL DEFAULT '',
    synthetic INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1)),
    batch_id  INTEGER REFERENCES import_batches(id) ON DELETE RESTRICT,
    UNIQUE (chain, address)
);

-- Amounts are exact integers of base units, kept as decimal text because 18-decimal tokens overflow 64 bits.
CREATE TABLE transfers (
    id         INTEGER PRIMARY KEY,
    chain      TEXT NOT NULL,
    tx_hash    TEXT NOT NULL,
    from_id    INTEGER NOT NULL REFERENCES addresses(id) ON DELETE RESTRICT,
    to_id      INTEGER NOT NULL REFERENCES addresses(id) ON DELETE RESTRICT,
    asset      TEXT NOT NULL,
    amount     TEXT NOT NULL CHECK (amount GLOB '[0-9]*' AND amount NOT GLOB '*[^0-9]*'),
    decimals   INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 36),
    timestamp  INTEGER NOT NULL,
    block      INTEGER,
    synthetic  INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1)),
    batch_id   INTEGER REFERENCES import_batches(id) ON DELETE RESTRICT
);
CREATE INDEX transfers_from ON transfers(from_id);
CREATE INDEX transfers_to ON transfers(to_id);
CREATE INDEX transfers_tx ON transfers(chain, tx_hash);

CREATE TABLE incident_addresses (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    address_id  INTEGER NOT NULL REFERENCES addresses(id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('victim', 'exploiter', 'laundering', 'cash-out', 'holding')),
    source_id   INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    note        TEXT NOT NULL DEFAULT '',
    synthetic   INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1)),
    UNIQUE (incident_id, address_id, role)
);
CREATE INDEX incident_addresses_address ON incident_addresses(address_id);

-- Tags mean what GraphSense TagPack tags mean: a claim about an address by a source, at a confidence.
CREATE TABLE tags (
    id          INTEGER PRIMARY KEY,
    address_id  INTEGER NOT NULL REFERENCES addresses(id) ON DELETE CASCADE,
    label       TEXT NOT NULL CHECK (length(label) > 0),
    category    TEXT NOT NULL DEFAULT '',
    abuse       TEXT NOT NULL DEFAULT '',
    group_id    INTEGER REFERENCES actor_groups(id) ON DELETE SET NULL,
    confidence  TEXT NOT NULL REFERENCES tag_confidence_levels(name),
    tag_type    TEXT NOT NULL DEFAULT 'actor' CHECK (tag_type IN ('actor', 'event', 'mention')),
    context     TEXT NOT NULL DEFAULT '',
    source_id   INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    synthetic   INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1)),
    batch_id    INTEGER REFERENCES import_batches(id) ON DELETE RESTRICT
);
CREATE INDEX tags_address ON tags(address_id);
CREATE INDEX tags_group ON tags(group_id);

-- Sourced statements that are not single incidents, such as a UN panel's aggregate figures.
CREATE TABLE notes (
    id        INTEGER PRIMARY KEY,
    title     TEXT NOT NULL CHECK (length(title) > 0),
    body      TEXT NOT NULL DEFAULT '',
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT
);
)sql";

// Version 2: full-text search over incidents, groups, aliases, sources and notes. The rowid encodes the
// entity (id * 8 + kind) so triggers can delete an entry by rowid instead of scanning the index.
constexpr std::string_view kSchemaV2 = R"sql(
CREATE VIRTUAL TABLE search_index USING fts5(
    title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');

CREATE TRIGGER incidents_ai AFTER INSERT ON incidents BEGIN
    INSERT INTO search_index(rowid, title, body) VALUES (new.id * 8 + 1, new.title,
        new.victim || ' ' || coalesce(new.victim_country, '') || ' ' || new.sector || ' ' || new.description);
END;
CREATE TRIGGER incidents_ad AFTER DELETE ON incidents BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
END;
CREATE TRIGGER incidents_au AFTER UPDATE ON incidents BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
    INSERT INTO search_index(rowid, title, body) VALUES (new.id * 8 + 1, new.title,
        new.victim || ' ' || coalesce(new.victim_country, '') || ' ' || new.sector || ' ' || new.description);
END;

CREATE TRIGGER actor_groups_ai AFTER INSERT ON actor_groups BEGIN
    INSERT INTO search_index(rowid, title, body) VALUES (new.id * 8 + 2, new.name,
        new.sponsor || ' ' || new.description);
END;
CREATE TRIGGER actor_groups_ad AFTER DELETE ON actor_groups BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
END;
CREATE TRIGGER actor_groups_au AFTER UPDATE ON actor_groups BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
    INSERT INTO search_index(rowid, title, body) VALUES (new.id * 8 + 2, new.name,
        new.sponsor || ' ' || new.description);
END;

CREATE TRIGGER group_aliases_ai AFTER INSERT ON group_aliases BEGIN
    INSERT INTO search_index(rowid, title, body) VALUES (new.id * 8 + 3, new.alias, new.note);
END;
CREATE TRIGGER group_aliases_ad AFTER DELETE ON group_aliases BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
END;
CREATE TRIGGER group_aliases_au AFTER UPDATE ON group_aliases BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
    INSERT INTO search_index(rowid, title, body) VALUES (new.id * 8 + 3, new.alias, new.note);
END;

CREATE TRIGGER sources_ai AFTER INSERT ON sources BEGIN
    INSERT INTO search_index(rowid, title, body) VALUES (new.id * 8 + 4, new.title,
        new.publisher || ' ' || coalesce(new.url, '') || ' ' || new.excerpt);
END;
CREATE TRIGGER sources_ad AFTER DELETE ON sources BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
END;
CREATE TRIGGER sources_au AFTER UPDATE ON sources BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
    INSERT INTO search_index(rowid, title, body) VALUES (new.id * 8 + 4, new.title,
        new.publisher || ' ' || coalesce(new.url, '') || ' ' || new.excerpt);
END;

CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
    INSERT INTO search_index(rowid, title, body) VALUES (new.id * 8 + 5, new.title, new.body);
END;
CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 5;
END;
CREATE TRIGGER notes_au AFTER UPDATE ON notes BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 5;
    INSERT INTO search_index(rowid, title, body) VALUES (new.id * 8 + 5, new.title, new.body);
END;

INSERT INTO search_index(rowid, title, body) SELECT id * 8 + 1, title,
    victim || ' ' || coalesce(victim_country, '') || ' ' || sector || ' ' || description FROM incidents;
INSERT INTO search_index(rowid, title, body) SELECT id * 8 + 2, name, sponsor || ' ' || description FROM actor_groups;
INSERT INTO search_index(rowid, title, body) SELECT id * 8 + 3, alias, note FROM group_aliases;
INSERT INTO search_index(rowid, title, body) SELECT id * 8 + 4, title,
    publisher || ' ' || coalesce(url, '') || ' ' || excerpt FROM sources;
INSERT INTO search_index(rowid, title, body) SELECT id * 8 + 5, title, body FROM notes;
)sql";

// Version 3: transaction graphs. Account chains keep one row per value transfer (normal, internal, token); UTXO
// chains keep transactions with their inputs and outputs, because clustering needs to know which addresses were
// spent together. Import mappings are the saved column mappings of the generic transfer CSV.
constexpr std::string_view kSchemaV3 = R"sql(
ALTER TABLE transfers ADD COLUMN kind TEXT NOT NULL DEFAULT 'transfer'
    CHECK (kind IN ('transfer', 'normal', 'internal', 'token'));
ALTER TABLE transfers ADD COLUMN contract TEXT;

CREATE TABLE utxo_transactions (
    id        INTEGER PRIMARY KEY,
    chain     TEXT NOT NULL,
    tx_hash   TEXT NOT NULL,
    timestamp INTEGER,
    block     INTEGER,
    coinbase  INTEGER NOT NULL DEFAULT 0 CHECK (coinbase IN (0, 1)),
    synthetic INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1)),
    batch_id  INTEGER REFERENCES import_batches(id) ON DELETE RESTRICT,
    UNIQUE (chain, tx_hash)
);

-- An input's address and amount are those of the output it spends; both stay NULL until that output is known.
CREATE TABLE utxo_inputs (
    tx_id      INTEGER NOT NULL REFERENCES utxo_transactions(id) ON DELETE CASCADE,
    n          INTEGER NOT NULL CHECK (n >= 0),
    address_id INTEGER REFERENCES addresses(id) ON DELETE RESTRICT,
    amount     INTEGER CHECK (amount IS NULL OR amount >= 0),
    prev_hash  TEXT,
    prev_n     INTEGER,
    PRIMARY KEY (tx_id, n)
) WITHOUT ROWID;
CREATE INDEX utxo_inputs_address ON utxo_inputs(address_id);

-- address_id is NULL for outputs without an address (OP_RETURN, non-standard scripts).
CREATE TABLE utxo_outputs (
    tx_id       INTEGER NOT NULL REFERENCES utxo_transactions(id) ON DELETE CASCADE,
    n           INTEGER NOT NULL CHECK (n >= 0),
    address_id  INTEGER REFERENCES addresses(id) ON DELETE RESTRICT,
    amount      INTEGER NOT NULL CHECK (amount >= 0),
    script_type TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (tx_id, n)
) WITHOUT ROWID;
CREATE INDEX utxo_outputs_address ON utxo_outputs(address_id);

CREATE TABLE import_mappings (
    name    TEXT PRIMARY KEY CHECK (length(name) > 0),
    format  TEXT NOT NULL,
    mapping TEXT NOT NULL
);
)sql";

// Version 4: named graph views. The canvas owns the layout of a view's state (nodes, positions, pins, filters); the
// case keeps it as text. json_valid() is not SQLITE_INNOCUOUS in SQLite 3.40, so with trusted_schema = OFF (how every
// case is opened) the schema could not even be read; the store parses the state instead, and the CHECK keeps to
// innocuous functions: the text, less JSON whitespace, must look like an object. Names are unique as written.
constexpr std::string_view kSchemaV4 = R"sql(
CREATE TABLE graph_views (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 200),
    state    TEXT NOT NULL CHECK (trim(state, char(32, 9, 10, 13)) GLOB '{*}'),
    saved_at TEXT NOT NULL
);
)sql";

constexpr std::array<std::string_view, 4> kMigrations{kSchemaV1, kSchemaV2, kSchemaV3, kSchemaV4};

} // namespace

std::span<const std::string_view> migrations()
{
    return kMigrations;
}

int latestSchemaVersion()
{
    return int(kMigrations.size());
}

Result<void> migrate(Database &db, int target)
{
    if (target < 0) {
        target = latestSchemaVersion();
    }
    auto current = db.queryInt("PRAGMA user_version");
    if (!current) {
        return std::unexpected(current.error());
    }
    if (*current >= target) {
        return {};
    }
    // Every step in one transaction (each step a SAVEPOINT inside it): an upgrade cut short by a crash or a full disk
    // leaves the old version with the old data, never a version in between.
    Transaction all(db);
    if (auto r = all.begun(); !r) {
        return r;
    }
    for (int v = int(*current); v < target; ++v) {
        Transaction tx(db);
        if (auto r = tx.begun(); !r) {
            return r;
        }
        if (auto r = db.exec(kMigrations[size_t(v)]); !r) {
            Error e = r.error();
            e.message =
                QCoreApplication::translate("awb::db", "Upgrading the case to schema version %1 failed.").arg(v + 1);
            return std::unexpected(e);
        }
        const std::string pragmas = "PRAGMA application_id = " + std::to_string(kApplicationId) +
                                    "; PRAGMA user_version = " + std::to_string(v + 1);
        if (auto r = db.exec(pragmas); !r) {
            return r;
        }
        if (auto r = tx.commit(); !r) {
            return r;
        }
    }
    return all.commit();
}

} // namespace awb::db
