// A counter machine: 4 counters submit ratings through the rating service, whose store is the outbox
// in front of a central PostgreSQL database, while the outbox's forwarder delivers in the background.
// Prints "ACK <idempotency key>" as soon as each submission has returned (the citizen's "thank you"),
// then, once every rating is submitted, waits until the outbox is delivered and prints "DELIVERED".
//   harness <outbox.db> <central connection string> <first rating number> <count>
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.CounterAgent.Outbox;
using SatisfactionKit.Ratings;

if (args is not [var outboxPath, var central, var firstText, var countText])
{
    Console.Error.WriteLine("usage: harness <outbox.db> <central connection string> <first rating number> <count>");
    return 2;
}

const int Counters = 4;
var first = int.Parse(firstText, CultureInfo.InvariantCulture);
var count = int.Parse(countText, CultureInfo.InvariantCulture);

var services = new ServiceCollection();
services.AddDbContext<SatisfactionKitDbContext>(o => o.UseNpgsql(central));
services.AddSatisfactionKit(o => o.MinimumResponseInterval = TimeSpan.Zero)
    .AddEntityFrameworkStores<SatisfactionKitDbContext>()
    .AddRatingOutbox(o =>
    {
        o.DatabasePath = outboxPath;
        o.RetryDelay = TimeSpan.FromMilliseconds(50);
        o.MaxRetryDelay = TimeSpan.FromSeconds(1);
    });
await using var provider = services.BuildServiceProvider();
var hosted = provider.GetServices<IHostedService>().ToArray();
using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
foreach (var service in hosted)
{
    await service.StartAsync(timeout.Token);
}

var ratings = provider.GetRequiredService<IRatingService>();
var returned = DateTimeOffset.UtcNow.AddMinutes(-5);
var next = first - 1;
var output = Console.Out;
await Task.WhenAll(Enumerable.Range(0, Counters).Select(counter => Task.Run(async () =>
{
    int i;
    while ((i = Interlocked.Increment(ref next)) < first + count)
    {
        var key = $"kill-{i:D5}";
        var result = await ratings.SubmitAsync(
            new RatingSubmission
            {
                Dossier = new DossierReference($"000.00.17.H29-261123-{i:D5}", "1.001234", "UBND-Q1", $"CB-{counter:D3}", $"QUAY-{counter:D2}"),
                Channel = RatingChannel.CounterPad,
                Answers = [new("THONG_TIN_CSVC", "HL"), new("HO_SO", "HL"), new("THAI_DO", i % 5 == 0 ? "KHL" : "HL"), new("THOI_GIAN_CHI_PHI", "HL")],
                ResultReturnedAt = returned,
                DeviceId = $"PAD-{counter:D2}",
                IdempotencyKey = key,
            },
            timeout.Token);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{key} refused: {string.Join("; ", result.Errors.Select(e => e.ErrorMessage))}");
        }

        // Console.Out is synchronized and flushes each line: a line printed is a rating acknowledged.
        output.WriteLine($"ACK {key}");
    }
}, timeout.Token)));

var delivered = await provider.GetRequiredService<IRatingOutbox>().WaitForDeliveryAsync(TimeSpan.FromMinutes(3), timeout.Token);
output.WriteLine(delivered ? "DELIVERED" : "NOT DELIVERED");
foreach (var service in hosted)
{
    await service.StopAsync(CancellationToken.None);
}

return delivered ? 0 : 1;
