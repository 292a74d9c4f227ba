using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Security.Features.FireSafety;

internal sealed record FixFireSafetyFindingBody(string Note, uint? Version);

/// <summary>Closes a finding as fixed (整改完成), with what was done.</summary>
internal sealed record FixFireSafetyFinding(Guid Id, string Note, uint? Version) : ICommand<Result<FireSafetyFindingDetails>>;

internal sealed class FixFireSafetyFindingValidator : AbstractValidator<FixFireSafetyFinding>
{
    public FixFireSafetyFindingValidator()
    {
        RuleFor(x => x.Note).NotEmpty().MaximumLength(FireSafetyFinding.FixNoteMaxLength);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class FixFireSafetyFindingHandler(SecurityDbContext db, EngineeringRepairs repairs, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<FixFireSafetyFinding, Result<FireSafetyFindingDetails>>
{
    public async Task<Result<FireSafetyFindingDetails>> Handle(FixFireSafetyFinding request, CancellationToken cancellationToken)
    {
        var finding = await db.FindToChangeAsync(db.FireSafetyFindings, request.Id, request.Version!.Value, cancellationToken);
        if (finding is null)
        {
            return Error.NotFound(new("消防隐患", "Fire-safety finding"), request.Id);
        }

        var now = clock.GetUtcNow();
        finding.Fix(request.Note, now);
        await db.SaveChangesAsync(cancellationToken);
        return FireSafetyFindingDetails.From(finding, CompanyCalendar.DateOf(now, tenant.TimeZone), await repairs.StatusAsync(finding.WorkOrderId, cancellationToken));
    }
}

internal static class FixFireSafetyFindingEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("fire-safety/findings/{id}/fix", async (Guid id, FixFireSafetyFindingBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new FixFireSafetyFinding(id, body.Note, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(FixFireSafetyFinding))
            .RequireAuthorization(SecurityPermissions.FieldWork);
}
