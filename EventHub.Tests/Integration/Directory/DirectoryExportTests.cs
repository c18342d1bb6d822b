using System.Net;
using System.Text;
using EventHub.Tests.Support;

namespace EventHub.Tests.Integration.Directory;

public class DirectoryExportTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    [Theory]
    [InlineData("/directory/organisations.csv")]
    [InlineData("/directory/contacts.csv")]
    public async Task Export_Anonymous_RedirectsToLogin(string path)
    {
        var response = await SignIn.NewClient(app.Factory).GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("/directory/organisations.csv")]
    [InlineData("/directory/contacts.csv")]
    public async Task Export_Facilitator_IsDenied(string path)
    {
        var client = await SignIn.AsAsync(app.Factory, "facilitator@eventhub.example");

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task ContactsExport_Organiser_GetsADatedCsvWithByteOrderMarkAndEveryDemoContact()
    {
        var client = await SignIn.AsAsync(app.Factory, "organiser@eventhub.example");

        var response = await client.GetAsync("/directory/contacts.csv?lang=en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Matches(@"^contacts-\d{4}-\d{2}-\d{2}\.csv$", response.Content.Headers.ContentDisposition.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).TrimEnd().Split("\r\n");
        Assert.StartsWith("First name,Last name,Email,", lines[0]);
        Assert.Equal(150 + 1, lines.Length);
    }

    [Fact]
    public async Task OrganisationsExport_DutchSemicolonForOneSector_WritesOnlyThatSector()
    {
        var client = await SignIn.AsAsync(app.Factory, "organiser@eventhub.example");

        var response = await client.GetAsync("/directory/organisations.csv?sector=Government&delimiter=semicolon&lang=nl");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("organisaties-", response.Content.Headers.ContentDisposition!.FileNameStar);
        var lines = Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]).TrimEnd().Split("\r\n");
        Assert.StartsWith("Organisatie;Sector;Subsector;", lines[0]);
        Assert.True(lines.Length > 2);
        Assert.All(lines.Skip(1), line => Assert.Equal("Overheid", line.Split(';')[1]));
    }
}
