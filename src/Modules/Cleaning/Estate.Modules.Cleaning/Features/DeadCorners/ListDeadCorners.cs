using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.Modules.Cleaning.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Cleaning.Features.DeadCorners;

/// <summary>Dead corners of the caller's properties, newest first; <see cref="NeedsEngineering"/> filters those referred or waiting for engineering.</summary>
internal sealed record ListDeadCorners(int? Page, int? PageSize, Guid? PropertyId, DeadCornerStatus? Status, bool? NeedsEngineering)
    : IRequest<Result<PagedList<DeadCornerDetails>>>;

internal sealed class ListDeadCornersValidator : AbstractValidator<ListDeadCorners>
{
    public ListDeadCornersValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Status).IsInEnum();
    }
}

internal sealed class ListDeadCornersHandler(CleaningDbContext db) : IRequestHandler<ListDeadCorners, Result<PagedList<DeadCornerDetails>>>
{
    public async Task<Result<PagedList<DeadCornerDetails>>> Handle(ListDeadCorners request, CancellationToken cancellationToken)
    {
        var query = db.DeadCorners.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(d => d.PropertyId == propertyId);
        }

        if (request.Status is { } status)
        {
            query = query.Where(d => d.Status == status);
        }

        if (request.NeedsEngineering is { } needsEngineering)
        {
            query = query.Where(d => (d.EngineeringNeed != null) == needsEngineering);
        }

        return await query
            .OrderByDescending(d => d.ReportedAt).ThenByDescending(d => d.Id)
            .Select(DeadCornerDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListDeadCornersEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("dead-corners", async (
                    int? page,
                    int? pageSize,
                    Guid? propertyId,
                    QueryEnum<DeadCornerStatus>? status,
                    bool? needsEngineering,
                    IMediator mediator,
                    CancellationToken cancellationToken) =>
                (await mediator.Send(new ListDeadCorners(page, pageSize, propertyId, status?.Value, needsEngineering), cancellationToken)).ToOk())
            .WithName(nameof(ListDeadCorners))
            .RequireAuthorization(CleaningPermissions.Read);
}
