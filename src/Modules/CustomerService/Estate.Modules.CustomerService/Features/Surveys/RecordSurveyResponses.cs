using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Surveys;

/// <summary>One unit's answer: a <c>score</c> of 1–5, or an <c>answer</c> (satisfied / neutral / dissatisfied, read as 5 / 3 / 1).</summary>
internal sealed record SurveyAnswer(Guid? UnitId, int? Score, Satisfaction? Answer);

internal sealed record RecordSurveyResponsesBody(IReadOnlyList<SurveyAnswer>? Responses);

/// <summary>Records units' answers to a survey; a unit that answers again replaces its answer.</summary>
internal sealed record RecordSurveyResponses(Guid Id, IReadOnlyList<SurveyAnswer>? Responses) : ICommand<Result<SurveyDetails>>;

internal sealed class RecordSurveyResponsesValidator : AbstractValidator<RecordSurveyResponses>
{
    public const int MaxResponses = 1000;

    public RecordSurveyResponsesValidator()
    {
        RuleFor(x => x.Responses).NotEmpty().Must(r => r!.Count <= MaxResponses).WithMessage(_ => Texts.T($"每次最多 {MaxResponses} 份答卷。", $"At most {MaxResponses} responses at once."));
        RuleForEach(x => x.Responses).ChildRules(answer =>
        {
            answer.RuleFor(a => a.UnitId).NotEmpty();
            answer.RuleFor(a => a.Score).InclusiveBetween(SurveyResponse.MinScore, SurveyResponse.MaxScore);
            answer.RuleFor(a => a.Answer).IsInEnum();
            answer.RuleFor(a => a.Score).NotNull().When(a => a.Answer is null).WithMessage(_ => Texts.T("请填写评分（1–5）或回答。", "Give a score (1–5) or an answer."));
            answer.RuleFor(a => a.Answer).Null().When(a => a.Score is not null).WithMessage(_ => Texts.T("评分和回答只能填写其一。", "Give a score or an answer, not both."));
        });
    }
}

internal sealed class RecordSurveyResponsesHandler(CustomerServiceDbContext db, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<RecordSurveyResponses, Result<SurveyDetails>>
{
    public async Task<Result<SurveyDetails>> Handle(RecordSurveyResponses request, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.FirstOrDefaultAsync(s => s.Id == request.Id, cancellationToken);
        if (survey is null)
        {
            return Error.NotFound(new("满意度调查", "Survey"), request.Id);
        }

        var answers = request.Responses!;
        var unitIds = answers.Select(a => a.UnitId!.Value).Distinct().ToList();
        var units = await db.Units.Where(u => unitIds.Contains(u.Id) && u.PropertyId == survey.PropertyId).Select(u => u.Id).ToHashSetAsync(cancellationToken);
        var wrong = answers.Select((a, i) => (a, i)).Where(x => !units.Contains(x.a.UnitId!.Value)).ToList();
        if (wrong.Count > 0)
        {
            return new Error(ErrorKind.Validation, "validation", Texts.T("部分房屋不属于该调查所在的小区。", "Some units are not units of the survey's property."),
                wrong.ToDictionary(x => $"responses[{x.i}].unitId", _ => new[] { Texts.T("该调查所在的小区没有此房屋。", "No such unit in the survey's property.") }));
        }

        var now = clock.StoredNow();
        var stored = await db.SurveyResponses.Where(r => r.SurveyId == survey.Id && unitIds.Contains(r.UnitId)).ToDictionaryAsync(r => r.UnitId, cancellationToken);
        foreach (var answer in answers)
        {
            if (stored.TryGetValue(answer.UnitId!.Value, out var response))
            {
                response.Change(answer.Score, answer.Answer, now);
            }
            else
            {
                stored[answer.UnitId.Value] = response = SurveyResponse.Create(tenant.OrganizationId, survey.Id, answer.UnitId.Value, answer.Score, answer.Answer, now);
                db.SurveyResponses.Add(response);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return (await SatisfactionRates.DetailsAsync(db, [survey], cancellationToken))[0];
    }
}

internal static class RecordSurveyResponsesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("surveys/{id}/responses", async (Guid id, RecordSurveyResponsesBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RecordSurveyResponses(id, body.Responses), cancellationToken)).ToOk())
            .WithName(nameof(RecordSurveyResponses))
            .WithSummary("Records answers per unit: score 1–5, or answer satisfied / neutral / dissatisfied (mapped to 5 / 3 / 1); 4–5 counts as satisfied")
            .RequireAuthorization(CustomerServicePermissions.Write);
}
