using System.Linq.Expressions;
using Estate.Modules.Security.Domain;

namespace Estate.Modules.Security.Features.Roster;

internal sealed record ShiftDetails(Guid Id, Guid PropertyId, string Name, TimeOnly StartsAt, TimeOnly EndsAt, bool CrossesMidnight, uint Version)
{
    public static readonly Expression<Func<Shift, ShiftDetails>> Projection = s =>
        new ShiftDetails(s.Id, s.PropertyId, s.Name, s.StartsAt, s.EndsAt, s.EndsAt <= s.StartsAt, s.Version);

    private static readonly Func<Shift, ShiftDetails> FromEntity = Projection.Compile();

    public static ShiftDetails From(Shift shift) => FromEntity(shift);
}
