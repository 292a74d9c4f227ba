using Estate.SharedKernel.Domain;

namespace Estate.Modules.Meetings.Domain;

/// <summary>A company's meeting settings; one row per company, its id the company's.</summary>
internal sealed class MeetingSettings : TenantEntity
{
    private MeetingSettings(Guid organizationId)
        : base(organizationId, organizationId)
    {
    }

    /// <summary>
    /// Module ids in the order departments report. Listed departments come first, in this order, and a listed one
    /// that is not installed shows as unavailable; departments not listed follow by module id.
    /// </summary>
    public List<string> DepartmentOrder { get; private set; } = [];

    public uint Version { get; private set; }

    public static MeetingSettings For(Guid organizationId) => new(organizationId);

    public void OrderDepartments(IEnumerable<string> moduleIds) => DepartmentOrder = [.. moduleIds.Distinct()];
}
