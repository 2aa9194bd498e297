using System.CommandLine;
using SatisfactionKit.EntityFrameworkCore.Integrity;

namespace SatisfactionKit.SampleHost.Commands;

/// <summary>
/// <c>verify-chain [--checkpoint file]</c>: walks every unit's hash chains (ratings, prompt records, stray presses: all
/// the reports count) and names the first row changed, deleted, inserted or moved, and any prompt record or stray
/// press stored outside its chain; against an exported checkpoint it also catches a chain rewritten whole.
/// <c>export-checkpoint --out file</c>: signs the current chain heads, to keep away from the database.
/// </summary>
public static class VerifyChainCommand
{
    public static Command Create(IServiceProvider services)
    {
        var checkpoint = new Option<FileInfo?>("--checkpoint") { Description = "Điểm kiểm tra đã xuất (JSON) / an exported checkpoint (JSON)" };
        var command = new Command("verify-chain", "Kiểm tra chuỗi băm của đánh giá, lượt mời và lần bấm ngoài lượt / verify the hash chains of ratings, prompt records and stray presses") { checkpoint };
        command.SetAction(async (parse, ct) =>
        {
            IReadOnlyCollection<SatisfactionKit.Integrity.ChainCheckpoint>? checkpoints = null;
            if (parse.GetValue(checkpoint) is { } file)
            {
                if (!file.Exists)
                {
                    await Console.Error.WriteLineAsync($"Không tìm thấy tệp / file not found: {file.FullName}");
                    return 2;
                }

                await using var stream = file.OpenRead();
                checkpoints = await services.GetRequiredService<IRatingChainCheckpoints>().ReadAsync(stream, ct);
            }

            var verifier = services.GetRequiredService<IRatingChainVerifier>();
            var progress = new CountProgress("mắt xích đã kiểm tra / links checked");
            var results = await verifier.VerifyAllAsync(checkpoints, progress, ct);
            foreach (var result in results)
            {
                Console.WriteLine(result);
            }

            var broken = results.Count(r => !r.IsIntact);
            Console.WriteLine(broken == 0
                ? $"Tất cả {results.Count} chuỗi nguyên vẹn ({results.Sum(r => r.LinksChecked)} mắt xích). / All {results.Count} chains are intact ({results.Sum(r => r.LinksChecked)} links)."
                : $"{broken} chuỗi bị sửa đổi. / {broken} chain(s) were tampered with.");
            return broken == 0 ? 0 : 1;
        });
        return command;
    }

    public static Command CreateExport(IServiceProvider services)
    {
        var output = new Option<FileInfo>("--out") { Description = "Tệp JSON để lưu / the JSON file to write", Required = true };
        var command = new Command("export-checkpoint", "Ký và xuất đầu các chuỗi băm / sign and export the chain heads") { output };
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(output)!;
            await using var stream = file.Create();
            var heads = await services.GetRequiredService<IRatingChainCheckpoints>().ExportAsync(stream, ct);
            Console.WriteLine($"Đã xuất {heads.Count} đầu chuỗi / exported {heads.Count} chain heads: {file.FullName}");
            return 0;
        });
        return command;
    }
}
