using Estate.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Estate.Host.Platform.Data;

/// <summary>Lets `dotnet ef migrations add` build the platform context without starting the Host.</summary>
internal sealed class PlatformDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PlatformDbContext>
{
    public PlatformDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextRegistration.DesignTimeOptions<PlatformDbContext>(PlatformDbContext.Schema));
}
