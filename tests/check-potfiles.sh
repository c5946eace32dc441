#!/usr/bin/env bash
# Every file with translatable strings is listed in po/POTFILES.in, every
# listed file exists, and po/nl.po translates every string completely.
set -u
top=${1:?usage: check-potfiles.sh SOURCE_ROOT}
cd "$top" || exit 1
status=0

while IFS= read -r file; do
  if ! grep -qxF "$file" po/POTFILES.in; then
    echo "potfiles: $file has translatable strings but is missing from po/POTFILES.in"
    status=1
  fi
done < <(grep -rlE '(^|[^a-zA-Z_])(_|N_|C_|NC_|ngettext|g_dngettext)\s*\(\s*"|translatable="yes"|<_[a-z]' src data \
           | grep -E '\.(c|ui|in|xml)$' | sort)

while IFS= read -r file; do
  case "$file" in ''|\#*) continue ;; esac
  if [ ! -f "$file" ]; then
    echo "potfiles: po/POTFILES.in lists $file, which does not exist"
    status=1
  fi
done < po/POTFILES.in

if command -v msgfmt >/dev/null && command -v xgettext >/dev/null; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  # The catalogue from the sources, merged into nl.po, must need nothing new.
  xgettext --files-from=po/POTFILES.in --directory=. --output="$tmp/paraat.pot" \
    --from-code=UTF-8 --add-comments --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
    --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 \
    --keyword=g_dpgettext2:2c,3 --no-location 2>"$tmp/xgettext.log" || { cat "$tmp/xgettext.log"; exit 1; }
  msgmerge --quiet --no-fuzzy-matching --output-file="$tmp/nl.po" po/nl.po "$tmp/paraat.pot"
  stats=$(msgfmt --check --statistics -o /dev/null "$tmp/nl.po" 2>&1)
  echo "potfiles: nl.po against the sources: $stats"
  case "$stats" in
    *untranslated*|*fuzzy*) echo "potfiles: po/nl.po is not complete"; status=1 ;;
  esac
  if ! msgfmt --check -o /dev/null po/nl.po; then
    echo "potfiles: po/nl.po does not compile"; status=1
  fi
fi

[ $status -eq 0 ] && echo "potfiles: ok"
exit $status
