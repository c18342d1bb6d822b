namespace EventHub.App.Hosting;

/// <summary>
/// The limits of the live connection of the interactive screens (Blazor Server's SignalR hub), set on purpose rather
/// than left to chance. One message from the browser stays at most 32 KB: long texts (the session notes) come in as
/// streams (JS interop stream references), which travel in chunks below this limit.
/// </summary>
public static class LiveConnection
{
    public const long MaximumReceiveMessageSize = 32 * 1024;

    public static void AddLiveConnectionLimits(this IServiceCollection services) =>
        services.AddServerSideBlazor().AddHubOptions(hub => hub.MaximumReceiveMessageSize = MaximumReceiveMessageSize);
}
