using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace RsvpStormBenchmark;

/// <summary>
/// One partner with a browser's manners and no JavaScript: opens the personal link (keeps the antiforgery cookie and the
/// form's hidden fields), posts "accept" through the form, and follows the redirect to the thank-you page (unless told
/// not to: then the answer ends with its acknowledgement, the redirect).
/// </summary>
public sealed partial class Partner(HttpClient http, string token, bool followRedirect = true)
{
    private string _cookie = "";
    private List<KeyValuePair<string, string>> _fields = [];

    public string Token { get; } = token;

    /// <summary>When the answer was acknowledged (the redirect received), from the storm's start; null when it was not.</summary>
    public TimeSpan? Acknowledged { get; private set; }

    /// <summary>When the thank-you page arrived, from the storm's start.</summary>
    public TimeSpan? Done { get; private set; }

    /// <summary>Time from sending the answer to the thank-you page (steady mode).</summary>
    public TimeSpan? AnswerLatency { get; private set; }

    public string? Error { get; private set; }

    public async Task OpenAsync()
    {
        using var response = await http.GetAsync($"rsvp/{Token}");
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET rsvp page: {(int)response.StatusCode}");
        }

        _cookie = string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Select(c => c.Split(';', 2)[0])
            : []);
        var form = RsvpForm().Match(html);
        if (!form.Success)
        {
            throw new InvalidOperationException("The page has no RSVP form.");
        }

        // The hidden fields a browser posts back (the form's name, the antiforgery token, the notice version shown).
        _fields = HiddenInput().Matches(form.Value)
            .Select(m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups["name"].Value), WebUtility.HtmlDecode(m.Groups["value"].Value)))
            .ToList();
        _fields.Add(new("Form.Answer", "Accepted"));
        _fields.Add(new("Form.PrivacyAccepted", "true"));
    }

    public async Task AnswerAsync(Stopwatch clock)
    {
        var sent = clock.Elapsed;
        try
        {
            using var post = new HttpRequestMessage(HttpMethod.Post, $"rsvp/{Token}") { Content = new FormUrlEncodedContent(_fields) };
            post.Headers.Add("Cookie", _cookie);
            using var response = await http.SendAsync(post);
            if ((int)response.StatusCode is < 300 or >= 400 || response.Headers.Location is null)
            {
                Error = $"POST answered {(int)response.StatusCode}";
                return;
            }

            Acknowledged = clock.Elapsed;
            if (!followRedirect)
            {
                Done = Acknowledged;
                AnswerLatency = Done - sent;
                return;
            }

            // Behind the TLS proxy the app may name the https address; the page is fetched from where the proxy would.
            var location = response.Headers.Location;
            using var thanks = new HttpRequestMessage(HttpMethod.Get, location.IsAbsoluteUri ? location.PathAndQuery.TrimStart('/') : location.OriginalString);
            thanks.Headers.Add("Cookie", _cookie);
            using var page = await http.SendAsync(thanks);
            await page.Content.ReadAsStringAsync();
            if (page.StatusCode != HttpStatusCode.OK)
            {
                Error = $"thank-you page answered {(int)page.StatusCode}";
                return;
            }

            Done = clock.Elapsed;
            AnswerLatency = Done - sent;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            Error = ex.GetType().Name + ": " + ex.Message;
        }
    }

    [GeneratedRegex("<form[^>]*eh-rsvp-form[^>]*>.*?</form>|<form[^>]*id=\"rsvp-form\"[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex RsvpForm();

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
