using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Cleaning.Features.Schedules;

internal sealed record GetSchedule(Guid Id) : IRequest<Result<ScheduleDetails>>;

internal sealed class GetScheduleHandler(CleaningDbContext db) : IRequestHandler<GetSchedule, Result<ScheduleDetails>>
{
    public async Task<Result<ScheduleDetails>> Handle(GetSchedule request, CancellationToken cancellationToken)
    {
        var details = await db.Schedules.AsNoTracking().Where(s => s.Id == request.Id).Select(ScheduleDetails.Projection).FirstOrDefaultAsync(cancellationToken);
        return details is null ? Error.NotFound(new("保洁计划", "Schedule"), request.Id) : details;
    }
}

internal static class GetScheduleEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("schedules/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetSchedule(id), cancellationToken)).ToOk())
            .WithName(nameof(GetSchedule))
            .RequireAuthorization(CleaningPermissions.Read);
}
