using System.Text.RegularExpressions;
using EventHub.Tests.Support;

namespace EventHub.Tests.Core;

/// <summary>
/// Core's features depend one way: Common → Texts → Outbox → Accounts, Directory → Events → Invitations → Door → Actions → Outcomes → Engagement → Privacy → Onboarding.
/// A feature may use the ones to its left only (Accounts and Directory, side by side, not each other). Data holds the one
/// DbContext that maps every entity, so it is not checked and every feature but Common may use it; Demo fills the
/// database and may use everything.
/// Read from the source: <c>using EventHub.Core.X</c>, qualified names (<c>EventHub.Core.X.T</c>, or <c>X.T</c> inside
/// Core), and reads of another feature's table through the DbContext (<c>db.Invitations</c>), which needs no using.
/// </summary>
public partial class ArchitectureTests
{
    private static readonly Dictionary<string, int> Rank = new()
    {
        ["Common"] = 0,
        ["Texts"] = 1, // the resources every feature writes its texts from; it knows Common's Language only
        ["Audit"] = 1, // the audit log: every feature's writes are recorded, and bulk writes record themselves through it
        ["Outbox"] = 2,
        ["Accounts"] = 3, // staff invitations and reset links are emails, so Accounts uses the Outbox
        ["Directory"] = 3,
        ["Events"] = 4,
        ["Invitations"] = 5,
        ["Door"] = 6, // the check-in desk: answers on invitations, walk-ins into the directory
        ["Actions"] = 7, // follow-up comes after the day: an item's owner is suggested from who was in the room (Door's SessionParticipants)
        ["Outcomes"] = 8,
        ["Engagement"] = 9, // an organisation's history with the alliance, read from every feature
        ["Privacy"] = 10, // retention and data-subject rights reach into every feature's personal data, the feedback survey's too
        ["Onboarding"] = 11, // a new install's first steps (Home's "Getting started"), read from the features they set up
        ["Demo"] = int.MaxValue,
    };

    private static readonly string CoreFolder = Path.Combine(RepositoryPaths.Root, "EventHub.Core");

    [Fact]
    public void CoreFeatures_UseOnlyTheFeaturesToTheirLeft()
    {
        var sources = System.IO.Directory.GetDirectories(CoreFolder)
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj" or "Data"))
            .ToDictionary(feature => feature!, feature => SourcesOf(feature!));
        var model = new CoreModel(sources, File.ReadAllText(Path.Combine(CoreFolder, "Data", "EventHubDbContext.cs")));

        var wrongWay = sources.SelectMany(feature => feature.Value.SelectMany(file => model.WrongWay(feature.Key, file.Path, file.Code))).ToList();

        Assert.True(sources.Keys.All(Rank.ContainsKey), "A Core folder that is not in the order: " + string.Join(", ", sources.Keys.Except(Rank.Keys)));
        Assert.True(wrongWay.Count == 0, "Core features that use a feature to their right:\n" + string.Join("\n", wrongWay));
    }

    [Fact]
    public void WrongWay_FindsAUsingAQualifiedNameAndATableOfAFeatureToTheRight()
    {
        var model = new CoreModel(
            new()
            {
                ["Events"] = [("Events/Event.cs", "namespace EventHub.Core.Events; public class Event { }")],
                ["Invitations"] = [("Invitations/Invitation.cs", "namespace EventHub.Core.Invitations; public enum InvitationStatus { } public class Invitation { }")],
                ["Door"] = [("Door/SessionAttendance.cs", "namespace EventHub.Core.Door; public class SessionAttendance { }")],
            },
            // A table whose type is named with its feature (Door.SessionAttendance) belongs to that feature too.
            "public DbSet<Event> Events => Set<Event>(); public DbSet<Invitation> Invitations => Set<Invitation>(); "
            + "public DbSet<Door.SessionAttendance> SessionAttendances => Set<Door.SessionAttendance>();");
        const string code = """
            using EventHub.Core.Invitations;
            namespace EventHub.Core.Events;
            // db.Invitations in a comment does not count, nor does "Invitations.InvitationStatus" in a string.
            class EventService
            {
                int Count(EventHubDbContext db) => db.Invitations.Count(i => i.Status == Invitations.InvitationStatus.Accepted);
                object Other => typeof(EventHub.Core.Invitations.Invitation);
                bool Came(EventHubDbContext db) => db.SessionAttendances.Any();
            }
            """;

        var found = model.WrongWay("Events", "Events/EventService.cs", code);

        Assert.Equal(
            ["Events/EventService.cs:1 uses Invitations (using EventHub.Core.Invitations)",
             "Events/EventService.cs:6 uses Invitations (Invitations.InvitationStatus)",
             "Events/EventService.cs:6 uses Invitations (db.Invitations)",
             "Events/EventService.cs:7 uses Invitations (EventHub.Core.Invitations.)",
             "Events/EventService.cs:8 uses Door (db.SessionAttendances)"],
            found.Order(StringComparer.Ordinal));
        Assert.Equal(["Invitations/Seats.cs:8 uses Door (db.SessionAttendances)"],
            model.WrongWay("Invitations", "Invitations/Seats.cs", code.Replace("namespace EventHub.Core.Events", "namespace EventHub.Core.Invitations")));
        Assert.Empty(model.WrongWay("Door", "Door/Seats.cs", code.Replace("namespace EventHub.Core.Events", "namespace EventHub.Core.Door")));
    }

