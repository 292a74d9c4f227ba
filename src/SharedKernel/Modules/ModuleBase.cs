using Autofac;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Estate.SharedKernel.Dashboard;
using Estate.SharedKernel.Jobs;
using Estate.SharedKernel.Messaging;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Seeding;
using Estate.SharedKernel.Ui;
using FluentValidation;
using MediatR;

namespace Estate.SharedKernel.Modules;

/// <summary>
/// Registers what every module has by convention: its MediatR handlers, validators, integration-event
/// handlers, meeting-report source and dashboard source. A module overrides only what it adds.
/// </summary>
public abstract class ModuleBase : IModule
{
    public abstract ModuleManifest Manifest { get; }

    public virtual IReadOnlyList<ModulePermission> Permissions => [];

    public virtual Type? DbContextType => null;

    public virtual IReadOnlyList<ModuleMenuEntry> MenuEntries => [];

    public virtual void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Scan(scan => scan
            .FromAssemblies(GetType().Assembly)
            // Singletons: building a validator's rules costs more than validating (issue 7's pipeline benchmark);
            // validators are stateless and thread-safe, and take only singletons (TimeProvider, the catalog).
            .AddClasses(c => c.AssignableTo(typeof(IValidator<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithSingletonLifetime()
            .AddClasses(c => c.AssignableTo(typeof(IIntegrationEventHandler<>)), publicOnly: false)
            .AsSelfWithInterfaces()
            .WithScopedLifetime()
            .AddClasses(c => c.AssignableTo<IDepartmentReportSource>(), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime()
            .AddClasses(c => c.AssignableTo<IDashboardSource>(), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime()
            .AddClasses(c => c.AssignableTo<IScaleDataGenerator>(), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime()
            .AddClasses(c => c.AssignableTo<IReportFiguresRefresher>(), publicOnly: false)
            .As<IReportFiguresRefresher>()
            .WithScopedLifetime());
    }

    public virtual void ConfigureContainer(ContainerBuilder builder)
    {
        var assembly = GetType().Assembly;
        builder.RegisterAssemblyTypes(assembly).AsClosedTypesOf(typeof(IRequestHandler<,>)).InstancePerDependency();
        builder.RegisterAssemblyTypes(assembly).AsClosedTypesOf(typeof(INotificationHandler<>)).InstancePerDependency();
        builder.RegisterAssemblyTypes(assembly).AssignableTo<ITenantJob>().AsSelf().InstancePerDependency();
    }

    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public virtual void RegisterRecurringJobs(IRecurringJobRegistry jobs)
    {
    }
}
