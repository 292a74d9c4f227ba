using Autofac;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Estate.SharedKernel.Jobs;
using Estate.SharedKernel.Ui;

namespace Estate.SharedKernel.Modules;

/// <summary>
/// The contract between the Host and a department module. The Host finds the one implementation in
/// each module assembly, reads its manifest, and calls the hooks in this order:
/// services, container, endpoints, recurring jobs.
/// </summary>
public interface IModule
{
    ModuleManifest Manifest { get; }

    IReadOnlyList<ModulePermission> Permissions { get; }

    /// <summary>The module's DbContext, whose migrations the Host applies; null for a module without data.</summary>
    Type? DbContextType { get; }

    /// <summary>Registrations on the service collection (DbContext, Scrutor scans), before Autofac populates it.</summary>
    void ConfigureServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>The module's Autofac registrations.</summary>
    void ConfigureContainer(ContainerBuilder builder);

    /// <summary>Maps the module's endpoints on a group at /api/{id}, already gated by the module switch.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints);

    void RegisterRecurringJobs(IRecurringJobRegistry jobs);

    /// <summary>The module's links in the web UI's menu; its pages are the routable components of its assembly.</summary>
    IReadOnlyList<ModuleMenuEntry> MenuEntries { get; }
}
