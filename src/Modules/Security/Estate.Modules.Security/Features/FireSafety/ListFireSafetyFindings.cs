using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.FireSafety;

/// <summary>Findings by deadline, earliest first; <c>overdue=true</c> gives the open ones past their deadline.</summary>
internal sealed record ListFireSafetyFindings(int? Page, int? PageSize, Guid? PropertyId, FindingStatus? Status, bool? Overdue)
    : IRequest<Result<PagedList<FireSafetyFindingDetails>>>;

internal sealed class ListFireSafetyFindingsValidator : AbstractValidator<ListFireSafetyFindings>
{
    public ListFireSafetyFindingsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Status).IsInEnum();
    }
}

internal sealed class ListFireSafetyFindingsHandler(SecurityDbContext db, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<ListFireSafetyFindings, Result<PagedList<FireSafetyFindingDetails>>>
{
    public async Task<Result<PagedList<FireSafetyFindingDetails>>> Handle(ListFireSafetyFindings request, CancellationToken cancellationToken)
    {
        var today = CompanyCalendar.DateOf(clock.GetUtcNow(), tenant.TimeZone);
        var query = db.FireSafetyFindings.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(f => f.PropertyId == propertyId);
        }

        if (request.Status is { } status)
        {
            query = query.Where(f => f.Status == status);
        }

        if (request.Overdue is { } overdue)
        {
            query = overdue
                ? query.Where(f => f.Status == FindingStatus.Open && f.FixDeadline < today)
                : query.Where(f => f.Status != FindingStatus.Open || f.FixDeadline >= today);
        }

        return await query.OrderBy(f => f.FixDeadline).ThenBy(f => f.Id)
            .Select(FireSafetyFindingDetails.Projection(today))
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListFireSafetyFindingsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("fire-safety/findings", async (
                    int? page, int? pageSize, Guid? propertyId, QueryEnum<FindingStatus>? status, bool? overdue, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListFireSafetyFindings(page, pageSize, propertyId, status?.Value, overdue), cancellationToken)).ToOk())
            .WithName(nameof(ListFireSafetyFindings))
            .RequireAuthorization(SecurityPermissions.Read);
}
