using Autofac.Extensions.DependencyInjection;
using Estate.Host;
using Estate.Host.Modules;

var builder = WebApplication.CreateBuilder(args);
builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());

var modulesPath = Path.GetFullPath(builder.Configuration["Modules:Path"] ?? ModuleLoader.DefaultPath());
var modules = ModuleLoader.Load(modulesPath);
var catalog = new ModuleCatalog(modules.Loaded);
builder.AddEstatePlatform(catalog);

var app = builder.Build();
foreach (var refused in modules.Refused)
{
    app.Logger.LogWarning("Module folder {Folder} refused: {Reason}", refused.Directory, refused.Reason);
}

foreach (var module in modules.Loaded)
{
    app.Logger.LogInformation("Module {ModuleId} {Version} loaded from {Folder}", module.Manifest.Id, module.Manifest.Version, module.Directory);
}

app.UseEstatePlatform(catalog);
await app.PrepareDatabaseAsync(app.Lifetime.ApplicationStopping);

// `migrate`: apply every migration (and seed what is configured), then exit.
if (args.Contains("migrate"))
{
    app.Logger.LogInformation("Migrations applied");
    return;
}

// `generate-data --scale small|large [--companies 2]`: migrate, then fill companies with scale data, then exit.
if (args.Contains("generate-data"))
{
    Environment.ExitCode = await Estate.Host.Seeding.ScaleDataCommand.RunAsync(app, args, app.Lifetime.ApplicationStopping);
    return;
}

await app.RunAsync();

/// <summary>The Host's entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
