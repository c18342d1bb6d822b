using EventHub.Core.Common;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static EventHub.Tests.Core.Outbox.OutboxFixtures;

namespace EventHub.Tests.Core.Outbox;

/// <summary>
/// The address a partner's page gives for writing to the alliance (the "stop inviting me" page): where a reply to the
/// alliance's emails arrives, so a page and an email never name two different addresses.
/// </summary>
public class AllianceContactAddressTests
{
    private static readonly TeamMember Admin = TeamMember.InRoles("admin-1", "Anna Admin", Roles.Admin);

    [Fact]
    public async Task ContactAddress_IsTheReplyToAddressOfTheEmailSettings_WhenTheAdminsSetOne()
    {
        await using var database = await DatabaseAsync(new SmtpOptions { Host = "smtp.example", FromAddress = "eventhub@gemeente.example" });
        Assert.True((await Branding(database).SaveAsync(Admin, new EmailBrandingInput(null, null, " secretariaat@alliantie.example ", null, null))).Succeeded);

        Assert.Equal("secretariaat@alliantie.example", await Branding(database).ContactAddressAsync());
    }

    [Fact]
    public async Task ContactAddress_WithoutAReplyToAddress_IsTheSendersAddress_WhereRepliesThenArrive()
    {
        await using var database = await DatabaseAsync(new SmtpOptions { Host = "smtp.example", FromAddress = "eventhub@gemeente.example" });

        Assert.Equal("eventhub@gemeente.example", await Branding(database).ContactAddressAsync());
    }

    [Fact]
    public async Task ContactAddress_OnAnInstallThatSendsNoEmail_IsNone()
    {
        await using var database = await DatabaseAsync(new SmtpOptions());

        Assert.Null(await Branding(database).ContactAddressAsync());
    }

    private static EmailBrandingService Branding(TestDatabase database) => database.Services.GetRequiredService<EmailBrandingService>();
}
