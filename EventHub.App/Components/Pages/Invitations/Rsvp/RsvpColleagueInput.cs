using EventHub.Core.Common;
using EventHub.Core.Directory;

namespace EventHub.App.Components.Pages.Invitations.Rsvp;

/// <summary>What the "send a colleague instead" form posts (<c>Colleague.FirstName</c>…).</summary>
public sealed class RsvpColleagueInput
{
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Email { get; set; }
    public string? Language { get; set; }

    public ContactInput ToContact() =>
        new(FirstName ?? "", LastName ?? "", Email ?? "", Language == "en" ? Core.Common.Language.En : Core.Common.Language.Nl);

    public static RsvpColleagueInput For(Language invitee) => new() { Language = invitee.ToCultureName() };
}
