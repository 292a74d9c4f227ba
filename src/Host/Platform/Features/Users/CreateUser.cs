using Estate.Host.Platform.Data;
using Estate.Host.Security;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Estate.Host.Platform.Features.Users;

/// <summary>A company admin adds a user with one role, a department where the role needs one, and a property scope.</summary>
internal sealed record CreateUser(
    string? Email, string? Password, string? DisplayName, string? Role, string? Department, bool? AllProperties, IReadOnlyList<Guid>? PropertyIds)
    : IRequest<Result<UserDetails>>;

internal sealed class CreateUserValidator : AbstractValidator<CreateUser>
{
    public CreateUserValidator(IModuleCatalog catalog)
    {
        RuleFor(r => r.Email).NotEmpty().EmailAddress().MaximumLength(256);
        RuleFor(r => r.Password).NotEmpty().MaximumLength(100);
        RuleFor(r => r.DisplayName).NotEmpty().MaximumLength(100);
        UserRules.RoleAndDepartment(this, r => r.Role, r => r.Department, catalog);
    }
}

internal sealed class CreateUserHandler(PlatformDbContext db, UserManager<PlatformUser> users, ITenantContext tenant)
    : IRequestHandler<CreateUser, Result<UserDetails>>
{
    public async Task<Result<UserDetails>> Handle(CreateUser request, CancellationToken cancellationToken)
    {
        var organizationId = tenant.OrganizationId;
        var propertyIds = (request.PropertyIds ?? []).Distinct().ToList();
        if (await PropertyScope.FindUnknownAsync(db, organizationId, propertyIds, cancellationToken) is { } unknown)
        {
            return unknown;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = new PlatformUser
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            UserName = request.Email!.Trim(),
            Email = request.Email!.Trim(),
            DisplayName = request.DisplayName!.Trim(),
            Department = request.Department,
            AllProperties = request.AllProperties ?? true,
            PropertyGrants = [.. propertyIds.Select(p => new UserPropertyGrant { OrganizationId = organizationId, PropertyId = p })],
        };
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            return IdentityErrors.ToError(created, "");
        }

        await users.AddToRoleAsync(user, request.Role!);
        await transaction.CommitAsync(cancellationToken);
        return (await UserQueries.LoadAsync(db, organizationId, user.Id, cancellationToken)).Single();
    }
}

internal static class PropertyScope
{
    /// <summary>A 400 naming propertyIds when any id is not a property of the company.</summary>
    public static async Task<Error?> FindUnknownAsync(PlatformDbContext db, Guid organizationId, List<Guid> propertyIds, CancellationToken cancellationToken)
    {
        var known = await db.Properties.CountAsync(p => p.OrganizationId == organizationId && propertyIds.Contains(p.Id), cancellationToken);
        return known == propertyIds.Count ? null : Error.Invalid("propertyIds", Texts.T("有小区不属于本公司。", "One or more properties do not exist in the company."));
    }
}

internal static class CreateUserEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/users", async Task<Results<Created<UserDetails>, ProblemHttpResult>> (CreateUser request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(request, ct)).ToCreated(u => $"/api/platform/users/{u.Id}"))
            .RequireAuthorization(PlatformPermissions.ManageCompany)
            .WithName("CreateUser");
}
