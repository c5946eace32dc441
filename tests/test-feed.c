/* test-feed.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libical/ical.h>
#include <sqlite3.h>
#include <string.h>

#include "feed/paraat-feed.h"
#include "feed/paraat-feed-token.h"
#include "ical/paraat-ics-writer.h"
#include "planning/paraat-calendar.h"
#include "planning/paraat-feed-state.h"
#include "service/paraat-roster-service.h"
#include "store/paraat-demo.h"

/* The demo of 2026 with its year filled, seen on 1 June 2026 (its horizon:
 * 3 March 2026 to 1 June 2027, both DST changes of 2026 inside). */
#define NOW ((gint64) 1780300800)   /* 2026-06-01 08:00 UTC */

typedef struct
{
  char        *dir;
  char        *path;
  ParaatStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("paraat-feed-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "demo.paraat", NULL);
  fixture->store = paraat_store_open (fixture->path, PARAAT_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (paraat_demo_load (fixture->store, 2026, &error));
  g_assert_true (paraat_roster_fill_year (fixture->store, 2026, &error));
  g_assert_true (paraat_roster_fill_year (fixture->store, 2027, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr (GDir) dir = NULL;
  const char *name;

  g_clear_object (&fixture->store);
  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* The ids a query returns, read straight from the file. */
static GArray *
sql_ids (const char *path,
         const char *sql)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, NOW - PARAAT_FEED_PAST_SECONDS);
  sqlite3_bind_int64 (stmt, 2, NOW + PARAAT_FEED_FUTURE_SECONDS);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return ids;
}

static GPtrArray *
sql_texts (const char *path,
           const char *sql)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (texts, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return texts;
}

/* A feed as libical reads it. */
typedef struct
{
  char   *uid;
  char   *summary;
  gint64  starts_at;
  gint64  ends_at;
  int     sequence;
  gboolean cancelled;
} Parsed;

static void
parsed_clear (gpointer data)
{
  Parsed *parsed = data;

  g_free (parsed->uid);
  g_free (parsed->summary);
}

static gint64
instant (icaltimetype time)
{
  return icaltime_as_timet_with_zone (time, time.zone != NULL ? time.zone : icaltimezone_get_utc_timezone ());
}

static GArray *
parse (const char *text)
{
  GArray *events = g_array_new (FALSE, TRUE, sizeof (Parsed));
  icalcomponent *calendar = icalparser_parse_string (text);

  g_array_set_clear_func (events, parsed_clear);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  /* libical marks what it could not read with X-LIC-ERROR properties. */
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);

  for (icalcomponent *c = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       c != NULL; c = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      Parsed parsed = {
        .uid = g_strdup (icalcomponent_get_uid (c)),
        .summary = g_strdup (icalcomponent_get_summary (c)),
        .starts_at = instant (icalcomponent_get_dtstart (c)),
        .ends_at = instant (icalcomponent_get_dtend (c)),
        .sequence = icalcomponent_get_sequence (c),
        .cancelled = icalcomponent_get_status (c) == ICAL_STATUS_CANCELLED,
      };

      g_assert_nonnull (parsed.uid);
      g_array_append_val (events, parsed);
    }
  icalcomponent_free (calendar);
  return events;
}

static const Parsed *
find_uid (GArray     *events,
          const char *uid)
{
  for (guint i = 0; i < events->len; i++)
    if (g_strcmp0 (g_array_index (events, Parsed, i).uid, uid) == 0)
      return &g_array_index (events, Parsed, i);
  return NULL;
}

static char *
generate (ParaatFeedSet   *set,
          ParaatFeedScope  scope,
          gint64           id)
{
  g_autoptr (GError) error = NULL;
  char *text = paraat_feed_set_generate (set, scope, id, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

/* Every line ends in CRLF and holds at most 75 octets; a folded line never
 * starts inside a UTF-8 character. */
static void
assert_well_formed (const char *text)
{
  g_auto (GStrv) lines = NULL;
  guint n;

  g_assert_true (g_str_has_suffix (text, "END:VCALENDAR\r\n"));
  g_assert_true (g_utf8_validate (text, -1, NULL));
  lines = g_strsplit (text, "\r\n", -1);
  n = g_strv_length (lines);
  for (guint i = 0; i + 1 < n; i++)
    {
      g_assert_null (strchr (lines[i], '\n'));
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
    }
}

static void
test_escape_fold (void)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GTimeZone) tz = g_time_zone_new_utc ();
  g_autoptr (GString) long_text = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autoptr (GArray) events = NULL;
  ParaatIcsWriter *writer;
  ParaatIcsEvent event = {
    .uid = "x-1@test",
    .starts_at = NOW,
    .ends_at = NOW + 3600,
    .alarm_minutes = -1,
  };

  paraat_ics_append_escaped (out, "a;b,c\\d\ne\r\x01" "f");
  g_assert_cmpstr (out->str, ==, "a\\;b\\,c\\\\d\\ne" "f");

  g_string_truncate (out, 0);
  paraat_ics_append_folded (out, "short", 5);
  g_assert_cmpstr (out->str, ==, "short\r\n");

  /* 80 two-byte characters: folded, never between the bytes of one. */
  for (int i = 0; i < 80; i++)
    g_string_append (long_text, "ë");
  g_string_truncate (out, 0);
  paraat_ics_append_folded (out, long_text->str, long_text->len);
  assert_well_formed ("BEGIN:X\r\nEND:VCALENDAR\r\n");
  {
    g_auto (GStrv) lines = g_strsplit (out->str, "\r\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, 4);   /* 74 + 73 + 13 octets, and "" */
    g_assert_cmpuint (strlen (lines[0]), ==, 74);
    g_assert_true (g_utf8_validate (lines[0], -1, NULL));
    g_assert_true (lines[1][0] == ' ' && g_utf8_validate (lines[1] + 1, -1, NULL));
  }

  /* What libical reads back is what went in. */
  g_string_append (long_text, "; met, komma's\nen een nieuwe regel – 🚒");
  event.summary = long_text->str;
  event.description = "Regel 1\nRegel 2; met \\ en ,";
  writer = paraat_ics_writer_new ("Test", NULL, "UTC", tz, NULL, NOW);
  paraat_ics_writer_add_event (writer, &event);
  text = paraat_ics_writer_finish (writer, NULL);
  assert_well_formed (text);
  events = parse (text);
  g_assert_cmpuint (events->len, ==, 1);
  g_assert_cmpstr (g_array_index (events, Parsed, 0).summary, ==, long_text->str);
  g_assert_cmpint (g_array_index (events, Parsed, 0).starts_at, ==, NOW);
}

static void
test_reconcile (void)
{
  ParaatFeedItemState before[] = {
    { "same", "k", "d1", 3, 100, 0, NOW + 10, NOW + 20, FALSE, "Same" },
    { "changed", "k", "d1", 1, 100, 0, NOW + 10, NOW + 20, FALSE, "Changed" },
    { "gone", "k", "d1", 2, 100, 0, NOW + 10, NOW + 20, FALSE, "Gone" },
    { "past", "k", "d1", 0, 100, 0, NOW - 200 * 86400, NOW - 199 * 86400, FALSE, "Past" },
    { "cancelled", "k", "d1", 4, 100, NOW - 86400, NOW + 10, NOW + 20, FALSE, "Cancelled" },
    { "old", "k", "d1", 4, 100, NOW - 40 * 86400, NOW + 10, NOW + 20, FALSE, "Old" },
    { "back", "k", "d1", 5, 100, NOW - 86400, NOW + 10, NOW + 20, FALSE, "Back" },
  };
  ParaatFeedCurrent current[] = {
    { "same", "d1", NOW + 10, NOW + 20, FALSE, "Same" },
    { "changed", "d2", NOW + 10, NOW + 20, FALSE, "Changed" },
    { "new", "d1", NOW + 10, NOW + 20, FALSE, "New" },
    { "back", "d1", NOW + 10, NOW + 20, FALSE, "Back" },
  };
  g_autoptr (GPtrArray) states = g_ptr_array_new ();
  ParaatFeedOutcome outcome;
  gboolean dropped_past = FALSE, dropped_old = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (before); i++)
    g_ptr_array_add (states, &before[i]);

  paraat_feed_outcome_init (&outcome);
  paraat_feed_reconcile ("k", current, G_N_ELEMENTS (current), states, NOW, NOW - 90 * 86400, &outcome);

  /* Unchanged keeps its sequence and moment; changed, new and revived move. */
  g_assert_cmpint (g_array_index (outcome.sequences, int, 0), ==, 3);
  g_assert_cmpint (g_array_index (outcome.modified, gint64, 0), ==, 100);
  g_assert_cmpint (g_array_index (outcome.sequences, int, 1), ==, 2);
  g_assert_cmpint (g_array_index (outcome.modified, gint64, 1), ==, NOW);
  g_assert_cmpint (g_array_index (outcome.sequences, int, 2), ==, 0);
  g_assert_cmpint (g_array_index (outcome.sequences, int, 3), ==, 6);

  /* Gone now: cancelled with a higher sequence; cancelled a day ago: still
   * shown as it was; cancelled 40 days ago and slid into the past: forgotten. */
  g_assert_cmpuint (outcome.cancelled->len, ==, 2);
  for (guint i = 0; i < outcome.cancelled->len; i++)
    {
      const ParaatFeedItemState *state = &g_array_index (outcome.cancelled, ParaatFeedItemState, i);

      if (g_str_equal (state->uid, "gone"))
        {
          g_assert_cmpint (state->sequence, ==, 3);
          g_assert_cmpint (state->removed_at, ==, NOW);
        }
      else
        {
          g_assert_cmpstr (state->uid, ==, "cancelled");
          g_assert_cmpint (state->sequence, ==, 4);
        }
    }
  for (guint i = 0; i < outcome.dropped->len; i++)
    {
      dropped_past |= g_str_equal (g_ptr_array_index (outcome.dropped, i), "past");
      dropped_old |= g_str_equal (g_ptr_array_index (outcome.dropped, i), "old");
    }
  g_assert_true (dropped_past && dropped_old);
  g_assert_cmpuint (outcome.dropped->len, ==, 2);
  /* Written: changed, new, back and gone; "same" needs nothing. */
  g_assert_cmpuint (outcome.writes->len, ==, 4);
  paraat_feed_outcome_clear (&outcome);
}

/* Every feed of the demo reads in libical and holds what the store holds;
 * none holds a phone number or an e-mail address. */
static void
test_demo_feeds (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatFeedSet) set = paraat_feed_set_new (fixture->store, NOW, &error);
  g_autoptr (GArray) people = sql_ids (fixture->path, "SELECT id FROM person ORDER BY id");
  g_autoptr (GArray) functions = sql_ids (fixture->path, "SELECT id FROM function ORDER BY id");
  g_autoptr (GArray) teams = sql_ids (fixture->path, "SELECT id FROM team ORDER BY id");
  g_autoptr (GPtrArray) secrets = sql_texts (fixture->path,
                                             "SELECT phone FROM person WHERE phone <> '' UNION "
                                             "SELECT phone_alt FROM person WHERE phone_alt <> '' UNION "
                                             "SELECT email FROM person WHERE email <> ''");
  g_autoptr (GArray) extra = sql_ids (fixture->path,
                                      "SELECT id FROM shift WHERE request_id IS NOT NULL AND person_id IS NOT NULL "
                                      "AND ends_at > ?1 AND starts_at < ?2");
  guint person_items = 0;
  guint extra_items = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (people->len, >, 20);
  g_assert_cmpuint (secrets->len, >, 20);

  for (guint i = 0; i < people->len; i++)
    {
      gint64 id = g_array_index (people, gint64, i);
      g_autofree char *sql = g_strdup_printf (
        "SELECT starts_at FROM shift WHERE person_id = %" G_GINT64_FORMAT " AND ends_at > ?1 AND starts_at < ?2 "
        "UNION ALL SELECT s.starts_at FROM attendance a JOIN oto_session s ON s.id = a.session_id "
        "WHERE a.person_id = %" G_GINT64_FORMAT " AND a.status <> 'excused' AND s.ends_at > ?1 AND s.starts_at < ?2 "
        "ORDER BY 1", id, id);
      g_autoptr (GArray) expected = sql_ids (fixture->path, sql);
      g_autofree char *text = generate (set, PARAAT_FEED_PERSON, id);
      g_autoptr (GArray) events = parse (text);

      assert_well_formed (text);
      g_assert_cmpuint (events->len, ==, expected->len);
      for (guint e = 0; e < events->len; e++)
        {
          const Parsed *parsed = &g_array_index (events, Parsed, e);
          gboolean found = FALSE;

          g_assert_false (parsed->cancelled);
          g_assert_cmpint (parsed->ends_at, >, parsed->starts_at);
          /* Extra piket an event asked is its own item, named after the event. */
          if (g_str_has_prefix (parsed->uid, "extra-r"))
            {
              g_assert_true (g_str_has_prefix (parsed->summary, "Extra piket "));
              extra_items++;
            }
          for (guint x = 0; x < expected->len && !found; x++)
            found = g_array_index (expected, gint64, x) == parsed->starts_at;
          g_assert_true (found);
        }
      person_items += events->len;
      for (guint s = 0; s < secrets->len; s++)
        g_assert_null (strstr (text, g_ptr_array_index (secrets, s)));
    }
  g_assert_cmpuint (person_items, >, 100);
  g_assert_cmpuint (extra->len, >, 0);
  g_assert_cmpuint (extra_items, ==, extra->len);

  for (guint i = 0; i < functions->len; i++)
    {
      gint64 id = g_array_index (functions, gint64, i);
      g_autofree char *sql = g_strdup_printf ("SELECT starts_at FROM shift WHERE function_id = %" G_GINT64_FORMAT
                                              " AND ends_at > ?1 AND starts_at < ?2", id);
      g_autoptr (GArray) expected = sql_ids (fixture->path, sql);
      g_autofree char *text = generate (set, PARAAT_FEED_FUNCTION, id);
      g_autoptr (GArray) events = parse (text);

      assert_well_formed (text);
      g_assert_cmpuint (events->len, ==, expected->len);
      for (guint s = 0; s < secrets->len; s++)
        g_assert_null (strstr (text, g_ptr_array_index (secrets, s)));
    }

  for (guint i = 0; i < teams->len; i++)
    {
      gint64 id = g_array_index (teams, gint64, i);
      g_autofree char *sql = g_strdup_printf ("SELECT s.starts_at FROM shift s JOIN function f ON f.id = s.function_id "
                                              "WHERE f.team_id = %" G_GINT64_FORMAT
                                              " AND s.ends_at > ?1 AND s.starts_at < ?2", id);
      g_autoptr (GArray) expected = sql_ids (fixture->path, sql);
      g_autofree char *text = generate (set, PARAAT_FEED_TEAM, id);
      g_autoptr (GArray) events = parse (text);

      g_assert_cmpuint (events->len, ==, expected->len);
      for (guint s = 0; s < secrets->len; s++)
        g_assert_null (strstr (text, g_ptr_array_index (secrets, s)));
    }

  {
    g_autoptr (GArray) expected = sql_ids (fixture->path,
                                           "SELECT id FROM event WHERE ends_at > ?1 AND starts_at < ?2 UNION ALL "
                                           "SELECT id FROM inspection WHERE starts_at > ?1 - 86400 AND starts_at < ?2");
    g_autofree char *text = generate (set, PARAAT_FEED_EVENTS, 0);
    g_autoptr (GArray) events = parse (text);

    g_assert_cmpuint (events->len, ==, expected->len);
    g_assert_cmpuint (events->len, >, 5);
  }
  {
    g_autoptr (GArray) expected = sql_ids (fixture->path,
                                           "SELECT id FROM oto_session WHERE ends_at > ?1 AND starts_at < ?2");
    g_autofree char *text = generate (set, PARAAT_FEED_OTO, 0);
    g_autoptr (GArray) events = parse (text);

    g_assert_cmpuint (events->len, ==, expected->len);
    g_assert_cmpuint (events->len, >, 5);
    for (guint s = 0; s < secrets->len; s++)
      g_assert_null (strstr (text, g_ptr_array_index (secrets, s)));
  }

  /* An unknown person is an error, not an empty calendar. */
  g_assert_null (paraat_feed_set_generate (set, PARAAT_FEED_PERSON, 99999, NULL, NULL, &error));
  g_assert_error (error, PARAAT_FEED_ERROR, PARAAT_FEED_ERROR_NOT_FOUND);
}

/* Weekly piket hands over on Monday 09:00 local time, in winter and in
 * summer alike: the UTC instants differ by the hour of DST. */
static void
test_dst (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatFeedSet) set = paraat_feed_set_new (fixture->store, NOW, &error);
  g_autoptr (GArray) functions = sql_ids (fixture->path,
                                          "SELECT f.id FROM function f JOIN rotation r ON r.function_id = f.id "
                                          "WHERE r.pattern = 'weekly' AND r.handover_time = '09:00' "
                                          "AND r.handover_weekday = 1 ORDER BY f.id LIMIT 1");
  g_autoptr (GTimeZone) amsterdam = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_autofree char *text = NULL;
  g_autoptr (GArray) events = NULL;
  gboolean winter = FALSE, summer = FALSE;

  g_assert_cmpuint (functions->len, ==, 1);
  text = generate (set, PARAAT_FEED_FUNCTION, g_array_index (functions, gint64, 0));
  events = parse (text);
  g_assert_cmpuint (events->len, >, 40);
  for (guint i = 0; i < events->len; i++)
    {
      const Parsed *parsed = &g_array_index (events, Parsed, i);
      g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (parsed->starts_at);
      g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, amsterdam);

      g_assert_cmpint (g_date_time_get_hour (local), ==, 9);
      g_assert_cmpint (g_date_time_get_day_of_week (local), ==, 1);
      winter |= g_date_time_get_hour (utc) == 8;
      summer |= g_date_time_get_hour (utc) == 7;
    }
  g_assert_true (winter && summer);
  /* The text says so too: local times with the zone, not UTC. */
  g_assert_nonnull (strstr (text, "DTSTART;TZID=Europe/Amsterdam:"));
  g_assert_nonnull (strstr (text, "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n"));
}

