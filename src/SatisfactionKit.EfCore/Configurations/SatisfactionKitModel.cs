using Microsoft.EntityFrameworkCore;

namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>Adds every SatisfactionKit table to a model; what <c>UseSatisfactionKit()</c> and <c>SatisfactionKitDbContext</c> both apply.</summary>
internal static class SatisfactionKitModel
{
    public static ModelBuilder Apply(ModelBuilder modelBuilder, TableNaming naming) => modelBuilder
        .ApplyConfiguration(new RatingConfiguration(naming))
        .ApplyConfiguration(new RatingAnswerConfiguration(naming))
        .ApplyConfiguration(new RatingChoiceConfiguration(naming))
        .ApplyConfiguration(new PromptRecordConfiguration(naming))
        .ApplyConfiguration(new StrayPressConfiguration(naming))
        .ApplyConfiguration(new RatingSchemeConfiguration(naming))
        .ApplyConfiguration(new VerificationCodeConfiguration(naming))
        .ApplyConfiguration(new VerificationAttemptConfiguration(naming))
        .ApplyConfiguration(new VerificationLimitConfiguration(naming))
        .ApplyConfiguration(new SurveyCampaignConfiguration(naming))
        .ApplyConfiguration(new ChainHeadConfiguration(naming))
        .ApplyConfiguration(new RatingBatchConfiguration(naming))
        .ApplyConfiguration(new UnitVersionConfiguration(naming))
        .ApplyConfiguration(new UnitSuccessionConfiguration(naming))
        .ApplyConfiguration(new CounterDeviceConfiguration(naming))
        .ApplyConfiguration(new RatingInvitationConfiguration(naming))
        .ApplyConfiguration(new AlertConfiguration(naming))
        .ApplyConfiguration(new RatingRollupConfiguration(naming))
        .ApplyConfiguration(new AnswerRollupConfiguration(naming))
        .ApplyConfiguration(new RollupStateConfiguration(naming))
        .ApplyConfiguration(new DissatisfiedDossierConfiguration(naming))
        .ApplyConfiguration(new RepeatedDissatisfiedRatingConfiguration(naming));
}
