-- SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The SQLite peer of the full downstream closure: UNION drops nodes already reached, so the recursion ends.
-- ?1: the seeds as a JSON array of address indexes.
WITH RECURSIVE reach(node) AS (
    SELECT value FROM json_each(?1)
    UNION
    SELECT e.dst FROM reach r JOIN edges e ON e.src = r.node
)
SELECT count(*) - (SELECT count(*) FROM json_each(?1)) FROM reach;
