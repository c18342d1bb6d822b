using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Events;

/// <summary>Organisers keep the shared list of themes: rename one in both languages, archive one no longer used, restore it.</summary>
public class ThemeListTests
{
    [Fact]
    public async Task Rename_ChangesBothNames_AndTheEventsTaggedWithItShowTheNewName()
    {
        await using var database = await TestDatabase.CreateAsync();
        var themes = database.Services.GetRequiredService<ThemeService>();
        var id = (await themes.AddAsync("Digital inclusion", "Digitale inclusie", Staff.Organiser)).Value;
        var eventId = await TaggedEventAsync(database, id);

        var renamed = await themes.RenameAsync(id, "Digital skills", "Digitale vaardigheden", Staff.Organiser);

        Assert.True(renamed.Succeeded);
        await using var db = await database.DbFactory.CreateDbContextAsync();
        var tagged = await db.Events.Include(e => e.Themes).SingleAsync(e => e.Id == eventId);
        Assert.Equal(("Digital skills", "Digitale vaardigheden"), (tagged.Themes.Single().Name, tagged.Themes.Single().DutchName));
    }

    [Fact]
    public async Task Rename_ToAnotherThemesName_IsRefusedWithThatName_AndAnEmptyNameToo()
    {
        await using var database = await TestDatabase.CreateAsync();
        var themes = database.Services.GetRequiredService<ThemeService>();
        var id = (await themes.AddAsync("Digital inclusion", null, Staff.Organiser)).Value;

        var taken = await themes.RenameAsync(id, " language AND literacy ", null, Staff.Organiser);
        var empty = await themes.RenameAsync(id, "  ", "Iets", Staff.Organiser);
        var unknown = await themes.RenameAsync(999_999, "Anything", null, Staff.Organiser);

        Assert.Equal((ThemeService.NameTaken, "language AND literacy"), (taken.ErrorCode, taken.ErrorDetail));
        Assert.Equal(ThemeService.NameRequired, empty.ErrorCode);
        Assert.Equal(ThemeService.NotFound, unknown.ErrorCode);
        Assert.Contains(await themes.ListAsync(), t => t.Id == id && t.Name == "Digital inclusion");
    }

    [Fact]
    public async Task Archive_StopsOfferingTheTheme_TheEventKeepsIt_RestoreOffersItAgain()
    {
        await using var database = await TestDatabase.CreateAsync();
        var themes = database.Services.GetRequiredService<ThemeService>();
        var id = (await themes.AddAsync("Digital inclusion", null, Staff.Organiser)).Value;
        var eventId = await TaggedEventAsync(database, id);

        await themes.ArchiveAsync(id, Staff.Organiser);

        Assert.DoesNotContain(await themes.ListAsync(), t => t.Id == id);
        var listed = (await themes.ListWithUseAsync()).Single(t => t.Id == id);
        Assert.Equal((true, 1), (listed.IsArchived, listed.EventCount));
        Assert.Equal(id, (await themes.ListWithUseAsync()).Last().Id); // archived themes come last
        await using (var db = await database.DbFactory.CreateDbContextAsync())
        {
            Assert.Equal(id, (await db.Events.Include(e => e.Themes).SingleAsync(e => e.Id == eventId)).Themes.Single().Id);
        }

        await themes.RestoreAsync(id, Staff.Organiser);

        Assert.Contains(await themes.ListAsync(), t => t.Id == id);
    }

    [Fact]
    public async Task AddingAnArchivedThemeAgain_OffersItAgain_InsteadOfASecondOne()
    {
        await using var database = await TestDatabase.CreateAsync();
        var themes = database.Services.GetRequiredService<ThemeService>();
        var id = (await themes.AddAsync("Digital inclusion", null, Staff.Organiser)).Value;
        await themes.ArchiveAsync(id, Staff.Organiser);

        var again = await themes.AddAsync("Digital Inclusion", null, Staff.Organiser);

        Assert.Equal(id, again.Value);
        Assert.Contains(await themes.ListAsync(), t => t.Id == id);
    }

    private static async Task<int> TaggedEventAsync(TestDatabase database, int themeId)
    {
        await using var db = await database.DbFactory.CreateDbContextAsync();
        var start = new DateTime(2027, 3, 10, 12, 0, 0, DateTimeKind.Utc);
        var @event = new Event("Themamiddag", start, start.AddHours(3));
        @event.Tag([await db.Themes.SingleAsync(t => t.Id == themeId)]);
        db.Events.Add(@event);
        await db.SaveChangesAsync();
        return @event.Id;
    }
}
