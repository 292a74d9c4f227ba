using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Meetings.Features.Series;

/// <summary>Starts a meeting series (e.g. the weekly operations meeting); also the HTTP body.</summary>
internal sealed record CreateSeries(
    string Title,
    MeetingCadence? Cadence,
    string? Place,
    string? OnlineLink,
    Guid? ChairUserId,
    IReadOnlyList<Guid>? PropertyIds,
    IReadOnlyList<string>? AgendaTemplate,
    int? DurationMinutes) : ICommand<Result<SeriesDetails>>;

internal sealed class CreateSeriesValidator : AbstractValidator<CreateSeries>
{
    public CreateSeriesValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(MeetingSeries.TitleMaxLength);
        RuleFor(x => x.Cadence).NotNull().IsInEnum();
        RuleFor(x => x.Place).MaximumLength(MeetingSeries.PlaceMaxLength);
        RuleFor(x => x.OnlineLink).OptionalLink();
        RuleFor(x => x.ChairUserId).NotEmpty();
        RuleFor(x => x.AgendaTemplate).AgendaSteps();
        RuleFor(x => x.DurationMinutes).InclusiveBetween(15, 600);
    }
}

internal sealed class CreateSeriesHandler(MeetingsDbContext db, People people, IPropertyDirectory properties, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CreateSeries, Result<SeriesDetails>>
{
    public async Task<Result<SeriesDetails>> Handle(CreateSeries request, CancellationToken cancellationToken)
    {
        var (chair, error) = await MeetingRules.ChairAsync(people, request.ChairUserId!.Value, cancellationToken);
        error ??= await MeetingRules.CheckPropertiesAsync(properties, request.PropertyIds, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var series = MeetingSeries.Create(
            tenant.OrganizationId, request.Title, request.Cadence!.Value, request.Place, request.OnlineLink, chair!.Id, chair.DisplayName,
            request.PropertyIds ?? [], request.AgendaTemplate, request.DurationMinutes ?? 90, clock.GetUtcNow());
        db.Series.Add(series);
        await db.SaveChangesAsync(cancellationToken);
        return SeriesDetails.From(series);
    }
}

internal static class CreateSeriesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("series", async (CreateSeries request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(s => $"/api/meetings/series/{s.Id}"))
            .WithName(nameof(CreateSeries))
            .RequireAuthorization(MeetingsPermissions.Organize);
}