/* Replaces the DTSTAMP lines, which differ on every run. */
static char *
without_dtstamp (const char *text)
{
  g_autoptr (GRegex) regex = g_regex_new ("DTSTAMP:[0-9TZ]+", 0, 0, NULL);

  return g_regex_replace_literal (regex, text, -1, 0, "DTSTAMP:", 0, NULL);
}

static char *
generate_recorded (ParaatStore     *store,
                   gint64           now,
                   ParaatFeedScope  scope,
                   gint64           id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatFeedSet) set = paraat_feed_set_new (store, now, &error);
  char *text;

  g_assert_no_error (error);
  text = generate (set, scope, id);
  g_assert_true (paraat_feed_set_record (set, store, &error));
  g_assert_no_error (error);
  return text;
}

static void
test_stability (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) shift = sql_ids (fixture->path,
                                      "SELECT id FROM shift WHERE starts_at > ?1 + 7776000 + 2592000 "
                                      "AND person_id IS NOT NULL AND origin = 'generated' "
                                      "ORDER BY starts_at, function_id LIMIT 1");
  gint64 function_id, from_person, to_person, starts_at;
  int line;
  g_autofree char *uid_function = NULL;
  g_autofree char *fn_before = NULL, *fn_again = NULL, *fn_after = NULL;
  g_autofree char *from_before = NULL, *from_after = NULL, *to_after = NULL;
  g_autofree char *a = NULL, *b = NULL;
  g_autoptr (GArray) parsed = NULL;
  const Parsed *item;
  gint64 swap_id;

  g_assert_cmpuint (shift->len, ==, 1);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT function_id FROM shift WHERE id = %" G_GINT64_FORMAT
                                            " UNION ALL SELECT person_id FROM shift WHERE id = %" G_GINT64_FORMAT
                                            " UNION ALL SELECT line FROM shift WHERE id = %" G_GINT64_FORMAT
                                            " UNION ALL SELECT starts_at FROM shift WHERE id = %" G_GINT64_FORMAT,
                                            g_array_index (shift, gint64, 0), g_array_index (shift, gint64, 0),
                                            g_array_index (shift, gint64, 0), g_array_index (shift, gint64, 0));
    g_autoptr (GArray) facts = sql_ids (fixture->path, sql);

    function_id = g_array_index (facts, gint64, 0);
    from_person = g_array_index (facts, gint64, 1);
    line = (int) g_array_index (facts, gint64, 2);
    starts_at = g_array_index (facts, gint64, 3);
  }
  {
    /* Someone else who holds the function takes it over. */
    g_autofree char *sql = g_strdup_printf ("SELECT person_id FROM assignment WHERE function_id = %" G_GINT64_FORMAT
                                            " AND person_id <> %" G_GINT64_FORMAT " ORDER BY position LIMIT 1",
                                            function_id, from_person);
    g_autoptr (GArray) other = sql_ids (fixture->path, sql);

    to_person = g_array_index (other, gint64, 0);
  }

  fn_before = generate_recorded (fixture->store, NOW, PARAAT_FEED_FUNCTION, function_id);
  from_before = generate_recorded (fixture->store, NOW, PARAAT_FEED_PERSON, from_person);
  g_free (generate_recorded (fixture->store, NOW, PARAAT_FEED_PERSON, to_person));

  /* An unrelated change (a note on a person) an hour later: the same bytes
   * apart from DTSTAMP. */
  {
    g_autoptr (ParaatPerson) person = paraat_store_get_person (fixture->store, from_person, &error);

    g_assert_no_error (error);
    paraat_person_set_notes (person, "Heeft een nieuwe auto");
    g_assert_true (paraat_store_save_person (fixture->store, person, &error));
    g_assert_no_error (error);
  }
  fn_again = generate_recorded (fixture->store, NOW + 3600, PARAAT_FEED_FUNCTION, function_id);
  a = without_dtstamp (fn_before);
  b = without_dtstamp (fn_again);
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (fn_before, !=, fn_again);

  /* A swap: the function's item keeps its UID with a higher SEQUENCE; the
   * person who gave it away sees it cancelled, the one who took it new. */
  swap_id = paraat_store_request_swap (fixture->store, function_id, line, starts_at, to_person, "coordinator",
                                       "ruil", &error);
  g_assert_no_error (error);
  g_assert_true (paraat_store_decide_swap (fixture->store, swap_id, TRUE, "teamleider", &error));
  g_assert_no_error (error);

  parsed = parse (fn_before);
  for (guint i = 0; i < parsed->len && uid_function == NULL; i++)
    if (g_array_index (parsed, Parsed, i).starts_at == starts_at &&
        strstr (g_array_index (parsed, Parsed, i).uid, line == 1 ? "-l1-" : "-l2-") != NULL)
      uid_function = g_strdup (g_array_index (parsed, Parsed, i).uid);
  g_assert_nonnull (uid_function);
  g_clear_pointer (&parsed, g_array_unref);

  fn_after = generate_recorded (fixture->store, NOW + 7200, PARAAT_FEED_FUNCTION, function_id);
  parsed = parse (fn_after);
  item = find_uid (parsed, uid_function);
  g_assert_nonnull (item);
  g_assert_cmpint (item->sequence, ==, 1);
  g_assert_false (item->cancelled);
  g_assert_cmpuint (parsed->len, ==, parse (fn_before)->len);
  g_clear_pointer (&parsed, g_array_unref);

  from_after = generate_recorded (fixture->store, NOW + 7200, PARAAT_FEED_PERSON, from_person);
  parsed = parse (from_after);
  {
    guint cancelled = 0;

    for (guint i = 0; i < parsed->len; i++)
      if (g_array_index (parsed, Parsed, i).cancelled)
        {
          cancelled++;
          g_assert_cmpint (g_array_index (parsed, Parsed, i).starts_at, ==, starts_at);
          g_assert_cmpint (g_array_index (parsed, Parsed, i).sequence, ==, 1);
        }
    g_assert_cmpuint (cancelled, ==, 1);
  }
  g_clear_pointer (&parsed, g_array_unref);

  to_after = generate_recorded (fixture->store, NOW + 7200, PARAAT_FEED_PERSON, to_person);
  {
    /* Unfolded, the new person's item says whose it was. */
    g_autoptr (GRegex) fold = g_regex_new ("\r\n ", 0, 0, NULL);
    g_autofree char *unfolded = g_regex_replace_literal (fold, to_after, -1, 0, "", 0, NULL);

    g_assert_nonnull (strstr (unfolded, "Swapped: taken over from"));
  }

  /* 31 days on, the cancelled item is gone from the feed. */
  g_free (from_after);
  from_after = generate_recorded (fixture->store, NOW + 7200 + 31 * 86400, PARAAT_FEED_PERSON, from_person);
  g_assert_null (strstr (from_after, "STATUS:CANCELLED"));
}

