using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EventHub.Core.Door;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Door;

/// <summary>The JSON the check-in desk talks to: what it answers, and that no other site can make a desk check anyone in.</summary>
public partial class DoorEndpointsTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    [Fact]
    public async Task AScanWithThePagesToken_ChecksIn_AndAnswersInTheReadersLanguage_WithoutItNothingHappens()
    {
        var (eventId, guests) = await TodaysEvents.CreateAsync(app.Factory.Services, "Deur via JSON", [InvitationStatus.Accepted]);
        var client = await SignIn.AsAsync(app.Factory, "door@eventhub.example");
        var token = await DeskTokenAsync(client, eventId);

        var forged = await client.PostAsJsonAsync($"/door/{eventId}/scan", new { code = guests[0].Code });
        var notJson = await PostAsync(client, eventId, "scan", token, new StringContent("code=x", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        var scanned = await PostAsync(client, eventId, "scan", token, JsonContent.Create(new { code = guests[0].Code }));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (forged.StatusCode, notJson.StatusCode));
        Assert.Equal("This page has expired. Reload it; check-ins waiting on this device are kept.",
            JsonDocument.Parse(await forged.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, scanned.StatusCode);
        var answer = JsonDocument.Parse(await scanned.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("CheckedIn", answer.GetProperty("kind").GetString());
        Assert.Equal(("Ilse Deur", "Checked in", "Expected"), (answer.GetProperty("guest").GetProperty("name").GetString(),
            answer.GetProperty("guest").GetProperty("statusName").GetString(), answer.GetProperty("guest").GetProperty("arrival").GetString()));
        Assert.Equal(1, answer.GetProperty("counts").GetProperty("arrived").GetInt32());
        var counts = await app.Factory.Services.CreateScope().ServiceProvider.GetRequiredService<CheckInService>().CountsAsync(eventId);
        Assert.Equal(1, counts.InTheRoom); // the forged scan checked no one in
    }

    [Fact]
    public async Task TheList_CarriesNamesAndCodeHashes_NeverCodesOrEmailAddresses()
    {
        var (eventId, guests) = await TodaysEvents.CreateAsync(app.Factory.Services, "Deurlijst", [InvitationStatus.Accepted, InvitationStatus.Declined]);
        var client = await SignIn.AsAsync(app.Factory, "door@eventhub.example");

        var text = await client.GetStringAsync($"/door/{eventId}/list");

        var list = JsonDocument.Parse(text).RootElement;
        var salt = list.GetProperty("salt").GetString()!;
        var first = list.GetProperty("guests")[0];
        Assert.Equal(("Ilse Deur", DoorList.HashOf(salt, guests[0].Code)), (first.GetProperty("name").GetString(), first.GetProperty("codeHash").GetString()));
        Assert.Equal("Not coming", list.GetProperty("guests")[1].GetProperty("statusName").GetString());
        Assert.DoesNotContain(guests[0].Code, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@", text);
    }

    /// <summary>Found by name at the door, someone let in after declining reads as checked in, as on the guest list (GuestStanding).</summary>
    [Fact]
    public async Task TheList_SomeoneLetInAfterDeclining_ReadsCheckedIn_NotNotComing()
    {
        var (eventId, guests) = await TodaysEvents.CreateAsync(app.Factory.Services, "Deur na afzegging", [InvitationStatus.Declined, InvitationStatus.Declined]);
        using (var scope = app.Factory.Services.CreateScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<CheckInService>().AdmitAsync(eventId, guests[0].InvitationId, Staff.Door)).Succeeded);
        }

        var client = await SignIn.AsAsync(app.Factory, "door@eventhub.example");
        var list = JsonDocument.Parse(await client.GetStringAsync($"/door/{eventId}/list")).RootElement;

        var statuses = list.GetProperty("guests").EnumerateArray().ToDictionary(g => g.GetProperty("name").GetString()!, g => g.GetProperty("statusName").GetString());
        Assert.Equal("Checked in", statuses["Ilse Deur"]);
        Assert.Equal("Not coming", statuses["Joost Poort"]);
    }

    [Fact]
    public async Task TheLiveCounts_ComeAtOnce_AndAgainWhenAnotherDeskChecksSomeoneIn()
    {
        var (eventId, guests) = await TodaysEvents.CreateAsync(app.Factory.Services, "Deur live", [InvitationStatus.Accepted, InvitationStatus.Accepted]);
        var client = await SignIn.AsAsync(app.Factory, "door@eventhub.example");
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await client.GetAsync($"/door/{eventId}/live", HttpCompletionOption.ResponseHeadersRead, stop.Token);
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));

        var first = await NextCountsAsync(events, stop.Token);
        await app.Factory.Services.CreateScope().ServiceProvider.GetRequiredService<CheckInService>()
            .CheckInAsync(eventId, guests[1].InvitationId, Staff.Organiser);
        var second = await NextCountsAsync(events, stop.Token);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal((0, 2), (first.GetProperty("arrived").GetInt32(), first.GetProperty("expected").GetInt32()));
        Assert.Equal(1, second.GetProperty("arrived").GetInt32());
    }

    [Fact]
    public async Task TheDesk_IsInstallable_WithAManifestIconsAndAServiceWorker()
    {
        var client = SignIn.NewClient(app.Factory);

        var manifest = await client.GetAsync("/door.webmanifest");
        var worker = await client.GetAsync("/door-sw.js");

        Assert.Equal("application/manifest+json", manifest.Content.Headers.ContentType!.MediaType);
        var icons = JsonDocument.Parse(await manifest.Content.ReadAsStringAsync()).RootElement.GetProperty("icons").EnumerateArray()
            .Select(icon => icon.GetProperty("src").GetString()!).ToList();
        Assert.Contains("/door-icon-512.png", icons);
        foreach (var icon in icons)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(icon)).StatusCode);
        }

        Assert.Equal("text/javascript", worker.Content.Headers.ContentType!.MediaType);
    }

    private static async Task<JsonElement> NextCountsAsync(StreamReader events, CancellationToken ct)
    {
        while (await events.ReadLineAsync(ct) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return JsonDocument.Parse(line["data: ".Length..]).RootElement;
            }
        }

        throw new InvalidOperationException("The stream ended.");
    }

    private static async Task<string> DeskTokenAsync(HttpClient client, int eventId)
    {
        var page = await client.GetStringAsync($"/check-in/{eventId}");
        return WebUtility.HtmlDecode(DeskToken().Match(page).Groups[1].Value);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, int eventId, string path, string token, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/door/{eventId}/{path}") { Content = content };
        request.Headers.Add("RequestVerificationToken", token);
        return client.SendAsync(request);
    }

    [GeneratedRegex("data-antiforgery=\"([^\"]+)\"")]
    private static partial Regex DeskToken();
}
