using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Cleaning.Features;

/// <summary>The person acting: cleaning records who did the work, so a request must come from a user of the company.</summary>
internal static class Actors
{
    public static Error NoUser => new(ErrorKind.Forbidden, "no_user", Texts.T("此操作需要已登录的本公司用户。", "This needs a signed-in user of the company."));

    public static async Task<UserSummary?> CurrentUserAsync(this IUserDirectory users, ITenantContext tenant, CancellationToken cancellationToken) =>
        tenant.UserId is { } userId ? await users.FindAsync(userId, cancellationToken) : null;
}
