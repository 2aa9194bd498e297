using System.Runtime.CompilerServices;

// Synthetic input for InternalsVisibleToRuleTests: one friend that is a package, one that is a test project.
[assembly: InternalsVisibleTo("SatisfactionKit.Architecture.Samples.Provider")]
[assembly: InternalsVisibleTo("SatisfactionKit.Architecture.Samples.Tests")]
