using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Domain;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Engineering.Features.Reports;

/// <summary>
/// Engineering's meeting report for the company's days [From, To); without dates, the last 30 days up to and
/// including today. The same report the meetings module collects.
/// </summary>
internal sealed record GetMeetingReport(DateOnly? From, DateOnly? To) : IRequest<Result<DepartmentReport>>
{
    public const int DefaultDays = 30;
    public const int MaxDays = 366;
}

internal sealed class GetMeetingReportValidator : AbstractValidator<GetMeetingReport>
{
    public GetMeetingReportValidator()
    {
        RuleFor(x => x.To).GreaterThan(x => x.From).When(x => x.From is not null && x.To is not null).WithMessage(_ => Texts.T("结束日期（to）必须晚于开始日期（from）。", "'to' must be after 'from'."));
        RuleFor(x => x.To)
            .Must((request, to) => to!.Value.DayNumber - request.From!.Value.DayNumber <= GetMeetingReport.MaxDays)
            .When(x => x.From is not null && x.To is not null)
            .WithMessage(_ => Texts.T($"报告期最长 {GetMeetingReport.MaxDays} 天。", $"A report covers at most {GetMeetingReport.MaxDays} days."));
    }
}

internal sealed class GetMeetingReportHandler(IEnumerable<IDepartmentReportSource> sources, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<GetMeetingReport, Result<DepartmentReport>>
{
    public async Task<Result<DepartmentReport>> Handle(GetMeetingReport request, CancellationToken cancellationToken)
    {
        var period = ReportDays.Period(request.From, request.To, clock.GetUtcNow(), tenant.TimeZone);
        if (!period.IsSuccess)
        {
            return period.Error!;
        }

        var source = sources.Single(s => s.ModuleId == EngineeringModule.Department);
        return await source.BuildAsync(period.Value.InZone(tenant.TimeZone), cancellationToken);
    }
}

internal static class GetMeetingReportEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("reports/meeting", async (DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetMeetingReport(from, to), cancellationToken)).ToOk())
            .WithName(nameof(GetMeetingReport))
            .RequireAuthorization(EngineeringPermissions.Read);
}