/* Taken off a function: the coming piket of it leaves the person's own
 * calendar (cancelled), what lies behind stays. */
static void
test_removed_from_function (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) pick = sql_ids (fixture->path,
                                     "SELECT person_id FROM shift WHERE person_id IS NOT NULL AND request_id IS NULL "
                                     "GROUP BY person_id HAVING min(starts_at) < ?1 + 7776000 "
                                     "AND max(starts_at) > ?1 + 7776000 + 86400 ORDER BY person_id LIMIT 1");
  g_autoptr (GListModel) assignments = NULL;
  g_autoptr (GArray) before = NULL, after = NULL;
  g_autofree char *first = NULL, *second = NULL;
  guint past = 0, cancelled = 0, future_before = 0;
  gint64 person;

  g_assert_cmpuint (pick->len, ==, 1);
  person = g_array_index (pick, gint64, 0);
  first = generate_recorded (fixture->store, NOW, PARAAT_FEED_PERSON, person);
  before = parse (first);
  for (guint i = 0; i < before->len; i++)
    if (g_str_has_prefix (g_array_index (before, Parsed, i).uid, "piket-") &&
        g_array_index (before, Parsed, i).starts_at >= NOW)
      future_before++;
  g_assert_cmpuint (future_before, >, 0);

  assignments = paraat_store_list_assignments (fixture->store, person, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr (ParaatAssignment) assignment = g_list_model_get_item (assignments, i);

      g_assert_true (paraat_store_delete_assignment (fixture->store, paraat_assignment_get_id (assignment), &error));
      g_assert_no_error (error);
    }

  second = generate_recorded (fixture->store, NOW + 60, PARAAT_FEED_PERSON, person);
  after = parse (second);
  for (guint i = 0; i < after->len; i++)
    {
      const Parsed *item = &g_array_index (after, Parsed, i);

      if (!g_str_has_prefix (item->uid, "piket-"))
        continue;
      if (item->starts_at < NOW)
        {
          g_assert_false (item->cancelled);
          past++;
        }
      else
        {
          g_assert_true (item->cancelled);
          cancelled++;
        }
    }
  g_assert_cmpuint (cancelled, ==, future_before);
  g_assert_cmpuint (past, >, 0);
}

