using System.Globalization;
using EventHub.App.Components.Shared;
using EventHub.Core.Common;
using EventHub.Core.Engagement;
using Microsoft.AspNetCore.Components;

namespace EventHub.App.Components.Pages.Engagement.Feedback.Survey;

/// <summary>
/// An attendee answers the feedback survey through their personal link: static server rendering with a plain form, so
/// it works without JavaScript and holds no circuit; the token in the address is the only credential and opens one
/// person's survey. Once closed, the link shows the answer given, read-only.
/// </summary>
public partial class FeedbackSurveyPage
{
    private static readonly FeedbackField[] Ratings = [FeedbackField.Heard, FeedbackField.Worthwhile, FeedbackField.RightMix];
    private static readonly FeedbackField[] OpenQuestions = [FeedbackField.ShouldChange, FeedbackField.NextStep];

    private FeedbackSurveyView? _view;
    private ExpiredLink? _expired;
    private IReadOnlyList<FeedbackProblem> _problems = [];
    private string? _error;

    [Inject]
    private FeedbackSurveyService Survey { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Parameter]
    public string Token { get; set; } = "";

    [SupplyParameterFromForm(FormName = "feedback")]
    private FeedbackForm? Form { get; set; }

    [SupplyParameterFromQuery(Name = "saved")]
    private int? SavedFlag { get; set; }

    private bool Saved => SavedFlag == 1;

    private string FormAction => $"feedback/{Uri.EscapeDataString(Token)}";

    protected override async Task OnInitializedAsync()
    {
        _view = await Survey.GetAsync(Token, HttpContext.RequestAborted);
        if (_view is null)
        {
            // Unknown links say nothing; a link that worked and expired says so, and whom to contact (PersonalLinkPage).
            _expired = await Survey.ExpiredAsync(Token, HttpContext.RequestAborted);
            return;
        }

        Form ??= FeedbackForm.From(_view.Answer);
    }

    private async Task SubmitAsync()
    {
        if (_view is null || Form is null)
        {
            return;
        }

        _problems = Form.ToInput().Problems();
        if (_problems.Count > 0)
        {
            return;
        }

        var result = await Survey.AnswerAsync(Token, Form.ToInput(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            // Post/Redirect/Get: a refresh of the thanks does not post again.
            PersonalLinkResponse.Redirect(HttpContext, Navigation, $"{FormAction}?saved=1");
            return;
        }

        // The survey closed while the form was open: show it as it is now, read-only.
        _error = P[result.ErrorCode == FeedbackErrors.Closed ? "Feedback_Error_Closed" : "Feedback_LinkNotWorking_Body"];
        _view = await Survey.GetAsync(Token, HttpContext.RequestAborted) ?? _view;
    }

    private string? ErrorFor(FeedbackField field) => _problems.FirstOrDefault(p => p.Field == field) is { } problem ? ProblemText(problem) : null;

    private string ProblemText(FeedbackProblem problem) =>
        P[problem.ErrorCode == FeedbackErrors.TooLong ? "Feedback_Error_TooLong" : "Feedback_Error_RatingRequired", P[$"Feedback_Question_{problem.Field}"]];

    private static string Day(DateOnly day) => day.ToString("dddd d MMMM yyyy", CultureInfo.CurrentCulture);
}
