namespace EventHub.Core.Common;

/// <summary>
/// The outcome of a use case that can fail for an expected reason ("deadline passed", "not found").
/// <see cref="ErrorCode"/> is a stable key for its sentence in <see cref="Texts.CoreTexts"/>; <see cref="ErrorDetail"/> carries an
/// optional value for the message (a name, a date). Exceptions stay reserved for bugs.
/// </summary>
public record Result
{
    protected Result(string? errorCode, string? errorDetail)
    {
        ErrorCode = errorCode;
        ErrorDetail = errorDetail;
    }

    public string? ErrorCode { get; }
    public string? ErrorDetail { get; }
    public bool Succeeded => ErrorCode is null;

    public static Result Success() => new(null, null);
    public static Result Failure(string errorCode, string? detail = null) => new(errorCode, detail);
}

public sealed record Result<T> : Result
{
    private readonly T? _value;

    private Result(T? value, string? errorCode, string? errorDetail) : base(errorCode, errorDetail) => _value = value;

    public T Value => Succeeded ? _value! : throw new InvalidOperationException($"No value: the operation failed with '{ErrorCode}'.");

    public static Result<T> Success(T value) => new(value, null, null);
    public static new Result<T> Failure(string errorCode, string? detail = null) => new(default, errorCode, detail);
}
