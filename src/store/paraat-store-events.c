/* paraat-store-events.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-store"

#include "config.h"

#include <glib/gi18n.h>

#include "model/paraat-validate.h"
#include "store/paraat-store-private.h"

/* Event safety: the event register. */

static gpointer
event_from_row (sqlite3_stmt *stmt)
{
  ParaatEvent *event = paraat_event_new ();
  int kind = PARAAT_EVENT_KIND_EVENT;
  int status = PARAAT_EVENT_STATUS_ANNOUNCED;
  int scan = PARAAT_RISK_CLASS_UNKNOWN;
  int override = PARAAT_RISK_CLASS_UNKNOWN;
  int anchor = PARAAT_ANCHOR_DATE;

  paraat_enum_from_nick (PARAAT_TYPE_EVENT_KIND, _paraat_column_text (stmt, 2), &kind);
  paraat_enum_from_nick (PARAAT_TYPE_EVENT_STATUS, _paraat_column_text (stmt, 10), &status);
  paraat_enum_from_nick (PARAAT_TYPE_RISK_CLASS, _paraat_column_text (stmt, 11), &scan);
  paraat_enum_from_nick (PARAAT_TYPE_RISK_CLASS, _paraat_column_text (stmt, 12), &override);

  paraat_event_set_id (event, sqlite3_column_int64 (stmt, 0));
  paraat_event_set_name (event, _paraat_column_text (stmt, 1));
  paraat_event_set_kind (event, kind);
  paraat_event_set_organiser (event, _paraat_column_text (stmt, 3));
  paraat_event_set_contact (event, _paraat_column_text (stmt, 4));
  paraat_event_set_location (event, _paraat_column_text (stmt, 5));
  paraat_event_set_starts_at (event, sqlite3_column_int64 (stmt, 6));
  paraat_event_set_ends_at (event, sqlite3_column_int64 (stmt, 7));
  paraat_event_set_visitors_expected (event, sqlite3_column_int (stmt, 8));
  paraat_event_set_visitors_max (event, sqlite3_column_int (stmt, 9));
  paraat_event_set_status (event, status);
  paraat_event_set_scan_class (event, scan);
  paraat_event_set_class_override (event, override);
  paraat_event_set_override_reason (event, _paraat_column_text (stmt, 13));
  paraat_event_set_description (event, _paraat_column_text (stmt, 14));
  paraat_event_set_application_on (event, (const char *) sqlite3_column_text (stmt, 15));
  paraat_enum_from_nick (PARAAT_TYPE_DATE_ANCHOR, _paraat_column_text (stmt, 16), &anchor);
  paraat_event_set_anchor (event, anchor);
  paraat_event_set_scan_answers (event, _paraat_column_text (stmt, 17));
  paraat_event_set_build_up_at (event, sqlite3_column_int64 (stmt, 18));
  paraat_event_set_break_down_at (event, sqlite3_column_int64 (stmt, 19));
  return event;
}

