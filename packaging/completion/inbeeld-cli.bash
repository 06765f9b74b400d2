# bash completion for inbeeld-cli                                  -*- shell-script -*-
# Commands, subcommands and options are read from the program's own --help (in English, so the
# parsing does not depend on the user's language), so this file stays right as commands are added.

_inbeeld_cli_commands()
{
    INBEELD_LANGUAGE=en "$1" --help 2>/dev/null |
        awk '/^Commands:/ { on = 1; next } on && /^$/ { exit } on && /^  [a-z]/ { print $1 }' | sort -u
}

_inbeeld_cli_subcommands()
{
    INBEELD_LANGUAGE=en "$1" --help 2>/dev/null |
        awk -v cmd="$2" '/^Commands:/ { on = 1; next } on && /^$/ { exit }
            on && $1 == cmd && $2 ~ /^[a-z][a-z-]*$/ && $3 ~ /^[A-Z]/ { print $2 }' | sort -u
}

_inbeeld_cli()
{
    local cur prev words cword
    _init_completion || return

    local program=${words[0]}
    if [[ $cword -eq 1 ]]; then
        COMPREPLY=($(compgen -W "$(_inbeeld_cli_commands "$program") help --help --version" -- "$cur"))
        return
    fi

    local command=${words[1]} sub=""
    if [[ $command == help ]]; then
        [[ $cword -eq 2 ]] && COMPREPLY=($(compgen -W "$(_inbeeld_cli_commands "$program")" -- "$cur"))
        return
    fi
    local subs
    subs=$(_inbeeld_cli_subcommands "$program" "$command")
    if [[ -n $subs ]]; then
        if [[ $cword -eq 2 ]]; then
            COMPREPLY=($(compgen -W "$subs" -- "$cur"))
            return
        fi
        sub=${words[2]}
    fi

    case $prev in
    --passphrase-file | --new-passphrase-file | --store | --output | --out | -o | --file)
        _filedir
        return
        ;;
    esac

    if [[ $cur == -* ]]; then
        local options
        options=$(INBEELD_LANGUAGE=en "$program" $command $sub --help 2>/dev/null |
            grep -oE -- '--[a-z][a-z0-9-]*' | sort -u)
        COMPREPLY=($(compgen -W "$options --help" -- "$cur"))
        return
    fi
    _filedir
} &&
    complete -F _inbeeld_cli inbeeld-cli

# ex: filetype=sh
