using Autofac;
using Autofac.Extensions.DependencyInjection;
using BenchmarkDotNet.Attributes;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Estate.Benchmarks;

/// <summary>
/// What the MediatR pipeline costs a request: a handler called directly, against the same handler sent through
/// <see cref="IMediator"/> with the Host's four behaviours (logging, module gate, validation, unit of work), wired
/// into Autofac exactly as HostComposition wires them, one lifetime scope per request as ASP.NET Core makes one.
/// Nothing touches a database: the module switch answers from memory (as the Host's does from its cache) and the
/// command belongs to a module without a DbContext, so the unit of work only decides there is nothing to wrap.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private static readonly Guid Company = Guid.CreateVersion7();
    private readonly OpenTicket _command = new(Guid.CreateVersion7(), "漏水", 3);
    private readonly FindTicket _query = new(Guid.CreateVersion7());
    private IContainer _container = null!;
    private OpenTicketHandler _handler = null!;

    [GlobalSetup]
    public void Setup()
    {
        var container = new ContainerBuilder();
        container.RegisterType<Mediator>().As<IMediator>().InstancePerLifetimeScope();
        container.Register<ServiceFactory>(context =>
        {
            var scope = context.Resolve<IComponentContext>();
            return type => scope.Resolve(type);
        }).InstancePerLifetimeScope();
        container.RegisterGeneric(typeof(LoggingBehavior<,>)).As(typeof(IPipelineBehavior<,>));
        container.RegisterGeneric(typeof(ModuleEnabledBehavior<,>)).As(typeof(IPipelineBehavior<,>));
        container.RegisterGeneric(typeof(ValidationBehavior<,>)).As(typeof(IPipelineBehavior<,>));
        container.RegisterGeneric(typeof(UnitOfWorkBehavior<,>)).As(typeof(IPipelineBehavior<,>));

        // The module registers its handlers and validators itself, as every module does in the Host.
        var module = new BenchModule();
        var services = new ServiceCollection();
        module.ConfigureServices(services, new ConfigurationBuilder().Build());
        container.Populate(services);
        module.ConfigureContainer(container);

        // The Host logs at Information, so the logging behaviour's Debug line is skipped as in production.
        var loggers = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Information));
        container.RegisterInstance(loggers).As<ILoggerFactory>();
        container.RegisterGeneric(typeof(Logger<>)).As(typeof(ILogger<>)).SingleInstance();
        container.RegisterInstance(new BenchCatalog()).As<IModuleCatalog>();
        container.RegisterInstance(new AllSwitchedOn()).As<IModuleSwitches>();
        container.Register(_ =>
        {
            var tenant = new TenantContext();
            tenant.Set(Company, null, true, [], "Asia/Shanghai");
            return tenant;
        }).As<ITenantContext>().InstancePerLifetimeScope();
        _container = container.Build();
        _handler = new OpenTicketHandler();
    }

    [GlobalCleanup]
    public void Cleanup() => _container.Dispose();

    [Benchmark(Description = "command: handler called directly")]
    public Task<Result<Guid>> Direct() => _handler.Handle(_command, CancellationToken.None);

    [Benchmark(Baseline = true, Description = "command: handler resolved in a request scope")]
    public async Task<Result<Guid>> DirectInScope()
    {
        await using var scope = _container.BeginLifetimeScope();
        return await scope.Resolve<IRequestHandler<OpenTicket, Result<Guid>>>().Handle(_command, CancellationToken.None);
    }

    [Benchmark(Description = "command: IMediator.Send through the 4 behaviours")]
    public async Task<Result<Guid>> Pipeline()
    {
        await using var scope = _container.BeginLifetimeScope();
        return await scope.Resolve<IMediator>().Send(_command, CancellationToken.None);
    }

    [Benchmark(Description = "query: IMediator.Send through the 4 behaviours")]
    public async Task<Result<string>> PipelineQuery()
    {
        await using var scope = _container.BeginLifetimeScope();
        return await scope.Resolve<IMediator>().Send(_query, CancellationToken.None);
    }

    private sealed class BenchCatalog : IModuleCatalog
    {
        private readonly LoadedModule _module = new(new BenchModule(), typeof(BenchModule).Assembly, null, AppContext.BaseDirectory);

        public IReadOnlyList<LoadedModule> Modules => [_module];

        public LoadedModule? FindOwner(Type type) => _module.Owns(type) ? _module : null;
    }

    private sealed class AllSwitchedOn : IModuleSwitches
    {
        public ValueTask<bool> IsEnabledAsync(Guid organizationId, string moduleId, CancellationToken cancellationToken = default) => ValueTask.FromResult(true);
    }
}

/// <summary>A module without a DbContext, owner of the benchmark's requests.</summary>
public sealed class BenchModule : ModuleBase
{
    public override ModuleManifest Manifest { get; } = new("bench", "基准", "Bench", new Version(1, 0), "bench", new Version(1, 0), []);
}

public sealed record OpenTicket(Guid PropertyId, string Title, int Priority) : ICommand<Result<Guid>>;

public sealed class OpenTicketValidator : AbstractValidator<OpenTicket>
{
    public OpenTicketValidator()
    {
        RuleFor(x => x.PropertyId).NotEmpty();
        RuleFor(x => x.Title).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Priority).InclusiveBetween(1, 4);
    }
}

public sealed class OpenTicketHandler : IRequestHandler<OpenTicket, Result<Guid>>
{
    private static readonly Task<Result<Guid>> Opened = Task.FromResult<Result<Guid>>(Guid.CreateVersion7());

    public Task<Result<Guid>> Handle(OpenTicket request, CancellationToken cancellationToken) => Opened;
}

public sealed record FindTicket(Guid Id) : IRequest<Result<string>>;

public sealed class FindTicketHandler : IRequestHandler<FindTicket, Result<string>>
{
    private static readonly Task<Result<string>> Found = Task.FromResult<Result<string>>("漏水");

    public Task<Result<string>> Handle(FindTicket request, CancellationToken cancellationToken) => Found;
}
