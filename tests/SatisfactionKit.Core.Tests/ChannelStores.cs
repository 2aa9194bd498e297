using System.Collections.Concurrent;
using SatisfactionKit.Channels;
using SatisfactionKit.Channels.Surveys;

namespace SatisfactionKit.Core.Tests;

/// <summary>
/// Thread-safe verification code store and dossier status source for Core's unit tests only (Core
/// ships no production in-memory store; the EF Core stores are not written yet).
/// </summary>
internal sealed class ChannelStores : IVerificationCodeStore, IDossierStatusSource, ISurveyCampaignStore
{
    private readonly ConcurrentDictionary<string, SurveyCampaign> _campaigns = new(StringComparer.Ordinal);

    ValueTask<bool> ISurveyCampaignStore.AddAsync(SurveyCampaign campaign, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_campaigns.TryAdd(campaign.Id, campaign));

    ValueTask<SurveyCampaign?> ISurveyCampaignStore.FindAsync(string id, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_campaigns.GetValueOrDefault(id));

    private readonly ConcurrentDictionary<string, VerificationCodeRecord> _codes = new(StringComparer.Ordinal);

    public ConcurrentQueue<VerificationAttempt> Attempts { get; } = new();

    public ConcurrentDictionary<string, DossierStatus> Dossiers { get; } = new(StringComparer.Ordinal);

    /// <summary>The applicants' phones, by dossier, as the one-stop software keeps them.</summary>
    public ConcurrentDictionary<string, string> Phones { get; } = new(StringComparer.Ordinal);

    /// <summary>How dossiers were handled, for the TT01 indicators computed from dossier data.</summary>
    public ConcurrentDictionary<string, DossierProcessing> Processing { get; } = new(StringComparer.Ordinal);

    public ValueTask<DossierProcessing?> FindProcessingAsync(string dossierCode, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Processing.TryGetValue(dossierCode, out var processing) ? processing : null);

    public ValueTask<string?> FindApplicantPhoneAsync(string dossierCode, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Phones.GetValueOrDefault(dossierCode));

    public IReadOnlyDictionary<string, VerificationCodeRecord> Codes => _codes;

    public ValueTask SaveCodeAsync(VerificationCodeRecord record, CancellationToken cancellationToken = default)
    {
        _codes[record.DossierCode] = record;
        return ValueTask.CompletedTask;
    }

    public ValueTask<VerificationCodeRecord?> FindCodeAsync(string dossierCode, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_codes.GetValueOrDefault(dossierCode));

    public ValueTask AddAttemptAsync(VerificationAttempt attempt, CancellationToken cancellationToken = default)
    {
        Attempts.Enqueue(attempt);
        return ValueTask.CompletedTask;
    }

    private readonly Dictionary<string, (int Count, DateTimeOffset LastAt)> _limits = new(StringComparer.Ordinal);

    public ValueTask<bool> TryReserveCheckAsync(string limitKey, int maxWrong, DateTimeOffset since, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (_limits)
        {
            var (count, lastAt) = _limits.GetValueOrDefault(limitKey, (0, now));
            if (lastAt < since)
            {
                (count, lastAt) = (0, now);
            }

            if (count >= maxWrong)
            {
                return ValueTask.FromResult(false);
            }

            _limits[limitKey] = (count + 1, lastAt);
            return ValueTask.FromResult(true);
        }
    }

    public ValueTask SettleCheckAsync(string limitKey, bool wrongCode, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (_limits)
        {
            if (_limits.TryGetValue(limitKey, out var limit))
            {
                _limits[limitKey] = wrongCode ? (limit.Count, now) : (Math.Max(0, limit.Count - 1), limit.LastAt);
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<int> CountWrongCodesForDossierAsync(string dossierCode, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Attempts.Count(a => a.DossierCode == dossierCode && a.Outcome == VerificationOutcome.WrongCode && a.At >= since));

    public ValueTask<int> CountWrongCodesForClientAsync(string clientKey, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Attempts.Count(a => a.ClientKey == clientKey && a.Outcome == VerificationOutcome.WrongCode && a.At >= since));

    public ValueTask<DossierStatus?> FindAsync(string dossierCode, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Dossiers.GetValueOrDefault(dossierCode));
}
