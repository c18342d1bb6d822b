using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EventHub.Core.Data;

public static class EventHubDatabase
{
    /// <summary>Registers the context factory (one context per operation) over SQLite or PostgreSQL, as <paramref name="settings"/> say.</summary>
    public static IServiceCollection AddEventHubDatabase(this IServiceCollection services, string connectionString, DatabaseOptions? settings = null)
    {
        settings ??= new DatabaseOptions();
        return services.AddEventHubDatabase(options => UseCompiledModel(Configure(options, connectionString, settings), settings), settings);
    }

    /// <summary>
    /// The model as generated code (<c>Data/CompiledModel</c>, one per provider), instead of the model EF would build
    /// from the entity configurations at the first query — half a second or more of a cold start. Regenerate it after
    /// every model change with <c>scripts/compiled-model.sh</c>; <c>CompiledModelTests</c> fails until then.
    /// </summary>
    public static DbContextOptionsBuilder UseCompiledModel(DbContextOptionsBuilder options, DatabaseOptions settings) =>
        options.UseModel(settings.Provider == DatabaseProvider.Postgres
            ? CompiledModel.Postgres.PostgresEventHubDbContextModel.Instance
            : CompiledModel.Sqlite.EventHubDbContextModel.Instance);

    /// <summary>
    /// Registers the context factory over the database <paramref name="useDatabase"/> configures (tests pass an open
    /// in-memory connection), with the interceptors the features registered as <see cref="IInterceptor"/> — such as
    /// the one that tells open screens about committed invitation changes.
    /// </summary>
    public static IServiceCollection AddEventHubDatabase(this IServiceCollection services, Action<DbContextOptionsBuilder> useDatabase, DatabaseOptions? settings = null)
    {
        services.AddSingleton(settings ?? new DatabaseOptions());
        services.AddDbContextFactory<EventHubDbContext, EventHubDbContextFactory>((provider, options) =>
        {
            useDatabase(options);
            options.AddInterceptors(provider.GetServices<IInterceptor>());
        });
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString, DatabaseOptions? settings = null)
    {
        settings ??= new DatabaseOptions();
        return settings.Provider == DatabaseProvider.Postgres
            ? ConfigurePostgres(options, connectionString)
            : ConfigureSqlite(options, connectionString, settings);
    }

