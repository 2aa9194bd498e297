using Microsoft.Extensions.Options;
using SatisfactionKit.Integrity;

namespace SatisfactionKit.EntityFrameworkCore.Integrity;

/// <summary>Makes Core's <see cref="ChainCheckpointSigner"/> from the configured <see cref="ChainCheckpointOptions"/>.</summary>
internal sealed class ChainCheckpointKeys(IOptionsMonitor<ChainCheckpointOptions> options)
{
    public ChainCheckpointSigner Signer()
    {
        var current = options.CurrentValue;
        if (current.Key is null)
        {
            throw new InvalidOperationException(
                "Chưa cấu hình khóa ký điểm kiểm tra chuỗi: gọi AddChainCheckpoints(o => o.Key = …). / No chain checkpoint key is configured: call AddChainCheckpoints(o => o.Key = …).");
        }

        return new ChainCheckpointSigner(current.KeyId, current.Key);
    }
}
