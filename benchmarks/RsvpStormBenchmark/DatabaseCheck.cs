
namespace RsvpStormBenchmark;

/// <summary>
/// What the database says after a storm, read with plain SQL (the same for EventHub's database and the raw copy, on SQLite
/// and on PostgreSQL: the identifiers are quoted as both want them), and the database's own integrity check.
/// </summary>
public sealed record StormOutcome(int Accepted, int Waitlisted, int Unanswered, int SeatsTaken, bool WaitlistNumbered, bool InCommitOrder,
    int InvitationsWithoutOneConfirmation, HashSet<string> AnsweredTokenHashes, string Integrity, string IntegrityMethod)
{
    public List<string> Problems(int invitees, int capacity, bool everyoneAnswered)
    {
        var problems = new List<string>();
        if (Integrity != "ok") problems.Add($"integrity check: {Integrity}");
        if (Accepted > capacity || SeatsTaken != Accepted) problems.Add($"overbooked or miscounted: {Accepted} accepted, SeatsTaken {SeatsTaken}, capacity {capacity}");
        if (!WaitlistNumbered) problems.Add("waitlist numbers are not 1..n");
        if (!InCommitOrder) problems.Add("waitlist not in commit order");
        if (InvitationsWithoutOneConfirmation > 0) problems.Add($"{InvitationsWithoutOneConfirmation} answers without exactly one confirmation");
        if (everyoneAnswered)
        {
            if (Accepted != Math.Min(capacity, invitees)) problems.Add($"{Accepted} accepted, expected {Math.Min(capacity, invitees)}");
            if (Waitlisted != Math.Max(0, invitees - capacity)) problems.Add($"{Waitlisted} waitlisted, expected {invitees - capacity}");
            if (Unanswered > 0) problems.Add($"{Unanswered} answers lost");
        }

        return problems;
    }

    public static StormOutcome Read(StormDatabase database, int eventId)
    {
        using var connection = database.OpenForReading();
        var integrity = database.Integrity(connection);
        var seatsTaken = Convert.ToInt32(StormDatabase.Scalar(connection, $"SELECT \"SeatsTaken\" FROM \"Events\" WHERE \"Id\" = {eventId}"));
        // Each answer's confirmation: its outbox row id is the order in which answers committed (one writer at a time on
        // SQLite; on PostgreSQL the answer's row is written under the event row's lock).
        var rows = new List<(int Id, string Status, long? Number, string Hash, int Confirmations, long? FirstMessage)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT i."Id", i."Status", i."WaitlistNumber", i."TokenHash",
                       (SELECT COUNT(*) FROM "OutboxMessages" m WHERE m."InvitationId" = i."Id" AND m."Kind" = 'answer'),
                       (SELECT MIN(m."Id") FROM "OutboxMessages" m WHERE m."InvitationId" = i."Id" AND m."Kind" = 'answer')
                FROM "Invitations" i WHERE i."EventId" = {eventId}
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : Convert.ToInt64(reader.GetValue(2)), reader.GetString(3),
                    Convert.ToInt32(reader.GetValue(4)), reader.IsDBNull(5) ? null : Convert.ToInt64(reader.GetValue(5))));
            }
        }

        var accepted = rows.Where(r => r.Status == "Accepted").ToList();
        var waitlisted = rows.Where(r => r.Status == "Waitlisted").OrderBy(r => r.Number).ToList();
        var answered = accepted.Concat(waitlisted).ToList();
        var numbered = waitlisted.Select(r => r.Number).SequenceEqual(Enumerable.Range(1, waitlisted.Count).Select(n => (long?)n));
        var messages = waitlisted.Select(r => r.FirstMessage ?? 0).ToList();
        var inOrder = messages.Zip(messages.Skip(1)).All(p => p.First < p.Second)
            && (accepted.Count == 0 || waitlisted.Count == 0 || accepted.Max(r => r.FirstMessage ?? long.MaxValue) < waitlisted.Min(r => r.FirstMessage ?? 0));
        return new StormOutcome(accepted.Count, waitlisted.Count, rows.Count(r => r.Status == "Invited"), seatsTaken, numbered, inOrder,
            answered.Count(r => r.Confirmations != 1), answered.Select(r => r.Hash).ToHashSet(), integrity, database.IntegrityMethod);
    }

    /// <summary>How many of the event's invitations are answered now (polled during the storm for the kill mode).</summary>
    public static int CountAnswered(StormDatabase database, int eventId)
    {
        using var connection = database.OpenForReading();
        return Convert.ToInt32(StormDatabase.Scalar(connection,
            $"SELECT COUNT(*) FROM \"Invitations\" WHERE \"EventId\" = {eventId} AND \"Status\" IN ('Accepted', 'Waitlisted')"));
    }
}
