using Estate.Modules.Finance.Domain;
using Estate.Modules.Finance.Features.Bills;
using Estate.SharedKernel.Jobs;
using Estate.SharedKernel.Tenancy;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Estate.Modules.Finance.Jobs;

/// <summary>
/// The monthly bills: generates the current month's bills (in the company's time zone) through the same command
/// finance staff use. It is scheduled on the 1st and 2nd of each month in UTC so that every time zone's new month
/// has begun by one of the runs; the second run, like any repeat, adds nothing that is already billed.
/// </summary>
internal sealed class GenerateMonthlyBills(IMediator mediator, ITenantContext tenant, TimeProvider clock, ILogger<GenerateMonthlyBills> logger) : ITenantJob
{
    public const string Cron = "15 0 1,2 * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var period = BillingPeriod.Of(CompanyCalendar.DateOf(clock.GetUtcNow(), tenant.TimeZone));
        var run = await mediator.Send(new GenerateBills(BillingPeriod.Name(period), null, BillingTrigger.Schedule), cancellationToken);
        if (!run.IsSuccess)
        {
            logger.LogWarning("Monthly bills for {Period} were not generated: {Error}", BillingPeriod.Name(period), run.Error!.Message);
        }
    }
}
