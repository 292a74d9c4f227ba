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

namespace Estate.Modules.Meetings.Features.ActionItems;

/// <summary>Action items by deadline, filtered; "overdue" means still open past the deadline.</summary>
internal sealed record ListActionItems(
    int? Page, int? PageSize, ActionItemStatus? Status, string? Department, Guid? OwnerUserId, Guid? MeetingId, Guid? SeriesId, bool? Overdue)
    : IRequest<Result<PagedList<ActionItemDetails>>>;

internal sealed class ListActionItemsValidator : AbstractValidator<ListActionItems>
{
    public ListActionItemsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Department).MaximumLength(ActionItem.DepartmentMaxLength);
    }
}

internal sealed class ListActionItemsHandler(MeetingsDbContext db, TimeProvider clock) : IRequestHandler<ListActionItems, Result<PagedList<ActionItemDetails>>>
{
    public async Task<Result<PagedList<ActionItemDetails>>> Handle(ListActionItems request, CancellationToken cancellationToken)
    {
        var query = db.ActionItems.AsNoTracking();
        if (request.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        if (request.Department is { } department)
        {
            query = query.Where(a => a.Department == department);
        }

        if (request.OwnerUserId is { } owner)
        {
            query = query.Where(a => a.OwnerUserId == owner);
        }

        if (request.MeetingId is { } meetingId)
        {
            query = query.Where(a => a.MeetingId == meetingId);
        }

        if (request.SeriesId is { } seriesId)
        {
            query = query.Where(a => a.SeriesId == seriesId);
        }

        if (request.Overdue is { } overdue)
        {
            var now = clock.GetUtcNow();
            var open = new[] { ActionItemStatus.Open, ActionItemStatus.InProgress };
            query = overdue
                ? query.Where(a => open.Contains(a.Status) && a.DueAt <= now)
                : query.Where(a => !open.Contains(a.Status) || a.DueAt > now);
        }

        return await query.OrderBy(a => a.Deadline).ThenBy(a => a.Id).Select(ActionItemDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListActionItemsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("action-items", async (
                    int? page, int? pageSize, QueryEnum<ActionItemStatus>? status, string? department, Guid? ownerUserId, Guid? meetingId, Guid? seriesId, bool? overdue,
                    IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListActionItems(page, pageSize, status?.Value, department, ownerUserId, meetingId, seriesId, overdue), cancellationToken)).ToOk())
            .WithName(nameof(ListActionItems))
            .RequireAuthorization(MeetingsPermissions.Read);
}
