namespace Estate.Modules.CustomerService.Domain;

/// <summary>What a notice to owners announces.</summary>
internal enum NoticeKind
{
    Event,
    Outage,
    Delay,
    General,
}
