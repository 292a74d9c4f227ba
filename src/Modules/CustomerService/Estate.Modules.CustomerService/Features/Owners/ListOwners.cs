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

namespace Estate.Modules.CustomerService.Features.Owners;

/// <summary>Owners and tenants of the caller's properties, by name; <c>search</c> matches the start of a name or phone number.</summary>
internal sealed record ListOwners(int? Page, int? PageSize, Guid? PropertyId, Guid? UnitId, ResidentKind? Kind, string? Search)
    : IRequest<Result<PagedList<OwnerDetails>>>;

internal sealed class ListOwnersValidator : AbstractValidator<ListOwners>
{
    public ListOwnersValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Search).MaximumLength(Owner.NameMaxLength);
    }
}

internal sealed class ListOwnersHandler(CustomerServiceDbContext db) : IRequestHandler<ListOwners, Result<PagedList<OwnerDetails>>>
{
    public async Task<Result<PagedList<OwnerDetails>>> Handle(ListOwners request, CancellationToken cancellationToken)
    {
        var owners = db.Owners.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            owners = owners.Where(o => o.PropertyId == propertyId);
        }

        if (request.UnitId is { } unitId)
        {
            owners = owners.Where(o => o.UnitId == unitId);
        }

        if (request.Kind is { } kind)
        {
            owners = owners.Where(o => o.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var prefix = request.Search.Trim();
            owners = owners.Where(o => o.Name.StartsWith(prefix) || (o.Phone != null && o.Phone.StartsWith(prefix)));
        }

        return await OwnerDetails.Query(db, owners).ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListOwnersEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("owners", async (
                    int? page, int? pageSize, Guid? propertyId, Guid? unitId, QueryEnum<ResidentKind>? kind, string? search, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListOwners(page, pageSize, propertyId, unitId, kind?.Value, search), cancellationToken)).ToOk())
            .WithName(nameof(ListOwners))
            .RequireAuthorization(CustomerServicePermissions.Read);
}
