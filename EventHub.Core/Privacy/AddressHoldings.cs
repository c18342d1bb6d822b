namespace EventHub.Core.Privacy;

/// <summary>
/// What EventHub holds under one email address, for an access or erasure request by someone who may never have become a
/// contact. <see cref="Nominations"/> and <see cref="Emails"/> are the records no contact owns: a contact's own (their
/// address, their invitations) are answered on the contact's page, and listed in <see cref="Contacts"/>.
/// </summary>
/// <param name="Address">The address as looked up: trimmed and in lower case.</param>
/// <param name="Contacts">Contacts in the directory with this address, or reached through it (a nomination typed with it that
/// was sent; an email to it about one of their invitations), walk-ins included. Not erased here.</param>
/// <param name="Nominations">Nominations that typed this address and invited no one (refused, or waiting for approval).</param>
/// <param name="Emails">Emails written to this address that belong to no contact.</param>
/// <param name="Mentions">Emails to the partners who named the person, telling them what became of it: they carry the name.</param>
/// <param name="AuditEntries">Entries in the audit log about those nominations.</param>
/// <param name="IsStaffAccount">A staff account signs in with this address: managed under Users, not here.</param>
public sealed record AddressHoldings(
    string Address,
    IReadOnlyList<HeldContact> Contacts,
    IReadOnlyList<ExportedNomination> Nominations,
    IReadOnlyList<ExportedEmail> Emails,
    int Mentions,
    int AuditEntries,
    bool IsStaffAccount)
{
    /// <summary>Something no contact owns, to erase by address.</summary>
    public bool CanErase => Nominations.Count > 0 || Emails.Count > 0;

    public bool HoldsNothing => Contacts.Count == 0 && !CanErase && !IsStaffAccount;
}

/// <summary>A contact an address leads to; their data is exported and erased on their own page.</summary>
/// <param name="MergedIntoId">Set for a duplicate record merged into another: erasing that one erases this one.</param>
public sealed record HeldContact(int Id, string Name, string Email, int? MergedIntoId);

/// <summary>
/// Everything held under an email address that no contact owns, for an access request (GDPR art. 15) by someone who is
/// not in the directory: the <c>address.json</c> of the export, with these property names in camelCase (a contract with
/// whoever reads the file, as <see cref="ContactExport"/>). Contacts are listed by id only: each has their own export.
/// </summary>
public sealed record AddressExport(
    DateTime ExportedAtUtc,
    string Address,
    IReadOnlyList<HeldContact> Contacts,
    IReadOnlyList<ExportedNomination> Nominations,
    IReadOnlyList<ExportedEmail> Emails);