    /// <summary>
    /// PostgreSQL through Npgsql. No retrying execution strategy on the options: it would refuse the transactions that
    /// the audit trail opens around a save; <see cref="DbContextFactoryExtensions.WriteAsync"/> retries whole
    /// transactions with Npgsql's strategy instead. The context's own strategy is EF's plain one, which passes a
    /// failure on as it is (Npgsql's default would wrap a transient one in an exception that no retry recognises).
    /// </summary>
    public static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql
            .MigrationsAssembly(typeof(EventHubDbContext).Assembly.FullName)
            .ExecutionStrategy(dependencies => new NonRetryingExecutionStrategy(dependencies)));

    private static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder options, string connectionString, DatabaseOptions settings)
    {
        return options
            .UseSqlite(WithBusyTimeout(connectionString, settings), sqlite => sqlite.MigrationsAssembly(typeof(EventHubDbContext).Assembly.FullName))
            .AddInterceptors(new SqlitePragmaInterceptor(settings.BusyTimeoutMilliseconds))
            // SQLite's table rebuilds make EF add its own "PRAGMA foreign_keys = 0" outside the migration's transaction,
            // and EF 10 warns about that operation as if a migration had written it (dotnet/efcore#35871): two false
            // warnings on every new database. Our migrations write no such operation (DatabaseTests keeps it so).
            .ConfigureWarnings(warnings => warnings.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Debug)));
    }

    /// <summary>
    /// Microsoft.Data.Sqlite keeps retrying a busy statement itself until the connection's <c>Default Timeout</c>
    /// (30 s unless set), on top of SQLite's busy_timeout: left alone, a write would wait 30 s per attempt, not the
    /// configured time, before the person hears "busy, try again". A timeout the connection string sets wins.
    /// </summary>
    internal static string WithBusyTimeout(string connectionString, DatabaseOptions settings)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Default Timeout") || given.ContainsKey("Command Timeout") || given.ContainsKey("DefaultTimeout"))
        {
            return connectionString;
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(settings.BusyTimeoutMilliseconds / 1000.0));
        return new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = seconds }.ToString();
    }

    /// <summary>
    /// Whether the database answers and holds the app's roles (the health check). One plain statement on the context's
    /// connection: a load balancer's probe is often the first request after a start, and EF's first query would build
    /// its relational mapping and query pipeline first (about 0.2 s of a cold start) for a yes or no.
    /// </summary>
    public static Task<bool> HasRolesAsync(EventHubDbContext db, CancellationToken ct = default) =>
        OnConnectionAsync(db, async command =>
        {
            command.CommandText = """SELECT EXISTS (SELECT 1 FROM "AspNetRoles")""";
            return Convert.ToBoolean(await command.ExecuteScalarAsync(ct));
        }, ct);

    /// <summary>A plain statement on the context's connection, opened and closed through EF (its connection interceptors run).</summary>
    private static async Task<T> OnConnectionAsync<T>(EventHubDbContext db, Func<System.Data.Common.DbCommand, Task<T>> use, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            return await use(command);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Creates the database folder when missing, applies migrations and switches the file to WAL (SQLite; on PostgreSQL
    /// only the migrations). Returns whether any
    /// migration was pending (a new or an older database). An up-to-date database costs one look at the migrations
    /// history: EF's <c>Migrate</c> would first build the model and compare it with the last migration's snapshot
    /// (its pending-model-changes check, a test's job here), a large part of a cold start.
    /// </summary>
    public static async Task<bool> MigrateAsync(IDbContextFactory<EventHubDbContext> factory, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var sqlite = db.Database.IsSqlite();
        if (sqlite)
        {
            EnsureFolderExists(db.Database.GetConnectionString());
        }

        if (!sqlite)
        {
            return await MigratePostgresOnceAsync(factory, db, ct);
        }

        var pending = await LacksMigrationsAsync(db, ct);
        if (pending)
        {
            await db.Database.MigrateAsync(ct);
        }

        // WAL lets readers carry on while one writer writes; the setting is stored in the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);
        return pending;
    }

    /// <summary>
    /// Whether the SQLite file lacks any of the migrations the app holds, as EF's <c>GetPendingMigrations</c> says, but
    /// reading the history table with plain statements: EF's own look first builds a small model of that table (about
    /// 0.05 s of every start).
    /// </summary>
    private static Task<bool> LacksMigrationsAsync(EventHubDbContext db, CancellationToken ct)
    {
        var known = db.GetService<IMigrationsAssembly>().Migrations.Keys;
        return OnConnectionAsync(db, async command =>
        {
            command.CommandText = $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{HistoryRepository.DefaultTableName}'";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(ct)) == 0)
            {
                return true;
            }

            command.CommandText = $"""SELECT "MigrationId" FROM "{HistoryRepository.DefaultTableName}" """;
            var applied = new HashSet<string>(StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                applied.Add(reader.GetString(0));
            }

            return !known.All(applied.Contains);
        }, ct);
    }

    /// <summary>
    /// Several instances starting at once on PostgreSQL: the first migrates, the others wait and then find nothing
    /// pending. EF Core's own migration lock is a table lock inside each migration's transaction, and Npgsql commits the
    /// migrations one by one (it reloads types after each), so between two of them another instance could start on the
    /// same migration (seen in MigrationsOnPostgresTests). A session advisory lock (<see cref="JobLock.HoldAsync{T}"/>) is
    /// held over the whole run instead.
    /// </summary>
    private static async Task<bool> MigratePostgresOnceAsync(IDbContextFactory<EventHubDbContext> factory, EventHubDbContext db, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct))
        {
            try
            {
                await creator.CreateAsync(ct);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another instance created it a moment ago.
            }
        }

        return await JobLock.HoldAsync(factory, "migrations", async () =>
        {
            // Read only now: what another instance applied while this one waited is not pending any more.
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).Any();
            if (pending)
            {
                await db.Database.MigrateAsync(ct);
            }

            return pending;
        }, ct);
    }

    /// <summary>
    /// Lets SQLite refresh the statistics its query planner uses (cheap when nothing changed), so list queries
    /// pick the right index as the directory grows. Run at start-up and after large imports. PostgreSQL's autovacuum
    /// keeps its statistics itself.
    /// </summary>
    public static async Task OptimizeAsync(IDbContextFactory<EventHubDbContext> factory, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize = 0x10002;", ct);
        }
    }

    private static void EnsureFolderExists(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            System.IO.Directory.CreateDirectory(folder);
        }
    }
}
