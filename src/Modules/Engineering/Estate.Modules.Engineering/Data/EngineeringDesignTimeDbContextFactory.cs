using Estate.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Estate.Modules.Engineering.Data;

/// <summary>Lets `dotnet ef` build the context without the Host.</summary>
internal sealed class EngineeringDesignTimeDbContextFactory : IDesignTimeDbContextFactory<EngineeringDbContext>
{
    public EngineeringDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextRegistration.DesignTimeOptions<EngineeringDbContext>(EngineeringDbContext.SchemaName));
}
