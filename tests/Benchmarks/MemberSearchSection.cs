using System.Diagnostics;
using System.Globalization;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Members.Search;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DomatAljandal.Benchmarks;

/// <summary>
/// (d) The front desk's member search on 100,000 members: the real <see cref="SearchMembers"/> query on the real schema
/// (the host's SQLite migrations, the <c>member_search_tokens</c> index), over a mix of name, prefix, national-ID and
/// mobile queries — compared, in the same run, with a plain lookup by national ID on its unique index.
/// </summary>
public sealed class MemberSearchSection : IBenchmarkSection
{
    private static readonly string[] FirstNames =
    [
        "محمد", "أحمد", "عبدالله", "عبد الرحمن", "فهد", "خالد", "سعد", "سلمان", "فيصل", "تركي", "ناصر", "سلطان", "إبراهيم", "يوسف", "عمر", "علي",
        "حمد", "مشعل", "بندر", "نايف", "ماجد", "عبدالعزيز", "سعود", "منصور", "فاطمة", "نورة", "سارة", "مريم", "هيا", "لطيفة", "منيرة", "عائشة",
        "مُحَمَّد", "عبد الله", "صالح", "حمود", "زياد", "راشد", "مساعد", "عيسى",
    ];

    private static readonly string[] FamilyNames =
    [
        "الرويلي", "الشمري", "العنزي", "الشراري", "الحازمي", "السرحاني", "الخالدي", "المطيري", "العتيبي", "القحطاني", "الدوسري", "الحربي",
        "الزهراني", "الغامدي", "السبيعي", "البلوي", "الجهني", "العطوي", "الفقير", "النصيري", "الدرعان", "الضبيعي", "السويلم", "المعيوف",
        "الحميد", "الكويكبي", "الفهيقي", "الصالح", "الراشد", "العمري", "التميمي", "الشهري", "الأسمري", "المالكي", "الثبيتي", "اليامي",
    ];

    public string Name => "Member search at 100,000 members (token index) vs an indexed national-ID lookup";

