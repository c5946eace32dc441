/* test-store.c
 *
 * Copyright 2026 The Paraat developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>
#include <sqlite3.h>

#include "store/paraat-store-private.h"
#include "store/paraat-store.h"

/* Tests talk to the file with sqlite3 directly only to build and inspect
 * files the way another program (or an older Paraat) would have left them. */

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("paraat-store-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "test.db", NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);
        g_chmod (child, 0700);
        if (g_file_test (child, G_FILE_TEST_IS_DIR))
          remove_tree (child);
        else
          g_unlink (child);
      }
  g_chmod (path, 0700);
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static ParaatStore *
open_new (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  ParaatStore *store = paraat_store_open (fixture->path, PARAAT_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static gint64
sql_int (const char *path,
         const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static char *
file_digest (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_strdup ("missing");
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static ParaatFunction *
make_function (const char *code,
               const char *name)
{
  ParaatFunction *function = paraat_function_new ();

  paraat_function_set_code (function, code);
  paraat_function_set_name (function, name);
  paraat_function_set_piket_kind (function, PARAAT_PIKET_KIND_HARD);
  return function;
}

static ParaatPerson *
make_person (const char *given,
             const char *family)
{
  ParaatPerson *person = paraat_person_new ();

  paraat_person_set_given_name (person, given);
  paraat_person_set_family_name (person, family);
  return person;
}

/*
 * Opening
 */

static void
test_open_creates (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr (ParaatStore) store = open_new (fixture);

  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_assert_true (paraat_store_is_empty (store, NULL));
  g_assert_null (paraat_store_get_backup_path (store));
  g_clear_object (&store);

  g_assert_cmpint (sql_int (fixture->path, "PRAGMA user_version"), ==, paraat_store_schema_version ());
  g_assert_cmpint (sql_int (fixture->path, "PRAGMA application_id"), ==, PARAAT_APPLICATION_ID);
  g_assert_cmpint (sql_int (fixture->path, "SELECT count(*) FROM audit WHERE action = 'migrate'"), ==, 1);
  /* The pragmas that hold for the file itself. */
  {
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
    sqlite3_finalize (stmt);
    sqlite3_close (db);
  }
}

static void
test_open_missing (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatStore) store = paraat_store_open (fixture->path, PARAAT_STORE_OPEN_DEFAULT, &error);

  g_assert_null (store);
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, fixture->path));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

static void
test_open_not_a_database (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char text[] = "Naam;Telefoon\nGerda Roosterveld;06-0000 0007\n";

  g_assert_true (g_file_set_contents (fixture->path, text, -1, NULL));
  before = file_digest (fixture->path);

  store = paraat_store_open (fixture->path, PARAAT_STORE_OPEN_CREATE, &error);
  g_assert_null (store);
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_CORRUPT);

  after = file_digest (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_open_corrupt (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr (ParaatStore) store = open_new (fixture);
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_clear_object (&store);

  /* Damage the header's magic string: SQLite must refuse the file. */
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 100);
  memcpy (contents, "Not a database!", 15);
  g_assert_true (g_file_set_contents (fixture->path, contents, (gssize) length, NULL));

  store = paraat_store_open (fixture->path, PARAAT_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_CORRUPT);
}

static void
test_open_other_program (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatStore) store = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE bookmarks (url TEXT)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = paraat_store_open (fixture->path, PARAAT_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_CORRUPT);
  g_assert_cmpint (sql_int (fixture->path, "SELECT count(*) FROM sqlite_schema"), ==, 1);
}

static void
test_open_too_new (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr (ParaatStore) store = open_new (fixture);
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", paraat_store_schema_version () + 1);
  sqlite3 *db = NULL;

  g_clear_object (&store);
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, bump, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before = file_digest (fixture->path);

  store = paraat_store_open (fixture->path, PARAAT_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_TOO_NEW);

  after = file_digest (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_open_read_only (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr (ParaatStore) store = open_new (fixture);
  g_autoptr (GError) error = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("permissions do not bind root");
      return;
    }

  g_clear_object (&store);
  g_assert_cmpint (g_chmod (fixture->path, 0400), ==, 0);

  store = paraat_store_open (fixture->path, PARAAT_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_READ_ONLY);
}

static void
test_open_read_only_folder (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatStore) store = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("permissions do not bind root");
      return;
    }

  g_assert_cmpint (g_chmod (fixture->dir, 0500), ==, 0);
  store = paraat_store_open (fixture->path, PARAAT_STORE_OPEN_CREATE, &error);
  g_assert_null (store);
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_READ_ONLY);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

static void
test_open_locked (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr (ParaatStore) store = open_new (fixture);
  g_autoptr (ParaatStore) second = NULL;
  g_autoptr (GError) error = NULL;
  sqlite3 *db = NULL;

  g_clear_object (&store);

  /* Another program holds an exclusive lock on the file. */
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA locking_mode = EXCLUSIVE;"
                                     "BEGIN EXCLUSIVE; INSERT INTO setting VALUES ('k', 'v');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  second = paraat_store_open (fixture->path, PARAAT_STORE_OPEN_DEFAULT, &error);
  g_assert_null (second);
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_BUSY);

  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);
}

static void
test_open_directory (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatStore) store = paraat_store_open (fixture->dir, PARAAT_STORE_OPEN_CREATE, &error);

  g_assert_null (store);
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_CORRUPT);
}

/*
 * Migrations
 */

