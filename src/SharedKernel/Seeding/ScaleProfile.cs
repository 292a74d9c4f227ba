namespace Estate.SharedKernel.Seeding;

/// <summary>How much one company holds at a scale; every company generated at that scale gets the same.</summary>
public sealed record ScaleProfile(
    string Name,
    int Properties,
    int Units,
    int WorkOrders,
    int Complaints,
    int BillsAndPayments,
    int PatrolCheckIns,
    int CleaningTasks,
    int Meetings)
{
    /// <summary>About 1/1000 of <see cref="Large"/>: the same shape, loaded in seconds, for tests.</summary>
    public static readonly ScaleProfile Small = new("small", 3, 200, 2_000, 500, 5_000, 1_000, 600, 6);

    /// <summary>A company of 50 properties after three years: the benchmarks' data.</summary>
    public static readonly ScaleProfile Large = new("large", 50, 100_000, 2_000_000, 500_000, 5_000_000, 1_000_000, 200_000, 200);

    public static ScaleProfile? Named(string name) =>
        name.ToLowerInvariant() switch
        {
            "small" => Small,
            "large" => Large,
            _ => null,
        };
}
