using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.Modules.Engineering.Contracts;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Ui;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Estate.Modules.CustomerService.Features.Complaints;

/// <summary>
/// Hands a complaint to engineering as a repair work order, through engineering's contract, where the company
/// has engineering; otherwise the complaint stays with customer service. The work order is committed by
/// engineering's own unit of work, so a complaint that then fails to save leaves a work order naming it.
/// </summary>
internal sealed class ComplaintWorkOrders(
    CustomerServiceDbContext db,
    IModuleAvailability modules,
    IMediator mediator,
    TimeProvider clock,
    ILogger<ComplaintWorkOrders> logger)
{
    public static Error Unavailable => Error.Conflict("engineering_unavailable", Texts.T("本公司未启用工程部模块，该投诉仍由客服部处理。", "Engineering is not in use for this company; the complaint stays with customer service."));

    /// <summary>Opens the work order and links it to the complaint; returns why not otherwise.</summary>
    public async Task<Error?> OpenAsync(Complaint complaint, CancellationToken cancellationToken)
    {
        complaint.EnsureCanOpenWorkOrder();
        if (!await modules.IsAvailableAsync(Complaint.EngineeringDepartment, cancellationToken))
        {
            return Unavailable;
        }

        // Engineering needs to know where to go: the building and unit lead the description.
        var unitLabel = complaint.UnitId is null
            ? null
            : await (from u in db.Units
                     join b in db.Buildings on u.BuildingId equals b.Id
                     where u.Id == complaint.UnitId
                     select b.Name + " " + u.Number).FirstOrDefaultAsync(cancellationToken);
        var title = $"{complaint.Number} {complaint.Title}";
        var description = string.Join('\n', new[] { unitLabel, complaint.ContactName, complaint.ContactPhone, complaint.Description }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var opened = await mediator.Send(
            new OpenWorkOrder(
                complaint.PropertyId,
                title.Length > Complaint.TitleMaxLength ? title[..Complaint.TitleMaxLength] : title,
                description.Length == 0 ? null : description[..Math.Min(description.Length, Complaint.DescriptionMaxLength)],
                WorkOrderCategory.Other,
                complaint.Kind == ComplaintKind.Complaint ? WorkOrderPriority.High : WorkOrderPriority.Normal,
                WorkOrderSource.CustomerService,
                "complaint",
                complaint.Id),
            cancellationToken);
        if (!opened.IsSuccess)
        {
            logger.LogWarning("Engineering refused a work order for complaint {ComplaintId}: {Error}", complaint.Id, opened.Error!.Message);
            return opened.Error;
        }

        complaint.LinkWorkOrder(opened.Value, clock.StoredNow());
        logger.LogInformation("Complaint {ComplaintId} handed to engineering as work order {WorkOrderNumber}", complaint.Id, opened.Value.Number);
        return null;
    }
}
