# The core modules, lowest first. A module may include itself and any module listed before it,
# never one after it: that keeps core free of cycles (checked by core/layer-check.cmake, the
# ctest test layer_check). A new folder in core/ must be added here at its place; names listed
# before their folder exists are fine. docs/architecture.md explains the order.
set(INBEELD_CORE_MODULES
    common
    i18n
    settings
    crypto
    domain
    secrets
    audit
    storage
    documents
    importing
    matching
    sharing
    mail
    exchange
    lifecycle
    reporting
    setup
    demo
)

# Known includes against the order, each "module->module" with its reason. Keep this empty.
set(INBEELD_CORE_UPWARD_EXCEPTIONS
)
