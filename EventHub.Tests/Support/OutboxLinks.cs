using EventHub.Core.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Support;

/// <summary>
/// A stored outbox message keeps its personal link apart from its text (placeholder + encrypted token); these give the
/// text as the sender fills it in, i.e. as the recipient reads it in their email.
/// </summary>
public static class OutboxLinks
{
    public static string TextAsSent(IServiceProvider services, OutboxMessage message) =>
        OutboxLinkTokens.Filled(message.TextBody, services.GetRequiredService<OutboxLinkTokens>().TokensOf(message));

    public static string HtmlAsSent(IServiceProvider services, OutboxMessage message) =>
        OutboxLinkTokens.Filled(message.HtmlBody, services.GetRequiredService<OutboxLinkTokens>().TokensOf(message));
}
