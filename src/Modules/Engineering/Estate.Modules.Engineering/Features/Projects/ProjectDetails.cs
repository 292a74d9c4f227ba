using System.Linq.Expressions;
using Estate.Modules.Engineering.Domain;

namespace Estate.Modules.Engineering.Features.Projects;

internal sealed record ProjectDetails(
    Guid Id,
    Guid PropertyId,
    string Title,
    string? Description,
    Guid ResponsibleUserId,
    string ResponsibleName,
    DateOnly PlannedStartOn,
    DateOnly PlannedEndOn,
    decimal EstimatedCost,
    string ExpectedEffect,
    ProjectStatus Status,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    ProjectFundingStatus FundingStatus,
    Guid? FundRequestId,
    decimal? RequestedAmount,
    decimal? ApprovedAmount,
    DateTimeOffset? FundingRequestedAt,
    DateTimeOffset? FundingDecidedAt,
    DateTimeOffset CreatedAt,
    uint Version)
{
    public static readonly Expression<Func<Project, ProjectDetails>> Projection = p => new ProjectDetails(
        p.Id,
        p.PropertyId,
        p.Title,
        p.Description,
        p.ResponsibleUserId,
        p.ResponsibleName,
        p.PlannedStartOn,
        p.PlannedEndOn,
        p.EstimatedCost,
        p.ExpectedEffect,
        p.Status,
        p.StartedAt,
        p.FinishedAt,
        p.FundingStatus,
        p.FundRequestId,
        p.RequestedAmount,
        p.ApprovedAmount,
        p.FundingRequestedAt,
        p.FundingDecidedAt,
        p.CreatedAt,
        p.Version);

    private static readonly Func<Project, ProjectDetails> FromEntity = Projection.Compile();

    public static ProjectDetails From(Project project) => FromEntity(project);
}
