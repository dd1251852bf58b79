using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime;
using System.Text.Json;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace DomatAljandal.Benchmarks;

/// <summary>
/// (e) The staff's views through HTTP at 100,000 cases and 100,000 members: the real Host on Kestrel in this process, on a
/// SQLite file seeded in bulk (members through <see cref="MemberSearchSection"/>'s loader; cases, workflow instances,
/// journals, stage stays and open tasks cloned in SQL from one case opened through the API), loaded by 50 concurrent clients
/// (the reports among the views; the xlsx export of the open cases measured alone after them). Each
/// view's requests/s is a ratio to a bare endpoint doing one indexed lookup (a member by national ID, signed in like the
/// views), measured right before and after it in the same run; p50/p99 and the process's resident memory are printed.
/// </summary>
public sealed class StaffViewsOverHttpSection : IBenchmarkSection
{
    private const int Clients = 50;
    private const string Password = "Bench-pass-2026";

    public string Name => "Staff views over HTTP at 100,000 cases (50 clients) vs a bare indexed lookup";

    public async Task RunAsync(bool quick, BenchmarkResults results)
    {
        var cases = quick ? 20_000 : 100_000;
        var openCases = cases / 10;
        var seconds = quick ? 2.0 : 5.0;
        var file = BenchmarkDatabase.NewFile("staff-views");
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={file}").UseWorkflowSqlite().Options;
        await using (var setup = new SqliteAppDbContext(options))
        {
            await setup.Database.MigrateAsync();
        }

        var seeding = Stopwatch.StartNew();
        var (nationalIds, mobiles, _) = await MemberSearchSection.SeedAsync(options, cases, new Random(1447));
        Console.WriteLine($"seeded {cases:N0} members in {seeding.Elapsed.TotalSeconds:N1} s");

        await using var app = await StartHostAsync(file);
        var baseAddress = app.Urls.First();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Clients * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var anonymous = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(baseAddress) };
        var admin = await TokenAsync(anonymous, "admin@bench.local", Password);
        var officer = await StaffTokenAsync(anonymous, admin, "MemberRelationsOfficer");
        var manager = await StaffTokenAsync(anonymous, admin, "Manager");

        seeding.Restart();
        var template = await OpenTemplateCaseAsync(anonymous, officer, file);
        var caseIds = await CloneCasesAsync(file, template, cases, openCases);
        Console.WriteLine($"seeded {cases:N0} cases ({openCases:N0} open, each with its open task) with their workflow instances and journals in " +
                          $"{seeding.Elapsed.TotalSeconds:N1} s (database {new FileInfo(file).Length / 1024.0 / 1024.0:N0} MB); GC: " +
                          $"{(GCSettings.IsServerGC ? "server" : "workstation")}, {GCSettings.LatencyMode}");

        var random = new Random(7);
        var searches = MemberSearchSection.MixedQueries(random, nationalIds, mobiles, 400)
            .Where(q => !q.All(char.IsAsciiDigit)).ToList(); // the name kinds: identifiers are measured by the search section
        string Pick(IReadOnlyList<string> list) => list[Random.Shared.Next(list.Count)];
        var views = new (string Name, string Token, Func<string> Url)[]
        {
            ("officer's inbox (page 1 of 25)", officer, () => "/api/inbox?pageSize=25"),
            ("case list, status=Open (page of 25)", officer, () => "/api/cases?status=Open&pageSize=25"),
            ("case list, a random page 2–20 of Completed", officer, () => $"/api/cases?status=Completed&pageSize=25&page={Random.Shared.Next(2, 21)}"),
            ("a case page", officer, () => $"/api/cases/{Pick(caseIds)}"),
            ("SLA view (page of 25 + counts)", manager, () => "/api/sla/breaches?pageSize=25"),
            ("member search, common names (page of 20)", officer, () => $"/api/members?q={Uri.EscapeDataString(Pick(searches))}&pageSize=20"),
            ("stage report (12 weeks, all cases)", manager, () => "/api/reports/stages"),
            ("stage report of one service type", manager, () => "/api/reports/stages?serviceType=support-request"),
            ("department KPIs (12 weeks)", manager, () => "/api/reports/departments"),
        };
        (string Name, string Token, Func<string> Url) bare = ("bare: member by national ID", officer, () => $"/bench/member?nationalId={Pick(nationalIds)}");

        using var memory = new ResidentMemory();
        // Warm-up: JIT, EF's compiled queries, connection pools.
        foreach (var view in views.Prepend(bare))
        {
            await LoadAsync(handler, baseAddress, view.Token, view.Url, TimeSpan.FromSeconds(quick ? 0.5 : 1));
        }

