using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Reports;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Meetings.Features.Reports;

internal sealed record CompanyReport(ReportPeriod Period, IReadOnlyList<CollectedReport> Departments);

/// <summary>
/// Every department's report for a period (company-local days, both inclusive; default the last 30 days),
/// pulled live as a meeting would: the full report a meeting's work review is built from.
/// </summary>
internal sealed record GetCompanyReport(DateOnly? From, DateOnly? To) : IRequest<Result<CompanyReport>>;

internal sealed class GetCompanyReportValidator : AbstractValidator<GetCompanyReport>
{
    public GetCompanyReportValidator()
    {
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null);
        RuleFor(x => x).Must(x => x.From is null || x.To is null || x.To.Value.DayNumber - x.From.Value.DayNumber <= 366)
            .OverridePropertyName("to").WithMessage(_ => Texts.T("每次最多查询一年。", "At most a year at a time."));
    }
}

internal sealed class GetCompanyReportHandler(ReportCollector collector, ITenantContext tenant, TimeProvider clock) : IRequestHandler<GetCompanyReport, Result<CompanyReport>>
{
    public async Task<Result<CompanyReport>> Handle(GetCompanyReport request, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), tenant.TimeZone).DateTime);
        var to = request.To ?? today;
        var from = request.From ?? to.AddDays(-29);
        var period = new ReportPeriod(MeetingRules.StartOfDay(from, tenant.TimeZone), MeetingRules.StartOfDay(to.AddDays(1), tenant.TimeZone));
        return new CompanyReport(period, await collector.CollectAsync(period, null, cancellationToken));
    }
}

internal static class GetCompanyReportEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("reports", async (DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetCompanyReport(from, to), cancellationToken)).ToOk())
            .WithName(nameof(GetCompanyReport))
            .RequireAuthorization(MeetingsPermissions.Read);
}
