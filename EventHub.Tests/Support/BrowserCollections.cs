namespace EventHub.Tests.Support;

// End-to-end stories run in twelve collections, each with an app and a browser of its own. Most of a story is waiting on
// the browser and the circuit, so on a 2-core machine the collections run side by side (xunit.runner.json lets several
// tests run at once, BrowserCollectionsFirst starts these first) instead of one long queue. Stories in a collection share its app: they add their own events and
// partners and find them by name.

/// <summary>Invitations, answers, the guest list and the outbox.</summary>
public sealed class InvitationsBrowserFixture : BrowserFixture;

[CollectionDefinition(Name)]
public sealed class InvitationsBrowserCollection : ICollectionFixture<InvitationsBrowserFixture>
{
    public const string Name = "Browser for invitations";
}

/// <summary>The door on the day (desk, camera, sessions, printed lists) and the event's dashboard that follows it.</summary>
public sealed class DoorBrowserFixture : BrowserFixture;

[CollectionDefinition(Name)]
public sealed class DoorBrowserCollection : ICollectionFixture<DoorBrowserFixture>
{
    public const string Name = "Browser for the door";
}

/// <summary>A new alliance's first day: an empty database, no demo, one admin made as create-admin makes them.</summary>
public sealed class FirstDayBrowserFixture() : BrowserFixture(quickToGiveUpWhenBusy: false, newInstall: true);

[CollectionDefinition(Name)]
public sealed class FirstDayBrowserCollection : ICollectionFixture<FirstDayBrowserFixture>
{
    public const string Name = "Browser for a new alliance's first day";
}

/// <summary>Staff accounts: signing in, two-factor, signing out, and colleagues invited by an admin.</summary>
public sealed class AccountsBrowserFixture : BrowserFixture;

[CollectionDefinition(Name)]
public sealed class AccountsBrowserCollection : ICollectionFixture<AccountsBrowserFixture>
{
    public const string Name = "Browser for accounts";
}

/// <summary>Insight: the alliance dashboard, the annual report, feedback; and the phone-width sweep.</summary>
public sealed class InsightBrowserFixture : BrowserFixture;

[CollectionDefinition(Name)]
public sealed class InsightBrowserCollection : ICollectionFixture<InsightBrowserFixture>
{
    public const string Name = "Browser for insight";
}

/// <summary>The directory, the audit log and the organiser's lists.</summary>
public sealed class DirectoryBrowserFixture : BrowserFixture;

[CollectionDefinition(Name)]
public sealed class DirectoryBrowserCollection : ICollectionFixture<DirectoryBrowserFixture>
{
    public const string Name = "Browser for the directory";
}

/// <summary>Events and their programme, calendars, and action items followed up at the next event.</summary>
public sealed class PlanningBrowserFixture : BrowserFixture;

[CollectionDefinition(Name)]
public sealed class PlanningBrowserCollection : ICollectionFixture<PlanningBrowserFixture>
{
    public const string Name = "Browser for planning and follow-up";
}

/// <summary>Facilitation: the capture screen and reports.</summary>
public sealed class OutcomesBrowserFixture : BrowserFixture;

[CollectionDefinition(Name)]
public sealed class OutcomesBrowserCollection : ICollectionFixture<OutcomesBrowserFixture>
{
    public const string Name = "Browser for outcomes";
}

/// <summary>
/// For the few stories that read the demo exactly as it was seeded (what Home lists first, how many upcoming events
/// there are), which the other collections' stories change as they go.
/// </summary>
public sealed class UntouchedDemoBrowserFixture : BrowserFixture;

[CollectionDefinition(Name)]
public sealed class UntouchedDemoBrowserCollection : ICollectionFixture<UntouchedDemoBrowserFixture>
{
    public const string Name = "Browser over the untouched demo";
}

/// <summary>Accessibility: every page through axe, keyboard-only journeys, zoom. Its own app: it visits every page of the demo.</summary>
public sealed class AccessibilityBrowserFixture : BrowserFixture;

[CollectionDefinition(Name)]
public sealed class AccessibilityBrowserCollection : ICollectionFixture<AccessibilityBrowserFixture>
{
    public const string Name = "Browser for accessibility";
}

/// <summary>The every-page sweep in Dutch: the English half runs in <see cref="AccessibilityBrowserCollection"/>, this half beside it.</summary>
public sealed class DutchAccessibilityBrowserFixture : BrowserFixture;

[CollectionDefinition(Name)]
public sealed class DutchAccessibilityBrowserCollection : ICollectionFixture<DutchAccessibilityBrowserFixture>
{
    public const string Name = "Browser for accessibility in Dutch";
}

/// <summary>
/// Faults: another connection holds SQLite's write lock while organisers and door staff save. Its own app, which gives up
/// on a busy database after about two seconds instead of half a minute.
/// </summary>
public sealed class BusyDatabaseBrowserFixture() : BrowserFixture(quickToGiveUpWhenBusy: true);

[CollectionDefinition(Name)]
public sealed class BusyDatabaseBrowserCollection : ICollectionFixture<BusyDatabaseBrowserFixture>
{
    public const string Name = "Browser with a busy database";
}
