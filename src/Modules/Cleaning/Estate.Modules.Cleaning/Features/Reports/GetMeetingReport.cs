using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Domain;
using Estate.Modules.Cleaning.Reports;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Cleaning.Features.Reports;

/// <summary>Cleaning's meeting report for [from, to) in local dates (<c>to</c> exclusive); the last 30 days, today included, by default.</summary>
internal sealed record GetMeetingReport(DateOnly? From, DateOnly? To) : IRequest<Result<DepartmentReport>>;

internal sealed class GetMeetingReportHandler(CleaningMeetingReport report, ITenantContext tenant, TimeProvider clock)
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
            .WithName(nameof(GetMeetingReport))
            .RequireAuthorization(CleaningPermissions.Read);
}
