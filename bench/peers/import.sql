-- SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The sqlite3 shell peer of `awb-cli import`: the same CSV, .import, then indexes on from, to and tx_hash.
-- Run from the directory holding transfers.csv: sqlite3 NEW.db < import.sql
CREATE TABLE transfers (tx_hash TEXT, from_addr TEXT, to_addr TEXT, amount TEXT, asset TEXT, decimals INTEGER,
                        timestamp INTEGER, block INTEGER, chain TEXT);
.import --csv --skip 1 transfers.csv transfers
CREATE INDEX transfers_from ON transfers(from_addr);
CREATE INDEX transfers_to ON transfers(to_addr);
CREATE INDEX transfers_tx ON transfers(chain, tx_hash);
