using System.Diagnostics;
using Estate.Host.Modules;
using Estate.Host.Security;
using Estate.SharedKernel.Dashboard;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Estate.Host.Platform.Features.Dashboard;

/// <summary>
/// The home dashboard: every switched-on department's headline figures and charts for company-local days
/// [from, to] (both inclusive; default: the current month) and one property or all the caller may see.
/// </summary>
internal sealed record GetDashboard(DateOnly? From, DateOnly? To, Guid? PropertyId) : IRequest<Result<DashboardView>>;

/// <summary>The dashboard as shown: the period asked for, the company's today (for relative periods) and one part per department.</summary>
internal sealed record DashboardView(DateOnly From, DateOnly To, DateOnly Today, Guid? PropertyId, IReadOnlyList<DashboardPart> Sections);

/// <summary>A department's part; when its source failed, <see cref="Available"/> is false and the section is null.</summary>
internal sealed record DashboardPart(string ModuleId, LocalizedText Name, bool Available, string? Reason, DashboardSection? Section);

internal sealed class GetDashboardValidator : AbstractValidator<GetDashboard>
{
    public const int MaxDays = ReportDays.MaxDays;

    public GetDashboardValidator()
    {
        RuleFor(r => r.To).GreaterThanOrEqualTo(r => r.From).When(r => r.From is not null && r.To is not null)
            .WithMessage(_ => Texts.T("结束日期（to）不能早于开始日期（from）。", "'to' must not be before 'from'."));
        RuleFor(r => r.To).Must((r, to) => to!.Value.DayNumber - r.From!.Value.DayNumber < MaxDays)
            .When(r => r.From is not null && r.To is not null && r.To >= r.From)
            .WithMessage(_ => Texts.T($"看板的统计期最长 {MaxDays} 天。", $"A dashboard period is at most {MaxDays} days."));
        RuleFor(r => r.From).NotNull().When(r => r.To is not null).WithMessage(_ => Texts.T("填写结束日期（to）时须同时填写开始日期（from）。", "Give 'from' with 'to'."));
        RuleFor(r => r.To).NotNull().When(r => r.From is not null).WithMessage(_ => Texts.T("填写开始日期（from）时须同时填写结束日期（to）。", "Give 'to' with 'from'."));
        RuleFor(r => r.PropertyId).NotEqual(Guid.Empty);
    }
}

/// <summary>
/// Asks the dashboard source of every module switched on for the company, side by side, each in a DI scope of its
/// own with the caller's tenant. A source that fails leaves its department marked unavailable (logged), never the page.
/// </summary>
internal sealed class GetDashboardHandler(
    IEnumerable<IDashboardSource> sources,
    ModuleCatalog catalog,
    ModuleSwitches switches,
    IPropertyDirectory properties,
    IServiceScopeFactory scopes,
    ITenantContext tenant,
    TimeProvider clock,
    ILogger<GetDashboardHandler> logger) : IRequestHandler<GetDashboard, Result<DashboardView>>
{
    public static string Failed => Texts.T("该部门的数据未能生成，错误已记录。", "The department's figures could not be built; the error is logged.");

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public async Task<Result<DashboardView>> Handle(GetDashboard request, CancellationToken cancellationToken)
    {
        if (request.PropertyId is { } propertyId && await properties.FindAsync(propertyId, cancellationToken) is null)
        {
            return Error.NotFound(new("小区", "Property"), propertyId);
        }

        var zone = tenant.TimeZone;
        var today = CompanyCalendar.DateOf(clock.GetUtcNow(), zone);
        var (from, to) = request.From is { } f && request.To is { } t ? (f, t) : CurrentMonth(today);
        var query = new DashboardQuery(
            new ReportPeriod(CompanyCalendar.StartOf(from, zone), CompanyCalendar.StartOf(to.AddDays(1), zone)), request.PropertyId);

        var enabled = await switches.EnabledModulesAsync(tenant.OrganizationId, cancellationToken);
        var parts = new List<Task<DashboardPart>>();
        foreach (var module in catalog.Modules.Where(m => enabled.Contains(m.Manifest.Id)).OrderBy(m => m.Manifest.Id, StringComparer.Ordinal))
        {
            var sourceType = sources.FirstOrDefault(s => module.Owns(s.GetType()))?.GetType();
            if (sourceType is not null)
            {
                parts.Add(BuildAsync(module.Manifest.Id, new LocalizedText(module.Manifest.NameZh, module.Manifest.NameEn), sourceType, query, cancellationToken));
            }
        }

        return new DashboardView(from, to, today, request.PropertyId, await Task.WhenAll(parts));
    }

    private static (DateOnly From, DateOnly To) CurrentMonth(DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1);
        return (first, first.AddMonths(1).AddDays(-1));
    }

    private async Task<DashboardPart> BuildAsync(string moduleId, LocalizedText name, Type sourceType, DashboardQuery query, CancellationToken cancellationToken)
    {
        // Leave the caller's thread at once, so the sources run side by side.
        await Task.Yield();
        var started = Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await using var scope = scopes.CreateTenantScope(tenant);
            var source = scope.ServiceProvider.GetServices<IDashboardSource>().First(s => s.GetType() == sourceType);
            var section = await source.BuildAsync(query, timeout.Token);
            logger.LogDebug("Dashboard of {ModuleId} built in {ElapsedMs:0.0} ms", moduleId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return new DashboardPart(moduleId, name, true, null, section);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Dashboard of {ModuleId} unavailable: {Reason}", moduleId, exception.Message);
            return new DashboardPart(moduleId, name, false, Failed, null);
        }
    }
}

internal static class GetDashboardEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/dashboard", async Task<Results<Ok<DashboardView>, ProblemHttpResult>> (DateOnly? from, DateOnly? to, Guid? propertyId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetDashboard(from, to, propertyId), ct)).ToOk())
            .RequireAuthorization(PlatformPermissions.ReadCompany)
            .WithTags("Dashboard")
            .WithName("GetDashboard");
}
