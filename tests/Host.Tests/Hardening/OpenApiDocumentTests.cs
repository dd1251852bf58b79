using System.Net;
using System.Text;
using System.Text.Json;
using DomatAljandal.Host.Tests.Cases;
using DomatAljandal.Host.Tests.Infrastructure;
using DomatAljandal.Host.Tests.Portal;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Hardening;

/// <summary>The OpenAPI document is the contract: every refusal an operation can answer is in it, and the service keeps to it.</summary>
public sealed class OpenApiDocumentTests(SqliteCasesHost host) : IClassFixture<SqliteCasesHost>
{
    private static readonly string[] Writes = ["post", "put", "patch", "delete"];

    [SkippableFact]
    public async Task Every_operation_with_a_route_id_documents_404_and_every_operation_with_a_body_documents_400_as_problem_details()
    {
        var operations = Operations(await DocumentAsync());
        Assert.NotEmpty(operations);

        var missing = new List<string>();
        foreach (var op in operations)
        {
            if (op.Path.Contains('{', StringComparison.Ordinal))
            {
                ExpectProblem(op, "404", missing);
            }

            if (op.Operation.TryGetProperty("requestBody", out _))
            {
                ExpectProblem(op, "400", missing);
            }
        }

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [SkippableFact]
    public async Task Identitys_own_endpoints_document_their_400_and_401()
    {
        var operations = Operations(await DocumentAsync());
        foreach (var path in new[] { "/api/auth/login", "/api/auth/refresh" })
        {
            var op = operations.Single(o => o.Path == path && o.Method == "post");
            var missing = new List<string>();
            ExpectProblem(op, "400", missing);
            ExpectProblem(op, "401", missing);
            Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
        }

        var reset = operations.Single(o => o.Path == "/api/auth/resetPassword" && o.Method == "post");
        Assert.True(Statuses(reset).Contains("400"), reset.Operation.ToString());
    }

    [SkippableFact]
    public async Task No_two_different_request_types_share_a_schema_name()
    {
        var app = await host.GetAsync();
        var operations = Operations(await DocumentAsync());
        var bodyTypes = app.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .Select(d => (Key: Key(d.HttpMethod!, "/" + d.RelativePath!.TrimEnd('/')),
                Type: d.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body)?.Type))
            .Where(d => d.Type is not null)
            .ToDictionary(d => d.Key, d => d.Type!);

        var typesBySchema = new Dictionary<string, HashSet<Type>>();
        foreach (var op in operations)
        {
            if (!op.Operation.TryGetProperty("requestBody", out var body) || !body.GetProperty("content").TryGetProperty("application/json", out var json)
                || !json.GetProperty("schema").TryGetProperty("$ref", out var reference))
            {
                continue;
            }

            Assert.True(bodyTypes.TryGetValue(Key(op.Method, op.Path), out var type), $"no body type for {op.Method} {op.Path}");
            var schema = reference.GetString()!;
            if (!typesBySchema.TryGetValue(schema, out var types))
            {
                typesBySchema[schema] = types = [];
            }

            types.Add(type!);
        }

        Assert.NotEmpty(typesBySchema);
        var shared = typesBySchema.Where(s => s.Value.Count > 1).Select(s => $"{s.Key}: {string.Join(", ", s.Value.Select(t => t.FullName))}").ToList();
        Assert.True(shared.Count == 0, string.Join(Environment.NewLine, shared));

        // The two that collided once.
        Assert.NotEqual(Ref(operations, "/api/portal/feedback"), Ref(operations, "/api/portal/requests"));
        Assert.NotEqual(Ref(operations, "/api/users/{id}/reset-password"), Ref(operations, "/api/auth/resetPassword"));
    }

