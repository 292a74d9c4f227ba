using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.Modules.Engineering.Domain;
using Estate.Modules.Finance.Contracts;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Estate.Modules.Engineering.Features.Projects;

internal sealed record RequestProjectFundingBody(decimal? Amount, uint? Version);

/// <summary>
/// Asks finance to fund a project (the estimated cost unless another amount is given). Where the company
/// has finance, a fund request is made and the project waits for the decision (FundRequestDecided);
/// where it has not, the project is recorded as unfunded — an answer, not an error.
/// </summary>
internal sealed record RequestProjectFunding(Guid Id, decimal? Amount, uint? Version) : ICommand<Result<ProjectDetails>>
{
    public const string ReferenceType = "engineering.project";
    public const string FinanceModuleId = "finance";
}

internal sealed class RequestProjectFundingValidator : AbstractValidator<RequestProjectFunding>
{
    public RequestProjectFundingValidator()
    {
        RuleFor(x => x.Amount).GreaterThan(0).LessThanOrEqualTo(Project.MaxCost).PrecisionScale(14, 2, ignoreTrailingZeros: true);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class RequestProjectFundingHandler(
    EngineeringDbContext db, IModuleAvailability modules, IMediator mediator, TimeProvider clock, ILogger<RequestProjectFundingHandler> logger)
    : IRequestHandler<RequestProjectFunding, Result<ProjectDetails>>
{
    public async Task<Result<ProjectDetails>> Handle(RequestProjectFunding request, CancellationToken cancellationToken)
    {
        var project = await db.FindProjectToChangeAsync(request.Id, request.Version!.Value, cancellationToken);
        if (project is null)
        {
            return Error.NotFound(new("工程项目", "Project"), request.Id);
        }

        project.EnsureFundingCanBeRequested();
        var amount = request.Amount ?? project.EstimatedCost;
        if (amount <= 0)
        {
            return Error.Invalid("amount", Texts.T("项目没有预估费用，请填写申请金额。", "A project without an estimated cost needs the amount to ask for."));
        }

        var now = clock.GetUtcNow();
        if (!await modules.IsAvailableAsync(RequestProjectFunding.FinanceModuleId, cancellationToken))
        {
            project.FundingUnavailable(amount, now);
            logger.LogInformation("Project {ProjectId} recorded unfunded: finance is not available to the company", project.Id);
        }
        else
        {
            // Finance commits its request in its own transaction; if this save then fails (a stale version),
            // finance holds a request the project does not show, and its decision still lands here by reference.
            var receipt = await mediator.Send(
                new RequestFunds(EngineeringModule.Department, project.Title, amount, project.PropertyId, RequestProjectFunding.ReferenceType, project.Id),
                cancellationToken);
            if (!receipt.IsSuccess)
            {
                return Error.Conflict("project.funding_refused", Texts.T($"财务部未受理资金申请：{receipt.Error!.Message}", $"Finance did not take the fund request: {receipt.Error!.Message}"));
            }

            project.FundingRequested(receipt.Value.FundRequestId, amount, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ProjectDetails.From(project);
    }
}

internal static class RequestProjectFundingEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("projects/{id}/request-funding", async (Guid id, RequestProjectFundingBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RequestProjectFunding(id, body.Amount, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(RequestProjectFunding))
            .RequireAuthorization(EngineeringPermissions.ManageProjects);
}
