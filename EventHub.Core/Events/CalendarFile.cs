namespace EventHub.Core.Events;

/// <summary>An iCalendar document and the file name a person sees when they download it.</summary>
public sealed record CalendarFile(string FileName, string Content);
