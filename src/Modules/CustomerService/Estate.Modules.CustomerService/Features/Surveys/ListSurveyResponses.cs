using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Surveys;

/// <summary>One unit's answer to a survey: the 1–5 score it counts as, and the word when the owner gave one.</summary>
internal sealed record SurveyResponseDetails(
    Guid Id, Guid UnitId, Guid BuildingId, string BuildingName, string UnitNumber, int Score, Satisfaction? Answer, bool Satisfied, DateTimeOffset RespondedAt);

/// <summary>
/// The individual answers of a survey, latest first unless <paramref name="Sort"/> names another order
/// (<see cref="SortKeys"/>), optionally only the satisfied (4–5) or the others.
/// </summary>
internal sealed record ListSurveyResponses(Guid SurveyId, int? Page, int? PageSize, bool? Satisfied = null, string? Sort = null)
    : IRequest<Result<PagedList<SurveyResponseDetails>>>
{
    public static readonly IReadOnlyList<string> SortKeys = ["respondedAt", "-respondedAt", "score", "-score", "unit", "-unit"];
}

internal sealed class ListSurveyResponsesValidator : AbstractValidator<ListSurveyResponses>
{
    public ListSurveyResponsesValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Sort).Must(sort => ListSurveyResponses.SortKeys.Contains(sort)).When(x => x.Sort is not null)
            .WithMessage(_ => Texts.T("排序（sort）只能是 respondedAt、score、unit，可在前面加“-”表示倒序。", "'sort' must be one of respondedAt, score, unit, optionally preceded by '-'."));
    }
}

internal sealed class ListSurveyResponsesHandler(CustomerServiceDbContext db) : IRequestHandler<ListSurveyResponses, Result<PagedList<SurveyResponseDetails>>>
{
    public async Task<Result<PagedList<SurveyResponseDetails>>> Handle(ListSurveyResponses request, CancellationToken cancellationToken)
    {
        // The survey carries the property scope: a survey the caller may not see has no answers to show.
        if (!await db.Surveys.AnyAsync(s => s.Id == request.SurveyId, cancellationToken))
        {
            return Error.NotFound(new("满意度调查", "Survey"), request.SurveyId);
        }

        var responses = db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == request.SurveyId);
        if (request.Satisfied is { } satisfied)
        {
            responses = satisfied ? responses.Where(r => r.Score >= SurveyResponse.SatisfiedFrom) : responses.Where(r => r.Score < SurveyResponse.SatisfiedFrom);
        }

        var rows =
            from r in responses
            join u in db.Units on r.UnitId equals u.Id
            join b in db.Buildings on u.BuildingId equals b.Id
            select new { Response = r, Unit = u, Building = b };
        var ordered = request.Sort switch
        {
            "respondedAt" => rows.OrderBy(x => x.Response.RespondedAt),
            "score" => rows.OrderBy(x => x.Response.Score).ThenByDescending(x => x.Response.RespondedAt),
            "-score" => rows.OrderByDescending(x => x.Response.Score).ThenByDescending(x => x.Response.RespondedAt),
            "unit" => rows.OrderBy(x => x.Building.Name).ThenBy(x => x.Unit.Number),
            "-unit" => rows.OrderByDescending(x => x.Building.Name).ThenByDescending(x => x.Unit.Number),
            _ => rows.OrderByDescending(x => x.Response.RespondedAt),
        };
        return await ordered.ThenBy(x => x.Response.Id)
            .Select(x => new SurveyResponseDetails(
                x.Response.Id, x.Unit.Id, x.Building.Id, x.Building.Name, x.Unit.Number, x.Response.Score, x.Response.Answer,
                x.Response.Score >= SurveyResponse.SatisfiedFrom, x.Response.RespondedAt))
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListSurveyResponsesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("surveys/{id}/responses", async (Guid id, int? page, int? pageSize, bool? satisfied, string? sort, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListSurveyResponses(id, page, pageSize, satisfied, sort), cancellationToken)).ToOk())
            .WithName(nameof(ListSurveyResponses))
            .WithSummary("A survey's individual answers (unit, score or answer, when recorded), latest first, paged")
            .RequireAuthorization(CustomerServicePermissions.Read);
}
