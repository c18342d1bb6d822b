using EventHub.App.Components.Shared;
using EventHub.Core.Common;
using EventHub.Core.Invitations;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventHub.App.Components.Pages.Invitations.Messages;

/// <summary>
/// Compose → preview → send. Core checks the draft and finds the recipients for both the preview and the send; the
/// key made when the dialog opens lets Core send a double submit only once.
/// </summary>
public partial class GuestMessageDialog
{
    private readonly string _idempotencyKey = Guid.NewGuid().ToString("N");
    private string? _subjectEn;
    private string? _textEn;
    private string? _subjectNl;
    private string? _textNl;
    private GuestMessagePreview? _preview;
    private string? _error;
    private bool _busy;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private GuestMessageService Messages { get; set; } = default!;

    [Parameter, EditorRequired]
    public int EventId { get; set; }

    /// <summary>The guest list's filter as it stands (paging is ignored).</summary>
    [Parameter, EditorRequired]
    public GuestQuery Filter { get; set; } = default!;

    /// <summary>The filter in words, as the guest list shows it.</summary>
    [Parameter, EditorRequired]
    public string FilterText { get; set; } = "";

    [Parameter, EditorRequired]
    public TeamMember Sender { get; set; } = default!;

    private GuestMessageDraft Draft => new(_subjectEn, _textEn, _subjectNl, _textNl, Filter);

    private Task PreviewAsync() => RunAsync(async () =>
    {
        var result = await Messages.PreviewAsync(EventId, Draft, Sender);
        _preview = result.Succeeded ? result.Value : null;
        _error = result.Succeeded ? null : CoreL.Describe(result);
    });

    private void Edit()
    {
        _preview = null;
        _error = null;
    }

    private Task SendAsync() => RunAsync(async () =>
    {
        var result = await Messages.SendAsync(EventId, Draft, _idempotencyKey, Sender);
        if (result.Succeeded)
        {
            Dialog.Close(DialogResult.Ok(result.Value));
        }
        else
        {
            _error = CoreL.Describe(result);
        }
    });

    // Blazor Server can deliver a second click before the first finishes: the busy flag disables the buttons meanwhile.
    private async Task RunAsync(Func<Task> work)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            await work();
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>Opens the dialog; returns what was sent, or null when the organiser closed it without sending.</summary>
    public static async Task<GuestMessageSent?> ShowAsync(IDialogService dialogs, int eventId, GuestQuery filter, string filterText, TeamMember sender)
    {
        var parameters = new DialogParameters<GuestMessageDialog>
        {
            { d => d.EventId, eventId },
            { d => d.Filter, filter },
            { d => d.FilterText, filterText },
            { d => d.Sender, sender },
        };
        var dialog = await dialogs.ShowAsync<GuestMessageDialog>("", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Large, FullWidth = true, CloseOnEscapeKey = true });
        return await dialog.Result is { Canceled: false, Data: GuestMessageSent sent } ? sent : null;
    }
}
