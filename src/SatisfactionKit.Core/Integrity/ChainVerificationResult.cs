namespace SatisfactionKit.Integrity;

/// <summary>The outcome of verifying one chain.</summary>
/// <param name="ChainKey">The chain verified.</param>
/// <param name="LinksChecked">How many links were read.</param>
/// <param name="Break">The first break found, or <see langword="null"/> when the chain is intact.</param>
/// <param name="RatingId">The rating at the first break.</param>
/// <param name="Sequence">The sequence number at the first break.</param>
public sealed record ChainVerificationResult(string ChainKey, long LinksChecked, ChainBreak? Break = null, Guid? RatingId = null, long? Sequence = null)
{
    /// <summary>Whether the chain is intact.</summary>
    public bool IsIntact => Break is null;

    /// <summary>A sentence for people, in Vietnamese and English.</summary>
    public override string ToString() => Break switch
    {
        null => $"Chuỗi '{ChainKey}' nguyên vẹn ({LinksChecked} đánh giá). / Chain '{ChainKey}' is intact ({LinksChecked} ratings).",
        ChainBreak.ModifiedRating => $"Chuỗi '{ChainKey}': đánh giá {RatingId} (số {Sequence}) đã bị sửa. / Chain '{ChainKey}': rating {RatingId} (#{Sequence}) was modified.",
        ChainBreak.MissingRating => $"Chuỗi '{ChainKey}': thiếu đánh giá số {Sequence}, trước đánh giá {RatingId}. / Chain '{ChainKey}': rating #{Sequence} is missing before rating {RatingId}.",
        ChainBreak.BrokenLink => $"Chuỗi '{ChainKey}': đánh giá {RatingId} (số {Sequence}) không nối tiếp đánh giá trước (bị chèn hoặc đổi chỗ). / Chain '{ChainKey}': rating {RatingId} (#{Sequence}) does not follow the one before it (inserted or reordered).",
        ChainBreak.DuplicateSequence => $"Chuỗi '{ChainKey}': số {Sequence} xuất hiện hai lần (đánh giá {RatingId}). / Chain '{ChainKey}': #{Sequence} appears twice (rating {RatingId}).",
        _ => $"Chuỗi '{ChainKey}' không khớp điểm kiểm tra đã ký tại số {Sequence}. / Chain '{ChainKey}' does not match the signed checkpoint at #{Sequence}.",
    };
}
