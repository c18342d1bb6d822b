using Bunit;
using EventHub.App.Components.Pages.Events;
using EventHub.App.Components.Shared;
using Microsoft.AspNetCore.Components.Forms;

namespace EventHub.Tests.Components.Events;

/// <summary>
/// An organiser who saves the event form with several things wrong is told all of them at once, each at its field:
/// before, an empty title hid the times, and the times hid the deadline, one save after another.
/// </summary>
public class EventFormSubmitTests : BunitContext
{
    [Fact]
    public void Save_WithoutATitle_TheEndBeforeTheStart_AndTheDeadlineAfterIt_NamesAllThree()
    {
        var form = new EventForm { Title = "", StartDate = "2027-03-15", StartTime = "14:00", EndTime = "12:00", DeadlineDate = "2027-03-20" };
        var context = FormWithValidators(form);

        Assert.False(context.Validate());

        Assert.NotEmpty(context.GetValidationMessages(() => form.Title));
        Assert.NotEmpty(context.GetValidationMessages(() => form.EndTime));
        Assert.NotEmpty(context.GetValidationMessages(() => form.DeadlineDate));
    }

    [Fact]
    public void Save_AfterMendingTheTimes_NoLongerSaysSo_AndARuleIsNeverSaidTwice()
    {
        var form = new EventForm { Title = "", StartDate = "2027-03-15", StartTime = "14:00", EndTime = "12:00" };
        var context = FormWithValidators(form);
        context.Validate();

        form.EndTime = "17:00";
        context.NotifyFieldChanged(context.Field(nameof(EventForm.EndTime)));
        Assert.Empty(context.GetValidationMessages(() => form.EndTime));

        form.Title = "Dialoogavond";
        form.EndTime = "12:00";
        Assert.False(context.Validate()); // the attributes pass now: the rule is checked by DataAnnotationsValidator alone
        var said = context.GetValidationMessages(() => form.EndTime).ToList();
        Assert.True(said.Count == 1, string.Join(" / ", said));
    }

    private EditContext FormWithValidators(EventForm form)
    {
        var rendered = Render<EditForm>(parameters => parameters
            .Add(f => f.Model, form)
            .Add(f => f.ChildContent, (EditContext _) => builder =>
            {
                builder.OpenComponent<DataAnnotationsValidator>(0);
                builder.CloseComponent();
                builder.OpenComponent<EveryRuleValidator>(1);
                builder.CloseComponent();
            }));
        return rendered.Instance.EditContext!;
    }
}
