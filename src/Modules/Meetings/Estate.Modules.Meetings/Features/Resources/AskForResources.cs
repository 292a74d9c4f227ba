using Estate.Modules.Finance.Contracts;
using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Estate.Modules.Meetings.Features.Resources;

internal sealed record AskForResourcesBody(string? Department, ResourceKind? Kind, string Description, string Reason, decimal? Quantity, decimal? Amount, Guid? PropertyId);

/// <summary>
/// A department asks for people, materials or money, with the reason. For money, finance's budget check is
/// shown beside the request where finance is on.
/// </summary>
internal sealed record AskForResources(
    Guid MeetingId, string? Department, ResourceKind? Kind, string Description, string Reason, decimal? Quantity, decimal? Amount, Guid? PropertyId)
    : ICommand<Result<ResourceRequestDetails>>;

internal sealed class AskForResourcesValidator : AbstractValidator<AskForResources>
{
    public AskForResourcesValidator()
    {
        RuleFor(x => x.Department).NotEmpty().MaximumLength(ResourceRequest.DepartmentMaxLength);
        RuleFor(x => x.Kind).NotNull().IsInEnum();
        RuleFor(x => x.Description).NotEmpty().MaximumLength(ResourceRequest.TextMaxLength);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(ResourceRequest.TextMaxLength);
        RuleFor(x => x.Amount).NotNull().GreaterThan(0).LessThan(1_000_000_000m).When(x => x.Kind == ResourceKind.Money);
        RuleFor(x => x.Amount).Null().When(x => x.Kind is ResourceKind.People or ResourceKind.Materials).WithMessage(_ => Texts.T("只有资金才填写金额，请填写数量。", "Only money has an amount; give a quantity."));
        RuleFor(x => x.Quantity).NotNull().GreaterThan(0).LessThan(1_000_000m).When(x => x.Kind is ResourceKind.People or ResourceKind.Materials);
        RuleFor(x => x.Quantity).Null().When(x => x.Kind == ResourceKind.Money).WithMessage(_ => Texts.T("资金填写金额，不填写数量。", "Money has an amount, not a quantity."));
    }
}

internal sealed class AskForResourcesHandler(
    MeetingsDbContext db, IPropertyDirectory properties, IModuleAvailability modules, IMediator mediator, ITenantContext tenant, TimeProvider clock,
    ILogger<AskForResourcesHandler> logger)
    : IRequestHandler<AskForResources, Result<ResourceRequestDetails>>
{
    public const string Finance = "finance";

    public async Task<Result<ResourceRequestDetails>> Handle(AskForResources request, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken);
        if (meeting is null)
        {
            return Error.NotFound(new("会议", "Meeting"), request.MeetingId);
        }

        if (request.PropertyId is { } propertyId && await properties.FindAsync(propertyId, cancellationToken) is null)
        {
            return Error.Invalid("propertyId", Texts.T("小区不存在。", "Unknown property."));
        }

        meeting.EnsureOpen();
        var now = clock.GetUtcNow();
        var kind = request.Kind!.Value;
        var asked = ResourceRequest.Ask(
            tenant.OrganizationId, meeting.Id, request.Department!, kind, request.Description, request.Reason,
            kind == ResourceKind.Money ? request.Amount!.Value : request.Quantity!.Value, request.PropertyId, now);
        if (kind == ResourceKind.Money && await modules.IsAvailableAsync(Finance, cancellationToken))
        {
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, tenant.TimeZone).DateTime);
            var check = await mediator.Send(new CheckBudget(asked.Department, asked.Amount!.Value, today), cancellationToken);
            if (check.IsSuccess)
            {
                asked.RecordBudgetCheck(check.Value.Remaining, check.Value.Sufficient);
            }
            else
            {
                logger.LogInformation("Budget check for {Department} gave no answer: {Error}", asked.Department, check.Error!.Message);
            }
        }

        db.ResourceRequests.Add(asked);
        await db.SaveChangesAsync(cancellationToken);
        return ResourceRequestDetails.From(asked);
    }
}

internal static class AskForResourcesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("meetings/{id}/resource-requests", async (Guid id, AskForResourcesBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new AskForResources(id, body.Department, body.Kind, body.Description, body.Reason, body.Quantity, body.Amount, body.PropertyId),
                    cancellationToken)).ToCreated(r => $"/api/meetings/resource-requests/{r.Id}"))
            .WithName(nameof(AskForResources))
            .RequireAuthorization(MeetingsPermissions.Contribute);
}
