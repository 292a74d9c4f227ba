namespace Estate.Host.Platform.Data;

/// <summary>A property-management company (物业管理公司): the tenant.</summary>
internal sealed class Organization
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>IANA time zone of the company, e.g. Asia/Shanghai; periods, deadlines and reports use it.</summary>
    public required string TimeZoneId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
