#!/usr/bin/env bash
# paraatctl: exit codes and one-line messages for good and bad databases.
set -u
ctl=${1:?usage: check-paraatctl.sh PARAATCTL}
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
failures=0
n=0

# expect NAME STATUS PATTERN -- COMMAND…: the exit status, and a pattern that
# must occur in the combined output; an error must be exactly one line.
expect() {
  local name=$1 want=$2 pattern=$3; shift 4
  local out status lines
  out=$("$@" 2>"$tmp/stderr"); status=$?
  n=$((n + 1))
  if [ "$status" -ne "$want" ]; then
    echo "not ok $n - $name: exit $status, expected $want"; cat "$tmp/stderr"; failures=$((failures + 1)); return
  fi
  if ! printf '%s\n%s' "$out" "$(cat "$tmp/stderr")" | grep -q -- "$pattern"; then
    echo "not ok $n - $name: output lacks '$pattern'"; echo "$out"; cat "$tmp/stderr"; failures=$((failures + 1)); return
  fi
  lines=$(wc -l < "$tmp/stderr")
  if [ "$want" -eq 1 ] && [ "$lines" -ne 1 ]; then
    echo "not ok $n - $name: error took $lines lines"; cat "$tmp/stderr"; failures=$((failures + 1)); return
  fi
  echo "ok $n - $name"
}

digest() { sha256sum "$1" | cut -d' ' -f1; }

expect "help" 0 "Commands:" -- "$ctl" --help
expect "no command" 2 "Usage" -- "$ctl"
expect "unknown command" 2 "not a paraatctl command" -- "$ctl" frobnicate
expect "version" 0 "paraatctl " -- "$ctl" --version
expect "demo with two files" 2 "takes at most one FILE" -- "$ctl" demo "$tmp/a.db" "$tmp/b.db"
expect "demo bad option" 2 "Unknown option" -- "$ctl" demo --bogus "$tmp/x.db"
expect "demo" 0 "Created the demo organisation" -- "$ctl" demo --year 2026 "$tmp/demo.db"
expect "demo twice refuses" 1 "already holds an organisation" -- "$ctl" demo "$tmp/demo.db"
expect "check demo" 0 "Functionaries: *60" -- "$ctl" check "$tmp/demo.db"
expect "check prints the organisation" 0 "Gemeente Voorbeeld" -- "$ctl" check "$tmp/demo.db"
expect "check prints the schema" 0 "Schema version:" -- "$ctl" check "$tmp/demo.db"
expect "check missing file" 1 "does not exist" -- "$ctl" check "$tmp/missing.db"
expect "--database before the command" 0 "Functionaries: *60" -- "$ctl" --database "$tmp/demo.db" check
expect "default database from XDG_DATA_HOME" 0 "Gemeente Voorbeeld" -- env XDG_DATA_HOME="$tmp/xdg" sh -c "\"$ctl\" demo && \"$ctl\" check"
[ -f "$tmp/xdg/paraat/paraat.db" ] && echo "ok $((n += 1)) - the default database lives in XDG_DATA_HOME/paraat" \
  || { echo "not ok $((n += 1)) - no default database in XDG_DATA_HOME/paraat"; failures=$((failures + 1)); }
before=$(digest "$tmp/demo.db")
expect "check changes nothing" 0 "Integrity: *ok" -- "$ctl" check "$tmp/demo.db"
[ "$before" = "$(digest "$tmp/demo.db")" ] && echo "ok $((n += 1)) - check left the file unchanged" \
  || { echo "not ok $((n += 1)) - check changed the file"; failures=$((failures + 1)); }
[ ! -e "$tmp/missing.db" ] && echo "ok $((n += 1)) - check does not create a missing file" \
  || { echo "not ok $((n += 1)) - check created a missing file"; failures=$((failures + 1)); }

printf 'Naam;Telefoon\nGerda;06\n' > "$tmp/people.csv"
before=$(digest "$tmp/people.csv")
expect "check a text file" 1 "not a Paraat database" -- "$ctl" check "$tmp/people.csv"
[ "$before" = "$(digest "$tmp/people.csv")" ] && echo "ok $((n += 1)) - the text file is unchanged" \
  || { echo "not ok $((n += 1)) - the text file changed"; failures=$((failures + 1)); }

