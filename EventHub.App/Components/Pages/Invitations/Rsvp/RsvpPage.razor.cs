using EventHub.App.Components.Shared;
using EventHub.App.Resources;
using EventHub.Core.Common;
using EventHub.Core.Invitations;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace EventHub.App.Components.Pages.Invitations.Rsvp;

/// <summary>
/// A partner's personal invitation page: see the event and answer it. Static server rendering with a plain form,
/// so it works without JavaScript and holds no circuit; the token in the address is the only credential.
/// </summary>
public partial class RsvpPage
{
    /// <summary>Where personal invitation links start (<see cref="EventHub.Core.Outbox.SiteLinks.Rsvp"/>).</summary>
    public const string PathPrefix = "/rsvp";

    private RsvpView? _view;
    private bool _answering;
    private ExpiredLink? _expired;
    private IReadOnlyList<FormProblem> _problems = [];
    private string? _colleagueError;
    private string? _colleagueErrorCode;
    private string? _colleagueSentTo;

    /// <summary>This link's invitation was passed on to a colleague earlier: the page says so instead of "does not work".</summary>
    private PassedOnLink? _passedOn;
    private string? _colleagueAwaitingApproval;
    private DelegateSeats? _delegateSeats;
    private string? _delegateError;
    private string? _delegateErrorCode;

    [Inject]
    private RsvpService Rsvp { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Parameter]
    public string Token { get; set; } = "";

    [SupplyParameterFromForm(FormName = "rsvp")]
    private RsvpInput? Form { get; set; }

    [SupplyParameterFromForm(FormName = "colleague")]
    private RsvpColleagueInput? Colleague { get; set; }

