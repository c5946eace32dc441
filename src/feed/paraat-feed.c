/* paraat-feed.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "paraat-feed"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "feed/paraat-feed.h"
#include "feed/paraat-feed-token.h"
#include "ical/paraat-ics-timezone.h"
#include "ical/paraat-ics-writer.h"
#include "planning/paraat-feed-state.h"

G_DEFINE_QUARK (paraat-feed-error-quark, paraat_feed_error)

/* Alarms: an hour before a session, a quarter before hard piket starts. */
#define SESSION_ALARM_MINUTES 60
#define PIKET_ALARM_MINUTES   15

struct _ParaatFeedSet
{
  ParaatFeedFacts  *facts;
  gint64            now;
  GTimeZone        *tz;
  char             *vtimezone;
  GHashTable       *people;         /* id → ParaatFeedPerson* */
  GHashTable       *functions;      /* id → ParaatFeedFunction* */
  GHashTable       *teams;          /* id → ParaatFeedTeam* */
  GHashTable       *events;         /* id → ParaatFeedEvent* */
  GHashTable       *sessions;       /* id → ParaatFeedSession* */
  GHashTable       *by_person;      /* person id → GArray of shift indices */
  GHashTable       *by_function;    /* function id → GArray of shift indices */
  GHashTable       *invites;        /* person id → GArray of session ids */
  GHashTable       *schouw_people;  /* person id → GArray of indices into facts->schouws */
  GHashTable       *holders;        /* person and function (holder_key) of who holds a function */
  GHashTable       *before;         /* feed key → GPtrArray of ParaatFeedItemState* */
  GHashTable       *by_hash;        /* token hash → ParaatFeedRow* */
  GArray           *writes;         /* ParaatFeedItemState to record */
  GPtrArray        *dropped;        /* UIDs to forget */
  GStringChunk     *strings;        /* keeps what writes and dropped point to */
};

/* One VEVENT being made: the event and the strings it points to. */
typedef struct
{
  ParaatIcsEvent event;
  char          *uid;
  char          *summary;
  char          *description;
  char          *digest;
} Item;

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_free (item->uid);
  g_free (item->summary);
  g_free (item->description);
  g_free (item->digest);
}

static GHashTable *
index_by_id (GArray *array,
             gsize   element_size)
{
  GHashTable *index = g_hash_table_new (g_int64_hash, g_int64_equal);

  /* Every fact struct starts with its gint64 id. */
  for (guint i = 0; i < array->len; i++)
    {
      gint64 *element = (gint64 *) (void *) (array->data + i * element_size);

      g_hash_table_insert (index, element, element);
    }
  return index;
}

static void
group_add (GHashTable *groups,
           gint64      key,
           gint64      value)
{
  GArray *group = g_hash_table_lookup (groups, &key);

  if (group == NULL)
    {
      gint64 *copy = g_new (gint64, 1);

      *copy = key;
      group = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_hash_table_insert (groups, copy, group);
    }
  g_array_append_val (group, value);
}

static gint64
holder_key (gint64 person_id,
            gint64 function_id)
{
  return (person_id << 24) ^ function_id;
}

static GHashTable *
groups_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_array_unref);
}

