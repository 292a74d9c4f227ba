using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.FireSafety;

/// <summary>Inspections, latest first; from/to are company-local days, both included.</summary>
internal sealed record ListFireInspections(int? Page, int? PageSize, Guid? PropertyId, Guid? AreaId, DateOnly? From, DateOnly? To)
    : IRequest<Result<PagedList<FireInspectionSummary>>>;

internal sealed class ListFireInspectionsValidator : AbstractValidator<ListFireInspections>
{
    public ListFireInspectionsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null).WithMessage(_ => Texts.T("结束日期（to）不能早于开始日期（from）。", "'to' is on or after 'from'."));
    }
}

internal sealed class ListFireInspectionsHandler(SecurityDbContext db, ITenantContext tenant) : IRequestHandler<ListFireInspections, Result<PagedList<FireInspectionSummary>>>
{
    public async Task<Result<PagedList<FireInspectionSummary>>> Handle(ListFireInspections request, CancellationToken cancellationToken)
    {
        var query = db.FireInspections.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(i => i.PropertyId == propertyId);
        }

        if (request.AreaId is { } areaId)
        {
            query = query.Where(i => i.AreaId == areaId);
        }

        if (request.From is { } from)
        {
            var start = CompanyCalendar.StartOf(from, tenant.TimeZone);
            query = query.Where(i => i.InspectedAt >= start);
        }

        if (request.To is { } to)
        {
            var end = CompanyCalendar.StartOf(to.AddDays(1), tenant.TimeZone);
            query = query.Where(i => i.InspectedAt < end);
        }

        return await query.OrderByDescending(i => i.InspectedAt).ThenBy(i => i.Id)
            .Select(FireInspectionViews.Summary)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListFireInspectionsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("fire-safety/inspections", async (
                    int? page, int? pageSize, Guid? propertyId, Guid? areaId, DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListFireInspections(page, pageSize, propertyId, areaId, from, to), cancellationToken)).ToOk())
            .WithName(nameof(ListFireInspections))
            .RequireAuthorization(SecurityPermissions.Read);
}
