using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace TyollisyysAlue.Infrastructure.Persistence.Diagnostics;

/// <summary>One SQL command EF sent: its text and its parameter values (so that a repeated query can be told apart
/// from the same query for other values).</summary>
public sealed record SqlCommandRecord(string Sql, string Parameters)
{
    public override string ToString() => Parameters.Length == 0 ? Sql : $"{Sql}\n  -- {Parameters}";
}

/// <summary>
/// Counts the SQL commands the app's contexts send, for tests and the bench ("how many queries does a navigation
/// cost?"). Not registered in the app: a test host or bench tool adds it with <see cref="SqlCommandLogRegistration.AddSqlCommandLog"/>, then
/// <c>using var window = log.Watch(); …; window.Commands</c>. Every watch sees every command of the process while it
/// is open, so measure one thing at a time.
/// </summary>
public sealed class SqlCommandLog : DbCommandInterceptor
{
    private readonly Lock _gate = new();
    private readonly List<Window> _open = [];

    public Window Watch()
    {
        var window = new Window(this);
        lock (_gate) _open.Add(window);
        return window;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    /// <summary>A list parameter (= ANY(@x)) by its items: two look-ups of different names are not the same query.</summary>
    private static string? Text(object? value) => value is System.Collections.IEnumerable items and not string
        ? "[" + string.Join(", ", items.Cast<object?>().Select(i => Convert.ToString(i, CultureInfo.InvariantCulture))) + "]"
        : Convert.ToString(value, CultureInfo.InvariantCulture);

    private void Record(DbCommand command)
    {
        var parameters = string.Join(", ", command.Parameters.Cast<DbParameter>().Select(p => $"{p.ParameterName}={Text(p.Value)}"));
        var record = new SqlCommandRecord(command.CommandText, parameters);
        lock (_gate)
        {
            foreach (var window in _open) window.Add(record);
        }
    }

    private void Close(Window window)
    {
        lock (_gate) _open.Remove(window);
    }

    /// <summary>The commands sent while it was open.</summary>
    public sealed class Window(SqlCommandLog log) : IDisposable
    {
        private readonly List<SqlCommandRecord> _commands = [];

        public IReadOnlyList<SqlCommandRecord> Commands
        {
            get { lock (_commands) return [.. _commands]; }
        }

        /// <summary>Commands sent more than once with the same text and the same values: work done twice.</summary>
        public IReadOnlyList<SqlCommandRecord> Repeated =>
            Commands.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        internal void Add(SqlCommandRecord record)
        {
            lock (_commands) _commands.Add(record);
        }

        public void Dispose() => log.Close(this);
    }
}

public static class SqlCommandLogRegistration
{
    /// <summary>Counts every command of the app's contexts from now on (tests, bench).</summary>
    public static IServiceCollection AddSqlCommandLog(this IServiceCollection services) =>
        services.AddSingleton<SqlCommandLog>();
}
