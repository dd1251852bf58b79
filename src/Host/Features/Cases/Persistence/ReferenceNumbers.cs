using System.Data.Common;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DomatAljandal.Host.Features.Cases.Persistence;

/// <summary>
/// Hands out the next number of a reference series inside the caller's transaction, with one
/// <c>INSERT … ON CONFLICT DO UPDATE … RETURNING</c> (PostgreSQL, and SQLite ≥ 3.35). The counter row stays locked
/// until the caller commits, so concurrent cases never share a number, and a rolled-back case gives its number back.
/// </summary>
public sealed class ReferenceNumbers(AppDbContext db)
{
    private const string Sql = """
        INSERT INTO reference_counters (scope, hijri_year, last_value) VALUES (@scope, @year, 1)
        ON CONFLICT (scope, hijri_year) DO UPDATE SET last_value = reference_counters.last_value + 1
        RETURNING last_value
        """;

    /// <exception cref="InvalidOperationException">No transaction is open: the number would not be tied to the row that uses it.</exception>
    public async Task<int> NextAsync(string scope, int hijriYear, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction
                          ?? throw new InvalidOperationException("Reference numbers are taken inside the transaction that stores them.");
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Transaction = transaction.GetDbTransaction();
        AddParameter(command, "@scope", scope);
        AddParameter(command, "@year", hijriYear);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
