using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Engineering.Features.Projects;

internal sealed record GetProject(Guid Id) : IRequest<Result<ProjectDetails>>;

internal sealed class GetProjectHandler(EngineeringDbContext db) : IRequestHandler<GetProject, Result<ProjectDetails>>
{
    public async Task<Result<ProjectDetails>> Handle(GetProject request, CancellationToken cancellationToken)
    {
        var details = await db.Projects.AsNoTracking()
            .Where(p => p.Id == request.Id)
            .Select(ProjectDetails.Projection)
            .FirstOrDefaultAsync(cancellationToken);
        return details is null ? Error.NotFound(new("工程项目", "Project"), request.Id) : details;
    }
}

internal static class GetProjectEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("projects/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetProject(id), cancellationToken)).ToOk())
            .WithName(nameof(GetProject))
            .RequireAuthorization(EngineeringPermissions.Read);
}
