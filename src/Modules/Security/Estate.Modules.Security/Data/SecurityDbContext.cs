using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Data;

internal sealed class SecurityDbContext(DbContextOptions<SecurityDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "security";

    public override string Schema => SchemaName;

    public DbSet<GuardPost> Posts => Set<GuardPost>();

    public DbSet<Shift> Shifts => Set<Shift>();

    public DbSet<RosterEntry> Roster => Set<RosterEntry>();

    public DbSet<PatrolRoute> PatrolRoutes => Set<PatrolRoute>();

    public DbSet<PatrolCheckpoint> PatrolCheckpoints => Set<PatrolCheckpoint>();

    public DbSet<PatrolPlan> PatrolPlans => Set<PatrolPlan>();

    public DbSet<PatrolTask> PatrolTasks => Set<PatrolTask>();

    public DbSet<PatrolTaskCheckpoint> PatrolTaskCheckpoints => Set<PatrolTaskCheckpoint>();

    public DbSet<PatrolCheckIn> PatrolCheckIns => Set<PatrolCheckIn>();

    public DbSet<AccessProblem> AccessProblems => Set<AccessProblem>();

    public DbSet<FireSafetyArea> FireSafetyAreas => Set<FireSafetyArea>();

    public DbSet<InspectionFrequency> InspectionFrequencies => Set<InspectionFrequency>();

    public DbSet<FireInspection> FireInspections => Set<FireInspection>();

    public DbSet<FireInspectionItem> FireInspectionItems => Set<FireInspectionItem>();

    public DbSet<FireSafetyFinding> FireSafetyFindings => Set<FireSafetyFinding>();

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<EventSecurityPlan> EventSecurityPlans => Set<EventSecurityPlan>();

    public DbSet<EventSecurityPost> EventSecurityPosts => Set<EventSecurityPost>();

    /// <summary>Loads a row to change; saving it fails with a concurrency error unless the row is still at <paramref name="version"/>.</summary>
    public async Task<T?> FindToChangeAsync<T>(IQueryable<T> rows, Guid id, uint version, CancellationToken cancellationToken)
        where T : Estate.SharedKernel.Domain.TenantEntity
    {
        var row = await rows.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (row is not null)
        {
            Entry(row).Property<uint>("Version").OriginalValue = version;
        }

        return row;
    }
}
