using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Text.Json.Serialization;
using Autofac;
using Estate.Host.Errors;
using Estate.Host.Jobs;
using Estate.Host.Messaging;
using Estate.Host.Modules;
using Estate.Host.Persistence;
using Estate.Host.Platform.Data;
using Estate.Host.Platform.Features;
using Estate.Host.Security;
using Estate.Host.Seeding;
using Estate.Host.Tenancy;
using Estate.Host.Ui;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using Hangfire;
using Hangfire.PostgreSql;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;
using Scalar.AspNetCore;

namespace Estate.Host;

/// <summary>The composition root: what the Host registers for itself and for the modules it loaded.</summary>
internal static class HostComposition
{
    private const string SignInScheme = "Estate";

    public static void AddEstatePlatform(this WebApplicationBuilder builder, ModuleCatalog catalog)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var connectionString = configuration.GetConnectionString(ModuleDbContextRegistration.ConnectionStringName)
            ?? throw new InvalidOperationException("ConnectionStrings:Estate is not configured.");

        services.AddSingleton(catalog);
        services.AddSingleton<IModuleCatalog>(catalog);
        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddSingleton<ModuleSwitches>();
        services.AddSingleton<CompanyTimeZones>();
        services.AddSingleton<IModuleSwitches>(sp => sp.GetRequiredService<ModuleSwitches>());
        services.AddScoped<IModuleAvailability, ModuleAvailability>();
        services.AddScoped<IPropertyDirectory, PropertyDirectory>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddScoped<PlatformSeeder>();
        services.AddSingleton<DemoSeeder>();
        services.AddSingleton<ScaleDataCommand>();

        services.AddDbContextFactory<PlatformDbContext>(options =>
            ModuleDbContextRegistration.Configure(options, connectionString, PlatformDbContext.Schema), ServiceLifetime.Scoped);

