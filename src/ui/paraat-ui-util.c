/* paraat-ui-util.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "ui/paraat-ui-util.h"

#define DEFAULT_TIME_ZONE "Europe/Amsterdam"

GTimeZone *
paraat_ui_organisation_time_zone (ParaatOrganisation *organisation)
{
  const char *identifier = NULL;
  GTimeZone *tz = NULL;

  if (organisation != NULL)
    identifier = paraat_organisation_get_time_zone (organisation);
  if (identifier != NULL && *identifier != '\0')
    tz = g_time_zone_new_identifier (identifier);
  if (tz == NULL)
    tz = g_time_zone_new_identifier (DEFAULT_TIME_ZONE);
  if (tz == NULL)
    tz = g_time_zone_new_local ();
  return tz;
}

char *
paraat_ui_format_instant (gint64     instant,
                          GTimeZone *tz)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr (GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup ("");
  local = g_date_time_to_timezone (utc, tz);

  /* xgettext:no-c-format
   * Translators: a date and time in g_date_time_format() notation, e.g.
   * "Tuesday 24 November 2026, 14:00" (Dutch keeps this order). The names of
   * days and months come from the system locale. */
  return g_date_time_format (local, _("%A %-d %B %Y, %H:%M"));
}

int
paraat_ui_year_range (gint64     now,
                      GTimeZone *tz,
                      gint64    *from,
                      gint64    *until)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (now);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, tz);
  g_autoptr (GDateTime) start = NULL;
  g_autoptr (GDateTime) end = NULL;
  int year = g_date_time_get_year (local);

  start = g_date_time_new (tz, year, 1, 1, 0, 0, 0);
  end = g_date_time_new (tz, year + 1, 1, 1, 0, 0, 0);
  if (from != NULL)
    *from = g_date_time_to_unix (start);
  if (until != NULL)
    *until = g_date_time_to_unix (end);
  return year;
}

gint64
paraat_ui_now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

void
paraat_ui_list_box_remove_all (GtkListBox *list_box)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_LIST_BOX (list_box));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list_box))) != NULL)
    gtk_list_box_remove (list_box, child);
}

#define SHOWN_TOAST "paraat-shown-toast"

void
paraat_ui_show_toast (GtkWidget *widget,
                      AdwToast  *toast)
{
  GtkWidget *overlay;
  AdwToast *shown;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = ADW_IS_TOAST_OVERLAY (widget) ? widget : gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    {
      g_object_unref (toast);
      return;
    }

  shown = g_object_get_data (G_OBJECT (overlay), SHOWN_TOAST);
  if (shown != NULL)
    adw_toast_dismiss (shown);
  g_object_set_data_full (G_OBJECT (overlay), SHOWN_TOAST, g_object_ref (toast), g_object_unref);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static GtkWidget *
find_toast_overlay (GtkWidget *widget)
{
  if (ADW_IS_TOAST_OVERLAY (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toast_overlay (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

void
paraat_ui_dismiss_toast (GtkWidget *widget)
{
  GtkWidget *overlay;
  AdwToast *shown;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    overlay = find_toast_overlay (widget);
  if (overlay == NULL)
    return;
  shown = g_object_get_data (G_OBJECT (overlay), SHOWN_TOAST);
  if (shown != NULL)
    adw_toast_dismiss (shown);
  g_object_set_data (G_OBJECT (overlay), SHOWN_TOAST, NULL);
}
