using System.Security.Claims;
using EventHub.App.Components.Pages.Accounts;
using EventHub.Core.Audit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EventHub.App.Hosting;

/// <summary>
/// Fills Core's <see cref="CurrentActor"/> — who the audit log says made a change — and makes it the one every save
/// records: for each HTTP request (the signed-in person, a partner through a personal link that exists, or anonymous)
/// and for each activity of a Blazor circuit (the circuit's signed-in person). Background jobs run outside both, so
/// their changes are recorded as the system's.
/// </summary>
public static class AuditActors
{
    public static IServiceCollection AddAuditActors(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, AuditActorCircuitHandler>());
        return services;
    }

    /// <summary>After the personal link is recognised (<see cref="PersonalLinkRecognition"/>).</summary>
    public static IApplicationBuilder UseAuditActors(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var current = context.RequestServices.GetRequiredService<CurrentActor>();
            current.Actor = ActorOf(context.User)
                ?? (PersonalLinkRecognition.RecordOf(context) is { } link ? AuditActor.PartnerLink(link.Kind, link.Id) : AuditActor.Anonymous);
            current.Use();
            await next(context);
        });

    /// <summary>The signed-in person, or null when nobody is signed in.</summary>
    public static AuditActor? ActorOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } id
            ? AuditActor.User(id, user.FindFirstValue(AppClaimsPrincipalFactory.DisplayNameClaim) ?? user.Identity.Name ?? id)
            : null;

    /// <summary>Every event, render and call of a circuit runs with the circuit's person as the actor.</summary>
    private sealed class AuditActorCircuitHandler(CurrentActor current, AuthenticationStateProvider authentication) : CircuitHandler
    {
        private bool _known;

        public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
            async context =>
            {
                if (!_known)
                {
                    await LearnAsync();
                }

                current.Use();
                await next(context);
            };

        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            authentication.AuthenticationStateChanged += async state =>
            {
                current.Actor = ActorOf((await state).User) ?? AuditActor.Anonymous;
            };
            return LearnAsync();
        }

        private async Task LearnAsync()
        {
            try
            {
                current.Actor = ActorOf((await authentication.GetAuthenticationStateAsync()).User) ?? AuditActor.Anonymous;
                _known = true;
            }
            catch (InvalidOperationException)
            {
                // The circuit has not been given its authentication state yet; the next activity learns it.
            }
        }
    }
}
