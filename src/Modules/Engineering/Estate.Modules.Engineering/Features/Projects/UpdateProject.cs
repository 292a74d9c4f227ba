using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.Modules.Engineering.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Engineering.Features.Projects;

internal sealed record UpdateProjectBody(
    string Title,
    string? Description,
    Guid? ResponsibleUserId,
    DateOnly? PlannedStartOn,
    DateOnly? PlannedEndOn,
    decimal? EstimatedCost,
    string ExpectedEffect,
    uint? Version);

/// <summary>Replans a live project (every plan field is replaced); its status and funding are changed by their own actions.</summary>
internal sealed record UpdateProject(
    Guid Id,
    string Title,
    string? Description,
    Guid? ResponsibleUserId,
    DateOnly? PlannedStartOn,
    DateOnly? PlannedEndOn,
    decimal? EstimatedCost,
    string ExpectedEffect,
    uint? Version) : ICommand<Result<ProjectDetails>>, IProjectPlanFields;

internal sealed class UpdateProjectValidator : AbstractValidator<UpdateProject>
{
    public UpdateProjectValidator()
    {
        ProjectPlanRules.Apply(this);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class UpdateProjectHandler(EngineeringDbContext db, IUserDirectory users) : IRequestHandler<UpdateProject, Result<ProjectDetails>>
{
    public async Task<Result<ProjectDetails>> Handle(UpdateProject request, CancellationToken cancellationToken)
    {
        var project = await db.FindProjectToChangeAsync(request.Id, request.Version!.Value, cancellationToken);
        if (project is null)
        {
            return Error.NotFound(new("工程项目", "Project"), request.Id);
        }

        var responsible = await users.FindAsync(request.ResponsibleUserId!.Value, cancellationToken);
        if (responsible is null)
        {
            return Error.Invalid("responsibleUserId", Texts.T("用户不存在。", "Unknown user."));
        }

        project.Replan(new ProjectPlan(
            request.Title, request.Description, responsible.Id, responsible.DisplayName,
            request.PlannedStartOn!.Value, request.PlannedEndOn!.Value, request.EstimatedCost!.Value, request.ExpectedEffect));
        await db.SaveChangesAsync(cancellationToken);
        return ProjectDetails.From(project);
    }
}

internal static class UpdateProjectEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("projects/{id}", async (Guid id, UpdateProjectBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(
                    new UpdateProject(
                        id, body.Title, body.Description, body.ResponsibleUserId, body.PlannedStartOn, body.PlannedEndOn, body.EstimatedCost,
                        body.ExpectedEffect, body.Version),
                    cancellationToken)).ToOk())
            .WithName(nameof(UpdateProject))
            .RequireAuthorization(EngineeringPermissions.ManageProjects);
}
