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

/// <summary>Plans a project at a property with a responsible user of the company; also the HTTP body.</summary>
internal sealed record CreateProject(
    Guid? PropertyId,
    string Title,
    string? Description,
    Guid? ResponsibleUserId,
    DateOnly? PlannedStartOn,
    DateOnly? PlannedEndOn,
    decimal? EstimatedCost,
    string ExpectedEffect) : ICommand<Result<ProjectDetails>>, IProjectPlanFields;

internal sealed class CreateProjectValidator : AbstractValidator<CreateProject>
{
    public CreateProjectValidator()
    {
        RuleFor(x => x.PropertyId).NotEmpty();
        ProjectPlanRules.Apply(this);
    }
}

internal sealed class CreateProjectHandler(
    EngineeringDbContext db, IPropertyDirectory properties, IUserDirectory users, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CreateProject, Result<ProjectDetails>>
{
    public async Task<Result<ProjectDetails>> Handle(CreateProject request, CancellationToken cancellationToken)
    {
        var property = await properties.FindAsync(request.PropertyId!.Value, cancellationToken);
        if (property is null)
        {
            return Error.Invalid("propertyId", Texts.T("小区不存在。", "Unknown property."));
        }

        var responsible = await users.FindAsync(request.ResponsibleUserId!.Value, cancellationToken);
        if (responsible is null)
        {
            return Error.Invalid("responsibleUserId", Texts.T("用户不存在。", "Unknown user."));
        }

        var project = Project.Plan(
            tenant.OrganizationId,
            property.Id,
            new ProjectPlan(
                request.Title, request.Description, responsible.Id, responsible.DisplayName,
                request.PlannedStartOn!.Value, request.PlannedEndOn!.Value, request.EstimatedCost!.Value, request.ExpectedEffect),
            clock.GetUtcNow());
        db.Projects.Add(project);

        // Saved here rather than by the unit of work so the answer carries the stored version.
        await db.SaveChangesAsync(cancellationToken);
        return ProjectDetails.From(project);
    }
}

internal static class CreateProjectEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("projects", async (CreateProject request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(p => $"/api/engineering/projects/{p.Id}"))
            .WithName(nameof(CreateProject))
            .RequireAuthorization(EngineeringPermissions.ManageProjects);
}
