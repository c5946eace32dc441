/* paraat-store-feeds.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "store/paraat-store-private.h"

/* The calendar feeds: their facts read in one pass per table, the feeds
 * with a token, and what each feed last published. */

typedef void (*FactRowFunc) (ParaatFeedFacts *facts,
                             sqlite3_stmt    *stmt);

static gboolean
read_facts (ParaatStore     *self,
            ParaatFeedFacts *facts,
            const char      *sql,
            FactRowFunc      row,
            GError         **error)
{
  sqlite3_stmt *stmt = _paraat_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  /* Not every query uses both; binding an absent parameter is harmless. */
  if (sqlite3_bind_parameter_count (stmt) >= 1)
    sqlite3_bind_int64 (stmt, 1, facts->from);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_int64 (stmt, 2, facts->until);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    row (facts, stmt);
  return _paraat_store_finish_rows (self, stmt, rc, error);
}

static const char *
keep_text (ParaatFeedFacts *facts,
           sqlite3_stmt    *stmt,
           int              column)
{
  return paraat_feed_facts_keep (facts, _paraat_column_text (stmt, column));
}

static void
person_row (ParaatFeedFacts *facts,
            sqlite3_stmt    *stmt)
{
  ParaatFeedPerson person = {
    .id = sqlite3_column_int64 (stmt, 0),
    .name = keep_text (facts, stmt, 1),
    .active = sqlite3_column_int (stmt, 2) != 0,
  };

  g_array_append_val (facts->people, person);
}

static void
function_row (ParaatFeedFacts *facts,
              sqlite3_stmt    *stmt)
{
  int kind = PARAAT_PIKET_KIND_NONE;
  ParaatFeedFunction function = {
    .id = sqlite3_column_int64 (stmt, 0),
    .team_id = sqlite3_column_int64 (stmt, 1),
    .code = keep_text (facts, stmt, 2),
    .name = keep_text (facts, stmt, 3),
    .response_minutes = sqlite3_column_type (stmt, 5) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 5),
    .lines = sqlite3_column_int (stmt, 6),
  };

  paraat_enum_from_nick (PARAAT_TYPE_PIKET_KIND, _paraat_column_text (stmt, 4), &kind);
  function.piket_kind = kind;
  g_array_append_val (facts->functions, function);
}

static void
team_row (ParaatFeedFacts *facts,
          sqlite3_stmt    *stmt)
{
  ParaatFeedTeam team = {
    .id = sqlite3_column_int64 (stmt, 0),
    .code = keep_text (facts, stmt, 1),
    .name = keep_text (facts, stmt, 2),
  };

  g_array_append_val (facts->teams, team);
}

static void
shift_row (ParaatFeedFacts *facts,
           sqlite3_stmt    *stmt)
{
  ParaatFeedShift shift = {
    .function_id = sqlite3_column_int64 (stmt, 0),
    .line = sqlite3_column_int (stmt, 1),
    .slot = sqlite3_column_int (stmt, 2),
    .person_id = sqlite3_column_int64 (stmt, 3),
    .starts_at = sqlite3_column_int64 (stmt, 4),
    .ends_at = sqlite3_column_int64 (stmt, 5),
    .swapped_from = sqlite3_column_int64 (stmt, 6),
    .request_id = sqlite3_column_int64 (stmt, 7),
    .event_name = sqlite3_column_type (stmt, 8) == SQLITE_NULL ? NULL : keep_text (facts, stmt, 8),
  };

  g_array_append_val (facts->shifts, shift);
}

static void
session_row (ParaatFeedFacts *facts,
             sqlite3_stmt    *stmt)
{
  ParaatFeedSession session = {
    .id = sqlite3_column_int64 (stmt, 0),
    .title = keep_text (facts, stmt, 1),
    .kind_name = keep_text (facts, stmt, 2),
    .starts_at = sqlite3_column_int64 (stmt, 3),
    .ends_at = sqlite3_column_int64 (stmt, 4),
    .location = keep_text (facts, stmt, 5),
    .description = keep_text (facts, stmt, 6),
    .cancelled = g_strcmp0 (_paraat_column_text (stmt, 7), "cancelled") == 0,
  };

  g_array_append_val (facts->sessions, session);
}

