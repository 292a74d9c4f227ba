using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Settings;

/// <summary>The company's complaint targets; version 0 means the defaults, never changed.</summary>
internal sealed record ServiceTargetsDetails(int FirstResponseHours, int CloseWithinDays, DateTimeOffset? ChangedAt, uint Version)
{
    public static ServiceTargetsDetails From(ServiceTargets t) => new(t.FirstResponseHours, t.CloseWithinDays, t.ChangedAt, t.Version);
}

internal sealed record GetServiceTargets : IRequest<Result<ServiceTargetsDetails>>;

internal sealed class GetServiceTargetsHandler(CustomerServiceDbContext db, ITenantContext tenant) : IRequestHandler<GetServiceTargets, Result<ServiceTargetsDetails>>
{
    public async Task<Result<ServiceTargetsDetails>> Handle(GetServiceTargets request, CancellationToken cancellationToken) =>
        await db.ServiceTargets.AsNoTracking().Where(t => t.Id == tenant.OrganizationId)
            .Select(t => new ServiceTargetsDetails(t.FirstResponseHours, t.CloseWithinDays, t.ChangedAt, t.Version))
            .FirstOrDefaultAsync(cancellationToken)
        ?? ServiceTargetsDetails.From(ServiceTargets.DefaultsFor(tenant.OrganizationId));
}

internal static class GetServiceTargetsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("settings/service-targets", async (IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetServiceTargets(), cancellationToken)).ToOk())
            .WithName(nameof(GetServiceTargets))
            .WithSummary("The company's complaint targets: first response within N hours, closed within N days (defaults 24 h and 7 days)")
            .RequireAuthorization(CustomerServicePermissions.Read);
}
