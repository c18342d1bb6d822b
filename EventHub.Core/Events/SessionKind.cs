namespace EventHub.Core.Events;

public enum SessionKind
{
    Plenary,
    Workshop,
    RoundTable,
    Break,
}
