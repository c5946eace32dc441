#!/usr/bin/env bash
# The layers of DESIGN.md hold: SQL only in src/store, GTK/GDK/Adwaita only in
# src/ui and the src root, and no layer includes one to its right.
set -u
src=${1:?usage: check-layering.sh SRC_DIR}
cd "$src" || exit 1
status=0

complain() { echo "layering: $*"; status=1; }

while IFS= read -r file; do
  complain "$file includes sqlite3.h; SQL belongs in src/store/"
done < <(grep -rlE '#\s*include\s*[<"]sqlite3\.h' --include='*.[ch]' . | sed 's|^\./||' | grep -v '^store/')

while IFS= read -r file; do
  complain "$file includes GTK, GDK or Adwaita; widgets belong in src/ui/ or the src root"
done < <(grep -rlE '#\s*include\s*[<"](gtk/|gdk/|adwaita\.h|gsk/)' --include='*.[ch]' . | sed 's|^\./||' \
           | grep -E '/' | grep -v '^ui/')

# Each folder may include only the layers to its left (DESIGN.md "Layers").
declare -A allowed=(
  [model]="model"
  [store]="model store"
  [planning]="model planning"
  [service]="model store planning report ical service"
  [report]="model planning report"
  [ical]="model planning ical"
  [feed]="model store planning ical feed"
  [ui]="model store planning service report ical feed ui"
)
for layer in "${!allowed[@]}"; do
  [ -d "$layer" ] || continue
  while IFS=: read -r file target; do
    case " ${allowed[$layer]} " in
      *" $target "*) ;;
      *) complain "$file includes $target/: $layer may only use ${allowed[$layer]}" ;;
    esac
  done < <(grep -rHoE '#\s*include\s*"[a-z]+/' --include='*.[ch]' "$layer" \
             | sed -E 's|^([^:]+):#\s*include\s*"([a-z]+)/|\1:\2|')
done

[ $status -eq 0 ] && echo "layering: ok"
exit $status