    public async Task RunAsync(bool quick, BenchmarkResults results)
    {
        var count = quick ? 20_000 : 100_000;
        var random = new Random(1448);
        var file = BenchmarkDatabase.NewFile("members");
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite($"Data Source={file}")
            .UseWorkflowSqlite()
            .Options;
        await using (var setup = new SqliteAppDbContext(options))
        {
            await setup.Database.MigrateAsync();
        }

        var seeding = Stopwatch.StartNew();
        var (nationalIds, mobiles, tokenCount) = await SeedAsync(options, count, random);
        Console.WriteLine($"seeded {count:N0} members and {tokenCount:N0} search tokens in {seeding.Elapsed.TotalSeconds:N1} s " +
                          $"(database {new FileInfo(file).Length / 1024.0 / 1024.0:N0} MB)");

        var queries = MixedQueries(random, nationalIds, mobiles, quick ? 100 : 200);
        var lookups = Enumerable.Range(0, queries.Count).Select(_ => nationalIds[random.Next(nationalIds.Count)]).ToList();

        await using var db = new SqliteAppDbContext(options);
        var search = new SearchMembers.Handler(db);
        var hits = 0L;
        async Task<double> SearchAsync(string q)
        {
            var stopwatch = Stopwatch.StartNew();
            var page = await search.Handle(new SearchMembers.Query(q, 1, 20), CancellationToken.None);
            stopwatch.Stop();
            hits += page.Total;
            return stopwatch.Elapsed.TotalMilliseconds;
        }

        async Task<double> LookupAsync(string nationalId)
        {
            var stopwatch = Stopwatch.StartNew();
            var found = await db.Set<Member>().AsNoTracking().Where(m => m.NationalId == nationalId)
                .Select(m => new { m.Id, m.FirstName, m.FatherName, m.GrandfatherName, m.FamilyName, m.Mobile })
                .FirstOrDefaultAsync();
            stopwatch.Stop();
            return found is null ? throw new InvalidOperationException($"National ID {nationalId} not found.") : stopwatch.Elapsed.TotalMilliseconds;
        }

        // Warm-up: compile both queries (every term count) and let tiered JIT settle.
        foreach (var q in queries.Take(40)) await SearchAsync(q);
        foreach (var id in lookups.Take(40)) await LookupAsync(id);

        // Interleaved, so drift on a shared machine hits both sides alike.
        var searchTimes = new List<double>();
        var lookupTimes = new List<double>();
        for (var i = 0; i < queries.Count; i++)
        {
            searchTimes.Add(await SearchAsync(queries[i]));
            lookupTimes.Add(await LookupAsync(lookups[i]));
        }

        var (searchMedian, searchP95) = (Percentile(searchTimes, 0.5), Percentile(searchTimes, 0.95));
        var (lookupMedian, lookupP95) = (Percentile(lookupTimes, 0.5), Percentile(lookupTimes, 0.95));
        Console.WriteLine($"{queries.Count} mixed searches (names, prefixes, national IDs, mobiles; page of 20 with total): " +
                          $"median {searchMedian:N2} ms, p95 {searchP95:N2} ms, max {searchTimes.Max():N1} ms; mean {hits / (double)queries.Count:N0} matches per query");
        foreach (var kind in queries.Select((q, i) => (Kind: KindOf(q), Time: searchTimes[i])).GroupBy(x => x.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {kind.Key,-28} n={kind.Count(),3}  median {Percentile([.. kind.Select(x => x.Time)], 0.5),7:N2} ms  p95 {Percentile([.. kind.Select(x => x.Time)], 0.95),7:N2} ms");
        }

        Console.WriteLine($"{lookupTimes.Count} lookups by national ID (unique index): median {lookupMedian:N3} ms, p95 {lookupP95:N3} ms");
        var line = string.Create(CultureInfo.InvariantCulture,
            $"member search at {count:N0} members: median {searchMedian:N2} ms, p95 {searchP95:N2} ms — search is {searchMedian / lookupMedian:N1}× the cost of an indexed national-ID lookup (median {lookupMedian:N3} ms; p95 ratio {searchP95 / lookupP95:N1}×)");
        Console.WriteLine(line);
        results.Summary.Add(line);
    }

    /// <summary>
    /// Members through EF (the real mapping), in batches; their search tokens — what the host's SaveChanges interceptor
    /// would add, from the same <see cref="MemberSearchTokens.Of"/> — through one prepared INSERT, for speed.
    /// </summary>
    internal static async Task<(List<string> NationalIds, List<string> Mobiles, long Tokens)> SeedAsync(DbContextOptions<SqliteAppDbContext> options, int count, Random random)
    {
        var nationalIds = new List<string>(count);
        var mobiles = new List<string>(count);
        long tokens = 0;
        var registeredAt = new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.Zero);
        await using var db = new SqliteAppDbContext(options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();

        // Bulk-load pattern: drop the token index and build it once at the end (a sorted build, not a million random
        // inserts); it is recreated from its own definition in the migrated schema, so the queries see the same index.
        var createIndex = await db.Database.SqlQueryRaw<string>(
            "SELECT sql AS \"Value\" FROM sqlite_master WHERE type = 'index' AND name = 'ix_member_search_tokens_token'").SingleAsync();
        await db.Database.ExecuteSqlRawAsync("DROP INDEX ix_member_search_tokens_token");
        var efTime = new Stopwatch();
        var tokenTime = new Stopwatch();
        const int batch = 5_000;
        for (var start = 0; start < count; start += batch)
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var members = new List<Member>(batch);
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var nine = (i % 5 == 0 ? "2" : "1") + (10_000_000 + (i * 37L % 89_000_000)).ToString("D8", CultureInfo.InvariantCulture);
                var nationalId = nine + CheckDigit(nine);
                var mobile = "05" + random.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
                var member = Member.Register(new MemberRegistration
                {
                    FirstName = FirstNames[random.Next(FirstNames.Length)],
                    FatherName = FirstNames[random.Next(FirstNames.Length - 8)],
                    GrandfatherName = FirstNames[random.Next(FirstNames.Length - 8)],
                    FamilyName = FamilyNames[random.Next(FamilyNames.Length)],
                    NationalId = nationalId,
                    Mobile = mobile,
                    City = "دومة الجندل",
                    ConsentToContact = true,
                    ConsentToDataProcessing = true,
                    Roles = MemberRoles.Beneficiary,
                }, registeredAt.AddMinutes(i));
                if (i % 4 == 0)
                {
                    member.AdmitToGeneralAssembly($"DJ-{i:D6}", 1 + (i % 10), new DateOnly(2020, 1, 1).AddDays(i % 1500));
                }

                members.Add(member);
                nationalIds.Add(nationalId);
                mobiles.Add(mobile);
            }

            efTime.Start();
            db.AddRange(members);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            efTime.Stop();
            tokenTime.Start();

            await using var insert = connection.CreateCommand();
            insert.Transaction = (SqliteTransaction)transaction.GetDbTransaction();
            insert.CommandText = "INSERT INTO member_search_tokens (member_id, token, kind) VALUES ($member, $token, $kind)";
            var memberId = insert.Parameters.Add("$member", SqliteType.Text);
            var token = insert.Parameters.Add("$token", SqliteType.Text);
            var kind = insert.Parameters.Add("$kind", SqliteType.Integer);
            insert.Prepare();
            foreach (var member in members)
            {
                memberId.Value = member.Id.ToString().ToUpperInvariant(); // EF's TEXT form of a Guid on SQLite
                foreach (var (text, tokenKind) in MemberSearchTokens.Of(member))
                {
                    token.Value = text;
                    kind.Value = (int)tokenKind;
                    insert.ExecuteNonQuery(); // Microsoft.Data.Sqlite is synchronous underneath; the async call only adds overhead here
                    tokens++;
                }
            }

            await transaction.CommitAsync();
            tokenTime.Stop();
        }

