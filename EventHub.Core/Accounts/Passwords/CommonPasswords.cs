namespace EventHub.Core.Accounts.Passwords;

/// <summary>The 10,000 most common passwords (see SOURCE.md beside the list), compared without regard to case.</summary>
public static class CommonPasswords
{
    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    public static bool Contains(string password) => List.Value.Contains(password.Trim());

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("EventHub.Core.Accounts.Passwords.common-passwords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is not embedded in EventHub.Core.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }

        return passwords;
    }
}
