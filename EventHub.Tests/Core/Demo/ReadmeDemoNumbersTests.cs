using System.Text.RegularExpressions;
using EventHub.Core.Accounts;
using EventHub.Core.Demo;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Demo;

/// <summary>The README's description of the demo data says what the demo really holds.</summary>
public partial class ReadmeDemoNumbersTests
{
    [Fact]
    public async Task ReadmeDemoSection_MatchesTheSeededDemo()
    {
        var readme = await File.ReadAllTextAsync(ReadmePath());
        await using var database = await TestDatabase.CreateWithDemoAsync();

        await using var db = await database.NewContextAsync();
        var next = await db.Events.SingleAsync(e => e.Title == DemoEvents.PublishedTitle);
        var nextInvitations = await db.Invitations.Where(i => i.EventId == next.Id).ToListAsync();

        Assert.Equal(await db.Organisations.CountAsync(), Number(readme, OrganisationsSentence()));
        Assert.Equal(await db.Contacts.CountAsync(), Number(readme, ContactsSentence()));
        Assert.Equal(await db.Events.CountAsync(), Words(Match(readme, EventsSentence())));
        // The sentence is about last month's items; the archived year of history has its own.
        Assert.Equal(await db.ActionItems.CountAsync(a => a.Session.Event.Status != EventHub.Core.Events.EventStatus.Archived), Words(Match(readme, ActionItemsSentence())));
        Assert.Equal(nextInvitations.Count, Number(readme, NextInvitedSentence()));
        Assert.Equal(nextInvitations.Count(i => i.Status != InvitationStatus.Invited), Number(readme, NextAnsweredSentence()));
    }

    private static int Number(string readme, Regex sentence) => int.Parse(Match(readme, sentence), System.Globalization.CultureInfo.InvariantCulture);

    private static string Match(string readme, Regex sentence)
    {
        var match = sentence.Match(readme);
        Assert.True(match.Success, $"README says: {sentence}");
        return match.Groups[1].Value;
    }

    private static int Words(string number) =>
        Array.IndexOf(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], number.ToLowerInvariant()) is var n and >= 0
            ? n
            : int.Parse(number, System.Globalization.CultureInfo.InvariantCulture);

    private static string ReadmePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "README.md")) && File.Exists(Path.Combine(dir.FullName, "EventHub.sln")))
            {
                return Path.Combine(dir.FullName, "README.md");
            }
        }

        throw new FileNotFoundException("README.md next to EventHub.sln");
    }

    [GeneratedRegex(@"(\d+) partner organisations")]
    private static partial Regex OrganisationsSentence();

    [GeneratedRegex(@"(\d+) contacts")]
    private static partial Regex ContactsSentence();

    [GeneratedRegex(@"two rooms and (\w+) events")]
    private static partial Regex EventsSentence();

    [GeneratedRegex(@"and (\w+) action items in every state")]
    private static partial Regex ActionItemsSentence();

    [GeneratedRegex(@"\((\d+) partners invited")]
    private static partial Regex NextInvitedSentence();

    [GeneratedRegex(@"and (\d+) of them already answered")]
    private static partial Regex NextAnsweredSentence();
}
