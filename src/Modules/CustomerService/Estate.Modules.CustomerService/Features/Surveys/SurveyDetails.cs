using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Surveys;

/// <summary>
/// A survey with its satisfaction rate (share of responses scoring 4 or 5 on the 1–5 scale, in %), its sample
/// size, and the change against the previous survey of the same property (in percentage points).
/// </summary>
internal sealed record SurveyDetails(
    Guid Id,
    Guid PropertyId,
    string Title,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    int Responses,
    int Satisfied,
    decimal? SatisfactionRate,
    decimal? AverageScore,
    Guid? PreviousSurveyId,
    decimal? PreviousSatisfactionRate,
    decimal? Change,
    DateTimeOffset CreatedAt,
    uint Version);

/// <summary>Satisfaction figures of surveys, computed in the database per survey.</summary>
internal static class SatisfactionRates
{
    internal sealed record Figures(int Responses, int Satisfied, decimal? AverageScore)
    {
        public static readonly Figures None = new(0, 0, null);

        public decimal? Rate => Rate(Responses, Satisfied);
    }

    public static decimal? Rate(int responses, int satisfied) =>
        responses == 0 ? null : decimal.Round(100m * satisfied / responses, 1);

    public static async Task<Dictionary<Guid, Figures>> OfAsync(CustomerServiceDbContext db, IReadOnlyCollection<Guid> surveyIds, CancellationToken cancellationToken) =>
        await db.SurveyResponses.AsNoTracking()
            .Where(r => surveyIds.Contains(r.SurveyId))
            .GroupBy(r => r.SurveyId)
            .Select(g => new
            {
                g.Key,
                Responses = g.Count(),
                Satisfied = g.Count(r => r.Score >= SurveyResponse.SatisfiedFrom),
                Average = g.Average(r => (decimal)r.Score),
            })
            .ToDictionaryAsync(x => x.Key, x => new Figures(x.Responses, x.Satisfied, decimal.Round(x.Average, 2)), cancellationToken);

    /// <summary>The details of surveys, each with the survey of its property just before it.</summary>
    public static async Task<IReadOnlyList<SurveyDetails>> DetailsAsync(CustomerServiceDbContext db, IReadOnlyList<SatisfactionSurvey> surveys, CancellationToken cancellationToken)
    {
        var propertyIds = surveys.Select(s => s.PropertyId).Distinct().ToList();
        var ofProperties = await db.Surveys.AsNoTracking()
            .Where(s => propertyIds.Contains(s.PropertyId))
            .Select(s => new { s.Id, s.PropertyId, s.PeriodEnd, s.CreatedAt })
            .ToListAsync(cancellationToken);
        var previous = surveys.ToDictionary(
            s => s.Id,
            s => ofProperties
                .Where(o => o.PropertyId == s.PropertyId && (o.PeriodEnd < s.PeriodEnd || (o.PeriodEnd == s.PeriodEnd && o.CreatedAt < s.CreatedAt)))
                .OrderByDescending(o => o.PeriodEnd).ThenByDescending(o => o.CreatedAt)
                .Select(o => (Guid?)o.Id)
                .FirstOrDefault());
        var figures = await OfAsync(db, [.. surveys.Select(s => s.Id).Concat(previous.Values.OfType<Guid>()).Distinct()], cancellationToken);
        return [.. surveys.Select(s =>
        {
            var own = figures.GetValueOrDefault(s.Id, Figures.None);
            var before = previous[s.Id] is { } previousId ? figures.GetValueOrDefault(previousId, Figures.None) : null;
            return new SurveyDetails(
                s.Id, s.PropertyId, s.Title, s.PeriodStart, s.PeriodEnd, own.Responses, own.Satisfied, own.Rate, own.AverageScore,
                previous[s.Id], before?.Rate, own.Rate - before?.Rate, s.CreatedAt, s.Version);
        })];
    }
}
