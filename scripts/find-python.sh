#!/usr/bin/env bash
# Prints the path of a Python 3.12+ interpreter that actually runs.
# Why not just `python3.12`: on these machines it is often a pyenv shim that exits with
# "command not found" unless that version happens to be selected.
set -u
candidates=()
[ -n "${PYTHON:-}" ] && candidates+=("$PYTHON")
if command -v pyenv >/dev/null 2>&1; then
  root=$(pyenv root 2>/dev/null)
  for v in "$root"/versions/3.12* "$root"/versions/3.13*; do
    [ -x "$v/bin/python3" ] && candidates+=("$v/bin/python3")
  done
fi
candidates+=(python3.12 python3.13 /usr/bin/python3.12 /usr/local/bin/python3.12 python3)
for c in "${candidates[@]}"; do
  if out=$("$c" -c 'import sys; assert sys.version_info >= (3, 12); print(sys.executable)' 2>/dev/null); then
    echo "$out"; exit 0
  fi
done
echo "CLO heeft Python 3.12 of nieuwer nodig en vond er geen die werkt." >&2
echo "Installeer Python 3.12 (bijv. 'pyenv install 3.12' of 'apt-get install python3.12 python3.12-venv')," >&2
echo "of wijs er een aan met PYTHON=/pad/naar/python3.12 make demo" >&2
exit 1
