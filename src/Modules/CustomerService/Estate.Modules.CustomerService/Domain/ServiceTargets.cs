using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.CustomerService.Domain;

/// <summary>
/// A company's service promises for complaints: the first response within so many hours, closed within so
/// many days. One row per company (its id is the company's); a company without one has the defaults.
/// </summary>
internal sealed class ServiceTargets : TenantEntity
{
    public const int DefaultFirstResponseHours = 24;
    public const int DefaultCloseWithinDays = 7;

    private ServiceTargets(Guid organizationId)
        : base(organizationId, organizationId)
    {
    }

    public int FirstResponseHours { get; private set; } = DefaultFirstResponseHours;

    public int CloseWithinDays { get; private set; } = DefaultCloseWithinDays;

    public DateTimeOffset? ChangedAt { get; private set; }

    public uint Version { get; private set; }

    public TimeSpan FirstResponseTime => TimeSpan.FromHours(FirstResponseHours);

    public TimeSpan CloseTime => TimeSpan.FromDays(CloseWithinDays);

    public static ServiceTargets DefaultsFor(Guid organizationId) => new(organizationId);

    public void Change(int firstResponseHours, int closeWithinDays, DateTimeOffset now)
    {
        if (firstResponseHours > closeWithinDays * 24)
        {
            throw new DomainRuleException("service_targets.response_after_close", Texts.T("首次响应时限不能晚于投诉结案时限。", "The first response cannot be due after the complaint must be closed."));
        }

        FirstResponseHours = firstResponseHours;
        CloseWithinDays = closeWithinDays;
        ChangedAt = now;
    }
}
