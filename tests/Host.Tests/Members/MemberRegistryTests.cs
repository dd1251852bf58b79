using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DomatAljandal.Host.Features.Members.Search;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Members;

/// <summary>The staff member registry through the API — validation, duplicates, search, audit, concurrency; run on SQLite and PostgreSQL.</summary>
public abstract class MemberRegistryTests(HostFixture host)
{
    private async Task<(DomatAppFactory App, HttpClient Officer)> DeskAsync()
    {
        var app = await host.GetAsync();
        return (app, await app.StaffClientAsync("MemberRelationsOfficer"));
    }

    private static async Task<JsonElement> RegisterOkAsync(HttpClient client, MemberBuilder member)
    {
        var response = await client.PostAsJsonAsync("/api/members", member.Body());
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task<List<string>> SearchNamesAsync(HttpClient client, string q)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/members?q={Uri.EscapeDataString(q)}&pageSize=50");
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("fullName").GetString()!)];
    }

    [SkippableFact]
    public async Task National_ID_and_iqama_numbers_are_accepted_only_with_a_valid_check_digit()
    {
        var (_, officer) = await DeskAsync();
        var citizen = MemberBuilder.NewNationalId('1');
        var resident = MemberBuilder.NewNationalId('2');
        var created = await RegisterOkAsync(officer, new MemberBuilder { NationalId = citizen });
        Assert.Equal("Citizen", created.GetProperty("nationalIdKind").GetString());
        Assert.Equal("Resident", (await RegisterOkAsync(officer, new MemberBuilder { NationalId = resident })).GetProperty("nationalIdKind").GetString());

        var arabicDigits = MemberBuilder.NewNationalId();
        var fromArabic = await RegisterOkAsync(officer, new MemberBuilder { NationalId = MemberBuilder.ToArabicIndic(arabicDigits) });
        Assert.Equal(arabicDigits, fromArabic.GetProperty("nationalId").GetString());

        var valid = MemberBuilder.NewNationalId();
        var wrongCheckDigit = valid[..9] + (char)('0' + ((valid[9] - '0' + 1) % 10));
        foreach (var invalid in new[] { wrongCheckDigit, "3" + valid[1..], valid[..9], "10457839a3", "" })
        {
            var problem = await ProblemAsync(await officer.PostAsJsonAsync("/api/members", new MemberBuilder { NationalId = invalid }.Body()), HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("nationalId", out _), $"{invalid}: {problem}");
        }
    }

    [SkippableFact]
    public async Task Mobile_numbers_are_stored_as_E164_whichever_way_they_are_typed()
    {
        var (_, officer) = await DeskAsync();
        foreach (var typed in new[] { "0551234567", "551234567", "+966 55 123 4567", "00966551234567", "٠٥٥١٢٣٤٥٦٧", "(055) 123-4567" })
        {
            var created = await RegisterOkAsync(officer, new MemberBuilder { Mobile = typed });
            Assert.Equal("+966551234567", created.GetProperty("mobile").GetString());
            Assert.Equal("0551234567", created.GetProperty("mobileLocal").GetString());
        }

        foreach (var wrong in new[] { "0114567890", "+971501234567", "05512345" })
        {
            var problem = await ProblemAsync(await officer.PostAsJsonAsync("/api/members", new MemberBuilder { Mobile = wrong }.Body()), HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("mobile", out _), $"{wrong}: {problem}");
        }
    }

    [SkippableFact]
    public async Task A_second_registration_of_a_national_ID_is_refused_naming_nationalId()
    {
        var (_, officer) = await DeskAsync();
        var first = await RegisterOkAsync(officer, new MemberBuilder());
        var again = new MemberBuilder { NationalId = MemberBuilder.ToArabicIndic(first.GetProperty("nationalId").GetString()!), FirstName = "سعد" };

        var problem = await ProblemAsync(await officer.PostAsJsonAsync("/api/members", again.Body()), HttpStatusCode.Conflict);
        Assert.True(problem.GetProperty("errors").TryGetProperty("nationalId", out _));
        Assert.Contains(first.GetProperty("id").GetString()!, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(first.GetProperty("id").GetString(), problem.GetProperty("existingMemberId").GetString());

        var other = await RegisterOkAsync(officer, new MemberBuilder());
        var body = JsonSerializer.SerializeToNode(new MemberBuilder { NationalId = first.GetProperty("nationalId").GetString()! }.Body())!.AsObject();
        body["version"] = other.GetProperty("version").GetInt32();
        var moved = await officer.PutAsJsonAsync($"/api/members/{other.GetProperty("id").GetGuid()}", body);
        await ProblemAsync(moved, HttpStatusCode.Conflict);
    }

    [SkippableFact]
    public async Task A_mobile_already_registered_is_saved_with_a_warning_naming_the_other_member()
    {
        var (_, officer) = await DeskAsync();
        var mobile = MemberBuilder.NewMobile();
        var first = await RegisterOkAsync(officer, new MemberBuilder { Mobile = mobile });
        Assert.Empty(first.GetProperty("warnings").EnumerateArray());

        var second = await RegisterOkAsync(officer, new MemberBuilder { Mobile = "+966" + mobile[1..], FirstName = "نورة" });
        var warning = Assert.Single(second.GetProperty("warnings").EnumerateArray());
        Assert.Equal("mobile", warning.GetProperty("field").GetString());
        Assert.Equal(first.GetProperty("id").GetGuid(), warning.GetProperty("existingMemberId").GetGuid());
        Assert.False(string.IsNullOrWhiteSpace(warning.GetProperty("message").GetString()));

        var read = await officer.GetFromJsonAsync<JsonElement>($"/api/members/{second.GetProperty("id").GetGuid()}");
        Assert.False(read.TryGetProperty("warnings", out _));
    }

    [SkippableFact]
    public async Task Search_finds_the_spelling_variants_of_Arabic_names()
    {
        var (_, officer) = await DeskAsync();
        var family = MemberBuilder.UniqueFamilyName();
        await RegisterOkAsync(officer, new MemberBuilder { FirstName = "أحمد", FamilyName = family });
        await RegisterOkAsync(officer, new MemberBuilder { FirstName = "عبد الله", FamilyName = family });
        await RegisterOkAsync(officer, new MemberBuilder { FirstName = "سلمان", FatherName = "عبدالرحمن", FamilyName = family });
        await RegisterOkAsync(officer, new MemberBuilder { FirstName = "فاطمة", FamilyName = family });
        await RegisterOkAsync(officer, new MemberBuilder { FirstName = "مُحَمَّد", FatherName = "سعد", GrandfatherName = "سالم", FamilyName = family });
        await RegisterOkAsync(officer, new MemberBuilder { FirstName = "محـــمود", FatherName = "سعد", GrandfatherName = "سالم", FamilyName = family });

        Assert.Equal([$"أحمد عبدالله محمد {family}"], await SearchNamesAsync(officer, $"احمد {family}"));
        Assert.Equal([$"أحمد عبدالله محمد {family}"], await SearchNamesAsync(officer, $"إحمد {family}"));
        Assert.Contains($"عبد الله عبدالله محمد {family}", await SearchNamesAsync(officer, $"عبدالله {family}"));
        Assert.Contains($"عبد الله عبدالله محمد {family}", await SearchNamesAsync(officer, $"عبد الله {family}"));
        Assert.Contains($"سلمان عبدالرحمن محمد {family}", await SearchNamesAsync(officer, $"عبد الرحمن {family}"));
        Assert.Contains($"سلمان عبدالرحمن محمد {family}", await SearchNamesAsync(officer, $"الرحمن {family}"));
        Assert.Equal([$"فاطمة عبدالله محمد {family}"], await SearchNamesAsync(officer, $"فاطمه {family}"));
        Assert.Equal([$"مُحَمَّد سعد سالم {family}"], await SearchNamesAsync(officer, $"محمد سعد {family}"));
        Assert.Equal([$"محـــمود سعد سالم {family}"], await SearchNamesAsync(officer, $"محمود {family}"));
        Assert.Equal([$"محـــمود سعد سالم {family}"], await SearchNamesAsync(officer, $"مَحْمُود {family}"));

        // Any part of the name, a prefix of it, the family name without its article.
        Assert.Equal(6, (await SearchNamesAsync(officer, family)).Count);
        Assert.Equal(6, (await SearchNamesAsync(officer, family[..5])).Count);
        Assert.Equal(6, (await SearchNamesAsync(officer, family[2..])).Count);
        Assert.Empty(await SearchNamesAsync(officer, $"خالد {family}"));
    }

    [SkippableFact]
    public async Task Search_finds_a_member_by_mobile_national_ID_or_membership_number_in_any_digits_and_ranks_the_exact_one_first()
    {
        var (_, officer) = await DeskAsync();
        var family = MemberBuilder.UniqueFamilyName();
        var mobile = MemberBuilder.NewMobile();
        var number = "M-" + Random.Shared.Next(100_000, 999_999);
        var member = await RegisterOkAsync(officer, new MemberBuilder
        {
            FamilyName = family,
            Mobile = "+966" + mobile[1..],
            Roles = ["GeneralAssemblyMember", "Volunteer"],
            Membership = new { membershipNumber = number, shares = 3, joinedOn = "2025-01-15" },
        });
        var id = member.GetProperty("id").GetGuid();
        var nationalId = member.GetProperty("nationalId").GetString()!;

        foreach (var q in new[] { mobile, MemberBuilder.ToArabicIndic(mobile), "+966" + mobile[1..], "00966" + mobile[1..], mobile[1..], mobile[..7],
                     nationalId, MemberBuilder.ToArabicIndic(nationalId), nationalId[..6], number, number.ToLowerInvariant() })
        {
            var page = await officer.GetFromJsonAsync<JsonElement>($"/api/members?q={Uri.EscapeDataString(q)}");
            Assert.True(page.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("id").GetGuid() == id), $"'{q}' did not find the member: {page}");
        }

        // Another member whose national ID starts like this one's: the exact national ID ranks first.
        var exact = await officer.GetFromJsonAsync<JsonElement>($"/api/members?q={nationalId}");
        Assert.Equal(id, exact.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal(["GeneralAssemblyMember", "Volunteer"], exact.GetProperty("items")[0].GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [SkippableFact]
    public async Task Search_ranks_exact_words_before_prefixes_and_pages_with_a_total()
    {
        var (_, officer) = await DeskAsync();
        var family = MemberBuilder.UniqueFamilyName();
        await RegisterOkAsync(officer, new MemberBuilder { FirstName = "سعدون", FamilyName = family });
        await RegisterOkAsync(officer, new MemberBuilder { FirstName = "سعد", FamilyName = family });
        for (var i = 0; i < 3; i++)
        {
            await RegisterOkAsync(officer, new MemberBuilder { FirstName = "سعيد", FamilyName = family });
        }

        var ranked = await SearchNamesAsync(officer, $"سعد {family}");
        Assert.Equal([$"سعد عبدالله محمد {family}", $"سعدون عبدالله محمد {family}"], ranked);

        var first = await officer.GetFromJsonAsync<JsonElement>($"/api/members?q={Uri.EscapeDataString(family)}&page=1&pageSize=2");
        var third = await officer.GetFromJsonAsync<JsonElement>($"/api/members?q={Uri.EscapeDataString(family)}&page=3&pageSize=2");
        Assert.Equal(5, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(5, third.GetProperty("total").GetInt32());
        Assert.Equal(1, third.GetProperty("items").GetArrayLength());
        await ProblemAsync(await officer.GetAsync("/api/members?q=x&pageSize=500"), HttpStatusCode.BadRequest);
    }

    [SkippableFact]
    public async Task Search_reads_the_token_index_with_a_range_instead_of_scanning()
    {
        var app = await host.GetAsync();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sql = SearchMembers.Scored(db, MemberSearchTokens.OfQuery("احمد الشمري")).ToQueryString();
        Assert.Contains(">=", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("LIKE", sql, StringComparison.OrdinalIgnoreCase);

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        var plan = new List<string>();
        if (app.Database.Kind == DatabaseKind.Sqlite)
        {
            command.CommandText = "EXPLAIN QUERY PLAN " + Inline(sql);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }

            Assert.True(plan.Any(p => p.Contains("USING COVERING INDEX ix_member_search_tokens_token (token>? AND token<?)", StringComparison.Ordinal)), string.Join("\n", plan) + "\n" + sql);
        }
        else
        {
            // A test database is tiny, so the planner would rightly scan it; forbid that to see that the index can serve the range.
            command.CommandText = "SET enable_seqscan = off; EXPLAIN " + Inline(sql);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }

            Assert.Contains(plan, p => p.Contains("ix_member_search_tokens_token", StringComparison.Ordinal));
        }

        Assert.DoesNotContain(plan, p => p.Contains("SCAN member_search_tokens", StringComparison.Ordinal) || p.Contains("Seq Scan on member_search_tokens", StringComparison.Ordinal));
    }

    // ToQueryString declares the parameters first (.param set / SET); keep only the statement, with the values inlined.
    private static string Inline(string sql)
    {
        var lines = sql.Split('\n');
        var values = new Dictionary<string, string>();
        var statement = new List<string>();
        foreach (var line in lines)
        {
            var sqlite = System.Text.RegularExpressions.Regex.Match(line, @"^\.param set (@\w+) (.*)$");
            var postgres = System.Text.RegularExpressions.Regex.Match(line, @"^-- (@\w+)='(.*)'( \(.*\))?$");
            if (sqlite.Success)
            {
                values[sqlite.Groups[1].Value] = sqlite.Groups[2].Value.Trim();
            }
            else if (postgres.Success)
            {
                values[postgres.Groups[1].Value] = "'" + postgres.Groups[2].Value + "'";
            }
            else
            {
                statement.Add(line);
            }
        }

        var text = string.Join('\n', statement);
        foreach (var (name, value) in values.OrderByDescending(v => v.Key.Length))
        {
            text = text.Replace(name, value, StringComparison.Ordinal);
        }

        return text;
    }

    [SkippableFact]
    public async Task Creating_changing_and_reading_a_member_are_audited_field_by_field()
    {
        var (app, officer) = await DeskAsync();
        using var manager = await app.StaffClientAsync("Manager");
        var created = await RegisterOkAsync(officer, new MemberBuilder { City = "سكاكا" });
        var id = created.GetProperty("id").GetGuid();

        var body = JsonSerializer.SerializeToNode(new MemberBuilder { NationalId = created.GetProperty("nationalId").GetString()!, FamilyName = created.GetProperty("familyName").GetString()!, City = "دومة الجندل", Mobile = "0559876543" }.Body())!.AsObject();
        body["version"] = created.GetProperty("version").GetInt32();
        var updated = await officer.PutAsJsonAsync($"/api/members/{id}", body);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/members/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/api/members/{id}/audit")).StatusCode);
        var entries = await manager.GetFromJsonAsync<JsonElement>($"/api/members/{id}/audit");
        var actions = entries.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["Viewed", "Updated", "Created"], actions);
        Assert.All(entries.GetProperty("items").EnumerateArray(), e => Assert.StartsWith("memberrelationsofficer-", e.GetProperty("actor").GetString(), StringComparison.Ordinal));

        var changes = JsonDocument.Parse(entries.GetProperty("items")[1].GetProperty("details").GetString()!).RootElement;
        Assert.Equal("سكاكا", changes.GetProperty("city").GetProperty("from").GetString());
        Assert.Equal("دومة الجندل", changes.GetProperty("city").GetProperty("to").GetString());
        Assert.Equal("+966559876543", changes.GetProperty("mobile").GetProperty("to").GetString());
        Assert.False(changes.TryGetProperty("nationalId", out _));
        var snapshot = JsonDocument.Parse(entries.GetProperty("items")[2].GetProperty("details").GetString()!).RootElement;
        Assert.Equal(created.GetProperty("nationalId").GetString(), snapshot.GetProperty("nationalId").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/members/{Guid.NewGuid()}/audit")).StatusCode);
    }

    [SkippableFact]
    public async Task An_update_of_a_stale_version_is_refused_with_409()
    {
        var (_, officer) = await DeskAsync();
        var member = new MemberBuilder();
        var created = await RegisterOkAsync(officer, member);
        var id = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetInt32();

        JsonObject Edit(string city, int? v)
        {
            var body = JsonSerializer.SerializeToNode((member with { City = city }).Body())!.AsObject();
            body["version"] = v;
            return body;
        }

        var first = await officer.PutAsJsonAsync($"/api/members/{id}", Edit("طبرجل", version));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(version + 1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        await ProblemAsync(await officer.PutAsJsonAsync($"/api/members/{id}", Edit("سكاكا", version)), HttpStatusCode.Conflict);
        Assert.Equal("طبرجل", (await officer.GetFromJsonAsync<JsonElement>($"/api/members/{id}")).GetProperty("city").GetString());
        await ProblemAsync(await officer.PutAsJsonAsync($"/api/members/{Guid.NewGuid()}", Edit("سكاكا", null)), HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task Roles_membership_status_apiaries_and_consents_are_kept_and_changed()
    {
        var (_, officer) = await DeskAsync();
        var member = new MemberBuilder
        {
            Roles = ["Supporter", "Volunteer"],
            Apiaries = [new { location = "وادي السرحان", hiveCount = 40 }],
            ConsentToContact = false,
        };
        var created = await RegisterOkAsync(officer, member);
        Assert.Equal(["Supporter", "Volunteer"], created.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(40, created.GetProperty("apiaries")[0].GetProperty("hiveCount").GetInt32());
        Assert.False(created.GetProperty("consentToContact").GetBoolean());
        Assert.Equal(JsonValueKind.String, created.GetProperty("consentToDataProcessingAt").ValueKind);

        var noMembership = await officer.PostAsJsonAsync("/api/members", new MemberBuilder { Roles = ["GeneralAssemblyMember"] }.Body());
        Assert.True((await ProblemAsync(noMembership, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("membership.membershipNumber", out _));

        var apiaryId = created.GetProperty("apiaries")[0].GetProperty("id").GetGuid();
        var body = JsonSerializer.SerializeToNode((member with
        {
            Roles = ["Volunteer", "GeneralAssemblyMember"],
            Membership = new { membershipNumber = "GA-" + Random.Shared.Next(100_000, 999_999), shares = 5, joinedOn = "2025-03-01" },
            Apiaries = [new { id = apiaryId, location = "وادي السرحان", hiveCount = 55 }, new { location = "أبو عجرم", hiveCount = 12 }],
            ConsentToContact = true,
        }).Body())!.AsObject();
        body["status"] = "Suspended";
        body["version"] = created.GetProperty("version").GetInt32();
        var response = await officer.PutAsJsonAsync($"/api/members/{created.GetProperty("id").GetGuid()}", body);
        var updated = await ProblemAsync(response, HttpStatusCode.OK);
        Assert.Equal(["GeneralAssemblyMember", "Volunteer"], updated.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(5, updated.GetProperty("shares").GetInt32());
        Assert.Equal("Suspended", updated.GetProperty("status").GetString());
        Assert.True(updated.GetProperty("consentToContact").GetBoolean());
        Assert.Equal([55, 12], updated.GetProperty("apiaries").EnumerateArray().Select(a => a.GetProperty("hiveCount").GetInt32()).OrderDescending());
    }

    [SkippableFact]
    public async Task A_member_opened_inline_with_a_case_is_found_by_search()
    {
        var (_, officer) = await DeskAsync();
        var family = MemberBuilder.UniqueFamilyName();
        var opened = await officer.PostAsJsonAsync("/api/cases", new
        {
            member = new { fullName = $"خالد إبراهيم سالم {family}", nationalId = MemberBuilder.NewNationalId(), mobile = MemberBuilder.NewMobile() },
            serviceType = "support-request",
            channel = "InPerson",
            data = new { supportKind = "خلايا نحل", hiveCount = 10, justification = "تعويض" },
        });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        Assert.Equal([$"خالد إبراهيم سالم {family}"], await SearchNamesAsync(officer, $"ابراهيم {family}"));
    }

    [SkippableFact]
    public async Task Only_staff_may_use_the_member_registry()
    {
        var app = await host.GetAsync();
        using var memberUser = await app.StaffClientAsync("Member");
        Assert.Equal(HttpStatusCode.Forbidden, (await memberUser.GetAsync("/api/members?q=احمد")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await memberUser.PostAsJsonAsync("/api/members", new MemberBuilder().Body())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await memberUser.GetAsync($"/api/members/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await memberUser.GetAsync($"/api/members/{Guid.NewGuid()}/interactions")).StatusCode);
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/members")).StatusCode);

        using var officer = await app.StaffClientAsync("MemberRelationsOfficer");
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/members/{Guid.NewGuid()}")).StatusCode);
    }
}

public sealed class SqliteMemberRegistryTests(SqliteHost host) : MemberRegistryTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresMemberRegistryTests(PostgresHost host) : MemberRegistryTests(host), IClassFixture<PostgresHost>;
