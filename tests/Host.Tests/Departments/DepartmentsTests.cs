using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Host.Features.Departments;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Tests.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Departments;

/// <summary>
/// Departments as admins set them: the first one seeded with every service, staff placed in one or more, a stage given to
/// another department so a case at that stage is theirs, and bad input refused naming the field. Run on SQLite and PostgreSQL.
/// </summary>
public abstract class DepartmentsTests(CasesHost host)
{
    [SkippableFact]
    public async Task A_case_belongs_to_its_stages_department_and_otherwise_to_its_services()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        using var admin = await app.AdminClientAsync();

        var seeded = (await admin.GetFromJsonAsync<JsonElement>("/api/departments")).EnumerateArray()
            .Single(d => d.GetProperty("code").GetString() == DepartmentSeeder.MemberRelationsCode);
        Assert.Equal("إدارة علاقات الأعضاء", seeded.GetProperty("nameAr").GetString());
        Assert.Contains("support-request", seeded.GetProperty("serviceTypes").EnumerateArray().Select(s => s.GetString()));

        var manager = await UserIdAsync(admin, desk.EmailOf("Manager"));
        var committee = await UserIdAsync(admin, desk.EmailOf("CommitteeMember"));
        var code = "research-" + Guid.NewGuid().ToString("N")[..8];
        var created = await admin.PostAsJsonAsync("/api/departments", new
        {
            code,
            nameAr = "أمانة لجنة البحث",
            nameEn = "Research committee secretariat",
            staff = new[] { manager, committee },
            stages = new[] { new { workflowDefinitionId = "member-service-request", stageId = "committee" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var department = await created.Content.ReadFromJsonAsync<JsonElement>();
        var departmentId = department.GetProperty("id").GetGuid();
        Assert.Equal(2, department.GetProperty("staff").GetArrayLength());
        Assert.Equal("committee", department.GetProperty("stages")[0].GetProperty("stageId").GetString());

        var caseId = (await desk.OpenCaseAsync()).GetProperty("id").GetGuid();
        var atCommittee = await desk.CaseAtCommitteeAsync();
        using var scope = app.Services.CreateScope();
        var directory = scope.ServiceProvider.GetRequiredService<IDepartmentDirectory>();
        Assert.Equal(seeded.GetProperty("id").GetGuid(), await directory.DepartmentOfCaseAsync(caseId, default));
        Assert.Equal(departmentId, await directory.DepartmentOfCaseAsync(atCommittee, default));
        Assert.Equal(new[] { manager }, await directory.StaffOfAsync(departmentId, Roles.Manager, default));
        Assert.Equal(2, (await directory.StaffOfAsync(departmentId, null, default)).Count);
        // Told of what is theirs: the department's managers only; without a department, every manager.
        Assert.Equal(new[] { desk.EmailOf("Manager") }, await directory.ManagerEmailsAsync(departmentId, default));
        var everyManager = await directory.ManagerEmailsAsync(null, default);
        Assert.Contains(desk.EmailOf("Manager"), everyManager);
        Assert.DoesNotContain(desk.EmailOf("CommitteeMember"), everyManager);
        Assert.Contains(departmentId, await directory.DepartmentsOfUserAsync(committee, default));
        Assert.Null(await directory.DepartmentOfCaseAsync(Guid.NewGuid(), default));

        // Renaming keeps the lists not given; an empty list empties it.
        var renamed = await admin.PutAsJsonAsync($"/api/departments/{departmentId}", new { nameAr = "أمانة اللجنة", nameEn = "Committee secretariat", staff = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var after = await renamed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("أمانة اللجنة", after.GetProperty("nameAr").GetString());
        Assert.Equal(0, after.GetProperty("staff").GetArrayLength());
        Assert.Equal(1, after.GetProperty("stages").GetArrayLength());
    }

    [SkippableFact]
    public async Task Bad_input_is_refused_naming_the_field_and_only_admins_change_departments()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        using var admin = await app.AdminClientAsync();

        await AssertFieldAsync(await admin.PostAsJsonAsync("/api/departments", new { code = "Not Kebab", nameAr = "س", nameEn = "S" }), "code");
        await AssertFieldAsync(await admin.PostAsJsonAsync("/api/departments", new { code = DepartmentSeeder.MemberRelationsCode, nameAr = "س", nameEn = "S" }), "code");
        await AssertFieldAsync(await admin.PostAsJsonAsync("/api/departments", new { code = "x-" + Guid.NewGuid().ToString("N")[..6], nameAr = "", nameEn = "S" }), "nameAr");
        await AssertFieldAsync(await admin.PostAsJsonAsync("/api/departments", new
        {
            code = "x-" + Guid.NewGuid().ToString("N")[..6], nameAr = "س", nameEn = "S",
            stages = new[] { new { workflowDefinitionId = "member-service-request", stageId = "apiary-visit" } },
        }), "stages");
        await AssertFieldAsync(await admin.PostAsJsonAsync("/api/departments", new
        {
            code = "x-" + Guid.NewGuid().ToString("N")[..6], nameAr = "س", nameEn = "S", serviceTypes = new[] { "no-such-service" },
        }), "serviceTypes");
        await AssertFieldAsync(await admin.PostAsJsonAsync("/api/departments", new
        {
            code = "x-" + Guid.NewGuid().ToString("N")[..6], nameAr = "س", nameEn = "S", staff = new[] { "no-such-user" },
        }), "staff");

        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"/api/departments/{Guid.NewGuid()}", new { nameAr = "س", nameEn = "S" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/departments/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Manager.PostAsJsonAsync("/api/departments", new { code = "managers-own", nameAr = "س", nameEn = "S" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await desk.Committee.GetAsync("/api/departments")).StatusCode);
    }

    private static async Task AssertFieldAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), body);
        Assert.Matches("[\u0600-\u06FF]", messages[0].GetString()!);
    }

    private static async Task<string> UserIdAsync(HttpClient admin, string email)
    {
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/users?pageSize=200");
        var items = users.ValueKind == JsonValueKind.Array ? users : users.GetProperty("items");
        return items.EnumerateArray().Single(u => u.GetProperty("email").GetString() == email).GetProperty("id").GetString()!;
    }
}

public sealed class SqliteDepartmentsTests(SqliteCasesHost host) : DepartmentsTests(host), IClassFixture<SqliteCasesHost>;

public sealed class PostgresDepartmentsTests(PostgresCasesHost host) : DepartmentsTests(host), IClassFixture<PostgresCasesHost>;
