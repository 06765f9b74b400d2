#include "core/common/ProcessHardening.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <sys/stat.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace inbeeld {

bool ProcessHardening::disableCoreDumps()
{
#ifdef Q_OS_LINUX
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
#ifdef Q_OS_UNIX
    const rlimit none {0, 0};
    setrlimit(RLIMIT_CORE, &none);
#endif
    return !coreDumpsPossible();
}

void ProcessHardening::restrictNewFiles()
{
#ifdef Q_OS_UNIX
    umask(077);
#endif
}

bool ProcessHardening::coreDumpsPossible()
{
#ifdef Q_OS_LINUX
    if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
        return true;
#endif
#ifdef Q_OS_UNIX
    rlimit limit {};
    if (getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0 || limit.rlim_max != 0)
        return true;
#endif
    return false;
}

} // namespace inbeeld
