
namespace EventHub.Core.Directory;

/// <summary>A period in which a contact belonged to an organisation. Open-ended while it lasts.</summary>
public class ContactAffiliation
{
    private ContactAffiliation()
    {
    }

    internal ContactAffiliation(Contact contact, Organisation organisation, DateTime startedAtUtc)
    {
        Contact = contact;
        Organisation = organisation;
        StartedAtUtc = startedAtUtc;
    }

    public int Id { get; private set; }
    public int ContactId { get; private set; }
    public Contact Contact { get; private set; } = null!;
    public int OrganisationId { get; private set; }
    public Organisation Organisation { get; private set; } = null!;
    public DateTime StartedAtUtc { get; private set; }
    public DateTime? EndedAtUtc { get; private set; }

    internal void End(DateTime nowUtc) => EndedAtUtc ??= nowUtc;

    /// <summary>Re-points the history of a merged organisation to its survivor.</summary>
    internal void TransferTo(Organisation survivor)
    {
        Organisation = survivor;
        OrganisationId = survivor.Id;
    }
}
