using EventHub.Core.Common;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using static EventHub.Tests.Core.Outbox.OutboxFixtures;

namespace EventHub.Tests.Core.Outbox;

/// <summary>An admin sets how the alliance signs its emails; every email sent from then on carries it.</summary>
public class EmailBrandingTests
{
    private static readonly TeamMember Admin = TeamMember.InRoles("admin-1", "Anna Admin", Roles.Admin);
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    [Fact]
    public async Task Admin_SetsNameReplyToAndSignature_TheNextEmailGoesOutUnderThemWithItsQrCodeInline()
    {
        using var smtp = new TestSmtpServer().Start();
        await using var database = await DatabaseAsync(smtp.Options());
        var saved = await Branding(database).SaveAsync(Admin, new EmailBrandingInput(
            "Gelijke Kansen Alliantie Groningen", "Alliantie Gelijke Kansen", "secretariaat@alliantie.example", "Kind regards, the secretariat", "Met vriendelijke groet,\nHet secretariaat"));
        Assert.True(saved.Succeeded);
        var message = new EmailDraft(Language.Nl)
            .Paragraph("Fijn dat u komt.")
            .Image("check-in-code", "QR-code om u aan te melden", 180)
            .ToMessage("fatima@noorderpoort.example", "Fatima El Amrani", "U komt: Alliantiedag", "answer", Now(database))
            .Embed("check-in-code", "aanmelden.png", "image/png", Png);
        await QueueAsync(database, message);

        await Sender(database).SendDueAsync();

        var received = Assert.Single(smtp.Received);
        var from = Assert.Single(received.From.Mailboxes);
        Assert.Equal(("Alliantie Gelijke Kansen", "eventhub@gemeente.example"), (from.Name, from.Address));
        Assert.Equal("secretariaat@alliantie.example", Assert.Single(received.ReplyTo.Mailboxes).Address);
        Assert.Contains("Met vriendelijke groet,\nHet secretariaat", received.TextBody);
        Assert.Contains("Gelijke Kansen Alliantie Groningen", received.HtmlBody);
        Assert.Contains("src=\"cid:check-in-code\"", received.HtmlBody);
        var image = Assert.Single(received.BodyParts.OfType<MimePart>(), part => part.ContentId == "check-in-code");
        Assert.Equal("image/png", image.ContentType.MimeType);
        Assert.Empty(received.Attachments);
    }

    [Fact]
    public async Task WithoutSettings_TheConfiguredSenderNameStays_AndThereIsNoReplyTo()
    {
        using var smtp = new TestSmtpServer().Start();
        await using var database = await DatabaseAsync(smtp.Options());
        await QueueAsync(database, Invitation("fatima@noorderpoort.example", Now(database)));

        await Sender(database).SendDueAsync();

        var received = Assert.Single(smtp.Received);
        Assert.Equal(smtp.Options().FromName, Assert.Single(received.From.Mailboxes).Name);
        Assert.Empty(received.ReplyTo);
    }

    [Fact]
    public async Task Settings_RefuseNonAdmins_BadReplyTo_TooLongTexts_AndLogosThatAreNoImages()
    {
        await using var database = await DatabaseAsync();
        var branding = Branding(database);

        Assert.Equal(EmailBrandingErrors.AdminsOnly, (await branding.SaveAsync(Staff.Organiser, new EmailBrandingInput("X", null, null, null, null))).ErrorCode);
        Assert.Equal(EmailBrandingErrors.ReplyToInvalid, (await branding.SaveAsync(Admin, new EmailBrandingInput(null, null, "secretariaat at alliantie", null, null))).ErrorCode);
        Assert.Equal(EmailBrandingErrors.TooLong, (await branding.SaveAsync(Admin, new EmailBrandingInput(new string('a', 121), null, null, null, null))).ErrorCode);
        Assert.Equal(EmailBrandingErrors.LogoNotAnImage, (await branding.SetLogoAsync(Admin, "<svg onload=alert(1)>"u8.ToArray())).ErrorCode);
        Assert.Equal(EmailBrandingErrors.LogoTooLarge, (await branding.SetLogoAsync(Admin, new byte[EmailBranding.LogoMaxBytes + 1])).ErrorCode);
        Assert.Same(EmailBranding.None, await branding.GetAsync());

        Assert.True((await branding.SetLogoAsync(Admin, Png)).Succeeded);
        Assert.Equal("image/png", (await branding.GetAsync()).LogoContentType);
        Assert.True((await branding.SetLogoAsync(Admin, null)).Succeeded);
        Assert.Null((await branding.GetAsync()).Logo);
    }

    private static EmailBrandingService Branding(TestDatabase database) => database.Services.GetRequiredService<EmailBrandingService>();
}
