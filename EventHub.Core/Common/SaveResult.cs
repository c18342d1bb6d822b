namespace EventHub.Core.Common;

/// <summary>
/// The outcome of a save guarded by a version (an application-managed concurrency token): the stored value,
/// or a refusal. A stale save is refused with <see cref="Theirs"/> — what is stored now — so the person can
/// compare and choose; it never overwrites.
/// </summary>
public sealed record SaveResult<T> : Result
    where T : class
{
    private SaveResult(T? saved, T? theirs, string? errorCode, string? errorDetail) : base(errorCode, errorDetail)
    {
        Saved = saved;
        Theirs = theirs;
    }

    /// <summary>What was stored, when the save succeeded.</summary>
    public T? Saved { get; }

    /// <summary>The newer stored version, when the save was refused as stale.</summary>
    public T? Theirs { get; }

    public bool IsConflict => Theirs is not null;

    public static SaveResult<T> Success(T saved) => new(saved, null, null, null);
    public static SaveResult<T> Conflict(string errorCode, T theirs) => new(null, theirs, errorCode, null);
    public static new SaveResult<T> Failure(string errorCode, string? detail = null) => new(null, null, errorCode, detail);
}
