using Estate.SharedKernel.Results;
using MediatR;

namespace Estate.Modules.CustomerService.Contracts;

/// <summary>
/// The company's units in id order, a page at a time (keyset: pass the last unit id of a page as
/// <paramref name="AfterUnitId"/>); for finance's bills. <paramref name="Limit"/> is at most 10,000.
/// </summary>
public sealed record ListUnits(Guid? PropertyId, Guid? AfterUnitId, int Limit) : IRequest<Result<IReadOnlyList<UnitInfo>>>;

public sealed record FindUnit(Guid UnitId) : IRequest<Result<UnitInfo>>;

public sealed record FindOwner(Guid OwnerId) : IRequest<Result<OwnerInfo>>;

/// <summary>Complaints opened in [From, To), counted per property and category; e.g. cleaning complaints for cleaning's report.</summary>
public sealed record CountComplaints(DateTimeOffset From, DateTimeOffset To, ComplaintCategory? Category) : IRequest<Result<IReadOnlyList<ComplaintCount>>>;

public sealed record ComplaintCount(Guid PropertyId, ComplaintCategory Category, int Count);
