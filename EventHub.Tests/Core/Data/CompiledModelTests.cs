using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EventHub.Tests.Core.Data;

/// <summary>
/// The app starts on the model generated ahead (<c>Data/CompiledModel</c>) instead of building it from the entity
/// configurations. These tests keep the two the same: after a model change they fail until
/// <c>scripts/compiled-model.sh</c> has generated the model again.
/// </summary>
public class CompiledModelTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void CompiledModel_IsTheModelTheConfigurationsBuild(DatabaseProvider provider)
    {
        var settings = new DatabaseOptions { Provider = provider };
        var connectionString = provider == DatabaseProvider.Postgres ? "Host=localhost;Database=none" : "Data Source=:memory:";
        using var built = Context(EventHubDatabase.Configure(new DbContextOptionsBuilder<EventHubDbContext>(), connectionString, settings), provider);
        using var compiled = Context(EventHubDatabase.UseCompiledModel(
            EventHubDatabase.Configure(new DbContextOptionsBuilder<EventHubDbContext>(), connectionString, settings), settings), provider);

        var expected = Describe(built.GetService<IDesignTimeModel>().Model);
        var actual = Describe(compiled.Model);

        Assert.True(expected == actual,
            $"The compiled {provider} model is out of date: run scripts/compiled-model.sh. First difference: {FirstDifference(expected, actual)}");
    }

    /// <summary>
    /// Entities, properties with their facets, keys, indexes and relationships, then the tables and columns with their
    /// store types. Annotations and check constraints are left out: they matter to migrations only, so the generated
    /// model does not keep them.
    /// </summary>
    private static string Describe(IModel model)
    {
        const MetadataDebugStringOptions options = MetadataDebugStringOptions.LongDefault & ~MetadataDebugStringOptions.IncludeAnnotations;
        var text = model.ToDebugString(options) + "\n" + model.GetRelationalModel().ToDebugString(options);
        return string.Join('\n', text.Split('\n').Where(line => !line.TrimStart().StartsWith("Check", StringComparison.Ordinal)));
    }

    private static EventHubDbContext Context(DbContextOptionsBuilder options, DatabaseProvider provider)
    {
        var typed = (DbContextOptions<EventHubDbContext>)options.Options;
        return provider == DatabaseProvider.Postgres ? new PostgresEventHubDbContext(typed) : new EventHubDbContext(typed);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var want = i < expectedLines.Length ? expectedLines[i].Trim() : "(nothing)";
            var got = i < actualLines.Length ? actualLines[i].Trim() : "(nothing)";
            if (want != got)
            {
                return $"line {i + 1}: built '{want}', compiled '{got}'";
            }
        }

        return "none";
    }
}
