using Estate.Modules.Engineering.Contracts;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Messaging;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Security;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Estate.Modules.Probe;

public sealed class ProbeModule : ModuleBase
{
    public const string Permission = "probe.use";

    public override ModuleManifest Manifest { get; } = new(
        "probe", "测试探针", "Test probe", new Version(1, 0), "probe", new Version(1, 0), ["Estate.Modules.Engineering.Contracts"]);

    public override IReadOnlyList<ModulePermission> Permissions { get; } = [new(Permission, "Use the test probe", PermissionGrants.EveryoneInCompany)];

    public override Type? DbContextType => typeof(ProbeDbContext);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        base.ConfigureServices(services, configuration);
        services.AddModuleDbContext<ProbeDbContext>(configuration, "probe");
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("pings", async (SendPing request, IMediator mediator, CancellationToken ct) => (await mediator.Send(request, ct)).ToOk())
            .RequireAuthorization(Permission);
        endpoints.MapPost("figures", async (RecordFigure request, IMediator mediator, CancellationToken ct) => (await mediator.Send(request, ct)).ToOk())
            .RequireAuthorization(Permission);
    }
}

/// <summary>Records a figure the probe's meeting report counts, e.g. ("satisfaction", 86) for a property at a time.</summary>
public sealed record RecordFigure(Guid PropertyId, string Code, decimal Value, DateTimeOffset RecordedAt) : ICommand<Result<Done>>;

internal sealed class RecordFigureHandler(ProbeDbContext db, ITenantContext tenant) : IRequestHandler<RecordFigure, Result<Done>>
{
    public Task<Result<Done>> Handle(RecordFigure request, CancellationToken cancellationToken)
    {
        db.Figures.Add(new ProbeFigure(tenant.OrganizationId, Guid.CreateVersion7(), request.PropertyId, request.Code, request.Value, request.RecordedAt));
        return Task.FromResult<Result<Done>>(new Done());
    }
}

/// <summary>A figure of the probe's own, standing in for a department's records in meeting tests.</summary>
internal sealed class ProbeFigure(Guid organizationId, Guid id, Guid propertyId, string code, decimal value, DateTimeOffset recordedAt)
    : Estate.SharedKernel.Domain.PropertyEntity(organizationId, id, propertyId)
{
    public string Code { get; private set; } = code;

    public decimal Value { get; private set; } = value;

    public DateTimeOffset RecordedAt { get; private set; } = recordedAt;
}

/// <summary>
/// The probe's meeting report: per code, the average of the figures recorded in the period, the previous period
/// of equal length and each property's average; "satisfaction" has the target ≥ 90 (%).
/// </summary>
internal sealed class ProbeReportSource(ProbeDbContext db, TimeProvider clock) : IDepartmentReportSource
{
    public string ModuleId => "probe";

    public async Task<DepartmentReport> BuildAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var previousFrom = period.From - (period.To - period.From);
        var rows = await db.Figures.AsNoTracking()
            .Where(f => f.RecordedAt >= previousFrom && f.RecordedAt < period.To)
            .Select(f => new { f.Code, f.PropertyId, f.Value, Current = f.RecordedAt >= period.From })
            .ToListAsync(cancellationToken);
        var indicators = rows.GroupBy(r => r.Code).OrderBy(g => g.Key).Select(g => new ReportIndicator(
            g.Key,
            g.Key == "satisfaction" ? "满意度" : g.Key,
            g.Key,
            g.Where(r => r.Current).Select(r => (decimal?)r.Value).Average(),
            g.Where(r => !r.Current).Select(r => (decimal?)r.Value).Average(),
            g.Key == "satisfaction" ? "%" : "",
            g.Key == "satisfaction" ? new IndicatorTarget(TargetComparison.AtLeast, 90) : null,
            [.. g.Where(r => r.Current).GroupBy(r => r.PropertyId).Select(p => new PropertyFigure(p.Key, p.Key.ToString(), p.Average(r => r.Value)))])).ToList();
        return new DepartmentReport(
            ModuleId, "测试探针报告", "Probe report", period, clock.GetUtcNow(), indicators,
            [$"{rows.Count(r => r.Current)} figures recorded"],
            [.. rows.Where(r => r.Current && r.Value < 60).Select(r => new OpenProblem($"Low {r.Code}", r.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null))]);
    }
}

/// <summary>An event the probe publishes to itself.</summary>
public sealed record ProbePinged(Guid OrganizationId, Guid PingId) : IIntegrationEvent;

/// <summary>Publishes a ping, then fails when asked to: a failed command must publish nothing.</summary>
public sealed record SendPing(Guid PingId, bool FailAfterPublishing) : ICommand<Result<Done>>;

internal sealed class SendPingHandler(ProbeDbContext db, ITenantContext tenant) : IRequestHandler<SendPing, Result<Done>>
{
    public Task<Result<Done>> Handle(SendPing request, CancellationToken cancellationToken)
    {
        db.Publish(new ProbePinged(tenant.OrganizationId, request.PingId));
        Result<Done> result = request.FailAfterPublishing ? Error.Conflict("probe_failed", "Failed on purpose.") : new Done();
        return Task.FromResult(result);
    }
}

/// <summary>What the probe received, one row per delivery that ran its handler.</summary>
internal sealed class ReceivedEvent(Guid organizationId, Guid id, string kind, Guid subjectId) : Estate.SharedKernel.Domain.TenantEntity(organizationId, id)
{
    public string Kind { get; private set; } = kind;

    public Guid SubjectId { get; private set; } = subjectId;
}

internal sealed class WorkOrderOpenedReceiver(ProbeDbContext db, ITenantContext tenant) : IIntegrationEventHandler<WorkOrderOpened>
{
    public Task HandleAsync(WorkOrderOpened integrationEvent, CancellationToken cancellationToken)
    {
        db.Add(new ReceivedEvent(tenant.OrganizationId, Guid.CreateVersion7(), nameof(WorkOrderOpened), integrationEvent.WorkOrderId));
        return Task.CompletedTask;
    }
}

internal sealed class ProbePingedReceiver(ProbeDbContext db, ITenantContext tenant) : IIntegrationEventHandler<ProbePinged>
{
    public Task HandleAsync(ProbePinged integrationEvent, CancellationToken cancellationToken)
    {
        db.Add(new ReceivedEvent(tenant.OrganizationId, Guid.CreateVersion7(), nameof(ProbePinged), integrationEvent.PingId));
        return Task.CompletedTask;
    }
}

internal sealed class ProbeDbContext(DbContextOptions<ProbeDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "probe";

    public DbSet<ReceivedEvent> ReceivedEvents => Set<ReceivedEvent>();

    public DbSet<ProbeFigure> Figures => Set<ProbeFigure>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<ProbeFigure>().HasIndex(f => new { f.OrganizationId, f.RecordedAt });
    }
}

internal sealed class ProbeDesignTimeDbContextFactory : IDesignTimeDbContextFactory<ProbeDbContext>
{
    public ProbeDbContext CreateDbContext(string[] args) => new(ModuleDbContextRegistration.DesignTimeOptions<ProbeDbContext>("probe"));
}
