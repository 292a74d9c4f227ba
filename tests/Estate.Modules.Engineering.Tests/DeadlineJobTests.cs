using System.Net;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Modules.Engineering.Tests;

/// <summary>The warning before the deadline and the overdue escalation, each run as the recurring job at a chosen time.</summary>
[Collection(EngineeringHostCollection.Name)]
public sealed class DeadlineJobTests(EngineeringHostFixture fixture)
{
    private const string CountEvents =
        "SELECT count(*) FROM engineering.outbox_messages WHERE type LIKE $1 || ',%' AND payload->>'workOrderId' = $2";

    // Jobs here run hours or days ahead: each test has a company of its own so no other test's orders are touched.
    private TestCompany Company { get; set; } = null!;

    [Fact]
    public async Task The_warning_comes_once_when_less_than_a_quarter_of_the_allowed_time_is_left()
    {
        Company = await TestCompany.CreateAsync(fixture.Host);
        var workOrder = await Company.Staff("engineering").OpenWorkOrderAsync(Company.PropertyIds[0], "电梯困人", "urgent");
        var opened = workOrder.GetProperty("createdAt").GetDateTimeOffset();

        await RunAsync("WarnOfApproachingDeadlines", opened.AddHours(2.9));
        var early = await ReadAsync(workOrder);
        await RunAsync("WarnOfApproachingDeadlines", opened.AddHours(3.1));
        var warned = await ReadAsync(workOrder);
        await RunAsync("WarnOfApproachingDeadlines", opened.AddHours(3.5));
        var again = await ReadAsync(workOrder);

        Assert.Equal(JsonValueKind.Null, early.GetProperty("warnedAt").ValueKind);
        Assert.Equal(opened.AddHours(3.1), warned.GetProperty("warnedAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(warned.GetProperty("warnedAt").GetDateTimeOffset(), again.GetProperty("warnedAt").GetDateTimeOffset());
        Assert.False(again.GetProperty("isOverdue").GetBoolean());
        Assert.Equal(1L, await EventsAsync("WorkOrderDeadlineApproaching", workOrder));
    }

    [Fact]
    public async Task The_overdue_escalation_happens_once_and_stays_on_the_work_order()
    {
        Company = await TestCompany.CreateAsync(fixture.Host);
        var workOrder = await Company.Staff("engineering").OpenWorkOrderAsync(Company.PropertyIds[0], "消防栓水压不足", "high");
        var deadline = workOrder.GetProperty("deadline").GetDateTimeOffset();

        await RunAsync("FlagOverdueWorkOrders", deadline.AddMinutes(-1));
        var notYet = await ReadAsync(workOrder);
        await RunAsync("FlagOverdueWorkOrders", deadline.AddMinutes(5));
        await RunAsync("FlagOverdueWorkOrders", deadline.AddMinutes(10));
        var escalated = await ReadAsync(workOrder);

        Assert.False(notYet.GetProperty("isOverdue").GetBoolean());
        Assert.True(escalated.GetProperty("isOverdue").GetBoolean());
        Assert.Equal(deadline.AddMinutes(5), escalated.GetProperty("overdueSince").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(1L, await EventsAsync("WorkOrderOverdue", workOrder));
    }

    [Fact]
    public async Task An_order_found_only_after_its_deadline_is_escalated_without_a_late_warning()
    {
        Company = await TestCompany.CreateAsync(fixture.Host);
        var workOrder = await Company.Staff("engineering").OpenWorkOrderAsync(Company.PropertyIds[1], "路灯损坏", "low");
        var deadline = workOrder.GetProperty("deadline").GetDateTimeOffset();

        await RunAsync("WarnOfApproachingDeadlines", deadline.AddHours(1));
        await RunAsync("FlagOverdueWorkOrders", deadline.AddHours(1));

        var read = await ReadAsync(workOrder);
        Assert.Equal(JsonValueKind.Null, read.GetProperty("warnedAt").ValueKind);
        Assert.True(read.GetProperty("isOverdue").GetBoolean());
        Assert.Equal(0L, await EventsAsync("WorkOrderDeadlineApproaching", workOrder));
        Assert.Equal(1L, await EventsAsync("WorkOrderOverdue", workOrder));
    }

    [Fact]
    public async Task Completed_work_is_neither_warned_nor_escalated_and_a_late_completion_keeps_its_overdue_mark()
    {
        Company = await TestCompany.CreateAsync(fixture.Host);
        var onTime = await Company.CompletedWorkOrderAsync(Company.PropertyIds[0]);
        var late = await Company.Staff("engineering").OpenWorkOrderAsync(Company.PropertyIds[0], "外墙瓷砖脱落", "urgent");
        var lateDeadline = late.GetProperty("deadline").GetDateTimeOffset();
        await RunAsync("FlagOverdueWorkOrders", lateDeadline.AddMinutes(1));
        late = await ReadAsync(late);
        var url = $"/api/engineering/work-orders/{TestCompany.IdOf(late)}";
        late = await Company.Staff("engineering").ActAsync($"{url}/assign", late, new { assigneeUserId = Company.StaffUserId("engineering") });
        late = await Company.Staff("engineering").ActAsync($"{url}/start", late);
        late = await Company.Staff("engineering").ActAsync($"{url}/complete", late, new { notes = "已修复" });

        var farLater = onTime.GetProperty("deadline").GetDateTimeOffset().AddDays(3);
        await RunAsync("WarnOfApproachingDeadlines", farLater);
        await RunAsync("FlagOverdueWorkOrders", farLater);

        var readOnTime = await ReadAsync(onTime);
        var readLate = await ReadAsync(late);
        Assert.Equal(JsonValueKind.Null, readOnTime.GetProperty("warnedAt").ValueKind);
        Assert.False(readOnTime.GetProperty("isOverdue").GetBoolean());
        Assert.Equal(JsonValueKind.Null, readOnTime.GetProperty("overdueSince").ValueKind);
        Assert.False(readLate.GetProperty("isOverdue").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, readLate.GetProperty("overdueSince").ValueKind);
        Assert.Equal(1L, await EventsAsync("WorkOrderOverdue", late));
    }

    [Fact]
    public async Task A_job_run_for_one_company_leaves_another_companys_work_orders_alone()
    {
        Company = await TestCompany.CreateAsync(fixture.Host);
        var ofB = await fixture.CompanyB.Staff("engineering").OpenWorkOrderAsync(fixture.CompanyB.PropertyIds[0], "B 的工单", "urgent");

        await RunAsync("FlagOverdueWorkOrders", ofB.GetProperty("deadline").GetDateTimeOffset().AddHours(1));
        await RunAsync("WarnOfApproachingDeadlines", ofB.GetProperty("deadline").GetDateTimeOffset().AddMinutes(-10));

        var read = await (await fixture.CompanyB.ReadOnly.GetAsync($"/api/engineering/work-orders/{TestCompany.IdOf(ofB)}")).ReadAsync(HttpStatusCode.OK);
        Assert.False(read.GetProperty("isOverdue").GetBoolean());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("warnedAt").ValueKind);
    }

    private async Task RunAsync(string job, DateTimeOffset at)
    {
        await using var scope = EngineeringScope.For(fixture.Host, Company.Id, at);
        await scope.RunJobAsync(job);
    }

    private async Task<JsonElement> ReadAsync(JsonElement workOrder) =>
        await (await Company.ReadOnly.GetAsync($"/api/engineering/work-orders/{TestCompany.IdOf(workOrder)}")).ReadAsync(HttpStatusCode.OK);

    private Task<long> EventsAsync(string eventName, JsonElement workOrder) =>
        fixture.Database.ScalarAsync<long>(CountEvents, $"Estate.Modules.Engineering.Contracts.{eventName}", TestCompany.IdOf(workOrder).ToString());
}
