using Estate.Host.Platform.Data;
using Estate.Host.Security;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Security;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Estate.Host.Platform.Features.Organizations;

/// <summary>A platform admin creates a company with its first company admin and the modules it has.</summary>
internal sealed record CreateOrganization(string? Name, string? TimeZone, IReadOnlyList<string>? Modules, NewCompanyAdmin? Admin)
    : IRequest<Result<OrganizationDetails>>;

internal sealed record NewCompanyAdmin(string? Email, string? Password, string? DisplayName);

internal sealed record OrganizationDetails(Guid Id, string Name, string TimeZone, IReadOnlyList<string> Modules, DateTimeOffset CreatedAt);

internal sealed class CreateOrganizationValidator : AbstractValidator<CreateOrganization>
{
    public CreateOrganizationValidator(IModuleCatalog catalog)
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.TimeZone).Must(tz => TimeZoneInfo.TryFindSystemTimeZoneById(tz!, out _))
            .When(r => r.TimeZone is not null).WithMessage(_ => Texts.T("未知时区，请使用 IANA 时区编号，例如 Asia/Shanghai。", "Unknown time zone; use an IANA id such as Asia/Shanghai."));
        RuleForEach(r => r.Modules).Must(id => catalog.Modules.Any(m => m.Manifest.Id == id)).WithMessage(_ => Texts.T("“{PropertyValue}”不是已安装的模块。", "'{PropertyValue}' is not an installed module."));
        RuleFor(r => r.Admin).NotNull();
        RuleFor(r => r.Admin!.Email).NotEmpty().EmailAddress().MaximumLength(256).When(r => r.Admin is not null).OverridePropertyName("admin.email");
        RuleFor(r => r.Admin!.Password).NotEmpty().MaximumLength(100).When(r => r.Admin is not null).OverridePropertyName("admin.password");
        RuleFor(r => r.Admin!.DisplayName).NotEmpty().MaximumLength(100).When(r => r.Admin is not null).OverridePropertyName("admin.displayName");
    }
}

internal sealed class CreateOrganizationHandler(
    PlatformDbContext db, UserManager<PlatformUser> users, IModuleCatalog catalog, TimeProvider clock)
    : IRequestHandler<CreateOrganization, Result<OrganizationDetails>>
{
    public async Task<Result<OrganizationDetails>> Handle(CreateOrganization request, CancellationToken cancellationToken)
    {
        var name = request.Name!.Trim();
        if (await db.Organizations.AnyAsync(o => o.Name == name, cancellationToken))
        {
            return Error.Conflict("duplicate", Texts.T($"已存在名为“{name}”的公司。", $"A company named '{name}' already exists."));
        }

        var now = clock.GetUtcNow();
        var organization = new Organization { Id = Guid.CreateVersion7(), Name = name, TimeZoneId = request.TimeZone ?? TenantContext.DefaultTimeZoneId, CreatedAt = now };
        var modules = request.Modules ?? [.. catalog.Modules.Select(m => m.Manifest.Id)];

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Organizations.Add(organization);
        db.OrganizationModules.AddRange(modules.Distinct().Select(id => new OrganizationModule { OrganizationId = organization.Id, ModuleId = id, Enabled = true, ChangedAt = now }));
        await db.SaveChangesAsync(cancellationToken);

        var admin = new PlatformUser
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organization.Id,
            UserName = request.Admin!.Email!.Trim(),
            Email = request.Admin.Email!.Trim(),
            DisplayName = request.Admin.DisplayName!.Trim(),
        };
        var created = await users.CreateAsync(admin, request.Admin.Password!);
        if (!created.Succeeded)
        {
            return IdentityErrors.ToError(created, "admin");
        }

        await users.AddToRoleAsync(admin, PlatformRoles.CompanyAdmin);
        await transaction.CommitAsync(cancellationToken);
        return new OrganizationDetails(organization.Id, organization.Name, organization.TimeZoneId, [.. modules.Distinct()], organization.CreatedAt);
    }
}

internal static class CreateOrganizationEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/organizations", async Task<Results<Created<OrganizationDetails>, ProblemHttpResult>> (CreateOrganization request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(request, ct)).ToCreated(o => $"/api/platform/organizations/{o.Id}"))
            .RequireAuthorization(PlatformPermissions.ManageOrganizations)
            .WithName("CreateOrganization");
}
