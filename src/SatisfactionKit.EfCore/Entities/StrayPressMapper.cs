using SatisfactionKit.Prompts;

namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>Maps a stray press to its row and back, for the prompt store and the chain verifier.</summary>
internal static class StrayPressMapper
{
    /// <summary>The row of <paramref name="press"/>, its time cut to microseconds as stored (so that the press hashed is the one read back).</summary>
    public static StrayPressEntity ToEntity(StrayPress press) => new()
    {
        Id = press.Id,
        CounterId = press.CounterId,
        UnitCode = press.UnitCode,
        Reason = press.Reason,
        LevelCode = press.LevelCode,
        DeviceId = press.DeviceId,
        PromptId = press.PromptId,
        PressedAt = RatingMapper.Microseconds(press.PressedAt),
    };

    /// <summary>The press a row holds, as stored.</summary>
    public static StrayPress ToPress(StrayPressEntity entity) =>
        new(entity.Id, entity.CounterId, entity.Reason, entity.LevelCode, entity.DeviceId, entity.PromptId, RatingMapper.Utc(entity.PressedAt), entity.UnitCode);
}
