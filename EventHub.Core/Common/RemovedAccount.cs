namespace EventHub.Core.Common;

/// <summary>
/// What a removed staff account leaves behind in the records it touched: one neutral stand-in, stored the same for every
/// reader (the check-ins, outcomes, progress notes and audit entries that named the person now say this), and read in
/// the reader's language wherever a name is shown ("Verwijderd account").
/// </summary>
public static class RemovedAccount
{
    public const string Name = "Removed account";
}
