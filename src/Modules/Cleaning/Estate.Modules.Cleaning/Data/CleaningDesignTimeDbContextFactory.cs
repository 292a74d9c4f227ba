using Estate.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Estate.Modules.Cleaning.Data;

/// <summary>Lets `dotnet ef` build the context without the Host.</summary>
internal sealed class CleaningDesignTimeDbContextFactory : IDesignTimeDbContextFactory<CleaningDbContext>
{
    public CleaningDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextRegistration.DesignTimeOptions<CleaningDbContext>(CleaningDbContext.SchemaName));
}