        var indexTime = Stopwatch.StartNew();
        await db.Database.ExecuteSqlRawAsync(createIndex);
        Console.WriteLine($"  members through EF {efTime.Elapsed.TotalSeconds:N1} s, tokens {tokenTime.Elapsed.TotalSeconds:N1} s, token index built in {indexTime.Elapsed.TotalSeconds:N1} s");

        var orphans = await db.Database.SqlQueryRaw<int>(
            "SELECT COUNT(*) AS \"Value\" FROM member_search_tokens t WHERE NOT EXISTS (SELECT 1 FROM members m WHERE m.id = t.member_id)").SingleAsync();
        if (orphans > 0)
        {
            throw new InvalidOperationException($"{orphans} tokens do not join their member: the Guid text form differs from EF's.");
        }

        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        return (nationalIds, mobiles, tokens);
    }

    internal static List<string> MixedQueries(Random random, List<string> nationalIds, List<string> mobiles, int count)
    {
        string First() => FirstNames[random.Next(FirstNames.Length)];
        string Family() => FamilyNames[random.Next(FamilyNames.Length)];
        var queries = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            queries.Add((i % 10) switch
            {
                0 or 1 => First().Replace("أ", "ا", StringComparison.Ordinal).Replace("إ", "ا", StringComparison.Ordinal), // typed without hamza
                2 or 3 => $"{First()} {Family()}",
                4 => $"{First()} {First()} {Family()}",
                5 => Family()[..Math.Min(5, Family().Length)],
                6 => Family()[2..],
                7 => nationalIds[random.Next(nationalIds.Count)],
                8 => mobiles[random.Next(mobiles.Count)],
                _ => nationalIds[random.Next(nationalIds.Count)][..6],
            });
        }

        return queries;
    }

    internal static string KindOf(string q) => q switch
    {
        _ when q.All(char.IsAsciiDigit) && q.Length == 10 && q.StartsWith("05", StringComparison.Ordinal) => "mobile (05…)",
        _ when q.All(char.IsAsciiDigit) && q.Length == 10 => "national ID (exact)",
        _ when q.All(char.IsAsciiDigit) => "national ID prefix (6 digits)",
        _ when q.Split(' ').Length >= 3 => "three names",
        _ when q.Split(' ').Length == 2 => "first + family name",
        _ => "one name or a prefix",
    };

    private static char CheckDigit(string nine)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var d = (nine[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d / 10 + d % 10;
        }

        return (char)('0' + (10 - sum % 10) % 10);
    }

    internal static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
