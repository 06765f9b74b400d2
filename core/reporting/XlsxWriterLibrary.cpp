#include "core/reporting/XlsxWriterLibrary.h"

#if defined(Q_OS_LINUX) || defined(__linux__)
#include <dlfcn.h>
#include <initializer_list>
#define INBEELD_XLSX_DLOPEN 1
#endif

namespace inbeeld {

namespace {

#ifdef INBEELD_XLSX_DLOPEN
template<typename F>
bool resolve(void* handle, const char* name, F& target)
{
    target = reinterpret_cast<F>(dlsym(handle, name));
    return target != nullptr;
}

XlsxWriterLibrary load()
{
    XlsxWriterLibrary lib;
    void* handle = nullptr;
    for (const char* name : {"libxlsxwriter.so.4", "libxlsxwriter.so.5", "libxlsxwriter.so.6", "libxlsxwriter.so"}) {
        // A link map of its own: libxlsxwriter and its libminizip see nothing of QuaZip. (RTLD_DEEPBIND
        // did the same in one namespace, but the sanitizers refuse it.)
        handle = dlmopen(LM_ID_NEWLM, name, RTLD_NOW | RTLD_LOCAL);
        if (handle)
            break;
    }
    if (!handle)
        return {};
#define INBEELD_RESOLVE(fn)                                                                                            \
    if (!resolve(handle, #fn, lib.fn))                                                                                 \
        return {};
    INBEELD_RESOLVE(workbook_new)
    INBEELD_RESOLVE(workbook_add_format)
    INBEELD_RESOLVE(workbook_add_worksheet)
    INBEELD_RESOLVE(workbook_close)
    INBEELD_RESOLVE(format_set_bold)
    INBEELD_RESOLVE(format_set_bg_color)
    INBEELD_RESOLVE(format_set_num_format)
    INBEELD_RESOLVE(worksheet_write_string)
    INBEELD_RESOLVE(worksheet_write_number)
    INBEELD_RESOLVE(worksheet_write_datetime)
    INBEELD_RESOLVE(worksheet_set_column)
    INBEELD_RESOLVE(worksheet_freeze_panes)
    INBEELD_RESOLVE(lxw_strerror)
#undef INBEELD_RESOLVE
    return lib;
}
#else
XlsxWriterLibrary load()
{
    return {::workbook_new,
            ::workbook_add_format,
            ::workbook_add_worksheet,
            ::workbook_close,
            ::format_set_bold,
            ::format_set_bg_color,
            ::format_set_num_format,
            ::worksheet_write_string,
            ::worksheet_write_number,
            ::worksheet_write_datetime,
            ::worksheet_set_column,
            ::worksheet_freeze_panes,
            ::lxw_strerror};
}
#endif

} // namespace

const XlsxWriterLibrary* XlsxWriterLibrary::get()
{
    static const XlsxWriterLibrary lib = load();
    return lib.workbook_new ? &lib : nullptr;
}

} // namespace inbeeld