    /// <summary>
    /// Unknown ids, numbers out of range, text where a number belongs, broken and wrongly typed bodies, against every operation of
    /// the document, each by a caller who may call it: only statuses the document lists, never a 500.
    /// </summary>
    [SkippableFact]
    public async Task A_corpus_of_bad_inputs_against_every_documented_operation_gets_only_documented_statuses()
    {
        var app = await host.GetAsync();
        var operations = Operations(await DocumentAsync());
        using var desk = await CaseDesk.OpenAsync(app);
        using var admin = await app.AdminClientAsync();
        var (member, _) = await PortalPeople.SignedInAsync(app, desk, await PortalPeople.NewMemberAsync(app));
        using var _member = member;
        using var anonymous = app.CreateClient();
        HttpClient[] staff = [admin, desk.Manager, desk.Officer, desk.Committee];

        var undocumented = new List<string>();
        var calls = 0;
        foreach (var op in operations)
        {
            var documented = Statuses(op);

            async Task<HttpStatusCode> CallAsync(HttpClient client, string url, string? body)
            {
                using var request = new HttpRequestMessage(new HttpMethod(op.Method.ToUpperInvariant()), url);
                if (body is not null)
                {
                    request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                }

                using var response = await client.SendAsync(request);
                calls++;
                var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if ((int)response.StatusCode >= 500 || !documented.Contains(status))
                {
                    undocumented.Add($"{op.Method.ToUpperInvariant()} {url} {Shorten(body)} → {status} (documented: {string.Join(",", documented)})");
                }

                return response.StatusCode;
            }

            var unknownIds = UrlWith(op, _ => null);
            await CallAsync(anonymous, unknownIds, null);

            // The caller who passes the role check, so the bad input reaches the slice.
            var caller = op.Path.StartsWith("/api/portal/", StringComparison.Ordinal) || op.Path.StartsWith("/api/me", StringComparison.Ordinal) ? member : admin;
            foreach (var candidate in staff.Prepend(caller).Distinct())
            {
                caller = candidate;
                if (await CallAsync(candidate, unknownIds, EmptyBody(op)) != HttpStatusCode.Forbidden)
                {
                    break;
                }
            }

            foreach (var value in BadRouteValues)
            {
                if (RouteParameters(op).Any(p => !IsGuid(p)))
                {
                    await CallAsync(caller, UrlWith(op, p => IsGuid(p) ? null : value), EmptyBody(op));
                }
            }

            foreach (var parameter in QueryParameters(op))
            {
                foreach (var value in BadQueryValues)
                {
                    await CallAsync(caller, $"{unknownIds}?{parameter}={Uri.EscapeDataString(value)}", EmptyBody(op));
                }
            }

            if (op.Operation.TryGetProperty("requestBody", out var requestBody) && requestBody.GetProperty("content").TryGetProperty("application/json", out _))
            {
                foreach (var body in BadBodies())
                {
                    await CallAsync(caller, unknownIds, body);
                }
            }
        }

        Assert.True(calls > 500, $"only {calls} calls");
        Assert.True(undocumented.Count == 0, $"{undocumented.Count} of {calls} answers not in the document:{Environment.NewLine}"
                                              + string.Join(Environment.NewLine, undocumented.Take(60)));
    }

    private static readonly string[] BadRouteValues = ["no-such-id", new string('x', 300), "-1", "١٢٣"];

    private static readonly string[] BadQueryValues =
        ["abc", "-1", "0", "1e308", "NaN", "99999999999999999999999", "", "2026-13-45", "'; drop table members; --", new string('x', 2000), "\u202Eevil"];

    private async Task<JsonElement> DocumentAsync()
    {
        var app = await host.GetAsync();
        using var anonymous = app.CreateClient();
        return await (await anonymous.GetAsync("/openapi/v1.json")).JsonAsync(HttpStatusCode.OK);
    }

    private sealed record Op(string Path, string Method, JsonElement Operation);

