namespace EventHub.Core.Outcomes;

/// <summary>Where a session's record stands: a Draft is being written; Final means the facilitator is done with it.</summary>
public enum OutcomeStatus
{
    Draft,
    Final,
}

/// <summary>What kind of statement a session produced.</summary>
public enum StatementKind
{
    Insight,
    Decision,
}
