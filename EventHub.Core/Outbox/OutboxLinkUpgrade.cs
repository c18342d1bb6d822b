using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Outbox;

/// <summary>
/// Messages stored before links were kept apart still hold live tokens in their text. At start-up (encrypting needs the
/// app's key ring, which SQL does not have) these are converted once: an unsent message keeps its token apart, encrypted,
/// and is sent as before; a sent or failed message only gets its link masked. Converted rows no longer match, so running
/// it again changes nothing.
/// </summary>
public static class OutboxLinkUpgrade
{
    private const int BatchSize = 200;

    /// <summary>Converts the messages that still hold a token; returns how many.</summary>
    public static async Task<int> RunAsync(IDbContextFactory<EventHubDbContext> dbFactory, OutboxLinkTokens tokens, CancellationToken ct = default)
    {
        var converted = 0;
        var afterId = 0;
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var batch = await Candidates(db).Where(m => m.Id > afterId).OrderBy(m => m.Id).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return converted;
            }

            foreach (var message in batch)
            {
                tokens.KeepApart(message);
            }

            converted += db.ChangeTracker.Entries<OutboxMessage>().Count(e => e.State == EntityState.Modified);
            await db.SaveChangesAsync(ct);
            afterId = batch[^1].Id;
        }
    }

    /// <summary>Messages whose text has a personal link's path and no placeholder yet (the tokens themselves are found in memory).</summary>
    private static IQueryable<OutboxMessage> Candidates(EventHubDbContext db)
    {
        const string Placeholder = "%personal-link-%";
        return db.OutboxMessages.Where(m => m.ProtectedLinkTokens == null
            && (EF.Functions.Like(m.TextBody, "%/rsvp/%") || EF.Functions.Like(m.TextBody, "%/a/%") || EF.Functions.Like(m.TextBody, "%/account/set-password/%")
                || EF.Functions.Like(m.HtmlBody, "%/rsvp/%") || EF.Functions.Like(m.HtmlBody, "%/a/%") || EF.Functions.Like(m.HtmlBody, "%/account/set-password/%"))
            && !EF.Functions.Like(m.TextBody, Placeholder) && !EF.Functions.Like(m.HtmlBody, Placeholder));
    }
}
