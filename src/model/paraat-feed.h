/* paraat-feed.h
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "model/paraat-enums.h"

G_BEGIN_DECLS

/* What the calendar feeds are made of, read from the store in one go for a
 * horizon (the past 90 days and the next 12 months): plain arrays, strings
 * kept in one chunk. Phone numbers and e-mail addresses are deliberately not
 * among the facts, so no feed can leak them. */

typedef enum
{
  PARAAT_FEED_PERSON,
  PARAAT_FEED_FUNCTION,
  PARAAT_FEED_TEAM,
  PARAAT_FEED_EVENTS,
  PARAAT_FEED_OTO,
} ParaatFeedScope;                      /* stored as: person, function, team, events, oto */

const char *paraat_feed_scope_to_string   (ParaatFeedScope  scope);
gboolean    paraat_feed_scope_from_string (const char      *text,
                                           ParaatFeedScope *scope);
/* "person:17", "events": names a feed in the item state. */
char       *paraat_feed_key               (ParaatFeedScope  scope,
                                           gint64           scope_id);

typedef struct
{
  gint64      id;
  const char *name;
  gboolean    active;
} ParaatFeedPerson;

typedef struct
{
  gint64          id;
  gint64          team_id;        /* 0: none */
  const char     *code;
  const char     *name;
  ParaatPiketKind piket_kind;
  int             response_minutes;  /* < 0: not set */
  int             lines;             /* 1 or 2 */
} ParaatFeedFunction;

typedef struct
{
  gint64      id;
  const char *code;
  const char *name;
} ParaatFeedTeam;

typedef struct
{
  gint64 function_id;
  int    line;
  int    slot;
  gint64 person_id;               /* 0: nobody yet */
  gint64 starts_at;
  gint64 ends_at;
  gint64 swapped_from;            /* the person it was swapped from, or 0 */
  gint64 request_id;              /* extra piket an event asked, or 0 */
  const char *event_name;         /* of that event, or NULL */
} ParaatFeedShift;

typedef struct
{
  gint64      id;
  const char *title;
  const char *kind_name;
  gint64      starts_at;
  gint64      ends_at;
  const char *location;
  const char *description;
  gboolean    cancelled;
} ParaatFeedSession;

typedef struct
{
  gint64 session_id;
  gint64 person_id;
} ParaatFeedInvite;

/* Someone who holds a function now or from a later day. */
typedef struct
{
  gint64 person_id;
  gint64 function_id;
} ParaatFeedHolder;

typedef struct
{
  gint64            id;
  const char       *name;
  const char       *organiser;
  const char       *location;
  gint64            starts_at;
  gint64            ends_at;
  ParaatRiskClass   risk_class;     /* the override when there is one */
  ParaatEventStatus status;
} ParaatFeedEvent;

typedef struct
{
  gint64      id;
  gint64      event_id;
  gint64      starts_at;
  const char *participants;
} ParaatFeedSchouw;

/* Someone of the crisis organisation who goes to a schouw. */
typedef struct
{
  gint64 schouw_id;
  gint64 person_id;
} ParaatFeedSchouwPerson;

/* A feed with a token (the token itself is never stored). */
typedef struct
{
  gint64          id;
  ParaatFeedScope scope;
  gint64          scope_id;       /* 0 for events and oto */
  const char     *token_hash;
  gint64          created_at;
  gint64          revoked_at;     /* 0: in use */
} ParaatFeedRow;

/* A feed as its link: what the application lists (no hash). */
typedef struct
{
  gint64          id;
  ParaatFeedScope scope;
  gint64          scope_id;
  gint64          created_at;
  gint64          revoked_at;     /* 0: in use */
} ParaatFeedLink;

/* What a feed last published of one item. */
typedef struct
{
  const char *uid;
  const char *feed_key;
  const char *digest;
  int         sequence;
  gint64      modified_at;
  gint64      removed_at;         /* 0: still in the feed */
  gint64      starts_at;
  gint64      ends_at;
  gboolean    all_day;
  const char *summary;
} ParaatFeedItemState;

typedef struct
{
  GStringChunk *strings;
  const char   *organisation;
  const char   *time_zone;
  const char   *uid_domain;
  gint64        from;
  gint64        until;
  GArray       *people;           /* ParaatFeedPerson, by id */
  GArray       *functions;        /* ParaatFeedFunction, by position */
  GArray       *teams;            /* ParaatFeedTeam, by position */
  GArray       *shifts;           /* ParaatFeedShift, by start */
  GArray       *sessions;         /* ParaatFeedSession, by start */
  GArray       *invites;          /* ParaatFeedInvite */
  GArray       *holders;          /* ParaatFeedHolder */
  GArray       *events;           /* ParaatFeedEvent, by start */
  GArray       *schouws;          /* ParaatFeedSchouw */
  GArray       *schouw_people;    /* ParaatFeedSchouwPerson */
  GArray       *feeds;            /* ParaatFeedRow */
  GArray       *states;           /* ParaatFeedItemState of the feeds in use */
} ParaatFeedFacts;

ParaatFeedFacts *paraat_feed_facts_new  (void);
void             paraat_feed_facts_free (ParaatFeedFacts *facts);
/* A copy of @text that lives as long as @facts (NULL stays NULL). */
const char      *paraat_feed_facts_keep (ParaatFeedFacts *facts,
                                         const char      *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParaatFeedFacts, paraat_feed_facts_free)

G_END_DECLS
