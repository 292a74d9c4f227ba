using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Estate.SharedKernel.Persistence;

public static class ModuleDbContextRegistration
{
    public const string ConnectionStringName = "Estate";

    /// <summary>
    /// Registers a pooled factory for the module's DbContext and a scoped context bound to the scope's
    /// tenant and clock. Migrations and their history table live in the module's schema.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, IConfiguration configuration, string schema)
        where TContext : ModuleDbContext
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not configured.");
        services.AddPooledDbContextFactory<TContext>(options => Configure(options, connectionString, schema));
        services.AddScoped(provider =>
        {
            var context = provider.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            context.AttachToScope(provider.GetRequiredService<ITenantContext>(), provider.GetRequiredService<TimeProvider>());
            return context;
        });
        return services;
    }

    /// <summary>The one place that sets up a module context, shared by the Host and design-time factories.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString, string schema) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", schema))
            .UseSnakeCaseNamingConvention();

    /// <summary>Options for design-time factories (dotnet ef), which run without the Host.</summary>
    public static DbContextOptions<TContext> DesignTimeOptions<TContext>(string schema)
        where TContext : DbContext
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Estate")
            ?? "Host=127.0.0.1;Port=55432;Database=estate;Username=postgres";
        return (DbContextOptions<TContext>)Configure(new DbContextOptionsBuilder<TContext>(), connectionString, schema).Options;
    }
}