gboolean
paraat_store_save_event (ParaatStore  *self,
                         ParaatEvent  *event,
                         GError      **error)
{
  const char *name = paraat_event_get_name (event);
  const char *application_on = paraat_event_get_application_on (event);
  ParaatRiskClass override = paraat_event_get_class_override (event);
  gint64 id = paraat_event_get_id (event);
  ParaatColumn columns[] = {
    COL_TEXT ("name", name),
    COL_TEXT ("kind", paraat_enum_to_nick (PARAAT_TYPE_EVENT_KIND, paraat_event_get_kind (event))),
    COL_TEXT ("organiser", paraat_event_get_organiser (event)),
    COL_TEXT ("contact", paraat_event_get_contact (event)),
    COL_TEXT ("location", paraat_event_get_location (event)),
    COL_INT ("starts_at", paraat_event_get_starts_at (event)),
    COL_INT ("ends_at", paraat_event_get_ends_at (event)),
    COL_INT ("visitors_expected", paraat_event_get_visitors_expected (event)),
    COL_INT ("visitors_max", paraat_event_get_visitors_max (event)),
    COL_TEXT ("status", paraat_enum_to_nick (PARAAT_TYPE_EVENT_STATUS, paraat_event_get_status (event))),
    COL_TEXT ("scan_class", paraat_enum_to_nick (PARAAT_TYPE_RISK_CLASS, paraat_event_get_scan_class (event))),
    COL_TEXT ("class_override", paraat_enum_to_nick (PARAAT_TYPE_RISK_CLASS, override)),
    COL_TEXT ("override_reason", paraat_event_get_override_reason (event)),
    COL_TEXT ("description", paraat_event_get_description (event)),
    COL_TEXT_OR_NULL ("application_on", application_on),
    COL_TEXT ("anchor", paraat_enum_to_nick (PARAAT_TYPE_DATE_ANCHOR, paraat_event_get_anchor (event))),
    COL_TEXT ("scan_answers", paraat_event_get_scan_answers (event)),
    COL_ID_OR_NULL ("build_up_at", paraat_event_get_build_up_at (event)),
    COL_ID_OR_NULL ("break_down_at", paraat_event_get_break_down_at (event)),
  };
  gint64 build_up_at = paraat_event_get_build_up_at (event);
  gint64 break_down_at = paraat_event_get_break_down_at (event);
  g_autoptr (GError) local_error = NULL;
  gboolean ok;

  g_return_val_if_fail (PARAAT_IS_STORE (self), FALSE);

  if (paraat_validate_is_blank (name))
    return _paraat_store_invalid (error, _("The event needs a name."));
  if (columns[6].i < columns[5].i)
    return _paraat_store_invalid (error, _("The event ends before it starts."));
  if (build_up_at > 0 && build_up_at > columns[5].i)
    return _paraat_store_invalid (error, _("Building up starts after the event itself does."));
  if (break_down_at > 0 && break_down_at < columns[6].i)
    return _paraat_store_invalid (error, _("Breaking down ends before the event itself does."));
  if ((build_up_at > 0 && columns[5].i - build_up_at > 31 * 86400) ||
      (break_down_at > 0 && break_down_at - columns[6].i > 31 * 86400))
    return _paraat_store_invalid (error, _("Building up and breaking down take at most a month each."));
  if (columns[7].i < 0 || columns[8].i < 0)
    return _paraat_store_invalid (error, _("Visitor numbers cannot be negative."));
  if (override != PARAAT_RISK_CLASS_UNKNOWN && paraat_validate_is_blank (paraat_event_get_override_reason (event)))
    return _paraat_store_invalid (error, _("Give a reason for overriding the class that the risk scan gave."));
  if (application_on != NULL && !paraat_validate_date (application_on))
    return _paraat_store_invalid (error, _("“%s” is not a date (use YYYY-MM-DD)."), application_on);

  if (!_paraat_store_write_begin (self, error))
    return FALSE;
  ok = _paraat_store_save_row (self, "event", &id, columns, G_N_ELEMENTS (columns), name, &local_error);
  if (!_paraat_store_write_end (self, ok, "event", ok ? &local_error : NULL))
    ok = FALSE;

  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  paraat_event_set_id (event, id);
  return TRUE;
}

GListModel *
paraat_store_list_events (ParaatStore  *self,
                          gint64        from,
                          gint64        until,
                          GError      **error)
{
  ParaatRange range = { from, until };

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  return _paraat_store_query_list (self,
                                   "SELECT id, name, kind, organiser, contact, location, starts_at, ends_at, "
                                   "visitors_expected, visitors_max, status, scan_class, class_override, "
                                   "override_reason, description, application_on, anchor, scan_answers, "
                                   "ifnull(build_up_at, 0), ifnull(break_down_at, 0) FROM event "
                                   "WHERE starts_at < ?2 AND ends_at >= ?1 ORDER BY starts_at, id",
                                   PARAAT_TYPE_EVENT, _paraat_bind_range, &range, event_from_row, error);
}

static void
bind_event_id (sqlite3_stmt  *stmt,
               gconstpointer  data)
{
  sqlite3_bind_int64 (stmt, 1, *(const gint64 *) data);
}

ParaatEvent *
paraat_store_get_event (ParaatStore  *self,
                        gint64        id,
                        GError      **error)
{
  g_autoptr (GListModel) list = NULL;

  g_return_val_if_fail (PARAAT_IS_STORE (self), NULL);

  list = _paraat_store_query_list (self,
                                   "SELECT id, name, kind, organiser, contact, location, starts_at, ends_at, "
                                   "visitors_expected, visitors_max, status, scan_class, class_override, "
                                   "override_reason, description, application_on, anchor, scan_answers, "
                                   "ifnull(build_up_at, 0), ifnull(break_down_at, 0) FROM event "
                                   "WHERE id = ?",
                                   PARAAT_TYPE_EVENT, bind_event_id, &id, event_from_row, error);
  if (list == NULL)
    return NULL;
  if (g_list_model_get_n_items (list) == 0)
    {
      g_set_error_literal (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND,
                           _("This event no longer exists; it may have been removed meanwhile."));
      return NULL;
    }
  return g_list_model_get_item (list, 0);
}
