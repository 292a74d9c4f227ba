using Estate.Modules.Finance.Contracts;
using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Features.Resources;

internal sealed record DecideResourceRequestBody(ResourceDecision? Decision, decimal? Granted, string? Note, string? ConflictNote, uint? Version);

/// <summary>
/// The meeting decides a request: approved, partly approved (with what is granted) or rejected, with notes on
/// conflicts between departments. Money granted goes to finance as a fund request where finance is on;
/// where it is off, the decision is recorded in the meeting only.
/// </summary>
internal sealed record DecideResourceRequest(Guid Id, ResourceDecision? Decision, decimal? Granted, string? Note, string? ConflictNote, uint? Version)
    : ICommand<Result<ResourceRequestDetails>>;

internal sealed class DecideResourceRequestValidator : AbstractValidator<DecideResourceRequest>
{
    public DecideResourceRequestValidator()
    {
        RuleFor(x => x.Decision).NotNull().IsInEnum().NotEqual(ResourceDecision.Pending).WithMessage(_ => Texts.T("请选择批准、部分批准或驳回。", "Approve, partly approve or reject."));
        RuleFor(x => x.Granted).NotNull().GreaterThan(0).When(x => x.Decision == ResourceDecision.PartlyApproved);
        RuleFor(x => x.Note).MaximumLength(ResourceRequest.TextMaxLength);
        RuleFor(x => x.ConflictNote).MaximumLength(ResourceRequest.TextMaxLength);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class DecideResourceRequestHandler(MeetingsDbContext db, IModuleAvailability modules, IMediator mediator, TimeProvider clock)
    : IRequestHandler<DecideResourceRequest, Result<ResourceRequestDetails>>
{
    public async Task<Result<ResourceRequestDetails>> Handle(DecideResourceRequest request, CancellationToken cancellationToken)
    {
        var asked = await db.FindToChangeAsync(db.ResourceRequests.Where(r => r.Id == request.Id), request.Version!.Value, cancellationToken);
        if (asked is null)
        {
            return Error.NotFound(new("资源申请", "Resource request"), request.Id);
        }

        var meeting = await db.Meetings.AsNoTracking().FirstAsync(m => m.Id == asked.MeetingId, cancellationToken);
        meeting.EnsureOpen();
        asked.Decide(request.Decision!.Value, request.Granted, request.Note, request.ConflictNote, clock.GetUtcNow());
        if (asked.Kind == ResourceKind.Money && asked.ApprovedAmount > 0 && await modules.IsAvailableAsync(AskForResourcesHandler.Finance, cancellationToken))
        {
            var receipt = await mediator.Send(
                new RequestFunds(asked.Department, asked.Description, asked.ApprovedAmount.Value, asked.PropertyId, "meetings.resource-request", asked.Id),
                cancellationToken);
            if (!receipt.IsSuccess)
            {
                return Error.Conflict("resource_request.finance_refused", Texts.T($"财务部未受理资金申请：{receipt.Error!.Message}", $"Finance did not take the fund request: {receipt.Error!.Message}"));
            }

            asked.SentToFinance(receipt.Value.FundRequestId, receipt.Value.Status.ToString());
        }

        await db.SaveChangesAsync(cancellationToken);
        return ResourceRequestDetails.From(asked);
    }
}

internal static class DecideResourceRequestEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("resource-requests/{id}/decision", async (Guid id, DecideResourceRequestBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new DecideResourceRequest(id, body.Decision, body.Granted, body.Note, body.ConflictNote, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(DecideResourceRequest))
            .RequireAuthorization(MeetingsPermissions.Decide);
}
