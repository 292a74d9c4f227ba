using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.CustomerService.Domain;

/// <summary>A satisfaction survey (满意度调查) of one property for one period; its responses are kept per unit.</summary>
internal sealed class SatisfactionSurvey : PropertyEntity
{
    public const int TitleMaxLength = 200;

    private SatisfactionSurvey(Guid organizationId, Guid id, Guid propertyId, string title)
        : base(organizationId, id, propertyId) => Title = title;

    public string Title { get; private set; }

    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public uint Version { get; private set; }

    public static SatisfactionSurvey Create(Guid organizationId, Guid propertyId, string title, DateOnly periodStart, DateOnly periodEnd, DateTimeOffset now)
    {
        if (periodEnd < periodStart)
        {
            throw new DomainRuleException("survey.period_reversed", Texts.T("调查的结束日期不能早于开始日期。", "A survey's period cannot end before it starts."));
        }

        return new SatisfactionSurvey(organizationId, Guid.CreateVersion7(now), propertyId, title) { PeriodStart = periodStart, PeriodEnd = periodEnd, CreatedAt = now };
    }
}
