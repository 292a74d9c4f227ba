using System.Net;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Tenancy;
using Estate.Testing;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Estate.Modules.Meetings.Tests;

/// <summary>With meetings switched off, a company sees no meetings endpoint, its requests are refused and its jobs skip it.</summary>
[Collection(MeetingsHostCollection.Name)]
public sealed class ModuleSwitchTests(MeetingsHostFixture fixture)
{
    [Fact]
    public async Task Meetings_switched_off_answers_404_refuses_its_requests_and_keeps_the_data()
    {
        var company = await TestCompany.CreateAsync(fixture.Host, modules: ["engineering", "probe", "meetings"]);
        var meeting = (await company.PlanMeetingAsync(DateTimeOffset.UtcNow.AddDays(1))).Id();

        await (await company.Admin.PutJsonAsync("/api/platform/modules/meetings", new { enabled = false })).ReadAsync(HttpStatusCode.OK);

        await (await company.Manager.GetAsync($"/api/meetings/meetings/{meeting}")).ReadAsync(HttpStatusCode.NotFound);
        await (await company.Manager.GetAsync("/api/meetings/meetings")).ReadAsync(HttpStatusCode.NotFound);
        await (await company.Manager.PostJsonAsync("/api/meetings/series", new { title = "x" })).ReadAsync(HttpStatusCode.NotFound);
        await (await fixture.CompanyA.Manager.GetAsync("/api/meetings/meetings")).ReadAsync(HttpStatusCode.OK);
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().SetSystem(company.Id);
            var module = scope.ServiceProvider.GetRequiredService<IModuleCatalog>().Modules.Single(m => m.Manifest.Id == "meetings");
            var request = Activator.CreateInstance(module.Assembly.GetType("Estate.Modules.Meetings.Features.Meetings.GetMeeting", throwOnError: true)!, meeting)!;
            var refusal = await Assert.ThrowsAsync<ModuleDisabledException>(() => SendAsync(scope.ServiceProvider.GetRequiredService<IMediator>(), request));
            Assert.Equal("meetings", refusal.ModuleId);
        }

        await (await company.Admin.PutJsonAsync("/api/platform/modules/meetings", new { enabled = true })).ReadAsync(HttpStatusCode.OK);
        await (await company.Manager.GetAsync($"/api/meetings/meetings/{meeting}")).ReadAsync(HttpStatusCode.OK);
    }

    // The module's request types are internal: send one as another module or a job would, by its runtime type.
    private static async Task SendAsync(IMediator mediator, object request)
    {
        var responseType = request.GetType().GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)).GetGenericArguments()[0];
        var send = typeof(IMediator).GetMethods().Single(m => m.Name == nameof(IMediator.Send) && m.IsGenericMethod).MakeGenericMethod(responseType);
        try
        {
            await (Task)send.Invoke(mediator, [request, CancellationToken.None])!;
        }
        catch (System.Reflection.TargetInvocationException invocation)
        {
            throw invocation.InnerException!;
        }
    }
}
