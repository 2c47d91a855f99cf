-- SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The SQLite peer of the 6-hop trace: a recursive CTE over edges(src, dst) with an index on src.
-- ?1: the seeds as a JSON array of address indexes; ?2: the hop limit.
WITH RECURSIVE reach(node, depth) AS (
    SELECT value, 0 FROM json_each(?1)
    UNION
    SELECT e.dst, r.depth + 1 FROM reach r JOIN edges e ON e.src = r.node WHERE r.depth < ?2
)
SELECT count(DISTINCT node) - (SELECT count(*) FROM json_each(?1)) FROM reach;
