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

namespace Estate.Modules.Meetings.Features.Settings;

/// <summary>
/// The order departments report in at the company's meetings (module ids). Listed departments come first in
/// this order; a listed one not installed shows as unavailable; the others follow by id.
/// </summary>
internal sealed record DepartmentOrderDetails(IReadOnlyList<string> Departments, uint Version);

internal sealed record GetDepartmentOrder : IRequest<Result<DepartmentOrderDetails>>;

internal sealed class GetDepartmentOrderHandler(MeetingsDbContext db) : IRequestHandler<GetDepartmentOrder, Result<DepartmentOrderDetails>>
{
    public async Task<Result<DepartmentOrderDetails>> Handle(GetDepartmentOrder request, CancellationToken cancellationToken) =>
        await db.Settings.AsNoTracking().Select(s => new DepartmentOrderDetails(s.DepartmentOrder, s.Version)).FirstOrDefaultAsync(cancellationToken)
        ?? new DepartmentOrderDetails([], 0);
}

internal sealed record SetDepartmentOrder(IReadOnlyList<string>? Departments, uint? Version) : ICommand<Result<DepartmentOrderDetails>>;

internal sealed class SetDepartmentOrderValidator : AbstractValidator<SetDepartmentOrder>
{
    public SetDepartmentOrderValidator()
    {
        RuleFor(x => x.Departments).NotNull().Must(d => d!.Count <= 50).WithMessage(_ => Texts.T("最多 50 个部门。", "At most 50 departments."));
        RuleForEach(x => x.Departments).NotEmpty().MaximumLength(Participant.DepartmentMaxLength).Matches("^[a-z][a-z0-9-]*$")
            .WithMessage(_ => Texts.T("模块编号只能包含小写字母、数字和连字符。", "A module id: lower-case letters, digits and dashes."));
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class SetDepartmentOrderHandler(MeetingsDbContext db, ITenantContext tenant) : IRequestHandler<SetDepartmentOrder, Result<DepartmentOrderDetails>>
{
    public async Task<Result<DepartmentOrderDetails>> Handle(SetDepartmentOrder request, CancellationToken cancellationToken)
    {
        // Version 0 is the answer while the company has no settings yet.
        var settings = request.Version == 0
            ? await db.Settings.FirstOrDefaultAsync(cancellationToken)
            : await db.FindToChangeAsync(db.Settings, request.Version!.Value, cancellationToken);
        if (settings is null)
        {
            settings = MeetingSettings.For(tenant.OrganizationId);
            db.Settings.Add(settings);
        }
        else if (request.Version == 0)
        {
            return Error.Conflict("stale", Texts.T("设置在您读取后已被他人修改，请重新读取后再试。", "The settings were changed by someone else since you read them; read them again and retry."));
        }

        settings.OrderDepartments(request.Departments!);
        await db.SaveChangesAsync(cancellationToken);
        return new DepartmentOrderDetails(settings.DepartmentOrder, settings.Version);
    }
}

internal static class DepartmentOrderEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("settings/department-order", async (IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetDepartmentOrder(), cancellationToken)).ToOk())
            .WithName(nameof(GetDepartmentOrder))
            .RequireAuthorization(MeetingsPermissions.Read);
        endpoints.MapPut("settings/department-order", async (SetDepartmentOrder request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToOk())
            .WithName(nameof(SetDepartmentOrder))
            .RequireAuthorization(MeetingsPermissions.Configure);
    }
}
