using Npgsql;

namespace Estate.SharedKernel.Seeding;

/// <summary>A unit (户) published by the generator that owns units, for those that bill or serve it.</summary>
public sealed record ScaleUnit(Guid Id, Guid PropertyId, Guid BuildingId, string BuildingName, string Number, decimal FloorArea, Guid? OwnerId, string? OwnerName);

/// <summary>
/// One company being filled at a scale: its properties and users, the period the history spans (three years
/// up to <see cref="To"/>), the connection to COPY through, and what earlier generators published.
/// </summary>
public sealed class ScaleDataContext(
    Guid organizationId,
    int companyIndex,
    IReadOnlyList<DemoProperty> properties,
    IReadOnlyList<DemoUser> users,
    ScaleProfile profile,
    DateTimeOffset to,
    TimeZoneInfo timeZone,
    NpgsqlConnection connection)
{
    public Guid OrganizationId { get; } = organizationId;

    /// <summary>0 for the first company, 1 for the second: seeds and numbers differ per company.</summary>
    public int CompanyIndex { get; } = companyIndex;

    public IReadOnlyList<DemoProperty> Properties { get; } = properties;

    public IReadOnlyList<DemoUser> Users { get; } = users;

    public ScaleProfile Profile { get; } = profile;

    public DateTimeOffset From { get; } = to.AddYears(-3);

    public DateTimeOffset To { get; } = to;

    public TimeZoneInfo TimeZone { get; } = timeZone;

    public NpgsqlConnection Connection { get; } = connection;

    /// <summary>Units published by the generator that owns them; empty when that module is not loaded.</summary>
    public IReadOnlyList<ScaleUnit> Units { get; set; } = [];

    /// <summary>A generator's own random source: the same company, scale and module give the same data.</summary>
    public Random RandomFor(string moduleId)
    {
        var seed = 17;
        foreach (var c in $"{Profile.Name}/{CompanyIndex}/{moduleId}")
        {
            seed = unchecked((seed * 31) + c);
        }

        return new Random(seed);
    }

    /// <summary>The users of a department (a module id), falling back to the company's other users.</summary>
    public IReadOnlyList<DemoUser> UsersOf(string department)
    {
        var members = Users.Where(u => u.Department == department).ToList();
        return members.Count > 0 ? members : Users;
    }

    /// <summary>A moment spread evenly over the history: position <paramref name="index"/> of <paramref name="count"/>, plus up to an hour's jitter.</summary>
    public DateTimeOffset Spread(long index, long count, Random random)
    {
        var span = (To - From).Ticks - TimeSpan.TicksPerHour;
        return From.AddTicks((long)(span * (index / (double)Math.Max(count, 1))) + random.NextInt64(TimeSpan.TicksPerHour));
    }
}
