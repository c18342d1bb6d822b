using System.Diagnostics;
using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Accounts;

/// <summary>Runs the real app executable with <c>create-admin</c>, as an operator would on a new server.</summary>
public class CreateAdminCommandTests : IDisposable
{
    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), "eventhub-tests", $"admin-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task CreateAdmin_PasswordFromEnvironment_CreatesAnAdminInAnEmptyProductionDatabase()
    {
        var (exitCode, output) = await RunAsync("create-admin --email beheer@groningen.nl --name \"Anna de Vries\"", "Sterk-wachtwoord-2026");

        Assert.Equal(0, exitCode);
        Assert.Contains("Created admin account beheer@groningen.nl", output);
        await using var services = UsersOverTheFile();
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = await users.FindByEmailAsync("beheer@groningen.nl");
        Assert.NotNull(admin);
        Assert.True(await users.IsInRoleAsync(admin, Roles.Admin));
        Assert.True(await users.CheckPasswordAsync(admin, "Sterk-wachtwoord-2026"));
        Assert.Equal("Anna de Vries", admin.DisplayName);
        Assert.Single(users.Users); // no demo accounts outside Development
    }

    [Fact]
    public async Task CreateAdmin_WeakPassword_ExplainsAndFails()
    {
        // A migrated database (the test above has the command migrate a new one): what is under test here is the refusal,
        // not the migrations, which are most of a new database's 6 s of CPU.
        TemplateDatabase.CopyToFile(_databaseFile);

        var (exitCode, output) = await RunAsync("create-admin --email beheer@groningen.nl", "kort");

        Assert.Equal(1, exitCode);
        Assert.Contains("The account was not created", output);
        await using var services = UsersOverTheFile();
        await using var scope = services.CreateAsyncScope();
        Assert.Empty(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().Users);
    }

    [Fact]
    public async Task CreateAdmin_NoPasswordAndNoTerminal_SaysWhatToSet()
    {
        var (exitCode, output) = await RunAsync("create-admin --email beheer@groningen.nl", password: null);

        Assert.Equal(2, exitCode);
        Assert.Contains("EVENTHUB_ADMIN_PASSWORD", output);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databaseFile, _databaseFile + "-wal", _databaseFile + "-shm" })
        {
            File.Delete(file);
        }
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string arguments, string? password)
    {
        var start = new ProcessStartInfo("dotnet", $"{Path.Combine(AppContext.BaseDirectory, "EventHub.App.dll")} {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__EventHub"] = $"Data Source={_databaseFile}";
        start.Environment["EVENTHUB_ADMIN_PASSWORD"] = password;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            // A guard against a command that never ends; it takes about 3 s (a fresh database's migrations included).
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output + await error);
    }

    private ServiceProvider UsersOverTheFile()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<EventHubDbContext>(options => options.UseSqlite($"Data Source={_databaseFile}"));
        services.AddIdentityCore<AppUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<EventHubDbContext>();
        return services.BuildServiceProvider();
    }
}
