using System.Security.Cryptography;
using FluentValidation.Results;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SatisfactionKit.Localization;

namespace SatisfactionKit.Channels;

/// <summary>Issues codes and checks them, with the lockouts, for online rating and status look-up alike.</summary>
internal sealed partial class VerificationCodeService : IVerificationCodeService
{
    private readonly IVerificationCodeStore _store;
    private readonly IDossierStatusSource _source;
    private readonly IOptionsMonitor<ChannelOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<VerificationCodeService> _logger;

    public VerificationCodeService(
        IVerificationCodeStore store,
        IDossierStatusSource source,
        IOptionsMonitor<ChannelOptions> options,
        TimeProvider timeProvider,
        ILogger<VerificationCodeService> logger)
    {
        _store = store;
        _source = source;
        _options = options;
        _time = timeProvider;
        _logger = logger;
    }

    private byte[] Key => ChannelOptionsValidator.TryDecodeKey(_options.CurrentValue.SigningKey)
        ?? throw new InvalidOperationException(Messages.Bilingual(ErrorCodes.OptionInvalid, nameof(ChannelOptions.SigningKey)));

    public async ValueTask<string> IssueAsync(string dossierCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dossierCode);
        var code = VerificationCodes.Generate();
        var hash = VerificationCodes.Hash(Key, dossierCode, VerificationCodes.Normalize(code));
        await _store.SaveCodeAsync(new VerificationCodeRecord(dossierCode, hash, _time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        LogIssued(dossierCode);
        return code;
    }

    /// <summary>
    /// Checks the client's and the dossier's lockouts, then the code, then that the dossier is known and
    /// the code not expired. A wrong code, a dossier without a code and an unknown dossier give the same
    /// refusal, so that guessing learns nothing about which dossiers exist.
    /// </summary>
    public async ValueTask<VerificationCheck> CheckAsync(string dossierCode, string? verificationCode, string clientKey, string purpose, CancellationToken cancellationToken)
    {
        var options = _options.CurrentValue;
        var now = _time.GetUtcNow();

        // Each limit reserves its place before the code is looked at, atomically in the store, so that
        // simultaneous guesses cannot all slip under it; a right code gives the place back.
        var clientLimit = "client:" + clientKey;
        var dossierLimit = "dossier:" + dossierCode;
        if (!await _store.TryReserveCheckAsync(clientLimit, options.MaxWrongCodesPerClient, now - options.ClientAttemptWindow, now, cancellationToken).ConfigureAwait(false))
        {
            LogClientLimited(clientKey);
            return await RefuseAsync(VerificationOutcome.ClientLimited, ErrorCodes.TooManyAttempts, [(int)Math.Ceiling(options.ClientAttemptWindow.TotalMinutes)]).ConfigureAwait(false);
        }

        if (!await _store.TryReserveCheckAsync(dossierLimit, options.MaxWrongCodesPerDossier, now - options.LockoutDuration, now, cancellationToken).ConfigureAwait(false))
        {
            await _store.SettleCheckAsync(clientLimit, wrongCode: false, now, CancellationToken.None).ConfigureAwait(false);
            LogDossierLocked(dossierCode);
            return await RefuseAsync(VerificationOutcome.DossierLocked, ErrorCodes.DossierLocked, [(int)Math.Ceiling(options.LockoutDuration.TotalMinutes)]).ConfigureAwait(false);
        }

        var wrong = false;
        try
        {
            var record = await _store.FindCodeAsync(dossierCode, cancellationToken).ConfigureAwait(false);
            // The hash is computed even when there is no record, so that the answer takes as long either way.
            var given = VerificationCodes.Hash(Key, dossierCode, VerificationCodes.Normalize(verificationCode));
            var matches = record is not null && CryptographicOperations.FixedTimeEquals(given, record.CodeHash);
            var status = matches ? await _source.FindAsync(dossierCode, cancellationToken).ConfigureAwait(false) : null;
            if (status is null)
            {
                wrong = true;
                LogWrongCode(dossierCode, clientKey);
                return await RefuseAsync(VerificationOutcome.WrongCode, ErrorCodes.VerificationCodeInvalid, []).ConfigureAwait(false);
            }

            if (status.ResultReturnedAt is { } returned && now > returned + options.CodeValidity)
            {
                return await RefuseAsync(VerificationOutcome.Expired, ErrorCodes.VerificationCodeExpired, [(int)options.CodeValidity.TotalDays], status).ConfigureAwait(false);
            }

            await _store.AddAttemptAsync(new VerificationAttempt(Guid.CreateVersion7(now), dossierCode, clientKey, now, VerificationOutcome.Accepted, purpose), cancellationToken).ConfigureAwait(false);
            return new VerificationCheck(VerificationOutcome.Accepted, status, null);
        }
        finally
        {
            // Not cancellable: a place left reserved would count against the citizen as a wrong code.
            await _store.SettleCheckAsync(clientLimit, wrong, now, CancellationToken.None).ConfigureAwait(false);
            await _store.SettleCheckAsync(dossierLimit, wrong, now, CancellationToken.None).ConfigureAwait(false);
        }

        async ValueTask<VerificationCheck> RefuseAsync(VerificationOutcome outcome, string errorCode, object?[] args, DossierStatus? known = null)
        {
            await _store.AddAttemptAsync(new VerificationAttempt(Guid.CreateVersion7(now), dossierCode, clientKey, now, outcome, purpose), cancellationToken).ConfigureAwait(false);
            var failure = new ValidationFailure("VerificationCode", Messages.Current(errorCode, args)) { ErrorCode = errorCode };
            return new VerificationCheck(outcome, known, failure);
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Verification code issued for dossier {DossierCode}")]
    private partial void LogIssued(string dossierCode);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Wrong verification code for dossier {DossierCode} from {ClientKey}")]
    private partial void LogWrongCode(string dossierCode, string clientKey);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Dossier {DossierCode} is locked after too many wrong verification codes")]
    private partial void LogDossierLocked(string dossierCode);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Client {ClientKey} gave too many wrong verification codes; refused unchecked")]
    private partial void LogClientLimited(string clientKey);
}
