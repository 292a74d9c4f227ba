using System.Collections.Concurrent;
using Estate.Modules.Finance.Contracts;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using MediatR;

namespace Estate.Modules.FinanceStub;

/// <summary>Stands in for the finance module: a fixed budget of 100,000 per department, fund requests kept in memory.</summary>
public sealed class FinanceStubModule : ModuleBase
{
    public const decimal Budget = 100_000m;

    public override ModuleManifest Manifest { get; } = new(
        "finance", "财务（测试替身）", "Finance (test stub)", new Version(1, 0), "finance_stub", new Version(1, 0), []);

    /// <summary>Fund requests received, per company: (department, purpose, amount, reference id).</summary>
    public static ConcurrentDictionary<Guid, ConcurrentQueue<(string Department, string Purpose, decimal Amount, Guid? ReferenceId)>> Received { get; } = new();
}

internal sealed class CheckBudgetHandler(ITenantContext tenant) : IRequestHandler<CheckBudget, Result<BudgetCheck>>
{
    public Task<Result<BudgetCheck>> Handle(CheckBudget request, CancellationToken cancellationToken)
    {
        var committed = FinanceStubModule.Received.GetValueOrDefault(tenant.OrganizationId)?.Where(r => r.Department == request.Department).Sum(r => r.Amount) ?? 0m;
        var remaining = FinanceStubModule.Budget - committed;
        return Task.FromResult<Result<BudgetCheck>>(new BudgetCheck(FinanceStubModule.Budget, committed, remaining, request.Amount <= remaining));
    }
}

internal sealed class RequestFundsHandler(ITenantContext tenant) : IRequestHandler<RequestFunds, Result<FundRequestReceipt>>
{
    public Task<Result<FundRequestReceipt>> Handle(RequestFunds request, CancellationToken cancellationToken)
    {
        FinanceStubModule.Received.GetOrAdd(tenant.OrganizationId, _ => new()).Enqueue((request.Department, request.Purpose, request.Amount, request.ReferenceId));
        return Task.FromResult<Result<FundRequestReceipt>>(new FundRequestReceipt(Guid.CreateVersion7(), FundRequestStatus.Pending));
    }
}
