using Microsoft.AspNetCore.Identity;

namespace EventHub.App.Hosting;

public static class StaffAccountsRegistration
{
    /// <summary>
    /// How quickly account changes reach people who are signed in: the cookie's security stamp is checked every
    /// <see cref="AccountOptions.RevalidationInterval"/> (Identity's default would be 30 minutes).
    /// </summary>
    public static void AddStaffAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(AccountOptions.Section);
        services.AddOptions<AccountOptions>()
            .Bind(section)
            .Validate(options => options.RevalidationInterval >= TimeSpan.Zero, $"{AccountOptions.Section}:RevalidationInterval must not be negative.")
            .ValidateOnStart();
        var interval = section.Get<AccountOptions>()?.RevalidationInterval ?? new AccountOptions().RevalidationInterval;
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = interval);
    }
}
