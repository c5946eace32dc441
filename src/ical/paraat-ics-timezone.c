/* paraat-ics-timezone.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-ical"

#include "config.h"

#include <glib/gi18n.h>
#include <libical/ical.h>

#include "ical/paraat-ics-timezone.h"

G_DEFINE_QUARK (paraat-ics-error-quark, paraat_ics_error)

char *
paraat_ics_vtimezone (const char  *tzid,
                      int          from_year,
                      GError     **error)
{
  icaltimezone *zone;
  icalcomponent *component;
  icalproperty *property;
  icaltimetype start = icaltime_null_time ();
  char *text;
  char *result;

  g_return_val_if_fail (tzid != NULL, NULL);
  g_return_val_if_fail (from_year > 1900 && from_year < 3000, NULL);

  if (g_strcmp0 (tzid, "UTC") == 0)
    {
      /* libical has no VTIMEZONE for UTC; a feed in UTC needs none, but a
       * component that says so keeps callers simple. */
      icalcomponent *standard = icalcomponent_new (ICAL_XSTANDARD_COMPONENT);
      icaltimetype epoch = icaltime_from_string ("19700101T000000");

      component = icalcomponent_new (ICAL_VTIMEZONE_COMPONENT);
      icalcomponent_add_property (component, icalproperty_new_tzid ("UTC"));
      icalcomponent_add_property (standard, icalproperty_new_dtstart (epoch));
      icalcomponent_add_property (standard, icalproperty_new_tzoffsetfrom (0));
      icalcomponent_add_property (standard, icalproperty_new_tzoffsetto (0));
      icalcomponent_add_property (standard, icalproperty_new_tzname ("UTC"));
      icalcomponent_add_component (component, standard);

      result = g_strdup (icalcomponent_as_ical_string (component));
      icalcomponent_free (component);
      return result;
    }

  zone = icaltimezone_get_builtin_timezone (tzid);
  if (zone == NULL)
    {
      g_set_error (error, PARAAT_ICS_ERROR, PARAAT_ICS_ERROR_UNKNOWN_ZONE,
                   _("“%s” is not a time zone known to this system."), tzid);
      return NULL;
    }

  component = icaltimezone_get_component (zone);
  if (component == NULL)
    {
      g_set_error (error, PARAAT_ICS_ERROR, PARAAT_ICS_ERROR_FAILED,
                   _("The time zone “%s” cannot be written into a calendar."), tzid);
      return NULL;
    }
  component = icalcomponent_new_clone (component);

  /* Keep only the rules from the start of @from_year: a 184-line history
   * back to 1835 helps no calendar client. */
  start.year = from_year;
  start.month = 1;
  start.day = 1;
  start.is_date = 0;
  start.zone = icaltimezone_get_utc_timezone ();
  icaltimezone_truncate_vtimezone (component, start, icaltime_null_time (), 0);

  property = icalcomponent_get_first_property (component, ICAL_TZID_PROPERTY);
  if (property != NULL)
    icalproperty_set_tzid (property, tzid);
  else
    icalcomponent_add_property (component, icalproperty_new_tzid (tzid));

  /* The X-LIC-LOCATION extension only repeats the name. */
  while ((property = icalcomponent_get_first_property (component, ICAL_X_PROPERTY)) != NULL)
    {
      icalcomponent_remove_property (component, property);
      icalproperty_free (property);
    }

  text = icalcomponent_as_ical_string (component);
  result = g_strdup (text);
  icalcomponent_free (component);

  return result;
}
