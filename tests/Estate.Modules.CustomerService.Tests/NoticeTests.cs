using System.Net;
using Estate.Testing;
using static Estate.Modules.CustomerService.Tests.CustomerServiceRequests;

namespace Estate.Modules.CustomerService.Tests;

/// <summary>Notices to owners: sending records who they went to, as the targeted units' residents were at that moment.</summary>
[Collection(CustomerServiceHostCollection.Name)]
public sealed class NoticeTests(CustomerServiceHostFixture fixture)
{
    [Fact]
    public async Task A_notice_to_one_building_is_recorded_as_sent_to_its_residents_at_sending_time()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var head = company.Head("customer-service");
        await (await head.ImportAsync("units", "property,building,unit,area\nNorth Garden,1栋,1-101,80\nNorth Garden,1栋,1-102,80\nNorth Garden,2栋,2-101,80\n"))
            .ReadAsync(HttpStatusCode.OK);
        await (await head.ImportAsync("owners", """
            property,building,unit,name,phone,kind
            North Garden,1栋,1-101,王伟,13800000001,owner
            North Garden,1栋,1-101,李芳,13800000002,tenant
            North Garden,1栋,1-102,张敏,13800000003,owner
            North Garden,2栋,2-101,刘洋,13800000004,owner
            """)).ReadAsync(HttpStatusCode.OK);
        var building = (await head.GetJsonAsync($"{Api}/buildings?propertyId={company.PropertyIds[0]}")).GetProperty("items").EnumerateArray().First(b => b.GetProperty("name").GetString() == "1栋");
        var staff = company.Staff("customer-service");
        var notice = await (await staff.PostJsonAsync($"{Api}/notices", new
        {
            propertyId = company.PropertyIds[0], kind = "outage", title = "计划停水通知", body = "周六 9:00–15:00 停水", buildingIds = new[] { TestCompany.IdOf(building) },
        })).ReadAsync(HttpStatusCode.Created);
        Assert.Equal("draft", notice.GetProperty("status").GetString());

        var sent = await (await staff.PostJsonAsync($"{Api}/notices/{TestCompany.IdOf(notice)}/send", new { version = notice.GetProperty("version").GetUInt32() })).ReadAsync(HttpStatusCode.OK);
        await staff.CreateOwnerAsync((await staff.GetJsonAsync($"{Api}/owners?search=张敏")).GetProperty("items")[0].GetProperty("unitId").GetGuid(), "后来的住户");
        var recipients = await staff.GetJsonAsync($"{Api}/notices/{TestCompany.IdOf(notice)}/recipients");
        var again = await (await staff.PostJsonAsync($"{Api}/notices/{TestCompany.IdOf(notice)}/send", new { version = sent.GetProperty("version").GetUInt32() })).ReadAsync(HttpStatusCode.Conflict);

        Assert.Equal("sent", sent.GetProperty("status").GetString());
        Assert.Equal(3, sent.GetProperty("recipientCount").GetInt32());
        Assert.Equal(["张敏", "李芳", "王伟"], recipients.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.Contains(recipients.GetProperty("items").EnumerateArray(), r => r.GetProperty("kind").GetString() == "tenant" && r.GetProperty("phone").GetString() == "13800000002");
        Assert.Equal("notice.already_sent", again.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_notice_naming_a_building_of_another_property_is_400()
    {
        var staff = fixture.CompanyA.Staff("customer-service");
        var elsewhere = await staff.CreateBuildingAsync(fixture.CompanyA.PropertyIds[1]);

        var problem = await (await staff.PostJsonAsync($"{Api}/notices", new
        {
            propertyId = fixture.CompanyA.PropertyIds[0], kind = "event", title = "中秋游园", body = "欢迎参加", buildingIds = new[] { TestCompany.IdOf(elsewhere) },
        })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["buildingIds"], problem.ErrorFields());
    }
}
