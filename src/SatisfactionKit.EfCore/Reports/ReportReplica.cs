using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EntityFrameworkCore.Interceptors;

namespace SatisfactionKit.EntityFrameworkCore.Reports;

/// <summary>
/// The second connection the report queries read through (<c>UseReportReplica</c>): the vendor's provider and
/// connection, to which it adds no-tracking queries and <see cref="ReportReplicaWriteGuard"/>. A singleton;
/// the options are built per scope from the scope's services, as <c>AddDbContext</c> builds its own.
/// </summary>
internal sealed class ReportReplica(Action<IServiceProvider, DbContextOptionsBuilder> configure)
{
    /// <summary>A new <typeparamref name="TContext"/> (the same type, so the same model) on the replica; the caller disposes it.</summary>
    public TContext Create<TContext>(IServiceProvider services)
        where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        // Logging and caches from the application, as for the primary context.
        builder.UseApplicationServiceProvider(services);
        configure(services, builder);
        // After the vendor's configuration, so that it cannot be undone there.
        builder.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        builder.AddInterceptors(ReportReplicaWriteGuard.Instance);
        return Factory<TContext>.Create(services, [builder.Options]);
    }

    private static class Factory<TContext>
        where TContext : DbContext
    {
        private static ObjectFactory<TContext>? _create;

        public static TContext Create(IServiceProvider services, object[] options)
        {
            if (_create is null)
            {
                try
                {
                    _create = ActivatorUtilities.CreateFactory<TContext>([typeof(DbContextOptions<TContext>)]);
                }
                catch (InvalidOperationException ex)
                {
                    throw new InvalidOperationException(
                        $"Bản sao đọc cho báo cáo tạo {typeof(TContext).Name} với tùy chọn riêng: lớp này cần một hàm dựng công khai nhận DbContextOptions<{typeof(TContext).Name}> (hoặc DbContextOptions). "
                        + $"/ The report replica creates {typeof(TContext).Name} with options of its own: it needs a public constructor taking DbContextOptions<{typeof(TContext).Name}> (or DbContextOptions).",
                        ex);
                }
            }

            return _create(services, options);
        }
    }
}
