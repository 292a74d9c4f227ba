using System.Net;
using Estate.Modules.Engineering.Contracts;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Tenancy;
using Estate.Testing;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Estate.Modules.Engineering.Tests;

/// <summary>Other departments open work orders and read their status through engineering's contracts, as a module would.</summary>
[Collection(EngineeringHostCollection.Name)]
public sealed class WorkOrderContractTests(EngineeringHostFixture fixture)
{
    [Fact]
    public async Task Another_department_opens_a_work_order_and_follows_its_delay()
    {
        var company = fixture.CompanyA;
        var complaintId = Guid.NewGuid();

        var opened = await SendAsync(company.Id, new OpenWorkOrder(
            company.PropertyIds[0], "业主投诉：楼道灯不亮", "2号楼3单元", WorkOrderCategory.Lighting, WorkOrderPriority.High,
            WorkOrderSource.CustomerService, "complaint", complaintId));
        Assert.True(opened.IsSuccess);
        var url = $"/api/engineering/work-orders/{opened.Value.WorkOrderId}";
        var workOrder = await (await company.Staff("engineering").GetAsync(url)).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("customerService", workOrder.GetProperty("source").GetString());
        workOrder = await (await company.Staff("engineering").PostJsonAsync($"{url}/assign", new
        {
            assigneeUserId = company.StaffUserId("engineering"), version = workOrder.GetProperty("version").GetUInt32(),
        })).ReadAsync(HttpStatusCode.OK);
        await (await company.Staff("engineering").PostJsonAsync($"{url}/delay", new { reason = "灯具缺货", version = workOrder.GetProperty("version").GetUInt32() }))
            .ReadAsync(HttpStatusCode.OK);

        var status = await SendAsync(company.Id, new GetWorkOrderStatus(opened.Value.WorkOrderId));

        Assert.Equal(WorkOrderStatus.Waiting, status.Value.Status);
        Assert.Equal("灯具缺货", status.Value.DelayReason);
        Assert.Equal(opened.Value.Number, status.Value.Number);
    }

    [Fact]
    public async Task The_contract_answers_not_found_for_another_companys_work_order()
    {
        var ofB = await fixture.CompanyB.Staff("engineering").OpenWorkOrderAsync(fixture.CompanyB.PropertyIds[0]);

        var status = await SendAsync(fixture.CompanyA.Id, new GetWorkOrderStatus(TestCompany.IdOf(ofB)));

        Assert.False(status.IsSuccess);
        Assert.Equal(Estate.SharedKernel.Results.ErrorKind.NotFound, status.Error!.Kind);
    }

    [Fact]
    public async Task With_engineering_switched_off_the_contract_is_refused_and_availability_says_so()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        await (await company.Admin.PutJsonAsync("/api/platform/modules/engineering", new { enabled = false })).ReadAsync(HttpStatusCode.OK);

        await using var scope = ScopeOf(company.Id);
        Assert.False(await scope.ServiceProvider.GetRequiredService<IModuleAvailability>().IsAvailableAsync("engineering"));
        await Assert.ThrowsAsync<ModuleDisabledException>(() => scope.ServiceProvider.GetRequiredService<IMediator>().Send(new OpenWorkOrder(
            company.PropertyIds[0], "t", null, WorkOrderCategory.Other, WorkOrderPriority.Low, WorkOrderSource.Internal, null, null)));
    }

    private AsyncServiceScope ScopeOf(Guid organizationId)
    {
        var scope = fixture.Host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetSystem(organizationId);
        return scope;
    }

    private async Task<T> SendAsync<T>(Guid organizationId, IRequest<T> request)
    {
        await using var scope = ScopeOf(organizationId);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
