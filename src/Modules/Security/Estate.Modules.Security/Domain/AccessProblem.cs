using Estate.Modules.Security.Pages;
using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Security.Domain;

/// <summary>
/// A problem with access control (门禁) reported from the field: a gate that does not open, a card reader
/// that fails. One that needs repair goes to engineering as a work order when the company has engineering;
/// otherwise it stays with security, marked as needing repair.
/// </summary>
internal sealed class AccessProblem : PropertyEntity
{
    public const int GateMaxLength = 100;
    public const int ProblemMaxLength = 1000;
    public const int NameMaxLength = 200;
    public const int ResolutionMaxLength = 1000;

    private AccessProblem(Guid organizationId, Guid id, Guid propertyId, string gate, string problem, string reportedByName)
        : base(organizationId, id, propertyId)
    {
        Gate = gate;
        Problem = problem;
        ReportedByName = reportedByName;
    }

    public string Gate { get; private set; }

    public string Problem { get; private set; }

    public bool FoundOnPatrol { get; private set; }

    public Guid ReportedByUserId { get; private set; }

    public string ReportedByName { get; private set; }

    public DateTimeOffset ReportedAt { get; private set; }

    public AccessProblemStatus Status { get; private set; }

    public bool NeedsRepair { get; private set; }

    public DateTimeOffset? RepairRequestedAt { get; private set; }

    /// <summary>The engineering work order doing the repair; null while engineering is not available to the company.</summary>
    public Guid? WorkOrderId { get; private set; }

    public string? WorkOrderNumber { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public string? Resolution { get; private set; }

    public uint Version { get; private set; }

    public static AccessProblem Report(
        Guid organizationId, Guid propertyId, string gate, string problem, bool foundOnPatrol, Guid reportedBy, string reportedByName, DateTimeOffset now) =>
        new(organizationId, Guid.CreateVersion7(now), propertyId, gate, problem, reportedByName)
        {
            FoundOnPatrol = foundOnPatrol,
            ReportedByUserId = reportedBy,
            ReportedAt = now,
            Status = AccessProblemStatus.Open,
        };

    /// <summary>Needs a repair: in repair from now on, with or without a work order.</summary>
    /// <remarks>A problem already in repair without a work order may ask again, e.g. once the company has switched engineering on.</remarks>
    public void RequireRepair(DateTimeOffset now)
    {
        if (Status == AccessProblemStatus.Resolved || (Status == AccessProblemStatus.InRepair && WorkOrderId is not null))
        {
            throw new DomainRuleException("access_problem.cannot_repair", Texts.T($"门禁问题（{SecurityTexts.Of(Status)}，工单 {WorkOrderNumber ?? "-"}）不能再次报修。", $"An access problem {Status} with work order {WorkOrderNumber ?? "-"} cannot be sent to repair again."));
        }

        NeedsRepair = true;
        RepairRequestedAt ??= now;
        Status = AccessProblemStatus.InRepair;
    }

    public void LinkWorkOrder(Guid workOrderId, string number)
    {
        WorkOrderId = workOrderId;
        WorkOrderNumber = number;
    }

    public void Resolve(string resolution, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(resolution);
        if (Status == AccessProblemStatus.Resolved)
        {
            throw new DomainRuleException("access_problem.already_resolved", Texts.T("该门禁问题已解决。", "The access problem is already resolved."));
        }

        Resolution = resolution;
        ResolvedAt = now;
        Status = AccessProblemStatus.Resolved;
    }
}
