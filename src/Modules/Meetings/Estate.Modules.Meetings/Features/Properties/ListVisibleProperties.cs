using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using MediatR;

namespace Estate.Modules.Meetings.Features.Properties;

/// <summary>The properties the user may see, for choosing the ones a meeting concerns (the API has /api/platform/properties).</summary>
internal sealed record ListVisibleProperties : IRequest<Result<IReadOnlyList<PropertySummary>>>;

internal sealed class ListVisiblePropertiesHandler(IPropertyDirectory properties)
    : IRequestHandler<ListVisibleProperties, Result<IReadOnlyList<PropertySummary>>>
{
    public async Task<Result<IReadOnlyList<PropertySummary>>> Handle(ListVisibleProperties request, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<PropertySummary>>.Success(await properties.ListAsync(cancellationToken));
}
