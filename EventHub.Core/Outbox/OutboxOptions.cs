namespace EventHub.Core.Outbox;

/// <summary>The <c>EventHub:Outbox</c> configuration section.</summary>
public sealed class OutboxOptions
{
    public const string Section = "EventHub:Outbox";

    /// <summary>
    /// The Outbox page offers to open an unsent message's personal link ("Open as this partner"), so a demo without a
    /// mail server still works. Off unless set; the app turns it on in Development. Elsewhere links stay masked.
    /// </summary>
    public bool ShowLinks { get; set; }
}
