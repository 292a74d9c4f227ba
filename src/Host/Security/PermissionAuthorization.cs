using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Estate.Host.Security;

/// <summary>Requires one declared permission; the endpoint's policy name is the permission name.</summary>
internal sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

internal sealed class PermissionAuthorizationHandler(PermissionCatalog permissions) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (permissions.IsGranted(context.User, requirement.Permission))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Builds a policy for every declared permission on first use, so modules need not register policies.</summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, PermissionCatalog permissions)
    : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        var policy = await base.GetPolicyAsync(policyName);
        if (policy is not null || !permissions.Exists(policyName))
        {
            return policy;
        }

        return new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(policyName)).Build();
    }
}
