namespace EventHub.Core.Common;

/// <summary>
/// The <c>EventHub:Links</c> configuration section: how long personal links keep working once what they open is over.
/// A link that has expired opens nothing; its page says whom to contact (<see cref="ExpiredLink"/>).
/// </summary>
public sealed class PersonalLinkOptions
{
    public const string Section = "EventHub:Links";

    /// <summary>An RSVP link stops working this many days after its event ends.</summary>
    public int RsvpDaysAfterEvent { get; set; } = 30;

    /// <summary>An action owner's link stops working this many days after the item is done or dropped.</summary>
    public int OwnerDaysAfterClosed { get; set; } = 90;

    /// <summary>
    /// A feedback survey link keeps showing the answer (read-only) this many days after the survey closed, then expires.
    /// </summary>
    public int FeedbackDaysAfterClose { get; set; } = 30;
}
