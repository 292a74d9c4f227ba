using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Domain;
using Estate.Modules.Security.Reports;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Security.Features.Reports;

/// <summary>
/// Security's meeting report for company-local days [from, to): <c>to</c> is the first day not covered. Without
/// them, the last 30 days up to and including today.
/// </summary>
internal sealed record GetMeetingReport(DateOnly? From, DateOnly? To) : IRequest<Result<DepartmentReport>>;

internal sealed class GetMeetingReportValidator : AbstractValidator<GetMeetingReport>
{
    public const int MaxDays = 366;

    public GetMeetingReportValidator()
    {
        RuleFor(x => x.To).GreaterThan(x => x.From).When(x => x.From is not null && x.To is not null).WithMessage(_ => Texts.T("结束日期（to）必须晚于开始日期（from）。", "'to' is after 'from'."));
        RuleFor(x => x.To).LessThanOrEqualTo(x => x.From!.Value.AddDays(MaxDays)).When(x => x.From is not null && x.To is not null)
            .WithMessage(_ => Texts.T($"报告期最长 {MaxDays} 天。", $"A report covers at most {MaxDays} days."));
    }
}

internal sealed class GetMeetingReportHandler(SecurityMeetingReport report, ITenantContext tenant, TimeProvider clock)
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
            .WithName("GetSecurityMeetingReport")
            .RequireAuthorization(SecurityPermissions.Read);
}
