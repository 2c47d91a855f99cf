// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/reliability/faultvfs.h"

#include <sqlite3.h>

#include <cstddef>

namespace awb::reliability {

namespace {

sqlite3_vfs *g_base = nullptr;
sqlite3_vfs g_vfs;
int g_calls = 0;
int g_failAt = 0; // 0: never
int g_error = SQLITE_FULL;
bool g_persistent = true;
int g_injected = 0;

/** Our file: the base VFS's file follows it in the same allocation (szOsFile covers both). */
struct ShimFile
{
    sqlite3_file base; // pMethods points at g_methods

    sqlite3_file *inner() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

ShimFile *shim(sqlite3_file *f)
{
    return reinterpret_cast<ShimFile *>(f);
}

const sqlite3_io_methods *innerMethods(sqlite3_file *f)
{
    return shim(f)->inner()->pMethods;
}

/** Counts one write-like call; true when it must fail. */
bool faultNow()
{
    ++g_calls;
    const bool fail = g_failAt > 0 && (g_calls == g_failAt || (g_persistent && g_calls > g_failAt));
    g_injected += fail ? 1 : 0;
    return fail;
}

int shimClose(sqlite3_file *f)
{
    const int rc = innerMethods(f)->xClose(shim(f)->inner());
    f->pMethods = nullptr;
    return rc;
}

int shimRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    return innerMethods(f)->xRead(shim(f)->inner(), buffer, amount, offset);
}

int shimWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (faultNow()) {
        return g_error == SQLITE_FULL ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    }
    return innerMethods(f)->xWrite(shim(f)->inner(), buffer, amount, offset);
}

int shimTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    if (faultNow()) {
        return g_error == SQLITE_FULL ? SQLITE_FULL : SQLITE_IOERR_TRUNCATE;
    }
    return innerMethods(f)->xTruncate(shim(f)->inner(), size);
}

int shimSync(sqlite3_file *f, int flags)
{
    if (faultNow()) {
        return g_error == SQLITE_FULL ? SQLITE_FULL : SQLITE_IOERR_FSYNC;
    }
    return innerMethods(f)->xSync(shim(f)->inner(), flags);
}

int shimFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return innerMethods(f)->xFileSize(shim(f)->inner(), size);
}

int shimLock(sqlite3_file *f, int level)
{
    return innerMethods(f)->xLock(shim(f)->inner(), level);
}

int shimUnlock(sqlite3_file *f, int level)
{
    return innerMethods(f)->xUnlock(shim(f)->inner(), level);
}

int shimCheckReservedLock(sqlite3_file *f, int *out)
{
    return innerMethods(f)->xCheckReservedLock(shim(f)->inner(), out);
}

int shimFileControl(sqlite3_file *f, int op, void *arg)
{
    return innerMethods(f)->xFileControl(shim(f)->inner(), op, arg);
}

int shimSectorSize(sqlite3_file *f)
{
    return innerMethods(f)->xSectorSize(shim(f)->inner());
}

int shimDeviceCharacteristics(sqlite3_file *f)
{
    return innerMethods(f)->xDeviceCharacteristics(shim(f)->inner());
}

int shimShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return innerMethods(f)->xShmMap(shim(f)->inner(), region, size, extend, out);
}

int shimShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return innerMethods(f)->xShmLock(shim(f)->inner(), offset, n, flags);
}

void shimShmBarrier(sqlite3_file *f)
{
    innerMethods(f)->xShmBarrier(shim(f)->inner());
}

int shimShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return innerMethods(f)->xShmUnmap(shim(f)->inner(), deleteFlag);
}

int shimFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    return innerMethods(f)->xFetch(shim(f)->inner(), offset, amount, out);
}

int shimUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *page)
{
    return innerMethods(f)->xUnfetch(shim(f)->inner(), offset, page);
}

// Version 3 like the unix VFS's own methods; memory mapping is off by default, so xFetch is not reached for data.
const sqlite3_io_methods g_methods = {3,
                                      shimClose,
                                      shimRead,
                                      shimWrite,
                                      shimTruncate,
                                      shimSync,
                                      shimFileSize,
                                      shimLock,
                                      shimUnlock,
                                      shimCheckReservedLock,
                                      shimFileControl,
                                      shimSectorSize,
                                      shimDeviceCharacteristics,
                                      shimShmMap,
                                      shimShmLock,
                                      shimShmBarrier,
                                      shimShmUnmap,
                                      shimFetch,
                                      shimUnfetch};

int shimOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    ShimFile *s = shim(file);
    s->base.pMethods = nullptr;
    const int rc = g_base->xOpen(g_base, name, s->inner(), flags, outFlags);
    if (s->inner()->pMethods) {
        // The base VFS's methods are at least version 3 on unix, so every forwarded call exists.
        s->base.pMethods = s->inner()->pMethods->iVersion >= 3 ? &g_methods : nullptr;
    }
    return rc;
}

} // namespace

void FaultVfs::install()
{
    if (g_base) {
        return;
    }
    g_base = sqlite3_vfs_find(nullptr);
    g_vfs = *g_base;
    g_vfs.zName = "awb-fault";
    g_vfs.pNext = nullptr;
    g_vfs.szOsFile = int(sizeof(ShimFile)) + g_base->szOsFile;
    g_vfs.xOpen = shimOpen;
    sqlite3_vfs_register(&g_vfs, 1);
}

void FaultVfs::arm(int nth, int sqliteError, bool persistent)
{
    g_calls = 0;
    g_injected = 0;
    g_failAt = nth;
    g_error = sqliteError;
    g_persistent = persistent;
}

void FaultVfs::disarm()
{
    g_failAt = 0;
}

int FaultVfs::calls()
{
    return g_calls;
}

void FaultVfs::resetCount()
{
    g_calls = 0;
}

int FaultVfs::injected()
{
    return g_injected;
}

} // namespace awb::reliability
