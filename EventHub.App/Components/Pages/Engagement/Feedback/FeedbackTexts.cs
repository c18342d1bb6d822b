namespace EventHub.App.Components.Pages.Engagement.Feedback;

/// <summary>Texts the feedback screens share with the insight pages.</summary>
public static class FeedbackTexts
{
    /// <summary>The AppStrings key for a group hidden because it is small: the one the insight pages and charts share.</summary>
    public const string FewerThanFiveKey = "Insight_FewerThanFive";
}
