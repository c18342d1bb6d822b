using System.Text.Json;
using AngleSharp.Html.Dom;
using Bunit;
using EventHub.App.Components.Pages.Door;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Door;

/// <summary>
/// Every answer the door can give has its card, in English and Dutch: a colour, a sign and a sentence with places for
/// the name, the answer, the time and who checked them in (the desk's script fills them); Admit only where someone is
/// not on the list, Undo only after a check-in.
/// </summary>
public class DoorAnswerCardsTests : ComponentTestBase
{
    [Theory]
    [InlineData("en", "CheckedIn", "door-success", "✓ Welcome, {name}! Checked in.", "Undo")]
    [InlineData("en", "Admitted", "door-success", "✓ {name} admitted and checked in.", "Undo")]
    [InlineData("en", "WalkIn", "door-success", "✓ {name} registered as a walk-in and checked in.", "Undo")]
    [InlineData("en", "AlreadyIn", "door-info", "↺ {name} is already checked in: at {time}, by {by}.", null)]
    [InlineData("en", "AlreadyInNoBy", "door-info", "↺ {name} is already checked in: at {time}.", null)]
    [InlineData("en", "NotOnList", "door-warning", "! {name} has no confirmed place ({status}).", "Admit")]
    [InlineData("en", "NotOnListOffline", "door-warning", "! {name} has no confirmed place ({status}).", "Admit")]
    [InlineData("en", "Unknown", "door-error", "✕ Unknown code.", null)]
    [InlineData("en", "Cancelled", "door-error", "✕ The invitation of {name} was cancelled or passed on to a colleague.", null)]
    [InlineData("en", "Queued", "door-success", "✓ {name} checked in on this device.", null)]
    [InlineData("en", "UnknownOffline", "door-error", "✕ This code is not on this device's list.", null)]
    [InlineData("en", "Error", "door-error", "✕ {message}", null)]
    [InlineData("nl", "CheckedIn", "door-success", "✓ Welkom, {name}! Ingecheckt.", "Ongedaan maken")]
    [InlineData("nl", "AlreadyIn", "door-info", "↺ {name} is al ingecheckt: om {time}, door {by}.", null)]
    [InlineData("nl", "NotOnList", "door-warning", "! {name} heeft geen bevestigde plaats ({status}).", "Toelaten")]
    [InlineData("nl", "Cancelled", "door-error", "✕ De uitnodiging van {name} is ingetrokken of doorgegeven aan een collega.", null)]
    [InlineData("nl", "Queued", "door-success", "✓ {name} ingecheckt op dit apparaat.", null)]
    public void EachAnswer_HasACardWithItsToneSentenceAndAction(string language, string answer, string tone, string title, string? action)
    {
        UseCulture(language);

        var cards = Render<DoorAnswerTemplates>();

        var card = ((IHtmlTemplateElement)cards.Find($"template#door-answer-{answer}")).Content.FirstElementChild!;
        Assert.Contains(tone, card.ClassList);
        var titleLine = card.QuerySelector(".door-answer-title")!;
        foreach (var slot in titleLine.QuerySelectorAll("[data-slot]"))
        {
            slot.TextContent = $"{{{slot.GetAttribute("data-slot")}}}";
        }

        Assert.Equal(title, titleLine.TextContent.Trim());
        Assert.Equal(action is null ? [] : [action], card.QuerySelectorAll("button").Select(b => b.TextContent.Trim()));
    }

    [Theory]
    [InlineData("en", "Not checked in. Ask an organiser before you let them in.")]
    [InlineData("nl", "Niet ingecheckt. Vraag een organisator voordat je diegene binnenlaat.")]
    public void ACancelledInvitation_TellsTheVolunteerTheGuestIsNotInAndWhatToDo(string language, string detail)
    {
        UseCulture(language);

        var cards = Render<DoorAnswerTemplates>();

        var card = ((IHtmlTemplateElement)cards.Find("template#door-answer-Cancelled")).Content.FirstElementChild!;
        Assert.Equal([detail], card.QuerySelectorAll(".door-answer-detail:not([data-slot])").Select(p => p.TextContent.Trim()));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public void TheScriptsTexts_AreAllTranslated(string language)
    {
        UseCulture(language);

        var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(Render<DoorScriptTexts>().Find("#door-texts").TextContent)!;

        Assert.All(texts, text => Assert.NotEqual(text.Key, text.Value)); // a missing text would show its key
        Assert.Equal(language == "nl" ? "{0} van {1} verwacht" : "{0} of {1} expected", texts["Door_CountsExpected"]);
    }
}
