using Estate.Modules.Engineering.Contracts;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Messaging;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Persistence;
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

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("pings", async (SendPing request, IMediator mediator, CancellationToken ct) => (await mediator.Send(request, ct)).ToOk())
            .RequireAuthorization(Permission);
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
}

internal sealed class ProbeDesignTimeDbContextFactory : IDesignTimeDbContextFactory<ProbeDbContext>
{
    public ProbeDbContext CreateDbContext(string[] args) => new(ModuleDbContextRegistration.DesignTimeOptions<ProbeDbContext>("probe"));
}
