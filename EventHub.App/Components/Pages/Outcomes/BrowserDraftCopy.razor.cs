using System.Text.Json;
using EventHub.Core.Outcomes;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace EventHub.App.Components.Pages.Outcomes;

/// <summary>
/// Keeps the browser's copy in step with the screen after every render: the draft and the version it was written on,
/// kept while it is not saved and only remembered (as the base for typing the script copies itself) once it is.
/// An earlier copy on offer stays untouched until the person restores or discards it.
/// </summary>
public partial class BrowserDraftCopy : IAsyncDisposable
{
    /// <summary>Notes of 50,000 characters and every statement, as UTF-8 JSON, fit with room to spare.</summary>
    private const long MaxCopyBytes = 1024 * 1024;

    private IJSObjectReference? _module;
    private ElementReference _area;
    private StoredCopy? _offer;
    private OutcomeDraft? _offered;
    private string? _written;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired]
    public int SessionId { get; set; }

    /// <summary>The version the draft is written on top of.</summary>
    [Parameter, EditorRequired]
    public int Version { get; set; }

    [Parameter, EditorRequired]
    public OutcomeDraft Draft { get; set; } = OutcomeDraft.Empty;

    /// <summary>Whether the draft differs from what is saved: only then is the copy kept.</summary>
    [Parameter]
    public bool Unsaved { get; set; }

    /// <summary>The person took the copy back: the draft, and the version it was written on.</summary>
    [Parameter]
    public EventCallback<RestoredDraft> OnRestore { get; set; }

    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        if (_module is null && !await StartAsync())
        {
            return;
        }

        await WriteAsync();
    }

    /// <summary>Loads the script, watches the fields and offers an earlier copy that differs; false when there is nothing more to do now.</summary>
    private async Task<bool> StartAsync()
    {
        _module = await CallAsync(() => JS.InvokeAsync<IJSObjectReference>("import", "./js/outcome-drafts.js"));
        if (_module is null)
        {
            return false;
        }

        await CallAsync(() => _module.InvokeVoidAsync("watch", _area));
        var copy = await CallAsync(() => ReadCopyAsync(_module));
        if (copy is not null && OutcomeForm.FromJson(copy.Draft) is { } draft && !OutcomeForm.Same(draft, Draft))
        {
            (_offer, _offered) = (copy, draft);
            StateHasChanged();
            return false;
        }

        return true;
    }

    // Read as a stream: a copy with long notes is larger than one message of the live connection may carry.
    private async ValueTask<StoredCopy?> ReadCopyAsync(IJSObjectReference module)
    {
        await using var bytes = await module.InvokeAsync<IJSStreamReference>("readBytes", SessionId);
        if (bytes is null || bytes.Length == 0)
        {
            return null;
        }

        await using var stream = await bytes.OpenReadStreamAsync(maxAllowedSize: MaxCopyBytes);
        return await JsonSerializer.DeserializeAsync<StoredCopy>(stream, JsonSerializerOptions.Web);
    }

    private async Task WriteAsync()
    {
        if (_module is null || _offer is not null)
        {
            return;
        }

        var json = OutcomeForm.ToJson(Draft);
        var written = $"{Version}:{Unsaved}:{json}";
        if (written != _written)
        {
            _written = written;
            await CallAsync(() => _module.InvokeVoidAsync("write", SessionId, Version, json, Unsaved));
        }
    }

    private async Task RestoreAsync()
    {
        if (_offer is null || _offered is null)
        {
            return;
        }

        var restored = new RestoredDraft(_offer.Version, _offered);
        (_offer, _offered) = (null, null);
        await OnRestore.InvokeAsync(restored);
    }

    // Written over on the next render, with what the screen shows.
    private void Discard() => (_offer, _offered, _written) = (null, null, null);

    // The copy is a safety net: when the browser cannot be reached, the server copy is all there is.
    private static async Task CallAsync(Func<ValueTask> call)
    {
        try
        {
            await call();
        }
        catch (Exception exception) when (exception is JSException or JSDisconnectedException or TaskCanceledException)
        {
        }
    }

    private static async Task<T?> CallAsync<T>(Func<ValueTask<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception exception) when (exception is JSException or JSDisconnectedException or TaskCanceledException)
        {
            return default;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is not null)
        {
            await CallAsync(() => _module.DisposeAsync());
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>The browser's copy: the version it was written on, when (ms since 1970), and the draft as JSON.</summary>
    public sealed record StoredCopy(int Version, long At, string Draft);
}

/// <summary>A draft taken back from the browser's copy, and the version it was written on top of.</summary>
public sealed record RestoredDraft(int Version, OutcomeDraft Draft);