ParaatFeedSet *
paraat_feed_set_new (ParaatStore  *store,
                     gint64        now,
                     GError      **error)
{
  g_autoptr (ParaatFeedSet) self = NULL;
  g_autoptr (GDateTime) today = NULL;
  ParaatFeedFacts *facts;

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);

  facts = paraat_store_read_feed_facts (store, now - PARAAT_FEED_PAST_SECONDS,
                                        now + PARAAT_FEED_FUTURE_SECONDS, error);
  if (facts == NULL)
    return NULL;

  self = g_new0 (ParaatFeedSet, 1);
  self->facts = facts;
  self->now = now;
  self->tz = g_time_zone_new_identifier (facts->time_zone);
  if (self->tz == NULL)
    {
      g_set_error (error, PARAAT_FEED_ERROR, PARAAT_FEED_ERROR_FAILED,
                   _("The organisation’s time zone “%s” is not known to this system."), facts->time_zone);
      return NULL;
    }
  today = g_date_time_new_from_unix_utc (facts->from);
  self->vtimezone = paraat_ics_vtimezone (facts->time_zone, g_date_time_get_year (today), error);
  if (self->vtimezone == NULL)
    return NULL;

  self->people = index_by_id (facts->people, sizeof (ParaatFeedPerson));
  self->functions = index_by_id (facts->functions, sizeof (ParaatFeedFunction));
  self->teams = index_by_id (facts->teams, sizeof (ParaatFeedTeam));
  self->events = index_by_id (facts->events, sizeof (ParaatFeedEvent));
  self->sessions = index_by_id (facts->sessions, sizeof (ParaatFeedSession));
  self->by_person = groups_new ();
  self->by_function = groups_new ();
  self->invites = groups_new ();
  for (guint i = 0; i < facts->shifts->len; i++)
    {
      const ParaatFeedShift *shift = &g_array_index (facts->shifts, ParaatFeedShift, i);

      if (shift->person_id > 0)
        group_add (self->by_person, shift->person_id, i);
      group_add (self->by_function, shift->function_id, i);
    }
  for (guint i = 0; i < facts->invites->len; i++)
    {
      const ParaatFeedInvite *invite = &g_array_index (facts->invites, ParaatFeedInvite, i);

      group_add (self->invites, invite->person_id, invite->session_id);
    }
  self->holders = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < facts->holders->len; i++)
    {
      const ParaatFeedHolder *holder = &g_array_index (facts->holders, ParaatFeedHolder, i);

      g_hash_table_add (self->holders, g_memdup2 (&(gint64) { holder_key (holder->person_id, holder->function_id) },
                                                  sizeof (gint64)));
    }
  self->schouw_people = groups_new ();
  for (guint i = 0; i < facts->schouw_people->len; i++)
    {
      const ParaatFeedSchouwPerson *link = &g_array_index (facts->schouw_people, ParaatFeedSchouwPerson, i);

      for (guint k = 0; k < facts->schouws->len; k++)
        if (g_array_index (facts->schouws, ParaatFeedSchouw, k).id == link->schouw_id)
          group_add (self->schouw_people, link->person_id, k);
    }
  self->before = paraat_feed_states_by_feed (facts->states);
  self->by_hash = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < facts->feeds->len; i++)
    {
      ParaatFeedRow *feed = &g_array_index (facts->feeds, ParaatFeedRow, i);

      g_hash_table_insert (self->by_hash, (gpointer) feed->token_hash, feed);
    }
  self->writes = g_array_new (FALSE, FALSE, sizeof (ParaatFeedItemState));
  self->dropped = g_ptr_array_new ();
  self->strings = g_string_chunk_new (16 * 1024);

  return g_steal_pointer (&self);
}

void
paraat_feed_set_free (ParaatFeedSet *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->facts, paraat_feed_facts_free);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_free (self->vtimezone);
  g_clear_pointer (&self->people, g_hash_table_unref);
  g_clear_pointer (&self->functions, g_hash_table_unref);
  g_clear_pointer (&self->teams, g_hash_table_unref);
  g_clear_pointer (&self->events, g_hash_table_unref);
  g_clear_pointer (&self->sessions, g_hash_table_unref);
  g_clear_pointer (&self->by_person, g_hash_table_unref);
  g_clear_pointer (&self->by_function, g_hash_table_unref);
  g_clear_pointer (&self->invites, g_hash_table_unref);
  g_clear_pointer (&self->schouw_people, g_hash_table_unref);
  g_clear_pointer (&self->holders, g_hash_table_unref);
  g_clear_pointer (&self->before, g_hash_table_unref);
  g_clear_pointer (&self->by_hash, g_hash_table_unref);
  g_clear_pointer (&self->writes, g_array_unref);
  g_clear_pointer (&self->dropped, g_ptr_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_free (self);
}

ParaatFeedFacts *
paraat_feed_set_get_facts (ParaatFeedSet *self)
{
  return self->facts;
}

const ParaatFeedRow *
paraat_feed_set_find (ParaatFeedSet *self,
                      const char    *token_hash)
{
  const ParaatFeedRow *feed = g_hash_table_lookup (self->by_hash, token_hash);

  return feed != NULL && feed->revoked_at == 0 ? feed : NULL;
}

/* FNV-1a over every field a subscriber sees, as 16 hex digits. */
static void
digest_add (guint64    *hash,
            const void *data,
            gsize       length)
{
  const guchar *p = data;

  for (gsize i = 0; i < length; i++)
    {
      *hash ^= p[i];
      *hash *= G_GUINT64_CONSTANT (1099511628211);
    }
  *hash ^= 0xff;   /* a separator no field ends in by accident */
  *hash *= G_GUINT64_CONSTANT (1099511628211);
}

static void
digest_text (guint64    *hash,
             const char *text)
{
  digest_add (hash, text != NULL ? text : "", text != NULL ? strlen (text) : 0);
}

static char *
item_digest (const ParaatIcsEvent *event)
{
  guint64 hash = G_GUINT64_CONSTANT (14695981039346656037);
  gint64 numbers[] = {
    event->starts_at, event->ends_at, event->all_day, event->transparent,
    event->cancelled, event->alarm_minutes,
  };

  digest_add (&hash, numbers, sizeof numbers);
  digest_text (&hash, event->summary);
  digest_text (&hash, event->description);
  digest_text (&hash, event->location);
  digest_text (&hash, event->categories);
  digest_text (&hash, event->alarm_text);
  return g_strdup_printf ("%016" G_GINT64_MODIFIER "x", hash);
}

