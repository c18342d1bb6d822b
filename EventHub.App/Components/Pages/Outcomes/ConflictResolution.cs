using EventHub.Core.Outcomes;

namespace EventHub.App.Components.Pages.Outcomes;

/// <summary>What the person chose after their save was refused as stale.</summary>
public enum ConflictChoice
{
    /// <summary>Save mine on top of the newer version.</summary>
    KeepMine,

    /// <summary>Drop mine and continue from the saved version.</summary>
    TakeTheirs,

    /// <summary>Save a merge of both.</summary>
    Merge,
}

/// <summary>The choice, and for <see cref="ConflictChoice.Merge"/> the merged draft.</summary>
public sealed record ConflictResolution(ConflictChoice Choice, OutcomeDraft? Merged = null);
