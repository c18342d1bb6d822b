using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using EventHub.App.Components.Shared;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Door;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Texts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace EventHub.App.Components.Pages.Door;

/// <summary>
/// The JSON the check-in desk's script talks to (<c>/door/{eventId}/…</c>), for door staff, organisers and admins.
/// Writes carry the page's antiforgery token in a header, like every form; each may carry the desk's own operation id
/// and time, so a check-in queued offline and sent again later counts once.
/// </summary>
public static class DoorEndpoints
{
    public static IEndpointRouteBuilder MapDoorEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var door = endpoints.MapGroup("/door/{eventId:int}").RequireAuthorization(Policies.CheckIn)
            .AddEndpointFilter(async (context, next) =>
            {
                // JSON for a script: an error is answered as it is, not replaced by the not-found page.
                if (context.HttpContext.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
                {
                    statusCodePages.Enabled = false;
                }

                return await next(context);
            });
        door.MapGet("/list", ListAsync);
        door.MapGet("/live", LiveAsync);
        door.MapGet("/organisations", OrganisationsAsync);
        // Writes check the antiforgery token before reading the body: a forged request learns nothing, not even a 415.
        // With a sessionId (a session's door, SessionDoorService) scans, check-ins, admissions and walk-ins are for that session,
        // and the counts that come back are the session's room.
        door.MapPost("/scan", (int eventId, HttpContext http, DoorContext door, SessionDoorService sessions, CancellationToken ct) =>
            door.WriteAsync<ScanRequest>(http, request => door.AnswerAsync(eventId, request.SessionId, member => request.SessionId is { } session
                ? sessions.ScanAsync(eventId, session, request.Code, member, request.Operation?.ToOperation(), ct)
                : door.CheckIns.ScanAsync(eventId, request.Code, member, request.Operation?.ToOperation(), ct), ct)));
        door.MapPost("/check-in", (int eventId, HttpContext http, DoorContext door, SessionDoorService sessions, CancellationToken ct) =>
            door.WriteAsync<GuestRequest>(http, request => door.AnswerAsync(eventId, request.SessionId, member => request.SessionId is { } session
                ? sessions.CheckInAsync(eventId, session, request.InvitationId, member, request.Operation?.ToOperation(), ct)
                : door.CheckIns.CheckInAsync(eventId, request.InvitationId, member, request.Operation?.ToOperation(), ct), ct)));
        door.MapPost("/admit", (int eventId, HttpContext http, DoorContext door, SessionDoorService sessions, CancellationToken ct) =>
            door.WriteAsync<GuestRequest>(http, request => door.AnswerAsync(eventId, request.SessionId, member => request.SessionId is { } session
                ? sessions.AdmitAsync(eventId, session, request.InvitationId, member, request.Operation?.ToOperation(), ct)
                : door.CheckIns.AdmitAsync(eventId, request.InvitationId, member, request.Operation?.ToOperation(), ct), ct)));
        door.MapPost("/walk-ins", (int eventId, HttpContext http, DoorContext door, WalkInService walkIns, CancellationToken ct) =>
            door.WriteAsync<WalkInRequest>(http, request =>
                door.AnswerAsync(eventId, request.SessionId, member =>
                    walkIns.RegisterAsync(eventId, request.ToWalkIn(), member, request.Operation?.ToOperation(), request.SessionId, ct), ct)));
        door.MapPost("/undo", (int eventId, HttpContext http, DoorContext door, CancellationToken ct) =>
            door.WriteAsync<GuestRequest>(http, request => UndoAsync(eventId, request, door, ct)));
        return endpoints;
    }

    /// <summary>The desk's copy of the guest list; for a session's door (<c>?session=</c>) with arrivals in that session.</summary>
    private static async Task<IResult> ListAsync(int eventId, int? session, DoorContext door, DoorListService lists, CancellationToken ct)
    {
        var list = await lists.ForAsync(eventId, door.Member, session, ct);
        return list.Succeeded ? TypedResults.Json(door.Json.List(list.Value)) : door.Refusal(list);
    }

    private static async Task<IResult> OrganisationsAsync(int eventId, string? q, DoorContext door, WalkInService walkIns, CancellationToken ct)
    {
        var found = await walkIns.FindOrganisationsAsync(eventId, q, door.Member, ct: ct);
        return TypedResults.Json(found.Select(o => new { o.Id, o.Name, Sector = o.Sector.ToString(), SectorName = door.Json.Names.Name(o.Sector) }));
    }

    private static async Task<IResult> UndoAsync(int eventId, GuestRequest request, DoorContext door, CancellationToken ct)
    {
        var undone = await door.CheckIns.UndoAsync(eventId, request.InvitationId, door.Member, ct);
        return undone.Succeeded
            ? TypedResults.Json(new { Counts = door.Json.Counts(await door.CheckIns.CountsAsync(eventId, ct)) })
            : door.Refusal(undone);
    }

    /// <summary>
    /// Server-sent events: the counts now, then again after every change to the event's guests (any desk, any screen); at a
    /// session's door (<c>?session=</c>) the session's room.
    /// </summary>
    private static async Task<IResult> LiveAsync(int eventId, int? session, DoorContext door, InvitationNotifier notifier, IHostApplicationLifetime lifetime,
        CancellationToken ct)
    {
        if (await door.CheckIns.DenyDoorAsync(eventId, door.Member, ct) is { } denied)
        {
            return door.Refusal(Result.Failure(denied));
        }

        return TypedResults.ServerSentEvents(CountsAsync(eventId, session, door, notifier, lifetime.ApplicationStopping, ct), "counts");
    }

