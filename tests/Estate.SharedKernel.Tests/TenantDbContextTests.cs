using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Tenancy;
using Estate.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Estate.SharedKernel.Tests;

/// <summary>
/// The module DbContext base on a real database, registered as modules register it (pooled): the tenant
/// filter follows each scope's tenant, and SaveChanges refuses another company's rows.
/// </summary>
public sealed class TenantDbContextTests : IAsyncLifetime
{
    private static readonly Guid CompanyA = Guid.CreateVersion7();
    private static readonly Guid CompanyB = Guid.CreateVersion7();
    private static readonly Guid NorthOfA = Guid.CreateVersion7();
    private static readonly Guid SouthOfA = Guid.CreateVersion7();

    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("kernel");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Estate"] = _database.ConnectionString })
            .Build();
        _services = new ServiceCollection()
            .AddScoped<TenantContext>()
            .AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>())
            .AddSingleton(TimeProvider.System)
            .AddModuleDbContext<NotesDbContext>(configuration, NotesDbContext.SchemaName)
            .BuildServiceProvider();

        await using var scope = Scope(CompanyA);
        await scope.ServiceProvider.GetRequiredService<NotesDbContext>().Database.EnsureCreatedAsync();
        await AddNoteAsync(CompanyA, NorthOfA, "A north");
        await AddNoteAsync(CompanyA, SouthOfA, "A south");
        await AddNoteAsync(CompanyB, Guid.CreateVersion7(), "B");
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_pooled_context_filters_by_the_tenant_of_the_scope_that_rented_it()
    {
        Assert.Equal(["A north", "A south"], await TextsSeenByAsync(CompanyA));
        Assert.Equal(["B"], await TextsSeenByAsync(CompanyB));
        Assert.Equal(["A north", "A south"], await TextsSeenByAsync(CompanyA));
    }

    [Fact]
    public async Task Without_a_tenant_nothing_is_seen()
    {
        await using var scope = _services.CreateAsyncScope();

        Assert.Empty(await scope.ServiceProvider.GetRequiredService<NotesDbContext>().Notes.ToListAsync());
    }

    [Fact]
    public async Task A_caller_scoped_to_some_properties_sees_only_their_rows()
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(CompanyA, null, allProperties: false, [SouthOfA], null);

        var texts = await scope.ServiceProvider.GetRequiredService<NotesDbContext>().Notes.Select(n => n.Text).ToListAsync();

        Assert.Equal(["A south"], texts);
    }

    [Fact]
    public async Task Saving_a_row_of_another_company_is_refused_and_stores_nothing()
    {
        await using var scope = Scope(CompanyA);
        var db = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
        db.Notes.Add(new Note(CompanyB, Guid.CreateVersion7(), Guid.CreateVersion7(), "planted"));

        await Assert.ThrowsAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT count(*) FROM kernel_notes.notes WHERE text = 'planted'"));
    }

    [Fact]
    public async Task Saving_without_a_tenant_is_refused()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
        db.Notes.Add(new Note(CompanyA, Guid.CreateVersion7(), NorthOfA, "no tenant"));

        await Assert.ThrowsAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task An_event_of_another_company_is_refused_by_the_outbox()
    {
        await using var scope = Scope(CompanyA);
        var db = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
        db.Publish(new NoteWritten(CompanyB));

        await Assert.ThrowsAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
    }

    private AsyncServiceScope Scope(Guid organizationId)
    {
        var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetSystem(organizationId);
        return scope;
    }

    private async Task AddNoteAsync(Guid organizationId, Guid propertyId, string text)
    {
        await using var scope = Scope(organizationId);
        var db = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
        db.Notes.Add(new Note(organizationId, Guid.CreateVersion7(), propertyId, text));
        await db.SaveChangesAsync();
    }

    private async Task<List<string>> TextsSeenByAsync(Guid organizationId)
    {
        await using var scope = Scope(organizationId);
        return await scope.ServiceProvider.GetRequiredService<NotesDbContext>().Notes.OrderBy(n => n.Text).Select(n => n.Text).ToListAsync();
    }
}

public sealed class Note(Guid organizationId, Guid id, Guid propertyId, string text) : PropertyEntity(organizationId, id, propertyId)
{
    public string Text { get; private set; } = text;
}

public sealed record NoteWritten(Guid OrganizationId) : Messaging.IIntegrationEvent;

public sealed class NotesDbContext(DbContextOptions<NotesDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "kernel_notes";

    public override string Schema => SchemaName;

    public DbSet<Note> Notes => Set<Note>();
}
