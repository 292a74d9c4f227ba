using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using MediatR;

namespace Estate.Modules.Security.Pages;

/// <summary>The properties the signed-in user may pick on a form (pages only; the API takes property ids).</summary>
internal sealed record ListPropertyChoices : IRequest<Result<IReadOnlyList<PropertySummary>>>;

internal sealed class ListPropertyChoicesHandler(IPropertyDirectory properties) : IRequestHandler<ListPropertyChoices, Result<IReadOnlyList<PropertySummary>>>
{
    public async Task<Result<IReadOnlyList<PropertySummary>>> Handle(ListPropertyChoices request, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<PropertySummary>>.Success(await properties.ListAsync(cancellationToken));
}
