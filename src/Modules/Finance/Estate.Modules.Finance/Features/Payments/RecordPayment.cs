using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
using Estate.Modules.Finance.Features.Arrears;
using Estate.Modules.Finance.Features.Units;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Persistence;
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

namespace Estate.Modules.Finance.Features.Payments;

/// <summary>
/// Records what a unit paid, in full or in part, and allocates it to the unit's open bills, oldest due first.
/// The receipt number is unique in the company; a payment may not be dated in the future or exceed what the
/// unit owes. Also the HTTP body.
/// </summary>
internal sealed record RecordPayment(
    Guid? UnitId, decimal? Amount, PaymentMethod? Method, string ReceiptNumber, DateTimeOffset? PaidAt, string? PayerName, string? Note)
    : ICommand<Result<PaymentDetails>>;

internal sealed class RecordPaymentValidator : AbstractValidator<RecordPayment>
{
    public RecordPaymentValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Amount).NotNull().GreaterThan(0).LessThanOrEqualTo(Payment.MaxAmount).PrecisionScale(14, 2, ignoreTrailingZeros: true);
        RuleFor(x => x.Method).NotNull().IsInEnum();
        RuleFor(x => x.ReceiptNumber).NotEmpty().MaximumLength(Payment.ReceiptNumberMaxLength);
        RuleFor(x => x.PaidAt).NotNull();
        RuleFor(x => x.PayerName).MaximumLength(Payment.PayerNameMaxLength);
        RuleFor(x => x.Note).MaximumLength(Payment.NoteMaxLength);
    }
}

internal sealed class RecordPaymentHandler(FinanceDbContext db, UnitLookup units, OldestOpenDueDates oldestOpen, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<RecordPayment, Result<PaymentDetails>>
{
    // Clocks of tills and phones drift a little; a payment from further ahead than this is a typo.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public async Task<Result<PaymentDetails>> Handle(RecordPayment request, CancellationToken cancellationToken)
    {
        var now = clock.StoredNow();
        if (request.PaidAt!.Value > now + ClockSkew)
        {
            return Error.Invalid("paidAt", Texts.T("缴费时间不能晚于当前时间。", "A payment cannot be made in the future."));
        }

        var unit = await units.FindAsync(request.UnitId!.Value, includeRemoved: true, cancellationToken);
        if (unit is null)
        {
            return Error.Invalid("unitId", Texts.T("房屋不存在。", "Unknown unit."));
        }

        var receiptNumber = request.ReceiptNumber.Trim();
        if (await db.Payments.IgnoreQueryFilters([ModuleDbContext.PropertyScopeFilter]).AnyAsync(p => p.ReceiptNumber == receiptNumber, cancellationToken))
        {
            return Error.Conflict("payment.duplicate_receipt", Texts.T($"收据号 {receiptNumber} 已登记。", $"Receipt number {receiptNumber} is already recorded."));
        }

        // Held until the payment commits, so the unit's oldest open due date set below counts a billing run's new bills.
        await oldestOpen.LockAsync(unit.Id, cancellationToken);
        var openBills = await db.Bills
            .Where(b => b.UnitId == unit.Id && b.SettledAt == null)
            .OrderBy(b => b.DueOn).ThenBy(b => b.Period).ThenBy(b => b.CreatedAt).ThenBy(b => b.Id)
            .ToListAsync(cancellationToken);
        var payment = Payment.Receive(
            tenant.OrganizationId, unit, request.Amount!.Value, request.Method!.Value, receiptNumber, request.PaidAt.Value.ToUniversalTime(),
            request.PayerName, request.Note, tenant.UserId, openBills, now);
        db.Payments.Add(payment);
        await db.SaveChangesAsync(cancellationToken);
        await oldestOpen.RecountAsync(unit.Id, cancellationToken);
        return (await PaymentQueries.LoadAsync(db, db.Payments.AsNoTracking().Where(p => p.Id == payment.Id), cancellationToken)).Single();
    }
}

internal static class RecordPaymentEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("payments", async (RecordPayment request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(p => $"/api/finance/payments/{p.Id}"))
            .WithName(nameof(RecordPayment))
            .WithSummary("Records a payment of a unit (cash, weChat, alipay, bankTransfer, card) and settles its open bills oldest first")
            .RequireAuthorization(FinancePermissions.Bill);
}