static void
invite_row (ParaatFeedFacts *facts,
            sqlite3_stmt    *stmt)
{
  ParaatFeedInvite invite = {
    .session_id = sqlite3_column_int64 (stmt, 0),
    .person_id = sqlite3_column_int64 (stmt, 1),
  };

  g_array_append_val (facts->invites, invite);
}

static void
holder_row (ParaatFeedFacts *facts,
            sqlite3_stmt    *stmt)
{
  ParaatFeedHolder holder = {
    .person_id = sqlite3_column_int64 (stmt, 0),
    .function_id = sqlite3_column_int64 (stmt, 1),
  };

  g_array_append_val (facts->holders, holder);
}

static void
event_row (ParaatFeedFacts *facts,
           sqlite3_stmt    *stmt)
{
  int risk_class = PARAAT_RISK_CLASS_UNKNOWN;
  int status = PARAAT_EVENT_STATUS_ANNOUNCED;
  ParaatFeedEvent event = {
    .id = sqlite3_column_int64 (stmt, 0),
    .name = keep_text (facts, stmt, 1),
    .organiser = keep_text (facts, stmt, 2),
    .location = keep_text (facts, stmt, 3),
    .starts_at = sqlite3_column_int64 (stmt, 4),
    .ends_at = sqlite3_column_int64 (stmt, 5),
  };

  paraat_enum_from_nick (PARAAT_TYPE_RISK_CLASS, _paraat_column_text (stmt, 6), &risk_class);
  paraat_enum_from_nick (PARAAT_TYPE_EVENT_STATUS, _paraat_column_text (stmt, 7), &status);
  event.risk_class = risk_class;
  event.status = status;
  g_array_append_val (facts->events, event);
}

static void
schouw_row (ParaatFeedFacts *facts,
            sqlite3_stmt    *stmt)
{
  ParaatFeedSchouw schouw = {
    .id = sqlite3_column_int64 (stmt, 0),
    .event_id = sqlite3_column_int64 (stmt, 1),
    .starts_at = sqlite3_column_int64 (stmt, 2),
    .participants = keep_text (facts, stmt, 3),
  };

  g_array_append_val (facts->schouws, schouw);
}

static void
schouw_person_row (ParaatFeedFacts *facts,
                   sqlite3_stmt    *stmt)
{
  ParaatFeedSchouwPerson link = {
    .schouw_id = sqlite3_column_int64 (stmt, 0),
    .person_id = sqlite3_column_int64 (stmt, 1),
  };

  g_array_append_val (facts->schouw_people, link);
}

static void
feed_row (ParaatFeedFacts *facts,
          sqlite3_stmt    *stmt)
{
  ParaatFeedScope scope = PARAAT_FEED_PERSON;
  ParaatFeedRow feed = {
    .id = sqlite3_column_int64 (stmt, 0),
    .scope_id = sqlite3_column_int64 (stmt, 2),
    .token_hash = keep_text (facts, stmt, 3),
    .created_at = sqlite3_column_int64 (stmt, 4),
    .revoked_at = sqlite3_column_int64 (stmt, 5),
  };

  /* The table's CHECK admits only known scopes. */
  paraat_feed_scope_from_string (_paraat_column_text (stmt, 1), &scope);
  feed.scope = scope;
  g_array_append_val (facts->feeds, feed);
}

