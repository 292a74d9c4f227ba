using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Features.Buildings;
using Estate.Modules.CustomerService.Features.Complaints;
using Estate.Modules.CustomerService.Features.Imports;
using Estate.Modules.CustomerService.Features.Notices;
using Estate.Modules.CustomerService.Features.Owners;
using Estate.Modules.CustomerService.Features.Reports;
using Estate.Modules.CustomerService.Features.Settings;
using Estate.Modules.CustomerService.Features.Surveys;
using Estate.Modules.CustomerService.Features.Units;
using Estate.Modules.CustomerService.Reports;
using Estate.Modules.CustomerService.Seeding;
using Estate.SharedKernel.Jobs;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Security;
using Estate.SharedKernel.Seeding;
using Estate.SharedKernel.Ui;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Estate.Modules.CustomerService;

/// <summary>
/// Customer service (客户服务): buildings, units and their owners; complaints, suggestions and enquiries with
/// their response times; satisfaction surveys; notices to owners. Works without engineering; where the company
/// has it, repair complaints become work orders there.
/// </summary>
public sealed class CustomerServiceModule : ModuleBase
{
    internal const string Id = "customer-service";

    public override ModuleManifest Manifest { get; } = new(
        Id: Id,
        NameZh: "客户服务",
        NameEn: "Customer service",
        Version: typeof(CustomerServiceModule).Assembly.GetName().Version!,
        Schema: CustomerServiceDbContext.SchemaName,
        RequiredPlatformVersion: new Version(1, 0),
        RequiredContracts: []);

    public override IReadOnlyList<ModuleMenuEntry> MenuEntries { get; } =
    [
        new("/customer-service/complaints", new("投诉建议", "Complaints"), Icons.Material.Filled.SupportAgent, CustomerServicePermissions.Read, 20),
        new("/customer-service/units", new("房屋", "Units"), Icons.Material.Filled.Apartment, CustomerServicePermissions.Read, 21),
        new("/customer-service/owners", new("业主", "Owners"), Icons.Material.Filled.People, CustomerServicePermissions.Read, 22),
        new("/customer-service/buildings", new("楼栋", "Buildings"), Icons.Material.Filled.Domain, CustomerServicePermissions.Read, 23),
        new("/customer-service/surveys", new("满意度调查", "Surveys"), Icons.Material.Filled.Poll, CustomerServicePermissions.Read, 24),
        new("/customer-service/notices", new("通知", "Notices"), Icons.Material.Filled.Campaign, CustomerServicePermissions.Read, 25),
        new("/customer-service/settings/service-targets", new("服务时限", "Service targets"), Icons.Material.Filled.Timer, CustomerServicePermissions.Manage, 26),
    ];

    public override IReadOnlyList<ModulePermission> Permissions { get; } =
    [
        new(CustomerServicePermissions.Read, "View units, owners, complaints, surveys, notices and the report", PermissionGrants.EveryoneInCompany),
        new(CustomerServicePermissions.Write, "Keep owner records, handle complaints, record surveys and send notices", PermissionGrants.Department(Id)),
        new(CustomerServicePermissions.Manage, "Import owner records and set the complaint targets", PermissionGrants.DepartmentHead(Id)),
    ];

    public override Type? DbContextType => typeof(CustomerServiceDbContext);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        base.ConfigureServices(services, configuration);
        services.AddModuleDbContext<CustomerServiceDbContext>(configuration, CustomerServiceDbContext.SchemaName);
        services.AddScoped<ComplaintWorkOrders>();
        services.AddScoped<CustomerServiceMeetingReport>();
        services.AddScoped<IDemoDataSeeder, CustomerServiceDemoData>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        CreateBuildingEndpoint.Map(endpoints);
        ListBuildingsEndpoint.Map(endpoints);
        GetBuildingEndpoint.Map(endpoints);
        UpdateBuildingEndpoint.Map(endpoints);
        CreateUnitEndpoint.Map(endpoints);
        SearchUnitsEndpoint.Map(endpoints);
        GetUnitEndpoint.Map(endpoints);
        UpdateUnitEndpoint.Map(endpoints);
        RemoveUnitEndpoint.Map(endpoints);
        CreateOwnerEndpoint.Map(endpoints);
        ListOwnersEndpoint.Map(endpoints);
        GetOwnerEndpoint.Map(endpoints);
        UpdateOwnerEndpoint.Map(endpoints);
        ImportBuildingsEndpoint.Map(endpoints);
        ImportUnitsEndpoint.Map(endpoints);
        ImportOwnersEndpoint.Map(endpoints);
        ExportRecordsEndpoint.Map(endpoints);
        CreateComplaintEndpoint.Map(endpoints);
        ListComplaintsEndpoint.Map(endpoints);
        GetComplaintEndpoint.Map(endpoints);
        UpdateComplaintEndpoint.Map(endpoints);
        RespondToComplaintEndpoint.Map(endpoints);
        ResolveComplaintEndpoint.Map(endpoints);
        CloseComplaintEndpoint.Map(endpoints);
        ReopenComplaintEndpoint.Map(endpoints);
        RecordFollowUpEndpoint.Map(endpoints);
        OpenComplaintWorkOrderEndpoint.Map(endpoints);
        GetServiceTargetsEndpoint.Map(endpoints);
        UpdateServiceTargetsEndpoint.Map(endpoints);
        CreateSurveyEndpoint.Map(endpoints);
        ListSurveysEndpoint.Map(endpoints);
        GetSurveyEndpoint.Map(endpoints);
        RecordSurveyResponsesEndpoint.Map(endpoints);
        ListSurveyResponsesEndpoint.Map(endpoints);
        CreateNoticeEndpoint.Map(endpoints);
        ListNoticesEndpoint.Map(endpoints);
        GetNoticeEndpoint.Map(endpoints);
        SendNoticeEndpoint.Map(endpoints);
        ListNoticeRecipientsEndpoint.Map(endpoints);
        GetMeetingReportEndpoint.Map(endpoints);
    }

    public override void RegisterRecurringJobs(IRecurringJobRegistry jobs) =>
        jobs.AddTenantJob<RefreshCustomerServiceReportFigures>("customer-service.refresh-report-figures", "17 * * * *");
}
