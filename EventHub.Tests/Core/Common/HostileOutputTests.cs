using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CsvHelper;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;
using Ical.Net.CalendarComponents;
using Markdig;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace EventHub.Tests.Core.Common;

/// <summary>One <see cref="HostileWorld"/> over a test database, with a real SMTP server its emails go to.</summary>
public sealed class HostileWorldFixture : IAsyncLifetime
{
    public TestSmtpServer Smtp { get; } = new TestSmtpServer().Start();
    public TestDatabase Database { get; private set; } = null!;
    public HostileWorld World { get; private set; } = null!;
    public IReadOnlyList<MimeMessage> Received { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(services => services.AddSingleton<IOptions<SmtpOptions>>(Options.Create(Smtp.Options(batchSize: 500))));
        World = await HostileWorld.CreateAsync(Database.Services, Staff.Organiser);
        var sender = Database.Services.GetRequiredService<OutboxSender>();
        while ((await sender.SendDueAsync()).Sent > 0)
        {
        }

        Received = Smtp.Received;
    }

    public async Task DisposeAsync()
    {
        Smtp.Dispose();
        await Database.DisposeAsync();
    }
}

/// <summary>
/// Hostile text (<see cref="HostileStrings"/>) in every free-text field comes out of every file and email EventHub
/// writes as the same text, and as nothing else: no extra mail headers or calendar properties, no markup, no formula,
/// no link.
/// </summary>
public class HostileOutputTests(HostileWorldFixture fixture) : IClassFixture<HostileWorldFixture>
{
    private HostileWorld World => fixture.World;
    private IServiceProvider Services => fixture.Database.Services;

    [Fact]
    public void Emails_HostileTitlesAndNames_OneLineSubjectsAndHeaders_EscapedHtml_VerbatimText()
    {
        var mails = fixture.Received.Where(m => m.To.Mailboxes.Any(a => a.Address.EndsWith("@hostile.example", StringComparison.Ordinal))).ToList();

        Assert.True(mails.Count >= World.ContactIds.Count, $"{mails.Count} emails");
        foreach (var mail in mails)
        {
            Assert.DoesNotContain('\r', mail.Subject ?? "");
            Assert.DoesNotContain('\n', mail.Subject ?? "");
            Assert.DoesNotContain(mail.Headers, h => h.Id is HeaderId.Bcc or HeaderId.Cc);
            Assert.Single(mail.To.Mailboxes);
            Assert.EndsWith("@hostile.example", mail.To.Mailboxes.Single().Address);
            AssertInert(new HtmlParser().ParseDocument(mail.HtmlBody ?? "").DocumentElement, mail.Subject ?? "");
        }

        var invitation = mails.First(m => m.To.Mailboxes.Single().Address == World.Email(0) && (m.TextBody ?? "").Contains("/rsvp/", StringComparison.Ordinal));
        // The title on one line, as typed otherwise; the HTML shows the same words as text.
        Assert.Contains(OneLine(World.UpcomingTitle), OneLine(invitation.Subject!));
        Assert.Contains(OneLine(World.UpcomingTitle), OneLine(invitation.TextBody!));
        Assert.Contains(OneLine(World.UpcomingTitle), OneLine(new HtmlParser().ParseDocument(invitation.HtmlBody!).Body!.TextContent));
    }