        memory.Reset();
        Console.WriteLine($"{Clients} clients, {seconds:N0} s per measurement; the bare endpoint is measured before and after each view");
        foreach (var view in views)
        {
            var before = await LoadAsync(handler, baseAddress, bare.Token, bare.Url, TimeSpan.FromSeconds(seconds / 2));
            var measured = await LoadAsync(handler, baseAddress, view.Token, view.Url, TimeSpan.FromSeconds(seconds));
            var after = await LoadAsync(handler, baseAddress, bare.Token, bare.Url, TimeSpan.FromSeconds(seconds / 2));
            var baseline = (before.PerSecond + after.PerSecond) / 2;
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{view.Name,-45} {measured.PerSecond,7:N0} req/s = {measured.PerSecond / baseline,6:P1} of bare ({baseline:N0} req/s); " +
                $"p50 {measured.P50,6:N1} ms, p99 {measured.P99,6:N1} ms (bare p50 {before.P50:N1}, p99 {before.P99:N1}){(measured.Failures > 0 ? $"; {measured.Failures} FAILED" : "")}");
            Console.WriteLine(line);
            results.Summary.Add(line);
        }

        var memoryLine = $"Host resident memory during the load: peak {memory.PeakMegabytes:N0} MB, now {memory.NowMegabytes:N0} MB " +
                         $"(whole benchmark process: Host, 50 clients and seeding leftovers; GC {(GCSettings.IsServerGC ? "server" : "workstation")}, " +
                         $"heap {GC.GetTotalMemory(false) / 1024 / 1024:N0} MB)";
        Console.WriteLine(memoryLine);
        results.Summary.Add(memoryLine);

        // The export of the open cases (10,000 at full size) as a workbook, one at a time: its time, size and the memory while it streams.
        memory.Reset();
        using (var exporter = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(baseAddress) })
        {
            exporter.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", officer);
            var times = new List<double>();
            long bytes = 0;
            for (var i = 0; i < (quick ? 2 : 5); i++)
            {
                var started = Stopwatch.StartNew();
                using var export = await exporter.GetAsync("/api/cases?status=Open&format=xlsx", HttpCompletionOption.ResponseHeadersRead);
                export.EnsureSuccessStatusCode();
                await using var body = await export.Content.ReadAsStreamAsync();
                bytes = 0;
                var buffer = new byte[81920];
                for (int read; (read = await body.ReadAsync(buffer)) > 0;) bytes += read;
                times.Add(started.Elapsed.TotalMilliseconds);
            }

            var exportLine = string.Create(CultureInfo.InvariantCulture,
                $"{$"xlsx export of the {openCases:N0} open cases",-45} {times.Order().ElementAt(times.Count / 2),7:N0} ms median of {times.Count}, " +
                $"{bytes / 1024.0 / 1024.0:N1} MB; resident memory peak {memory.PeakMegabytes:N0} MB while exporting");
            Console.WriteLine(exportLine);
            results.Summary.Add(exportLine);
        }

        await app.StopAsync();
    }

    /// <summary>The Host as Program.cs builds it, on Kestrel at a free port, plus the bare lookup endpoint.</summary>
    private static async Task<WebApplication> StartHostAsync(string file)
    {
        var contentRoot = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Host"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(HostingExtensions).Assembly.GetName().Name,
            ContentRootPath = Directory.Exists(contentRoot) ? contentRoot : AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Default"] = $"Data Source={file}",
            ["Seed:AdminEmail"] = "admin@bench.local",
            ["Seed:AdminPassword"] = Password,
            // The measuring admin is not a first user replacing a one-time password (that would refuse its token).
            ["Seed:AdminMustChangePassword"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:MinimumLevel:Override:Microsoft"] = "Warning",
            ["Serilog:WriteTo:1:Args:path"] = Path.Combine(Path.GetDirectoryName(file)!, "host-.log"),
            ["Urls"] = "http://127.0.0.1:0",
        });
        builder.AddDomatServices();
        var app = builder.Build();
        await app.InitializeDatabaseAsync();
        app.UseDomatPipeline();
        app.MapGet("/bench/member", async (string nationalId, AppDbContext db, CancellationToken ct) =>
                await db.Set<Member>().AsNoTracking().Where(m => m.NationalId == nationalId)
                    .Select(m => new { m.Id, m.FirstName, m.FamilyName, m.Mobile }).FirstOrDefaultAsync(ct) is { } found
                    ? Results.Ok(found)
                    : Results.NotFound())
            .RequireAuthorization(Policies.Staff);
        await app.StartAsync();
        return app;
    }

    private static async Task<string> TokenAsync(HttpClient client, string email, string password)
    {
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<string> StaffTokenAsync(HttpClient client, string adminToken, string role)
    {
        var email = $"{role.ToLowerInvariant()}@bench.local";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/users")
        {
            Content = JsonContent.Create(new { email, password = Password, fullName = "موظف القياس", roles = new[] { role } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        (await client.SendAsync(request)).EnsureSuccessStatusCode();
        return await TokenAsync(client, email, Password);
    }

    /// <summary>One support request opened through the API, for the first seeded member: the rows every clone copies.</summary>
    private static async Task<Guid> OpenTemplateCaseAsync(HttpClient client, string officer, string file)
    {
        string memberId;
        await using (var connection = new SqliteConnection($"Data Source={file}"))
        {
            await connection.OpenAsync();
            await using var first = connection.CreateCommand();
            first.CommandText = "SELECT id FROM members ORDER BY rowid LIMIT 1";
            memberId = (string)(await first.ExecuteScalarAsync())!;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases")
        {
            Content = JsonContent.Create(new
            {
                memberId = Guid.Parse(memberId), serviceType = "support-request", channel = "InPerson",
                data = new { supportKind = "خلايا نحل", hiveCount = 40, justification = "تعويض خسائر الشتاء" },
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", officer);
        var response = await client.SendAsync(request);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Opening the template case: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>
    /// <paramref name="count"/> copies of the template case, in one transaction of INSERT … SELECT over a number sequence:
    /// each with its own ids, reference, member (the n-th seeded), creation time (n minutes earlier) and workflow instance
    /// with its journal. The first <paramref name="open"/> keep their open task (due dates spread around now, so some are
    /// breached); the others are Completed, their instance finished and no task left. Timers are not cloned.
    /// </summary>
    private static async Task<List<string>> CloneCasesAsync(string file, Guid templateCase, int count, int open)
    {
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        async Task<string> ScalarAsync(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture)!;
        }

        async Task ExecAsync(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = 600;
            await command.ExecuteNonQueryAsync();
        }

        async Task<List<string>> ColumnsAsync(string table)
        {
            var columns = new List<string>();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) columns.Add(reader.GetString(0));
            return columns;
        }

        // Clones the template's rows of a table for every n, each column copied unless overridden by an SQL expression
        // (over t, the template row, and s.n, the copy's number).
        async Task CloneAsync(string table, string where, IReadOnlyDictionary<string, string> overrides, string? sequenceFilter = null)
        {
            var columns = await ColumnsAsync(table);
            var select = string.Join(", ", columns.Select(c => overrides.TryGetValue(c, out var expression) ? expression : $"t.\"{c}\""));
            await ExecAsync($"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                            $"SELECT {select} FROM \"{table}\" t JOIN seq s ON 1 = 1 WHERE {where}{(sequenceFilter is null ? "" : $" AND {sequenceFilter}")}");
        }

        static string Id(int table, string n = "s.n") => $"printf('%08X-%04X-4000-8000-%012X', {n}, {table}, t.rowid)";

        var caseText = templateCase.ToString().ToUpperInvariant();
        var instanceText = await ScalarAsync($"SELECT workflow_instance_id FROM service_cases WHERE id = '{caseText}'");
        var instanceId = Guid.Parse(instanceText).ToString().ToUpperInvariant();
        await ExecAsync("PRAGMA journal_mode = WAL");
        await ExecAsync("BEGIN");
        await ExecAsync($"CREATE TEMP TABLE seq AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < {count}) SELECT n FROM r");
        await ExecAsync("CREATE TEMP TABLE member_numbers AS SELECT row_number() OVER (ORDER BY rowid) AS n, id FROM members");
        await ExecAsync("CREATE UNIQUE INDEX temp.member_numbers_n ON member_numbers (n)");
        var closed = $"s.n > {open}";
        var instanceOf = $"printf('%08X-%04X-4000-8000-%012X', s.n, 1, (SELECT rowid FROM wf_instances WHERE id = '{instanceId}'))";
        var age = "'-' || s.n || ' minutes'";
        await CloneAsync("wf_instances", $"t.id = '{instanceId}'", new Dictionary<string, string>
        {
            ["id"] = Id(1),
            ["created_at"] = $"strftime('%Y-%m-%d %H:%M:%f', t.created_at, {age})",
            ["updated_at"] = $"strftime('%Y-%m-%d %H:%M:%f', t.updated_at, {age})",
            ["status"] = $"CASE WHEN {closed} THEN 'Completed' ELSE t.status END",
            ["finished_at"] = $"CASE WHEN {closed} THEN strftime('%Y-%m-%d %H:%M:%f', t.created_at, {age}, '+1 day') ELSE t.finished_at END",
            ["current_stage"] = $"CASE WHEN {closed} THEN NULL ELSE t.current_stage END",
        });
        await CloneAsync("wf_journal", $"t.instance_id = '{instanceId}'", new Dictionary<string, string>
        {
            ["id"] = Id(3),
            ["instance_id"] = instanceOf,
            ["at"] = $"strftime('%Y-%m-%d %H:%M:%f', t.at, {age})",
        });
        // Open tasks: due from 3 days ago to 7 days ahead, so about a third are breached and the SLA view has rows.
        await CloneAsync("wf_bookmarks", $"t.instance_id = '{instanceId}'", new Dictionary<string, string>
        {
            ["id"] = Id(2),
            ["instance_id"] = instanceOf,
            ["created_at"] = $"strftime('%Y-%m-%d %H:%M:%f', t.created_at, {age})",
            ["due_at"] = $"CASE WHEN t.due_at IS NULL THEN NULL ELSE strftime('%Y-%m-%d %H:%M:%f', 'now', '-3 days', '+' || (s.n * 14400 / {open}) || ' minutes') END",
        }, sequenceFilter: $"s.n <= {open}");
        await CloneAsync("service_cases", $"t.id = '{caseText}'", new Dictionary<string, string>
        {
            ["id"] = Id(4),
            ["reference"] = "'DJ-1447-' || printf('%06d', s.n)",
            ["member_id"] = "(SELECT id FROM member_numbers m WHERE m.n = s.n)",
            ["workflow_instance_id"] = $"lower({instanceOf})",
            ["created_at"] = $"strftime('%Y-%m-%d %H:%M:%f', t.created_at, {age})",
            ["status"] = $"CASE WHEN {closed} THEN 4 ELSE t.status END",
            ["closed_at"] = $"CASE WHEN {closed} THEN strftime('%Y-%m-%d %H:%M:%f', t.created_at, {age}, '+1 day') ELSE NULL END",
            ["current_stage"] = $"CASE WHEN {closed} THEN NULL ELSE t.current_stage END",
        });
        // The template's stage stays (it stands in its first stage): each clone's stays start with it; a closed clone's last
        // stay ends at its closing, as the recorder leaves it.
        var caseOf = $"printf('%08X-%04X-4000-8000-%012X', s.n, 4, (SELECT rowid FROM service_cases WHERE id = '{caseText}'))";
        await CloneAsync("case_stage_visits", $"t.case_id = '{caseText}'", new Dictionary<string, string>
        {
            ["id"] = Id(5),
            ["case_id"] = caseOf,
            ["entered_at"] = $"strftime('%Y-%m-%d %H:%M:%f', t.entered_at, {age})",
        });
        await ExecAsync("COMMIT");
        await ExecAsync("ANALYZE");

        var ids = new List<string>(count);
        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT id FROM service_cases";
        await using var reader = await read.ExecuteReaderAsync();
        while (await reader.ReadAsync()) ids.Add(reader.GetString(0));
        return ids;
    }

    private sealed record Load(double PerSecond, double P50, double P99, int Failures);

    /// <summary><see cref="Clients"/> clients, each sending its next request as soon as the last one answered, for <paramref name="duration"/>.</summary>
    private static async Task<Load> LoadAsync(SocketsHttpHandler handler, string baseAddress, string token, Func<string> url, TimeSpan duration)
    {
        var latencies = new List<double>[Clients];
        var failures = 0;
        var stopwatch = Stopwatch.StartNew();
        var until = stopwatch.Elapsed + duration;
        var clients = Enumerable.Range(0, Clients).Select(async c =>
        {
            using var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(baseAddress) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var mine = latencies[c] = new List<double>(4096);
            while (stopwatch.Elapsed < until)
            {
                var started = stopwatch.Elapsed;
                using var response = await client.GetAsync(url(), HttpCompletionOption.ResponseContentRead);
                mine.Add((stopwatch.Elapsed - started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failures);
            }
        }).ToList();
        await Task.WhenAll(clients);
        var elapsed = stopwatch.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).ToList();
        return new Load(all.Count / elapsed, MemberSearchSection.Percentile(all, 0.5), MemberSearchSection.Percentile(all, 0.99), failures);
    }

    /// <summary>The process's resident set (Linux VmRSS), sampled every 100 ms; the peak since the last reset.</summary>
    private sealed class ResidentMemory : IDisposable
    {
        private readonly Timer _timer;
        private long _peak;

        public ResidentMemory() => _timer = new Timer(_ => Sample(), null, 0, 100);

        public double PeakMegabytes => Interlocked.Read(ref _peak) / 1024.0 / 1024.0;

        public double NowMegabytes => Current() / 1024.0 / 1024.0;

        public void Reset() => Interlocked.Exchange(ref _peak, Current());

        public void Dispose() => _timer.Dispose();

        private void Sample()
        {
            var now = Current();
            long peak;
            do peak = Interlocked.Read(ref _peak); while (now > peak && Interlocked.CompareExchange(ref _peak, now, peak) != peak);
        }

        private static long Current()
        {
            using var process = Process.GetCurrentProcess();
            return process.WorkingSet64;
        }
    }
}
