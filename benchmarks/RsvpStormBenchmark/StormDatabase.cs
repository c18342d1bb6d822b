using System.Data.Common;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using EventHub.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace RsvpStormBenchmark;

/// <summary>
/// Where a storm's data lives: a fresh SQLite file (the default), or a fresh database on a PostgreSQL server
/// (<c>--postgres-url</c>). It says how the seeder and the app reach it, opens read connections for the checks after a
/// storm, and checks the database's own integrity.
/// </summary>
public abstract class StormDatabase
{
    /// <summary>"SQLite" or "PostgreSQL 15.x", for the printout.</summary>
    public abstract string Description { get; }

    public abstract string ConnectionString { get; }

    public abstract DatabaseOptions Options { get; }

    /// <summary>The app's settings for this database (environment variables of the published app).</summary>
    public abstract IReadOnlyDictionary<string, string> AppSettings { get; }

    /// <summary>Keeps the seeder's Data Protection keys where the app will look for them.</summary>
    public abstract void KeepKeys(IDataProtectionBuilder protection, string keysFolder);

    public abstract DbConnection OpenForReading();

    /// <summary>"ok", or what the database's own check found.</summary>
    public abstract string Integrity(DbConnection connection);

    /// <summary>What <see cref="Integrity"/> checked, for the printout.</summary>
    public abstract string IntegrityMethod { get; }

    /// <summary>After a seed: the data is on disk where another process can read it (SQLite: the WAL checkpointed).</summary>
    public virtual void Settle()
    {
    }

    /// <summary>Removes what the storm made (a PostgreSQL database; the SQLite file goes with the work folder).</summary>
    public virtual Task DropAsync() => Task.CompletedTask;

    /// <summary>
    /// CPU time a database server process has used so far (PostgreSQL on this machine: its postmaster and every backend,
    /// those that ended included); null for SQLite, whose work is in the app's own process and CPU time.
    /// </summary>
    public virtual TimeSpan? ServerCpuTime => null;

    public static object? Scalar(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}

public sealed class SqliteStormDatabase(string file) : StormDatabase
{
    public string File { get; } = file;

    public override string Description => "SQLite";

    public override string ConnectionString => $"Data Source={File}";

    public override DatabaseOptions Options => new();

    public override IReadOnlyDictionary<string, string> AppSettings => new Dictionary<string, string>
    {
        ["ConnectionStrings__EventHub"] = ConnectionString,
    };

    public override void KeepKeys(IDataProtectionBuilder protection, string keysFolder) =>
        protection.PersistKeysToFileSystem(new DirectoryInfo(keysFolder));

