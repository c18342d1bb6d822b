namespace EventHub.App.Components.Pages.Outcomes;

/// <summary>Where the capture screen's autosave stands, as the person sees it.</summary>
public enum AutosaveState
{
    /// <summary>Nothing typed since the last save (or since opening).</summary>
    Saved,

    /// <summary>Typed, waiting for a pause before saving.</summary>
    Pending,

    Saving,

    /// <summary>The last save failed; the text is still on the screen and in the browser's copy.</summary>
    Failed,

    /// <summary>Someone else saved a newer version; the person chooses what to keep.</summary>
    Conflict,
}
