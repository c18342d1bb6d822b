using EventHub.App.Components.Shared;
using EventHub.App.Resources;
using EventHub.Core.Invitations;
using EventHub.Core.Texts;
using Microsoft.Extensions.Localization;

namespace EventHub.App.Components.Pages.Invitations.Messages;

/// <summary>A guest-list filter in words ("Coming · Education · arrived"), for the message dialog and the list of messages.</summary>
public static class GuestFilterText
{
    public static string Describe(
        IStringLocalizer<AppStrings> strings, IStringLocalizer<CoreTexts> names, GuestQuery filter, string? organisationName, string? sessionTitle)
    {
        var parts = new List<string>();
        if (filter.Status is { } status)
        {
            parts.Add(names.Name(status));
        }

        if (filter.Sector is { } sector)
        {
            parts.Add(names.Name(sector));
        }

        if (filter.OrganisationId is not null)
        {
            parts.Add(organisationName ?? strings["GuestMessage_AnOrganisation"]);
        }

        if (filter.SessionId is not null)
        {
            parts.Add(strings["GuestMessage_InSession", sessionTitle ?? "?"]);
        }

        if (filter.HasAccessNeeds is { } needs)
        {
            parts.Add(strings[needs ? "Invitations_HasNeeds" : "Invitations_NoNeeds"]);
        }

        if (filter.CheckedIn is { } arrived)
        {
            parts.Add(strings[arrived ? "CheckIn_Arrived" : "CheckIn_NotArrived"]);
        }

        if (filter.NotDelivered)
        {
            parts.Add(strings["Guests_NotDelivered"]);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            parts.Add(strings["GuestMessage_Matching", filter.Search.Trim()]);
        }

        return parts.Count == 0 ? strings["GuestMessage_Everyone"] : string.Join(" · ", parts);
    }
}

/// <summary>The guest list's filter as it stands, and the same in words.</summary>
public sealed record GuestSelection(GuestQuery Query, string Description);
