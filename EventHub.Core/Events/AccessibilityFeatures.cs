namespace EventHub.Core.Events;

/// <summary>What a venue or room offers people with access needs. Stored as flags.</summary>
[Flags]
public enum AccessibilityFeatures
{
    None = 0,
    StepFreeAccess = 1,
    AccessibleToilet = 2,
    HearingLoop = 4,
    QuietRoom = 8,
    SignLanguageInterpreter = 16,
    Childcare = 32,
}

public static class AccessibilityFeatureList
{
    public static IReadOnlyList<AccessibilityFeatures> All { get; } =
        Enum.GetValues<AccessibilityFeatures>().Where(f => f != AccessibilityFeatures.None).ToList();

    public static IEnumerable<AccessibilityFeatures> Split(this AccessibilityFeatures features) =>
        All.Where(f => features.HasFlag(f));
}
