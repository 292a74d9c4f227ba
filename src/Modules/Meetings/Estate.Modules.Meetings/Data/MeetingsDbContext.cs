using Estate.Modules.Meetings.Domain;
using Estate.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Data;

internal sealed class MeetingsDbContext(DbContextOptions<MeetingsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "meetings";

    public override string Schema => SchemaName;

    public DbSet<MeetingSeries> Series => Set<MeetingSeries>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<Participant> Participants => Set<Participant>();

    public DbSet<ReportComment> ReportComments => Set<ReportComment>();

    public DbSet<ReportSnapshot> ReportSnapshots => Set<ReportSnapshot>();

    public DbSet<Problem> Problems => Set<Problem>();

    public DbSet<MeetingDecision> Decisions => Set<MeetingDecision>();

    public DbSet<ActionItem> ActionItems => Set<ActionItem>();

    public DbSet<ResourceRequest> ResourceRequests => Set<ResourceRequest>();

    public DbSet<Minutes> Minutes => Set<Minutes>();

    public DbSet<MinutesDelivery> MinutesDeliveries => Set<MinutesDelivery>();

    public DbSet<MinutesReading> MinutesReadings => Set<MinutesReading>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<MeetingSettings> Settings => Set<MeetingSettings>();

    /// <summary>Loads an entity to change; saving it fails with a concurrency error unless its row is still at <paramref name="version"/>.</summary>
    public async Task<T?> FindToChangeAsync<T>(IQueryable<T> query, uint version, CancellationToken cancellationToken)
        where T : class
    {
        var entity = await query.FirstOrDefaultAsync(cancellationToken);
        if (entity is not null)
        {
            Entry(entity).Property<uint>("Version").OriginalValue = version;
        }

        return entity;
    }
}
