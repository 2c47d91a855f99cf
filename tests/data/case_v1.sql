-- A case at schema version 1 (before full-text search), for the migration tests.
-- Written by hand from the v1 schema; loaded with Database::exec, then opened and upgraded.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO meta VALUES('created_by','fixture v1');
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
INSERT INTO sources VALUES(1,'FBI Statement on Attribution of Malicious Cyber Activity Posed by the DPRK','Federal Bureau of Investigation','2022-04-14','https://www.fbi.gov/news/press-releases/fbi-statement-on-attribution-of-malicious-cyber-activity-posed-by-the-democratic-peoples-republic-of-korea','government','Lazarus Group and APT38 responsible for the Ronin theft.',0,NULL);
INSERT INTO sources VALUES(2,'Lazarus Group, MITRE ATT&CK G0032','MITRE','2024-04-16','https://attack.mitre.org/groups/G0032/','research','',0,NULL);
CREATE TABLE confidence_levels (
    name        TEXT PRIMARY KEY,
    rank        INTEGER NOT NULL UNIQUE,
    description TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO confidence_levels VALUES('high',3,'High-quality, corroborated evidence, such as a government attribution with technical indicators.');
INSERT INTO confidence_levels VALUES('low',1,'Questionable or fragmentary evidence, or a single uncorroborated source; plausible but not assessed.');
INSERT INTO confidence_levels VALUES('moderate',2,'Credibly sourced and plausible, but not corroborated enough for a higher level.');
CREATE TABLE tag_confidence_levels (
    name        TEXT PRIMARY KEY,
    level       INTEGER NOT NULL,
    label       TEXT NOT NULL,
    description TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO tag_confidence_levels VALUES('authority_data',60,'Authority data','Attribution retrieved from public authorities (e.g. OFAC).');
INSERT INTO tag_confidence_levels VALUES('forensic',50,'Forensic reports','Retrieved from somewhat trusted reports (e.g. academic papers).');
INSERT INTO tag_confidence_levels VALUES('forensic_investigation',70,'Forensic investigation','Retrieved as part of a forensic investigation.');
INSERT INTO tag_confidence_levels VALUES('heuristic',10,'Heuristic','Created by a method whose reliability is hard to quantify.');
INSERT INTO tag_confidence_levels VALUES('ledger_immanent',100,'Data read from the ledger','Extracted directly from ledger data with a reliable procedure.');
INSERT INTO tag_confidence_levels VALUES('manual_transaction',90,'Trusted transaction','The creator transferred funds from known service x to known service y.');
INSERT INTO tag_confidence_levels VALUES('override',100,'Manual cluster tag','The tag is representative for an entire cluster and overrides all other tags.');
INSERT INTO tag_confidence_levels VALUES('ownership',100,'Proven address ownership','The creator controls the private key of the address.');
INSERT INTO tag_confidence_levels VALUES('service_api',70,'Service API','Retrieved from a known and trusted service provider API.');
INSERT INTO tag_confidence_levels VALUES('service_data',50,'Service data','Retrieved from a known service.');
INSERT INTO tag_confidence_levels VALUES('trusted_provider',50,'Trusted data provider','Retrieved from trusted third parties.');
INSERT INTO tag_confidence_levels VALUES('unknown',5,'Unknown','Source and reliability are unknown.');
INSERT INTO tag_confidence_levels VALUES('untrusted_transaction',40,'Untrusted transaction','A third party transferred funds between known services.');
INSERT INTO tag_confidence_levels VALUES('web_crawl',20,'Web crawl','Retrieved by crawling the web or other data dumps.');
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
INSERT INTO actor_groups VALUES(1,'Lazarus Group','group','KP','Reconnaissance General Bureau',NULL,'Fixture group written for the v1 migration test.',0);
CREATE TABLE group_sources (
    group_id  INTEGER NOT NULL REFERENCES actor_groups(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    PRIMARY KEY (group_id, source_id)
) WITHOUT ROWID;
INSERT INTO group_sources VALUES(1,2);
CREATE TABLE group_aliases (
    id        INTEGER PRIMARY KEY,
    group_id  INTEGER NOT NULL REFERENCES actor_groups(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL CHECK (length(alias) > 0),
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    note      TEXT NOT NULL DEFAULT '',
    UNIQUE (group_id, alias, source_id)
);
INSERT INTO group_aliases VALUES(1,1,'HIDDEN COBRA',2,'');
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
CREATE TABLE group_external_ids (
    id          INTEGER PRIMARY KEY,
    group_id    INTEGER NOT NULL REFERENCES actor_groups(id) ON DELETE CASCADE,
    system      TEXT NOT NULL,
    external_id TEXT NOT NULL,
    url         TEXT,
    source_id   INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    UNIQUE (group_id, system, external_id)
);
INSERT INTO group_external_ids VALUES(1,1,'mitre-attack','G0032','https://attack.mitre.org/groups/G0032/',2);
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
INSERT INTO incidents VALUES(1,'Ronin Network bridge theft','2022-03-23',NULL,'Sky Mavis',NULL,'bridge','confirmed',620000000,1,NULL,'Validator keys compromised; ETH and USDC withdrawn.',0);
CREATE TABLE incident_chains (
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    chain       TEXT NOT NULL,
    PRIMARY KEY (incident_id, chain)
) WITHOUT ROWID;
INSERT INTO incident_chains VALUES(1,'ethereum');
CREATE TABLE incident_assets (
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    asset       TEXT NOT NULL,
    PRIMARY KEY (incident_id, asset)
) WITHOUT ROWID;
INSERT INTO incident_assets VALUES(1,'ETH');
INSERT INTO incident_assets VALUES(1,'USDC');
CREATE TABLE incident_losses (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    chain       TEXT NOT NULL,
    asset       TEXT NOT NULL,
    amount      TEXT NOT NULL CHECK (amount GLOB '[0-9]*' AND amount NOT GLOB '*[^0-9.]*'),
    source_id   INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT
);
CREATE TABLE incident_sources (
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    source_id   INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    PRIMARY KEY (incident_id, source_id)
) WITHOUT ROWID;
INSERT INTO incident_sources VALUES(1,1);
CREATE TABLE incident_claims (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    field       TEXT NOT NULL CHECK (field IN ('loss_usd', 'start_date', 'end_date', 'victim_country', 'loss_native')),
    value       TEXT NOT NULL,
    source_id   INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    note        TEXT NOT NULL DEFAULT '',
    CHECK (field <> 'loss_usd' OR (value GLOB '[0-9]*' AND value NOT GLOB '*[^0-9]*'))
);
INSERT INTO incident_claims VALUES(1,1,'loss_usd','620000000',1,'recorded figure');
INSERT INTO incident_claims VALUES(2,1,'loss_usd','625000000',2,'competing figure');
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
INSERT INTO attributions VALUES(1,1,1,'high','FBI','2022-04-14','FBI statement',1,0);
CREATE TABLE addresses (
    id        INTEGER PRIMARY KEY,
    chain     TEXT NOT NULL,
    address   TEXT NOT NULL CHECK (length(address) > 0),
    label     TEXT NOT NULL DEFAULT '',
    synthetic INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1)),
    batch_id  INTEGER REFERENCES import_batches(id) ON DELETE RESTRICT,
    UNIQUE (chain, address)
);
INSERT INTO addresses VALUES(1,'ethereum','0x098B716B8Aaf21512996dC57EB0615e2383E2f96','Ronin exploiter',0,NULL);
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
INSERT INTO incident_addresses VALUES(1,1,1,'exploiter',1,'',0);
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
INSERT INTO tags VALUES(1,1,'Lazarus Group (OFAC SDN)','sanctioned','',1,'authority_data','actor','',1,0,NULL);
CREATE TABLE notes (
    id        INTEGER PRIMARY KEY,
    title     TEXT NOT NULL CHECK (length(title) > 0),
    body      TEXT NOT NULL DEFAULT '',
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT
);
CREATE INDEX import_batches_sha256 ON import_batches(sha256);
CREATE INDEX group_aliases_alias ON group_aliases(alias COLLATE NOCASE);
CREATE INDEX group_relations_child ON group_relations(child_id);
CREATE INDEX incidents_start ON incidents(start_date);
CREATE INDEX incident_losses_incident ON incident_losses(incident_id);
CREATE INDEX incident_sources_source ON incident_sources(source_id);
CREATE INDEX incident_claims_incident ON incident_claims(incident_id, field);
CREATE INDEX attributions_incident ON attributions(incident_id);
CREATE INDEX attributions_group ON attributions(group_id);
CREATE INDEX transfers_from ON transfers(from_id);
CREATE INDEX transfers_to ON transfers(to_id);
CREATE INDEX transfers_tx ON transfers(chain, tx_hash);
CREATE INDEX incident_addresses_address ON incident_addresses(address_id);
CREATE INDEX tags_address ON tags(address_id);
CREATE INDEX tags_group ON tags(group_id);
PRAGMA application_id = 1096237635;
PRAGMA user_version = 1;
COMMIT;
