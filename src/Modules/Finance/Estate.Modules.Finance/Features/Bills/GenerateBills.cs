using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Domain;
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

namespace Estate.Modules.Finance.Features.Bills;

internal sealed record GenerateBillsBody(string? Period, DateOnly? DueOn);

/// <summary>
/// Generates every bill of a billing period (a month, "2026-11") for the whole company, due on the period's last
/// day unless <paramref name="DueOn"/> says otherwise. Running it again adds only what is missing (new units, new
/// fee items, new parking spaces); nothing is billed twice.
/// </summary>
internal sealed record GenerateBills(string? Period, DateOnly? DueOn, BillingTrigger Trigger = BillingTrigger.Request) : ICommand<Result<BillingRunDetails>>;

internal sealed class GenerateBillsValidator : AbstractValidator<GenerateBills>
{
    public GenerateBillsValidator()
    {
        RuleFor(x => x.Period).NotEmpty().Must(BillingPeriod.IsValid).WithMessage(_ => BillingPeriod.Message);
        RuleFor(x => x.DueOn)
            .Must((request, dueOn) => dueOn >= BillingPeriod.Parse(request.Period!))
            .When(x => x.DueOn is not null && BillingPeriod.IsValid(x.Period))
            .WithMessage(_ => Texts.T("账单的到期日不能早于账期开始日。", "Bills cannot fall due before their period starts."));
    }
}

internal sealed class GenerateBillsHandler(BillGeneration generation, ITenantContext tenant) : IRequestHandler<GenerateBills, Result<BillingRunDetails>>
{
    public async Task<Result<BillingRunDetails>> Handle(GenerateBills request, CancellationToken cancellationToken)
    {
        // Generation refreshes the company's whole copy of units; a caller who sees only some properties would shrink it.
        if (!tenant.AllProperties)
        {
            return new Error(ErrorKind.Forbidden, "billing.company_wide", Texts.T("账单按全公司生成，需要能查看所有小区的用户操作。", "Bills are generated for the whole company; this needs a user who sees every property."));
        }

        var period = BillingPeriod.Parse(request.Period!);
        var run = await generation.GenerateAsync(period, request.DueOn ?? BillingPeriod.LastDay(period), request.Trigger, null, cancellationToken);
        return BillingRunDetails.From(run);
    }
}

internal static class GenerateBillsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("billing-runs", async (GenerateBillsBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GenerateBills(body.Period, body.DueOn), cancellationToken)).ToOk())
            .WithName(nameof(GenerateBills))
            .WithSummary("Generates the bills of a period (yyyy-MM) for every unit and fee item in force; running it again adds only what is missing")
            .RequireAuthorization(FinancePermissions.Bill);
}
