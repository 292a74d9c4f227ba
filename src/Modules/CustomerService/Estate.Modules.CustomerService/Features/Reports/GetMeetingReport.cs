using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Reports;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.CustomerService.Features.Reports;

/// <summary>The meeting report for [from, to), dates in the company's time zone; by default the last 30 days up to today.</summary>
internal sealed record GetMeetingReport(DateOnly? From, DateOnly? To) : IRequest<Result<DepartmentReport>>;

internal sealed class GetMeetingReportValidator : AbstractValidator<GetMeetingReport>
{
    public GetMeetingReportValidator()
    {
        RuleFor(x => x.To).GreaterThan(x => x.From).When(x => x.From is not null && x.To is not null);
        RuleFor(x => x.From).Must((r, from) => r.To!.Value.DayNumber - from!.Value.DayNumber <= 366)
            .When(x => x.From is not null && x.To is not null).WithMessage(_ => Texts.T("报告期最长 366 天。", "A report covers at most 366 days."));
    }
}

internal sealed class GetMeetingReportHandler(CustomerServiceMeetingReport report, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<GetMeetingReport, Result<DepartmentReport>>
{
    public async Task<Result<DepartmentReport>> Handle(GetMeetingReport request, CancellationToken cancellationToken)
    {
        var period = ReportDays.Period(request.From, request.To, clock.GetUtcNow(), tenant.TimeZone);
        return period.IsSuccess ? await report.BuildAsync(period.Value, cancellationToken) : period.Error!;
    }
}

internal static class GetMeetingReportEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("reports/meeting", async (DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetMeetingReport(from, to), cancellationToken)).ToOk())
            .WithName("GetCustomerServiceMeetingReport")
            .WithSummary("Customer service's meeting report for [from, to) (YYYY-MM-DD in the company's time zone; default the last 30 days)")
            .RequireAuthorization(CustomerServicePermissions.Read);
}
