using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.AccessProblems;

/// <summary>Access problems, newest first; <c>withoutWorkOrder</c> finds those needing repair that engineering does not have.</summary>
internal sealed record ListAccessProblems(int? Page, int? PageSize, Guid? PropertyId, AccessProblemStatus? Status, bool? WithoutWorkOrder)
    : IRequest<Result<PagedList<AccessProblemDetails>>>;

internal sealed class ListAccessProblemsValidator : AbstractValidator<ListAccessProblems>
{
    public ListAccessProblemsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Status).IsInEnum();
    }
}

internal sealed class ListAccessProblemsHandler(SecurityDbContext db) : IRequestHandler<ListAccessProblems, Result<PagedList<AccessProblemDetails>>>
{
    public async Task<Result<PagedList<AccessProblemDetails>>> Handle(ListAccessProblems request, CancellationToken cancellationToken)
    {
        var query = db.AccessProblems.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(a => a.PropertyId == propertyId);
        }

        if (request.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        if (request.WithoutWorkOrder is { } withoutWorkOrder)
        {
            query = withoutWorkOrder
                ? query.Where(a => a.NeedsRepair && a.WorkOrderId == null)
                : query.Where(a => a.WorkOrderId != null);
        }

        return await query.OrderByDescending(a => a.ReportedAt).ThenBy(a => a.Id)
            .Select(AccessProblemDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListAccessProblemsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("access-problems", async (
                    int? page, int? pageSize, Guid? propertyId, QueryEnum<AccessProblemStatus>? status, bool? withoutWorkOrder, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListAccessProblems(page, pageSize, propertyId, status?.Value, withoutWorkOrder), cancellationToken)).ToOk())
            .WithName(nameof(ListAccessProblems))
            .RequireAuthorization(SecurityPermissions.Read);
}
