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

namespace Estate.Modules.Security.Features.EventPlans;

/// <summary>Event plans by start, soonest first; from/to are company-local days the event overlaps, both included.</summary>
internal sealed record ListEventSecurityPlans(int? Page, int? PageSize, Guid? PropertyId, DateOnly? From, DateOnly? To)
    : IRequest<Result<PagedList<EventSecurityPlanDetails>>>;

internal sealed class ListEventSecurityPlansValidator : AbstractValidator<ListEventSecurityPlans>
{
    public ListEventSecurityPlansValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null).WithMessage(_ => Texts.T("结束日期（to）不能早于开始日期（from）。", "'to' is on or after 'from'."));
    }
}

internal sealed class ListEventSecurityPlansHandler(SecurityDbContext db, ITenantContext tenant)
    : IRequestHandler<ListEventSecurityPlans, Result<PagedList<EventSecurityPlanDetails>>>
{
    public async Task<Result<PagedList<EventSecurityPlanDetails>>> Handle(ListEventSecurityPlans request, CancellationToken cancellationToken)
    {
        var query = db.EventSecurityPlans.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(p => p.PropertyId == propertyId);
        }

        if (request.From is { } from)
        {
            var start = CompanyCalendar.StartOf(from, tenant.TimeZone);
            query = query.Where(p => p.EndsAt > start);
        }

        if (request.To is { } to)
        {
            var end = CompanyCalendar.StartOf(to.AddDays(1), tenant.TimeZone);
            query = query.Where(p => p.StartsAt < end);
        }

        return await query.OrderBy(p => p.StartsAt).ThenBy(p => p.Id)
            .Select(EventSecurityPlanDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListEventSecurityPlansEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("event-plans", async (int? page, int? pageSize, Guid? propertyId, DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListEventSecurityPlans(page, pageSize, propertyId, from, to), cancellationToken)).ToOk())
            .WithName(nameof(ListEventSecurityPlans))
            .RequireAuthorization(SecurityPermissions.Read);
}
