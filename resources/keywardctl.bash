# bash completion for keywardctl.
# Commands, subcommands and options come from keywardctl's own --help, so they are always those of the keywardctl
# installed; workspace and store names from `keywardctl workspace|store list --json`, in the data directory the
# command line names (--data-dir), else the default one.

_keywardctl_help() {
    LC_ALL=C LANGUAGE=C "$@" --help 2>/dev/null
}

# The names in a `list --json` answer: the "name" of each object of the top-level array.
_keywardctl_names() {
    LC_ALL=C LANGUAGE=C "$@" --json 2>/dev/null | sed -n 's/^        "name": "\([^"]*\)",\{0,1\}$/\1/p'
}

_keywardctl() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]} ctl=${COMP_WORDS[0]}
    local -a data_dir=()
    local i
    for ((i = 1; i < COMP_CWORD; i++)); do
        if [[ ${COMP_WORDS[i]} == --data-dir ]]; then
            data_dir=(--data-dir "${COMP_WORDS[i + 1]}")
        fi
    done
    COMPREPLY=()

    if ((COMP_CWORD == 1)); then
        local commands
        commands=$(_keywardctl_help "$ctl" | sed -n 's/^  \([a-z][a-z-]*\)  .*/\1/p')
        mapfile -t COMPREPLY < <(compgen -W "$commands --help --version" -- "$cur")
        return
    fi

    local command=${COMP_WORDS[1]} sub=
    local subcommands
    subcommands=$(_keywardctl_help "$ctl" "$command" | sed -n 's/^Commands: //p')
    if [[ -n $subcommands ]]; then
        if ((COMP_CWORD == 2)); then
            mapfile -t COMPREPLY < <(compgen -W "$subcommands" -- "$cur")
            return
        fi
        sub=${COMP_WORDS[2]}
    fi

    case $prev in
    --workspace)
        mapfile -t COMPREPLY < <(compgen -W "$(_keywardctl_names "$ctl" workspace list "${data_dir[@]}")" -- "$cur")
        return
        ;;
    --store)
        mapfile -t COMPREPLY < <(compgen -W "$(_keywardctl_names "$ctl" store list "${data_dir[@]}")" -- "$cur")
        return
        ;;
    --feature)
        mapfile -t COMPREPLY < <(compgen -W "managed-services dbfs-root managed-disks" -- "$cur")
        return
        ;;
    --data-dir | --storage)
        mapfile -t COMPREPLY < <(compgen -d -- "$cur")
        return
        ;;
    esac

    if [[ $cur == -* ]]; then
        local options
        options=$(_keywardctl_help "$ctl" "$command" ${sub:+"$sub"} | grep -oE -- '--[a-z0-9][a-z0-9-]*' | sort -u)
        mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
        return
    fi
    # Anything else: files, as bash completes them by default.
}

complete -o bashdefault -o default -F _keywardctl keywardctl
