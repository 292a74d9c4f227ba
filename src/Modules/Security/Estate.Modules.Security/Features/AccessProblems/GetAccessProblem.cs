using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.AccessProblems;

/// <summary>One access problem, with its work order's status from engineering while engineering is available.</summary>
internal sealed record GetAccessProblem(Guid Id) : IRequest<Result<AccessProblemDetails>>;

internal sealed class GetAccessProblemHandler(SecurityDbContext db, EngineeringRepairs repairs) : IRequestHandler<GetAccessProblem, Result<AccessProblemDetails>>
{
    public async Task<Result<AccessProblemDetails>> Handle(GetAccessProblem request, CancellationToken cancellationToken)
    {
        var problem = await db.AccessProblems.AsNoTracking().Where(a => a.Id == request.Id).Select(AccessProblemDetails.Projection).FirstOrDefaultAsync(cancellationToken);
        if (problem is null)
        {
            return Error.NotFound(new("门禁问题", "Access problem"), request.Id);
        }

        return problem with { WorkOrder = await repairs.StatusAsync(problem.WorkOrderId, cancellationToken) };
    }
}

internal static class GetAccessProblemEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("access-problems/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetAccessProblem(id), cancellationToken)).ToOk())
            .WithName(nameof(GetAccessProblem))
            .RequireAuthorization(SecurityPermissions.Read);
}
