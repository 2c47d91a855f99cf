// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace awb::reliability {

/**
 * A shim around SQLite's default VFS, registered as the default in this process, that makes the N-th write,
 * truncate or sync (counted over every file: case, journal, WAL, temporary) and, when persistent, every later one
 * fail with a given error (SQLITE_FULL for a full disk, SQLITE_IOERR_WRITE for a failing one). Unlike permission
 * bits it works for root, and unlike a mount it needs no privilege. Not thread-safe: tests arm it on one thread.
 */
class FaultVfs final
{
public:
    /** Registers the shim as the default VFS (once); until arm() it only counts. */
    static void install();
    /** Fails the @p nth write/truncate/sync from now on (1 = the first); every later one too when @p persistent. */
    static void arm(int nth, int sqliteError, bool persistent = true);
    static void disarm();
    /** Writes, truncates and syncs since the last arm() or resetCount(). */
    static int calls();
    static void resetCount();
    /** How many calls were made to fail since the last arm(). */
    static int injected();
};

} // namespace awb::reliability
