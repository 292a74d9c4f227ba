using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Documents;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Estate.Modules.Meetings.Features.Minutes;

internal sealed record MinutesPdf(string FileName, byte[] Content);

/// <summary>The minutes printed to PDF by Chromium; without a working Chromium the answer is 503, never a failure of the platform.</summary>
internal sealed record GetMinutesPdf(Guid MeetingId) : ICommand<Result<MinutesPdf>>;

internal sealed class GetMinutesPdfHandler(MeetingsDbContext db, ITenantContext tenant, MinutesPdfRenderer printer, TimeProvider clock, ILogger<GetMinutesPdfHandler> logger)
    : IRequestHandler<GetMinutesPdf, Result<MinutesPdf>>
{
    public const string Unavailable = "minutes.pdf_unavailable";

    public async Task<Result<MinutesPdf>> Handle(GetMinutesPdf request, CancellationToken cancellationToken)
    {
        if (await MinutesAccess.ReadAsync(db, tenant, request.MeetingId, clock.GetUtcNow(), cancellationToken) is not { } read)
        {
            return Error.NotFound(new("会议纪要", "Minutes of meeting"), request.MeetingId);
        }

        try
        {
            var pdf = await printer.PrintAsync(MinutesHtml.Render(read.Document), cancellationToken);
            var day = TimeZoneInfo.ConvertTime(read.Document.StartsAt, tenant.TimeZone).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
            return new MinutesPdf($"minutes-{day}-{request.MeetingId:N}.pdf", pdf);
        }
        catch (PdfUnavailableException exception)
        {
            logger.LogWarning("Minutes PDF of {MeetingId} unavailable: {Reason}", request.MeetingId, exception.Message);
            return Error.Conflict(Unavailable, exception.Message);
        }
    }
}

internal static class GetMinutesPdfEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("meetings/{id}/minutes.pdf", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                await mediator.Send(new GetMinutesPdf(id), cancellationToken) switch
                {
                    { IsSuccess: true } pdf => Results.File(pdf.Value.Content, "application/pdf", pdf.Value.FileName),
                    { Error.Code: GetMinutesPdfHandler.Unavailable } failed => TypedResults.Problem(
                        statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF printing is not available.", detail: failed.Error.Message,
                        extensions: new Dictionary<string, object?> { ["code"] = failed.Error.Code }),
                    var failed => failed.Error!.ToProblem(),
                })
            .WithName(nameof(GetMinutesPdf))
            .RequireAuthorization(MeetingsPermissions.Read);
}
