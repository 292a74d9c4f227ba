using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
using Estate.Modules.Finance.Features.Budgets;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Features.FundRequests;

internal sealed record DecideFundRequestBody(FundRequestStatus? Decision, decimal? ApprovedAmount, string? Reason, bool? OverBudget, uint? Version);

/// <summary>
/// Finance decides a waiting fund request: approved (the amount asked), partlyApproved (with the amount granted) or
/// rejected (with a reason). An approval is checked against what is left of the department's budget for this year:
/// beyond it the answer is 409 unless <paramref name="OverBudget"/> is true. The asking module hears of the decision
/// through <see cref="FundRequestDecided"/>.
/// </summary>
internal sealed record DecideFundRequest(Guid Id, FundRequestStatus? Decision, decimal? ApprovedAmount, string? Reason, bool? OverBudget, uint? Version)
    : ICommand<Result<FundRequestDetails>>;

internal sealed class DecideFundRequestValidator : AbstractValidator<DecideFundRequest>
{
    public DecideFundRequestValidator()
    {
        RuleFor(x => x.Decision).NotNull().IsInEnum().NotEqual(FundRequestStatus.Pending).WithMessage(_ => Texts.T("请选择批准、部分批准或驳回。", "Approve, partly approve or reject."));
        RuleFor(x => x.ApprovedAmount).NotNull().GreaterThan(0).PrecisionScale(14, 2, ignoreTrailingZeros: true)
            .When(x => x.Decision == FundRequestStatus.PartlyApproved);
        RuleFor(x => x.ApprovedAmount).Null().When(x => x.Decision is FundRequestStatus.Approved or FundRequestStatus.Rejected)
            .WithMessage(_ => Texts.T("只有部分批准才需要填写金额。", "Only a partial approval names an amount."));
        RuleFor(x => x.Reason).NotEmpty().When(x => x.Decision == FundRequestStatus.Rejected).WithMessage(_ => Texts.T("驳回须填写理由。", "A rejection needs a reason."));
        RuleFor(x => x.Reason).MaximumLength(FundRequest.ReasonMaxLength);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class DecideFundRequestHandler(FinanceDbContext db, BudgetLedger ledger, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<DecideFundRequest, Result<FundRequestDetails>>
{
    public async Task<Result<FundRequestDetails>> Handle(DecideFundRequest request, CancellationToken cancellationToken)
    {
        var fundRequest = await db.FindToChangeAsync(db.FundRequests.Where(f => f.Id == request.Id), f => f.Version, request.Version!.Value, cancellationToken);
        if (fundRequest is null)
        {
            return Error.NotFound(new("资金申请", "Fund request"), request.Id);
        }

        var now = clock.StoredNow();
        var year = CompanyCalendar.DateOf(now, tenant.TimeZone).Year;
        var budget = await ledger.FiguresAsync(fundRequest.Department, year, cancellationToken);
        fundRequest.Decide(request.Decision!.Value, request.ApprovedAmount, request.Reason, year, budget.Remaining, request.OverBudget ?? false, tenant.UserId, now);
        db.Publish(new FundRequestDecided(
            fundRequest.OrganizationId, fundRequest.Id, fundRequest.Department, fundRequest.ReferenceType, fundRequest.ReferenceId, fundRequest.Status,
            fundRequest.RequestedAmount, fundRequest.ApprovedAmount!.Value, now, fundRequest.DecisionReason));

        // Saved here rather than by the unit of work so the answer carries the stored version.
        await db.SaveChangesAsync(cancellationToken);
        return await db.FundRequests.AsNoTracking().Where(f => f.Id == fundRequest.Id).Select(FundRequestDetails.Projection(db)).SingleAsync(cancellationToken);
    }
}

internal static class DecideFundRequestEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("fund-requests/{id}/decision", async (Guid id, DecideFundRequestBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new DecideFundRequest(id, body.Decision, body.ApprovedAmount, body.Reason, body.OverBudget, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(DecideFundRequest))
            .WithSummary("Approves, partly approves (approvedAmount) or rejects (reason) a fund request; beyond the remaining budget only with overBudget: true")
            .RequireAuthorization(FinancePermissions.DecideFundRequests);
}
