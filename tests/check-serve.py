#!/usr/bin/env python3
# paraatctl serve on a free loopback port: 200 with ETag and Last-Modified,
# 304 on If-None-Match, HEAD without a body, 405 for other methods, 404 with
# no detail for unknown and revoked tokens, other paths, path traversal and
# over-long tokens; 200 concurrent requests without an error; a token
# revoked while it runs stops working; the log never shows a token.
import concurrent.futures
import http.client
import socket
import os
import subprocess
import sys
import tempfile
import time

import icalendar

paraatctl = os.environ["PARAATCTL"]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def request(port, method, path, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request(method, path, headers=headers or {})
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, dict((k.lower(), v) for k, v in response.getheaders()), body


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "demo.paraat")
    subprocess.run([paraatctl, "demo", db], check=True, capture_output=True)

    def add(*args):
        out = subprocess.run([paraatctl, "feed-add", db] + list(args), check=True, capture_output=True, text=True)
        return out.stdout.split()[0]

    person = add("--person", "1")
    events = add("--events")
    revoked = add("--oto")
    feeds = subprocess.run([paraatctl, "feeds", db], check=True, capture_output=True, text=True).stdout
    oto_id = next(line.split()[0] for line in feeds.splitlines() if " oto " in line)
    subprocess.run([paraatctl, "feeds", db, "--revoke", oto_id], check=True)

    server = subprocess.Popen([paraatctl, "serve", db, "--port", "0"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        first = server.stdout.readline()
        port = int(first.split("http://127.0.0.1:")[1].split("/")[0])

        status, headers, body = request(port, "GET", f"/feed/{person}.ics")
        check(status == 200, f"GET a feed: {status}")
        check(headers.get("content-type") == "text/calendar; charset=utf-8", f"content type {headers.get('content-type')}")
        check("etag" in headers and "last-modified" in headers, "no ETag or Last-Modified")
        calendar = icalendar.Calendar.from_ical(body)
        check(len(calendar.walk("VEVENT")) > 0, "the feed has no events")

        status, _, body304 = request(port, "GET", f"/feed/{person}.ics", {"If-None-Match": headers.get("etag", "")})
        check(status == 304 and body304 == b"", f"If-None-Match: {status}")
        status, _, _ = request(port, "GET", f"/feed/{person}.ics", {"If-None-Match": '"something-else"'})
        check(status == 200, f"another ETag: {status}")
        status, head_headers, head_body = request(port, "HEAD", f"/feed/{person}.ics")
        check(status == 200 and head_body == b"" and head_headers.get("etag") == headers.get("etag"), f"HEAD: {status}")
        status, _, _ = request(port, "GET", f"/feed/{events}.ics")
        check(status == 200, f"the events feed: {status}")

        for method in ("POST", "PUT", "DELETE", "PATCH"):
            status, allow, _ = request(port, method, f"/feed/{person}.ics")
            check(status == 405 and allow.get("allow") == "GET, HEAD", f"{method}: {status}")

        bad_paths = [
            f"/feed/{revoked}.ics",                      # revoked
            "/feed/00000000000000000000000000000000.ics",  # unknown
            f"/feed/{person[:-1]}.ics",                  # one short
            f"/feed/{person}0.ics",                      # one too many
            f"/feed/{person.upper()}.ics",
            f"/feed/{person}.ics/",
            f"/feed/{person}",
            f"/feed/{person}.ics?x=1",
            f"/feeds/{person}.ics",
            "/", "/feed/", "/index.html",
            "/feed/../demo.paraat", "/feed/%2e%2e/demo.paraat", "/../../etc/passwd",
            "/feed/" + "a" * 5000 + ".ics",
        ]
        for path in bad_paths:
            status, _, body = request(port, "GET", path)
            shown = path if len(path) < 60 else path[:40] + "…"
            check(status == 404, f"GET {shown}: {status}")
            check(person.encode() not in body and b"paraat" not in body.lower(), f"GET {shown}: the body says too much")
        # Far too long for any server: refused (or the connection closed),
        # and the server lives on (the requests below need it).
        try:
            status, _, _ = request(port, "GET", "/feed/" + "a" * 100000 + ".ics")
        except (ConnectionError, http.client.HTTPException):
            status = 400
        check(status in (400, 404, 413, 414, 431), f"a 100 kB path: {status}")

        # Raw requests: what a browser library would never send.
        def raw(data):
            conn = socket.create_connection(("127.0.0.1", port), timeout=10)
            conn.sendall(data)
            conn.shutdown(socket.SHUT_WR)
            out = b""
            while True:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                out += chunk
            conn.close()
            return out

        def statuses(data):
            return [line.split(b" ")[1] for line in data.split(b"\r\n") if line.startswith(b"HTTP/1.1 ")]

        feed_get = f"GET /feed/{person}.ics HTTP/1.1\r\nHost: x\r\n\r\n".encode()
        feed_head = f"HEAD /feed/{person}.ics HTTP/1.1\r\nHost: x\r\n\r\n".encode()
        out = raw(feed_get + feed_get + feed_head)
        check(statuses(out) == [b"200", b"200", b"200"], f"pipelined: {statuses(out)}")
        check(out.count(b"BEGIN:VCALENDAR") == 2, "pipelined: not two feeds and one head")
        out = raw(f"GET /feed/{person}.ics HTTP/1.0\r\n\r\n".encode())
        check(statuses(out) == [b"200"] and b"Connection: close" in out, "HTTP/1.0 is not answered and closed")
        check(statuses(raw(b"NONSENSE\r\n\r\n")) == [b"400"], "a malformed request line")
        check(statuses(raw(f"GET http://x/feed/{person}.ics HTTP/1.1\r\n\r\n".encode())) == [b"400"],
              "an absolute URL")
        check(statuses(raw(b"GET / HTTP/1.1\r\nX-Long: " + b"a" * 9000 + b"\r\n\r\n")) == [b"431"],
              "a head over 8 kB")
        out = raw(f"POST /feed/{person}.ics HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello".encode() + feed_get)
        check(statuses(out) == [b"405"], f"a request with a body, then another: {statuses(out)}")

        def fetch(_):
            return request(port, "GET", f"/feed/{person}.ics")

        with concurrent.futures.ThreadPoolExecutor(max_workers=200) as pool:
            results = list(pool.map(fetch, range(200)))
        check(len(results) == 200 and all(s == 200 and b == results[0][2] for s, _, b in results),
              "200 concurrent requests: not all answered 200 with the same feed")

        # Revoked while serving: the next request finds it gone.
        feeds = subprocess.run([paraatctl, "feeds", db], check=True, capture_output=True, text=True).stdout
        person_id = next(line.split()[0] for line in feeds.splitlines() if " person:1 " in line)
        subprocess.run([paraatctl, "feeds", db, "--revoke", person_id], check=True)
        time.sleep(0.5)   # the server looks at the database at most five times a second
        status, _, _ = request(port, "GET", f"/feed/{person}.ics")
        check(status == 404, f"after revoking it: {status}")
    finally:
        server.terminate()
        log, errors = server.communicate(timeout=30)

    check(server.returncode == 0, f"serve ended with {server.returncode}: {errors.strip()}")
    lines = [line for line in log.splitlines() if line.strip()]
    check(len(lines) > 220, f"the log has {len(lines)} lines")
    for token in (person, events, revoked):
        check(token not in log and token not in errors, "the log shows a token")

for failure in failures:
    print("serve:", failure)
print(f"serve: {'fine' if not failures else 'failed'}")
sys.exit(1 if failures else 0)
