using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.Modules.Engineering.Domain;
using Estate.Modules.Engineering.Jobs;
using Estate.SharedKernel.Security;
using Estate.SharedKernel.Seeding;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Engineering.Seeding;

/// <summary>Facilities and work orders in every state for the demo company, dated relative to now.</summary>
internal sealed class EngineeringDemoData(EngineeringDbContext db, ITenantContext tenant, TimeProvider clock, FlagOverdueWorkOrders flagOverdue)
    : IDemoDataSeeder
{
    private enum Stage
    {
        New,
        Assigned,
        InProgress,
        Waiting,
        Done,
        Closed,
    }

    private sealed record DemoFacility(string Name, string Code, FacilityCategory Category, string Location, int AgeYears, int ServiceLifeYears);

    private sealed record DemoWorkOrder(
        string Title,
        WorkOrderCategory Category,
        WorkOrderPriority Priority,
        WorkOrderSource Source,
        Stage Stage,
        int HoursAgo,
        string? Note = null,
        string? FacilityCode = null);

    private static readonly DemoFacility[] Facilities =
    [
        new("1号楼1号电梯", "EL-01", FacilityCategory.Elevator, "1号楼", 14, 15),
        new("3号楼电梯", "EL-03", FacilityCategory.Elevator, "3号楼", 6, 15),
        new("生活水泵房1号水泵", "WP-01", FacilityCategory.WaterSupply, "地下一层水泵房", 11, 12),
        new("主干道路灯", "SL-01", FacilityCategory.Lighting, "小区主干道", 16, 15),
    ];

    // Open orders are younger than their resolution time limit, except the urgent one meant to show as overdue.
    private static readonly DemoWorkOrder[] WorkOrders =
    [
        new("3号楼电梯异响", WorkOrderCategory.Elevator, WorkOrderPriority.Normal, WorkOrderSource.OwnerRequest, Stage.Waiting, 20, "电梯配件缺货 (elevator part out of stock)", "EL-03"),
        new("5号楼2单元楼道灯不亮", WorkOrderCategory.Lighting, WorkOrderPriority.Normal, WorkOrderSource.OwnerRequest, Stage.Done, 50, "更换LED灯管2支"),
        new("地下车库积水", WorkOrderCategory.Plumbing, WorkOrderPriority.High, WorkOrderSource.Patrol, Stage.InProgress, 6),
        new("1号楼消防栓水压不足", WorkOrderCategory.FireSafety, WorkOrderPriority.Urgent, WorkOrderSource.Inspection, Stage.InProgress, 9),
        new("东门门禁刷卡失灵", WorkOrderCategory.AccessControl, WorkOrderPriority.High, WorkOrderSource.CustomerService, Stage.Assigned, 3),
        new("7号楼屋面渗水", WorkOrderCategory.Civil, WorkOrderPriority.Normal, WorkOrderSource.OwnerRequest, Stage.Waiting, 40, "等待雨停后施工 (waiting for dry weather)"),
        new("生活水泵异常噪音", WorkOrderCategory.Plumbing, WorkOrderPriority.Normal, WorkOrderSource.Patrol, Stage.New, 2, FacilityCode: "WP-01"),
        new("主干道路灯损坏3盏", WorkOrderCategory.Lighting, WorkOrderPriority.Low, WorkOrderSource.Patrol, Stage.Closed, 120, "更换灯头3个，建议列入路灯改造计划", "SL-01"),
        new("1号楼电梯困人", WorkOrderCategory.Elevator, WorkOrderPriority.Urgent, WorkOrderSource.OwnerRequest, Stage.Closed, 3, "已解救，更换门机板", "EL-01"),
        new("会所空调不制冷", WorkOrderCategory.Hvac, WorkOrderPriority.Low, WorkOrderSource.Internal, Stage.Assigned, 30),
        new("配电房巡检发现跳闸", WorkOrderCategory.Electrical, WorkOrderPriority.High, WorkOrderSource.Inspection, Stage.Done, 20, "更换空气开关"),
        new("儿童乐园围栏松动", WorkOrderCategory.Civil, WorkOrderPriority.Low, WorkOrderSource.CustomerService, Stage.New, 1),
    ];

    public async Task SeedAsync(DemoCompany company, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(company);
        if (company.Properties.Count == 0 || await db.WorkOrders.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var facilityIds = new Dictionary<(Guid PropertyId, string Code), Guid>();
        foreach (var property in company.Properties)
        {
            foreach (var f in Facilities)
            {
                var facility = new Facility(
                    company.OrganizationId,
                    Guid.CreateVersion7(now),
                    property.Id,
                    f.Name,
                    f.Code,
                    f.Category,
                    f.Location,
                    today.AddYears(-f.AgeYears),
                    f.ServiceLifeYears,
                    now);
                db.Facilities.Add(facility);
                facilityIds[(property.Id, f.Code)] = facility.Id;
            }
        }

        // Without an engineering staff member every order stays new: the others need an assignee.
        var technician = company.Users.FirstOrDefault(u => u.Department == EngineeringModule.Department && u.Role == PlatformRoles.Staff);
        for (var i = 0; i < WorkOrders.Length; i++)
        {
            var spec = WorkOrders[i];
            var propertyId = company.Properties[i % company.Properties.Count].Id;
            var opened = now.AddHours(-spec.HoursAgo);
            var workOrder = WorkOrder.Open(
                company.OrganizationId,
                propertyId,
                spec.FacilityCode is null ? null : facilityIds[(propertyId, spec.FacilityCode)],
                spec.Title,
                null,
                spec.Category,
                spec.Priority,
                spec.Source,
                opened,
                tenant.TimeZone);
            if (technician is not null)
            {
                Advance(workOrder, spec, technician, opened, now - opened);
            }

            db.WorkOrders.Add(workOrder);
        }

        await db.SaveChangesAsync(cancellationToken);
        await flagOverdue.RunAsync(cancellationToken);
    }

    private static void Advance(WorkOrder workOrder, DemoWorkOrder spec, DemoUser technician, DateTimeOffset opened, TimeSpan age)
    {
        if (spec.Stage == Stage.New)
        {
            return;
        }

        workOrder.Assign(technician.Id, technician.DisplayName, opened + (age * 0.1));
        if (spec.Stage == Stage.Assigned)
        {
            return;
        }

        workOrder.Start(opened + (age * 0.2));
        if (spec.Stage == Stage.Waiting)
        {
            workOrder.Delay(spec.Note!, opened + (age * 0.3));
        }
        else if (spec.Stage is Stage.Done or Stage.Closed)
        {
            workOrder.Complete(spec.Note, opened + (age * 0.6));
            if (spec.Stage == Stage.Closed)
            {
                workOrder.Close(opened + (age * 0.8));
            }
        }
    }
}
