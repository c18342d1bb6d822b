using EventHub.App.Hosting;
using EventHub.Core.Outbox;
using Microsoft.Net.Http.Headers;

namespace EventHub.App.Components.Pages.Outbox;

/// <summary>
/// <c>GET /outbox/{id}/attachments/{attachmentId}</c>: an attachment of an outbox message, for organisers; and
/// <c>GET /branding/logo</c>: the alliance's logo, for anyone (emails load it; its address changes with the logo), from
/// memory (<see cref="BrandingLogos"/>).
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
        endpoints.MapGet("/branding/logo", async (long? v, HttpContext http, BrandingLogos logos) =>
            {
                var logo = await logos.GetAsync(v, http.RequestAborted);
                if (logo is null)
                {
                    return Results.NotFound();
                }

                http.Response.Headers.XContentTypeOptions = "nosniff";
                // The address of this version never shows another logo, so it may be kept for a year. Any other address
                // (none, an old version, a newer one not read here yet) is checked again on every view: with the ETag, a
                // reader who has the logo gets "not modified", and nobody keeps an old logo under a new address.
                http.Response.Headers.CacheControl = v == logo.Version ? "public, max-age=31536000, immutable" : "no-cache";
                return Results.File(logo.Content, logo.ContentType, entityTag: new EntityTagHeaderValue($"\"{logo.Version}\""));
            })
            .AllowAnonymous();
        return endpoints;
    }
}
