#pragma once

#include <xlsxwriter.h>

namespace inbeeld {

/// The libxlsxwriter functions the registration export uses, loaded so that they work beside QuaZip.
///
/// Why: Debian's libxlsxwriter writes its zip through the system libminizip, and QuaZip exports
/// minizip's symbols (zipOpen, zipClose, …) with another ABI. Linked into one program, the dynamic
/// linker binds libxlsxwriter's calls to QuaZip's copies and the program crashes when the workbook
/// is closed. On Linux the library is therefore opened at run time with dlmopen() in a link map of
/// its own (with its own libminizip, QuaZip keeps its copies); elsewhere it is linked normally.
/// Nothing allocated by the library crosses the boundary: the workbook is made and closed there.
struct XlsxWriterLibrary
{
    decltype(&::workbook_new) workbook_new = nullptr;
    decltype(&::workbook_add_format) workbook_add_format = nullptr;
    decltype(&::workbook_add_worksheet) workbook_add_worksheet = nullptr;
    decltype(&::workbook_close) workbook_close = nullptr;
    decltype(&::format_set_bold) format_set_bold = nullptr;
    decltype(&::format_set_bg_color) format_set_bg_color = nullptr;
    decltype(&::format_set_num_format) format_set_num_format = nullptr;
    decltype(&::worksheet_write_string) worksheet_write_string = nullptr;
    decltype(&::worksheet_write_number) worksheet_write_number = nullptr;
    decltype(&::worksheet_write_datetime) worksheet_write_datetime = nullptr;
    decltype(&::worksheet_set_column) worksheet_set_column = nullptr;
    decltype(&::worksheet_freeze_panes) worksheet_freeze_panes = nullptr;
    decltype(&::lxw_strerror) lxw_strerror = nullptr;

    /// The loaded library, or null when it is not installed.
    static const XlsxWriterLibrary* get();
};

} // namespace inbeeld
