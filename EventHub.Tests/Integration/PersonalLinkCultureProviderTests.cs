using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration;

/// <summary>Which language a page behind a personal link speaks before it renders: the person's, for both kinds of link.</summary>
public class PersonalLinkCultureProviderTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    [Theory]
    [InlineData(Language.Nl, "nl")]
    [InlineData(Language.En, "en")]
    public async Task RsvpLink_SpeaksTheInvitationsLanguage(Language language, string culture)
    {
        var published = await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle);
        var token = await PartnerLinks.InviteAsync(app.Factory.Services, published.Id, "Vera", language);

        Assert.Equal(culture, await CultureOfAsync($"/rsvp/{token}"));
    }

    [Theory]
    [InlineData(Language.Nl, "nl")]
    [InlineData(Language.En, "en")]
    public async Task OwnerLink_SpeaksTheOwnerContactsLanguage(Language language, string culture)
    {
        var (_, token, _) = await AppActionItems.LinkedAsync(app.Factory.Services, "Taalmaatjes koppelen", dueInDays: 5, language);

        Assert.Equal(culture, await CultureOfAsync($"/a/{token}"));
    }

    [Theory]
    [InlineData("/rsvp/no-such-link")]
    [InlineData("/a/no-such-link")]
    [InlineData("/rsvp/")]
    [InlineData("/events/1")]
    public async Task UnknownLinkOrOtherPage_FallsThrough(string path)
    {
        Assert.Null(await CultureOfAsync(path));
    }

    [Fact]
    public async Task ReplacedOwnerLink_FallsThrough()
    {
        var (item, token, _) = await AppActionItems.LinkedAsync(app.Factory.Services, "Oud actiepunt", dueInDays: 5, Language.Nl);
        await AppActionItems.Builder(app.Factory.Services).LinkAsync(item);

        Assert.Null(await CultureOfAsync($"/a/{token}"));
    }

    [Fact]
    public async Task CancelledInvitationsLink_FallsThrough()
    {
        var published = await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle);
        var token = await PartnerLinks.InviteAsync(app.Factory.Services, published.Id, "Wim", Language.Nl);
        var hash = PersonalLinkTokens.Hash(token);
        using (var scope = app.Factory.Services.CreateScope())
        {
            var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
            var id = await AppData.ReadAsync(app.Factory, db => db.Invitations.Where(i => i.TokenHash == hash).Select(i => i.Id).SingleAsync());
            Assert.True((await invitations.CancelAsync(id, Staff.Organiser)).Succeeded);
        }

        Assert.Null(await CultureOfAsync($"/rsvp/{token}"));
    }

    private async Task<string?> CultureOfAsync(string path)
    {
        using var scope = app.Factory.Services.CreateScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Path = path;

        var result = await new PersonalLinkCultureProvider().DetermineProviderCultureResult(context);

        return result is null ? null : Assert.Single(result.UICultures).Value;
    }
}