/* A schouw shows in the calendars of the people who go to it, and only
 * theirs. */
static void
test_schouw_people (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) events = sql_ids (fixture->path, "SELECT id FROM event WHERE starts_at > ?1 + 7776000 "
                                                      "AND starts_at < ?2 ORDER BY starts_at LIMIT 1");
  g_autoptr (GArray) schouws = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) people = sql_ids (fixture->path, "SELECT id FROM person WHERE active = 1 ORDER BY id LIMIT 2");
  g_autoptr (ParaatFeedSet) set = NULL;
  g_autofree char *going = NULL, *other = NULL;
  g_autoptr (GArray) going_events = NULL;
  guint found = 0;
  gint64 ids[1];

  /* A schouw the afternoon before the first event ahead. */
  g_assert_cmpuint (events->len, ==, 1);
  {
    g_autoptr (ParaatEvent) event = paraat_store_get_event (fixture->store, g_array_index (events, gint64, 0), &error);
    ParaatSchouw schouw = {
      .event_id = g_array_index (events, gint64, 0),
      .starts_at = paraat_event_get_starts_at (event) - 20 * 3600,
      .participants = (char *) "Politie, VR",
    };

    g_assert_no_error (error);
    g_assert_true (paraat_store_save_schouw (fixture->store, &schouw, &error));
    g_assert_no_error (error);
    g_array_append_val (schouws, schouw.id);
  }
  ids[0] = g_array_index (people, gint64, 0);
  g_assert_true (paraat_store_write_schouw_people (fixture->store, g_array_index (schouws, gint64, 0), ids, 1, &error));
  g_assert_no_error (error);
  /* Someone who does not exist is refused, and nothing changes. */
  {
    gint64 nobody[] = { ids[0], 99999 };
    g_autoptr (GArray) kept = NULL;

    g_assert_false (paraat_store_write_schouw_people (fixture->store, g_array_index (schouws, gint64, 0), nobody, 2,
                                                      &error));
    g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
    g_clear_error (&error);
    kept = paraat_store_read_schouw_people (fixture->store, g_array_index (schouws, gint64, 0), &error);
    g_assert_cmpuint (kept->len, ==, 1);
  }

  set = paraat_feed_set_new (fixture->store, NOW, &error);
  g_assert_no_error (error);
  going = generate (set, PARAAT_FEED_PERSON, ids[0]);
  other = generate (set, PARAAT_FEED_PERSON, g_array_index (people, gint64, 1));
  going_events = parse (going);
  for (guint i = 0; i < going_events->len; i++)
    if (g_str_has_prefix (g_array_index (going_events, Parsed, i).uid, "schouw-"))
      {
        g_assert_true (g_str_has_prefix (g_array_index (going_events, Parsed, i).summary, "Integrale schouw: "));
        found++;
      }
  g_assert_cmpuint (found, ==, 1);
  g_assert_null (strstr (other, "UID:schouw-"));
}

