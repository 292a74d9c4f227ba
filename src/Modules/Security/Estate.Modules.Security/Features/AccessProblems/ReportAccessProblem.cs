using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Security.Features.AccessProblems;

/// <summary>
/// Reports an access-control problem at a gate. One that needs repair opens an engineering work order when the
/// company has engineering, otherwise stays with security marked as needing repair. Also the HTTP body.
/// </summary>
internal sealed record ReportAccessProblem(Guid? PropertyId, string Gate, string Problem, bool? NeedsRepair, bool? FoundOnPatrol)
    : ICommand<Result<AccessProblemDetails>>;

internal sealed class ReportAccessProblemValidator : AbstractValidator<ReportAccessProblem>
{
    public ReportAccessProblemValidator()
    {
        RuleFor(x => x.PropertyId).NotEmpty();
        RuleFor(x => x.Gate).NotEmpty().MaximumLength(AccessProblem.GateMaxLength);
        RuleFor(x => x.Problem).NotEmpty().MaximumLength(AccessProblem.ProblemMaxLength);
    }
}

internal sealed class ReportAccessProblemHandler(
    SecurityDbContext db, IPropertyDirectory properties, ITenantContext tenant, SignedInUser signedIn, EngineeringRepairs repairs, TimeProvider clock)
    : IRequestHandler<ReportAccessProblem, Result<AccessProblemDetails>>
{
    public async Task<Result<AccessProblemDetails>> Handle(ReportAccessProblem request, CancellationToken cancellationToken)
    {
        if (await properties.FindAsync(request.PropertyId!.Value, cancellationToken) is not { } property)
        {
            return Error.Invalid("propertyId", Texts.T("小区不存在。", "Unknown property."));
        }

        var (userId, userName) = await signedIn.WhoAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var problem = AccessProblem.Report(tenant.OrganizationId, property.Id, request.Gate, request.Problem, request.FoundOnPatrol ?? false, userId, userName, now);
        if (request.NeedsRepair == true)
        {
            problem.RequireRepair(now);
        }

        db.AccessProblems.Add(problem);

        // Stored first, so a work order never points at a problem the database refused.
        await db.SaveChangesAsync(cancellationToken);
        var workOrder = problem.NeedsRepair ? await repairs.OpenWorkOrderAsync(problem, cancellationToken) : null;
        await db.SaveChangesAsync(cancellationToken);
        return AccessProblemDetails.From(problem, workOrder);
    }
}

internal static class ReportAccessProblemEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("access-problems", async (ReportAccessProblem request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(a => $"/api/security/access-problems/{a.Id}"))
            .WithName(nameof(ReportAccessProblem))
            .RequireAuthorization(SecurityPermissions.FieldWork);
}