cp "$tmp/demo.db" "$tmp/corrupt.db"
printf 'garbage!garbage!' | dd of="$tmp/corrupt.db" bs=1 seek=0 conv=notrunc status=none
expect "check a corrupt file" 1 "damaged" -- "$ctl" check "$tmp/corrupt.db"

mkdir "$tmp/dir.db"
expect "check a folder" 1 "folder" -- "$ctl" check "$tmp/dir.db"

# A newer schema than this build knows: refused, and the file is untouched.
cp "$tmp/demo.db" "$tmp/newer.db"
if command -v sqlite3 >/dev/null; then
  sqlite3 "$tmp/newer.db" "PRAGMA user_version = 999; PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
  before=$(digest "$tmp/newer.db")
  expect "check a newer database" 1 "newer version of Paraat" -- "$ctl" check "$tmp/newer.db"
  [ "$before" = "$(digest "$tmp/newer.db")" ] && echo "ok $((n += 1)) - the newer file is unchanged" \
    || { echo "not ok $((n += 1)) - the newer file changed"; failures=$((failures + 1)); }
fi

# Read-only files and unreadable files: permissions do not bind root, so as
# root the checks run as the unprivileged user "nobody".
as_user=()
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null && id nobody >/dev/null 2>&1; then
  as_user=(setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups)
