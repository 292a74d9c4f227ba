using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
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

internal sealed class RequestFundsValidator : AbstractValidator<RequestFunds>
{
    public RequestFundsValidator()
    {
        RuleFor(x => x.Department).NotEmpty().MaximumLength(Budget.DepartmentMaxLength);
        RuleFor(x => x.Purpose).NotEmpty().MaximumLength(FundRequest.PurposeMaxLength);
        RuleFor(x => x.Amount).GreaterThan(0).LessThanOrEqualTo(FundRequest.MaxAmount).PrecisionScale(14, 2, ignoreTrailingZeros: true);
        RuleFor(x => x.ReferenceType).MaximumLength(FundRequest.ReferenceTypeMaxLength);
    }
}

/// <summary>
/// Takes a department's fund request (from another module through the contract, or from the API) as pending.
/// A request for a record that already has one waiting answers that one, so a retried ask is not counted twice.
/// </summary>
internal sealed class RequestFundsHandler(FinanceDbContext db, IPropertyDirectory properties, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<RequestFunds, Result<FundRequestReceipt>>
{
    public async Task<Result<FundRequestReceipt>> Handle(RequestFunds request, CancellationToken cancellationToken)
    {
        if (request.PropertyId is { } propertyId && await properties.FindAsync(propertyId, cancellationToken) is null)
        {
            return Error.Invalid("propertyId", Texts.T("小区不存在。", "Unknown property."));
        }

        if (request.ReferenceType is { } referenceType && request.ReferenceId is { } referenceId)
        {
            var waiting = await db.FundRequests.AsNoTracking()
                .Where(f => f.ReferenceType == referenceType.Trim() && f.ReferenceId == referenceId && f.Status == FundRequestStatus.Pending)
                .Select(f => (Guid?)f.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (waiting is { } id)
            {
                return new FundRequestReceipt(id, FundRequestStatus.Pending);
            }
        }

        var fundRequest = FundRequest.Submit(
            tenant.OrganizationId, request.Department, request.Purpose, request.Amount, request.PropertyId, request.ReferenceType, request.ReferenceId,
            tenant.UserId, clock.StoredNow());
        db.FundRequests.Add(fundRequest);
        return new FundRequestReceipt(fundRequest.Id, fundRequest.Status);
    }
}

/// <summary>A department head (or a manager) asks finance for money directly; the body is <see cref="RequestFunds"/>.</summary>
internal static class SubmitFundRequestEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("fund-requests", async (RequestFunds request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(r => $"/api/finance/fund-requests/{r.FundRequestId}"))
            .WithName("SubmitFundRequest")
            .WithSummary("A department asks for money: department, purpose, amount, optional propertyId and the record it is for (referenceType, referenceId)")
            .RequireAuthorization(FinancePermissions.SubmitFundRequests);
}
