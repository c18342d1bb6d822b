using System.Globalization;
using EventHub.App.Components.Shared;
using EventHub.Core.Engagement;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventHub.App.Components.Pages.Engagement.Feedback;

/// <summary>
/// An event's feedback for organisers: who was asked and how many answered, the ratings by sector (small groups hidden,
/// see <see cref="SmallGroups"/>), the open answers (organisers only, never published) and when the survey closes.
/// </summary>
public partial class EventFeedbackPage
{
    private bool _loading = true;
    private EventFeedbackResults? _results;
    private IReadOnlyList<OpenFeedback> _open = [];

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private FeedbackResultsService Feedback { get; set; } = default!;

    private List<BreadcrumbItem> Breadcrumbs =>
    [
        new(L["Events_Title"], href: "events"),
        new(_results?.Title ?? "", href: $"events/{Id}"),
    ];

    private string CsvLink => $"events/{Id}/feedback.csv?lang={CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}";

    private string XlsxLink => $"events/{Id}/feedback.xlsx?lang={CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}";

    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        await ReloadAsync();
        _loading = false;
    }

    private async Task ReloadAsync()
    {
        _results = await Feedback.ForEventAsync(Id);
        _open = _results is null ? [] : await Feedback.OpenAnswersAsync(Id);
    }

    // Only what will really happen: a last day before the sending (the event moved later) means nobody is asked.
    private string Sending(EventFeedbackResults results)
    {
        var day = EventDates.Day(results.SendsAtUtc, results.TimeZoneId);
        return results.Sent > 0 ? L["Feedback_SentOn", day]
            : results.ClosesBeforeSending ? L["Feedback_ClosesBeforeSending", day]
            : L["Feedback_WillBeSentOn", day];
    }

    private string Hidden(FeedbackFigures figures) => L[FeedbackTexts.HiddenKey];
}
