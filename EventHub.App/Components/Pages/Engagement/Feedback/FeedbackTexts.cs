namespace EventHub.App.Components.Pages.Engagement.Feedback;

/// <summary>Texts the feedback screens share.</summary>
public static class FeedbackTexts
{
    /// <summary>
    /// The AppStrings key for every hidden group of respondents (<see cref="Core.Engagement.SmallGroups"/>): one wording
    /// whether the group is small or hidden beside a small one, so the label tells nothing of its size.
    /// </summary>
    public const string HiddenKey = "Feedback_HiddenToProtect";
}
