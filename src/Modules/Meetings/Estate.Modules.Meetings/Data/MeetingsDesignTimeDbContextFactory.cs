using Estate.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Estate.Modules.Meetings.Data;

/// <summary>Lets `dotnet ef` build the context without the Host.</summary>
internal sealed class MeetingsDesignTimeDbContextFactory : IDesignTimeDbContextFactory<MeetingsDbContext>
{
    public MeetingsDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextRegistration.DesignTimeOptions<MeetingsDbContext>(MeetingsDbContext.SchemaName));
}