/* Leaves a file as Paraat with schema @version would have written it. */
static void
write_version (const char *path,
               int         version)
{
  sqlite3 *db = NULL;
  g_autofree char *pragmas = g_strdup_printf ("PRAGMA user_version = %d; PRAGMA application_id = %d;",
                                              version, PARAAT_APPLICATION_ID);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA foreign_keys = ON; BEGIN", NULL, NULL, NULL), ==, SQLITE_OK);
  for (int v = 1; v <= version; v++)
    g_assert_cmpint (sqlite3_exec (db, _paraat_migration_script (v), NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, pragmas, NULL, NULL, NULL), ==, SQLITE_OK);
  /* Data every version since 1 can hold. */
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO organisation (id, name) VALUES (1, 'Gemeente Oud');"
                                 "INSERT INTO team (code, name) VALUES ('GBT', 'Beleidsteam');"
                                 "INSERT INTO function (team_id, code, name, piket_kind) VALUES (1, 'ACB', 'Adviseur', 'hard');"
                                 "INSERT INTO person (given_name, family_name, phone) VALUES ('Gerda', 'Roosterveld', '+31600000007');"
                                 "INSERT INTO assignment (person_id, function_id, level) VALUES (1, 1, 'primary');"
                                 "COMMIT",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_migrate_from_every_version (Fixture       *fixture,
                                 gconstpointer  data)
{
  for (int version = 1; version < paraat_store_schema_version (); version++)
    {
      g_autoptr (ParaatStore) store = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (ParaatOrganisation) organisation = NULL;
      g_autoptr (GListModel) people = NULL;
      g_autofree char *expected_backup = g_strdup_printf ("%s.v%d.bak", fixture->path, version);

      g_unlink (fixture->path);
      g_unlink (expected_backup);
      write_version (fixture->path, version);

      store = paraat_store_open (fixture->path, PARAAT_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (paraat_store_get_backup_path (store), ==, expected_backup);

      /* The backup is the file as it was: the old version, its tables and its rows. */
      g_assert_cmpint (sql_int (expected_backup, "PRAGMA user_version"), ==, version);
      g_assert_cmpint (sql_int (expected_backup, "PRAGMA application_id"), ==, PARAAT_APPLICATION_ID);
      g_assert_cmpint (sql_int (expected_backup, "SELECT count(*) FROM person WHERE family_name = 'Roosterveld'"), ==, 1);
      g_assert_cmpint (sql_int (expected_backup, "SELECT count(*) FROM assignment"), ==, 1);
      g_assert_cmpint (sql_int (expected_backup, "SELECT count(*) FROM audit"), ==, 0);
      g_assert_cmpint (sql_int (expected_backup, "SELECT count(*) FROM sqlite_schema WHERE name = 'shift'"),
                       ==, version >= 2 ? 1 : 0);

      organisation = paraat_store_get_organisation (store, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (paraat_organisation_get_name (organisation), ==, "Gemeente Oud");
      people = paraat_store_list_people (store, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (people), ==, 1);
      g_assert_true (paraat_store_check (store, &error));
      g_assert_no_error (error);

      g_clear_object (&store);
      g_assert_cmpint (sql_int (fixture->path, "PRAGMA user_version"), ==, paraat_store_schema_version ());
      g_assert_cmpint (sql_int (fixture->path, "SELECT count(*) FROM audit WHERE action = 'migrate'"), ==, 1);
      g_unlink (expected_backup);
    }
}

static void
test_migrate_failure_leaves_file (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  sqlite3 *db = NULL;

  if (paraat_store_schema_version () < 2)
    {
      g_test_skip ("only one schema version");
      return;
    }

  write_version (fixture->path, 1);
  /* A table the next migration wants to create already exists: it must fail
   * as a whole and leave version 1 behind. */
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE rotation (x)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before = file_digest (fixture->path);

  store = paraat_store_open (fixture->path, PARAAT_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_MIGRATION);
  g_assert_cmpint (sql_int (fixture->path, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (sql_int (fixture->path, "SELECT count(*) FROM sqlite_schema WHERE name = 'shift'"), ==, 0);
  after = file_digest (fixture->path);
  g_assert_cmpstr (before, ==, after);
  /* The copy made before the attempt is gone again: the file itself is the copy. */
  {
    g_autofree char *backup = g_strdup_printf ("%s.v1.bak", fixture->path);
    g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  }
}

/*
 * Writes, validation and audit
 */

static guint
audit_count (ParaatStore *store)
{
  ParaatStoreCounts counts;

  g_assert_true (paraat_store_get_counts (store, &counts, NULL));
  return counts.audit;
}

static void
test_save_and_audit (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr (ParaatStore) store = open_new (fixture);
  g_autoptr (ParaatPerson) person = make_person ("Gerda", "Roosterveld");
  g_autoptr (ParaatPerson) loaded = NULL;
  g_autoptr (GListModel) audit = NULL;
  g_autoptr (ParaatAuditEntry) entry = NULL;
  g_autoptr (GError) error = NULL;
  guint before = audit_count (store);

  paraat_store_set_actor (store, "coordinator");
  paraat_person_set_phone (person, "+31600000007");
  g_assert_true (paraat_store_save_person (store, person, &error));
  g_assert_no_error (error);
  g_assert_cmpint (paraat_person_get_id (person), >, 0);
  g_assert_cmpuint (audit_count (store), ==, before + 1);

  paraat_person_set_phone (person, "+31600000077");
  g_assert_true (paraat_store_save_person (store, person, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (audit_count (store), ==, before + 2);

  audit = paraat_store_list_audit (store, 1, &error);
  g_assert_no_error (error);
  entry = g_list_model_get_item (audit, 0);
  g_assert_cmpstr (paraat_audit_entry_get_actor (entry), ==, "coordinator");
  g_assert_cmpstr (paraat_audit_entry_get_entity (entry), ==, "person");
  g_assert_cmpint (paraat_audit_entry_get_entity_id (entry), ==, paraat_person_get_id (person));
  g_assert_cmpint (paraat_audit_entry_get_action (entry), ==, PARAAT_AUDIT_ACTION_UPDATE);
  /* Before and after, and nothing that did not change. */
  g_assert_nonnull (strstr (paraat_audit_entry_get_summary (entry), "+31600000007"));
  g_assert_nonnull (strstr (paraat_audit_entry_get_summary (entry), "+31600000077"));
  g_assert_null (strstr (paraat_audit_entry_get_summary (entry), "given_name"));

  loaded = paraat_store_get_person (store, paraat_person_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (paraat_person_get_phone (loaded), ==, "+31600000077");
  g_assert_cmpstr (paraat_person_get_display_name (loaded), ==, "Gerda Roosterveld");
}

typedef struct
{
  const char *given;
  const char *family;
  const char *phone;
  const char *email;
} BadPerson;

static void
test_bad_input_changes_nothing (Fixture       *fixture,
                                gconstpointer  data)
{
  static const BadPerson bad_people[] = {
    { "", "  ", "", "" },
    { "Hugo", "Alarmink", "06-0000 0008", "" },
    { "Hugo", "Alarmink", "+0600000008", "" },
    { "Hugo", "Alarmink", "+31", "" },
    { "Hugo", "Alarmink", "", "hugo.alarmink" },
    { "Hugo", "Alarmink", "", "hugo@@voorbeeld.example" },
    { "Hugo", "Alarmink", "", "hugo @voorbeeld.example" },
  };
  g_autoptr (ParaatStore) store = open_new (fixture);
  g_autoptr (ParaatFunction) function = make_function ("ACB", "Adviseur Crisisbeheersing");
  g_autoptr (ParaatFunction) duplicate = make_function ("acb", "Nog een adviseur");
  g_autoptr (ParaatFunction) bad_code = make_function ("1; DROP TABLE person", "Robert'); DROP TABLE person;--");
  g_autoptr (ParaatFunction) bad_lines = make_function ("IM", "Informatiemanager");
  g_autoptr (ParaatAssignment) assignment = paraat_assignment_new ();
  g_autoptr (ParaatEvent) event = paraat_event_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint audit_before;

  g_assert_true (paraat_store_save_function (store, function, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  before = file_digest (fixture->path);
  store = open_new (fixture);
  audit_before = audit_count (store);

  for (guint i = 0; i < G_N_ELEMENTS (bad_people); i++)
    {
      g_autoptr (ParaatPerson) person = make_person (bad_people[i].given, bad_people[i].family);

      paraat_person_set_phone (person, bad_people[i].phone);
      paraat_person_set_email (person, bad_people[i].email);
      g_assert_false (paraat_store_save_person (store, person, &error));
      g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
      g_assert_cmpstr (error->message, !=, "");
      g_assert_cmpint (paraat_person_get_id (person), ==, 0);
      g_clear_error (&error);
    }

  g_assert_false (paraat_store_save_function (store, duplicate, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "acb"));
  g_clear_error (&error);

  g_assert_false (paraat_store_save_function (store, bad_code, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  paraat_function_set_lines (bad_lines, 3);
  g_assert_false (paraat_store_save_function (store, bad_lines, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A link to rows that do not exist. */
  paraat_assignment_set_person_id (assignment, 4242);
  paraat_assignment_set_function_id (assignment, paraat_function_get_id (function));
  g_assert_false (paraat_store_save_assignment (store, assignment, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  paraat_assignment_set_valid_from (assignment, "2026-05-01");
  paraat_assignment_set_valid_until (assignment, "2026-04-30");
  g_assert_false (paraat_store_save_assignment (store, assignment, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  paraat_assignment_set_valid_until (assignment, "2026-02-30");
  g_assert_false (paraat_store_save_assignment (store, assignment, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A class override without a reason. */
  paraat_event_set_name (event, "Voorbeeld Open Air");
  paraat_event_set_starts_at (event, 1782554400);
  paraat_event_set_ends_at (event, 1782604800);
  paraat_event_set_class_override (event, PARAAT_RISK_CLASS_C);
  g_assert_false (paraat_store_save_event (store, event, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Updating a row that was deleted meanwhile. */
  paraat_function_set_id (duplicate, 999);
  paraat_function_set_code (duplicate, "NEW");
  g_assert_false (paraat_store_save_function (store, duplicate, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpuint (audit_count (store), ==, audit_before);
  g_clear_object (&store);
  after = file_digest (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_delete_refuses_in_use (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr (ParaatStore) store = open_new (fixture);
  g_autoptr (ParaatFunction) function = make_function ("ACB", "Adviseur Crisisbeheersing");
  g_autoptr (ParaatPerson) person = make_person ("Iris", "Schouwenaar");
  g_autoptr (ParaatAssignment) assignment = paraat_assignment_new ();
  g_autoptr (GListModel) functions = NULL;
  g_autoptr (GListModel) audit = NULL;
  g_autoptr (ParaatAuditEntry) entry = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (paraat_store_save_function (store, function, &error));
  g_assert_true (paraat_store_save_person (store, person, &error));
  paraat_assignment_set_person_id (assignment, paraat_person_get_id (person));
  paraat_assignment_set_function_id (assignment, paraat_function_get_id (function));
  g_assert_true (paraat_store_save_assignment (store, assignment, &error));
  g_assert_no_error (error);

  g_assert_false (paraat_store_delete_function (store, paraat_function_get_id (function), &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_false (paraat_store_delete_person (store, paraat_person_get_id (person), &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_IN_USE);
  g_clear_error (&error);

  functions = paraat_store_list_functions (store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (functions), ==, 1);

  /* An absence is history too: it does not disappear with its person. */
  {
    g_autoptr (ParaatPerson) other = make_person ("Uma", "Bereikhof");
    g_autoptr (ParaatAbsence) absence = paraat_absence_new ();

    g_assert_true (paraat_store_save_person (store, other, &error));
    paraat_absence_set_person_id (absence, paraat_person_get_id (other));
    paraat_absence_set_starts_at (absence, 1784505600);
    paraat_absence_set_ends_at (absence, 1786320000);
    paraat_absence_set_reason (absence, "Vakantie");
    g_assert_true (paraat_store_save_absence (store, absence, &error));
    g_assert_false (paraat_store_delete_person (store, paraat_person_get_id (other), &error));
    g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_IN_USE);
    g_assert_nonnull (strstr (error->message, "Uma Bereikhof"));
    g_clear_error (&error);
    g_assert_cmpint (sql_int (fixture->path, "SELECT count(*) FROM absence"), ==, 1);
  }

  /* Once nothing refers to them, they go, and the audit keeps their values. */
  g_assert_true (paraat_store_delete_assignment (store, paraat_assignment_get_id (assignment), &error));
  g_assert_true (paraat_store_delete_function (store, paraat_function_get_id (function), &error));
  g_assert_no_error (error);

  audit = paraat_store_list_audit (store, 1, &error);
  entry = g_list_model_get_item (audit, 0);
  g_assert_cmpint (paraat_audit_entry_get_action (entry), ==, PARAAT_AUDIT_ACTION_DELETE);
  g_assert_nonnull (strstr (paraat_audit_entry_get_summary (entry), "Adviseur Crisisbeheersing"));

  g_assert_false (paraat_store_delete_function (store, paraat_function_get_id (function), &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND);
}

static void
count_changed_cb (ParaatStore *store,
                  const char  *entity,
                  guint       *count)
{
  (*count)++;
}

static void
test_batch_all_or_nothing (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr (ParaatStore) store = open_new (fixture);
  g_autoptr (GListModel) people = NULL;
  g_autoptr (GError) error = NULL;
  guint changed = 0;

  g_signal_connect (store, "changed", G_CALLBACK (count_changed_cb), &changed);

  g_assert_true (paraat_store_begin (store, &error));
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *family = g_strdup_printf ("Persoon %u", i);
      g_autoptr (ParaatPerson) person = make_person ("Test", family);

      if (i == 7)
        paraat_person_set_email (person, "not an address");
      paraat_store_save_person (store, person, i == 7 ? &error : NULL);
    }
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* Validation refused one row before SQL: the batch is still clean, so the
   * caller decides. Here it rolls back. */
  paraat_store_rollback (store);

  people = paraat_store_list_people (store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 0);
  g_assert_cmpuint (changed, ==, 0);
  g_clear_object (&people);

  /* A failure inside SQL poisons the batch: commit refuses. */
  g_assert_true (paraat_store_begin (store, &error));
  {
    g_autoptr (ParaatPerson) person = make_person ("Wies", "Ruilsma");
    g_autoptr (ParaatAssignment) assignment = paraat_assignment_new ();

    g_assert_true (paraat_store_save_person (store, person, &error));
    paraat_assignment_set_person_id (assignment, paraat_person_get_id (person));
    paraat_assignment_set_function_id (assignment, 77);
    g_assert_false (paraat_store_save_assignment (store, assignment, NULL));
  }
  g_assert_false (paraat_store_commit (store, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  people = paraat_store_list_people (store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 0);
  g_clear_object (&people);

  /* And a clean batch lands with one change notification. */
  g_assert_true (paraat_store_begin (store, &error));
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *family = g_strdup_printf ("Persoon %u", i);
      g_autoptr (ParaatPerson) person = make_person ("Test", family);

      g_assert_true (paraat_store_save_person (store, person, &error));
    }
  g_assert_true (paraat_store_commit (store, &error));
  g_assert_no_error (error);
  people = paraat_store_list_people (store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 3);
  g_assert_cmpuint (changed, ==, 1);
}

static void
test_shifts (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr (ParaatStore) store = open_new (fixture);
  g_autoptr (ParaatFunction) function = make_function ("ACB", "Adviseur Crisisbeheersing");
  g_autoptr (ParaatPerson) person = make_person ("Gerda", "Roosterveld");
  g_autoptr (ParaatShift) found = NULL;
  g_autoptr (GListModel) shifts = NULL;
  g_autoptr (GError) error = NULL;
  const gint64 week = 7 * 24 * 3600;
  const gint64 start = 1766995200; /* 2025-12-29 08:00 UTC = Monday 09:00 in Amsterdam */

  g_assert_true (paraat_store_save_function (store, function, &error));
  g_assert_true (paraat_store_save_person (store, person, &error));

  g_assert_true (paraat_store_begin (store, &error));
  for (int i = 0; i < 8; i++)
    {
      g_autoptr (ParaatShift) shift = paraat_shift_new ();

      paraat_shift_set_function_id (shift, paraat_function_get_id (function));
      paraat_shift_set_person_id (shift, i % 2 ? paraat_person_get_id (person) : 0);
      paraat_shift_set_starts_at (shift, start + i * week);
      paraat_shift_set_ends_at (shift, start + (i + 1) * week);
      g_assert_true (paraat_store_save_shift (store, shift, &error));
    }
  g_assert_true (paraat_store_commit (store, &error));
  g_assert_no_error (error);

  shifts = paraat_store_list_shifts (store, 0, start + week, start + 3 * week, &error);
  g_assert_cmpuint (g_list_model_get_n_items (shifts), ==, 2);

  found = paraat_store_find_shift_at (store, paraat_function_get_id (function), 1, start + week + 5, &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpint (paraat_shift_get_starts_at (found), ==, start + week);
  g_assert_cmpint (paraat_shift_get_person_id (found), ==, paraat_person_get_id (person));
  g_clear_object (&found);

  found = paraat_store_find_shift_at (store, paraat_function_get_id (function), 1, start + 8 * week, &error);
  g_assert_no_error (error);
  g_assert_null (found);

  /* The same slot twice is refused. */
  {
    g_autoptr (ParaatShift) shift = paraat_shift_new ();

    paraat_shift_set_function_id (shift, paraat_function_get_id (function));
    paraat_shift_set_starts_at (shift, start);
    paraat_shift_set_ends_at (shift, start + week);
    g_assert_false (paraat_store_save_shift (store, shift, &error));
    g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_DUPLICATE);
  }
}

/* Extra piket asked by an event: every bad request is refused with a clear
 * error and changes nothing; a request has its own shift, never the
 * regular one's; moving the event moves it, all or nothing. */
static gint64
amsterdam (int year, int month, int day, int hour, int minute)
{
  g_autoptr (GTimeZone) tz = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_autoptr (GDateTime) when = g_date_time_new (tz, year, month, day, hour, minute, 0);

  return g_date_time_to_unix (when);
}

static guint
count_requests (ParaatStore *store,
                gint64       event_id)
{
  g_autoptr (GPtrArray) requests = paraat_store_list_event_duty_requests (store, event_id, NULL);

  g_assert_nonnull (requests);
  return requests->len;
}

static void
test_duty_requests (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr (ParaatStore) store = open_new (fixture);
  g_autoptr (ParaatFunction) ovd = make_function ("OVDBZ", "OvD Bevolkingszorg");
  g_autoptr (ParaatFunction) gse = make_function ("GSE", "Gemeentesecretaris");
  g_autoptr (ParaatPerson) person = make_person ("Gerda", "Roosterveld");
  g_autoptr (ParaatEvent) event = paraat_event_new ();
  g_autoptr (GPtrArray) listed = NULL;
  g_autoptr (GError) error = NULL;
  gint64 day = amsterdam (2026, 4, 27, 0, 0), next_day = amsterdam (2026, 4, 28, 0, 0);
  ParaatDutyRequest request = { 0 };
  ParaatDutyRequest bad;
  guint audit_before;

  paraat_function_set_piket_kind (gse, PARAAT_PIKET_KIND_NONE);
  g_assert_true (paraat_store_save_function (store, ovd, &error));
  g_assert_true (paraat_store_save_function (store, gse, &error));
  g_assert_true (paraat_store_save_person (store, person, &error));
  paraat_event_set_name (event, "Koningsdag");
  paraat_event_set_starts_at (event, amsterdam (2026, 4, 27, 6, 0));
  paraat_event_set_ends_at (event, amsterdam (2026, 4, 27, 20, 0));
  g_assert_true (paraat_store_save_event (store, event, &error));
  g_assert_no_error (error);

  request = (ParaatDutyRequest) {
    .event_id = paraat_event_get_id (event), .function_id = paraat_function_get_id (ovd), .line = 1,
    .starts_at = amsterdam (2026, 4, 27, 6, 0), .ends_at = next_day, .note = (char *) "2e OvD-Bz voor Koningsdag",
  };
  audit_before = audit_count (store);

  /* Refused, each with a reason, and nothing written. */
  bad = request;
  bad.line = 3;
  g_assert_false (paraat_store_save_duty_request (store, &bad, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  bad = request;
  bad.ends_at = bad.starts_at;
  g_assert_false (paraat_store_save_duty_request (store, &bad, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  bad = request;
  bad.function_id = paraat_function_get_id (gse);
  g_assert_false (paraat_store_save_duty_request (store, &bad, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "GSE"));
  g_clear_error (&error);
  bad = request;
  bad.function_id = 999;
  g_assert_false (paraat_store_save_duty_request (store, &bad, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  bad = request;
  bad.event_id = 999;
  g_assert_false (paraat_store_save_duty_request (store, &bad, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* Koningsnacht, the evening before, lies outside the event's days. */
  bad = request;
  bad.starts_at = amsterdam (2026, 4, 26, 18, 0);
  g_assert_false (paraat_store_save_duty_request (store, &bad, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Koningsdag"));
  g_clear_error (&error);
  bad = request;
  bad.ends_at = next_day + 1;
  g_assert_false (paraat_store_save_duty_request (store, &bad, &error));
  g_clear_error (&error);
  g_assert_cmpuint (count_requests (store, paraat_event_get_id (event)), ==, 0);
  g_assert_cmpuint (audit_count (store), ==, audit_before);

  /* Asked: once per function, line and period. */
  g_assert_true (paraat_store_save_duty_request (store, &request, &error));
  g_assert_no_error (error);
  g_assert_cmpint (request.id, >, 0);
  g_assert_cmpuint (audit_count (store), >, audit_before);
  bad = request;
  bad.id = 0;
  bad.starts_at = amsterdam (2026, 4, 27, 12, 0);
  g_assert_false (paraat_store_save_duty_request (store, &bad, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);
  bad.line = 2;
  g_assert_true (paraat_store_save_duty_request (store, &bad, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_requests (store, paraat_event_get_id (event)), ==, 2);

  listed = paraat_store_list_duty_requests (store, day, next_day, &error);
  g_assert_nonnull (listed);
  g_assert_cmpuint (listed->len, ==, 2);
  g_clear_pointer (&listed, g_ptr_array_unref);
  listed = paraat_store_list_duty_requests (store, next_day, next_day + 86400, &error);
  g_assert_cmpuint (listed->len, ==, 0);
  g_clear_pointer (&listed, g_ptr_array_unref);

  /* Filled by hand: its own shift, not the function's regular one. */
  g_assert_true (paraat_store_fill_duty_request (store, request.id, paraat_person_get_id (person), &error));
  g_assert_no_error (error);
  g_assert_null (paraat_store_find_shift_at (store, paraat_function_get_id (ovd), 1, request.starts_at + 60, &error));
  g_assert_no_error (error);
  {
    g_autoptr (ParaatShift) regular = paraat_shift_new ();

    /* A regular shift at the same start is no duplicate of it. */
    paraat_shift_set_function_id (regular, paraat_function_get_id (ovd));
    paraat_shift_set_starts_at (regular, request.starts_at);
    paraat_shift_set_ends_at (regular, request.ends_at);
    g_assert_true (paraat_store_save_shift (store, regular, &error));
    g_assert_no_error (error);
  }
  listed = paraat_store_list_event_duty_requests (store, paraat_event_get_id (event), &error);
  g_assert_cmpint (((ParaatDutyRequest *) g_ptr_array_index (listed, 0))->person_id, ==, paraat_person_get_id (person));
  g_assert_cmpstr (((ParaatDutyRequest *) g_ptr_array_index (listed, 0))->person_name, ==, "Gerda Roosterveld");
  g_assert_true (((ParaatDutyRequest *) g_ptr_array_index (listed, 0))->fixed);
  g_assert_cmpstr (((ParaatDutyRequest *) g_ptr_array_index (listed, 0))->note, ==, "2e OvD-Bz voor Koningsdag");
  {
    g_autoptr (GArray) shifts = paraat_store_read_piket_shifts (store, day, next_day, &error);
    guint extra = 0;

    for (guint i = 0; i < shifts->len; i++)
      extra += g_array_index (shifts, ParaatPiketShift, i).request_id == request.id;
    g_assert_cmpuint (shifts->len, ==, 2);
    g_assert_cmpuint (extra, ==, 1);
  }

  /* Removed with its shift; undone with it. */
  {
    g_autoptr (ParaatDutyRequest) removed = paraat_duty_request_copy (g_ptr_array_index (listed, 0));

    g_assert_true (paraat_store_delete_duty_request (store, request.id, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (count_requests (store, paraat_event_get_id (event)), ==, 1);
    g_assert_cmpint (sql_int (fixture->path, "SELECT count(*) FROM shift WHERE request_id IS NOT NULL"), ==, 0);
    removed->id = 0;
    g_assert_true (paraat_store_save_duty_request (store, removed, &error));
    g_assert_no_error (error);
    g_assert_cmpint (sql_int (fixture->path, "SELECT count(*) FROM shift WHERE request_id IS NOT NULL AND "
                                             "origin = 'manual' AND person_id IS NOT NULL"), ==, 1);
    request.id = removed->id;
  }
  g_clear_pointer (&listed, g_ptr_array_unref);

  /* A new period takes whoever filled it off. */
  request.ends_at = amsterdam (2026, 4, 27, 22, 0);
  g_assert_true (paraat_store_save_duty_request (store, &request, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (fixture->path, "SELECT count(*) FROM shift WHERE request_id IS NOT NULL"), ==, 0);

  /* Moving the event: all or nothing. A move that would put a request
   * outside the event's new days changes nothing. */
  {
    ParaatDutyRequest moved[2] = {
      { .id = request.id, .starts_at = request.starts_at + 7 * 86400, .ends_at = request.ends_at + 7 * 86400 },
      { .id = bad.id, .starts_at = bad.starts_at + 9 * 86400, .ends_at = bad.ends_at + 9 * 86400 },
    };
    gint64 old_start = paraat_event_get_starts_at (event);

    paraat_event_set_starts_at (event, old_start + 7 * 86400);
    paraat_event_set_ends_at (event, paraat_event_get_ends_at (event) + 7 * 86400);
    g_assert_false (paraat_store_move_event (store, event, NULL, NULL, 0, moved, 2, &error));
    g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
    g_clear_error (&error);
    {
      g_autoptr (ParaatEvent) stored = paraat_store_get_event (store, paraat_event_get_id (event), &error);

      g_assert_cmpint (paraat_event_get_starts_at (stored), ==, old_start);
    }
    g_assert_cmpint (sql_int (fixture->path, "SELECT min(starts_at) FROM duty_request"), ==, request.starts_at);

    moved[1].starts_at = bad.starts_at + 7 * 86400;
    moved[1].ends_at = bad.ends_at + 7 * 86400;
    g_assert_true (paraat_store_move_event (store, event, NULL, NULL, 0, moved, 2, &error));
    g_assert_no_error (error);
    g_assert_cmpint (sql_int (fixture->path, "SELECT min(starts_at) FROM duty_request"), ==, request.starts_at + 7 * 86400);
  }

  /* The event and the function cannot go while a request names them. */
  g_assert_false (paraat_store_delete_function (store, paraat_function_get_id (ovd), &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_IN_USE);
}

/* Rotations: a bad rule or membership is a clear message and changes nothing. */
static void
test_rotations (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (ParaatStore) store = open_new (fixture);
  g_autoptr (ParaatFunction) function = make_function ("ACB", "Adviseur Crisisbeheersing");
  g_autoptr (ParaatPerson) gerda = make_person ("Gerda", "Roosterveld");
  g_autoptr (ParaatPerson) hugo = make_person ("Hugo", "Alarmink");
  g_autoptr (ParaatRotation) rotation = paraat_rotation_new ();
  g_autoptr (GListModel) rotations = NULL;
  g_autoptr (ParaatRotation) loaded = NULL;
  g_autoptr (GError) error = NULL;
  ParaatRotationRule rule, good_rule;
  const gint64 *members;
  guint n_members, audit_before;
  gint64 ids[2];

  g_assert_true (paraat_store_save_function (store, function, &error));
  g_assert_true (paraat_store_save_person (store, gerda, &error));
  g_assert_true (paraat_store_save_person (store, hugo, &error));
  ids[0] = paraat_person_get_id (hugo);
  ids[1] = paraat_person_get_id (gerda);

  paraat_rotation_rule_init_weekly (&good_rule, 2026, 1, 1);
  good_rule.handover_minute = 12 * 60;
  paraat_rotation_set_function_id (rotation, paraat_function_get_id (function));
  paraat_rotation_set_rule (rotation, &good_rule);
  paraat_rotation_set_lines (rotation, 2);
  paraat_rotation_set_max_consecutive (rotation, 2);
  paraat_rotation_set_members (rotation, ids, 2);
  audit_before = audit_count (store);

  /* Bad input, one thing at a time. */
  {
    struct { int what; const char *fragment; } cases[] = {
      { 0, "23:59" }, { 1, "at least one day" }, { 2, "at least one member" },
      { 3, "twice" }, { 4, "1st and a 2nd line" }, { 5, "no longer exists" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        gint64 twice[2] = { ids[0], ids[0] };
        gint64 nobody[1] = { 987654 };

        rule = good_rule;
        paraat_rotation_set_rule (rotation, &rule);
        paraat_rotation_set_members (rotation, ids, 2);
        paraat_rotation_set_lines (rotation, 2);
        switch (cases[i].what)
          {
          case 0: rule.handover_minute = 25 * 60; paraat_rotation_set_rule (rotation, &rule); break;
          case 1: rule.period_days = 0; paraat_rotation_set_rule (rotation, &rule); break;
          case 2: paraat_rotation_set_members (rotation, NULL, 0); break;
          case 3: paraat_rotation_set_members (rotation, twice, 2); break;
          case 4: paraat_rotation_set_lines (rotation, 3); break;
          case 5: paraat_rotation_set_members (rotation, nobody, 1); break;
          default: g_assert_not_reached ();
          }
        g_assert_false (paraat_store_save_rotation (store, rotation, &error));
        g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
        if (strstr (error->message, cases[i].fragment) == NULL)
          g_error ("“%s” does not mention “%s”", error->message, cases[i].fragment);
        g_assert_cmpint (paraat_rotation_get_id (rotation), ==, 0);
        g_clear_error (&error);
      }
  }
  g_assert_cmpuint (audit_count (store), ==, audit_before);
  rotations = paraat_store_list_rotations (store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (rotations), ==, 0);
  g_clear_object (&rotations);

  /* A good one, read back with its members in order. */
  paraat_rotation_set_rule (rotation, &good_rule);
  paraat_rotation_set_members (rotation, ids, 2);
  paraat_rotation_set_lines (rotation, 2);
  g_assert_true (paraat_store_save_rotation (store, rotation, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (audit_count (store), >, audit_before);
  rotations = paraat_store_list_rotations (store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (rotations), ==, 1);
  loaded = g_list_model_get_item (rotations, 0);
  g_assert_cmpint (paraat_rotation_get_rule (loaded)->handover_minute, ==, 12 * 60);
  g_assert_cmpint (paraat_rotation_get_rule (loaded)->start_day, ==, 1);
  g_assert_cmpint (paraat_rotation_get_lines (loaded), ==, 2);
  g_assert_cmpint (paraat_rotation_get_max_consecutive (loaded), ==, 2);
  members = paraat_rotation_get_members (loaded, &n_members);
  g_assert_cmpuint (n_members, ==, 2);
  g_assert_cmpint (members[0], ==, ids[0]);
  g_assert_cmpint (members[1], ==, ids[1]);

  /* A second rotation for the same function is refused. */
  {
    g_autoptr (ParaatRotation) another = paraat_rotation_new ();

    paraat_rotation_set_function_id (another, paraat_function_get_id (function));
    paraat_rotation_set_members (another, ids, 1);
    g_assert_false (paraat_store_save_rotation (store, another, &error));
    g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "already has a rotation"));
    g_clear_error (&error);
  }
}

/* Absences of one person do not overlap. */
static void
test_absences_do_not_overlap (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr (ParaatStore) store = open_new (fixture);
  g_autoptr (ParaatPerson) person = make_person ("Lars", "Opvanghof");
  g_autoptr (ParaatAbsence) summer = paraat_absence_new ();
  g_autoptr (ParaatAbsence) overlap = paraat_absence_new ();
  g_autoptr (ParaatAbsence) after = paraat_absence_new ();
  g_autoptr (GError) error = NULL;
  const gint64 day = 24 * 3600, start = 1784527200; /* 2026-07-20 */
  guint audit_before;

  g_assert_true (paraat_store_save_person (store, person, &error));
  paraat_absence_set_person_id (summer, paraat_person_get_id (person));
  paraat_absence_set_starts_at (summer, start);
  paraat_absence_set_ends_at (summer, start + 21 * day);
  g_assert_true (paraat_store_save_absence (store, summer, &error));
  g_assert_no_error (error);

  audit_before = audit_count (store);
  paraat_absence_set_person_id (overlap, paraat_person_get_id (person));
  paraat_absence_set_starts_at (overlap, start + 20 * day);
  paraat_absence_set_ends_at (overlap, start + 25 * day);
  g_assert_false (paraat_store_save_absence (store, overlap, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "overlaps"));
  g_assert_cmpint (paraat_absence_get_id (overlap), ==, 0);
  g_assert_cmpuint (audit_count (store), ==, audit_before);
  g_clear_error (&error);

  /* Right after it is fine, and so is changing the absence itself. */
  paraat_absence_set_person_id (after, paraat_person_get_id (person));
  paraat_absence_set_starts_at (after, start + 21 * day);
  paraat_absence_set_ends_at (after, start + 22 * day);
  g_assert_true (paraat_store_save_absence (store, after, &error));
  paraat_absence_set_ends_at (summer, start + 20 * day);
  g_assert_true (paraat_store_save_absence (store, summer, &error));
  g_assert_no_error (error);
}

static guint
absence_count (ParaatStore *store)
{
  ParaatStoreCounts counts;

  g_assert_true (paraat_store_get_counts (store, &counts, NULL));
  return counts.absences;
}

/* Imported absences and holidays: all or nothing, an audit row each, and
 * removed again (Undo) all or nothing. */
static void
test_import_absences_and_holidays (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr (ParaatStore) store = open_new (fixture);
  g_autoptr (ParaatPerson) person = make_person ("Lars", "Opvanghof");
  g_autoptr (GPtrArray) absences = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GArray) holidays = g_array_new (FALSE, TRUE, sizeof (ParaatHoliday));
  g_autoptr (GArray) listed = NULL;
  g_autoptr (GError) error = NULL;
  const gint64 day = 24 * 3600, start = 1784527200; /* 2026-07-20 */
  gint64 ids[3];
  guint audit_before;

  g_assert_true (paraat_store_save_person (store, person, &error));
  for (guint i = 0; i < 3; i++)
    {
      ParaatAbsence *absence = paraat_absence_new ();

      paraat_absence_set_person_id (absence, paraat_person_get_id (person));
      paraat_absence_set_starts_at (absence, start + i * 2 * day);
      paraat_absence_set_ends_at (absence, start + (i * 2 + 1) * day);
      paraat_absence_set_reason (absence, "Vakantie");
      g_ptr_array_add (absences, absence);
    }
  /* The third overlaps the second: nothing is written. */
  paraat_absence_set_starts_at (g_ptr_array_index (absences, 2), start + 2 * day + 3600);
  audit_before = audit_count (store);
  g_assert_false (paraat_store_import_absences (store, absences, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Nothing was imported:"));
  g_clear_error (&error);
  g_assert_cmpuint (absence_count (store), ==, 0);
  g_assert_cmpuint (audit_count (store), ==, audit_before);
  for (guint i = 0; i < absences->len; i++)
    g_assert_cmpint (paraat_absence_get_id (g_ptr_array_index (absences, i)), ==, 0);

  paraat_absence_set_starts_at (g_ptr_array_index (absences, 2), start + 4 * day);
  paraat_absence_set_ends_at (g_ptr_array_index (absences, 2), start + 5 * day);
  g_assert_true (paraat_store_import_absences (store, absences, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (absence_count (store), ==, 3);
  g_assert_cmpuint (audit_count (store), ==, audit_before + 3);
  for (guint i = 0; i < 3; i++)
    ids[i] = paraat_absence_get_id (g_ptr_array_index (absences, i));

  /* Undo with one id gone: nothing is removed. */
  {
    gint64 wrong[] = { ids[0], ids[1], 999999 };

    g_assert_false (paraat_store_delete_absences (store, wrong, G_N_ELEMENTS (wrong), &error));
    g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_assert_cmpuint (absence_count (store), ==, 3);
  }
  g_assert_true (paraat_store_delete_absences (store, ids, G_N_ELEMENTS (ids), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (absence_count (store), ==, 0);
  g_assert_cmpuint (audit_count (store), ==, audit_before + 6);

  /* Holidays: a bad day refuses the lot; a good lot is listed by day. */
  g_array_set_clear_func (holidays, (GDestroyNotify) paraat_holiday_clear);
  g_array_append_val (holidays, ((ParaatHoliday) { 0, g_strdup ("2026-12-25"), g_strdup ("2026-12-26"),
                                                   g_strdup ("Kerstmis"), g_strdup ("k") }));
  g_array_append_val (holidays, ((ParaatHoliday) { 0, g_strdup ("2026-04-27"), g_strdup ("2026-04-27"),
                                                   g_strdup ("Koningsdag"), g_strdup ("") }));
  g_array_append_val (holidays, ((ParaatHoliday) { 0, g_strdup ("2026-02-30"), g_strdup ("2026-02-30"),
                                                   g_strdup ("Bestaat niet"), g_strdup ("") }));
  audit_before = audit_count (store);
  g_assert_false (paraat_store_import_holidays (store, holidays, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Bestaat niet"));
  g_clear_error (&error);
  listed = paraat_store_list_holidays (store, &error);
  g_assert_cmpuint (listed->len, ==, 0);
  g_assert_cmpuint (audit_count (store), ==, audit_before);
  g_clear_pointer (&listed, g_array_unref);

  g_array_remove_index (holidays, 2);
  g_assert_true (paraat_store_import_holidays (store, holidays, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (audit_count (store), ==, audit_before + 2);
  listed = paraat_store_list_holidays (store, &error);
  g_assert_cmpuint (listed->len, ==, 2);
  g_assert_cmpstr (g_array_index (listed, ParaatHoliday, 0).name, ==, "Koningsdag");
  g_assert_cmpstr (g_array_index (listed, ParaatHoliday, 1).last_day, ==, "2026-12-26");
  g_assert_cmpstr (g_array_index (listed, ParaatHoliday, 1).uid, ==, "k");

  /* The same days and name again is a duplicate. */
  g_assert_false (paraat_store_import_holidays (store, holidays, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);

  {
    gint64 holiday_ids[] = { g_array_index (listed, ParaatHoliday, 0).id, g_array_index (listed, ParaatHoliday, 1).id };

    g_assert_true (paraat_store_delete_holidays (store, holiday_ids, 2, &error));
    g_assert_no_error (error);
  }
  g_clear_pointer (&listed, g_array_unref);
  listed = paraat_store_list_holidays (store, &error);
  g_assert_cmpuint (listed->len, ==, 0);
}

/* OTO: a session, its attendance and requirements; bad input changes
 * nothing; the facts the proficiency rules read. */
static void
test_oto (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr (ParaatStore) store = open_new (fixture);
  g_autoptr (ParaatFunction) acb = make_function ("ACB", "Adviseur crisisbeheersing");
  g_autoptr (ParaatPerson) anna = make_person ("Anna", "Alarm");
  g_autoptr (ParaatPerson) bert = make_person ("Bert", "Bijstand");
  g_autoptr (ParaatSession) session = paraat_session_new ();
  g_autoptr (ParaatSession) reread = NULL;
  g_autoptr (GTimeZone) tz = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_autoptr (GArray) rows = NULL;
  g_autoptr (GArray) targets = NULL;
  g_autoptr (GArray) lessons = NULL;
  g_autoptr (GListModel) unregistered = NULL;
  g_autoptr (ParaatOtoFacts) facts = NULL;
  g_autoptr (GError) error = NULL;
  ParaatAttendance list[3];
  ParaatRequirement requirement = { .category = "exercise", .min_count = 1, .period_months = 12, .description = "" };
  ParaatLesson lesson = { 0 };
  const ParaatAttendanceRecord *record;
  gint64 function_id;
  guint audit_before;

  g_assert_true (paraat_store_save_function (store, acb, &error));
  g_assert_true (paraat_store_save_person (store, anna, &error));
  g_assert_true (paraat_store_save_person (store, bert, &error));
  g_assert_true (paraat_store_save_session_kind (store, "TTX", "Table-top", "exercise", &error));
  g_assert_no_error (error);
  function_id = paraat_function_get_id (acb);

  /* A session that ends before it starts. */
  paraat_session_set_kind (session, "TTX");
  paraat_session_set_title (session, "TTX stroomuitval");
  paraat_session_set_starts_at (session, 1773151200);  /* 2026-03-10 15:00 +01 */
  paraat_session_set_ends_at (session, 1773151200 - 60);
  g_assert_false (paraat_store_save_session (store, session, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (paraat_session_get_id (session), ==, 0);
  paraat_session_set_ends_at (session, 1773151200 + 3 * 3600);
  paraat_session_set_capacity (session, 2);
  g_assert_true (paraat_store_save_session (store, session, &error));
  g_assert_true (paraat_store_set_session_targets (store, paraat_session_get_id (session), &function_id, 1, &error));
  targets = paraat_store_read_session_targets (store, paraat_session_get_id (session), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (targets->len, ==, 1);

  /* Invited twice, over capacity, a result without presence: refused. */
  audit_before = audit_count (store);
  list[0] = (ParaatAttendance) { paraat_person_get_id (anna), 0, PARAAT_ATTENDANCE_INVITED, NULL, -1, PARAAT_RESULT_NONE };
  list[1] = list[0];
  g_assert_false (paraat_store_write_attendance (store, paraat_session_get_id (session), list, 2, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "twice"));
  g_clear_error (&error);
  list[1].person_id = paraat_person_get_id (bert);
  list[2] = list[1];
  list[2].person_id = 999;
  g_assert_false (paraat_store_write_attendance (store, paraat_session_get_id (session), list, 3, &error));
  g_assert_nonnull (strstr (error->message, "room for 2"));
  g_clear_error (&error);
  list[1].status = PARAAT_ATTENDANCE_EXCUSED;
  list[1].result = PARAAT_RESULT_PASSED;
  g_assert_false (paraat_store_write_attendance (store, paraat_session_get_id (session), list, 2, &error));
  g_assert_nonnull (strstr (error->message, "present"));
  g_clear_error (&error);
  g_assert_cmpuint (audit_count (store), ==, audit_before);
  g_assert_cmpint (sql_int (fixture->path, "SELECT count(*) FROM attendance"), ==, 0);

  /* Invitations, then nothing registered after the session: flagged. */
  list[1].result = PARAAT_RESULT_NONE;
  list[1].status = PARAAT_ATTENDANCE_INVITED;
  g_assert_true (paraat_store_write_attendance (store, paraat_session_get_id (session), list, 2, &error));
  g_assert_no_error (error);
  unregistered = paraat_store_list_unregistered_sessions (store, 1773151200 + 4 * 3600, &error);
  g_assert_cmpuint (g_list_model_get_n_items (unregistered), ==, 1);
  g_clear_object (&unregistered);

  list[0].status = PARAAT_ATTENDANCE_PRESENT;
  list[0].hours = 3;
  list[0].role = (char *) "Voorzitter";
  list[1].status = PARAAT_ATTENDANCE_EXCUSED;
  g_assert_true (paraat_store_write_attendance (store, paraat_session_get_id (session), list, 2, &error));
  g_assert_no_error (error);
  unregistered = paraat_store_list_unregistered_sessions (store, 1773151200 + 4 * 3600, &error);
  g_assert_cmpuint (g_list_model_get_n_items (unregistered), ==, 0);
  rows = paraat_store_read_attendance (store, paraat_session_get_id (session), &error);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (g_array_index (rows, ParaatAttendance, 0).role, ==, "Voorzitter");
  g_assert_cmpfloat (g_array_index (rows, ParaatAttendance, 0).hours, ==, 3.0);
  g_assert_cmpfloat (g_array_index (rows, ParaatAttendance, 1).hours, <, 0);

  /* Requirements: bad ones refused, a good one kept. */
  requirement.function_id = function_id;
  requirement.out_of = 0;
  requirement.min_count = 0;
  g_assert_false (paraat_store_save_requirement (store, &requirement, &error));
  g_clear_error (&error);
  requirement.min_count = 2;
  requirement.out_of = 1;
  g_assert_false (paraat_store_save_requirement (store, &requirement, &error));
  g_clear_error (&error);
  requirement.min_count = 1;
  requirement.out_of = 0;
  requirement.function_id = 4242;
  g_assert_false (paraat_store_save_requirement (store, &requirement, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  requirement.function_id = function_id;
  g_assert_true (paraat_store_save_requirement (store, &requirement, &error));
  g_assert_no_error (error);
  g_assert_cmpint (requirement.id, >, 0);

  facts = paraat_store_read_oto_facts (store, tz, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (facts->requirements->len, ==, 1);
  g_assert_cmpuint (g_array_index (facts->requirements, ParaatRequirement, 0).period_months, ==, 12);
  g_assert_cmpuint (facts->records->len, ==, 2);
  record = &g_array_index (facts->records, ParaatAttendanceRecord, 0);
  g_assert_cmpint (record->person_id, ==, paraat_person_get_id (anna));
  g_assert_cmpuint (record->day, ==, paraat_day_from_ymd (2026, 3, 10));
  g_assert_cmpstr (record->category, ==, "exercise");
  g_assert_cmpuint (record->n_functions, ==, 1);
  g_assert_cmpint (record->functions[0], ==, function_id);
  g_assert_cmpint (record->status, ==, PARAAT_ATTENDANCE_PRESENT);

  /* A cancelled session takes no attendance. */
  paraat_session_set_status (session, PARAAT_SESSION_STATUS_CANCELLED);
  g_assert_true (paraat_store_save_session (store, session, &error));
  g_assert_false (paraat_store_write_attendance (store, paraat_session_get_id (session), list, 1, &error));
  g_assert_nonnull (strstr (error->message, "cancelled"));
  g_clear_error (&error);
  g_assert_cmpint (sql_int (fixture->path, "SELECT count(*) FROM attendance"), ==, 2);
  reread = paraat_store_get_session (store, paraat_session_get_id (session), &error);
  g_assert_cmpint (paraat_session_get_status (reread), ==, PARAAT_SESSION_STATUS_CANCELLED);

  /* Lessons: a source is needed; saved, read back, removed. */
  lesson.text = (char *) "Logboek eerder starten";
  g_assert_false (paraat_store_save_lesson (store, &lesson, &error));
  g_clear_error (&error);
  lesson.session_id = paraat_session_get_id (session);
  lesson.kind = PARAAT_LESSON_KIND_IMPROVEMENT;
  lesson.owner_person_id = paraat_person_get_id (bert);
  lesson.due_day = paraat_day_from_ymd (2026, 4, 1);
  g_assert_true (paraat_store_save_lesson (store, &lesson, &error));
  g_assert_no_error (error);
  lessons = paraat_store_read_lessons (store, &error);
  g_assert_cmpuint (lessons->len, ==, 1);
  g_assert_cmpuint (g_array_index (lessons, ParaatLesson, 0).due_day, ==, paraat_day_from_ymd (2026, 4, 1));
  g_assert_cmpint (g_array_index (lessons, ParaatLesson, 0).kind, ==, PARAAT_LESSON_KIND_IMPROVEMENT);
  g_assert_true (paraat_store_delete_lesson (store, lesson.id, &error));
  g_assert_cmpint (sql_int (fixture->path, "SELECT count(*) FROM lesson"), ==, 0);
}

/* Writing a roster: in place (the sequence goes up), manual shifts kept,
 * gaps stored without a person, stale generated shifts removed. */
static void
test_write_roster (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr (ParaatStore) store = open_new (fixture);
  g_autoptr (ParaatFunction) function = make_function ("ACB", "Adviseur Crisisbeheersing");
  g_autoptr (ParaatPerson) gerda = make_person ("Gerda", "Roosterveld");
  g_autoptr (ParaatPerson) hugo = make_person ("Hugo", "Alarmink");
  g_autoptr (ParaatShift) manual = paraat_shift_new ();
  g_autoptr (GArray) read = NULL;
  g_autoptr (GError) error = NULL;
  const gint64 week = 7 * 24 * 3600;
  const gint64 start = 1766995200;
  ParaatRosterChanges changes;
  ParaatPiketShift shifts[3];
  gint64 function_id;

  g_assert_true (paraat_store_save_function (store, function, &error));
  g_assert_true (paraat_store_save_person (store, gerda, &error));
  g_assert_true (paraat_store_save_person (store, hugo, &error));
  function_id = paraat_function_get_id (function);

  /* Hugo set by hand in week 3. */
  paraat_shift_set_function_id (manual, function_id);
  paraat_shift_set_person_id (manual, paraat_person_get_id (hugo));
  paraat_shift_set_starts_at (manual, start + 2 * week);
  paraat_shift_set_ends_at (manual, start + 3 * week);
  paraat_shift_set_origin (manual, PARAAT_SHIFT_ORIGIN_MANUAL);
  g_assert_true (paraat_store_save_shift (store, manual, &error));

  for (int i = 0; i < 3; i++)
    shifts[i] = (ParaatPiketShift) { function_id, 1, 1, paraat_person_get_id (gerda),
                                     start + i * week, start + (i + 1) * week, FALSE };
  shifts[1].person_id = 0;
  /* What the generator would hand back for week 3: the manual shift, fixed. */
  shifts[2].person_id = paraat_person_get_id (hugo);
  shifts[2].fixed = TRUE;

  g_assert_true (paraat_store_write_roster (store, &function_id, 1, start, start + 3 * week,
                                            shifts, 3, &changes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.added, ==, 2);
  g_assert_cmpuint (changes.unchanged, ==, 1);

  read = paraat_store_read_piket_shifts (store, start, start + 3 * week, &error);
  g_assert_cmpuint (read->len, ==, 3);
  g_assert_cmpint (g_array_index (read, ParaatPiketShift, 1).person_id, ==, 0);
  g_assert_true (g_array_index (read, ParaatPiketShift, 2).fixed);
  g_clear_pointer (&read, g_array_unref);

  /* Again with Hugo in week 2 and week 1 gone: one change, one removal. */
  shifts[1].person_id = paraat_person_get_id (hugo);
  g_assert_true (paraat_store_write_roster (store, &function_id, 1, start, start + 3 * week,
                                            shifts + 1, 2, &changes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.added, ==, 0);
  g_assert_cmpuint (changes.changed, ==, 1);
  g_assert_cmpuint (changes.removed, ==, 1);
  read = paraat_store_read_piket_shifts (store, start, start + 3 * week, &error);
  g_assert_cmpuint (read->len, ==, 2);
  g_assert_cmpint (g_array_index (read, ParaatPiketShift, 0).person_id, ==, paraat_person_get_id (hugo));

  /* A shift of another function, or one that cannot exist, writes nothing. */
  {
    ParaatPiketShift bad = shifts[1];
    guint audit_before = audit_count (store);

    bad.ends_at = bad.starts_at;
    g_assert_false (paraat_store_write_roster (store, &function_id, 1, start, start + 3 * week,
                                               &bad, 1, NULL, &error));
    g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
    g_clear_error (&error);
    bad = shifts[1];
    bad.function_id = function_id + 1;
    g_assert_false (paraat_store_write_roster (store, &function_id, 1, start, start + 3 * week,
                                               &bad, 1, NULL, &error));
    g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpuint (audit_count (store), ==, audit_before);
  }
}

static void
test_write_waits_for_other_writer (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr (ParaatStore) store = open_new (fixture);
  g_autoptr (ParaatPerson) person = make_person ("Karin", "Noodhout");
  g_autoptr (GError) error = NULL;
  sqlite3 *db = NULL;
  gint64 started;

  g_assert_true (paraat_store_save_person (store, person, &error));

  /* Another program writes to the same (WAL) file and keeps its transaction open. */
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE; INSERT INTO setting VALUES ('k', 'v');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  /* An update waits for the busy timeout, then says so; nothing is half-written. */
  paraat_person_set_phone (person, "+31600000011");
  started = g_get_monotonic_time ();
  g_assert_false (paraat_store_save_person (store, person, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_BUSY);
  g_assert_cmpint (g_get_monotonic_time () - started, >=, G_USEC_PER_SEC);
  g_clear_error (&error);

  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);

  /* Free again: the same update now lands. */
  g_assert_true (paraat_store_save_person (store, person, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_cmpint (sql_int (fixture->path, "SELECT count(*) FROM person WHERE phone = '+31600000011'"), ==, 1);
}

static void
test_open_read_only_flag (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr (ParaatStore) store = open_new (fixture);
  g_autoptr (ParaatPerson) person = make_person ("Lars", "Opvanghof");
  g_autoptr (GListModel) people = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  sqlite3 *db = NULL;

  g_assert_true (paraat_store_save_person (store, person, &error));
  g_clear_object (&store);
  /* Leave the file in rollback-journal mode, as an older copy could be. */
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before = file_digest (fixture->path);

  store = paraat_store_open (fixture->path, PARAAT_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  people = paraat_store_list_people (store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 1);
  g_assert_true (paraat_store_check (store, &error));

  paraat_person_set_phone (person, "+31600000012");
  g_assert_false (paraat_store_save_person (store, person, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_READ_ONLY);
  g_clear_object (&store);

  after = file_digest (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_open_read_only_old_version (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr (ParaatStore) store = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  write_version (fixture->path, 1);
  before = file_digest (fixture->path);
  store = paraat_store_open (fixture->path, PARAAT_STORE_OPEN_READ_ONLY, &error);
  g_assert_null (store);
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_MIGRATION);
  after = file_digest (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_check_reports_damaged_page (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr (ParaatStore) store = open_new (fixture);
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  sqlite3 *db = NULL;

  /* Enough people to fill several pages of the person table. */
  g_assert_true (paraat_store_begin (store, &error));
  for (int i = 0; i < 400; i++)
    {
      g_autofree char *family = g_strdup_printf ("Persoon met een lange achternaam %d", i);
      g_autoptr (ParaatPerson) person = make_person ("Test", family);
      g_assert_true (paraat_store_save_person (store, person, &error));
    }
  g_assert_true (paraat_store_commit (store, &error));
  g_clear_object (&store);
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  /* Scribble over the middle of the last page but one (not the header). */
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8 * 4096);
  memset (contents + length - 2 * 4096 + 100, 0x5a, 2000);
  g_assert_true (g_file_set_contents (fixture->path, contents, (gssize) length, NULL));

  store = paraat_store_open (fixture->path, PARAAT_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (paraat_store_check (store, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_CORRUPT);
}

static void
test_check_reports_damage (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr (ParaatStore) store = open_new (fixture);
  g_autoptr (GError) error = NULL;
  sqlite3 *db = NULL;

  g_assert_true (paraat_store_check (store, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  /* A row that points nowhere, as a program without foreign keys could leave. */
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO person (given_name) VALUES ('Los');"
                                     "INSERT INTO assignment (person_id, function_id, level) VALUES (1, 99, 'primary')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = open_new (fixture);
  g_assert_false (paraat_store_check (store, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "assignment"));
}

static void
test_memory (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (ParaatStore) store = paraat_store_open (":memory:", PARAAT_STORE_OPEN_DEFAULT, &error);
  g_autoptr (ParaatOrganisation) organisation = paraat_organisation_new ();
  g_autoptr (ParaatOrganisation) loaded = NULL;

  g_assert_no_error (error);
  g_assert_true (paraat_store_is_empty (store, NULL));

  paraat_organisation_set_name (organisation, "Gemeente Voorbeeld");
  paraat_organisation_set_time_zone (organisation, "Mars/Olympus_Mons");
  g_assert_false (paraat_store_save_organisation (store, organisation, &error));
  g_assert_error (error, PARAAT_STORE_ERROR, PARAAT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  paraat_organisation_set_time_zone (organisation, "Europe/Amsterdam");
  g_assert_true (paraat_store_save_organisation (store, organisation, &error));
  paraat_organisation_set_region (organisation, "VRVL");
  g_assert_true (paraat_store_save_organisation (store, organisation, &error));
  g_assert_no_error (error);

  loaded = paraat_store_get_organisation (store, &error);
  g_assert_cmpstr (paraat_organisation_get_region (loaded), ==, "VRVL");
  g_assert_false (paraat_store_is_empty (store, NULL));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/open/creates", test_open_creates);
  ADD ("/store/open/missing", test_open_missing);
  ADD ("/store/open/not-a-database", test_open_not_a_database);
  ADD ("/store/open/corrupt", test_open_corrupt);
  ADD ("/store/open/other-program", test_open_other_program);
  ADD ("/store/open/too-new", test_open_too_new);
  ADD ("/store/open/read-only", test_open_read_only);
  ADD ("/store/open/read-only-folder", test_open_read_only_folder);
  ADD ("/store/open/locked", test_open_locked);
  ADD ("/store/open/directory", test_open_directory);
  ADD ("/store/migrate/from-every-version", test_migrate_from_every_version);
  ADD ("/store/migrate/failure-leaves-file", test_migrate_failure_leaves_file);
  ADD ("/store/write/save-and-audit", test_save_and_audit);
  ADD ("/store/write/bad-input-changes-nothing", test_bad_input_changes_nothing);
  ADD ("/store/write/delete-refuses-in-use", test_delete_refuses_in_use);
  ADD ("/store/write/batch-all-or-nothing", test_batch_all_or_nothing);
  ADD ("/store/write/shifts", test_shifts);
  ADD ("/store/write/rotations", test_rotations);
  ADD ("/store/write/roster", test_write_roster);
  ADD ("/store/write/duty-requests", test_duty_requests);
  ADD ("/store/write/absences-do-not-overlap", test_absences_do_not_overlap);
  ADD ("/store/write/import-absences-and-holidays", test_import_absences_and_holidays);
  ADD ("/store/write/oto", test_oto);
  ADD ("/store/check/reports-damage", test_check_reports_damage);
  ADD ("/store/check/reports-damaged-page", test_check_reports_damaged_page);
  ADD ("/store/write/waits-for-other-writer", test_write_waits_for_other_writer);
  ADD ("/store/open/read-only-flag", test_open_read_only_flag);
  ADD ("/store/open/read-only-old-version", test_open_read_only_old_version);
#undef ADD
  g_test_add_func ("/store/memory", test_memory);

  return g_test_run ();
}
