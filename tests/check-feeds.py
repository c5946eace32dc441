#!/usr/bin/env python3
# Every calendar of the demo organisation, exported by paraatctl, read by two
# parsers that share no code with Paraat: Python's icalendar and Mozilla's
# ical.js. Both must find what the store holds (count, start, end, summary),
# weekly piket must start at 09:00 local time across both DST changes, and
# no calendar may hold anyone's phone number or e-mail address.
#
# Needs: PARAATCTL, python3-icalendar, node with ical.js on NODE_PATH.
import datetime
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import zoneinfo

import icalendar

paraatctl = os.environ["PARAATCTL"]
here = os.path.dirname(os.path.abspath(__file__))
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def unix(value):
    if isinstance(value, datetime.datetime):
        return int(value.timestamp())
    raise AssertionError(f"not a date-time: {value!r}")


def read_python(path):
    with open(path, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    events = []
    for vevent in calendar.walk("VEVENT"):
        events.append({
            "uid": str(vevent["UID"]),
            "start": unix(vevent.decoded("DTSTART")),
            "end": unix(vevent.decoded("DTEND")),
            "summary": str(vevent["SUMMARY"]),
            "status": str(vevent.get("STATUS", "")),
        })
    return events


with tempfile.TemporaryDirectory() as tmp:
    # Next year's demo: the horizon (past 90 days, next 12 months) then holds
    # both the last Sunday of March and the last Sunday of October.
    year = datetime.date.today().year + 1
    db = os.path.join(tmp, "demo.paraat")
    subprocess.run([paraatctl, "demo", db, "--year", str(year)], check=True, capture_output=True)
    conn = sqlite3.connect(db)
    now = int(datetime.datetime.now(datetime.timezone.utc).timestamp())
    lo, hi = now - 90 * 86400, now + 365 * 86400

    feeds = {}   # file → (kind, expected [(start, end)] or None)

    def export(name, args, expected):
        path = os.path.join(tmp, name + ".ics")
        subprocess.run([paraatctl, "export", db, "-o", path] + args, check=True)
        feeds[path] = (name, expected)

    for (pid,) in conn.execute("SELECT id FROM person ORDER BY id"):
        rows = conn.execute(
            "SELECT starts_at, ends_at FROM shift WHERE person_id = ?1 AND ends_at > ?2 AND starts_at < ?3 "
            "UNION ALL SELECT s.starts_at, max(s.ends_at, s.starts_at + 3600) FROM attendance a "
            "JOIN oto_session s ON s.id = a.session_id WHERE a.person_id = ?1 AND a.status <> 'excused' "
            "AND s.ends_at > ?2 AND s.starts_at < ?3", (pid, lo, hi)).fetchall()
        export(f"person-{pid}", ["--person", str(pid)], sorted(rows))
    for (fid, code) in conn.execute("SELECT id, code FROM function ORDER BY id"):
        rows = conn.execute("SELECT starts_at, ends_at FROM shift WHERE function_id = ? AND ends_at > ? "
                            "AND starts_at < ?", (fid, lo, hi)).fetchall()
        export(f"function-{code}", ["--function", code], sorted(rows))
    for (tid, code) in conn.execute("SELECT id, code FROM team ORDER BY id"):
        rows = conn.execute("SELECT s.starts_at, s.ends_at FROM shift s JOIN function f ON f.id = s.function_id "
                            "WHERE f.team_id = ? AND s.ends_at > ? AND s.starts_at < ?", (tid, lo, hi)).fetchall()
        export(f"team-{code}", ["--team", code], sorted(rows))
    export("events", ["--events"], None)
    rows = conn.execute("SELECT starts_at, max(ends_at, starts_at + 3600) FROM oto_session "
                        "WHERE ends_at > ? AND starts_at < ?", (lo, hi)).fetchall()
    export("oto", ["--oto"], sorted(rows))
    n_events = conn.execute("SELECT count(*) FROM event WHERE ends_at > ? AND starts_at < ?", (lo, hi)).fetchone()[0]
    n_schouw = conn.execute("SELECT count(*) FROM inspection WHERE starts_at > ? - 86400 AND starts_at < ?",
                            (lo, hi)).fetchone()[0]
    secrets = [r[0] for r in conn.execute(
        "SELECT phone FROM person WHERE phone <> '' UNION SELECT phone_alt FROM person WHERE phone_alt <> '' "
        "UNION SELECT email FROM person WHERE email <> ''")]
    weekly = conn.execute(
        "SELECT f.code FROM function f JOIN rotation r ON r.function_id = f.id WHERE r.pattern = 'weekly' "
        "AND r.handover_weekday = 1 AND r.handover_time = '09:00' ORDER BY f.id LIMIT 1").fetchone()[0]
    zone = zoneinfo.ZoneInfo(conn.execute("SELECT time_zone FROM organisation").fetchone()[0])
    conn.close()

    env = dict(os.environ)
    js = subprocess.run(["node", os.path.join(here, "feeds-icaljs.mjs")] + list(feeds),
                        check=True, capture_output=True, env=env, text=True)
    from_js = json.loads(js.stdout)

    total = 0
    for path, (name, expected) in feeds.items():
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for secret in secrets:
            check(secret not in text, f"{name}: holds {secret}")
        py = read_python(path)
        jsv = from_js[path]
        total += len(py)
        check(len(py) == len(jsv), f"{name}: icalendar reads {len(py)} events, ical.js {len(jsv)}")
        for a, b in zip(sorted(py, key=lambda e: e["uid"]), sorted(jsv, key=lambda e: e["uid"])):
            for key in ("uid", "start", "end", "summary"):
                check(a[key] == b[key], f"{name}: {key} differs: icalendar {a[key]!r}, ical.js {b[key]!r}")
        if expected is not None:
            got = sorted((e["start"], e["end"]) for e in py if e["status"] != "CANCELLED")
            check(got == [tuple(r) for r in expected],
                  f"{name}: {len(got)} events at other moments than the store's {len(expected)}")
        elif name == "events":
            check(len(py) == n_events + n_schouw, f"events: {len(py)} events, the store has {n_events} + {n_schouw}")
        check(all(e["summary"] for e in py), f"{name}: an event without a summary")

    # DST: weekly piket hands over on Monday 09:00 local time all year.
    name = f"function-{weekly}"
    path = next(p for p, (n, _) in feeds.items() if n == name)
    offsets = set()
    for parsed in (read_python(path), from_js[path]):
        for e in parsed:
            local = datetime.datetime.fromtimestamp(e["start"], zone)
            check((local.hour, local.minute, local.isoweekday()) == (9, 0, 1),
                  f"{name}: a shift starts at {local.isoformat()}")
            offsets.add(local.utcoffset())
    check(len(offsets) == 2, f"{name}: the shifts do not cross a DST change ({offsets})")

    print(f"feeds: {len(feeds)} calendars, {total} events read alike by icalendar and ical.js")

for failure in failures[:30]:
    print("feeds:", failure)
sys.exit(1 if failures else 0)
