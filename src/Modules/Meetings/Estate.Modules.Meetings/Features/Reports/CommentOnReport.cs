using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
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

namespace Estate.Modules.Meetings.Features.Reports;

internal sealed record CommentOnReportBody(string Comment);

internal sealed record ReportCommentDetails(Guid MeetingId, string ModuleId, string Comment, string AuthorName, DateTimeOffset UpdatedAt);

/// <summary>The department head's written comment on the department's pulled report, before the meeting; writing again replaces it.</summary>
internal sealed record CommentOnReport(Guid MeetingId, string ModuleId, string Comment) : ICommand<Result<ReportCommentDetails>>;

internal sealed class CommentOnReportValidator : AbstractValidator<CommentOnReport>
{
    public CommentOnReportValidator()
    {
        RuleFor(x => x.ModuleId).NotEmpty().MaximumLength(Participant.DepartmentMaxLength);
        RuleFor(x => x.Comment).NotEmpty().MaximumLength(ReportComment.TextMaxLength);
    }
}

internal sealed class CommentOnReportHandler(MeetingsDbContext db, People people, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CommentOnReport, Result<ReportCommentDetails>>
{
    public async Task<Result<ReportCommentDetails>> Handle(CommentOnReport request, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken);
        if (meeting is null)
        {
            return Error.NotFound(new("会议", "Meeting"), request.MeetingId);
        }

        if (!await people.MaySpeakForAsync(request.ModuleId, cancellationToken))
        {
            return new Error(ErrorKind.Forbidden, "report.not_your_department", Texts.T("只有部门负责人或经理可以评论本部门的报告。", "Only the department's head or a manager comments on its report."));
        }

        meeting.EnsureOpen();
        var now = clock.GetUtcNow();
        var author = await people.CurrentNameAsync(cancellationToken);
        var comment = await db.ReportComments.FirstOrDefaultAsync(c => c.MeetingId == meeting.Id && c.ModuleId == request.ModuleId, cancellationToken);
        if (comment is null)
        {
            comment = ReportComment.Write(tenant.OrganizationId, meeting.Id, request.ModuleId, request.Comment, tenant.UserId, author, now);
            db.ReportComments.Add(comment);
        }
        else
        {
            comment.Rewrite(request.Comment, tenant.UserId, author, now);
        }

        return new ReportCommentDetails(meeting.Id, comment.ModuleId, comment.Text, comment.AuthorName, comment.UpdatedAt);
    }
}

internal static class CommentOnReportEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("meetings/{id}/reports/{moduleId}/comment", async (
                    Guid id, string moduleId, CommentOnReportBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CommentOnReport(id, moduleId, body.Comment), cancellationToken)).ToOk())
            .WithName(nameof(CommentOnReport))
            .RequireAuthorization(MeetingsPermissions.Contribute);
}
