using EventHub.Core.Common;

namespace EventHub.Core.Outbox;

/// <summary>
/// The one design of every EventHub email: a column of about 600 px in system fonts, the alliance's logo or name on top,
/// real link buttons, the signature, the small print; readable in dark mode; the language on the document. The plain-text
/// part says the same in the same order.
/// </summary>
internal static class EmailLayout
{
    private const string Style = """
        body{margin:0;padding:0;background:#f3f5f8;color:#1d2433;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5}
        .eh-wrap{width:100%;background:#f3f5f8;padding:24px 0}
        .eh-card{max-width:600px;margin:0 auto;background:#ffffff;padding:28px 32px;border-radius:8px;box-sizing:border-box}
        .eh-brand{margin:0 0 20px;font-size:18px;font-weight:600}
        .eh-brand img{max-width:220px;max-height:64px;height:auto;border:0}
        a{color:#0b5cad}
        .eh-button{margin:20px 0 4px;border-collapse:separate}
        .eh-button td{background:#0b5cad;border-radius:6px}
        .eh-button a{display:inline-block;padding:12px 22px;color:#ffffff;font-weight:600;text-decoration:none}
        .eh-small{color:#4a5366;font-size:13px}
        .eh-link{word-break:break-all}
        .eh-signature{margin-top:24px}
        .eh-foot{border-top:1px solid #d0d5dd;margin-top:28px;padding-top:8px}
        .eh-image{border:0;background:#ffffff;padding:8px}
        @media (prefers-color-scheme: dark){
          body,.eh-wrap{background:#101317 !important;color:#e6e9ee !important}
          .eh-card{background:#1b2027 !important}
          a{color:#9cc3ff !important}
          .eh-button td{background:#9cc3ff !important}
          .eh-button a{color:#0b1220 !important}
          .eh-small{color:#b8c0cc !important}
          .eh-foot{border-top-color:#3a424d !important}
        }
        @media (max-width:620px){.eh-wrap{padding:0}.eh-card{padding:20px 16px;border-radius:0}}
        """;

    /// <summary>Puts the layout and the branding around a new message's draft (once; a message without a draft is left alone).</summary>
    public static void Apply(OutboxMessage message, EmailBranding branding, Uri siteRoot)
    {
        if (message.Draft is not { } draft)
        {
            return;
        }

        var signature = branding.SignatureFor(draft.Language);
        message.LayOut(Html(message.Subject, draft, branding, signature, siteRoot), Text(draft, signature));
    }

    private static string Html(string subject, EmailDraft draft, EmailBranding branding, string? signature, Uri siteRoot)
    {
        var lang = draft.Language.ToCultureName();
        var brand = Brand(branding, siteRoot);
        var body = string.Concat(draft.Body.Select(b => b.Html + "\n"));
        var signed = signature is null ? "" : $"<div class=\"eh-signature\">{MarkdownText.ToSafeHtml(signature)}</div>\n";
        var foot = draft.Foot.Count == 0 ? "" : $"<div class=\"eh-foot\">\n{string.Concat(draft.Foot.Select(b => b.Html + "\n"))}</div>\n";
        return $"""
            <!DOCTYPE html>
            <html lang="{lang}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <meta name="supported-color-schemes" content="light dark">
            <title>{EmailDraft.Encode(subject)}</title>
            <style>
            {Style}
            </style>
            </head>
            <body>
            <div class="eh-wrap" role="article" aria-label="{EmailDraft.Encode(subject)}" lang="{lang}">
            <div class="eh-card">
            {brand}{body}{signed}{foot}</div>
            </div>
            </body>
            </html>

            """;
    }

    /// <summary>The logo (its text alternative is the alliance's name) or the name itself; nothing when neither is set.</summary>
    private static string Brand(EmailBranding branding, Uri siteRoot)
    {
        var name = branding.AllianceName;
        if (branding.LogoUrl(siteRoot) is { } logo)
        {
            return $"<p class=\"eh-brand\"><img src=\"{EmailDraft.Encode(logo.ToString())}\" alt=\"{EmailDraft.Encode(name ?? "Logo")}\"></p>\n";
        }

        return name is null ? "" : $"<p class=\"eh-brand\">{EmailDraft.Encode(name)}</p>\n";
    }

    private static string Text(EmailDraft draft, string? signature)
    {
        var parts = draft.Body.Select(b => b.Text).Where(t => t.Length > 0).ToList();
        if (signature is not null)
        {
            parts.Add(MarkdownText.ToPlainText(signature));
        }

        var text = string.Join("\n\n", parts);
        return draft.Foot.Count == 0 ? text : text + "\n\n-- \n" + string.Join("\n\n", draft.Foot.Select(b => b.Text));
    }
}
