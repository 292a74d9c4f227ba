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

internal sealed record CompleteProjectBody(uint? Version);

/// <summary>A project under way is finished.</summary>
internal sealed record CompleteProject(Guid Id, uint? Version) : ICommand<Result<ProjectDetails>>;

internal sealed class CompleteProjectValidator : AbstractValidator<CompleteProject>
{
    public CompleteProjectValidator() => RuleFor(x => x.Version).NotNull();
}

internal sealed class CompleteProjectHandler(EngineeringDbContext db, TimeProvider clock) : IRequestHandler<CompleteProject, Result<ProjectDetails>>
{
    public async Task<Result<ProjectDetails>> Handle(CompleteProject request, CancellationToken cancellationToken)
    {
        var project = await db.FindProjectToChangeAsync(request.Id, request.Version!.Value, cancellationToken);
        if (project is null)
        {
            return Error.NotFound(new("工程项目", "Project"), request.Id);
        }

        project.Complete(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return ProjectDetails.From(project);
    }
}

internal static class CompleteProjectEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("projects/{id}/complete", async (Guid id, CompleteProjectBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CompleteProject(id, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(CompleteProject))
            .RequireAuthorization(EngineeringPermissions.ManageProjects);
}
