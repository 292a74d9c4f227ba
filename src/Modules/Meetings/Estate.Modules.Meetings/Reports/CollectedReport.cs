using Estate.SharedKernel.Reports;

namespace Estate.Modules.Meetings.Reports;

/// <summary>
/// One department's section of a meeting's work review: its report, or why it has none (not installed, failed).
/// A department switched off for the company has no section at all.
/// </summary>
internal sealed record CollectedReport(
    string ModuleId,
    string NameZh,
    string NameEn,
    bool Available,
    string? UnavailableReason,
    DepartmentReport? Report,
    DateTimeOffset AsOf)
{
    public ReportIndicator? Indicator(string code) => Report?.Indicators.FirstOrDefault(i => i.Code == code);
}
