using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SatisfactionKit.SampleHost.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "demo_counters",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OfficerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_demo_counters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "demo_dossiers",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    AppointmentDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResultReturnedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ReturnedByOfficerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReturnedAtCounterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_demo_dossiers", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "demo_officers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_demo_officers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "demo_procedures",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_demo_procedures", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "demo_units",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_demo_units", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "SK_Alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    Scope = table.Column<int>(type: "INTEGER", nullable: false),
                    ScopeKey = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    WindowStart = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Ratings = table.Column<int>(type: "INTEGER", nullable: false),
                    Dissatisfied = table.Column<int>(type: "INTEGER", nullable: false),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    AcknowledgementComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SK_Alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SK_AnswerRollups",
                columns: table => new
                {
                    CellKey = table.Column<byte[]>(type: "BLOB", fixedLength: true, maxLength: 16, nullable: false),
                    Cube = table.Column<short>(type: "INTEGER", nullable: false),
                    Period = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChainKey = table.Column<string>(type: "TEXT", unicode: false, maxLength: 72, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    OfficerId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    CounterId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    SchemeCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    SchemeVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Conditions = table.Column<string>(type: "TEXT", unicode: false, maxLength: 256, nullable: false),
                    CriterionCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    LevelCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false),
                    IsSatisfied = table.Column<bool>(type: "INTEGER", nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SK_AnswerRollups", x => x.CellKey);
                });

            migrationBuilder.CreateTable(
                name: "SK_ChainHeads",
                columns: table => new
                {
                    ChainKey = table.Column<string>(type: "TEXT", unicode: false, maxLength: 72, nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SK_ChainHeads", x => x.ChainKey);
                });

            migrationBuilder.CreateTable(
                name: "SK_CounterDevices",
                columns: table => new
                {
                    DeviceId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 128, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CounterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    EnrollmentCodeHash = table.Column<byte[]>(type: "BLOB", fixedLength: true, maxLength: 32, nullable: false),
                    EnrollmentExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CredentialHash = table.Column<byte[]>(type: "BLOB", fixedLength: true, maxLength: 32, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EnrolledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSeenAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PadState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SK_CounterDevices", x => x.DeviceId);
                });

            migrationBuilder.CreateTable(
                name: "SK_DissatisfiedDossiers",
                columns: table => new
                {
                    DossierCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    Ratings = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SK_DissatisfiedDossiers", x => x.DossierCode);
                });

            migrationBuilder.CreateTable(
                name: "SK_Prompts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CounterId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    DossierCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    OfficerId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    DossierCounterId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    SchemeCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    SchemeVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    RatingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IncompleteLevelCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ChainKey = table.Column<string>(type: "TEXT", unicode: false, maxLength: 72, nullable: true),
                    ChainSequence = table.Column<long>(type: "INTEGER", nullable: true),
                    PreviousHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: true),
                    Hash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: true),
                    EncodingVersion = table.Column<byte>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SK_Prompts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SK_RatingBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BatchId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SourceName = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RatingCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SK_RatingBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SK_RatingInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SK_RatingInvitations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SK_RatingRollups",
                columns: table => new
                {
                    CellKey = table.Column<byte[]>(type: "BLOB", fixedLength: true, maxLength: 16, nullable: false),
                    Cube = table.Column<short>(type: "INTEGER", nullable: false),
                    Period = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChainKey = table.Column<string>(type: "TEXT", unicode: false, maxLength: 72, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    OfficerId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    CounterId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    SchemeCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    SchemeVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false),
                    Satisfied = table.Column<long>(type: "INTEGER", nullable: false),
                    DissatisfiedWithDossier = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SK_RatingRollups", x => x.CellKey);
                });

            migrationBuilder.CreateTable(
                name: "SK_Ratings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchemeCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    SchemeVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    DossierCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    ProcedureCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    UnitCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    OfficerId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    CounterId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    SurveyId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    IsSatisfied = table.Column<bool>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ResultReturnedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeviceId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 128, nullable: true),
                    PromptId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", unicode: false, maxLength: 128, nullable: false),
                    DossierSlot = table.Column<string>(type: "TEXT", unicode: false, maxLength: 72, nullable: true),
                    ChainKey = table.Column<string>(type: "TEXT", unicode: false, maxLength: 72, nullable: false),
                    ChainSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    PreviousHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    Hash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    EncodingVersion = table.Column<byte>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SK_Ratings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SK_RatingSchemes",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    StoredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SK_RatingSchemes", x => new { x.Code, x.Version });
                });

            migrationBuilder.CreateTable(
                name: "SK_RepeatedDissatisfiedRatings",
                columns: table => new
                {
                    RatingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    SchemeCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    UnitCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    OfficerId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    CounterId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SK_RepeatedDissatisfiedRatings", x => x.RatingId);
                });

            migrationBuilder.CreateTable(
                name: "SK_RollupState",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    Layout = table.Column<int>(type: "INTEGER", nullable: false),
                    BuiltAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SK_RollupState", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SK_StrayPresses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CounterId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    LevelCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: true),
                    DeviceId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 128, nullable: true),
                    PromptId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PressedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChainKey = table.Column<string>(type: "TEXT", unicode: false, maxLength: 72, nullable: true),
                    ChainSequence = table.Column<long>(type: "INTEGER", nullable: true),
                    PreviousHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: true),
                    Hash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: true),
                    EncodingVersion = table.Column<byte>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SK_StrayPresses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SK_SurveyCampaigns",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    SchemeCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    SchemeVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AudienceUnitCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    OpensAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosesAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SK_SurveyCampaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SK_UnitSuccessions",
                columns: table => new
                {
                    PredecessorCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    SuccessorCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CarriesHistory = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SK_UnitSuccessions", x => new { x.PredecessorCode, x.SuccessorCode });
                });

            migrationBuilder.CreateTable(
                name: "SK_UnitVersions",
                columns: table => new
                {
                    UnitCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NameVi = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LevelCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SK_UnitVersions", x => new { x.UnitCode, x.ValidFrom });
                });

            migrationBuilder.CreateTable(
                name: "SK_VerificationAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClientKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SK_VerificationAttempts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SK_VerificationCodes",
                columns: table => new
                {
                    DossierCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    CodeHash = table.Column<byte[]>(type: "BLOB", fixedLength: true, maxLength: 32, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SK_VerificationCodes", x => x.DossierCode);
                });

            migrationBuilder.CreateTable(
                name: "SK_VerificationLimits",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    LastAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SK_VerificationLimits", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SK_RatingAnswers",
                columns: table => new
                {
                    RatingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    CriterionCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    LevelCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false),
                    IsSatisfied = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SK_RatingAnswers", x => new { x.RatingId, x.Position });
                    table.ForeignKey(
                        name: "FK_SK_RatingAnswers_SK_Ratings",
                        column: x => x.RatingId,
                        principalTable: "SK_Ratings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SK_RatingChoices",
                columns: table => new
                {
                    RatingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SK_RatingChoices", x => new { x.RatingId, x.Kind, x.Position });
                    table.ForeignKey(
                        name: "FK_SK_RatingChoices_SK_Ratings",
                        column: x => x.RatingId,
                        principalTable: "SK_Ratings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SK_Alerts_AcknowledgedAt_RaisedAt",
                table: "SK_Alerts",
                columns: new[] { "AcknowledgedAt", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SK_AnswerRollups_Cube_Period",
                table: "SK_AnswerRollups",
                columns: new[] { "Cube", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_SK_CounterDevices_CounterId",
                table: "SK_CounterDevices",
                column: "CounterId");

            migrationBuilder.CreateIndex(
                name: "IX_SK_CounterDevices_CredentialHash",
                table: "SK_CounterDevices",
                column: "CredentialHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SK_CounterDevices_EnrollmentCodeHash",
                table: "SK_CounterDevices",
                column: "EnrollmentCodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SK_CounterDevices_UnitCode_CounterId",
                table: "SK_CounterDevices",
                columns: new[] { "UnitCode", "CounterId" });

            migrationBuilder.CreateIndex(
                name: "IX_SK_DissatisfiedDossiers_Ratings",
                table: "SK_DissatisfiedDossiers",
                column: "Ratings");

            migrationBuilder.CreateIndex(
                name: "IX_SK_Prompts_ChainKey_ChainSequence",
                table: "SK_Prompts",
                columns: new[] { "ChainKey", "ChainSequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SK_Prompts_CounterId_OpenedAt",
                table: "SK_Prompts",
                columns: new[] { "CounterId", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SK_Prompts_DossierCode",
                table: "SK_Prompts",
                column: "DossierCode");

            migrationBuilder.CreateIndex(
                name: "IX_SK_Prompts_UnitCode_OpenedAt",
                table: "SK_Prompts",
                columns: new[] { "UnitCode", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SK_RatingBatches_BatchId",
                table: "SK_RatingBatches",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_SK_RatingChoices_Kind_Code",
                table: "SK_RatingChoices",
                columns: new[] { "Kind", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_SK_RatingInvitations_At",
                table: "SK_RatingInvitations",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_SK_RatingInvitations_DossierCode",
                table: "SK_RatingInvitations",
                column: "DossierCode");

            migrationBuilder.CreateIndex(
                name: "IX_SK_RatingInvitations_UnitCode_At",
                table: "SK_RatingInvitations",
                columns: new[] { "UnitCode", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_SK_RatingRollups_Cube_Period",
                table: "SK_RatingRollups",
                columns: new[] { "Cube", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_SK_Ratings_ChainKey_ChainSequence",
                table: "SK_Ratings",
                columns: new[] { "ChainKey", "ChainSequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SK_Ratings_DossierCode",
                table: "SK_Ratings",
                column: "DossierCode");

            migrationBuilder.CreateIndex(
                name: "IX_SK_Ratings_DossierSlot",
                table: "SK_Ratings",
                column: "DossierSlot",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SK_Ratings_IdempotencyKey",
                table: "SK_Ratings",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SK_Ratings_IsSatisfied_SubmittedAt",
                table: "SK_Ratings",
                columns: new[] { "IsSatisfied", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SK_Ratings_OfficerId_SubmittedAt",
                table: "SK_Ratings",
                columns: new[] { "OfficerId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SK_Ratings_ProcedureCode_SubmittedAt",
                table: "SK_Ratings",
                columns: new[] { "ProcedureCode", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SK_Ratings_SubmittedAt",
                table: "SK_Ratings",
                column: "SubmittedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SK_Ratings_UnitCode_SubmittedAt",
                table: "SK_Ratings",
                columns: new[] { "UnitCode", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SK_RepeatedDissatisfiedRatings_SubmittedAt",
                table: "SK_RepeatedDissatisfiedRatings",
                column: "SubmittedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SK_StrayPresses_ChainKey_ChainSequence",
                table: "SK_StrayPresses",
                columns: new[] { "ChainKey", "ChainSequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SK_StrayPresses_CounterId_PressedAt",
                table: "SK_StrayPresses",
                columns: new[] { "CounterId", "PressedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SK_StrayPresses_UnitCode_PressedAt",
                table: "SK_StrayPresses",
                columns: new[] { "UnitCode", "PressedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SK_UnitVersions_ParentCode",
                table: "SK_UnitVersions",
                column: "ParentCode");

            migrationBuilder.CreateIndex(
                name: "IX_SK_VerificationAttempts_ClientKey_Outcome_At",
                table: "SK_VerificationAttempts",
                columns: new[] { "ClientKey", "Outcome", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_SK_VerificationAttempts_DossierCode_Outcome_At",
                table: "SK_VerificationAttempts",
                columns: new[] { "DossierCode", "Outcome", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "demo_counters");

            migrationBuilder.DropTable(
                name: "demo_dossiers");

            migrationBuilder.DropTable(
                name: "demo_officers");

            migrationBuilder.DropTable(
                name: "demo_procedures");

            migrationBuilder.DropTable(
                name: "demo_units");

            migrationBuilder.DropTable(
                name: "SK_Alerts");

            migrationBuilder.DropTable(
                name: "SK_AnswerRollups");

            migrationBuilder.DropTable(
                name: "SK_ChainHeads");

            migrationBuilder.DropTable(
                name: "SK_CounterDevices");

            migrationBuilder.DropTable(
                name: "SK_DissatisfiedDossiers");

            migrationBuilder.DropTable(
                name: "SK_Prompts");

            migrationBuilder.DropTable(
                name: "SK_RatingAnswers");

            migrationBuilder.DropTable(
                name: "SK_RatingBatches");

            migrationBuilder.DropTable(
                name: "SK_RatingChoices");

            migrationBuilder.DropTable(
                name: "SK_RatingInvitations");

            migrationBuilder.DropTable(
                name: "SK_RatingRollups");

            migrationBuilder.DropTable(
                name: "SK_RatingSchemes");

            migrationBuilder.DropTable(
                name: "SK_RepeatedDissatisfiedRatings");

            migrationBuilder.DropTable(
                name: "SK_RollupState");

            migrationBuilder.DropTable(
                name: "SK_StrayPresses");

            migrationBuilder.DropTable(
                name: "SK_SurveyCampaigns");

            migrationBuilder.DropTable(
                name: "SK_UnitSuccessions");

            migrationBuilder.DropTable(
                name: "SK_UnitVersions");

            migrationBuilder.DropTable(
                name: "SK_VerificationAttempts");

            migrationBuilder.DropTable(
                name: "SK_VerificationCodes");

            migrationBuilder.DropTable(
                name: "SK_VerificationLimits");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "SK_Ratings");
        }
    }
}
