namespace EventHub.Tests.Support;

public static class RepositoryPaths
{
    /// <summary>The folder holding EventHub.sln, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary><c>TestResults/screenshots</c> under the repository root, created on first use.</summary>
    public static string Screenshots => Directory.CreateDirectory(Path.Combine(Root, "TestResults", "screenshots")).FullName;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EventHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("EventHub.sln not found above " + AppContext.BaseDirectory);
    }
}
