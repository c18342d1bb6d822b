using System.Net;
using EventHub.Tests.Support;

namespace EventHub.Tests.Integration.Outbox;

public class OutboxAccessTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    [Fact]
    public async Task OutboxPage_Facilitator_IsDenied()
    {
        var client = await SignIn.AsAsync(app.Factory, "facilitator@eventhub.example");

        var response = await client.GetAsync("/outbox");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task OutboxPage_Organiser_RendersWithTheNotConfiguredBanner()
    {
        var client = await SignIn.AsAsync(app.Factory, "organiser@eventhub.example");

        var response = await client.GetAsync("/outbox");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1", html);
        Assert.Contains("no SMTP server is configured", html);
    }

    [Theory]
    [InlineData("facilitator@eventhub.example")]
    [InlineData("door@eventhub.example")]
    public async Task AttachmentDownload_WithoutOrganiserRole_IsDenied(string email)
    {
        var message = await TestOutbox.QueueInvitationAsync(app.Factory, "fatima@noorderpoort.example", "https://eventhub.example/rsvp/abc");
        var client = await SignIn.AsAsync(app.Factory, email);

        var response = await client.GetAsync($"/outbox/{message.Id}/attachments/{message.Attachments[0].Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task AttachmentDownload_Anonymous_MustSignIn()
    {
        var message = await TestOutbox.QueueInvitationAsync(app.Factory, "fatima@noorderpoort.example", "https://eventhub.example/rsvp/abc");

        var response = await SignIn.NewClient(app.Factory).GetAsync($"/outbox/{message.Id}/attachments/{message.Attachments[0].Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task AttachmentDownload_Organiser_GetsTheFileAsADownload()
    {
        var message = await TestOutbox.QueueInvitationAsync(app.Factory, "fatima@noorderpoort.example", "https://eventhub.example/rsvp/abc");
        var client = await SignIn.AsAsync(app.Factory, "organiser@eventhub.example");

        var response = await client.GetAsync($"/outbox/{message.Id}/attachments/{message.Attachments[0].Id}");
        var wrongMessage = await client.GetAsync($"/outbox/{message.Id + 1000}/attachments/{message.Attachments[0].Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("alliantiedag.ics", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        Assert.StartsWith("BEGIN:VCALENDAR", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, wrongMessage.StatusCode);
    }
}
