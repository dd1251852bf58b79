using DomatAljandal.Benchmarks;

// Sections are independent classes; add one by implementing IBenchmarkSection and listing it here.
var quick = args.Contains("--quick");
// --only <word>: run the baseline and the sections whose name contains the word (e.g. --only transitions).
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
Console.WriteLine($"DomatAljandal benchmarks ({(quick ? "quick" : "full")} run), SQLite PRAGMAs: {BenchmarkDatabase.PragmaDescription}");
Console.WriteLine();

var results = new BenchmarkResults();
IBenchmarkSection[] sections =
[
    new RawSqliteWritesSection(),
    new WorkflowTransitionsSection(),
    new HandWrittenSqlSection(),
    new TimerFiringSection(),
    new MemberSearchSection(),
    new StaffViewsOverHttpSection(),
];
foreach (var section in sections.Where(s => only is null || s is RawSqliteWritesSection
                                             || s.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
{
    Console.WriteLine($"== {section.Name}");
    await section.RunAsync(quick, results);
    Console.WriteLine();
}

Console.WriteLine("== Summary");
foreach (var line in results.Summary) Console.WriteLine(line);