    private static List<Op> Operations(JsonElement document) =>
        [.. document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(method => method.Name is "get" or "post" or "put" or "patch" or "delete")
                .Select(method => new Op(path.Name.TrimEnd('/') is { Length: > 0 } p ? p : "/", method.Name, method.Value)))];

    private static HashSet<string> Statuses(Op op) => [.. op.Operation.GetProperty("responses").EnumerateObject().Select(r => r.Name)];

    private static void ExpectProblem(Op op, string status, List<string> missing)
    {
        if (!op.Operation.GetProperty("responses").TryGetProperty(status, out var response))
        {
            missing.Add($"{op.Method} {op.Path}: no {status}");
        }
        else if (!response.TryGetProperty("content", out var content) || !content.TryGetProperty("application/problem+json", out var problem)
                 || !(problem.GetProperty("schema").TryGetProperty("$ref", out var schema) && schema.GetString()!.Contains("ProblemDetails", StringComparison.Ordinal)))
        {
            missing.Add($"{op.Method} {op.Path}: {status} without the problem-details schema");
        }
    }

    // The document's path and ApiExplorer's route without constraints ({memberId:guid} is {memberId}).
    private static string Key(string method, string path) =>
        $"{method.ToUpperInvariant()} {System.Text.RegularExpressions.Regex.Replace(path, "{([^}:?]+)[^}]*}", "{$1}")}";

    private static string Ref(List<Op> operations, string path) =>
        operations.Single(o => o.Path == path && o.Method == "post").Operation
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;

    private static IEnumerable<JsonElement> Parameters(Op op, string where) =>
        op.Operation.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == where)
            : [];

    private static IEnumerable<JsonElement> RouteParameters(Op op) => Parameters(op, "path");

    private static IEnumerable<string> QueryParameters(Op op) => Parameters(op, "query").Select(p => p.GetProperty("name").GetString()!);

    private static bool IsGuid(JsonElement parameter) =>
        parameter.TryGetProperty("schema", out var schema) && schema.TryGetProperty("format", out var format) && format.GetString() == "uuid";

    private static bool IsInteger(JsonElement parameter) =>
        parameter.TryGetProperty("schema", out var schema) && schema.TryGetProperty("type", out var type) && type.ToString().Contains("integer", StringComparison.Ordinal);

    /// <summary>The operation's URL with every route value unknown (a new GUID, a name no record has) unless <paramref name="value"/> gives one.</summary>
    private static string UrlWith(Op op, Func<JsonElement, string?> value)
    {
        var url = op.Path;
        foreach (var parameter in RouteParameters(op))
        {
            var name = parameter.GetProperty("name").GetString()!;
            var chosen = value(parameter) ?? (IsGuid(parameter) ? Guid.NewGuid().ToString() : IsInteger(parameter) ? "987654" : "no-such-" + name);
            url = url.Replace("{" + name + "}", Uri.EscapeDataString(chosen), StringComparison.Ordinal);
        }

        return url;
    }

    private static string? EmptyBody(Op op) => op.Operation.TryGetProperty("requestBody", out _) && Writes.Contains(op.Method) ? "{}" : null;

    private static IEnumerable<string> BadBodies()
    {
        yield return "{";
        yield return "[]";
        yield return "null";
        yield return "\"text\"";
        yield return "{\"unknown\": {\"deep\": [1, 2, 3]}}";

        // The fields our bodies use, all at once with a value of the wrong kind.
        foreach (var wrong in new[] { "12345678901234567890", "\"\"", "\"x\"", "-1", "true", "[]", "{}", "1e308", $"\"{new string('ب', 5000)}\"" })
        {
            yield return $"{{\"id\": {wrong}, \"email\": {wrong}, \"password\": {wrong}, \"name\": {wrong}, \"text\": {wrong}, \"kind\": {wrong}, " +
                         $"\"version\": {wrong}, \"memberId\": {wrong}, \"data\": {wrong}, \"roles\": {wrong}, \"date\": {wrong}, \"page\": {wrong}, " +
                         $"\"outcome\": {wrong}, \"channel\": {wrong}, \"serviceType\": {wrong}, \"nationalId\": {wrong}, \"mobile\": {wrong}, \"code\": {wrong}}}";
        }
    }

    private static string Shorten(string? body) => body is null ? string.Empty : body.Length > 60 ? body[..60] + "…" : body;
}
