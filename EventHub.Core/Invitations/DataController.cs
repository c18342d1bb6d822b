namespace EventHub.Core.Invitations;

/// <summary>
/// The organisation responsible for partners' personal data and where to ask about it, named in the privacy notice
/// (GDPR art. 13(1)(a)): e.g. "Gemeente Groningen, Equal Opportunities Alliance", privacy@groningen.example.
/// </summary>
public sealed record DataController(string Name, string Email)
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;
}
