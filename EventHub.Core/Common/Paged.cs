namespace EventHub.Core.Common;

/// <summary>One page of a longer list, and how long the whole list is.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int TotalCount);
