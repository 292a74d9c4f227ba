namespace Estate.SharedKernel.Modules;

/// <summary>
/// Whether another module can be asked for something now: installed in this Host and switched on for the
/// current company. A module checks before it sends a request through another module's contracts, and
/// carries on without it otherwise (a complaint stays with customer service, a project stays unfunded).
/// </summary>
public interface IModuleAvailability
{
    ValueTask<bool> IsAvailableAsync(string moduleId, CancellationToken cancellationToken = default);
}
