namespace EventHub.App.Components.Pages.Engagement.Feedback;

/// <summary>Texts the feedback screens share with the insight pages.</summary>
public static class FeedbackTexts
{
    /// <summary>
    /// The AppStrings key for a group hidden because it is small. Temporary: becomes the shared
    /// <c>Insight_FewerThanFive</c> key (with the chart component) at merge time.
    /// </summary>
    public const string FewerThanFiveKey = "Feedback_FewerThanFive";
}
