using System.Globalization;
using System.Net;
using EventHub.Core.Common;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Data.Sqlite;

namespace RsvpStormBenchmark;

/// <summary>
/// The floor to compare with: the same HTTP shape as EventHub's RSVP page (GET a form page with an antiforgery token,
/// POST the form, 303 to a thank-you page) doing only what an answer must do — find the invitation by its token hash,
/// take a seat with a conditional UPDATE (or the next waitlist number), write the answer and one outbox row — with
/// Microsoft.Data.Sqlite and no EF, on a copy of the same database. Writers wait for SQLite's single writer in an
/// async gate (as a careful hand-written endpoint would), not inside SQLite's busy handler.
/// </summary>
public static class RawEndpoint
{
    private static readonly SemaphoreSlim WriteGate = new(1, 1);

    public static async Task RunAsync(string file, string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddAntiforgery();
        var app = builder.Build();
        app.UseAntiforgery();
        var connectionString = $"Data Source={file};Default Timeout=30";

        app.MapGet("/healthz", () => "ok");
        app.MapGet("/rsvp/{token}", async (HttpContext context, string token, IAntiforgery antiforgery) =>
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT e.Title, i.Status FROM Invitations i JOIN Events e ON e.Id = i.EventId WHERE i.TokenHash = $hash";
            command.Parameters.AddWithValue("$hash", PersonalLinkTokens.Hash(token));
            await using var reader = await command.ExecuteReaderAsync();
            if (!await reader.ReadAsync())
            {
                return Results.NotFound();
            }

            var title = WebUtility.HtmlEncode(reader.GetString(0));
            var status = reader.GetString(1);
            context.Response.Headers.CacheControl = "no-cache, no-store";
            if (context.Request.Query.ContainsKey("saved"))
            {
                return Results.Content($"<!doctype html><html><body><main><h1>{title}</h1><p>Thank you: your answer is {status}.</p></main></body></html>", "text/html");
            }

            var tokens = antiforgery.GetAndStoreTokens(context);
            return Results.Content($"""
                <!doctype html><html><body><main><h1>{title}</h1>
                <form method="post" action="rsvp/{token}" class="eh-rsvp-form">
                <input type="hidden" name="_handler" value="rsvp" />
                <input type="hidden" name="{tokens.FormFieldName}" value="{tokens.RequestToken}" />
                <label><input type="radio" name="Form.Answer" value="Accepted" /> Yes</label>
                <label><input type="checkbox" name="Form.PrivacyAccepted" value="true" /> I read the privacy notice</label>
                <button type="submit">Send</button></form></main></body></html>
                """, "text/html");
        });
        app.MapPost("/rsvp/{token}", async (HttpContext context, string token, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }

            var form = await context.Request.ReadFormAsync();
            if (form["Form.Answer"] != "Accepted")
            {
                return Results.BadRequest();
            }

            return await AnswerAsync(connectionString, PersonalLinkTokens.Hash(token))
                ? SeeOther(context, $"/rsvp/{token}?saved=1")
                : Results.NotFound();
        }).DisableAntiforgery();
        await app.RunAsync();
    }

    private static IResult SeeOther(HttpContext context, string location)
    {
        context.Response.Headers.Location = location;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    /// <summary>The answer's write transaction: seat or waitlist number, the answer, one outbox row.</summary>
    private static async Task<bool> AnswerAsync(string connectionString, string hash)
    {
        await WriteGate.WaitAsync();
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
            int id, eventId;
            string status, email;
            await using (var find = Command(connection, transaction,
                "SELECT i.Id, i.EventId, i.Status, c.Email FROM Invitations i JOIN Contacts c ON c.Id = i.ContactId WHERE i.TokenHash = $hash", ("$hash", hash)))
            await using (var reader = await find.ExecuteReaderAsync())
            {
                if (!await reader.ReadAsync())
                {
                    return false;
                }

                (id, eventId, status, email) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3));
            }

            if (status is "Accepted" or "Waitlisted")
            {
                return true; // the same answer again: nothing changes, no second email
            }

            await using var seat = Command(connection, transaction,
                "UPDATE Events SET SeatsTaken = SeatsTaken + 1 WHERE Id = $event AND (Capacity IS NULL OR SeatsTaken < Capacity)", ("$event", eventId));
            var seated = await seat.ExecuteNonQueryAsync() == 1;
            long? number = null;
            if (!seated)
            {
                await using var next = Command(connection, transaction, "SELECT COALESCE(MAX(WaitlistNumber), 0) + 1 FROM Invitations WHERE EventId = $event", ("$event", eventId));
                number = (long)(await next.ExecuteScalarAsync())!;
            }

            await using var answer = Command(connection, transaction, """
                UPDATE Invitations SET Status = $status, AnsweredAtUtc = $now, PrivacyAcceptedAtUtc = $now,
                    WaitlistNumber = $number, WaitlistedAtUtc = CASE WHEN $number IS NULL THEN NULL ELSE $now END
                WHERE Id = $id
                """, ("$status", seated ? "Accepted" : "Waitlisted"), ("$now", now), ("$number", (object?)number ?? DBNull.Value), ("$id", id));
            await answer.ExecuteNonQueryAsync();
            await using var outbox = Command(connection, transaction, """
                INSERT INTO OutboxMessages (ToAddress, ToName, Subject, HtmlBody, TextBody, Kind, InvitationId, Status, Attempts, CreatedAtUtc, NextAttemptAtUtc)
                VALUES ($to, NULL, $subject, $html, $text, 'answer', $id, 'Queued', 0, $now, $now)
                """, ("$to", email), ("$subject", seated ? "You are coming" : "You are on the waitlist"),
                ("$html", "<p>Thank you for your answer.</p>"), ("$text", "Thank you for your answer."), ("$id", id), ("$now", now));
            await outbox.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
            return true;
        }
        finally
        {
            WriteGate.Release();
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
