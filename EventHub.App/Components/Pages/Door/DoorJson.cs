using EventHub.App.Components.Shared;
using EventHub.Core.Common;
using EventHub.Core.Door;
using EventHub.Core.Invitations;
using EventHub.Core.Texts;
using Microsoft.Extensions.Localization;

namespace EventHub.App.Components.Pages.Door;

/// <summary>
/// The door's answers, counts and list as the desk's script reads them: enum values by name, and the names of
/// answers and sectors already in the reader's language (the script has no texts of its own for them).
/// </summary>
public sealed class DoorJson(IStringLocalizer<CoreTexts> names)
{
    public IStringLocalizer<CoreTexts> Names { get; } = names;

    public sealed record GuestJson(int InvitationId, string Name, string? Organisation, string? Sector, string SectorName, string Status,
        string StatusName, DateTime? CheckedInAtUtc, string? CheckedInBy, string? Arrival, bool MayUndo, string? CodeHash = null, bool? InSession = null, string? EmailHash = null,
        bool? WaitingForSession = null);

    public sealed record SectorJson(string? Sector, string Name, int Count);

    public sealed record CountsJson(int Arrived, int Expected, int Admitted, int WalkIns, int InTheRoom, int? Capacity, bool RoomFull,
        IReadOnlyList<SectorJson> BySector);

    /// <summary>
    /// <see cref="PlacesElsewhere"/>: "Workshop B · Room 2, …", where someone at the wrong session's door holds a place;
    /// <see cref="WaitingForSession"/>: they are on this session's waiting list.
    /// </summary>
    public sealed record AnswerJson(string Kind, GuestJson? Guest, bool RoomFull, CountsJson Counts, string? PlacesElsewhere, bool WaitingForSession);

    public sealed record ListJson(int EventId, int? SessionId, string Salt, DateTime ExpiresAtUtc, IReadOnlyList<GuestJson> Guests, CountsJson Counts);

    /// <summary>The sentence to show, and the code (e.g. "Door.PageExpired") for the script to act on.</summary>
    public sealed record ErrorJson(string Error, string? Code);

    public AnswerJson Answer(DoorAnswer answer, ArrivalCounts counts) =>
        new(answer.Kind.ToString(), answer.Guest is null ? null : Guest(answer.Guest), answer.RoomFull, Counts(counts),
            answer.PlacesElsewhere.Count == 0 ? null
                : string.Join(", ", answer.PlacesElsewhere.Select(p => p.Room is null ? p.Title : $"{p.Title} · {p.Room}")),
            answer.WaitingForSession);

    public ListJson List(DoorList list) =>
        new(list.EventId, list.SessionId, list.Salt, list.ExpiresAtUtc,
            list.Guests.Select(g => Guest(g.Guest) with
            {
                CodeHash = g.CodeHash, InSession = g.InSession, EmailHash = g.EmailHash, WaitingForSession = g.WaitingForSession,
            }).ToList(), Counts(list.Counts));

    public CountsJson Counts(ArrivalCounts counts) =>
        new(counts.Arrived, counts.Expected, counts.Admitted, counts.WalkIns, counts.InTheRoom, counts.Capacity, counts.RoomFull,
            counts.BySector.Select(s => new SectorJson(s.Sector?.ToString(), SectorName(s.Sector), s.Count)).ToList());

    public ErrorJson Error(Result result) => new(Names.Describe(result), result.ErrorCode);

    private GuestJson Guest(DoorGuest guest) =>
        new(guest.InvitationId, Names.Person(guest.Name), guest.Organisation, guest.Sector?.ToString(), SectorName(guest.Sector), guest.Status.ToString(),
            Names[GuestStanding.NameKey(guest.Status, guest.CheckedInAtUtc is not null)], guest.CheckedInAtUtc, Names.Person(guest.CheckedInBy), guest.Arrival?.ToString(), guest.MayUndo);

    private string SectorName(Core.Directory.Sector? sector) => sector is { } known ? Names.Name(known) : Names["Door_NoOrganisation"];
}
