using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Surveys;

internal sealed record GetSurvey(Guid Id) : IRequest<Result<SurveyDetails>>;

internal sealed class GetSurveyHandler(CustomerServiceDbContext db) : IRequestHandler<GetSurvey, Result<SurveyDetails>>
{
    public async Task<Result<SurveyDetails>> Handle(GetSurvey request, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.Id, cancellationToken);
        return survey is null ? Error.NotFound(new("满意度调查", "Survey"), request.Id) : (await SatisfactionRates.DetailsAsync(db, [survey], cancellationToken))[0];
    }
}

internal static class GetSurveyEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("surveys/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetSurvey(id), cancellationToken)).ToOk())
            .WithName(nameof(GetSurvey))
            .WithSummary("A survey with its satisfaction rate (% of responses scoring 4–5 of 5), sample size and change against the property's previous survey")
            .RequireAuthorization(CustomerServicePermissions.Read);
}