    [Fact]
    public async Task CalendarFiles_HostileTitlesDescriptionsAndPlaces_ParseToTheSameFields_WithNothingInjected()
    {
        var calendars = Services.GetRequiredService<CalendarService>();
        var site = new Uri("https://eventhub.example/");
        var eventOnly = (await calendars.ForEventAsync(World.UpcomingEventId, includeSessions: false, site, Language.En))!;
        var withSessions = (await calendars.ForPublicEventAsync(World.UpcomingSlug, includeSessions: true, site, Language.En))!;
        var attachments = fixture.Received.SelectMany(m => m.Attachments.OfType<MimePart>())
            .Where(a => a.ContentType.MimeType == "text/calendar").Select(Decode).ToList();
        await using var db = await fixture.Database.NewContextAsync();
        var @event = await db.Events.Include(e => e.Venue).Include(e => e.Sessions).SingleAsync(e => e.Id == World.UpcomingEventId);

        var single = Assert.Single(Ical.Net.Calendar.Load(Text(eventOnly))!.Events);
        Assert.Equal(@event.Title, single.Summary);
        Assert.Equal(WithoutControls(MarkdownText.ToPlainText(@event.Description)), single.Description);
        Assert.StartsWith(@event.Venue!.Name, single.Location);
        var sessions = Ical.Net.Calendar.Load(Text(withSessions))!.Events;
        Assert.Equal(1 + @event.Sessions.Count(s => s.Kind != SessionKind.Break), sessions.Count);
        Assert.All(@event.Sessions, s => Assert.Contains(sessions, e => e.Summary == $"{s.Title} · {@event.Title}" && e.Description == WithoutControls(s.Description!)));
        Assert.NotEmpty(attachments);
        foreach (var ics in attachments.Append(Text(eventOnly)).Append(Text(withSessions)))
        {
            var calendar = Ical.Net.Calendar.Load(ics)!;
            Assert.DoesNotContain(calendar.Events, e => e.Attendees.Any(a => (a.Value?.ToString() ?? "").Contains("evil", StringComparison.Ordinal)));
            Assert.DoesNotContain(calendar.Events.SelectMany(e => e.Properties), p => p.Name.StartsWith("X-INJECTED", StringComparison.Ordinal));
            // No line of the file starts anything the hostile text wrote: every line is a property of EventHub's own.
            Assert.DoesNotContain(Lines(ics), line => line.StartsWith("X-INJECTED", StringComparison.Ordinal) || line.StartsWith("Bcc", StringComparison.Ordinal)
                                                      || line.StartsWith("ATTENDEE:mailto:evil", StringComparison.Ordinal));
            Assert.All(Lines(ics), line => Assert.DoesNotContain('\r', line));
        }

        var meeting = attachments.Select(a => Ical.Net.Calendar.Load(a)!).Single(c => c.Events.Single().Attendees.Any(a => (a.Value?.ToString() ?? "").Contains(World.Email(0), StringComparison.Ordinal)));
        var attendee = Assert.Single(Assert.Single(meeting.Events).Attendees);
        var contact = await db.Contacts.SingleAsync(c => c.Id == World.ContactIds[0]);
        // A parameter value cannot hold a double quote (RFC 5545 3.1): the name without them, nothing else lost.
        Assert.Equal($"{contact.FirstName} {contact.LastName}".Replace("\"", "", StringComparison.Ordinal), attendee.CommonName);
    }