static const char *
person_name (ParaatFeedSet *self,
             gint64         id)
{
  const ParaatFeedPerson *person = g_hash_table_lookup (self->people, &id);

  return person != NULL ? person->name : "";
}

static char *
format_utc_stamp (gint64 unix_time)
{
  g_autoptr (GDateTime) dt = g_date_time_new_from_unix_utc (unix_time);

  return g_date_time_format (dt, "%Y%m%dT%H%M%SZ");
}

/* A function's name without a remark in brackets at its end: "OvD
 * Bevolkingszorg (regionale pool)" is "OvD Bevolkingszorg" in a calendar. */
static char *
short_name (const ParaatFeedFunction *function)
{
  const char *name = function->name;
  const char *bracket = strrchr (name, '(');

  if (bracket != NULL && bracket > name && g_str_has_suffix (name, ")"))
    return g_strchomp (g_strndup (name, (gsize) (bracket - name)));
  return g_strdup (name);
}

/* The piket part of a summary: "Piket OvD Bevolkingszorg (1st line)". */
static char *
piket_title (const ParaatFeedFunction *function,
             const ParaatFeedShift    *shift)
{
  g_autofree char *name = short_name (function);

  if (shift->request_id > 0 && shift->event_name != NULL)
    /* Translators: extra piket an event asked, in a calendar; the function and the event */
    return g_strdup_printf (_("Extra piket %s for %s"), name, shift->event_name);
  if (function->lines < 2)
    /* Translators: a piket shift in a calendar; %s is the function */
    return g_strdup_printf (_("Piket %s"), name);
  if (shift->line == 1)
    /* Translators: a piket shift in a calendar; %s is the function */
    return g_strdup_printf (_("Piket %s (1st line)"), name);
  /* Translators: a piket shift in a calendar; %s is the function */
  return g_strdup_printf (_("Piket %s (2nd line)"), name);
}

static void
add_shift_item (ParaatFeedSet         *self,
                GArray                *items,
                const ParaatFeedShift *shift,
                const char            *feed_key,
                gboolean               personal)
{
  const ParaatFeedFunction *function = g_hash_table_lookup (self->functions, &shift->function_id);
  g_autofree char *title = NULL;
  g_autofree char *start = NULL;
  g_autoptr (GString) description = g_string_new (NULL);
  Item item = { { 0 } };

  if (function == NULL)
    return;

  title = piket_title (function, shift);
  start = format_utc_stamp (shift->starts_at);

  if (personal)
    /* Translators: a calendar item: the piket ("Piket OvD-Bz (1st line)") and the organisation */
    item.summary = g_strdup_printf (_("%s – %s"), title, self->facts->organisation);
  else if (shift->person_id > 0)
    /* Translators: a calendar item: the piket ("Piket OvD-Bz (1st line)") and who is on it */
    item.summary = g_strdup_printf (_("%s: %s"), title, person_name (self, shift->person_id));
  else
    /* Translators: a calendar item: the piket ("Piket OvD-Bz (1st line)") nobody is on yet */
    item.summary = g_strdup_printf (_("%s: not filled yet"), title);

  g_string_append (description, function->name);
  if (function->piket_kind == PARAAT_PIKET_KIND_HARD)
    g_string_append_printf (description, "\n%s", _("Hard piket: reachable at all times and able to turn out at once."));
  else if (function->piket_kind == PARAAT_PIKET_KIND_SOFT)
    g_string_append_printf (description, "\n%s", _("Soft piket: reachable, turning out when asked."));
  if (function->response_minutes >= 0)
    {
      g_string_append_c (description, '\n');
      g_string_append_printf (description,
                              g_dngettext (GETTEXT_PACKAGE, "Response time: %d minute", "Response time: %d minutes",
                                           (gulong) function->response_minutes),
                              function->response_minutes);
    }
  if (shift->swapped_from > 0)
    {
      g_string_append_c (description, '\n');
      /* Translators: %s is the person who swapped this piket away */
      g_string_append_printf (description, _("Swapped: taken over from %s."),
                              person_name (self, shift->swapped_from));
    }
  item.description = g_string_free (g_steal_pointer (&description), FALSE);

  /* An extra piket is its request; a regular one its function, line, part
   * and start, so a new roster keeps the UIDs. */
  if (shift->request_id > 0)
    item.uid = g_strdup_printf ("extra-r%" G_GINT64_FORMAT "-%s@%s", shift->request_id, feed_key,
                                self->facts->uid_domain);
  else
    item.uid = g_strdup_printf ("piket-f%" G_GINT64_FORMAT "-l%d-s%d-%s-%s@%s", shift->function_id, shift->line,
                                shift->slot, start, feed_key, self->facts->uid_domain);
  for (char *p = item.uid; *p != '\0'; p++)
    if (*p == ':')
      *p = '-';

  item.event = (ParaatIcsEvent) {
    .uid = item.uid,
    .starts_at = shift->starts_at,
    .ends_at = shift->ends_at,
    .summary = item.summary,
    .description = item.description,
    /* Translators: the category of piket items in calendars */
    .categories = C_("calendar category", "Piket"),
    .transparent = TRUE,
    .alarm_minutes = personal && function->piket_kind == PARAAT_PIKET_KIND_HARD ? PIKET_ALARM_MINUTES : -1,
  };
  g_array_append_val (items, item);
}

