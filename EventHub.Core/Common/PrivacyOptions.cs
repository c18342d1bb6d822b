namespace EventHub.Core.Common;

/// <summary>
/// How long EventHub keeps personal data (<c>EventHub:Privacy</c>). Configuration for now: EventHub has no settings
/// store yet, so an admin changes these in the host's settings, and the privacy notice states the values in force.
/// </summary>
public sealed class PrivacyOptions
{
    public const string Section = "EventHub:Privacy";

    /// <summary>Days after an event ends that its guests' access and dietary needs and decline notes are deleted.</summary>
    public int NeedsRetentionDays { get; set; } = 30;

    /// <summary>Months without any activity after which a contact is listed for an admin to anonymise.</summary>
    public int InactiveContactMonths { get; set; } = 24;

    /// <summary>Months the audit log keeps its entries; the daily privacy job deletes older ones.</summary>
    public int AuditRetentionMonths { get; set; } = 24;

    /// <summary>Whether the daily privacy job runs in this host (tests run it themselves).</summary>
    public bool WorkerEnabled { get; set; } = true;
}