    [Fact]
    public async Task CsvExports_HostileCells_FormulasNeutralised_OtherwiseTheSameValues()
    {
        var directory = Services.GetRequiredService<DirectoryExportService>();
        var options = new ExportOptions(Language.Nl, CsvDelimiter.Semicolon);
        using var contacts = new MemoryStream();
        using var organisations = new MemoryStream();
        using var guests = new MemoryStream();
        await directory.WriteContactsAsync(new ContactQuery(), contacts, options, Staff.Organiser);
        await directory.WriteOrganisationsAsync(new OrganisationQuery(), organisations, options, Staff.Organiser);
        Assert.True(await Services.GetRequiredService<GuestListExportService>().WriteAsync(World.UpcomingEventId, new GuestQuery(), guests, options));
        await using var db = await fixture.Database.NewContextAsync();
        var names = await db.Organisations.Select(o => o.Name).ToListAsync();
        var contactNames = await db.Contacts.Select(c => new { c.FirstName, c.LastName, c.JobTitle }).ToListAsync();

        var files = new[] { ("contacts", Cells(contacts)), ("organisations", Cells(organisations)), ("guests", Cells(guests)) };
        foreach (var (file, rows) in files)
        {
            Assert.True(rows.Count > 1, file);
            Assert.All(rows, row => Assert.Equal(rows[0].Length, row.Length));
            Assert.All(rows.SelectMany(r => r), cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r', $"{file}: formula cell {cell}"));
        }

        var organisationCells = files[1].Item2.SelectMany(r => r).ToHashSet();
        Assert.All(names, name => Assert.Contains(Neutralised(name), organisationCells));
        var contactCells = files[0].Item2.SelectMany(r => r).ToHashSet();
        Assert.All(contactNames, c => Assert.Contains(Neutralised(c.FirstName), contactCells));
        Assert.All(contactNames, c => Assert.Contains(Neutralised(c.JobTitle!), contactCells));
        var guestCells = string.Join("\n", files[2].Item2.SelectMany(r => r));
        Assert.All(contactNames, c => Assert.Contains(c.LastName, guestCells));
    }

    [Fact]
    public async Task MarkdownSynthesis_HostileStatementsThemesActions_RenderAsTheSameWords_WithoutLinksImagesOrHtml()
    {
        var synthesis = (await Services.GetRequiredService<EventReportService>().SynthesisAsync(World.PastEventId))!;
        var markdown = SynthesisMarkdown.ToMarkdown(synthesis, Language.En);

        foreach (var pipeline in new[] { new MarkdownPipelineBuilder().Build(), new MarkdownPipelineBuilder().UseAdvancedExtensions().Build() })
        {
            var page = new HtmlParser().ParseDocument(Markdig.Markdown.ToHtml(markdown, pipeline));
            AssertInert(page.DocumentElement, "synthesis.md");
            // (A tab-indented line of the organiser's own summary is a code block: harmless, and what Markdown means.)
            Assert.Empty(page.QuerySelectorAll("img, table, h4, h5, h6, blockquote"));
            // The only links: those of the organiser's summary to the web (and, rendered as a wiki would, addresses written out).
            Assert.All(page.QuerySelectorAll("a"), a => Assert.Matches("^https?://", a.GetAttribute("href") ?? ""));
            Assert.Single(page.QuerySelectorAll("h1"));
        }

        var plain = new HtmlParser().ParseDocument(Markdig.Markdown.ToHtml(markdown)).Body!.TextContent;
        Assert.Empty(new HtmlParser().ParseDocument(Markdig.Markdown.ToHtml(markdown)).QuerySelectorAll("a:not([href^='https://tracker.example'])"));
        Assert.Contains(OneLine(World.PastTitle), OneLine(plain));
        foreach (var (name, value) in HostileStrings.All)
        {
            var expected = OneLine(value).Replace('\0', '\uFFFD');
            Assert.True(OneLine(plain).Contains(expected, StringComparison.Ordinal), $"{name} is not shown as typed: {expected}");
        }
    }

    [Fact]
    public async Task Nominations_HostileNames_AreRefusedWithAMessage()
    {
        await using var db = await fixture.Database.NewContextAsync();
        var colleagues = Services.GetRequiredService<ColleagueService>();

        foreach (var (name, value) in HostileStrings.All.Where(s => !NominationRules.IsName(s.Value.Trim())))
        {
            var refused = await colleagues.SendInsteadAsync(World.RsvpTokens["open"], new ContactInput(value, "Jansen", $"collega@hostile{World.Unique}.example"));
            Assert.False(refused.Succeeded, name);
            Assert.NotNull(refused.ErrorCode);
        }

        Assert.DoesNotContain(await db.Contacts.Select(c => c.Email).ToListAsync(), e => e.StartsWith("collega@", StringComparison.Ordinal));
    }

    /// <summary>No element or attribute that runs script, loads something or navigates by itself.</summary>
    private static void AssertInert(IElement? root, string where)
    {
        var elements = root?.QuerySelectorAll("*").ToList() ?? [];
        Assert.DoesNotContain(elements, e => e.LocalName is "script" or "svg" or "iframe" or "object" or "embed" or "body" && e.ParentElement?.LocalName is not "html");
        Assert.DoesNotContain(elements, e => e.LocalName is "script" or "svg" or "iframe" or "object" or "embed");
        Assert.DoesNotContain(elements, e => e.LocalName == "img" && (e.GetAttribute("src") ?? "").Contains("tracker", StringComparison.Ordinal));
        Assert.DoesNotContain(elements, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "autofocus"));
        Assert.False(elements.Any(e => e.Attributes.Any(a => Regex.IsMatch(a.Value, @"^\s*(javascript|data|vbscript):", RegexOptions.IgnoreCase))), $"{where}: a script or data link");
    }

    private static string Neutralised(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static List<string[]> Cells(MemoryStream file)
    {
        using var reader = CsvReader.Create(new ReadOnlyMemory<byte>(file.ToArray()[3..]), new CsvReaderOptions { Separator = ';', HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }

        return rows;
    }

    private static string Text(CalendarFile file) => file.Content;

    private static string Decode(MimePart part)
    {
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        return Encoding.UTF8.GetString(content.ToArray());
    }

    private static IEnumerable<string> Lines(string ics) => ics.Split("\r\n");

    /// <summary>What a calendar can carry of a multi-line text: its lines, without NUL and other control characters.</summary>
    private static string WithoutControls(string text) => Regex.Replace(text.ReplaceLineEndings("\n"), @"[\p{Cc}-[\n\t]]", "");

    private static string OneLine(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
