namespace SatisfactionKit.SampleHost.SignIn;

/// <summary>A demo sign-in of the sample: its user name, its SatisfactionKit role and the units it works for.</summary>
/// <param name="UserName">The name to sign in with.</param>
/// <param name="Role">One of <see cref="Server.SatisfactionKitRoles"/>.</param>
/// <param name="Units">The unit codes (<see cref="Server.SatisfactionKitClaims.Unit"/> claims); none for the province's roles.</param>
public sealed record DemoAccount(string UserName, string Role, params string[] Units);
