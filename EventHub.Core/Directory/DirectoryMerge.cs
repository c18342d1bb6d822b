using EventHub.Core.Common;

namespace EventHub.Core.Directory;

public enum MergeKind
{
    Organisation,
    Contact,
}

/// <summary>The record that two directory entries were found to be one: who merged what into what, and when.</summary>
public class DirectoryMerge
{
    private DirectoryMerge()
    {
    }

    public DirectoryMerge(MergeKind kind, int survivorId, int mergedId, string mergedName, TeamMember mergedBy, DateTime mergedAtUtc)
    {
        Kind = kind;
        SurvivorId = survivorId;
        MergedId = mergedId;
        MergedName = mergedName;
        (MergedBy, MergedByUserId) = (mergedBy.DisplayName, mergedBy.AccountId);
        MergedAtUtc = mergedAtUtc;
    }

    public int Id { get; private set; }
    public MergeKind Kind { get; private set; }
    public int SurvivorId { get; private set; }
    public int MergedId { get; private set; }

    /// <summary>The name the merged record had, kept so the history still reads well.</summary>
    public string MergedName { get; private set; } = "";

    public string MergedBy { get; private set; } = "";

    /// <summary>The account that merged (<see cref="MergedBy"/> its name then); null for a merge from before it was kept.</summary>
    public string? MergedByUserId { get; private set; }
    public DateTime MergedAtUtc { get; private set; }

    /// <summary>The merged record's person was erased: the history keeps that a merge happened, not their name.</summary>
    internal void ForgetName(string anonymousName) => MergedName = anonymousName;
}
