using Estate.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Estate.Modules.Security.Data;

/// <summary>Lets `dotnet ef` build the context without the Host.</summary>
internal sealed class SecurityDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SecurityDbContext>
{
    public SecurityDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextRegistration.DesignTimeOptions<SecurityDbContext>(SecurityDbContext.SchemaName));
}
