namespace Estate.SharedKernel.Seeding;

/// <summary>The demo company the Host has created, handed to each module to add its sample records.</summary>
public sealed record DemoCompany(Guid OrganizationId, IReadOnlyList<DemoProperty> Properties, IReadOnlyList<DemoUser> Users);

public sealed record DemoProperty(Guid Id, string Name);

public sealed record DemoUser(Guid Id, string Email, string DisplayName, string Role, string? Department);

/// <summary>
/// A module's sample data for the demo company (run.sh with Seed:Demo=true). Runs with the demo company
/// as tenant, once per start-up: it must add nothing when its data is already there.
/// </summary>
public interface IDemoDataSeeder
{
    /// <summary>True for a seeder that uses other modules' data (meetings freezing their reports): it runs after all the others.</summary>
    bool UsesOtherModulesData => false;

    Task SeedAsync(DemoCompany company, CancellationToken cancellationToken);
}
