namespace SatisfactionKit.Integrity;

/// <summary>The outcome of verifying one chain.</summary>
/// <param name="ChainKey">The chain verified.</param>
/// <param name="LinksChecked">How many links were read.</param>
/// <param name="Break">The first break found, or <see langword="null"/> when the chain is intact.</param>
/// <param name="RatingId">The row at the first break: a rating, or in a chain of another <see cref="Kind"/> the prompt record or stray press.</param>
/// <param name="Sequence">The sequence number at the first break.</param>
public sealed record ChainVerificationResult(string ChainKey, long LinksChecked, ChainBreak? Break = null, Guid? RatingId = null, long? Sequence = null)
{
    /// <summary>Whether the chain is intact.</summary>
    public bool IsIntact => Break is null;

    /// <summary>What the chain's links stand for, told by its key.</summary>
    public ChainKind Kind => RecordChains.KindOf(ChainKey);

    /// <summary>A sentence for people, in Vietnamese and English.</summary>
    public override string ToString()
    {
        var (vi, en, vis, ens) = Kind switch
        {
            ChainKind.PromptRecords => ("bản ghi lượt mời", "prompt record", "bản ghi lượt mời", "prompt records"),
            ChainKind.StrayPresses => ("lần bấm ngoài lượt", "stray press", "lần bấm ngoài lượt", "stray presses"),
            _ => ("đánh giá", "rating", "đánh giá", "ratings"),
        };
        return Break switch
        {
            null => $"Chuỗi '{ChainKey}' nguyên vẹn ({LinksChecked} {vis}). / Chain '{ChainKey}' is intact ({LinksChecked} {ens}).",
            ChainBreak.ModifiedRating => $"Chuỗi '{ChainKey}': {vi} {RatingId} (số {Sequence}) đã bị sửa. / Chain '{ChainKey}': {en} {RatingId} (#{Sequence}) was modified.",
            ChainBreak.MissingRating => $"Chuỗi '{ChainKey}': thiếu {vi} số {Sequence}, trước {vi} {RatingId}. / Chain '{ChainKey}': {en} #{Sequence} is missing before {en} {RatingId}.",
            ChainBreak.BrokenLink => $"Chuỗi '{ChainKey}': {vi} {RatingId} (số {Sequence}) không nối tiếp {vi} trước (bị chèn hoặc đổi chỗ). / Chain '{ChainKey}': {en} {RatingId} (#{Sequence}) does not follow the one before it (inserted or reordered).",
            ChainBreak.DuplicateSequence => $"Chuỗi '{ChainKey}': số {Sequence} xuất hiện hai lần ({vi} {RatingId}). / Chain '{ChainKey}': #{Sequence} appears twice ({en} {RatingId}).",
            ChainBreak.UnchainedRecord => $"Chuỗi '{ChainKey}': {vi} {RatingId} được lưu ngoài chuỗi (trước khi có chuỗi, hoặc chèn thẳng vào cơ sở dữ liệu), không thể xác nhận. / Chain '{ChainKey}': {en} {RatingId} is stored outside the chain (before chaining, or inserted around the store) and cannot be vouched for.",
            _ => $"Chuỗi '{ChainKey}' không khớp điểm kiểm tra đã ký tại số {Sequence}. / Chain '{ChainKey}' does not match the signed checkpoint at #{Sequence}.",
        };
    }
}
