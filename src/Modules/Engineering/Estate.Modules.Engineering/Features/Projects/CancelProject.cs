using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Engineering.Features.Projects;

internal sealed record CancelProjectBody(uint? Version);

/// <summary>A project that will not be done (or not finished) is called off; its record stays.</summary>
internal sealed record CancelProject(Guid Id, uint? Version) : ICommand<Result<ProjectDetails>>;

internal sealed class CancelProjectValidator : AbstractValidator<CancelProject>
{
    public CancelProjectValidator() => RuleFor(x => x.Version).NotNull();
}

internal sealed class CancelProjectHandler(EngineeringDbContext db, TimeProvider clock) : IRequestHandler<CancelProject, Result<ProjectDetails>>
{
    public async Task<Result<ProjectDetails>> Handle(CancelProject request, CancellationToken cancellationToken)
    {
        var project = await db.FindProjectToChangeAsync(request.Id, request.Version!.Value, cancellationToken);
        if (project is null)
        {
            return Error.NotFound(new("工程项目", "Project"), request.Id);
        }

        project.Cancel(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return ProjectDetails.From(project);
    }
}

internal static class CancelProjectEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("projects/{id}/cancel", async (Guid id, CancelProjectBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CancelProject(id, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(CancelProject))
            .RequireAuthorization(EngineeringPermissions.ManageProjects);
}
