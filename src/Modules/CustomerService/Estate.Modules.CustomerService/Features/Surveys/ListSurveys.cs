using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Surveys;

/// <summary>Surveys of the caller's properties, latest period first, one page at a time.</summary>
internal sealed record ListSurveys(int? Page, int? PageSize, Guid? PropertyId) : IRequest<Result<PagedList<SurveyDetails>>>;

internal sealed class ListSurveysValidator : AbstractValidator<ListSurveys>
{
    public ListSurveysValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

internal sealed class ListSurveysHandler(CustomerServiceDbContext db) : IRequestHandler<ListSurveys, Result<PagedList<SurveyDetails>>>
{
    public async Task<Result<PagedList<SurveyDetails>>> Handle(ListSurveys request, CancellationToken cancellationToken)
    {
        var surveys = db.Surveys.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            surveys = surveys.Where(s => s.PropertyId == propertyId);
        }

        var page = await surveys.OrderByDescending(s => s.PeriodEnd).ThenByDescending(s => s.CreatedAt).ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
        return new PagedList<SurveyDetails>(await SatisfactionRates.DetailsAsync(db, page.Items, cancellationToken), page.Page, page.PageSize, page.TotalCount);
    }
}

internal static class ListSurveysEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("surveys", async (int? page, int? pageSize, Guid? propertyId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListSurveys(page, pageSize, propertyId), cancellationToken)).ToOk())
            .WithName(nameof(ListSurveys))
            .RequireAuthorization(CustomerServicePermissions.Read);
}
