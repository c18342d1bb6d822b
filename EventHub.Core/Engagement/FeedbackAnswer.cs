using EventHub.Core.Common;
using EventHub.Core.Directory;

namespace EventHub.Core.Engagement;

/// <summary>
/// One attendee's answer to the feedback survey: three ratings from 1 to 5 and two open answers. One per request (so one
/// per link); the person may change it until the survey closes. The respondent's sector is kept as it was when they
/// answered, so results by sector stay the same when an organisation is later reclassified or a contact erased.
/// The open answers are for organisers only: they never appear in public reports or exports.
/// </summary>
public class FeedbackAnswer
{
    public const int MinRating = 1;
    public const int MaxRating = 5;
    public const int OpenAnswerMaxLength = 2000;

    private FeedbackAnswer()
    {
    }

    internal FeedbackAnswer(FeedbackRequest request, Sector? sector, FeedbackInput input, DateTime nowUtc)
    {
        FeedbackRequestId = request.Id;
        EventId = request.EventId;
        Sector = sector;
        AnsweredAtUtc = nowUtc;
        Apply(input, nowUtc);
    }

    public int Id { get; private set; }
    public int FeedbackRequestId { get; private set; }
    public int EventId { get; private set; }

    /// <summary>The sector of the respondent's organisation when they answered; null for someone without one.</summary>
    public Sector? Sector { get; private set; }

    /// <summary>"Did you feel heard?"</summary>
    public int Heard { get; private set; }

    /// <summary>"Was the meeting worth your time?"</summary>
    public int Worthwhile { get; private set; }

    /// <summary>"Were the right people in the room?" (the mix of partners an inclusion meeting is about).</summary>
    public int RightMix { get; private set; }

    /// <summary>"What should change next time?"</summary>
    public string? ShouldChange { get; private set; }

    /// <summary>"What will you do next because of this meeting?"</summary>
    public string? NextStep { get; private set; }

    public DateTime AnsweredAtUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>
    /// The person was erased: their own words go; the ratings and sector stay, numbers without a name that the event's
    /// results and the annual report count.
    /// </summary>
    internal void ForgetOpenAnswers()
    {
        ShouldChange = null;
        NextStep = null;
    }

    /// <summary>The person changes their answer (the survey is still open: the caller checked).</summary>
    internal void Change(FeedbackInput input, DateTime nowUtc) => Apply(input, nowUtc);

    private void Apply(FeedbackInput input, DateTime nowUtc)
    {
        Heard = input.Heard!.Value;
        Worthwhile = input.Worthwhile!.Value;
        RightMix = input.RightMix!.Value;
        ShouldChange = Open(input.ShouldChange);
        NextStep = Open(input.NextStep);
        UpdatedAtUtc = nowUtc;
    }

    private static string? Open(string? text) => TextNormalizer.MultiLine(text);
}

/// <summary>What the survey form posts; every rating is required, the open answers are not.</summary>
public sealed record FeedbackInput(int? Heard, int? Worthwhile, int? RightMix, string? ShouldChange, string? NextStep)
{
    /// <summary>Every problem with the input, each with the field it belongs to, in the order of the form.</summary>
    public IReadOnlyList<FeedbackProblem> Problems()
    {
        var problems = new List<FeedbackProblem>();
        foreach (var (field, value) in new[] { (FeedbackField.Heard, Heard), (FeedbackField.Worthwhile, Worthwhile), (FeedbackField.RightMix, RightMix) })
        {
            if (value is not (>= FeedbackAnswer.MinRating and <= FeedbackAnswer.MaxRating))
            {
                problems.Add(new FeedbackProblem(field, FeedbackErrors.RatingRequired));
            }
        }

        foreach (var (field, value) in new[] { (FeedbackField.ShouldChange, ShouldChange), (FeedbackField.NextStep, NextStep) })
        {
            if (TextNormalizer.MultiLine(value)?.Length > FeedbackAnswer.OpenAnswerMaxLength)
            {
                problems.Add(new FeedbackProblem(field, FeedbackErrors.TooLong));
            }
        }

        return problems;
    }
}

/// <summary>The survey's questions, in the order of the form.</summary>
public enum FeedbackField
{
    Heard,
    Worthwhile,
    RightMix,
    ShouldChange,
    NextStep,
}

/// <summary>One refused field of the survey form and why (an error code of <see cref="FeedbackErrors"/>).</summary>
public sealed record FeedbackProblem(FeedbackField Field, string ErrorCode);

/// <summary>Error codes of the feedback survey; partners read their sentences in PartnerTexts (<c>Feedback_Error_*</c>).</summary>
public static class FeedbackErrors
{
    public const string NotFound = "Feedback.NotFound";
    public const string Closed = "Feedback.Closed";
    public const string Invalid = "Feedback.Invalid";
    public const string RatingRequired = "Feedback.RatingRequired";
    public const string TooLong = "Feedback.TooLong";
}