static void
state_row (ParaatFeedFacts *facts,
           sqlite3_stmt    *stmt)
{
  ParaatFeedItemState state = {
    /* Unique: no use looking for an equal copy. */
    .uid = g_string_chunk_insert (facts->strings, _paraat_column_text (stmt, 0)),
    .feed_key = keep_text (facts, stmt, 1),
    .digest = g_string_chunk_insert (facts->strings, _paraat_column_text (stmt, 2)),
    .sequence = sqlite3_column_int (stmt, 3),
    .modified_at = sqlite3_column_int64 (stmt, 4),
    .removed_at = sqlite3_column_int64 (stmt, 5),
    .starts_at = sqlite3_column_int64 (stmt, 6),
    .ends_at = sqlite3_column_int64 (stmt, 7),
    .all_day = sqlite3_column_int (stmt, 8) != 0,
    .summary = keep_text (facts, stmt, 9),
  };

  g_array_append_val (facts->states, state);
}

static void
organisation_row (ParaatFeedFacts *facts,
                  sqlite3_stmt    *stmt)
{
  facts->organisation = keep_text (facts, stmt, 0);
  facts->time_zone = keep_text (facts, stmt, 1);
}

static void
domain_row (ParaatFeedFacts *facts,
            sqlite3_stmt    *stmt)
{
  facts->uid_domain = keep_text (facts, stmt, 0);
}

ParaatFeedFacts *
paraat_store_read_feed_facts (ParaatStore  *self,
                              gint64        from,
                              gint64        until,
                              GError      **error)
{
  static const struct
  {
    const char  *sql;
    FactRowFunc  row;
  } queries[] = {
    { "SELECT name, time_zone FROM organisation WHERE id = 1", organisation_row },
    { "SELECT value FROM setting WHERE key = 'feed-uid-domain'", domain_row },
    { "SELECT id, trim(given_name || ' ' || family_name), active FROM person ORDER BY id", person_row },
    { "SELECT id, ifnull(team_id, 0), code, name, piket_kind, response_minutes, lines FROM function "
      "ORDER BY position, code", function_row },
    { "SELECT id, code, name FROM team ORDER BY position, code", team_row },
    { "SELECT s.function_id, s.line, s.slot, ifnull(s.person_id, 0), s.starts_at, s.ends_at, "
      "  CASE s.origin WHEN 'swap' THEN ifnull((SELECT w.from_person_id FROM swap w WHERE w.shift_id = s.id "
      "    AND w.status = 'approved' ORDER BY w.decided_at DESC, w.id DESC LIMIT 1), 0) ELSE 0 END, "
      "  ifnull(s.request_id, 0), (SELECT e.name FROM duty_request r JOIN event e ON e.id = r.event_id "
      "    WHERE r.id = s.request_id) "
      "FROM shift s WHERE s.starts_at > ?1 - 2678400 AND s.starts_at < ?2 AND s.ends_at > ?1 "
      "ORDER BY s.starts_at, s.function_id, s.line, s.slot", shift_row },
    { "SELECT s.id, s.title, k.name, s.starts_at, s.ends_at, s.location, s.description, s.status "
      "FROM oto_session s JOIN session_kind k ON k.code = s.kind_code "
      "WHERE s.ends_at > ?1 AND s.starts_at < ?2 ORDER BY s.starts_at, s.id", session_row },
    { "SELECT a.session_id, a.person_id FROM attendance a JOIN oto_session s ON s.id = a.session_id "
      "WHERE a.status IN ('invited', 'present', 'absent') AND s.ends_at > ?1 AND s.starts_at < ?2 "
      "ORDER BY a.person_id, s.starts_at", invite_row },
    /* The horizon starts 90 days before now: ?1 + 90 days is today. */
    { "SELECT DISTINCT person_id, function_id FROM assignment "
      "WHERE valid_until IS NULL OR valid_until >= date(?1 + 7776000, 'unixepoch') ORDER BY 1, 2", holder_row },
    { "SELECT id, name, organiser, location, starts_at, ends_at, "
      "  CASE class_override WHEN 'unknown' THEN scan_class ELSE class_override END, status "
      "FROM event WHERE ends_at > ?1 AND starts_at < ?2 ORDER BY starts_at, id", event_row },
    { "SELECT i.id, i.event_id, i.starts_at, i.participants FROM inspection i "
      "WHERE i.starts_at > ?1 - 86400 AND i.starts_at < ?2 ORDER BY i.starts_at, i.id", schouw_row },
    { "SELECT p.inspection_id, p.person_id FROM inspection_person p JOIN inspection i ON i.id = p.inspection_id "
      "WHERE i.starts_at > ?1 - 86400 AND i.starts_at < ?2 ORDER BY p.person_id, i.starts_at", schouw_person_row },
    { "SELECT id, scope, ifnull(scope_id, 0), token_hash, created_at, ifnull(revoked_at, 0) "
      "FROM feed ORDER BY id", feed_row },
    { "SELECT uid, feed_key, digest, sequence, modified_at, ifnull(removed_at, 0), starts_at, ends_at, "
      "all_day, summary FROM feed_item ORDER BY uid", state_row },
  };
  g_autoptr (ParaatFeedFacts) facts = NULL;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);
  g_return_val_if_fail (from < until, NULL);

  facts = paraat_feed_facts_new ();
  facts->from = from;
  facts->until = until;

  /* One read transaction: the feeds see one state of the database even
   * while the application writes. */
  if (!_paraat_store_exec (self, "SAVEPOINT paraat_feed_read", error))
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    if (!read_facts (self, facts, queries[i].sql, queries[i].row, error))
      {
        _paraat_store_exec (self, "ROLLBACK TO paraat_feed_read; RELEASE paraat_feed_read", NULL);
        return NULL;
      }
  if (!_paraat_store_exec (self, "RELEASE paraat_feed_read", error))
    return NULL;

  if (facts->organisation == NULL)
    {
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID,
                   _("This database has no organisation yet; set one up before publishing calendars."));
      return NULL;
    }
  if (facts->uid_domain == NULL)
    facts->uid_domain = paraat_feed_facts_keep (facts, "paraat");

  return g_steal_pointer (&facts);
}

