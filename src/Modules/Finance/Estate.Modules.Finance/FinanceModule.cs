using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Features.Arrears;
using Estate.Modules.Finance.Features.Bills;
using Estate.Modules.Finance.Features.Budgets;
using Estate.Modules.Finance.Features.Collection;
using Estate.Modules.Finance.Features.Expenses;
using Estate.Modules.Finance.Features.FeeItems;
using Estate.Modules.Finance.Features.FundRequests;
using Estate.Modules.Finance.Features.ParkingSpaces;
using Estate.Modules.Finance.Features.Payments;
using Estate.Modules.Finance.Features.Reports;
using Estate.Modules.Finance.Features.Units;
using Estate.Modules.Finance.Jobs;
using Estate.Modules.Finance.Reports;
using Estate.Modules.Finance.Seeding;
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

namespace Estate.Modules.Finance;

/// <summary>
/// Finance (财务): fee items, monthly bills generated set-based from customer service's units (through its contract
/// and events, kept in finance's own copy), payments settling bills oldest first, arrears and their ageing, the
/// collection rate, yearly department budgets, fund requests from other departments decided against them, expenses,
/// and the department's meeting report.
/// </summary>
public sealed class FinanceModule : ModuleBase
{
    internal const string Id = "finance";

    public override ModuleManifest Manifest { get; } = new(
        Id: Id,
        NameZh: "财务",
        NameEn: "Finance",
        Version: typeof(FinanceModule).Assembly.GetName().Version!,
        Schema: FinanceDbContext.SchemaName,
        RequiredPlatformVersion: new Version(1, 0),
        RequiredContracts: []);

    public override IReadOnlyList<ModuleMenuEntry> MenuEntries { get; } =
    [
        new("/finance/bills", new("账单", "Bills"), Icons.Material.Filled.ReceiptLong, FinancePermissions.ReadAccounts),
        new("/finance/payments", new("缴费记录", "Payments"), Icons.Material.Filled.Payments, FinancePermissions.ReadAccounts, 1),
        new("/finance/arrears", new("欠费", "Arrears"), Icons.Material.Filled.MoneyOff, FinancePermissions.ReadAccounts, 2),
        new("/finance/fund-requests", new("用款申请", "Fund requests"), Icons.Material.Filled.RequestQuote, FinancePermissions.Read, 3),
        new("/finance/budgets", new("部门预算", "Budgets"), Icons.Material.Filled.AccountBalance, FinancePermissions.Read, 4),
        new("/finance/expenses", new("支出", "Expenses"), Icons.Material.Filled.ShoppingCart, FinancePermissions.ReadAccounts, 5),
        new("/finance/fee-items", new("收费项目", "Fee items"), Icons.Material.Filled.PriceChange, FinancePermissions.Read, 6),
        new("/finance/parking-spaces", new("车位", "Parking spaces"), Icons.Material.Filled.LocalParking, FinancePermissions.ReadAccounts, 7),
        new("/finance/billing-runs", new("账单生成记录", "Billing runs"), Icons.Material.Filled.History, FinancePermissions.Read, 8),
    ];

    public override IReadOnlyList<ModulePermission> Permissions { get; } =
    [
        new(FinancePermissions.Read, "View fee items, collection rates, arrears totals, budgets, fund requests and the report", PermissionGrants.EveryoneInCompany),
        new(FinancePermissions.ReadAccounts, "View owners' bills and payments, units in arrears, parking spaces and expenses", PermissionGrants.Department(Id)),
        new(FinancePermissions.Bill, "Generate bills, record payments and assign parking spaces", PermissionGrants.Department(Id)),
        new(FinancePermissions.ManageFeeItems, "Define fee items and their prices", PermissionGrants.DepartmentHead(Id)),
        new(FinancePermissions.ManageBudgets, "Set and revise department budgets", PermissionGrants.DepartmentHead(Id)),
        new(FinancePermissions.RecordExpenses, "Book expenses against budgets and fund requests", PermissionGrants.Department(Id)),
        new(FinancePermissions.SubmitFundRequests, "Ask finance for money for a department",
            [new(PlatformRoles.CompanyAdmin), new(PlatformRoles.SeniorManager), new(PlatformRoles.DepartmentHead)]),
        new(FinancePermissions.DecideFundRequests, "Approve, partly approve or reject fund requests", PermissionGrants.DepartmentHead(Id)),
    ];

    public override Type? DbContextType => typeof(FinanceDbContext);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        base.ConfigureServices(services, configuration);
        services.AddModuleDbContext<FinanceDbContext>(configuration, FinanceDbContext.SchemaName);
        services.AddScoped<UnitCopy>();
        services.AddScoped<UnitLookup>();
        services.AddScoped<BillGeneration>();
        services.AddScoped<ArrearsLedger>();
        services.AddScoped<OldestOpenDueDates>();
        services.AddScoped<BudgetLedger>();
        services.AddScoped<StoredFinanceFigures>();
        services.AddScoped<IDemoDataSeeder, FinanceDemoData>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        CreateFeeItemEndpoint.Map(endpoints);
        ListFeeItemsEndpoint.Map(endpoints);
        GetFeeItemEndpoint.Map(endpoints);
        UpdateFeeItemEndpoint.Map(endpoints);
        ListBillableUnitsEndpoint.Map(endpoints);
        AssignParkingSpaceEndpoint.Map(endpoints);
        ListParkingSpacesEndpoint.Map(endpoints);
        ReleaseParkingSpaceEndpoint.Map(endpoints);
        GenerateBillsEndpoint.Map(endpoints);
        ListBillingRunsEndpoint.Map(endpoints);
        GetBillingRunEndpoint.Map(endpoints);
        ListBillsEndpoint.Map(endpoints);
        GetBillEndpoint.Map(endpoints);
        RecordPaymentEndpoint.Map(endpoints);
        ListPaymentsEndpoint.Map(endpoints);
        GetPaymentEndpoint.Map(endpoints);
        GetArrearsEndpoint.Map(endpoints);
        ListUnitsInArrearsEndpoint.Map(endpoints);
        GetCollectionRateEndpoint.Map(endpoints);
        CreateBudgetEndpoint.Map(endpoints);
        ListBudgetsEndpoint.Map(endpoints);
        GetBudgetEndpoint.Map(endpoints);
        ReviseBudgetEndpoint.Map(endpoints);
        SubmitFundRequestEndpoint.Map(endpoints);
        ListFundRequestsEndpoint.Map(endpoints);
        GetFundRequestEndpoint.Map(endpoints);
        DecideFundRequestEndpoint.Map(endpoints);
        RecordExpenseEndpoint.Map(endpoints);
        ListExpensesEndpoint.Map(endpoints);
        GetMeetingReportEndpoint.Map(endpoints);
    }

    public override void RegisterRecurringJobs(IRecurringJobRegistry jobs)
    {
        jobs.AddTenantJob<GenerateMonthlyBills>("finance.generate-monthly-bills", GenerateMonthlyBills.Cron);
        // Hourly: the first run after midnight adds yesterday; the others rewrite the last days with late payments.
        jobs.AddTenantJob<RefreshFinanceReportFigures>("finance.refresh-report-figures", "43 * * * *");
    }
}
