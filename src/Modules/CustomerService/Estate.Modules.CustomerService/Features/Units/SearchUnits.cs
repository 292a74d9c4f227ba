using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Unit = Estate.Modules.CustomerService.Domain.Unit;

namespace Estate.Modules.CustomerService.Features.Units;

/// <summary>Units of the caller's properties by building and number, one page at a time; <c>number</c> matches a prefix.</summary>
internal sealed record SearchUnits(int? Page, int? PageSize, Guid? PropertyId, Guid? BuildingId, string? Number) : IRequest<Result<PagedList<UnitDetails>>>;

internal sealed class SearchUnitsValidator : AbstractValidator<SearchUnits>
{
    public SearchUnitsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Number).MaximumLength(Unit.NumberMaxLength);
    }
}

internal sealed class SearchUnitsHandler(CustomerServiceDbContext db) : IRequestHandler<SearchUnits, Result<PagedList<UnitDetails>>>
{
    public async Task<Result<PagedList<UnitDetails>>> Handle(SearchUnits request, CancellationToken cancellationToken)
    {
        var units = db.Units.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            units = units.Where(u => u.PropertyId == propertyId);
        }

        if (request.BuildingId is { } buildingId)
        {
            units = units.Where(u => u.BuildingId == buildingId);
        }

        if (!string.IsNullOrWhiteSpace(request.Number))
        {
            var prefix = request.Number.Trim();
            units = units.Where(u => u.Number.StartsWith(prefix));
        }

        return await UnitDetails.Query(db, units).ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class SearchUnitsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("units", async (int? page, int? pageSize, Guid? propertyId, Guid? buildingId, string? number, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new SearchUnits(page, pageSize, propertyId, buildingId, number), cancellationToken)).ToOk())
            .WithName(nameof(SearchUnits))
            .RequireAuthorization(CustomerServicePermissions.Read);
}
