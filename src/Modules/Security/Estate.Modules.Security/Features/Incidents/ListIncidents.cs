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

namespace Estate.Modules.Security.Features.Incidents;

/// <summary>Incidents, latest first; from/to are company-local days of occurrence, both included.</summary>
internal sealed record ListIncidents(
    int? Page,
    int? PageSize,
    Guid? PropertyId,
    IncidentType? Type,
    IncidentSeverity? Severity,
    IncidentStatus? Status,
    DateOnly? From,
    DateOnly? To) : IRequest<Result<PagedList<IncidentDetails>>>;

internal sealed class ListIncidentsValidator : AbstractValidator<ListIncidents>
{
    public ListIncidentsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Type).IsInEnum();
        RuleFor(x => x.Severity).IsInEnum();
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null).WithMessage(_ => Texts.T("结束日期（to）不能早于开始日期（from）。", "'to' is on or after 'from'."));
    }
}

internal sealed class ListIncidentsHandler(SecurityDbContext db, ITenantContext tenant) : IRequestHandler<ListIncidents, Result<PagedList<IncidentDetails>>>
{
    public async Task<Result<PagedList<IncidentDetails>>> Handle(ListIncidents request, CancellationToken cancellationToken)
    {
        var query = db.Incidents.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(i => i.PropertyId == propertyId);
        }

        if (request.Type is { } type)
        {
            query = query.Where(i => i.Type == type);
        }

        if (request.Severity is { } severity)
        {
            query = query.Where(i => i.Severity == severity);
        }

        if (request.Status is { } status)
        {
            query = query.Where(i => i.Status == status);
        }

        if (request.From is { } from)
        {
            var start = CompanyCalendar.StartOf(from, tenant.TimeZone);
            query = query.Where(i => i.OccurredAt >= start);
        }

        if (request.To is { } to)
        {
            var end = CompanyCalendar.StartOf(to.AddDays(1), tenant.TimeZone);
            query = query.Where(i => i.OccurredAt < end);
        }

        return await query.OrderByDescending(i => i.OccurredAt).ThenBy(i => i.Id)
            .Select(IncidentDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListIncidentsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("incidents", async (
                    int? page,
                    int? pageSize,
                    Guid? propertyId,
                    QueryEnum<IncidentType>? type,
                    QueryEnum<IncidentSeverity>? severity,
                    QueryEnum<IncidentStatus>? status,
                    DateOnly? from,
                    DateOnly? to,
                    IMediator mediator,
                    CancellationToken cancellationToken) =>
                (await mediator.Send(new ListIncidents(page, pageSize, propertyId, type?.Value, severity?.Value, status?.Value, from, to), cancellationToken)).ToOk())
            .WithName(nameof(ListIncidents))
            .RequireAuthorization(SecurityPermissions.Read);
}
