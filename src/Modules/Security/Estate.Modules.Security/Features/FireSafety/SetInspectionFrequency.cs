using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.FireSafety;

internal sealed record SetInspectionFrequencyBody(int? IntervalDays, uint? Version);

/// <summary>
/// Sets how often areas of a kind are inspected, e.g. after a regulation changed. Changing the company's own
/// setting takes the version read; replacing the platform default takes none.
/// </summary>
internal sealed record SetInspectionFrequency(FireSafetyAreaKind Kind, int? IntervalDays, uint? Version) : ICommand<Result<InspectionFrequencyDetails>>;

internal sealed class SetInspectionFrequencyValidator : AbstractValidator<SetInspectionFrequency>
{
    public SetInspectionFrequencyValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.IntervalDays).NotNull().InclusiveBetween(1, InspectionFrequency.MaxIntervalDays);
    }
}

internal sealed class SetInspectionFrequencyHandler(SecurityDbContext db, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<SetInspectionFrequency, Result<InspectionFrequencyDetails>>
{
    public async Task<Result<InspectionFrequencyDetails>> Handle(SetInspectionFrequency request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var frequency = await db.InspectionFrequencies.FirstOrDefaultAsync(f => f.Kind == request.Kind, cancellationToken);
        if (frequency is null)
        {
            frequency = new InspectionFrequency(tenant.OrganizationId, Guid.CreateVersion7(now), request.Kind, request.IntervalDays!.Value, now);
            db.InspectionFrequencies.Add(frequency);
        }
        else if (request.Version is not { } version)
        {
            return Error.Invalid("version", Texts.T("公司已设置该频次，请提交读取到的版本号（version）。", "The company already sets this frequency: send the version read."));
        }
        else
        {
            db.Entry(frequency).Property(f => f.Version).OriginalValue = version;
            frequency.Change(request.IntervalDays!.Value, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new InspectionFrequencyDetails(frequency.Kind, frequency.IntervalDays, false, frequency.ChangedAt, frequency.Version);
    }
}

internal static class SetInspectionFrequencyEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("fire-safety/frequencies/{kind}", async (
                    QueryEnum<FireSafetyAreaKind> kind, SetInspectionFrequencyBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new SetInspectionFrequency(kind.Value, body.IntervalDays, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(SetInspectionFrequency))
            .RequireAuthorization(SecurityPermissions.Manage);
}
