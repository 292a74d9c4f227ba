namespace Estate.SharedKernel.Tenancy;

/// <summary>A user of the current company, as the platform keeps it; the e-mail address is where mail to them goes.</summary>
public sealed record UserSummary(Guid Id, string DisplayName, string Role, string? Department, string? Email = null);

/// <summary>The platform's users, seen through the current tenant.</summary>
public interface IUserDirectory
{
    /// <summary>The user if they belong to the current company; otherwise null.</summary>
    Task<UserSummary?> FindAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>The current company's users by name (only a department's when one is given), e.g. to pick an assignee.</summary>
    Task<IReadOnlyList<UserSummary>> ListAsync(string? department = null, CancellationToken cancellationToken = default);
}