static void
add_session_item (ParaatFeedSet           *self,
                  GArray                  *items,
                  const ParaatFeedSession *session,
                  const char              *feed_key,
                  gboolean                 personal)
{
  g_autoptr (GString) description = g_string_new (session->kind_name);
  Item item = { { 0 } };

  if (session->description != NULL && *session->description != '\0')
    g_string_append_printf (description, "\n%s", session->description);

  item.uid = g_strdup_printf ("oto-%" G_GINT64_FORMAT "-%s@%s", session->id, feed_key, self->facts->uid_domain);
  for (char *p = item.uid; *p != '\0'; p++)
    if (*p == ':')
      *p = '-';
  item.summary = g_strdup (session->title);
  item.description = g_string_free (g_steal_pointer (&description), FALSE);
  item.event = (ParaatIcsEvent) {
    .uid = item.uid,
    .starts_at = session->starts_at,
    /* A session without an end time is shown as one hour. */
    .ends_at = session->ends_at > session->starts_at ? session->ends_at : session->starts_at + 3600,
    .summary = item.summary,
    .description = item.description,
    .location = session->location,
    /* Translators: the category of OTO sessions in calendars */
    .categories = C_("calendar category", "OTO"),
    .transparent = FALSE,
    .cancelled = session->cancelled,
    .alarm_minutes = personal ? SESSION_ALARM_MINUTES : -1,
  };
  g_array_append_val (items, item);
}

/* "0", "A", "B" or "C" (the stored nicks); NULL before the scan. */
static const char *
class_letter (ParaatRiskClass risk_class)
{
  if (risk_class == PARAAT_RISK_CLASS_UNKNOWN)
    return NULL;
  return paraat_enum_to_nick (PARAAT_TYPE_RISK_CLASS, risk_class);
}

static void
add_event_item (ParaatFeedSet         *self,
                GArray                *items,
                const ParaatFeedEvent *event)
{
  g_autoptr (GString) description = g_string_new (NULL);
  const char *letter = class_letter (event->risk_class);
  Item item = { { 0 } };

  if (letter != NULL)
    /* Translators: an event in the event calendar: its name and risk class */
    item.summary = g_strdup_printf (_("%s (class %s)"), event->name, letter);
  else
    item.summary = g_strdup (event->name);
  if (event->organiser != NULL && *event->organiser != '\0')
    /* Translators: in an event's calendar item */
    g_string_append_printf (description, _("Organiser: %s"), event->organiser);
  if (event->status == PARAAT_EVENT_STATUS_REFUSED)
    g_string_append_printf (description, "%s%s", description->len > 0 ? "\n" : "", _("The permit was refused."));

  item.uid = g_strdup_printf ("event-%" G_GINT64_FORMAT "-events@%s", event->id, self->facts->uid_domain);
  item.description = g_string_free (g_steal_pointer (&description), FALSE);
  item.event = (ParaatIcsEvent) {
    .uid = item.uid,
    .starts_at = event->starts_at,
    .ends_at = event->ends_at > event->starts_at ? event->ends_at : event->starts_at + 3600,
    .summary = item.summary,
    .description = item.description,
    .location = event->location,
    /* Translators: the category of events in calendars */
    .categories = C_("calendar category", "Event"),
    .transparent = TRUE,
    .cancelled = event->status == PARAAT_EVENT_STATUS_REFUSED,
    .alarm_minutes = -1,
  };
  g_array_append_val (items, item);
}

static void
add_schouw_item (ParaatFeedSet          *self,
                 GArray                 *items,
                 const ParaatFeedSchouw *schouw,
                 const char             *feed_key)
{
  const ParaatFeedEvent *event = g_hash_table_lookup (self->events, &schouw->event_id);
  Item item = { { 0 } };

  if (event == NULL)
    return;

  /* Translators: a calendar item; %s is the event's name */
  item.summary = g_strdup_printf (_("Integrale schouw: %s"), event->name);
  if (schouw->participants != NULL && *schouw->participants != '\0')
    /* Translators: in a schouw's calendar item: who takes part */
    item.description = g_strdup_printf (_("With: %s"), schouw->participants);
  item.uid = g_strdup_printf ("schouw-%" G_GINT64_FORMAT "-%s@%s", schouw->id, feed_key, self->facts->uid_domain);
  for (char *p = item.uid; *p != '\0'; p++)
    if (*p == ':')
      *p = '-';
  item.event = (ParaatIcsEvent) {
    .uid = item.uid,
    .starts_at = schouw->starts_at,
    .ends_at = schouw->starts_at + 2 * 3600,
    .summary = item.summary,
    .description = item.description,
    .location = event->location,
    /* Translators: the category of schouw appointments in calendars */
    .categories = C_("calendar category", "Schouw"),
    .transparent = FALSE,
    .cancelled = event->status == PARAAT_EVENT_STATUS_REFUSED,
    .alarm_minutes = SESSION_ALARM_MINUTES,
  };
  g_array_append_val (items, item);
}

