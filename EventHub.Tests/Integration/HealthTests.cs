using System.Net;
using EventHub.Tests.Support;
using Microsoft.Data.Sqlite;

namespace EventHub.Tests.Integration;

public class HealthTests
{
    [Fact]
    public async Task Healthz_DatabaseReachable_Answers200Healthy()
    {
        using var factory = new EventHubAppFactory();

        var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_DatabaseFileDamaged_Answers503()
    {
        using var factory = new EventHubAppFactory();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        SqliteConnection.ClearAllPools();
        await File.WriteAllTextAsync(factory.DatabaseFile, "this is not a database");
        File.Delete(factory.DatabaseFile + "-wal");
        File.Delete(factory.DatabaseFile + "-shm");

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }
}
