using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Features.Meetings;

/// <summary>Meetings, latest first, filtered by series, status and a time window.</summary>
internal sealed record ListMeetings(int? Page, int? PageSize, Guid? SeriesId, MeetingStatus? Status, DateTimeOffset? From, DateTimeOffset? To)
    : IRequest<Result<PagedList<MeetingSummary>>>;

internal sealed class ListMeetingsValidator : AbstractValidator<ListMeetings>
{
    public ListMeetingsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Status).IsInEnum();
    }
}

internal sealed class ListMeetingsHandler(MeetingsDbContext db) : IRequestHandler<ListMeetings, Result<PagedList<MeetingSummary>>>
{
    public async Task<Result<PagedList<MeetingSummary>>> Handle(ListMeetings request, CancellationToken cancellationToken)
    {
        var query = db.Meetings.AsNoTracking();
        if (request.SeriesId is { } seriesId)
        {
            query = query.Where(m => m.SeriesId == seriesId);
        }

        if (request.Status is { } status)
        {
            query = query.Where(m => m.Status == status);
        }

        // Npgsql takes timestamptz parameters in UTC only; callers may send the company's offset.
        if (request.From?.ToUniversalTime() is { } from)
        {
            query = query.Where(m => m.StartsAt >= from);
        }

        if (request.To?.ToUniversalTime() is { } to)
        {
            query = query.Where(m => m.StartsAt < to);
        }

        return await query.OrderByDescending(m => m.StartsAt).ThenByDescending(m => m.Id).Select(MeetingSummary.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListMeetingsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("meetings", async (
                    int? page, int? pageSize, Guid? seriesId, QueryEnum<MeetingStatus>? status, DateTimeOffset? from, DateTimeOffset? to,
                    IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListMeetings(page, pageSize, seriesId, status?.Value, from, to), cancellationToken)).ToOk())
            .WithName(nameof(ListMeetings))
            .RequireAuthorization(MeetingsPermissions.Read);
}