static void
add_shifts_of (ParaatFeedSet *self,
               GArray        *items,
               GHashTable    *groups,
               gint64         key,
               const char    *feed_key,
               gboolean       personal,
               gint64         until)
{
  GArray *indices = g_hash_table_lookup (groups, &key);

  for (guint i = 0; indices != NULL && i < indices->len; i++)
    {
      const ParaatFeedShift *shift = &g_array_index (self->facts->shifts, ParaatFeedShift,
                                                     g_array_index (indices, gint64, i));

      gint64 holder = holder_key (shift->person_id, shift->function_id);

      if (shift->starts_at >= until)
        continue;
      /* Someone taken off a function loses its coming piket from their own
       * calendar at once, even before the roster is made again. */
      if (personal && shift->starts_at >= self->now && !g_hash_table_contains (self->holders, &holder))
        continue;
      add_shift_item (self, items, shift, feed_key, personal);
    }
}

static char *
calendar_name (ParaatFeedSet    *self,
               ParaatFeedScope   scope,
               gint64            scope_id,
               GError          **error)
{
  const char *organisation = self->facts->organisation;
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, scope_id);

  switch (scope)
    {
    case PARAAT_FEED_PERSON:
      {
        const ParaatFeedPerson *person = g_hash_table_lookup (self->people, &scope_id);

        if (person != NULL)
          /* Translators: a calendar's name: a person and the organisation */
          return g_strdup_printf (_("Duties of %s – %s"), person->name, organisation);
        g_set_error (error, PARAAT_FEED_ERROR, PARAAT_FEED_ERROR_NOT_FOUND,
                     _("There is no person with number %s."), number);
        return NULL;
      }
    case PARAAT_FEED_FUNCTION:
      {
        const ParaatFeedFunction *function = g_hash_table_lookup (self->functions, &scope_id);

        if (function != NULL)
          {
            g_autofree char *name = short_name (function);

            /* Translators: a calendar's name: a function and the organisation */
            return g_strdup_printf (_("Piket %s – %s"), name, organisation);
          }
        g_set_error (error, PARAAT_FEED_ERROR, PARAAT_FEED_ERROR_NOT_FOUND,
                     _("There is no function with number %s."), number);
        return NULL;
      }
    case PARAAT_FEED_TEAM:
      {
        const ParaatFeedTeam *team = g_hash_table_lookup (self->teams, &scope_id);

        if (team != NULL)
          /* Translators: a calendar's name: a team and the organisation */
          return g_strdup_printf (_("Piket of %s – %s"), team->name, organisation);
        g_set_error (error, PARAAT_FEED_ERROR, PARAAT_FEED_ERROR_NOT_FOUND,
                     _("There is no team with number %s."), number);
        return NULL;
      }
    case PARAAT_FEED_EVENTS:
      /* Translators: a calendar's name; %s is the organisation */
      return g_strdup_printf (_("Events – %s"), organisation);
    case PARAAT_FEED_OTO:
    default:
      /* Translators: a calendar's name; %s is the organisation */
      return g_strdup_printf (_("OTO Year Plan – %s"), organisation);
    }
}