        services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false)));
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        // Answers without a body of their own (401, 403, an unknown route) get the platform's title in the reader's language.
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            if (context.ProblemDetails.Status is { } status and (400 or 401 or 403 or 404 or 409 or 500))
            {
                context.ProblemDetails.Title = RequestLanguage.In(context.HttpContext, () => ProblemTitles.For(status));
            }
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        // Field names in errors are the JSON names clients send.
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        services.Scan(scan => scan.FromAssemblyOf<ModuleCatalog>()
            .AddClasses(c => c.AssignableTo(typeof(IValidator<>)), publicOnly: false).AsImplementedInterfaces().WithTransientLifetime());

        AddIdentity(services);
        services.AddDataProtection().PersistKeysToDbContext<PlatformDbContext>().SetApplicationName("Estate.Platform");
        services.AddSingleton<PermissionCatalog>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionAuthorizationHandler>();

        services.AddSingleton<IntegrationEventRoutes>();
        services.AddSingleton<OutboxDispatcher>();
        if (configuration.GetValue("Outbox:Enabled", true))
        {
            services.AddHostedService<OutboxDispatcherService>();
        }

        services.AddSingleton<RecurringJobRegistry>();
        services.AddScoped<TenantJobs>();
        if (configuration.GetValue("Jobs:Enabled", true))
        {
            AddHangfire(services, configuration, connectionString);
        }

        AddWebUi(services);
        services.AddHealthChecks().AddDbContextCheck<PlatformDbContext>("database", tags: ["ready"]);
        services.AddOpenApi(options => options.AddDocumentTransformer<OpenApi.BearerSecuritySchemeTransformer>());

        foreach (var module in catalog.Modules)
        {
            module.Module.ConfigureServices(services, configuration);
        }

        builder.Host.ConfigureContainer<ContainerBuilder>(container => ConfigureContainer(container, catalog));
    }

    private static void AddWebUi(IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices();
        services.AddLocalization();
        // Otherwise every Chinese character is written as an HTML entity.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddSingleton<ModuleUi>();
        services.AddScoped<UiSender>();
        services.AddScoped<IUiSender>(sp => sp.GetRequiredService<UiSender>());
        services.AddScoped<PropertySelection>();
        services.AddScoped(sp => UiClock.For(sp.GetRequiredService<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>()));
        services.AddScoped<MenuState>();
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddIdentityCore<PlatformUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                options.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<PlatformDbContext>()
            .AddSignInManager()
            .AddErrorDescriber<BilingualIdentityErrors>()
            .AddClaimsPrincipalFactory<EstateClaimsPrincipalFactory>();

        // The API takes bearer tokens, pages the cookie: one scheme picks by the Authorization header.
        services.AddAuthentication(SignInScheme)
            .AddPolicyScheme(SignInScheme, "Bearer token or cookie", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(options =>
            {
                options.LoginPath = "/account/sign-in";
                options.AccessDeniedPath = "/not-found";
                options.Events.OnRedirectToLogin = context => AnswerApiWithStatus(context.HttpContext, StatusCodes.Status401Unauthorized, context.RedirectUri);
                options.Events.OnRedirectToAccessDenied = context => AnswerApiWithStatus(context.HttpContext, StatusCodes.Status403Forbidden, context.RedirectUri);
            }));
        services.AddAuthorization();
    }

    // API callers get a status code, never a redirect to a sign-in page.
    private static Task AnswerApiWithStatus(HttpContext context, int status, string redirectUri)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/jobs"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(redirectUri);
        }

        return Task.CompletedTask;
    }

    private static void AddHangfire(IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        services.AddSingleton<JobActivator, TenantScopedJobActivator>();
        services.AddHangfire((provider, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseActivator(provider.GetRequiredService<JobActivator>())
            .UseFilter(new JobTenantFilter())
            .UsePostgreSqlStorage(
                options => options.UseNpgsqlConnection(connectionString),
                new PostgreSqlStorageOptions
                {
                    SchemaName = "hangfire",
                    PrepareSchemaIfNecessary = true,
                    QueuePollInterval = TimeSpan.FromMilliseconds(configuration.GetValue("Jobs:PollIntervalMs", 2000)),
                }));
        services.AddHangfireServer(options => options.WorkerCount = configuration.GetValue("Jobs:Workers", 4));
        services.AddHostedService<RecurringJobScheduler>();
    }

    private static void ConfigureContainer(ContainerBuilder container, ModuleCatalog catalog)
    {
        container.RegisterType<Mediator>().As<IMediator>().InstancePerLifetimeScope();
        container.Register<ServiceFactory>(context =>
        {
            var scope = context.Resolve<IComponentContext>();
            return type => scope.Resolve(type);
        }).InstancePerLifetimeScope();

        // Order matters: the first registered behaviour is the outermost.
        container.RegisterGeneric(typeof(LoggingBehavior<,>)).As(typeof(IPipelineBehavior<,>));
        container.RegisterGeneric(typeof(ModuleEnabledBehavior<,>)).As(typeof(IPipelineBehavior<,>));
        container.RegisterGeneric(typeof(ValidationBehavior<,>)).As(typeof(IPipelineBehavior<,>));
        container.RegisterGeneric(typeof(UnitOfWorkBehavior<,>)).As(typeof(IPipelineBehavior<,>));

        container.RegisterAssemblyTypes(typeof(HostComposition).Assembly).AsClosedTypesOf(typeof(IRequestHandler<,>)).InstancePerDependency();
        foreach (var module in catalog.Modules)
        {
            module.Module.ConfigureContainer(container);
        }
    }

    public static void UseEstatePlatform(this WebApplication app, ModuleCatalog catalog)
    {
        app.UseExceptionHandler();
        // A browser asking for a page that does not exist gets the not-found page; API callers get problem details.
        // Each kind of caller gets exactly one of the two: a status code page that runs first writes a body and the
        // other then leaves the response alone (browsers were getting problem JSON for unknown pages).
        app.UseWhen(context => !IsApiPath(context.Request.Path), pages => pages.UseStatusCodePagesWithReExecute("/not-found"));
        app.UseWhen(context => IsApiPath(context.Request.Path), api => api.UseStatusCodePages());
        app.UseRouting();
        app.UseAuthentication();
        // After authentication: the signed-in user's stored language comes first.
        app.UseRequestLocalization(UserLanguages.LocalizationOptions(IsApiPath));
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseMiddleware<ModuleGateMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/docs");
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });
        Platform.Features.PlatformEndpoints.MapPlatformEndpoints(app);
        app.MapModuleEndpoints(catalog);
        app.MapAccountEndpoints();
        app.MapStaticAssets();
        app.MapRazorComponents<Components.App>()
            .AddInteractiveServerRenderMode()
            .AddAdditionalAssemblies([.. app.Services.GetRequiredService<ModuleUi>().PageAssemblies]);
        if (app.Configuration.GetValue("Jobs:Enabled", true))
        {
            app.MapHangfireDashboard("/jobs", new DashboardOptions { Authorization = [new PlatformAdminDashboardFilter()], DashboardTitle = "Estate Platform jobs" });
        }
    }

    private static bool IsApiPath(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/jobs") || path.StartsWithSegments("/health") || path.StartsWithSegments("/openapi");

    /// <summary>Migrations, the roles and first admin, and the demo company when asked for.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken cancellationToken)
    {
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PlatformSeeder>().SeedAsync();
        }

        if (app.Configuration.GetValue("Seed:Demo", false))
        {
            await app.Services.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
        }
    }
}
