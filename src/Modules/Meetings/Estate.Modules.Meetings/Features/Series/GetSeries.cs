using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Features.Series;

internal sealed record GetSeries(Guid Id) : IRequest<Result<SeriesDetails>>;

internal sealed class GetSeriesHandler(MeetingsDbContext db) : IRequestHandler<GetSeries, Result<SeriesDetails>>
{
    public async Task<Result<SeriesDetails>> Handle(GetSeries request, CancellationToken cancellationToken)
    {
        var series = await db.Series.AsNoTracking().Where(s => s.Id == request.Id).Select(SeriesDetails.Projection).FirstOrDefaultAsync(cancellationToken);
        return series is null ? Error.NotFound(new("系列会议", "Meeting series"), request.Id) : series;
    }
}

internal static class GetSeriesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("series/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetSeries(id), cancellationToken)).ToOk())
            .WithName(nameof(GetSeries))
            .RequireAuthorization(MeetingsPermissions.Read);
}
