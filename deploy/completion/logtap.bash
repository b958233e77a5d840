# SPDX-License-Identifier: Apache-2.0
# bash completion for logtap: modes, then the options of the mode as its own `--help`
# lists them (so new options complete without editing this file), and values where
# the set is fixed or is a file. Installed to share/bash-completion/completions/logtap.

_logtap_modes() {
	"$1" --help 2>&1 |
		awk '/^modes:/ { m = 1; next } m && /^$/ { exit } m && /^  logtap / { print $2 }'
}

_logtap_options() {
	"$1" "$2" --help 2>&1 | grep -oE '(^|[ ,])--[a-z0-9-]+' | sed 's/^[ ,]//' | sort -u
}

_logtap() {
	local cur prev mode i
	COMPREPLY=()
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=${COMP_WORDS[COMP_CWORD - 1]}
	for ((i = 1; i < COMP_CWORD; i++)); do
		case ${COMP_WORDS[i]} in
		-*) ;;
		*) mode=${COMP_WORDS[i]}; break ;;
		esac
	done
	if [ -z "${mode:-}" ]; then
		COMPREPLY=($(compgen -W "$(_logtap_modes "$1") --help --version" -- "$cur"))
		return
	fi
	case $prev in
	-o | --output)
		COMPREPLY=($(compgen -W "json text" -- "$cur"))
		return ;;
	--log-format)
		COMPREPLY=($(compgen -W "plain json" -- "$cur"))
		return ;;
	--log-level)
		COMPREPLY=($(compgen -W "debug info warn error" -- "$cur"))
		return ;;
	--hook)
		COMPREPLY=($(compgen -W "auto tp_btf raw_tp" -- "$cur"))
		return ;;
	-c | --config | -w | --write | --nats-creds | --nats-nkey | --tls-ca | --tls-cert | --tls-key)
		COMPREPLY=($(compgen -f -- "$cur"))
		return ;;
	--spool-dir | --containerd-root | --crio-root | --storage-root)
		COMPREPLY=($(compgen -d -- "$cur"))
		return ;;
	esac
	if [[ $cur == -* ]]; then
		COMPREPLY=($(compgen -W "$(_logtap_options "$1" "$mode") --help" -- "$cur"))
	elif [ "$mode" = replay ]; then
		COMPREPLY=($(compgen -f -- "$cur"))
	fi
}
complete -F _logtap logtap
