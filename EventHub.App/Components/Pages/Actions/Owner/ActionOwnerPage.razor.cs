using EventHub.App.Components.Shared;
using EventHub.App.Resources;
using EventHub.Core.Actions;
using EventHub.Core.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace EventHub.App.Components.Pages.Actions.Owner;

/// <summary>
/// An action item's owner updates it through their personal link: static server rendering with a plain form, so it
/// works without JavaScript and holds no circuit; the token in the address is the only credential and opens one item.
/// </summary>
public partial class ActionOwnerPage
{
    private OwnerActionView? _view;
    private ExpiredLink? _expired;
    private string? _errorCode;
    private string? _error;

    [Inject]
    private ActionOwnerService Owners { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Parameter]
    public string Token { get; set; } = "";

    [SupplyParameterFromForm(FormName = "action-owner")]
    private OwnerProgressInput? Form { get; set; }

    [SupplyParameterFromQuery(Name = "saved")]
    private int? SavedFlag { get; set; }

    private bool Saved => SavedFlag == 1;

    /// <summary>The owner's words for a status, the same in the heading, the choices and the history ("Mee bezig", not the team's "Bezig").</summary>
    private string StatusWord(ActionItemStatus status) => P[$"ActionOwner_Status_{status}"];

    private string FormAction => $"a/{Uri.EscapeDataString(Token)}";

    private string? ErrorFieldId => _errorCode switch
    {
        ActionErrors.NothingToRecord or ActionErrors.NoteTooLong => "progress-note",
        _ => null,
    };

    protected override async Task OnInitializedAsync()
    {
        _view = await Owners.GetAsync(Token, HttpContext.RequestAborted);
        if (_view is null)
        {
            // Unknown and replaced links look the same and say nothing about any item (PersonalLinkPage); a link that
            // expired after the item closed says so, and whom to contact.
            _expired = await Owners.ExpiredAsync(Token, HttpContext.RequestAborted);
            return;
        }

        Form ??= OwnerProgressInput.From(_view.Item);
    }

    private async Task SubmitAsync()
    {
        if (_view is null || Form is null)
        {
            return;
        }

        var result = await Owners.UpdateAsync(Token, Form.ItemId, Form.ToInput(_view.Item.Status), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            // Post/Redirect/Get: a refresh of the confirmation does not record the update again.
            PersonalLinkResponse.Redirect(HttpContext, Navigation, $"{FormAction}?saved=1");
            return;
        }

        _errorCode = result.ErrorCode;
        _error = P.Describe(result, CoreL);
        if (_errorCode == ActionErrors.Stale)
        {
            // Someone else updated meanwhile: show the item as it is now, keeping the note the owner typed.
            _view = await Owners.GetAsync(Token, HttpContext.RequestAborted) ?? _view;
            Form.Version = _view.Item.Version;
        }
    }
}
