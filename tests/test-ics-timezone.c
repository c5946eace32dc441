/* test-ics-timezone.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libical/ical.h>
#include <string.h>

#include "ical/paraat-ics-timezone.h"

static void
test_amsterdam (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = paraat_ics_vtimezone ("Europe/Amsterdam", 2025, &error);
  g_auto (GStrv) lines = NULL;
  icalcomponent *component;
  icaltimezone *zone;
  icaltimetype summer, winter;
  int is_daylight = 0;

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text, "BEGIN:VTIMEZONE\r\n"));
  g_assert_nonnull (strstr (text, "\r\nTZID:Europe/Amsterdam\r\n"));
  g_assert_null (strstr (text, "freeassociation"));
  g_assert_nonnull (strstr (text, "BEGIN:DAYLIGHT"));
  g_assert_nonnull (strstr (text, "BEGIN:STANDARD"));
  /* Cut to the rules that matter, not the history back to 1835. */
  g_assert_null (strstr (text, "1835"));
  lines = g_strsplit (text, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), <, 40);

  /* libical reads it back, with the offsets of the Dutch summer and winter. */
  component = icalparser_parse_string (text);
  g_assert_nonnull (component);
  zone = icaltimezone_new ();
  g_assert_true (icaltimezone_set_component (zone, component));

  summer = icaltime_from_string ("20260720T090000");
  winter = icaltime_from_string ("20260105T090000");
  g_assert_cmpint (icaltimezone_get_utc_offset (zone, &summer, &is_daylight), ==, 7200);
  g_assert_cmpint (icaltimezone_get_utc_offset (zone, &winter, &is_daylight), ==, 3600);
  icaltimezone_free (zone, 1);
}

static void
test_utc (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = paraat_ics_vtimezone ("UTC", 2025, &error);
  icalcomponent *component;

  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "TZID:UTC"));
  g_assert_nonnull (strstr (text, "TZOFFSETTO:+0000"));
  component = icalparser_parse_string (text);
  g_assert_nonnull (component);
  g_assert_cmpint (icalcomponent_isa (component), ==, ICAL_VTIMEZONE_COMPONENT);
  icalcomponent_free (component);
}

static void
test_unknown_zone (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = paraat_ics_vtimezone ("Europe/Voorbeeld", 2025, &error);

  g_assert_null (text);
  g_assert_error (error, PARAAT_ICS_ERROR, PARAAT_ICS_ERROR_UNKNOWN_ZONE);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ics/vtimezone/amsterdam", test_amsterdam);
  g_test_add_func ("/ics/vtimezone/utc", test_utc);
  g_test_add_func ("/ics/vtimezone/unknown", test_unknown_zone);
  return g_test_run ();
}
