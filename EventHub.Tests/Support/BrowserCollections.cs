namespace EventHub.Tests.Support;

// End-to-end stories run in four collections, each with an app and a browser of its own. Most of a story is waiting on
// the browser and the circuit, so on a 2-core machine the collections run side by side (xunit.runner.json lets several
// tests run at once, BrowserCollectionsFirst starts these first) instead of one long queue. Stories in a collection share its app: they add their own events and
// partners and find them by name.

/// <summary>Invitations, answers, the guest list, the door and the outbox, and staff invited through it.</summary>
public sealed class InvitationsBrowserFixture : BrowserFixture;

[CollectionDefinition(Name)]
public sealed class InvitationsBrowserCollection : ICollectionFixture<InvitationsBrowserFixture>
{
    public const string Name = "Browser for invitations";
}

/// <summary>The directory, signing in and the organiser's lists.</summary>
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
