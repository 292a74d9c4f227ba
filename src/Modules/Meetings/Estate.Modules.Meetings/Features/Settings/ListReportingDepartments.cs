using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Results;
using MediatR;

namespace Estate.Modules.Meetings.Features.Settings;

internal sealed record ReportingDepartment(string ModuleId, string NameZh, string NameEn);

/// <summary>
/// The departments that report at the company's meetings (installed, switched on, with a report), by module id:
/// what the department order page arranges.
/// </summary>
internal sealed record ListReportingDepartments : IRequest<Result<IReadOnlyList<ReportingDepartment>>>;

internal sealed class ListReportingDepartmentsHandler(IEnumerable<IDepartmentReportSource> sources, IModuleCatalog catalog, IModuleAvailability availability)
    : IRequestHandler<ListReportingDepartments, Result<IReadOnlyList<ReportingDepartment>>>
{
    public async Task<Result<IReadOnlyList<ReportingDepartment>>> Handle(ListReportingDepartments request, CancellationToken cancellationToken)
    {
        var reporting = sources.Select(s => s.ModuleId).ToHashSet(StringComparer.Ordinal);
        var departments = new List<ReportingDepartment>();
        foreach (var module in catalog.Modules.Where(m => reporting.Contains(m.Manifest.Id)).OrderBy(m => m.Manifest.Id, StringComparer.Ordinal))
        {
            if (await availability.IsAvailableAsync(module.Manifest.Id, cancellationToken))
            {
                departments.Add(new ReportingDepartment(module.Manifest.Id, module.Manifest.NameZh, module.Manifest.NameEn));
            }
        }

        return Result<IReadOnlyList<ReportingDepartment>>.Success(departments);
    }
}
