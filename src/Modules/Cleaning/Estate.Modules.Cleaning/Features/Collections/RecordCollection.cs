using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.Modules.Cleaning.Domain;
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

namespace Estate.Modules.Cleaning.Features.Collections;

/// <summary>
/// Logs that garbage was collected at a point, now or at <see cref="CollectedAt"/> (a collection noted down
/// afterwards). The log entry is the point's entry for that local day; a day already marked missed gets its
/// collection after all.
/// </summary>
internal sealed record RecordCollection(Guid? CollectionPointId, DateTimeOffset? CollectedAt, string? Note) : ICommand<Result<CollectionDetails>>;

internal sealed class RecordCollectionValidator : AbstractValidator<RecordCollection>
{
    public RecordCollectionValidator()
    {
        RuleFor(x => x.CollectionPointId).NotEmpty();
        RuleFor(x => x.Note).MaximumLength(GarbageCollection.NoteMaxLength);
    }
}

internal sealed class RecordCollectionHandler(CleaningDbContext db, IUserDirectory users, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<RecordCollection, Result<CollectionDetails>>
{
    // Clocks of phones and servers differ a little; a collection a few minutes "in the future" is not an error.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public async Task<Result<CollectionDetails>> Handle(RecordCollection request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var collectedAt = request.CollectedAt?.ToUniversalTime() ?? now;
        if (collectedAt > now + ClockSkew)
        {
            return Error.Invalid("collectedAt", Texts.T("清运尚未发生，不能提前登记。", "A collection cannot be logged before it happened."));
        }

        var point = await db.CollectionPoints.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.CollectionPointId, cancellationToken);
        if (point is null)
        {
            return Error.Invalid("collectionPointId", Texts.T("垃圾收集点不存在。", "Unknown collection point."));
        }

        var recorder = await users.CurrentUserAsync(tenant, cancellationToken);
        if (recorder is null)
        {
            return Actors.NoUser;
        }

        var date = CompanyCalendar.DateOf(collectedAt, tenant.TimeZone);
        var collection = await db.GarbageCollections.FirstOrDefaultAsync(c => c.CollectionPointId == point.Id && c.Date == date, cancellationToken);
        if (collection is null)
        {
            collection = GarbageCollection.ForDay(point, date, tenant.TimeZone, now);
            db.GarbageCollections.Add(collection);
        }

        var settings = await db.SettingsOfAsync(tenant.OrganizationId, cancellationToken);
        collection.Record(collectedAt, TimeSpan.FromMinutes(settings.CollectionToleranceMinutes), recorder.Id, recorder.DisplayName, request.Note);
        return CollectionDetails.From(collection);
    }
}

internal static class RecordCollectionEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("collections", async (RecordCollection request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToOk())
            .WithName(nameof(RecordCollection))
            .RequireAuthorization(CleaningPermissions.Work);
}
