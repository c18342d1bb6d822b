using EventHub.App.Hosting;
using EventHub.Core.Outbox;

namespace EventHub.App.Components.Pages.Outbox;

/// <summary>
/// <c>GET /outbox/{id}/attachments/{attachmentId}</c>: an attachment of an outbox message, for organisers; and
/// <c>GET /branding/logo</c>: the alliance's logo, for anyone (emails load it; its address changes with the logo).
/// </summary>
public static class OutboxEndpoints
{
    public static IEndpointRouteBuilder MapOutboxEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/outbox/{id:int}/attachments/{attachmentId:int}", async (int id, int attachmentId, HttpContext http, OutboxQueries outbox) =>
            {
                var attachment = await outbox.GetAttachmentAsync(id, attachmentId, http.RequestAborted);
                if (attachment is null)
                {
                    return Results.NotFound();
                }

                // Always a download, never rendered by the browser here: the content is whatever the message carried.
                http.Response.Headers.XContentTypeOptions = "nosniff";
                return Results.File(attachment.Content, attachment.ContentType, attachment.FileName);
            })
            .RequireAuthorization(Policies.Organise);
        endpoints.MapGet("/branding/logo", async (HttpContext http, EmailBrandingService branding) =>
            {
                var current = await branding.GetAsync(http.RequestAborted);
                if (current.Logo is null || current.LogoContentType is null)
                {
                    return Results.NotFound();
                }

                http.Response.Headers.XContentTypeOptions = "nosniff";
                http.Response.Headers.CacheControl = "public, max-age=86400";
                return Results.File(current.Logo, current.LogoContentType);
            })
            .AllowAnonymous();
        return endpoints;
    }
}