    public override DbConnection OpenForReading()
    {
        var connection = new SqliteConnection($"Data Source={File};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    public override string Integrity(DbConnection connection) => Scalar(connection, "PRAGMA integrity_check;")?.ToString() ?? "";

    public override string IntegrityMethod => "PRAGMA integrity_check";

    public override void Settle() => SqliteConnection.ClearAllPools(); // checkpoints the WAL into the file, so the file can be copied
}

/// <summary>
/// A new database on the PostgreSQL server that <paramref name="serverConnectionString"/> reaches as a superuser (the
/// throwaway server of scripts/throwaway-postgres.sh, or any other): the app keeps its Data Protection keys in it,
/// encrypted with a self-signed certificate made here, as an app on PostgreSQL outside Development must.
/// </summary>
public sealed class PostgresStormDatabase : StormDatabase
{
    private const string CertificatePassword = "rsvp-storm-benchmark";

    private readonly string _server;
    private readonly string _certificatePath;
    private readonly X509Certificate2 _certificate;

    public PostgresStormDatabase(string serverConnectionString, string workFolder)
    {
        _server = serverConnectionString;
        var name = $"eventhub_storm_{Guid.NewGuid():N}";
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
        DatabaseName = name;
        _certificatePath = Path.Combine(workFolder, "dataprotection.pfx");
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=eventhub-rsvp-storm", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        System.IO.File.WriteAllBytes(_certificatePath, created.Export(X509ContentType.Pfx, CertificatePassword));
        _certificate = X509CertificateLoader.LoadPkcs12FromFile(_certificatePath, CertificatePassword);
        using var connection = new NpgsqlConnection(serverConnectionString);
        connection.Open();
        var version = Scalar(connection, "SHOW server_version")?.ToString();
        var durability = string.Join(", ", new[] { "fsync", "synchronous_commit", "full_page_writes" }
            .Select(setting => $"{setting} {Scalar(connection, $"SHOW {setting}")}"));
        Description = $"PostgreSQL {version} ({durability})";
    }

    public string DatabaseName { get; }

    public override string Description { get; }

    public override string ConnectionString { get; }

    public override DatabaseOptions Options => new() { Provider = DatabaseProvider.Postgres };

    public override IReadOnlyDictionary<string, string> AppSettings => new Dictionary<string, string>
    {
        ["ConnectionStrings__EventHub"] = ConnectionString,
        ["EventHub__Database__Provider"] = "Postgres",
        ["EventHub__DataProtection__CertificatePath"] = _certificatePath,
        ["EventHub__DataProtection__CertificatePassword"] = CertificatePassword,
    };

    public override void KeepKeys(IDataProtectionBuilder protection, string keysFolder) =>
        protection.PersistKeysToDbContext<EventHubDbContext>().ProtectKeysWithCertificate(_certificate);

    /// <summary>
    /// From this process's own pool: the kill mode reads every 20 ms during the storm, and a new server process
    /// (PostgreSQL forks one per connection) fifty times a second took the server's CPU from the app's requests.
    /// </summary>
    public override DbConnection OpenForReading()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>
    /// PostgreSQL has no <c>PRAGMA integrity_check</c>; its contrib module amcheck does that job: <c>bt_index_check</c>
    /// (with <c>heapallindexed</c>: every row is in each index) on every B-tree index of the schema, and
    /// <c>verify_heapam</c> on every table (corrupt pages, tuples, TOAST). Either raises or reports what it found.
    /// </summary>
    public override string Integrity(DbConnection connection)
    {
        try
        {
            Scalar(connection, "CREATE EXTENSION IF NOT EXISTS amcheck");
            var indexes = Convert.ToInt32(Scalar(connection, """
                SELECT COUNT(bt_index_check(c.oid, true)) FROM pg_index i
                JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE am.amname = 'btree' AND n.nspname = 'public' AND i.indisvalid
                """));
            var heapProblems = Convert.ToInt32(Scalar(connection, """
                SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, LATERAL verify_heapam(c.oid)
                WHERE c.relkind = 'r' AND n.nspname = 'public'
                """));
            IndexesChecked = indexes;
            return heapProblems == 0 ? "ok" : $"verify_heapam reported {heapProblems} problems";
        }
        catch (PostgresException ex)
        {
            return $"amcheck: {ex.MessageText}";
        }
    }

    public int IndexesChecked { get; private set; }

    public override string IntegrityMethod => $"amcheck: bt_index_check with heapallindexed on {IndexesChecked} B-tree indexes, verify_heapam on every table";

    private string? _dataDirectory;

    /// <summary>
    /// Read from /proc when the server runs on this machine: the postmaster is the process started with this server's
    /// data directory; its own CPU, that of the backends it has reaped (cutime, cstime) and that of the live ones.
    /// </summary>
    public override TimeSpan? ServerCpuTime
    {
        get
        {
            try
            {
                if (_dataDirectory is null)
                {
                    using var connection = OpenForReading();
                    _dataDirectory = Scalar(connection, "SHOW data_directory")?.ToString() ?? "";
                }

                var processes = System.IO.Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(name => name!.All(char.IsAsciiDigit)).ToList();
                var postmaster = processes.FirstOrDefault(pid =>
                {
                    try
                    {
                        var arguments = System.IO.File.ReadAllText($"/proc/{pid}/cmdline").Split('\0');
                        return arguments.Length > 0 && Path.GetFileName(arguments[0]) == "postgres" && arguments.Contains(_dataDirectory);
                    }
                    catch (IOException)
                    {
                        return false;
                    }
                });
                if (postmaster is null)
                {
                    return null;
                }

                long ticks = 0;
                foreach (var pid in processes)
                {
                    try
                    {
                        var stat = System.IO.File.ReadAllText($"/proc/{pid}/stat");
                        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' '); // fields[0] is the state (field 3)
                        if (pid == postmaster)
                        {
                            ticks += long.Parse(fields[11]) + long.Parse(fields[12]) + long.Parse(fields[13]) + long.Parse(fields[14]);
                        }
                        else if (fields[1] == postmaster)
                        {
                            ticks += long.Parse(fields[11]) + long.Parse(fields[12]);
                        }
                    }
                    catch (IOException)
                    {
                        // ended meanwhile: its time is now the postmaster's cutime
                    }
                }

                return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NpgsqlException)
            {
                return null;
            }
        }
    }

    public override async Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
