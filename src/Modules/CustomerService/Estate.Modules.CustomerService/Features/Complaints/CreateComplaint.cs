using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Complaints;

/// <summary>
/// Registers a complaint, suggestion or enquiry; also the HTTP body. Without a responsible department, the
/// department of its category takes it where the company has that module (customer service otherwise);
/// a repair is handed to engineering as a work order where the company has engineering.
/// </summary>
internal sealed record CreateComplaint(
    Guid? PropertyId,
    ComplaintKind? Kind,
    ComplaintCategory? Category,
    ComplaintChannel? Channel,
    Guid? UnitId,
    Guid? OwnerId,
    string? ContactName,
    string? ContactPhone,
    string Title,
    string? Description,
    string? ResponsibleDepartment) : ICommand<Result<ComplaintDetails>>;

internal sealed class CreateComplaintValidator : AbstractValidator<CreateComplaint>
{
    public CreateComplaintValidator()
    {
        RuleFor(x => x.PropertyId).NotEmpty();
        RuleFor(x => x.Kind).NotNull().IsInEnum();
        RuleFor(x => x.Category).NotNull().IsInEnum();
        RuleFor(x => x.Channel).NotNull().IsInEnum();
        RuleFor(x => x.ContactName).MaximumLength(Complaint.ContactNameMaxLength);
        RuleFor(x => x.ContactPhone).MaximumLength(Complaint.ContactPhoneMaxLength);
        RuleFor(x => x.Title).NotEmpty().MaximumLength(Complaint.TitleMaxLength);
        RuleFor(x => x.Description).MaximumLength(Complaint.DescriptionMaxLength);
        RuleFor(x => x.ResponsibleDepartment).Matches(Departments.IdPattern).WithMessage(_ => Departments.IdMessage);
    }
}

/// <summary>Which department acts on which category, by module id.</summary>
internal static class Departments
{
    public const string CustomerService = "customer-service";
    public const string IdPattern = "^[a-z][a-z0-9-]{1,31}$";
    public static string IdMessage => Texts.T(
        "部门须为模块编号，例如 engineering、cleaning、security、finance 或 customer-service。",
        "A department is a module id such as engineering, cleaning, security, finance or customer-service.");

    public static string For(ComplaintCategory category) => category switch
    {
        ComplaintCategory.Cleaning => "cleaning",
        ComplaintCategory.Security or ComplaintCategory.Noise or ComplaintCategory.Parking => "security",
        ComplaintCategory.Fees => "finance",
        _ => CustomerService,
    };
}

internal sealed class CreateComplaintHandler(
    CustomerServiceDbContext db,
    IPropertyDirectory properties,
    IModuleAvailability modules,
    ComplaintWorkOrders workOrders,
    ITenantContext tenant,
    TimeProvider clock) : IRequestHandler<CreateComplaint, Result<ComplaintDetails>>
{
    public async Task<Result<ComplaintDetails>> Handle(CreateComplaint request, CancellationToken cancellationToken)
    {
        var property = await properties.FindAsync(request.PropertyId!.Value, cancellationToken);
        if (property is null)
        {
            return Error.Invalid("propertyId", Texts.T("小区不存在。", "Unknown property."));
        }

        var owner = request.OwnerId is { } ownerId
            ? await db.Owners.AsNoTracking().Where(o => o.Id == ownerId && o.PropertyId == property.Id).Select(o => new { o.Id, o.UnitId, o.Name, o.Phone }).FirstOrDefaultAsync(cancellationToken)
            : null;
        if (request.OwnerId is not null && owner is null)
        {
            return Error.Invalid("ownerId", Texts.T("该小区没有此业主。", "No such owner in this property."));
        }

        var unitId = request.UnitId ?? owner?.UnitId;
        if (request.UnitId is { } requested && !await db.Units.AnyAsync(u => u.Id == requested && u.PropertyId == property.Id, cancellationToken))
        {
            return Error.Invalid("unitId", Texts.T("该小区没有此房屋。", "No such unit in this property."));
        }

        if (owner is not null && owner.UnitId != unitId)
        {
            return Error.Invalid("ownerId", Texts.T("该业主与此房屋无关联。", "The owner is not linked to this unit."));
        }

        var category = request.Category!.Value;
        var department = request.ResponsibleDepartment;
        if (department is null)
        {
            department = Departments.For(category);
            if (department != Departments.CustomerService && !await modules.IsAvailableAsync(department, cancellationToken))
            {
                department = Departments.CustomerService;
            }
        }

        var now = clock.StoredNow();
        var complaint = Complaint.Open(
            tenant.OrganizationId,
            property.Id,
            request.Kind!.Value,
            category,
            request.Channel!.Value,
            unitId,
            owner?.Id,
            string.IsNullOrWhiteSpace(request.ContactName) ? owner?.Name : request.ContactName.Trim(),
            string.IsNullOrWhiteSpace(request.ContactPhone) ? owner?.Phone : request.ContactPhone.Trim(),
            request.Title.Trim(),
            request.Description,
            department,
            await db.TargetsOfAsync(tenant.OrganizationId, cancellationToken),
            now,
            tenant.TimeZone);
        db.Complaints.Add(complaint);

        if (category == ComplaintCategory.Repair)
        {
            // Without engineering the complaint simply stays with the department chosen above.
            await workOrders.OpenAsync(complaint, cancellationToken);
        }

        db.Publish(new ComplaintOpened(
            complaint.OrganizationId, complaint.Id, complaint.PropertyId, complaint.Kind, complaint.Category, complaint.Channel, complaint.ResponsibleDepartment, complaint.OpenedAt));

        // Saved here rather than by the unit of work so the answer carries the stored version.
        await db.SaveChangesAsync(cancellationToken);
        return await ComplaintRows.DetailsAsync(db, complaint, now, cancellationToken);
    }
}

internal static class CreateComplaintEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("complaints", async (CreateComplaint request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(c => $"/api/customer-service/complaints/{c.Id}"))
            .WithName(nameof(CreateComplaint))
            .WithSummary("Registers a complaint, suggestion or enquiry; a repair opens an engineering work order where the company has engineering")
            .RequireAuthorization(CustomerServicePermissions.Write);
}
