using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Settings;

/// <summary>Changes the company's complaint targets; complaints keep the deadlines they were given when they came in.</summary>
internal sealed record UpdateServiceTargets(int? FirstResponseHours, int? CloseWithinDays, uint? Version) : ICommand<Result<ServiceTargetsDetails>>;

internal sealed class UpdateServiceTargetsValidator : AbstractValidator<UpdateServiceTargets>
{
    public UpdateServiceTargetsValidator()
    {
        RuleFor(x => x.FirstResponseHours).NotNull().InclusiveBetween(1, 240);
        RuleFor(x => x.CloseWithinDays).NotNull().InclusiveBetween(1, 90);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class UpdateServiceTargetsHandler(CustomerServiceDbContext db, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<UpdateServiceTargets, Result<ServiceTargetsDetails>>
{
    public async Task<Result<ServiceTargetsDetails>> Handle(UpdateServiceTargets request, CancellationToken cancellationToken)
    {
        var targets = await db.FindToChangeAsync<ServiceTargets>(tenant.OrganizationId, request.Version!.Value, cancellationToken);
        if (targets is null)
        {
            // Never changed: the defaults the caller read carry version 0.
            if (request.Version != 0)
            {
                throw new DbUpdateConcurrencyException("The targets were set by someone else since you read them.");
            }

            targets = ServiceTargets.DefaultsFor(tenant.OrganizationId);
            db.ServiceTargets.Add(targets);
        }

        targets.Change(request.FirstResponseHours!.Value, request.CloseWithinDays!.Value, clock.StoredNow());
        await db.SaveChangesAsync(cancellationToken);
        return ServiceTargetsDetails.From(targets);
    }
}

internal static class UpdateServiceTargetsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("settings/service-targets", async (UpdateServiceTargets request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToOk())
            .WithName(nameof(UpdateServiceTargets))
            .WithSummary("Sets the complaint targets (firstResponseHours 1–240, closeWithinDays 1–90, version as read; 0 for the defaults)")
            .RequireAuthorization(CustomerServicePermissions.Manage);
}
