using System.Text;
using EventHub.Core.Accounts;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.App.Hosting;

/// <summary>
/// <c>dotnet run --project EventHub.App -- create-admin --email you@example.org</c>: creates the first admin in any
/// environment. The password comes from <c>EVENTHUB_ADMIN_PASSWORD</c>, or is asked for without echo.
/// </summary>
public static class CreateAdminCommand
{
    public const string Name = "create-admin";
    public const string PasswordVariable = "EVENTHUB_ADMIN_PASSWORD";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var email = OptionValue(args, "--email");
        if (string.IsNullOrWhiteSpace(email))
        {
            Console.Error.WriteLine($"Usage: {Name} --email you@example.org [--name \"Your Name\"]   (password from {PasswordVariable} or prompted)");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            if (Console.IsInputRedirected)
            {
                Console.Error.WriteLine($"Set {PasswordVariable} or run the command in a terminal to type the password.");
                return 2;
            }

            password = ReadHidden("Password for the new admin: ");
        }

        await EventHubDatabase.MigrateAsync(app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>());
        await using var scope = app.Services.CreateAsyncScope();
        // The name colleagues see, e.g. in "Anna de Vries has invited you"; the address when none is given.
        var name = OptionValue(args, "--name");
        var result = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAdminAsync(email, password, name);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine(result.ErrorCode == AccountService.InvalidEmail
                ? $"'{email}' is not a valid email address."
                : $"The account was not created: {result.ErrorDetail}");
            return 1;
        }

        Console.WriteLine(result.Value
            ? $"Created admin account {email}."
            : $"{email} already had an account; it now has the Admin role (password unchanged).");
        return 0;
    }

    private static string? OptionValue(string[] args, string option)
    {
        var index = Array.IndexOf(args, option);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string ReadHidden(string prompt)
    {
        Console.Write(prompt);
        var password = new StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        Console.WriteLine();
        return password.ToString();
    }
}