/* Publishing: a file per token in use, rewritten each time; revoked and
 * unknown tokens' files removed; anything else left alone. */
static void
test_publish (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *out = g_build_filename (fixture->dir, "pub", NULL);
  g_autofree char *person_token = paraat_feed_token_new (NULL);
  g_autofree char *events_token = paraat_feed_token_new (NULL);
  g_autofree char *stranger = paraat_feed_token_new (NULL);
  g_autofree char *person_hash = paraat_feed_token_hash (person_token);
  g_autofree char *events_hash = paraat_feed_token_hash (events_token);
  g_autofree char *person_file = g_strdup_printf ("%s/%s.ics", out, person_token);
  g_autofree char *events_file = g_strdup_printf ("%s/%s.ics", out, events_token);
  g_autofree char *stranger_file = g_strdup_printf ("%s/%s.ics", out, stranger);
  g_autofree char *readme = g_build_filename (out, "README.txt", NULL);
  g_autofree char *text = NULL;
  ParaatFeedPublishStats stats = { 0 };
  gint64 person_feed, events_feed;

  g_assert_cmpint (g_mkdir (out, 0755), ==, 0);
  person_feed = paraat_store_add_feed (fixture->store, PARAAT_FEED_PERSON, 1, person_hash, &error);
  g_assert_no_error (error);
  events_feed = paraat_store_add_feed (fixture->store, PARAAT_FEED_EVENTS, 0, events_hash, &error);
  g_assert_no_error (error);
  g_assert_cmpint (person_feed, >, 0);
  g_assert_cmpint (events_feed, >, 0);

  /* A person's feed needs to say whose. */
  g_assert_cmpint (paraat_store_add_feed (fixture->store, PARAAT_FEED_PERSON, 0, stranger, &error), ==, 0);
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (paraat_feed_publish_one (fixture->store, out, person_token, NOW, &error));
  g_assert_true (paraat_feed_publish_one (fixture->store, out, events_token, NOW, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (stranger_file, "BEGIN:VCALENDAR\r\n", -1, NULL));
  g_assert_true (g_file_set_contents (readme, "not a feed", -1, NULL));

  g_assert_true (paraat_feed_publish (fixture->store, out, NOW, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.feeds, ==, 2);
  g_assert_cmpuint (stats.removed, ==, 1);
  g_assert_cmpuint (stats.events, >, 10);
  g_assert_true (g_file_test (person_file, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (stranger_file, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (readme, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (events_file, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));

  /* Revoked: its file goes at the next publish. */
  g_assert_true (paraat_store_revoke_feed (fixture->store, person_feed, &error));
  g_assert_no_error (error);
  g_assert_false (paraat_store_revoke_feed (fixture->store, person_feed, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (paraat_feed_publish (fixture->store, out, NOW, &stats, &error));
  g_assert_cmpuint (stats.feeds, ==, 1);
  g_assert_false (g_file_test (person_file, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (events_file, G_FILE_TEST_EXISTS));
  g_assert_false (paraat_feed_publish_one (fixture->store, out, person_token, NOW, &error));
  g_assert_error (error, PARAAT_FEED_ERROR, PARAAT_FEED_ERROR_NOT_FOUND);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/feed/escape-fold", test_escape_fold);
  g_test_add_func ("/feed/reconcile", test_reconcile);
  g_test_add ("/feed/demo", Fixture, NULL, fixture_set_up, test_demo_feeds, fixture_tear_down);
  g_test_add ("/feed/dst", Fixture, NULL, fixture_set_up, test_dst, fixture_tear_down);
  g_test_add ("/feed/stability", Fixture, NULL, fixture_set_up, test_stability, fixture_tear_down);
  g_test_add ("/feed/removed-from-function", Fixture, NULL, fixture_set_up, test_removed_from_function,
              fixture_tear_down);
  g_test_add ("/feed/schouw-people", Fixture, NULL, fixture_set_up, test_schouw_people, fixture_tear_down);
  g_test_add ("/feed/publish", Fixture, NULL, fixture_set_up, test_publish, fixture_tear_down);

  return g_test_run ();
}
