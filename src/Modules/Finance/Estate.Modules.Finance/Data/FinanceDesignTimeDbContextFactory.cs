using Estate.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Estate.Modules.Finance.Data;

/// <summary>Lets `dotnet ef` build the context without the Host.</summary>
internal sealed class FinanceDesignTimeDbContextFactory : IDesignTimeDbContextFactory<FinanceDbContext>
{
    public FinanceDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextRegistration.DesignTimeOptions<FinanceDbContext>(FinanceDbContext.SchemaName));
}