    private static async IAsyncEnumerable<DoorJson.CountsJson> CountsAsync(int eventId, int? session, DoorContext door, InvitationNotifier notifier,
        CancellationToken stopping, [EnumeratorCancellation] CancellationToken ct)
    {
        var changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        using var subscription = notifier.Subscribe(eventId, () =>
        {
            changed.Writer.TryWrite(true);
            return Task.CompletedTask;
        });
        using var done = CancellationTokenSource.CreateLinkedTokenSource(ct, stopping);
        yield return door.Json.Counts(await door.CountsAsync(eventId, session, done.Token));
        while (await WaitAsync(changed.Reader, done.Token))
        {
            yield return door.Json.Counts(await door.CountsAsync(eventId, session, done.Token));
        }
    }

    /// <summary>False when the desk went away or the app is stopping: the stream ends quietly.</summary>
    private static async Task<bool> WaitAsync(ChannelReader<bool> reader, CancellationToken ct)
    {
        try
        {
            return await reader.WaitToReadAsync(ct) && reader.TryRead(out _);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public sealed record OperationRequest(Guid Id, DateTime AtUtc, DateTime? SentAtUtc = null)
    {
        public DoorOperation ToOperation() => new(Id, Utc(AtUtc), SentAtUtc is { } sent ? Utc(sent) : null);

        private static DateTime Utc(DateTime moment) => DateTime.SpecifyKind(moment.ToUniversalTime(), DateTimeKind.Utc);
    }

    public sealed record ScanRequest(string? Code, OperationRequest? Operation, int? SessionId = null);

    public sealed record GuestRequest(int InvitationId, OperationRequest? Operation, int? SessionId = null);

    /// <summary>Sectors by name ("Education", "Vocational"), as the page's form has them.</summary>
    public sealed record WalkInRequest(string? FirstName, string? LastName, string? Email, int? OrganisationId, string? NewOrganisationName,
        string? NewOrganisationSector, string? NewOrganisationSubSector, string? Language, OperationRequest? Operation, int? SessionId = null)
    {
        public WalkIn ToWalkIn() => new(FirstName ?? "", LastName ?? "", Email, OrganisationId, NewOrganisationName,
            Enum.TryParse<Core.Directory.Sector>(NewOrganisationSector, out var sector) && Enum.IsDefined(sector) ? sector : null,
            Enum.TryParse<Core.Directory.SubSector>(NewOrganisationSubSector, out var subSector) && Enum.IsDefined(subSector) ? subSector : null,
            Language == "en" ? Core.Common.Language.En : Core.Common.Language.Nl);
    }
}

/// <summary>What every door request needs: the caller, the check-in service and the JSON in the caller's language.</summary>
public sealed class DoorContext(IHttpContextAccessor http, IAntiforgery antiforgery, CheckInService checkIns, SessionDoorService sessions, DoorJson json)
{
    public CheckInService CheckIns { get; } = checkIns;

    public DoorJson Json { get; } = json;

    public TeamMember Member { get; } = TeamMembers.Of(http.HttpContext!.User);

    /// <summary>A write of the desk: the page's antiforgery token first (400 without it), then the JSON body (400 when it is not), each with its sentence.</summary>
    public async Task<IResult> WriteAsync<TRequest>(HttpContext http, Func<TRequest, Task<IResult>> write) where TRequest : class
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Refusal(Result.Failure(DoorErrors.PageExpired));
        }

        TRequest? request;
        try
        {
            request = await http.Request.ReadFromJsonAsync<TRequest>(http.RequestAborted);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            request = null; // not JSON, or not this shape
        }

        return request is null ? Refusal(Result.Failure(DoorErrors.NotUnderstood)) : await write(request);
    }

    public async Task<IResult> AnswerAsync(int eventId, int? sessionId, Func<TeamMember, Task<Result<DoorAnswer>>> ask, CancellationToken ct)
    {
        var answer = await ask(Member);
        return answer.Succeeded
            ? TypedResults.Json(Json.Answer(answer.Value, answer.Value.Counts ?? await CountsAsync(eventId, sessionId, ct)))
            : Refusal(answer);
    }

    /// <summary>The counts a desk shows: the event's, or at a session's door that session's room.</summary>
    public Task<ArrivalCounts> CountsAsync(int eventId, int? sessionId, CancellationToken ct) =>
        sessionId is { } session ? sessions.CountsAsync(eventId, session, ct) : CheckIns.CountsAsync(eventId, ct);

    /// <summary>Not allowed → 403, no such event (or not today, for door staff) → 404, anything else → 400; with the sentence to show.</summary>
    public IResult Refusal(Result result) => result.ErrorCode switch
    {
        AccessErrors.NotAllowed => TypedResults.Json(Json.Error(result), statusCode: StatusCodes.Status403Forbidden),
        EventErrors.NotFound => TypedResults.Json(Json.Error(result), statusCode: StatusCodes.Status404NotFound),
        _ => TypedResults.Json(Json.Error(result), statusCode: StatusCodes.Status400BadRequest),
    };
}
