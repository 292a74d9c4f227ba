using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Features.Series;

internal sealed record ListSeries(int? Page, int? PageSize) : IRequest<Result<PagedList<SeriesDetails>>>;

internal sealed class ListSeriesValidator : AbstractValidator<ListSeries>
{
    public ListSeriesValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

internal sealed class ListSeriesHandler(MeetingsDbContext db) : IRequestHandler<ListSeries, Result<PagedList<SeriesDetails>>>
{
    public async Task<Result<PagedList<SeriesDetails>>> Handle(ListSeries request, CancellationToken cancellationToken) =>
        await db.Series.AsNoTracking().OrderBy(s => s.Title).ThenBy(s => s.Id).Select(SeriesDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
}

internal static class ListSeriesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("series", async (int? page, int? pageSize, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListSeries(page, pageSize), cancellationToken)).ToOk())
            .WithName(nameof(ListSeries))
            .RequireAuthorization(MeetingsPermissions.Read);
}