gboolean
paraat_store_write_feed_states (ParaatStore               *self,
                                const ParaatFeedItemState *states,
                                guint                      n_states,
                                const char * const        *dropped,
                                guint                      n_dropped,
                                GError                   **error)
{
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  if (n_states == 0 && n_dropped == 0)
    return TRUE;
  if (!_paraat_store_write_begin (self, error))
    return FALSE;

  stmt = _paraat_store_prepare (self,
                                "INSERT INTO feed_item (uid, feed_key, digest, sequence, modified_at, removed_at, "
                                "starts_at, ends_at, all_day, summary) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                                "ON CONFLICT (uid) DO UPDATE SET feed_key = ?2, digest = ?3, sequence = ?4, "
                                "modified_at = ?5, removed_at = ?6, starts_at = ?7, ends_at = ?8, all_day = ?9, "
                                "summary = ?10", error);
  ok = stmt != NULL;
  for (guint i = 0; ok && i < n_states; i++)
    {
      const ParaatFeedItemState *state = &states[i];

      sqlite3_bind_text (stmt, 1, state->uid, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, state->feed_key, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, state->digest, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 4, state->sequence);
      sqlite3_bind_int64 (stmt, 5, state->modified_at);
      if (state->removed_at > 0)
        sqlite3_bind_int64 (stmt, 6, state->removed_at);
      else
        sqlite3_bind_null (stmt, 6);
      sqlite3_bind_int64 (stmt, 7, state->starts_at);
      sqlite3_bind_int64 (stmt, 8, state->ends_at);
      sqlite3_bind_int (stmt, 9, state->all_day ? 1 : 0);
      sqlite3_bind_text (stmt, 10, state->summary, -1, SQLITE_STATIC);
      ok = _paraat_store_exec_stmt (self, stmt, error);
    }
  if (stmt != NULL)
    sqlite3_clear_bindings (stmt);

  if (ok && n_dropped > 0)
    {
      stmt = _paraat_store_prepare (self, "DELETE FROM feed_item WHERE uid = ?1", error);
      ok = stmt != NULL;
      for (guint i = 0; ok && i < n_dropped; i++)
        {
          sqlite3_bind_text (stmt, 1, dropped[i], -1, SQLITE_STATIC);
          ok = _paraat_store_exec_stmt (self, stmt, error);
        }
      if (stmt != NULL)
        sqlite3_clear_bindings (stmt);
    }

  return _paraat_store_write_end (self, ok, "feed_item", error);
}

