using Microsoft.AspNetCore.Identity;

namespace EventHub.Core.Accounts;

/// <summary>Identity answers with a result; where a refusal can only be a bug (the checks ran before), it becomes an exception.</summary>
internal static class IdentityOutcome
{
    public static void ThrowOnError(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
