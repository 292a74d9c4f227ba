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

internal sealed record StartProjectBody(uint? Version);

/// <summary>Work on a planned project begins.</summary>
internal sealed record StartProject(Guid Id, uint? Version) : ICommand<Result<ProjectDetails>>;

internal sealed class StartProjectValidator : AbstractValidator<StartProject>
{
    public StartProjectValidator() => RuleFor(x => x.Version).NotNull();
}

internal sealed class StartProjectHandler(EngineeringDbContext db, TimeProvider clock) : IRequestHandler<StartProject, Result<ProjectDetails>>
{
    public async Task<Result<ProjectDetails>> Handle(StartProject request, CancellationToken cancellationToken)
    {
        var project = await db.FindProjectToChangeAsync(request.Id, request.Version!.Value, cancellationToken);
        if (project is null)
        {
            return Error.NotFound(new("工程项目", "Project"), request.Id);
        }

        project.Start(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return ProjectDetails.From(project);
    }
}

internal static class StartProjectEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("projects/{id}/start", async (Guid id, StartProjectBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new StartProject(id, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(StartProject))
            .RequireAuthorization(EngineeringPermissions.ManageProjects);
}
