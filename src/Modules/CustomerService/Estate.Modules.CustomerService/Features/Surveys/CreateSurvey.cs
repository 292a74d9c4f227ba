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
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.CustomerService.Features.Surveys;

/// <summary>Starts a satisfaction survey of a property for a period; also the HTTP body.</summary>
internal sealed record CreateSurvey(Guid? PropertyId, string Title, DateOnly? PeriodStart, DateOnly? PeriodEnd) : ICommand<Result<SurveyDetails>>;

internal sealed class CreateSurveyValidator : AbstractValidator<CreateSurvey>
{
    public CreateSurveyValidator()
    {
        RuleFor(x => x.PropertyId).NotEmpty();
        RuleFor(x => x.Title).NotEmpty().MaximumLength(SatisfactionSurvey.TitleMaxLength);
        RuleFor(x => x.PeriodStart).NotNull();
        RuleFor(x => x.PeriodEnd).NotNull().GreaterThanOrEqualTo(x => x.PeriodStart).When(x => x.PeriodStart is not null);
    }
}

internal sealed class CreateSurveyHandler(CustomerServiceDbContext db, IPropertyDirectory properties, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CreateSurvey, Result<SurveyDetails>>
{
    public async Task<Result<SurveyDetails>> Handle(CreateSurvey request, CancellationToken cancellationToken)
    {
        var property = await properties.FindAsync(request.PropertyId!.Value, cancellationToken);
        if (property is null)
        {
            return Error.Invalid("propertyId", Texts.T("小区不存在。", "Unknown property."));
        }

        var survey = SatisfactionSurvey.Create(tenant.OrganizationId, property.Id, request.Title.Trim(), request.PeriodStart!.Value, request.PeriodEnd!.Value, clock.StoredNow());
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(cancellationToken);
        return (await SatisfactionRates.DetailsAsync(db, [survey], cancellationToken))[0];
    }
}

internal static class CreateSurveyEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("surveys", async (CreateSurvey request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(s => $"/api/customer-service/surveys/{s.Id}"))
            .WithName(nameof(CreateSurvey))
            .RequireAuthorization(CustomerServicePermissions.Write);
}