    [Inject]
    private ColleagueService Colleagues { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "delegate")]
    private RsvpColleagueInput? Delegate { get; set; }

    [Inject]
    private DelegateService Delegates { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "withdraw-delegate")]
    private RsvpWithdrawInput? Withdrawal { get; set; }

    [SupplyParameterFromQuery(Name = "nominated")]
    private int? NominatedFlag { get; set; }

    [SupplyParameterFromQuery(Name = "saved")]
    private int? SavedFlag { get; set; }

    /// <summary>What became of the "lost your link?" form on this link's "does not work" page (the new-link page redirects back).</summary>
    [SupplyParameterFromQuery(Name = NewLink.NewLinkOutcomes.QueryName)]
    private string? NewLinkQuery { get; set; }

    /// <summary>The "nominated" value after naming a delegate whose address waits for an organiser's approval.</summary>
    private const int AwaitingApprovalFlag = 2;

    /// <summary>The "nominated" value after withdrawing a delegate: their seat is free again.</summary>
    private const int WithdrawnFlag = 3;

    private bool Saved => SavedFlag == 1;

    private string FormAction => $"rsvp/{Uri.EscapeDataString(Token)}";

    /// <summary>
    /// Every reason the answer was refused, each with the field it is about: all the form's problems when the form was
    /// refused (<see cref="RsvpRules"/>), so the partner mends them in one go; otherwise the one reason (the deadline
    /// passed, the event closed meanwhile).
    /// </summary>
    private IReadOnlyList<FormProblem> ProblemsOf(Result refusal)
    {
        var reasons = _view is not null && Form is not null
            && RsvpRules.Problems(_view.Invitation, Form.ToAnswer(), _view.Notice.Version) is var all && all.Any(r => r.ErrorCode == refusal.ErrorCode)
                ? all
                : [refusal];
        return reasons.Select(r => new FormProblem(P.Describe(r, CoreL), FieldOf(r.ErrorCode))).ToList();
    }

    /// <summary>Where the error summary's link jumps to: the field that needs attention.</summary>
    private string? FieldOf(string? errorCode) => errorCode switch
    {
        InvitationErrors.NotAnAnswer => RsvpAnswerFields.FirstInputId,
        InvitationErrors.OverlappingSessions or InvitationErrors.UnknownSession or InvitationErrors.SessionsOnlyWhenComing when _view is not null
            => RsvpSessionFields.FirstInputId(_view.Event),
        InvitationErrors.PrivacyNoticeRequired => RsvpPrivacyFields.CheckboxId,
        InvitationErrors.InterpretationLanguageTooLong or InvitationErrors.InterpretationLanguageRequired => RsvpNeedsFields.InterpretationLanguageId,
        InvitationErrors.OtherNeedsRequired => RsvpNeedsFields.OtherNeedsId,
        _ => null,
    };

    protected override async Task OnInitializedAsync()
    {
        // A post of the answer form (only then is Form supplied from the form before this runs): the answer is taken
        // first (SubmitAsync) and the page is loaded only if it has to be shown again. Saving an answer then costs its
        // write transaction and a redirect, not a load and a render of the whole page that nobody sees (issue 17).
        if (HttpMethods.IsPost(HttpContext.Request.Method) && Form is not null)
        {
            _answering = true;
            return;
        }

        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _view = await Rsvp.GetAsync(Token, HttpContext.RequestAborted);
        if (_view is null)
        {
            // Unknown, replaced and cancelled links look the same, and say nothing about any event (PersonalLinkPage);
            // a link that expired after its event says so, and whom to contact; one passed on to a colleague, to whom.
            _passedOn = await Colleagues.PassedOnAsync(Token, HttpContext.RequestAborted);
            _expired = _passedOn is null ? await Rsvp.ExpiredAsync(Token, HttpContext.RequestAborted) : null;
            return;
        }

        Form ??= RsvpInput.From(_view);
        Colleague ??= RsvpColleagueInput.For(_view.Invitation.Language);
        Delegate ??= RsvpColleagueInput.For(_view.Invitation.Language);
        _delegateSeats = _view.Invitation.IsOrganisationInvitation ? await Delegates.SeatsAsync(_view.Invitation.Id, HttpContext.RequestAborted) : null;
    }

    private async Task SubmitAsync()
    {
        if (Form is null)
        {
            return;
        }

        // An unknown, replaced, cancelled or expired link is refused here as the page would refuse it (NotFound), and the
        // page loaded below then says so without naming any event.
        var result = await Rsvp.RespondAsync(Token, Form.ToAnswer(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            // Post/Redirect/Get: a refresh of the confirmation does not send the answer again.
            PersonalLinkResponse.Redirect(HttpContext, Navigation, $"{FormAction}?saved=1");
            return;
        }

        // Refused: the page again, with what was posted and why it was not taken.
        await LoadAsync();
        _problems = ProblemsOf(result);
        _answering = false;
    }

    private async Task SendColleagueAsync()
    {
        if (Colleague is null)
        {
            return;
        }

        // Without a view the link was already passed on: Core answers as the first time if it went to this same colleague.
        var result = await Colleagues.SendInsteadAsync(Token, Colleague.ToContact(), HttpContext.RequestAborted);
        if (result.Succeeded && result.Value.AwaitsApproval && _view is not null)
        {
            // An address outside the organisation: the organisers look first, and this link keeps working meanwhile.
            _colleagueAwaitingApproval = result.Value.Name;
            Colleague = RsvpColleagueInput.For(_view.Invitation.Language);
            return;
        }

        if (result.Succeeded)
        {
            // This link stops working now; say so on this response rather than redirecting to a page that is gone.
            // The name is the one the partner typed: nothing from the directory is shown back.
            _colleagueSentTo = result.Value.Name;
            return;
        }

        _colleagueErrorCode = result.ErrorCode;
        _colleagueError = P.Describe(result, CoreL);
    }

    private async Task NominateAsync()
    {
        if (_view is null || Delegate is null)
        {
            return;
        }

        var result = await Delegates.NominateAsync(Token, Delegate.ToContact(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            // Post/Redirect/Get: a refresh does not name the delegate twice; the list on the new page shows them.
            var flag = result.Value.AwaitsApproval ? AwaitingApprovalFlag : 1;
            PersonalLinkResponse.Redirect(HttpContext, Navigation, $"{FormAction}?nominated={flag}#{RsvpDelegates.Outcome}");
            return;
        }

        _delegateErrorCode = result.ErrorCode;
        _delegateError = P.Describe(result, CoreL);
    }

    private async Task WithdrawDelegateAsync()
    {
        if (_view is null || Withdrawal?.Parse() is not { } withdrawn)
        {
            return;
        }

        var result = await Delegates.WithdrawAsync(Token, withdrawn.Id, withdrawn.WaitingForApproval, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            // Post/Redirect/Get, as after naming a delegate: the list on the new page no longer holds them.
            PersonalLinkResponse.Redirect(HttpContext, Navigation, $"{FormAction}?nominated={WithdrawnFlag}#{RsvpDelegates.Outcome}");
            return;
        }

        _delegateErrorCode = result.ErrorCode;
        _delegateError = P.Describe(result, CoreL);
    }
}
