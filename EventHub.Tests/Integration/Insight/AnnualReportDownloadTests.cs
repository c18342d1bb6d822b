using System.Net;
using EventHub.Tests.Support;

namespace EventHub.Tests.Integration.Insight;

/// <summary>An organiser downloads the year's report as Markdown, named and written in the language they ask for.</summary>
public class AnnualReportDownloadTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    [Theory]
    [InlineData("nl", "jaarverslag-2019.md", "# Jaarverslag 2019")]
    [InlineData("en", "annual-report-2019.md", "# Annual report 2019")]
    public async Task TheMarkdownFile_IsNamedAndWrittenInTheLanguageAskedFor(string lang, string fileName, string title)
    {
        var organiser = await SignIn.AsAsync(app.Factory, "organiser@eventhub.example");

        var response = await organiser.GetAsync($"/insight/annual-report/2019.md?lang={lang}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal(title, (await response.Content.ReadAsStringAsync()).Split('\n')[0]);
    }
}
