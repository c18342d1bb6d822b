using EventHub.Core.Outcomes;
using EventHub.Tests.Support;

namespace EventHub.Tests.Core.Outcomes;

/// <summary>Chatham House by default: a statement names organisations only when they agreed to be named.</summary>
public class OutcomeAttributionTests
{
    [Fact]
    public async Task Save_OrganisationsNamedWithoutAgreement_IsRefused()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();
        var named = new StatementDraft("De school opent de bibliotheek", AgreedToBeNamed: false, [new NamedOrganisation(scenario.School, "Noorderpoort College")]);

        var save = await scenario.Outcomes.SaveAsync(scenario.WorkshopA, OutcomeDraft.Empty with { Decisions = [named] }, 0, scenario.Femke);

        Assert.Equal((OutcomeErrors.NamedWithoutAgreement, "1"), (save.ErrorCode, save.ErrorDetail));
    }

    [Fact]
    public async Task Save_AgreedToBeNamed_StoresTheNamedOrganisations()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();
        var named = new StatementDraft("Stages voor iedereen", AgreedToBeNamed: true,
            [new NamedOrganisation(scenario.Municipality, "Gemeente Groningen"), new NamedOrganisation(scenario.School, "Noorderpoort College")]);

        var save = await scenario.Outcomes.SaveAsync(scenario.WorkshopA, OutcomeDraft.Empty with { Decisions = [named], Insights = [new StatementDraft("Anoniem")] }, 0, scenario.Femke);

        var stored = (await scenario.Outcomes.GetAsync(scenario.WorkshopA, scenario.Femke)).Value.Record.Draft;
        Assert.True(save.Succeeded);
        Assert.Equal(["Gemeente Groningen", "Noorderpoort College"], stored.Decisions[0].Named.Select(o => o.Name));
        Assert.True(stored.Decisions[0].AgreedToBeNamed);
        Assert.False(stored.Insights[0].AgreedToBeNamed);
        Assert.Empty(stored.Insights[0].Named);
    }

    [Fact]
    public async Task Save_AgreementWithdrawn_ClearsTheNames()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();
        var named = new StatementDraft("Stages voor iedereen", AgreedToBeNamed: true, [new NamedOrganisation(scenario.School, "Noorderpoort College")]);
        await scenario.Outcomes.SaveAsync(scenario.WorkshopA, OutcomeDraft.Empty with { Decisions = [named] }, 0, scenario.Femke);

        var save = await scenario.Outcomes.SaveAsync(scenario.WorkshopA, OutcomeDraft.Empty with { Decisions = [new StatementDraft("Stages voor iedereen")] }, 1, scenario.Femke);

        var stored = (await scenario.Outcomes.GetAsync(scenario.WorkshopA, scenario.Femke)).Value.Record.Draft;
        Assert.True(save.Succeeded);
        Assert.False(stored.Decisions[0].AgreedToBeNamed);
        Assert.Empty(stored.Decisions[0].Named);
    }

    [Fact]
    public async Task Save_UnknownOrganisation_IsRefused()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();
        var named = new StatementDraft("x", AgreedToBeNamed: true, [new NamedOrganisation(9999, "Bestaat niet")]);

        var save = await scenario.Outcomes.SaveAsync(scenario.WorkshopA, OutcomeDraft.Empty with { Insights = [named] }, 0, scenario.Femke);

        Assert.Equal(OutcomeErrors.UnknownOrganisation, save.ErrorCode);
    }
}
