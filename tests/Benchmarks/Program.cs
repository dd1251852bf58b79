using DomatAljandal.Benchmarks;

// Sections are independent classes; add one by implementing IBenchmarkSection and listing it here.
var quick = args.Contains("--quick");
Console.WriteLine($"DomatAljandal benchmarks ({(quick ? "quick" : "full")} run), SQLite PRAGMAs: {BenchmarkDatabase.PragmaDescription}");
Console.WriteLine();

var results = new BenchmarkResults();
IBenchmarkSection[] sections =
[
    new RawSqliteWritesSection(),
    new WorkflowTransitionsSection(),
    new TimerFiringSection(),
    new MemberSearchSection(),
];
foreach (var section in sections)
{
    Console.WriteLine($"== {section.Name}");
    await section.RunAsync(quick, results);
    Console.WriteLine();
}

Console.WriteLine("== Summary");
foreach (var line in results.Summary) Console.WriteLine(line);
