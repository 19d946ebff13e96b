#!/usr/bin/env bash
# Checks the layer rule of docs/architecture.md: a module includes only headers of
# its own layer's allowed modules or of lower layers. Usage: check-layers.sh SRC_DIR
set -euo pipefail
src=${1:-src}

# module -> modules it may include (besides itself)
declare -A allowed=(
  [core]=""
  [crypto]="core"
  [aq]="core"
  [campaign]="core aq"
  [alert]="core aq"
  [emergency]="core alert"
  [ledger]="core"
  [hj212]="core"
  [verify]="core alert emergency"
  [auth]="core campaign"
  [audit]="core crypto"
  [demo]="core aq alert emergency"
  [io]="core aq campaign alert ledger emergency verify hj212"
  [storage]="core aq campaign ledger auth audit"
  [app]="core crypto aq campaign alert emergency ledger auth audit demo io storage hj212 verify"
  [server]="core crypto aq campaign alert emergency ledger auth audit app"
  [receiver]="core hj212 storage app"
  [cli]="core aq campaign alert emergency ledger auth audit demo io storage app server verify receiver"
)

status=0
for module in "${!allowed[@]}"; do
  [ -d "$src/$module" ] || continue
  while IFS= read -r line; do
    file=${line%%:*}
    inc=$(sed -E 's/.*#include "([a-z_]+)\/.*/\1/' <<<"${line#*:}")
    if [ "$inc" != "$module" ] && ! grep -qw "$inc" <<<"${allowed[$module]}"; then
      echo "layer violation: $file includes $inc/ (module $module may use: ${allowed[$module]:-nothing})"
      status=1
    fi
  done < <(grep -rHE '^#include "[a-z_]+/' "$src/$module" || true)
done
# Every module folder must be known to this script.
for dir in "$src"/*/; do
  name=$(basename "$dir")
  if [ -z "${allowed[$name]+x}" ]; then
    echo "layer rule: module $name is not in scripts/check-layers.sh"
    status=1
  fi
done
[ $status -eq 0 ] && echo "layers: ok"
exit $status
