using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Engineering.Domain;

/// <summary>A piece of equipment in the facility ledger of a property.</summary>
internal sealed class Facility : PropertyEntity
{
    public const int NameMaxLength = 200;
    public const int CodeMaxLength = 50;
    public const int LocationMaxLength = 200;
    public const int MaxServiceLifeMonths = 1200;

    // Used by EF Core when it materialises a row.
    private Facility(Guid organizationId, Guid id, Guid propertyId, string name, string location)
        : base(organizationId, id, propertyId)
    {
        Name = name;
        Location = location;
    }

    public string Name { get; private set; }

    public string? Code { get; private set; }

    public FacilityCategory Category { get; private set; }

    public string Location { get; private set; }

    public DateOnly? InstalledOn { get; private set; }

    public int? ExpectedServiceLifeMonths { get; private set; }

    /// <summary>Install date plus service life; stored so the aging list is one indexed range query.</summary>
    public DateOnly? ServiceLifeEndsOn { get; private set; }

    public DateOnly? WarrantyEndsOn { get; private set; }

    public FacilityImportance Importance { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? UpdatedAt { get; private set; }

    /// <summary>PostgreSQL's xmin (optimistic concurrency).</summary>
    public uint Version { get; private set; }

    public static Facility Add(Guid organizationId, Guid propertyId, FacilityDescription description, DateTimeOffset now)
    {
        var facility = new Facility(organizationId, Guid.CreateVersion7(now), propertyId, description.Name, description.Location) { CreatedAt = now };
        facility.Describe(description);
        return facility;
    }

    public void Update(FacilityDescription description, DateTimeOffset now)
    {
        Describe(description);
        UpdatedAt = now;
    }

    private void Describe(FacilityDescription description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description.Name);
        if (description.ExpectedServiceLifeMonths is < 1 or > MaxServiceLifeMonths)
        {
            throw new DomainRuleException("facility.invalid_service_life", Texts.T($"使用年限须为 1 至 {MaxServiceLifeMonths} 个月。", $"A service life is 1 to {MaxServiceLifeMonths} months."));
        }

        Name = description.Name;
        Code = description.Code;
        Category = description.Category;
        Location = description.Location;
        InstalledOn = description.InstalledOn;
        ExpectedServiceLifeMonths = description.ExpectedServiceLifeMonths;
        ServiceLifeEndsOn = InstalledOn is { } installed && ExpectedServiceLifeMonths is { } months ? installed.AddMonths(months) : null;
        WarrantyEndsOn = description.WarrantyEndsOn;
        Importance = description.Importance;
    }
}