gint64
paraat_store_add_feed (ParaatStore     *self,
                       ParaatFeedScope  scope,
                       gint64           scope_id,
                       const char      *token_hash,
                       GError         **error)
{
  g_autofree char *label = NULL;
  gint64 id = 0;
  gboolean ok;
  gboolean scoped = scope != PARAAT_FEED_EVENTS && scope != PARAAT_FEED_OTO;
  ParaatColumn columns[] = {
    COL_TEXT ("scope", paraat_feed_scope_to_string (scope)),
    COL_ID_OR_NULL ("scope_id", scoped ? scope_id : 0),
    COL_TEXT ("token_hash", token_hash),
    COL_INT ("created_at", g_get_real_time () / G_USEC_PER_SEC),
  };

  g_return_val_if_fail (PARAAT_IS_STORE (self), 0);
  g_return_val_if_fail (token_hash != NULL, 0);

  if (scoped && scope_id <= 0)
    {
      _paraat_store_invalid (error, _("A calendar for a person, function or team needs to say which one."));
      return 0;
    }

  label = paraat_feed_key (scope, scope_id);
  if (!_paraat_store_write_begin (self, error))
    return 0;
  ok = _paraat_store_save_row (self, "feed", &id, columns, G_N_ELEMENTS (columns), label, error);
  if (!_paraat_store_write_end (self, ok, "feed", error))
    return 0;
  return id;
}

gboolean
paraat_store_revoke_feed (ParaatStore  *self,
                          gint64        id,
                          GError      **error)
{
  g_autofree char *label = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  ParaatColumn columns[] = {
    COL_INT ("revoked_at", g_get_real_time () / G_USEC_PER_SEC),
  };
  guint count = 0;
  gboolean ok;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  if (!_paraat_store_count_id (self, "SELECT count(*) FROM feed WHERE id = ?1 AND revoked_at IS NULL",
                               id, &count, error))
    return FALSE;
  if (count == 0)
    {
      g_set_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND,
                   _("This calendar link no longer exists or was revoked already."));
      return FALSE;
    }

  if (!_paraat_store_write_begin (self, error))
    return FALSE;
  ok = _paraat_store_save_row (self, "feed", &id, columns, G_N_ELEMENTS (columns), label, error);
  return _paraat_store_write_end (self, ok, "feed", error);
}

gint64
paraat_store_get_data_version (ParaatStore  *self,
                               GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 version = -1;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), -1);

  stmt = _paraat_store_prepare (self, "PRAGMA data_version", error);
  if (stmt == NULL)
    return -1;
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      version = sqlite3_column_int64 (stmt, 0);
      rc = sqlite3_step (stmt);
    }
  if (!_paraat_store_finish_rows (self, stmt, rc, error))
    return -1;
  return version;
}

/* The feeds' settings live in the database (they belong to the
 * organisation's feeds, not to one computer). */
static gboolean
feed_setting_key (ParaatFeedSetting   setting,
                  const char        **key)
{
  switch (setting)
    {
    case PARAAT_FEED_SETTING_BASE_URL:
      *key = "feed-base-url";
      return TRUE;
    case PARAAT_FEED_SETTING_PUBLISH_FOLDER:
      *key = "feed-publish-folder";
      return TRUE;
    default:
      return FALSE;
    }
}

char *
paraat_store_get_feed_setting (ParaatStore        *self,
                               ParaatFeedSetting   setting,
                               GError            **error)
{
  const char *key = NULL;
  sqlite3_stmt *stmt;
  char *value = NULL;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);
  g_return_val_if_fail (feed_setting_key (setting, &key), NULL);

  stmt = _paraat_store_prepare (self, "SELECT value FROM setting WHERE key = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      value = g_strdup (_paraat_column_text (stmt, 0));
      rc = sqlite3_step (stmt);
    }
  if (!_paraat_store_finish_rows (self, stmt, rc, error))
    {
      g_free (value);
      return NULL;
    }
  return value != NULL ? value : g_strdup ("");
}

