using Estate.SharedKernel.Domain;

namespace Estate.Modules.CustomerService.Domain;

/// <summary>
/// One unit's answer to a survey, on one scale: a score of 1–5, or a word mapped onto it
/// (dissatisfied = 1, neutral = 3, satisfied = 5). A score of 4 or 5 counts as satisfied.
/// </summary>
internal sealed class SurveyResponse : TenantEntity
{
    public const int MinScore = 1;
    public const int MaxScore = 5;
    public const int SatisfiedFrom = 4;

    private SurveyResponse(Guid organizationId, Guid id, Guid surveyId, Guid unitId)
        : base(organizationId, id)
    {
        SurveyId = surveyId;
        UnitId = unitId;
    }

    public Guid SurveyId { get; private set; }

    public Guid UnitId { get; private set; }

    public int Score { get; private set; }

    /// <summary>The word the owner chose, when the survey asked for one rather than a score.</summary>
    public Satisfaction? Answer { get; private set; }

    public DateTimeOffset RespondedAt { get; private set; }

    public static SurveyResponse Create(Guid organizationId, Guid surveyId, Guid unitId, int? score, Satisfaction? answer, DateTimeOffset now)
    {
        var response = new SurveyResponse(organizationId, Guid.CreateVersion7(now), surveyId, unitId);
        response.Change(score, answer, now);
        return response;
    }

    public static int ScoreOf(Satisfaction answer) => answer switch
    {
        Satisfaction.Satisfied => 5,
        Satisfaction.Neutral => 3,
        Satisfaction.Dissatisfied => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, null),
    };

    public void Change(int? score, Satisfaction? answer, DateTimeOffset now)
    {
        if (score is null == answer is null)
        {
            throw new ArgumentException("Give either a score or an answer.");
        }

        Score = score ?? ScoreOf(answer!.Value);
        Answer = answer;
        RespondedAt = now;
    }
}
