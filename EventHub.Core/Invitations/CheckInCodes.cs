using System.Security.Cryptography;

namespace EventHub.Core.Invitations;

/// <summary>
/// The code on a guest's QR code: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
/// so door staff can also type it. About 50 random bits: enough to be unguessable for one event's door.
/// </summary>
public static class CheckInCodes
{
    public const int Length = 10;
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>What door staff typed or a scanner read, made comparable: upper case, no spaces or dashes.</summary>
    public static string Normalise(string code) =>
        new(code.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
}
