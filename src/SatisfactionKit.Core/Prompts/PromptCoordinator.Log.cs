using Microsoft.Extensions.Logging;

namespace SatisfactionKit.Prompts;

/// <summary>The coordinator's log events (2001–2003, 2005; 2004 is the listeners').</summary>
internal sealed partial class PromptCoordinator
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Prompt {PromptId} opened at counter {UnitCode}/{CounterId} for dossier {DossierCode} under {SchemeCode}")]
    private partial void LogOpened(Guid promptId, string unitCode, string counterId, string dossierCode, string schemeCode);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Prompt {PromptId} at counter {UnitCode}/{CounterId} closed: {Outcome}")]
    private partial void LogClosed(Guid promptId, string unitCode, string counterId, PromptState outcome);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Press at counter {UnitCode}/{CounterId} is not a rating ({Reason}, level {LevelCode})")]
    private partial void LogStray(string? unitCode, string counterId, StrayPressReason reason, string? levelCode);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Error, Message = "Closing prompt {PromptId} at counter {UnitCode}/{CounterId} on timeout failed")]
    private partial void LogTimeoutFailed(Exception ex, Guid promptId, string unitCode, string counterId);
}
