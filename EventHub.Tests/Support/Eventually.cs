namespace EventHub.Tests.Support;

/// <summary>
/// Waits for a condition that nothing rendered announces. bUnit's navigation records a prevented navigation in its
/// history on a thread-pool continuation once the page's location-changing handler returns; no render follows, so a
/// <c>WaitForAssertion</c> (checked on renders only) may look once, too early, and never again. The condition is looked at
/// until it holds; the time limit only keeps a broken page from hanging the run.
/// </summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Still not so after 30 s: {what}");
            await Task.Delay(10);
        }
    }
}