fi
if [ "$(id -u)" -ne 0 ] || [ ${#as_user[@]} -gt 0 ]; then
  mkdir -m 0755 "$tmp/perm"
  chmod 0755 "$tmp"
  cp "$tmp/demo.db" "$tmp/perm/ro.db"; chmod 0444 "$tmp/perm/ro.db"
  before=$(digest "$tmp/perm/ro.db")
  expect "check a read-only file" 1 "read-only" -- "${as_user[@]}" "$ctl" check "$tmp/perm/ro.db"
  [ "$before" = "$(digest "$tmp/perm/ro.db")" ] && echo "ok $((n += 1)) - the read-only file is unchanged" \
    || { echo "not ok $((n += 1)) - the read-only file changed"; failures=$((failures + 1)); }
  cp "$tmp/demo.db" "$tmp/perm/secret.db"; chmod 0000 "$tmp/perm/secret.db"
  expect "check an unreadable file" 1 "permission" -- "${as_user[@]}" "$ctl" check "$tmp/perm/secret.db"
fi

# The call-out list as a PDF, from a database opened read-only.
before=$(digest "$tmp/demo.db")
expect "callout to PDF" 0 "call-out list" -- "$ctl" callout "$tmp/demo.db" --pdf "$tmp/alarmeringslijst.pdf" --date 2026-03-01
head -c 5 "$tmp/alarmeringslijst.pdf" | grep -q '%PDF-' && echo "ok $((n += 1)) - the call-out list is a PDF" \
  || { echo "not ok $((n += 1)) - the call-out list is not a PDF"; failures=$((failures + 1)); }
[ ! -e "$tmp/alarmeringslijst.pdf.partial" ] && echo "ok $((n += 1)) - no partial PDF left" \
  || { echo "not ok $((n += 1)) - a partial PDF was left"; failures=$((failures + 1)); }
[ "$before" = "$(digest "$tmp/demo.db")" ] && echo "ok $((n += 1)) - printing left the database unchanged" \
  || { echo "not ok $((n += 1)) - printing changed the database"; failures=$((failures + 1)); }
expect "callout without --pdf" 2 "--pdf" -- "$ctl" callout "$tmp/demo.db"
expect "callout with a bad date" 2 "YYYY-MM-DD" -- "$ctl" callout "$tmp/demo.db" --pdf "$tmp/x.pdf" --date 2026-02-30
expect "callout to a missing folder" 1 "cannot be written" -- "$ctl" callout "$tmp/demo.db" --pdf "$tmp/missing/x.pdf"

# People from and to spreadsheets: a file with a bad line writes nothing.
cp "$tmp/demo.db" "$tmp/people.db"
printf 'Voornaam;Achternaam;Mobiel;Functie\r\nJan;Nieuw;06-1212 1212;ACB\r\nPiet;Fout;06-1;XX\r\n' > "$tmp/broken.csv"
before=$(digest "$tmp/people.db")
expect "import a broken CSV" 1 "broken.csv:3: .*too few digits" -- "$ctl" import-people "$tmp/people.db" "$tmp/broken.csv"
[ "$before" = "$(digest "$tmp/people.db")" ] && echo "ok $((n += 1)) - the broken import wrote nothing" \
  || { echo "not ok $((n += 1)) - the broken import changed the database"; failures=$((failures + 1)); }
printf 'Voornaam;Achternaam;Mobiel;Functie\r\nJan;Nieuw;06-1212 1212;ACB\r\n' > "$tmp/good.csv"
expect "import --dry-run" 0 "would add 1 person with 1 function" -- "$ctl" import-people "$tmp/people.db" "$tmp/good.csv" --dry-run
expect "import a good CSV" 0 "Added 1 person with 1 function" -- "$ctl" import-people "$tmp/people.db" "$tmp/good.csv"
expect "check after the import" 0 "Functionaries: *61" -- "$ctl" check "$tmp/people.db"
expect "import it again" 1 "already in the database" -- "$ctl" import-people "$tmp/people.db" "$tmp/good.csv"
expect "export people" 0 "Jan;Nieuw;06-1212 1212" -- "$ctl" export-people "$tmp/people.db"
expect "export people to a file" 0 "" -- "$ctl" export-people "$tmp/people.db" --output "$tmp/export.csv" --delimiter ,
grep -q '^Voornaam,Achternaam,Mobiel,' "$tmp/export.csv" && echo "ok $((n += 1)) - the export has a comma header" \
  || { echo "not ok $((n += 1)) - the export lacks its header"; failures=$((failures + 1)); }
expect "export with a bad delimiter" 2 "delimiter" -- "$ctl" export-people "$tmp/people.db" --delimiter x

# The piket roster: the demo starts with its year filled; generating again
# changes nothing; a dry run writes nothing; a DST week is 167 hours.
cp "$tmp/demo.db" "$tmp/roster.db"
expect "roster needs a mode" 2 "--generate or --list" -- "$ctl" roster "$tmp/roster.db" 2026-01-01 2026-01-31
expect "roster needs dates" 2 "FROM TO" -- "$ctl" roster "$tmp/roster.db" --list
expect "roster with a bad date" 2 "YYYY-MM-DD" -- "$ctl" roster "$tmp/roster.db" --list 2026-02-30 2026-03-31
expect "roster backwards" 2 "before FROM" -- "$ctl" roster "$tmp/roster.db" --list 2026-03-31 2026-03-01
expect "roster list" 0 "2026-W13  ACB      1  .*2026-03-23T09:00+01:00  2026-03-30T09:00+02:00" -- "$ctl" roster "$tmp/roster.db" --list 2026-03-23 2026-03-29
expect "roster list as CSV" 0 "^2026-W02;ACB;2;" -- "$ctl" roster "$tmp/roster.db" --list --csv 2026-01-05 2026-01-11
expect "roster gap reason" 0 "BGM, 1st line, week 32 of 2026: 1 absent" -- "$ctl" roster "$tmp/roster.db" --generate 2026-01-01 2026-12-31 --dry-run
expect "roster again changes nothing" 0 "Added 0 shifts, changed 0, removed 0" -- "$ctl" roster "$tmp/roster.db" --generate 2026-01-01 2026-12-31
expect "roster next year" 0 "Added 4[0-9][0-9] shifts" -- "$ctl" roster "$tmp/roster.db" --generate 2027-01-01 2027-12-31
"$ctl" roster "$tmp/roster.db" --list 2026-01-01 2026-12-31 | grep -q "(gap)" && echo "ok $((n += 1)) - the gaps are listed" \
  || { echo "not ok $((n += 1)) - no gap in the list"; failures=$((failures + 1)); }
if "$ctl" roster "$tmp/roster.db" --list 2026-07-20 2026-08-09 | grep "  ACC " | grep -q "Lars Opvanghof"; then
  echo "not ok $((n += 1)) - Lars Opvanghof is on piket during his holiday"; failures=$((failures + 1))
else
  echo "ok $((n += 1)) - nobody is on piket during their holiday"
fi

# Allowance hours: real elapsed time, so the DST weeks are 167 and 169 hours.
expect "allowance" 0 "^Naam;Jaar;Maand;Uren hard piket;Uren zacht piket" -- "$ctl" allowance "$tmp/roster.db" --year 2026
"$ctl" allowance "$tmp/roster.db" --year 2026 --delimiter , --output "$tmp/allowance.csv"
grep -q '^Gerda Roosterveld,2026,totaal,' "$tmp/allowance.csv" && echo "ok $((n += 1)) - the allowance has year totals" \
  || { echo "not ok $((n += 1)) - no year total in the allowance"; failures=$((failures + 1)); }
expect "allowance with a bad year" 2 "1900" -- "$ctl" allowance "$tmp/roster.db" --year 12

# The morning check: who is on piket now, and the gaps ahead (this year's
# demo with next year generated too, so the coming 8 weeks are filled).
year=$(date +%Y)
expect "demo of this year" 0 "Created" -- "$ctl" demo --year "$year" "$tmp/now.db"
expect "next year's roster" 0 "Added" -- "$ctl" roster "$tmp/now.db" --generate "$((year + 1))-01-01" "$((year + 1))-12-31"
# One gap is a story of the demo: once Joost Kalenderink's proficiency lapses
# (he missed this year's exercises), the ACB pool is one short for the 2nd line
# at Christmas. Within 8 weeks the check finds that gap or nothing, by season.
"$ctl" check "$tmp/now.db" --weeks 8 >"$tmp/check.out" 2>"$tmp/check.err"; status=$?
problems=$(sed -n '/gaps or conflicts in the next 8 weeks:/,$p' "$tmp/check.out" | tail -n +2)
n=$((n + 1))
if { [ "$status" -eq 0 ] && grep -q "No gaps or conflicts in the next 8 weeks" "$tmp/check.out"; } ||
   { [ "$status" -eq 1 ] && [ -n "$problems" ] && ! printf '%s\n' "$problems" | grep -vq "ACB, 2nd line, week 5[23]"; }; then
  echo "ok $n - check --weeks 8"
else
  echo "not ok $n - check --weeks 8: exit $status"; cat "$tmp/check.out" "$tmp/check.err"; failures=$((failures + 1))
fi
grep -q "ACB 2nd line" "$tmp/check.out" && echo "ok $((n += 1)) - check shows who is on piket" \
  || { echo "not ok $((n += 1)) - check does not show who is on piket"; failures=$((failures + 1)); }
expect "check finds the gaps beyond" 1 "nobody is on piket" -- "$ctl" check "$tmp/now.db" --weeks 120
expect "check --weeks out of range" 2 "520" -- "$ctl" check "$tmp/now.db" --weeks 9999

# Proficiency: per person and function, status, until when, what is missing.
expect "proficiency" 0 "Joost Kalenderink *ACB" -- "$ctl" proficiency "$tmp/roster.db" --function ACB --date 2026-12-15
expect "proficiency says what is missing" 0 "needs 1 exercise now" -- "$ctl" proficiency "$tmp/roster.db" --function acb --date 2026-12-15
expect "proficiency as CSV" 0 "^Persoon;Functie;Status;Geldig tot;Ontbreekt" -- env LANGUAGE=nl LANG=C.UTF-8 "$ctl" proficiency "$tmp/roster.db" --csv
expect "proficiency of an unknown function" 1 "code" -- "$ctl" proficiency "$tmp/roster.db" --function NOPE
expect "proficiency on a bad date" 2 "YYYY-MM-DD" -- "$ctl" proficiency "$tmp/roster.db" --date 2026-02-30

# The OTO year plan: functions by quarter, its gaps, and a PDF for the college.
expect "year plan" 0 "ACB — Adviseur" -- "$ctl" year-plan "$tmp/roster.db" --year 2026
expect "year plan names the partners of a function" 0 "^With: .*Politie" -- "$ctl" year-plan "$tmp/roster.db" --year 2026
expect "year plan lists what it does not cover" 0 "requirements the plan does not cover" -- "$ctl" year-plan "$tmp/roster.db" --year 2026
expect "year plan as PDF" 0 "pages" -- "$ctl" year-plan "$tmp/roster.db" --year 2026 --pdf "$tmp/jaarplan.pdf"
head -c 5 "$tmp/jaarplan.pdf" | grep -q '%PDF-' && [ ! -e "$tmp/jaarplan.pdf.partial" ] \
  && echo "ok $((n += 1)) - the year plan is a PDF" \
  || { echo "not ok $((n += 1)) - the year plan is no PDF"; failures=$((failures + 1)); }
expect "year plan with a bad year" 2 "1900" -- "$ctl" year-plan "$tmp/roster.db" --year 3

# The event calendar: one line per event, filtered, and as a PDF for the services.
expect "events" 0 "Voorbeeld Open Air, Festivalterrein" -- "$ctl" events "$tmp/demo.db" --year 2026
expect "events by class" 0 "Koningsdag" -- "$ctl" events "$tmp/demo.db" --year 2026 --class b
out=$("$ctl" events "$tmp/demo.db" --year 2026 --class C --status held)
[ "$(printf '%s\n' "$out" | wc -l)" -eq 1 ] && printf '%s' "$out" | grep -q "Voorbeeld Open Air" \
  && echo "ok $((n += 1)) - events filters by class and status" \
  || { echo "not ok $((n += 1)) - events does not filter: $out"; failures=$((failures + 1)); }
expect "events of an empty year" 0 "No event of 2030" -- "$ctl" events "$tmp/demo.db" --year 2030
expect "events as PDF" 0 "event calendar 2026" -- "$ctl" events "$tmp/demo.db" --year 2026 --pdf "$tmp/kalender.pdf"
head -c 5 "$tmp/kalender.pdf" | grep -q '%PDF-' && [ ! -e "$tmp/kalender.pdf.partial" ] \
  && echo "ok $((n += 1)) - the event calendar is a PDF" \
  || { echo "not ok $((n += 1)) - the event calendar is no PDF"; failures=$((failures + 1)); }
expect "events with a bad class" 2 "0, A, B, C or none" -- "$ctl" events "$tmp/demo.db" --class D
expect "events with a bad status" 2 "permit-granted" -- "$ctl" events "$tmp/demo.db" --status busy
expect "events with a bad year" 2 "1900" -- "$ctl" events "$tmp/demo.db" --year 3
expect "events to a missing folder" 1 "cannot be written" -- "$ctl" events "$tmp/demo.db" --pdf "$tmp/missing/k.pdf"

# An event's schouw form, by the number paraatctl events shows.
id=$("$ctl" events "$tmp/demo.db" --year 2026 | awk '/Voorbeeld Open Air/ { print $1 }')
expect "schouw form" 0 "schouw form" -- "$ctl" schouw "$tmp/demo.db" "$id" --pdf "$tmp/schouw.pdf"
head -c 5 "$tmp/schouw.pdf" | grep -q '%PDF-' && echo "ok $((n += 1)) - the schouw form is a PDF" \
  || { echo "not ok $((n += 1)) - the schouw form is no PDF"; failures=$((failures + 1)); }
expect "schouw without --pdf" 2 "--pdf" -- "$ctl" schouw "$tmp/demo.db" "$id"
expect "schouw without an event" 2 "number" -- "$ctl" schouw
expect "schouw of a word" 2 "number" -- "$ctl" schouw "$tmp/demo.db" festival --pdf "$tmp/x.pdf"
expect "schouw of a missing event" 1 "no event with number 9999" -- "$ctl" schouw "$tmp/demo.db" 9999 --pdf "$tmp/x.pdf"

# Deadlines of this year's demo events: exit 1 exactly when one is overdue
# (what is overdue depends on today's date).
"$ctl" demo --year "$(date +%Y)" "$tmp/events.db" >/dev/null
out=$("$ctl" deadlines "$tmp/events.db" --days 400 2>&1); status=$?
if { [ "$status" -eq 1 ] && grep -q "OVERDUE" <<<"$out"; } || { [ "$status" -eq 0 ] && ! grep -q "OVERDUE" <<<"$out"; }; then
  echo "ok $((n += 1)) - deadlines fail exactly when one is overdue"
else
  echo "not ok $((n += 1)) - deadlines: exit $status with"; echo "$out"; failures=$((failures + 1))
fi
grep -q "due in the next 400 days" <<<"$out" && echo "ok $((n += 1)) - deadlines count what is due" \
  || { echo "not ok $((n += 1)) - deadlines lack their count"; echo "$out"; failures=$((failures + 1)); }
out=$(env LANGUAGE=nl LANG=C.UTF-8 "$ctl" deadlines "$tmp/events.db" --csv 2>&1)
grep -q "^Evenement;Punt;Termijn;Eigenaar;Te laat" <<<"$out" && echo "ok $((n += 1)) - deadlines as CSV" \
  || { echo "not ok $((n += 1)) - deadlines as CSV: $out"; failures=$((failures + 1)); }
expect "deadlines with negative days" 2 "3660" -- "$ctl" deadlines "$tmp/events.db" --days -1
expect "deadlines of a missing file" 1 "" -- "$ctl" deadlines "$tmp/missing.db"

# Absences and holidays from iCalendar files, a month ahead (within the horizon whatever today is).
"$ctl" demo --year "$(date +%Y)" "$tmp/ics.db" >/dev/null
day1=$(date -d '+30 days' +%Y%m%d); day2=$(date -d '+35 days' +%Y%m%d); day3=$(date -d '+40 days' +%Y%m%d)
printf 'BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//EN\nBEGIN:VEVENT\nUID:a1\nSUMMARY:Vakantie\nDTSTART;VALUE=DATE:%s\nDTEND;VALUE=DATE:%s\nEND:VEVENT\nBEGIN:VEVENT\nUID:a2\nSUMMARY:Tandarts\nDTSTART;TZID=Europe/Amsterdam:%sT090000\nDTEND;TZID=Europe/Amsterdam:%sT110000\nEND:VEVENT\nBEGIN:VEVENT\nUID:a3\nSUMMARY:Oud\nDTSTART;VALUE=DATE:20010101\nEND:VEVENT\nEND:VCALENDAR\n' \
  "$day1" "$day2" "$day3" "$day3" > "$tmp/absences.ics"
head -c 200 "$tmp/absences.ics" > "$tmp/truncated.ics"
sed 's/Europe\/Amsterdam/Nergens Standaardtijd/' "$tmp/absences.ics" > "$tmp/zone.ics"
before=$(digest "$tmp/ics.db")
expect "import-absences --dry-run" 0 "would add 2 absences (1 event skipped" -- "$ctl" import-absences "$tmp/ics.db" --person 1 "$tmp/absences.ics" --dry-run
expect "import-absences lists each event" 0 "^skip .*Oud: Outside the period" -- "$ctl" import-absences "$tmp/ics.db" --person 1 "$tmp/absences.ics" --dry-run
[ "$before" = "$(digest "$tmp/ics.db")" ] && echo "ok $((n += 1)) - --dry-run left the database unchanged" \
  || { echo "not ok $((n += 1)) - --dry-run changed the database"; failures=$((failures + 1)); }
expect "import-absences needs --person" 2 "\-\-person ID" -- "$ctl" import-absences "$tmp/ics.db" "$tmp/absences.ics"
expect "import-absences of nobody" 1 "" -- "$ctl" import-absences "$tmp/ics.db" --person 99999 "$tmp/absences.ics"
expect "import-absences truncated" 1 "nothing was imported: The file ends before END" -- "$ctl" import-absences "$tmp/ics.db" --person 1 "$tmp/truncated.ics"
expect "import-absences unknown zone" 1 "Nergens Standaardtijd" -- "$ctl" import-absences "$tmp/ics.db" --person 1 "$tmp/zone.ics"
expect "import-absences not a calendar" 1 "not an iCalendar file" -- "$ctl" import-absences "$tmp/ics.db" --person 1 "$tmp/people.csv"
[ "$before" = "$(digest "$tmp/ics.db")" ] && echo "ok $((n += 1)) - refused files left the database unchanged" \
  || { echo "not ok $((n += 1)) - a refused file changed the database"; failures=$((failures + 1)); }
expect "import-absences" 0 "Added 2 absences" -- "$ctl" import-absences "$tmp/ics.db" --person 1 "$tmp/absences.ics"
expect "import-absences again" 0 "Already stored as an absence" -- "$ctl" import-absences "$tmp/ics.db" --person 1 "$tmp/absences.ics"
expect "import-absences again adds nothing" 0 "Added 0 absences" -- "$ctl" import-absences "$tmp/ics.db" --person 1 "$tmp/absences.ics"
expect "import-holidays --dry-run" 0 "would add 2 holidays" -- "$ctl" import-holidays "$tmp/ics.db" "$tmp/absences.ics" --dry-run
expect "import-holidays" 0 "Added 2 holidays" -- "$ctl" import-holidays "$tmp/ics.db" "$tmp/absences.ics"
expect "import-holidays again" 0 "Already a holiday" -- "$ctl" import-holidays "$tmp/ics.db" "$tmp/absences.ics"
expect "import-holidays refused" 1 "nothing was imported" -- "$ctl" import-holidays "$tmp/ics.db" "$tmp/truncated.ics"

# Dutch messages.
expect "Dutch error" 1 "bestaat niet" -- env LANGUAGE=nl LANG=C.UTF-8 "$ctl" check "$tmp/missing.db"

echo "1..$n"
[ "$failures" -eq 0 ]
