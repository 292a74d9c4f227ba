using Estate.Host.Platform.Data;
using Estate.Host.Security;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Estate.Host.Platform.Features.Users;

/// <summary>A company admin changes a user's name, role, department or property scope (in force from their next sign-in).</summary>
internal sealed record UpdateUser(Guid Id, string? DisplayName, string? Role, string? Department, bool? AllProperties, IReadOnlyList<Guid>? PropertyIds)
    : IRequest<Result<UserDetails>>;

internal sealed class UpdateUserValidator : AbstractValidator<UpdateUser>
{
    public UpdateUserValidator(IModuleCatalog catalog)
    {
        RuleFor(r => r.DisplayName).NotEmpty().MaximumLength(100);
        RuleFor(r => r.AllProperties).NotNull();
        UserRules.RoleAndDepartment(this, r => r.Role, r => r.Department, catalog);
    }
}

internal sealed class UpdateUserHandler(PlatformDbContext db, UserManager<PlatformUser> users, ITenantContext tenant)
    : IRequestHandler<UpdateUser, Result<UserDetails>>
{
    public async Task<Result<UserDetails>> Handle(UpdateUser request, CancellationToken cancellationToken)
    {
        var organizationId = tenant.OrganizationId;
        var user = await db.Users.Include(u => u.PropertyGrants)
            .SingleOrDefaultAsync(u => u.OrganizationId == organizationId && u.Id == request.Id, cancellationToken);
        if (user is null)
        {
            return Error.NotFound(new("用户", "User"), request.Id);
        }

        var propertyIds = (request.PropertyIds ?? []).Distinct().ToList();
        if (await PropertyScope.FindUnknownAsync(db, organizationId, propertyIds, cancellationToken) is { } unknown)
        {
            return unknown;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.DisplayName = request.DisplayName!.Trim();
        user.Department = request.Department;
        user.AllProperties = request.AllProperties!.Value;
        user.PropertyGrants.RemoveAll(g => !propertyIds.Contains(g.PropertyId));
        user.PropertyGrants.AddRange(propertyIds.Where(p => user.PropertyGrants.All(g => g.PropertyId != p))
            .Select(p => new UserPropertyGrant { OrganizationId = organizationId, UserId = user.Id, PropertyId = p }));
        await users.UpdateAsync(user);

        var currentRoles = await users.GetRolesAsync(user);
        if (!currentRoles.SequenceEqual([request.Role!]))
        {
            await users.RemoveFromRolesAsync(user, currentRoles);
            await users.AddToRoleAsync(user, request.Role!);
        }

        await transaction.CommitAsync(cancellationToken);
        return (await UserQueries.LoadAsync(db, organizationId, user.Id, cancellationToken)).Single();
    }
}

internal static class UpdateUserEndpoint
{
    internal sealed record Body(string? DisplayName, string? Role, string? Department, bool? AllProperties, IReadOnlyList<Guid>? PropertyIds);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut("/users/{id}", async Task<Results<Ok<UserDetails>, ProblemHttpResult>> (Guid id, Body body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new UpdateUser(id, body.DisplayName, body.Role, body.Department, body.AllProperties, body.PropertyIds), ct)).ToOk())
            .RequireAuthorization(PlatformPermissions.ManageCompany)
            .WithName("UpdateUser");
}
