using Bunit;
using EventHub.App.Components.Pages.Invitations.CheckIn;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Shared;

/// <summary>
/// A person's action on an interactive screen meets a database that stays busy through every retry: they are told
/// in their language, nothing is saved, and the screen (the circuit) keeps working for the next try.
/// </summary>
public class UserActionTests : ComponentTestBase
{
    private readonly BusyDatabase _database = new();

    public UserActionTests()
    {
        Services.AddSingleton<IInterceptor>(_database);
        Services.AddSingleton(new DatabaseOptions { WriteAttempts = 1 });
    }

    [Fact]
    public async Task CheckInDesk_DatabaseStaysBusy_SaysSoInASnackbar_AndTheNextTryWorks()
    {
        var guest = await AcceptedGuests.AddAsync(Services);
        // At the door on the day: door staff work only today's events.
        Time.SetUtcNow(AcceptedGuests.Start.AddMinutes(-15));
        SignInAs("Daan Visser", Policies.CheckIn);
        Authorization.SetRoles(Roles.DoorStaff);
        var desk = Render<CheckInDesk>(p => p.Add(c => c.EventId, guest.EventId));
        desk.WaitForAssertion(() => Assert.Equal("0 of 1 checked in", desk.Find("#arrivals").TextContent));
        var snackbars = Services.GetRequiredService<ISnackbar>();

        _database.StayBusy();
        desk.Find("#checkin-code").Input(guest.CheckInCode);
        await desk.Find("form").SubmitAsync();

        desk.WaitForAssertion(() => Assert.Equal(
            "Very busy right now: nothing was saved. Please try again in a few seconds.",
            Assert.Single(snackbars.ShownSnackbars).Message));
        Assert.False(desk.Find("#checkin-submit").HasAttribute("disabled"));
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            Assert.Null(await db.Invitations.Where(i => i.Id == guest.InvitationId).Select(i => i.CheckedInAtUtc).SingleAsync());
        }

        _database.Free();
        desk.Find("#checkin-code").Input(guest.CheckInCode);
        await desk.Find("form").SubmitAsync();

        desk.WaitForAssertion(() => Assert.Contains("Welcome, Anna de Vries", desk.Find("#checkin-result").TextContent));
        Assert.Equal("1 of 1 checked in", desk.Find("#arrivals").TextContent);
    }
}