static void
collect_items (ParaatFeedSet   *self,
               ParaatFeedScope  scope,
               gint64           scope_id,
               const char      *feed_key,
               GArray          *items)
{
  ParaatFeedFacts *facts = self->facts;

  switch (scope)
    {
    case PARAAT_FEED_PERSON:
      {
        const ParaatFeedPerson *person = g_hash_table_lookup (self->people, &scope_id);
        /* Someone no longer active keeps what lies behind them, nothing ahead. */
        gint64 until = person->active ? G_MAXINT64 : self->now;
        GArray *sessions = g_hash_table_lookup (self->invites, &scope_id);

        add_shifts_of (self, items, self->by_person, scope_id, feed_key, TRUE, until);
        for (guint i = 0; sessions != NULL && i < sessions->len; i++)
          {
            gint64 id = g_array_index (sessions, gint64, i);
            const ParaatFeedSession *session = g_hash_table_lookup (self->sessions, &id);

            if (session != NULL && session->starts_at < until)
              add_session_item (self, items, session, feed_key, TRUE);
          }
        /* The schouws they go to. */
        {
          GArray *schouws = g_hash_table_lookup (self->schouw_people, &scope_id);

          for (guint i = 0; schouws != NULL && i < schouws->len; i++)
            {
              const ParaatFeedSchouw *schouw = &g_array_index (facts->schouws, ParaatFeedSchouw,
                                                               g_array_index (schouws, gint64, i));

              if (schouw->starts_at < until)
                add_schouw_item (self, items, schouw, feed_key);
            }
        }
        break;
      }
    case PARAAT_FEED_FUNCTION:
      add_shifts_of (self, items, self->by_function, scope_id, feed_key, FALSE, G_MAXINT64);
      break;
    case PARAAT_FEED_TEAM:
      for (guint i = 0; i < facts->functions->len; i++)
        {
          const ParaatFeedFunction *function = &g_array_index (facts->functions, ParaatFeedFunction, i);

          if (function->team_id == scope_id)
            add_shifts_of (self, items, self->by_function, function->id, feed_key, FALSE, G_MAXINT64);
        }
      break;
    case PARAAT_FEED_EVENTS:
      for (guint i = 0; i < facts->events->len; i++)
        add_event_item (self, items, &g_array_index (facts->events, ParaatFeedEvent, i));
      for (guint i = 0; i < facts->schouws->len; i++)
        add_schouw_item (self, items, &g_array_index (facts->schouws, ParaatFeedSchouw, i), feed_key);
      break;
    case PARAAT_FEED_OTO:
    default:
      for (guint i = 0; i < facts->sessions->len; i++)
        add_session_item (self, items, &g_array_index (facts->sessions, ParaatFeedSession, i), feed_key, FALSE);
      break;
    }
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const Item *x = a;
  const Item *y = b;

  if (x->event.starts_at != y->event.starts_at)
    return x->event.starts_at < y->event.starts_at ? -1 : 1;
  return strcmp (x->uid, y->uid);
}

char *
paraat_feed_set_generate (ParaatFeedSet    *self,
                          ParaatFeedScope   scope,
                          gint64            scope_id,
                          gsize            *length,
                          guint            *n_events,
                          GError          **error)
{
  g_autofree char *name = NULL;
  g_autofree char *feed_key = NULL;
  g_autoptr (GArray) items = NULL;
  g_autofree ParaatFeedCurrent *current = NULL;
  ParaatFeedOutcome outcome;
  ParaatIcsWriter *writer;
  char *text;

  g_return_val_if_fail (self != NULL, NULL);

  name = calendar_name (self, scope, scope_id, error);
  if (name == NULL)
    return NULL;
  feed_key = paraat_feed_key (scope, scope_id);

  items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (items, item_clear);
  collect_items (self, scope, scope_id, feed_key, items);
  g_array_sort (items, compare_items);

  current = g_new0 (ParaatFeedCurrent, MAX (items->len, 1));
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);

      item->digest = item_digest (&item->event);
      current[i] = (ParaatFeedCurrent) {
        .uid = item->uid,
        .digest = item->digest,
        .starts_at = item->event.starts_at,
        .ends_at = item->event.ends_at,
        .all_day = item->event.all_day,
        .summary = item->summary,
      };
    }

  paraat_feed_outcome_init (&outcome);
  paraat_feed_reconcile (feed_key, current, items->len, g_hash_table_lookup (self->before, feed_key),
                         self->now, self->facts->from, &outcome);

  writer = paraat_ics_writer_new (name, NULL, self->facts->time_zone, self->tz, self->vtimezone, self->now);
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);

      item->event.sequence = g_array_index (outcome.sequences, int, i);
      item->event.last_modified = g_array_index (outcome.modified, gint64, i);
      paraat_ics_writer_add_event (writer, &item->event);
    }
  for (guint i = 0; i < outcome.cancelled->len; i++)
    {
      const ParaatFeedItemState *gone = &g_array_index (outcome.cancelled, ParaatFeedItemState, i);
      ParaatIcsEvent event = {
        .uid = gone->uid,
        .starts_at = gone->starts_at,
        .ends_at = gone->ends_at,
        .all_day = gone->all_day,
        .summary = gone->summary,
        .transparent = TRUE,
        .cancelled = TRUE,
        .alarm_minutes = -1,
        .sequence = gone->sequence,
        .last_modified = gone->removed_at,
      };

      paraat_ics_writer_add_event (writer, &event);
    }
  if (n_events != NULL)
    *n_events = paraat_ics_writer_get_count (writer);
  text = paraat_ics_writer_finish (writer, length);

  /* Keep what to record: the strings live in the items, which go now. */
  for (guint i = 0; i < outcome.writes->len; i++)
    {
      ParaatFeedItemState state = g_array_index (outcome.writes, ParaatFeedItemState, i);

      state.uid = g_string_chunk_insert (self->strings, state.uid);
      state.feed_key = g_string_chunk_insert_const (self->strings, state.feed_key);
      state.digest = g_string_chunk_insert (self->strings, state.digest);
      state.summary = g_string_chunk_insert (self->strings, state.summary);
      g_array_append_val (self->writes, state);
    }
  for (guint i = 0; i < outcome.dropped->len; i++)
    g_ptr_array_add (self->dropped, g_ptr_array_index (outcome.dropped, i));
  paraat_feed_outcome_clear (&outcome);

  return text;
}

