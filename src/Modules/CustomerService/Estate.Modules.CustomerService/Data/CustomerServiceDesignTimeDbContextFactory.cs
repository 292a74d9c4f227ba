using Estate.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Estate.Modules.CustomerService.Data;

/// <summary>Lets `dotnet ef` build the context without the Host.</summary>
internal sealed class CustomerServiceDesignTimeDbContextFactory : IDesignTimeDbContextFactory<CustomerServiceDbContext>
{
    public CustomerServiceDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextRegistration.DesignTimeOptions<CustomerServiceDbContext>(CustomerServiceDbContext.SchemaName));
}
