using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.Modules.Engineering.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Engineering.Features.Facilities;

/// <summary>Why a facility is on the aging list; a row may have more than one.</summary>
internal enum AgingReason
{
    /// <summary>Its expected service life has ended (on or before today).</summary>
    PastServiceLife,

    /// <summary>Its service life ends within the window.</summary>
    ServiceLifeEndingSoon,

    /// <summary>Its warranty ends within the window (not yet ended).</summary>
    WarrantyEndingSoon,
}

internal sealed record AgingFacility(
    Guid Id,
    Guid PropertyId,
    string Name,
    string? Code,
    FacilityCategory Category,
    string Location,
    FacilityImportance Importance,
    DateOnly? InstalledOn,
    DateOnly? ServiceLifeEndsOn,
    DateOnly? WarrantyEndsOn,
    IReadOnlyList<AgingReason> Reasons);

/// <summary>
/// Equipment for renewal plans: past its service life or within <see cref="WithinMonths"/> months of it
/// (default 6), and warranties ending within the same window; dates are the company's.
/// </summary>
internal sealed record ListAgingFacilities(int? WithinMonths, Guid? PropertyId, FacilityCategory? Category, int? Page, int? PageSize)
    : IRequest<Result<PagedList<AgingFacility>>>
{
    public const int DefaultWindowMonths = 6;
    public const int MaxWindowMonths = 60;
}

internal sealed class ListAgingFacilitiesValidator : AbstractValidator<ListAgingFacilities>
{
    public ListAgingFacilitiesValidator()
    {
        RuleFor(x => x.WithinMonths).InclusiveBetween(0, ListAgingFacilities.MaxWindowMonths);
        RuleFor(x => x.Category).IsInEnum();
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

internal sealed class ListAgingFacilitiesHandler(EngineeringDbContext db, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<ListAgingFacilities, Result<PagedList<AgingFacility>>>
{
    public async Task<Result<PagedList<AgingFacility>>> Handle(ListAgingFacilities request, CancellationToken cancellationToken)
    {
        var today = CompanyCalendar.DateOf(clock.GetUtcNow(), tenant.TimeZone);
        var horizon = today.AddMonths(request.WithinMonths ?? ListAgingFacilities.DefaultWindowMonths);
        var query = db.Facilities.AsNoTracking().Where(f =>
            f.ServiceLifeEndsOn <= horizon || (f.WarrantyEndsOn >= today && f.WarrantyEndsOn <= horizon));
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(f => f.PropertyId == propertyId);
        }

        if (request.Category is { } category)
        {
            query = query.Where(f => f.Category == category);
        }

        var page = await query
            .OrderBy(f => f.ServiceLifeEndsOn == null).ThenBy(f => f.ServiceLifeEndsOn).ThenBy(f => f.WarrantyEndsOn).ThenBy(f => f.Name).ThenBy(f => f.Id)
            .Select(f => new AgingFacility(
                f.Id, f.PropertyId, f.Name, f.Code, f.Category, f.Location, f.Importance, f.InstalledOn, f.ServiceLifeEndsOn, f.WarrantyEndsOn, Array.Empty<AgingReason>()))
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
        return page with { Items = [.. page.Items.Select(f => f with { Reasons = ReasonsFor(f, today, horizon) })] };
    }

    private static List<AgingReason> ReasonsFor(AgingFacility facility, DateOnly today, DateOnly horizon)
    {
        var reasons = new List<AgingReason>();
        if (facility.ServiceLifeEndsOn <= today)
        {
            reasons.Add(AgingReason.PastServiceLife);
        }
        else if (facility.ServiceLifeEndsOn <= horizon)
        {
            reasons.Add(AgingReason.ServiceLifeEndingSoon);
        }

        if (facility.WarrantyEndsOn >= today && facility.WarrantyEndsOn <= horizon)
        {
            reasons.Add(AgingReason.WarrantyEndingSoon);
        }

        return reasons;
    }
}

internal static class ListAgingFacilitiesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("facilities/aging", async (
                    int? withinMonths,
                    Guid? propertyId,
                    QueryEnum<FacilityCategory>? category,
                    int? page,
                    int? pageSize,
                    IMediator mediator,
                    CancellationToken cancellationToken) =>
                (await mediator.Send(new ListAgingFacilities(withinMonths, propertyId, category?.Value, page, pageSize), cancellationToken)).ToOk())
            .WithName(nameof(ListAgingFacilities))
            .RequireAuthorization(EngineeringPermissions.Read);
}
