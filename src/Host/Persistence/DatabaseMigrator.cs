using Estate.Host.Platform.Data;
using Estate.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Estate.Host.Persistence;

/// <summary>Applies the platform's migrations, then every loaded module's, each in its own schema and history table.</summary>
internal sealed class DatabaseMigrator(IServiceScopeFactory scopes, IModuleCatalog catalog, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.MigrateAsync(cancellationToken);
        foreach (var module in catalog.Modules.Where(m => m.Module.DbContextType is not null))
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(module.Module.DbContextType!);
            await context.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Module {ModuleId} migrated (schema {Schema})", module.Manifest.Id, module.Manifest.Schema);
        }
    }
}
