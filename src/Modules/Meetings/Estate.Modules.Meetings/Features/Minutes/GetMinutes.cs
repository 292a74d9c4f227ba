using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Documents;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Meetings.Features.Minutes;

internal sealed record MinutesView(MinutesDocument Minutes, IReadOnlyList<string> DepartmentsConcerned, DateTimeOffset CreatedAt, DateTimeOffset? DistributedAt);

/// <summary>The minutes of a closed meeting, as written at closing; reading them records a read receipt.</summary>
internal sealed record GetMinutes(Guid MeetingId) : ICommand<Result<MinutesView>>;

internal sealed class GetMinutesHandler(MeetingsDbContext db, ITenantContext tenant, TimeProvider clock) : IRequestHandler<GetMinutes, Result<MinutesView>>
{
    public async Task<Result<MinutesView>> Handle(GetMinutes request, CancellationToken cancellationToken) =>
        await MinutesAccess.ReadAsync(db, tenant, request.MeetingId, clock.GetUtcNow(), cancellationToken) is { } read
            ? new MinutesView(read.Document, read.Document.DepartmentsConcerned, read.CreatedAt, read.DistributedAt)
            : Error.NotFound(new("会议纪要", "Minutes of meeting"), request.MeetingId);
}

internal static class GetMinutesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("meetings/{id}/minutes", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetMinutes(id), cancellationToken)).ToOk())
            .WithName(nameof(GetMinutes))
            .RequireAuthorization(MeetingsPermissions.Read);
}
