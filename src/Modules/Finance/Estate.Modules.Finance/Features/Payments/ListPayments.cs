using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Features.Payments;

/// <summary>Payments of the caller's properties, latest first; <paramref name="From"/> and <paramref name="To"/> are company days, both included.</summary>
internal sealed record ListPayments(
    int? Page, int? PageSize, Guid? PropertyId, Guid? UnitId, PaymentMethod? Method, string? ReceiptNumber, DateOnly? From, DateOnly? To)
    : IRequest<Result<PagedList<PaymentDetails>>>;

internal sealed class ListPaymentsValidator : AbstractValidator<ListPayments>
{
    public ListPaymentsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null).WithMessage(_ => Texts.T("结束日期（to）不能早于开始日期（from）。", "'to' must not be before 'from'."));
    }
}

internal sealed class ListPaymentsHandler(FinanceDbContext db, ITenantContext tenant) : IRequestHandler<ListPayments, Result<PagedList<PaymentDetails>>>
{
    public async Task<Result<PagedList<PaymentDetails>>> Handle(ListPayments request, CancellationToken cancellationToken)
    {
        var payments = db.Payments.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            payments = payments.Where(p => p.PropertyId == propertyId);
        }

        if (request.UnitId is { } unitId)
        {
            payments = payments.Where(p => p.UnitId == unitId);
        }

        if (request.Method is { } method)
        {
            payments = payments.Where(p => p.Method == method);
        }

        if (!string.IsNullOrWhiteSpace(request.ReceiptNumber))
        {
            payments = payments.Where(p => p.ReceiptNumber == request.ReceiptNumber.Trim());
        }

        if (request.From is { } from)
        {
            var start = CompanyCalendar.StartOf(from, tenant.TimeZone);
            payments = payments.Where(p => p.PaidAt >= start);
        }

        if (request.To is { } to)
        {
            var end = CompanyCalendar.StartOf(to.AddDays(1), tenant.TimeZone);
            payments = payments.Where(p => p.PaidAt < end);
        }

        var ordered = payments.OrderByDescending(p => p.PaidAt).ThenByDescending(p => p.Id);
        var count = await ordered.CountAsync(cancellationToken);
        var (number, size) = (request.Page ?? 1, request.PageSize ?? Paging.DefaultPageSize);
        var skip = (int)Math.Min((long)(number - 1) * size, int.MaxValue);
        var items = await PaymentQueries.LoadAsync(db, ordered.Skip(skip).Take(size), cancellationToken);
        return new PagedList<PaymentDetails>(items, number, size, count);
    }
}

internal static class ListPaymentsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("payments", async (
                    int? page, int? pageSize, Guid? propertyId, Guid? unitId, QueryEnum<PaymentMethod>? method, string? receiptNumber, DateOnly? from, DateOnly? to,
                    IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListPayments(page, pageSize, propertyId, unitId, method?.Value, receiptNumber, from, to), cancellationToken)).ToOk())
            .WithName(nameof(ListPayments))
            .RequireAuthorization(FinancePermissions.ReadAccounts);
}