gboolean
paraat_store_set_feed_setting (ParaatStore        *self,
                               ParaatFeedSetting   setting,
                               const char         *value,
                               GError            **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (value != NULL ? value : ""));
  g_autofree char *summary = NULL;
  const char *key = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);
  g_return_val_if_fail (feed_setting_key (setting, &key), FALSE);

  if (setting == PARAAT_FEED_SETTING_BASE_URL && *trimmed != '\0' &&
      ((!g_str_has_prefix (trimmed, "https://") && !g_str_has_prefix (trimmed, "http://")) ||
       !g_uri_is_valid (trimmed, G_URI_FLAGS_NONE, NULL) || strchr (trimmed, '?') != NULL ||
       strchr (trimmed, '#') != NULL))
    return _paraat_store_invalid (error, _("The address of the calendars must be a web address "
                                           "starting with https:// (or http://), without ? or #."));
  if (setting == PARAAT_FEED_SETTING_PUBLISH_FOLDER && *trimmed != '\0' && !g_path_is_absolute (trimmed))
    return _paraat_store_invalid (error, _("The publish folder must be a full path."));

  if (!_paraat_store_write_begin (self, error))
    return FALSE;
  if (*trimmed == '\0')
    stmt = _paraat_store_prepare (self, "DELETE FROM setting WHERE key = ?1", error);
  else
    stmt = _paraat_store_prepare (self, "INSERT INTO setting (key, value) VALUES (?1, ?2) "
                                        "ON CONFLICT (key) DO UPDATE SET value = ?2", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
      if (*trimmed != '\0')
        sqlite3_bind_text (stmt, 2, trimmed, -1, SQLITE_STATIC);
      ok = _paraat_store_exec_stmt (self, stmt, error);
      sqlite3_clear_bindings (stmt);
    }
  summary = g_strdup_printf ("%s = %s", key, trimmed);
  ok = ok && _paraat_store_audit (self, "setting", 0, PARAAT_AUDIT_ACTION_UPDATE, summary, error);
  return _paraat_store_write_end (self, ok, "setting", error);
}

GArray *
paraat_store_list_feeds (ParaatStore      *self,
                         ParaatFeedScope   scope,
                         gint64            scope_id,
                         gboolean          in_use_only,
                         GError          **error)
{
  g_autoptr (GArray) feeds = g_array_new (FALSE, FALSE, sizeof (ParaatFeedLink));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  stmt = _paraat_store_prepare (self,
                                "SELECT id, scope, ifnull(scope_id, 0), created_at, ifnull(revoked_at, 0) FROM feed "
                                "WHERE (?1 IS NULL OR (scope = ?1 AND ifnull(scope_id, 0) = ?2)) "
                                "AND (?3 = 0 OR revoked_at IS NULL) ORDER BY scope, scope_id, created_at", error);
  if (stmt == NULL)
    return NULL;
  if ((int) scope >= 0)
    sqlite3_bind_text (stmt, 1, paraat_feed_scope_to_string (scope), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, scope_id);
  sqlite3_bind_int (stmt, 3, in_use_only ? 1 : 0);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ParaatFeedLink link = {
        .id = sqlite3_column_int64 (stmt, 0),
        .scope_id = sqlite3_column_int64 (stmt, 2),
        .created_at = sqlite3_column_int64 (stmt, 3),
        .revoked_at = sqlite3_column_int64 (stmt, 4),
      };

      paraat_feed_scope_from_string (_paraat_column_text (stmt, 1), &link.scope);
      g_array_append_val (feeds, link);
    }
  sqlite3_clear_bindings (stmt);
  if (!_paraat_store_finish_rows (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&feeds);
}
