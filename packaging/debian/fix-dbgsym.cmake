# CPACK_POST_BUILD_SCRIPTS: repairs the -dbgsym package that CPack 3.25 writes, so lintian accepts
# it as it accepts debhelper's: its md5sums name the files by their path in the package (CPack
# writes the absolute path of its staging folder), and /usr/share/doc/inbeeld-dbgsym is a link to
# the main package's folder (copyright, changelog), as debhelper makes it.
# (Packages made by dh_strip are the model; see docs/packaging.md.)
set(_ddebs)
foreach(_package IN LISTS CPACK_PACKAGE_FILES)
    get_filename_component(_dir "${_package}" DIRECTORY)
    file(GLOB _found "${_dir}/*-dbgsym_*.ddeb")
    list(APPEND _ddebs ${_found})
endforeach()
list(REMOVE_DUPLICATES _ddebs)
string(TOLOWER "${CPACK_PACKAGE_NAME}" _name)
foreach(_ddeb IN LISTS _ddebs)
    set(_root "${CPACK_TOPLEVEL_DIRECTORY}/dbgsym-repair")
    file(REMOVE_RECURSE "${_root}")
    execute_process(COMMAND dpkg-deb -R "${_ddeb}" "${_root}" COMMAND_ERROR_IS_FATAL ANY)
    file(READ "${_root}/DEBIAN/md5sums" _sums)
    string(REGEX REPLACE "  [^\n]*/usr/lib/debug/" "  usr/lib/debug/" _sums "${_sums}")
    file(WRITE "${_root}/DEBIAN/md5sums" "${_sums}")
    # Debug files are data, not programs (objcopy keeps the executable bit).
    file(GLOB_RECURSE _debug_files "${_root}/usr/lib/debug/*.debug")
    if(_debug_files)
        file(CHMOD ${_debug_files} PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
    endif()
    file(MAKE_DIRECTORY "${_root}/usr/share/doc")
    file(CREATE_LINK "${_name}" "${_root}/usr/share/doc/${_name}-dbgsym" SYMBOLIC)
    execute_process(COMMAND dpkg-deb --root-owner-group -Zgzip -b "${_root}" "${_ddeb}"
                    OUTPUT_QUIET COMMAND_ERROR_IS_FATAL ANY)
    file(REMOVE_RECURSE "${_root}")
endforeach()
