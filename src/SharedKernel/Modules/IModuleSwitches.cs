namespace Estate.SharedKernel.Modules;

/// <summary>Which modules a company has switched on (platform.organization_modules).</summary>
public interface IModuleSwitches
{
    ValueTask<bool> IsEnabledAsync(Guid organizationId, string moduleId, CancellationToken cancellationToken = default);
}
