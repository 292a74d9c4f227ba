using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using MediatR;

namespace Estate.Modules.Security.Pages;

/// <summary>The company's security staff a manager may post at an event (pages only; the API takes user ids).</summary>
internal sealed record ListGuardChoices : IRequest<Result<IReadOnlyList<UserSummary>>>;

internal sealed class ListGuardChoicesHandler(IUserDirectory users) : IRequestHandler<ListGuardChoices, Result<IReadOnlyList<UserSummary>>>
{
    public async Task<Result<IReadOnlyList<UserSummary>>> Handle(ListGuardChoices request, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<UserSummary>>.Success(await users.ListAsync(SecurityModule.Id, cancellationToken));
}
