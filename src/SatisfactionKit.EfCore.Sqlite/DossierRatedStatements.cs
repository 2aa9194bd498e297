using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Sqlite;

/// <summary>
/// "Has this dossier been rated (through this channel)?" as two prepared <c>EXISTS</c> queries kept on
/// a connection left open, for a database in the process (SQLite), where asking costs less than
/// translating the LINQ query that asks it.
/// </summary>
internal sealed class DossierRatedStatements : IDossierRatedStatements
{
    private readonly CommandPipeline _pipeline;
    private readonly DbCommand _any;
    private readonly BoundColumn _anyCode;
    private readonly DbCommand _byChannel;
    private readonly BoundColumn _byChannelCode;
    private readonly BoundColumn _byChannelChannel;

    private DossierRatedStatements(DbContext context, DbConnection connection, IModel model, ISqlGenerationHelper sql)
    {
        _pipeline = new CommandPipeline(context);
        var ratings = ModelTable.For(model, typeof(RatingEntity), writtenByClient: false);
        var table = sql.DelimitIdentifier(ratings.Table.Name, ratings.Table.Schema);
        var code = sql.DelimitIdentifier(ratings.ColumnOf(nameof(RatingEntity.DossierCode)));
        var channel = sql.DelimitIdentifier(ratings.ColumnOf(nameof(RatingEntity.Channel)));
        var codeProperty = ratings.EntityType.FindProperty(nameof(RatingEntity.DossierCode))!;
        var channelProperty = ratings.EntityType.FindProperty(nameof(RatingEntity.Channel))!;

        _any = connection.CreateCommand();
        _anyCode = new BoundColumn(_any, sql.GenerateParameterName("d"), codeProperty);
        _any.CommandText = $"SELECT EXISTS (SELECT 1 FROM {table} WHERE {code} = {sql.GenerateParameterNamePlaceholder("d")})";

        _byChannel = connection.CreateCommand();
        _byChannelCode = new BoundColumn(_byChannel, sql.GenerateParameterName("d"), codeProperty);
        _byChannelChannel = new BoundColumn(_byChannel, sql.GenerateParameterName("c"), channelProperty);
        _byChannel.CommandText =
            $"SELECT EXISTS (SELECT 1 FROM {table} WHERE {code} = {sql.GenerateParameterNamePlaceholder("d")} AND {channel} = {sql.GenerateParameterNamePlaceholder("c")})";
    }

    /// <summary>Opens <paramref name="context"/>'s connection (it stays open until the context goes) and prepares the queries on it.</summary>
    public static async Task<DossierRatedStatements> OpenAsync(DbContext context, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return new DossierRatedStatements(context, context.Database.GetDbConnection(), context.Model, context.GetService<ISqlGenerationHelper>());
    }

    /// <summary>Whether a rating of <paramref name="dossierCode"/> is stored (through <paramref name="channel"/> when given).</summary>
    public async Task<bool> ExistsAsync(string dossierCode, RatingChannel? channel, CancellationToken cancellationToken)
    {
        DbCommand command;
        if (channel is { } one)
        {
            _byChannelCode.Set(dossierCode);
            _byChannelChannel.Set(one);
            command = _byChannel;
        }
        else
        {
            _anyCode.Set(dossierCode);
            command = _any;
        }

        var answer = await _pipeline.ScalarAsync(command, cancellationToken).ConfigureAwait(false);
        return Convert.ToInt64(answer, System.Globalization.CultureInfo.InvariantCulture) != 0;
    }

    public void Dispose()
    {
        _any.Dispose();
        _byChannel.Dispose();
    }
}
