using EventHub.App.Resources;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Texts;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace EventHub.App.Components.Shared;

/// <summary>
/// Runs what a person asked for, one thing at a time: a second click while the first is still running does
/// nothing (Blazor Server can deliver it), buttons bound to <see cref="Busy"/> are disabled meanwhile, and the
/// outcome is said in a snackbar in the person's language before the page refreshes. When the database stayed
/// busy through every retry, the snackbar says so and the screen keeps working: an exception escaping an event
/// handler would end the person's circuit.
/// </summary>
public sealed class UserAction(ISnackbar snackbar, IStringLocalizer<AppStrings> strings, IStringLocalizer<CoreTexts> errors)
{
    public bool Busy { get; private set; }

    /// <summary>A change with an expected outcome: <paramref name="success"/> or the translated reason it failed.</summary>
    public Task RunAsync(Func<Task<Result>> action, string success, Func<Task> refresh) =>
        RunAsync(action, success, _ => refresh());

    /// <summary>
    /// As above; the refresh is told the outcome, for a page that keeps what was typed when a change is refused. A refusal
    /// with <paramref name="saidOnPage"/> gets no snackbar: the page says it beside the form, once.
    /// </summary>
    public Task RunAsync(Func<Task<Result>> action, string success, Func<Result, Task> refresh, string? saidOnPage = null) =>
        RunAsync(async () =>
        {
            var result = await action();
            if (result.Succeeded || result.ErrorCode != saidOnPage)
            {
                snackbar.Add(result.Succeeded ? success : errors.Describe(result), result.Succeeded ? Severity.Success : Severity.Error);
            }

            await refresh(result);
        });

    /// <summary>Any work that must not run twice at once.</summary>
    public async Task RunAsync(Func<Task> work)
    {
        if (Busy)
        {
            return;
        }

        Busy = true;
        try
        {
            await work();
        }
        catch (DatabaseBusyException)
        {
            snackbar.Add(strings["DatabaseBusy_Snackbar"], Severity.Warning);
        }
        finally
        {
            Busy = false;
        }
    }
}
