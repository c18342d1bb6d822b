using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace InsightBenchmark;

/// <summary>
/// Fills a migrated SQLite file with a big alliance through prepared ADO.NET commands in one transaction (EF change
/// tracking would take minutes): 5,000 organisations, 50,000 contacts, 1,000 events of two sessions, 200,000
/// invitations, 2,000 session records holding 20,000 statements (insights and decisions, some naming organisations
/// with consent) and 20,000 action items with 10,000 updates. Deterministic (seeded), so runs compare.
/// Organisation 1 is the busy one: its ten contacts are invited to about half of all events.
/// </summary>
internal static class InsightData
{
    public const int Organisations = 5_000;
    public const int Contacts = 50_000;
    public const int Events = 1_000;
    public const int Invitations = 200_000;
    public const int Statements = 20_000;
    public const int ActionItems = 20_000;
    public const int BusyOrganisation = 1;
    public const int BusyContact = 1;

    private static readonly string[] Sectors = ["Government", "Education", "Business", "CivilSociety"];
    private static readonly string[] DeclineReasons = ["Date", "NotRelevant", "NoCapacity", "Other"];
    private static readonly string[] ActionStatuses = ["Open", "InProgress", "Done", "Dropped"];

    public static TimeSpan Fill(string file, DateTime nowUtc)
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(16);
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF;";
            pragma.ExecuteNonQuery();
        }

        using var tx = connection.BeginTransaction();
        var start = nowUtc.AddYears(-5);

        var org = Prepare(connection, tx, "Organisations", "Id", "Name", "NormalizedName", "MatchKey", "Sector", "IsArchived", "CreatedAtUtc", "UpdatedAtUtc");
        for (var id = 1; id <= Organisations; id++)
        {
            var name = $"Partner {id:00000}";
            Run(org, id, name, name.ToLowerInvariant(), name.ToLowerInvariant(), Sectors[id % 4], 0, Time(start), Time(start));
        }

        var contact = Prepare(connection, tx, "Contacts", "Id", "FirstName", "LastName", "NameKey", "Email", "NormalizedEmail", "EmailDomain",
            "OrganisationId", "PreferredLanguage", "IsArchived", "Source", "CreatedAtUtc", "UpdatedAtUtc");
        var affiliation = Prepare(connection, tx, "ContactAffiliations", "Id", "ContactId", "OrganisationId", "StartedAtUtc");
        for (var id = 1; id <= Contacts; id++)
        {
            // Contact n belongs to organisation ((n - 1) % 5,000) + 1: ten per organisation, organisation 1 has 1, 5001, 10001…
            var organisationId = ((id - 1) % Organisations) + 1;
            var email = $"person{id}@partner{organisationId}.example";
            Run(contact, id, $"Person{id}", $"Achternaam{id % 997}", $"person{id} achternaam{id % 997}", email, email, $"partner{organisationId}.example",
                organisationId, id % 3 == 0 ? "en" : "nl", 0, "Entered", Time(start), Time(start));
            Run(affiliation, id, id, organisationId, Time(start));
        }

        var @event = Prepare(connection, tx, "Events", "Id", "Title", "StartUtc", "EndUtc", "TimeZoneId", "Status", "SeatsTaken", "SectorBalanceThreshold", "ReminderDays", "Language", "CalendarSequence", "ShowOnlineLinkPublicly");
        var session = Prepare(connection, tx, "Sessions", "Id", "EventId", "Title", "Kind", "StartUtc", "EndUtc", "SortOrder", "SeatsTaken");
        var eventStarts = new DateTime[Events + 1];
        for (var id = 1; id <= Events; id++)
        {
            // Spread over five years up to a month ahead.
            var startUtc = start.AddDays((id - 1) * (5 * 365 + 30) / (double)Events).Date.AddHours(13);
            eventStarts[id] = startUtc;
            Run(@event, id, $"Bijeenkomst {id}", Time(startUtc), Time(startUtc.AddHours(4)), "Europe/Amsterdam", startUtc < nowUtc ? "Closed" : "Published", 0, 50, "7,2", "nl", 0, 0);
            for (var s = 0; s < 2; s++)
            {
                Run(session, (id * 2) - 1 + s, id, $"Tafel {s + 1}", "RoundTable", Time(startUtc.AddHours(s * 2)), Time(startUtc.AddHours((s * 2) + 2)), s, 0);
            }
        }

        var invitation = Prepare(connection, tx, "Invitations", "Id", "EventId", "ContactId", "Status", "Language", "CreatedAtUtc", "SentAtUtc", "AnsweredAtUtc",
            "DeclineReason", "CheckedInAtUtc", "IsWalkIn", "NominatedThroughId", "SubstituteForId", "AccessNeeds", "DelegateSeats", "CalendarsSent", "AdmittedAtDoor",
            "OrganisationId");
        var invitationId = 0;
        var perEvent = Invitations / Events;
        for (var eventId = 1; eventId <= Events; eventId++)
        {
            var guests = new HashSet<int>();
            for (var c = 0; c < 10; c++)
            {
                if (random.NextDouble() < 0.5)
                {
                    guests.Add(BusyContact + (c * Organisations)); // the busy organisation's contacts
                }
            }

            while (guests.Count < perEvent)
            {
                guests.Add(random.Next(1, Contacts + 1));
            }

            var first = invitationId + 1;
            foreach (var contactId in guests)
            {
                invitationId++;
                var sent = eventStarts[eventId].AddDays(-random.Next(20, 45));
                var draw = random.NextDouble();
                var walkIn = draw > 0.98;
                var status = walkIn ? "Accepted" : draw < 0.55 ? "Accepted" : draw < 0.75 ? "Declined" : draw < 0.8 ? "Tentative" : "Invited";
                var answered = status == "Invited" ? null : Time(walkIn ? eventStarts[eventId] : sent.AddDays(random.Next(1, 19)));
                var checkedIn = status == "Accepted" && (walkIn || random.NextDouble() < 0.8) && eventStarts[eventId] < nowUtc
                    ? Time(eventStarts[eventId].AddMinutes(random.Next(-20, 30))) : null;
                int? nominated = !walkIn && draw is > 0.5 and < 0.51 && invitationId > first ? first : null;
                Run(invitation, invitationId, eventId, contactId, status, "nl", Time(sent.AddDays(-1)), walkIn ? null : Time(sent), answered,
                    status == "Declined" ? DeclineReasons[random.Next(4)] : null, checkedIn, walkIn ? 1 : 0, nominated, null, 0, 0, 0, 0,
                    ((contactId - 1) % Organisations) + 1); // nobody moved: each came for the organisation they belong to
            }
        }

        var outcome = Prepare(connection, tx, "SessionOutcomes", "Id", "SessionId", "Status", "Version", "UpdatedAtUtc", "FinalisedAtUtc");
        var statement = Prepare(connection, tx, "OutcomeStatements", "Id", "SessionOutcomeId", "Kind", "Text", "SortOrder", "AgreedToBeNamed");
        var named = Prepare(connection, tx, "OutcomeStatementOrganisations", "NamedOrganisationsId", "OutcomeStatementId");
        var sessions = Events * 2;
        for (var id = 1; id <= sessions; id++)
        {
            var at = Time(eventStarts[(id + 1) / 2].AddDays(1));
            Run(outcome, id, id, "Final", 2, at, at);
        }

        for (var id = 1; id <= Statements; id++)
        {
            var decision = id % 2 == 0;
            var consent = decision && random.NextDouble() < 0.3;
            Run(statement, id, ((id - 1) % sessions) + 1, decision ? "Decision" : "Insight", $"Uitspraak {id}", id / sessions, consent ? 1 : 0);
            if (consent)
            {
                Run(named, random.NextDouble() < 0.05 ? BusyOrganisation : random.Next(1, Organisations + 1), id);
            }
        }

        var action = Prepare(connection, tx, "ActionItems", "Id", "SessionId", "What", "OwnerOrganisationId", "OwnerContactId", "DueOn", "Status", "Version", "CreatedAtUtc", "UpdatedAtUtc");
        var update = Prepare(connection, tx, "ActionItemUpdates", "Id", "ActionItemId", "AtUtc", "Status", "Source");
        var updateId = 0;
        for (var id = 1; id <= ActionItems; id++)
        {
            var sessionId = random.Next(1, sessions + 1);
            var created = eventStarts[(sessionId + 1) / 2].AddHours(5);
            var owner = random.NextDouble() < 0.01 ? BusyOrganisation : random.Next(1, Organisations + 1);
            var ownerContact = owner + (random.Next(10) * Organisations);
            var status = ActionStatuses[random.Next(4)];
            Run(action, id, sessionId, $"Actiepunt {id}", owner, ownerContact, DateOnly.FromDateTime(created.AddDays(random.Next(14, 120))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                status, 1, Time(created), Time(created));
            if (status != "Open")
            {
                Run(update, ++updateId, id, Time(created.AddDays(random.Next(1, 30))), status, "Team");
            }
        }

        tx.Commit();
        return watch.Elapsed;
    }

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction tx, string table, params string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }

        // Microsoft.Data.Sqlite prepares the statement on first run and reuses it while the command lives.
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
