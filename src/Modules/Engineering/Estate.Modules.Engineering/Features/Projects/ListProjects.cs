using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.Modules.Engineering.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Engineering.Features.Projects;

/// <summary>Projects of the caller's properties, by planned start, one page at a time.</summary>
internal sealed record ListProjects(int? Page, int? PageSize, Guid? PropertyId, ProjectStatus? Status, ProjectFundingStatus? FundingStatus)
    : IRequest<Result<PagedList<ProjectDetails>>>;

internal sealed class ListProjectsValidator : AbstractValidator<ListProjects>
{
    public ListProjectsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.FundingStatus).IsInEnum();
    }
}

internal sealed class ListProjectsHandler(EngineeringDbContext db) : IRequestHandler<ListProjects, Result<PagedList<ProjectDetails>>>
{
    public async Task<Result<PagedList<ProjectDetails>>> Handle(ListProjects request, CancellationToken cancellationToken)
    {
        var query = db.Projects.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(p => p.PropertyId == propertyId);
        }

        if (request.Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }

        if (request.FundingStatus is { } fundingStatus)
        {
            query = query.Where(p => p.FundingStatus == fundingStatus);
        }

        return await query
            .OrderBy(p => p.PlannedStartOn).ThenBy(p => p.Title).ThenBy(p => p.Id)
            .Select(ProjectDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListProjectsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("projects", async (
                    int? page,
                    int? pageSize,
                    Guid? propertyId,
                    QueryEnum<ProjectStatus>? status,
                    QueryEnum<ProjectFundingStatus>? fundingStatus,
                    IMediator mediator,
                    CancellationToken cancellationToken) =>
                (await mediator.Send(new ListProjects(page, pageSize, propertyId, status?.Value, fundingStatus?.Value), cancellationToken)).ToOk())
            .WithName(nameof(ListProjects))
            .RequireAuthorization(EngineeringPermissions.Read);
}