gboolean
paraat_feed_set_record (ParaatFeedSet  *self,
                        ParaatStore    *store,
                        GError        **error)
{
  gboolean ok;

  ok = paraat_store_write_feed_states (store, (const ParaatFeedItemState *) (void *) self->writes->data,
                                       self->writes->len, (const char * const *) self->dropped->pdata,
                                       self->dropped->len, error);
  if (ok)
    {
      g_array_set_size (self->writes, 0);
      g_ptr_array_set_size (self->dropped, 0);
    }
  return ok;
}

static gboolean
write_feed_file (const char  *dir,
                 const char  *token,
                 const char  *text,
                 gsize        length,
                 GError     **error)
{
  g_autofree char *name = g_strconcat (token, ".ics", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *temporary = g_strconcat (dir, G_DIR_SEPARATOR_S ".", name, ".new", NULL);

  /* Written beside the feed and renamed into place, so a subscriber never
   * fetches half a feed. Not synced to disk: a feed lost in a crash is
   * written again at the next publish, and two thousand fsyncs would make
   * publishing after every change too slow. */
  if (!g_file_set_contents_full (temporary, text, (gssize) length, G_FILE_SET_CONTENTS_NONE, 0644, error))
    return FALSE;
  if (g_rename (temporary, path) != 0)
    {
      int saved = errno;

      g_unlink (temporary);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not put the calendar %s in place: %s"), path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/* Whether @a and @b are the same feed apart from their DTSTAMP lines (which
 * say when a feed was made, not what is in it). */
static gboolean
same_feed (const char *a,
           gsize       a_length,
           const char *b,
           gsize       b_length)
{
  const char *a_end = a + a_length;
  const char *b_end = b + b_length;

  while (a < a_end && b < b_end)
    {
      const char *a_next = memchr (a, '\n', (gsize) (a_end - a));
      const char *b_next = memchr (b, '\n', (gsize) (b_end - b));
      gsize a_line = a_next != NULL ? (gsize) (a_next - a) + 1 : (gsize) (a_end - a);
      gsize b_line = b_next != NULL ? (gsize) (b_next - b) + 1 : (gsize) (b_end - b);
      gboolean a_stamp = a_line > 8 && memcmp (a, "DTSTAMP:", 8) == 0;
      gboolean b_stamp = b_line > 8 && memcmp (b, "DTSTAMP:", 8) == 0;

      if (a_stamp != b_stamp || (!a_stamp && (a_line != b_line || memcmp (a, b, a_line) != 0)))
        return FALSE;
      a += a_line;
      b += b_line;
    }
  return a == a_end && b == b_end;
}

/* The feed's file, unless it holds this feed already: rewriting every file
 * on every publish would make subscribers' clients download them all again
 * and costs the file system far more than comparing. */
static gboolean
update_feed_file (const char  *dir,
                  const char  *token,
                  const char  *text,
                  gsize        length,
                  gboolean    *written,
                  GError     **error)
{
  g_autofree char *name = g_strconcat (token, ".ics", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *before = NULL;
  gsize before_length = 0;

  *written = FALSE;
  if (g_file_get_contents (path, &before, &before_length, NULL) &&
      same_feed (before, before_length, text, length))
    return TRUE;
  *written = TRUE;
  return write_feed_file (dir, token, text, length, error);
}

gboolean
paraat_feed_publish (ParaatStore             *store,
                     const char              *dir,
                     gint64                   now,
                     ParaatFeedPublishStats  *stats,
                     GError                 **error)
{
  g_autoptr (ParaatFeedSet) set = NULL;
  g_autoptr (GDir) folder = NULL;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  ParaatFeedPublishStats counted = { 0 };
  const char *entry;

  g_return_val_if_fail (PARAAT_IS_STORE (store), FALSE);
  g_return_val_if_fail (dir != NULL, FALSE);

  folder = g_dir_open (dir, 0, error);
  if (folder == NULL)
    return FALSE;
  while ((entry = g_dir_read_name (folder)) != NULL)
    g_ptr_array_add (names, g_strdup (entry));
  g_ptr_array_sort (names, (GCompareFunc) (void (*) (void)) g_strcmp0);

  set = paraat_feed_set_new (store, now, error);
  if (set == NULL)
    return FALSE;

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *token = NULL;
      g_autofree char *hash = NULL;
      const ParaatFeedRow *feed;

      if (!g_str_has_suffix (name, ".ics"))
        continue;
      token = g_strndup (name, strlen (name) - 4);
      if (!paraat_feed_token_is_valid (token))
        continue;

      hash = paraat_feed_token_hash (token);
      feed = g_hash_table_lookup (set->by_hash, hash);
      if (feed != NULL && feed->revoked_at == 0)
        {
          g_autofree char *text = NULL;
          gsize length = 0;
          guint n_events = 0;

          gboolean written = FALSE;

          text = paraat_feed_set_generate (set, feed->scope, feed->scope_id, &length, &n_events, error);
          if (text == NULL || !update_feed_file (dir, token, text, length, &written, error))
            return FALSE;
          counted.feeds++;
          counted.written += written ? 1 : 0;
          counted.events += n_events;
          counted.bytes += length;
        }
      else
        {
          /* A revoked token, or one this database never made: its file must
           * not keep serving. */
          g_autofree char *path = g_build_filename (dir, name, NULL);

          if (g_unlink (path) != 0 && errno != ENOENT)
            {
              int saved = errno;

              g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                           _("Could not remove the revoked calendar %s: %s"), path, g_strerror (saved));
              return FALSE;
            }
          counted.removed++;
        }
    }

  if (!paraat_feed_set_record (set, store, error))
    return FALSE;
  if (stats != NULL)
    *stats = counted;
  return TRUE;
}

gboolean
paraat_feed_publish_one (ParaatStore  *store,
                         const char   *dir,
                         const char   *token,
                         gint64        now,
                         GError      **error)
{
  g_autoptr (ParaatFeedSet) set = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *text = NULL;
  const ParaatFeedRow *feed;
  gsize length = 0;

  g_return_val_if_fail (paraat_feed_token_is_valid (token), FALSE);

  set = paraat_feed_set_new (store, now, error);
  if (set == NULL)
    return FALSE;
  hash = paraat_feed_token_hash (token);
  feed = paraat_feed_set_find (set, hash);
  if (feed == NULL)
    {
      g_set_error (error, PARAAT_FEED_ERROR, PARAAT_FEED_ERROR_NOT_FOUND,
                   _("This calendar link is not in use (it may have been revoked)."));
      return FALSE;
    }
  text = paraat_feed_set_generate (set, feed->scope, feed->scope_id, &length, NULL, error);
  if (text == NULL || !write_feed_file (dir, token, text, length, error))
    return FALSE;
  return paraat_feed_set_record (set, store, error);
}

char *
paraat_feed_subscribe (ParaatStore      *store,
                       ParaatFeedScope   scope,
                       gint64            scope_id,
                       gint64            now,
                       GError          **error)
{
  g_autoptr (GArray) current = NULL;
  g_autofree char *token = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *folder = NULL;

  g_return_val_if_fail (PARAAT_IS_STORE (store), NULL);

  current = paraat_store_list_feeds (store, scope, scope_id, TRUE, error);
  token = current != NULL ? paraat_feed_token_new (error) : NULL;
  if (token == NULL)
    return NULL;
  hash = paraat_feed_token_hash (token);

  /* The old link stops and the new one starts in one step. */
  if (!paraat_store_begin (store, error))
    return NULL;
  for (guint i = 0; i < current->len; i++)
    if (!paraat_store_revoke_feed (store, g_array_index (current, ParaatFeedLink, i).id, error))
      {
        paraat_store_rollback (store);
        return NULL;
      }
  if (paraat_store_add_feed (store, scope, scope_id, hash, error) == 0)
    {
      paraat_store_rollback (store);
      return NULL;
    }
  if (!paraat_store_commit (store, error))
    return NULL;

  folder = paraat_store_get_feed_setting (store, PARAAT_FEED_SETTING_PUBLISH_FOLDER, NULL);
  if (folder != NULL && *folder != '\0')
    {
      g_autoptr (GError) local_error = NULL;

      /* The link exists now; a folder that cannot be written is told, but
       * the next publish writes the file once it can. */
      if (!paraat_feed_publish_one (store, folder, token, now, &local_error))
        g_warning ("Could not publish the new calendar: %s", local_error->message);
    }

  return g_steal_pointer (&token);
}

char *
paraat_feed_url (const char *base_url,
                 const char *token,
                 gboolean    webcal)
{
  g_autofree char *url = NULL;

  if (base_url == NULL || *base_url == '\0')
    return NULL;
  url = g_strdup_printf ("%s%s%s.ics", base_url, g_str_has_suffix (base_url, "/") ? "" : "/", token);
  if (!webcal)
    return g_steal_pointer (&url);
  if (g_str_has_prefix (url, "https://"))
    return g_strconcat ("webcal://", url + strlen ("https://"), NULL);
  if (g_str_has_prefix (url, "http://"))
    return g_strconcat ("webcal://", url + strlen ("http://"), NULL);
  return NULL;
}
