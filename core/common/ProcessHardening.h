#pragma once

namespace inbeeld {

/// Keeps the keys and personal data in the process's memory out of core dumps and away from
/// other processes of the same user (ptrace, /proc/PID/mem): both programs call this first thing.
/// On Linux: prctl(PR_SET_DUMPABLE, 0) and RLIMIT_CORE 0; elsewhere only what exists.
class ProcessHardening
{
public:
    /// True when core dumps are off afterwards.
    static bool disableCoreDumps();
    /// Files and folders the program creates are its user's only (umask 077: files 0600,
    /// folders 0700): the store, its journal, backups, the lock, .unlock-failures, exported keys
    /// and rejected-rows files all hold keys or personal data.
    static void restrictNewFiles();
    /// Whether this process may dump core (for tests and diagnostics).
    static bool coreDumpsPossible();
};

} // namespace inbeeld