    private static List<(string Path, string Code)> SourcesOf(string feature) =>
        System.IO.Directory.GetFiles(Path.Combine(CoreFolder, feature), "*.cs", SearchOption.AllDirectories)
            .Select(path => (Path.GetRelativePath(CoreFolder, path), File.ReadAllText(path)))
            .ToList();

    /// <summary>Common is the bottom and uses nothing, not even the DbContext (which maps every feature).</summary>
    private static bool MayUse(string feature, string other) =>
        other == feature
        || (other == "Data" && feature != "Common")
        || (Rank.ContainsKey(feature) && Rank.TryGetValue(other, out var rank) && rank < Rank[feature]);

    /// <summary>Which feature declares each type, and which feature owns each table of the DbContext.</summary>
    private sealed class CoreModel
    {
        private readonly Dictionary<string, HashSet<string>> _typesByFeature;
        private readonly Dictionary<string, string> _tableOwners;

        public CoreModel(Dictionary<string, List<(string Path, string Code)>> sources, string dbContext)
        {
            _typesByFeature = sources.ToDictionary(
                f => f.Key,
                f => f.Value.SelectMany(file => TypeDeclaration().Matches(CodeOnly(file.Code)).Select(m => m.Groups[1].Value)).ToHashSet());
            _tableOwners = DbSet().Matches(dbContext)
                .Select(m => (Entity: m.Groups[1].Value, Table: m.Groups[2].Value))
                .Select(t => (t.Table, Owner: _typesByFeature.FirstOrDefault(f => f.Value.Contains(t.Entity)).Key))
                .Where(t => t.Owner is not null)
                .ToDictionary(t => t.Table, t => t.Owner!);
        }

        /// <summary>"file:line uses Feature (how)" for every use of a feature that <paramref name="feature"/> may not use.</summary>
        public IEnumerable<string> WrongWay(string feature, string path, string code)
        {
            var lines = CodeOnly(code).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var (used, how) in Uses(lines[i]).Distinct().Where(u => !MayUse(feature, u.Feature)))
                {
                    yield return $"{path}:{i + 1} uses {used} ({how})";
                }
            }
        }

        private IEnumerable<(string Feature, string How)> Uses(string line)
        {
            foreach (Match m in UsingDirective().Matches(line))
            {
                yield return (m.Groups[1].Value, $"using EventHub.Core.{m.Groups[1].Value}");
            }

            foreach (Match m in FullyQualified().Matches(line))
            {
                yield return (m.Groups[1].Value, $"EventHub.Core.{m.Groups[1].Value}.");
            }

            // Inside namespace EventHub.Core.X, "Invitations.InvitationStatus" names another feature's type without a using.
            foreach (Match m in RelativeQualified().Matches(line))
            {
                if (_typesByFeature.TryGetValue(m.Groups[1].Value, out var types) && types.Contains(m.Groups[2].Value))
                {
                    yield return (m.Groups[1].Value, m.Value);
                }
            }

            foreach (Match m in MemberAccess().Matches(line))
            {
                if (m.Groups[1].Value != "Core" && _tableOwners.TryGetValue(m.Groups[2].Value, out var owner))
                {
                    yield return (owner, $"{m.Groups[1].Value}.{m.Groups[2].Value}");
                }
            }
        }
    }

    /// <summary>The code without comments and without the contents of string and character literals.</summary>
    private static string CodeOnly(string code) =>
        CommentOrLiteral().Replace(code, m => m.Value.StartsWith('/') && !m.Value.StartsWith("//", StringComparison.Ordinal)
            ? new string('\n', m.Value.Count(c => c == '\n'))
            : m.Value.StartsWith("//", StringComparison.Ordinal) ? "" : "\"\"" + new string('\n', m.Value.Count(c => c == '\n')));

    [GeneratedRegex("""
        //[^\n]*|/\*[\s\S]*?\*/|\$*"{3,}[\s\S]*?"{3,}|\$?@\$?"(?:[^"]|"")*"|\$?"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)+'
        """)]
    private static partial Regex CommentOrLiteral();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(\w+)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"DbSet<(?:\w+\.)*(\w+)>\s+(\w+)")]
    private static partial Regex DbSet();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?(?:global::)?EventHub\.Core\.(\w+)")]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"(?<!using\s+(?:static\s+)?(?:\w+\s*=\s*)?(?:global::)?)(?<![\w.])(?:global::)?EventHub\.Core\.(\w+)\.")]
    private static partial Regex FullyQualified();

    [GeneratedRegex(@"(?<![\w.])([A-Z]\w*)\.([A-Z]\w*)")]
    private static partial Regex RelativeQualified();

    /// <summary><c>db.Invitations</c>: a member after a dot, with what comes before it (lookbehind, so chains are all seen).</summary>
    [GeneratedRegex(@"(?<=\b(\w+)\.)([A-Z]\w*)\b")]
    private static partial Regex MemberAccess();
}
