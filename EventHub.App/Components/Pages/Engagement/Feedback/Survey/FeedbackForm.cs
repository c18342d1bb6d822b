using EventHub.Core.Engagement;

namespace EventHub.App.Components.Pages.Engagement.Feedback.Survey;

/// <summary>What the survey form posts (<c>Form.Heard</c>, …); an unticked rating arrives as null.</summary>
public sealed class FeedbackForm
{
    public int? Heard { get; set; }
    public int? Worthwhile { get; set; }
    public int? RightMix { get; set; }
    public string? ShouldChange { get; set; }
    public string? NextStep { get; set; }

    public static FeedbackForm From(FeedbackInput? answer) => answer is null ? new() : new()
    {
        Heard = answer.Heard,
        Worthwhile = answer.Worthwhile,
        RightMix = answer.RightMix,
        ShouldChange = answer.ShouldChange,
        NextStep = answer.NextStep,
    };

    public FeedbackInput ToInput() => new(Heard, Worthwhile, RightMix, ShouldChange, NextStep);

    public int? Rating(FeedbackField field) => field switch
    {
        FeedbackField.Heard => Heard,
        FeedbackField.Worthwhile => Worthwhile,
        FeedbackField.RightMix => RightMix,
        _ => null,
    };

    public string? Text(FeedbackField field) => field switch
    {
        FeedbackField.ShouldChange => ShouldChange,
        FeedbackField.NextStep => NextStep,
        _ => null,
    };

    /// <summary>The id of the field's first input, which the error summary links to.</summary>
    public static string InputId(FeedbackField field) => field switch
    {
        FeedbackField.Heard or FeedbackField.Worthwhile or FeedbackField.RightMix => $"{Name(field)}-1",
        _ => Name(field),
    };

    public static string Name(FeedbackField field) => field switch
    {
        FeedbackField.Heard => "heard",
        FeedbackField.Worthwhile => "worthwhile",
        FeedbackField.RightMix => "right-mix",
        FeedbackField.ShouldChange => "should-change",
        _ => "next-step",
    };
}
