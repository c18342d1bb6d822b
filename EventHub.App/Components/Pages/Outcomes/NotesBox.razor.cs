using System.Text;
using EventHub.App.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;

namespace EventHub.App.Components.Pages.Outcomes;

public partial class NotesBox : IAsyncDisposable
{
    /// <summary>How long typing pauses before the text goes to the server (the autosave then waits its own pause).</summary>
    public const int SendAfterMilliseconds = 600;

    private ElementReference _host;
    private IJSObjectReference? _module;
    private IJSObjectReference? _watcher;
    private DotNetObjectReference<NotesBox>? _self;
    private string _shown = "";
    private string? _known;
    private int _generation;
    private long _received;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired]
    public string Value { get; set; } = "";

    [Parameter]
    public EventCallback<string> OnChanged { get; set; }

    [Parameter]
    public EventCallback<FocusEventArgs> OnBlur { get; set; }

    [Parameter, EditorRequired]
    public string InputId { get; set; } = "";

    [Parameter]
    public string Label { get; set; } = "";

    [Parameter]
    public string HelperText { get; set; } = "";

    [Parameter]
    public int MaxLength { get; set; }

    [Parameter]
    public bool ReadOnly { get; set; }

    protected override void OnParametersSet()
    {
        // A value the box did not send itself is shown: a new element, so it replaces whatever the box held.
        if (Value != _known)
        {
            (_shown, _known) = (Value, Value);
            _generation++;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || !RendererInfo.IsInteractive)
        {
            return;
        }

        try
        {
            _self = DotNetObjectReference.Create(this);
            _module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/notes-box.js");
            _watcher = await _module.InvokeAsync<IJSObjectReference>("watch", _host, _self, SendAfterMilliseconds, _shown);
        }
        catch (JSDisconnectedException)
        {
        }
    }

    /// <summary>
    /// The text as the person left it, numbered by the browser: an older text that arrives late is dropped.
    /// <paramref name="left"/>: the box lost focus, so the autosave saves now.
    /// </summary>
    [JSInvokable]
    public async Task ReceiveAsync(long number, IJSStreamReference text, bool left)
    {
        string value;
        await using (text)
        {
            // UTF-8 takes at most three bytes per character of the box.
            await using var stream = await text.OpenReadStreamAsync(maxAllowedSize: 3L * MaxLength + 16);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            value = await reader.ReadToEndAsync();
        }

        if (number > _received)
        {
            _received = number;
            if (value != _known)
            {
                _known = value;
                await OnChanged.InvokeAsync(value);
            }
        }

        if (left)
        {
            await LeftAsync();
        }
    }

    /// <summary>
    /// Has the browser send what the box shows now, if the server does not have it yet, and returns once it has: the text
    /// goes after a pause or on leaving the box, and a click handled before it arrived (mark final) would miss it.
    /// </summary>
    public async Task FlushAsync()
    {
        try
        {
            if (_watcher is not null)
            {
                await _watcher.InvokeVoidAsync("flush");
            }
        }
        catch (JSDisconnectedException)
        {
        }
    }

    /// <summary>The box lost focus with nothing new in it.</summary>
    [JSInvokable]
    public Task LeftAsync() => OnBlur.InvokeAsync(new FocusEventArgs { Type = "blur" });

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_watcher is not null)
            {
                var watcher = _watcher;
                _watcher = null;
                await watcher.InvokeVoidAsync("stop");
                await watcher.DisposeAsync();
            }

            await _module.ReleaseAsync();
        }
        catch (Exception exception) when (BrowserGone.Is(exception))
        {
        }

        _self?.Dispose();
        GC.SuppressFinalize(this);
    }
}
