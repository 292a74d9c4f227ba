using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Documents;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Meetings.Features.Minutes;

/// <summary>The minutes as a printable HTML page (UTF-8, Chinese); reading it records a read receipt.</summary>
internal sealed record GetMinutesHtml(Guid MeetingId) : ICommand<Result<string>>;

internal sealed class GetMinutesHtmlHandler(MeetingsDbContext db, ITenantContext tenant, TimeProvider clock) : IRequestHandler<GetMinutesHtml, Result<string>>
{
    public async Task<Result<string>> Handle(GetMinutesHtml request, CancellationToken cancellationToken) =>
        await MinutesAccess.ReadAsync(db, tenant, request.MeetingId, clock.GetUtcNow(), cancellationToken) is { } read
            ? MinutesHtml.Render(read.Document)
            : Error.NotFound(new("会议纪要", "Minutes of meeting"), request.MeetingId);
}

internal static class GetMinutesHtmlEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("meetings/{id}/minutes.html", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                await mediator.Send(new GetMinutesHtml(id), cancellationToken) switch
                {
                    { IsSuccess: true } html => Results.Content(html.Value, "text/html; charset=utf-8"),
                    var failed => failed.Error!.ToProblem(),
                })
            .WithName(nameof(GetMinutesHtml))
            .RequireAuthorization(MeetingsPermissions.Read);
}
