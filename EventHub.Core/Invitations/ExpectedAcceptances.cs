namespace EventHub.Core.Invitations;

/// <summary>
/// How many of the invite list are expected to accept: its size, with the delegate seats organisations have not filled
/// yet, times the share of invitees who accepted at the alliance's earlier (ended) events, or <see cref="DefaultRate"/>
/// without that history; compared with the capacity.
/// </summary>
/// <param name="ListSize">Everyone on this event's list (sent or not), not cancelled or replaced.</param>
/// <param name="Rate">The acceptance rate used, 0 to 1.</param>
/// <param name="FromHistory">Whether the rate comes from earlier events (false: the default).</param>
/// <param name="OpenSeats">
/// Delegate seats of organisation invitations that no delegate on the list holds yet: each is a person still to come
/// onto the list (see <see cref="DelegateService"/>).
/// </param>
public sealed record ExpectedAcceptances(int ListSize, double Rate, bool FromHistory, int? Capacity, int OpenSeats = 0)
{
    /// <summary>The rate assumed when no earlier event sent any invitations.</summary>
    public const double DefaultRate = 0.6;

    /// <summary>(List size + open delegate seats) × rate, rounded to the nearest person (a half rounds up).</summary>
    public int Expected => (int)Math.Round((ListSize + OpenSeats) * Rate, MidpointRounding.AwayFromZero);

    /// <summary>More people expected to accept than there are places: some will end up on the waitlist.</summary>
    public bool ExceedsCapacity => Capacity is { } capacity && Expected > capacity;

    /// <summary>Fewer than half the places expected to be taken: the organiser may want to invite more.</summary>
    public bool FarBelowCapacity => Capacity is { } capacity && ListSize + OpenSeats > 0 && Expected * 2 < capacity;

    /// <summary>The rate from earlier events: those who said yes (accepted, or waiting for a seat) of those sent an invitation.</summary>
    public static (double Rate, bool FromHistory) RateOf(int sent, int accepted) =>
        sent == 0 ? (DefaultRate, false) : ((double)accepted / sent, true);
}
