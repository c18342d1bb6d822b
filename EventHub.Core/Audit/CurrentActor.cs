namespace EventHub.Core.Audit;

/// <summary>
/// Who is acting in the current scope: the App fills it from the signed-in person (an HTTP request or a Blazor circuit)
/// or from the personal link a partner opened; background jobs leave it empty, which the log records as the system.
/// Services often open scopes of their own, so the scope's actor is also made the ambient one (<see cref="Use"/>) for
/// the asynchronous flow of the request or circuit activity, which is where <see cref="AuditInterceptor"/> reads it.
/// </summary>
public sealed class CurrentActor
{
    private static readonly AsyncLocal<CurrentActor?> Ambient = new();

    public AuditActor Actor { get; set; } = AuditActor.System;

    /// <summary>The actor of the work running now: the ambient scope's, or the system when there is none.</summary>
    public static AuditActor Now => Ambient.Value?.Actor ?? AuditActor.System;

    /// <summary>Makes this scope's actor the one every save in the current asynchronous flow records.</summary>
    public void Use() => Ambient.Value = this;

    /// <summary>Ends <see cref="Use"/> for the current flow.</summary>
    public static void Clear() => Ambient.Value = null;
}
