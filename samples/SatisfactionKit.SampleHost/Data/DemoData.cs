using Microsoft.EntityFrameworkCore;

namespace SatisfactionKit.SampleHost.Data;

/// <summary>
/// Clearly marked demo data, written on the first start into an empty database: a few units,
/// procedures, officers, counters and dossiers. Every applicant name starts with "[DEMO]".
/// </summary>
public static class DemoData
{
    public const string Marker = "[DEMO]";

    public static async Task<bool> SeedAsync(OneStopDbContext db, TimeProvider time, CancellationToken cancellationToken = default)
    {
        if (await db.Units.AnyAsync(cancellationToken))
        {
            return false;
        }

        db.Units.AddRange(
            // The same names as the unit registry's (DemoUnits): the new ward after the 2025 merger, and a commune.
            new DemoUnit { Code = "UBND-Q1", Name = "Phường Phủ Lý" },
            new DemoUnit { Code = "UBND-Q3", Name = "Xã Tiên Tân" });
        db.Procedures.AddRange(
            new DemoProcedure { Code = "1.001612", Name = "Đăng ký hộ kinh doanh" },
            new DemoProcedure { Code = "1.004227", Name = "Đăng ký khai sinh" },
            new DemoProcedure { Code = "1.003001", Name = "Cấp giấy chứng nhận quyền sử dụng đất" });
        db.Officers.AddRange(
            new DemoOfficer { Id = "CB-001", Name = "Nguyễn Văn An (demo)", UnitCode = "UBND-Q1" },
            new DemoOfficer { Id = "CB-002", Name = "Trần Thị Bình (demo)", UnitCode = "UBND-Q1" },
            new DemoOfficer { Id = "CB-003", Name = "Lê Minh Châu (demo)", UnitCode = "UBND-Q3" });
        db.Counters.AddRange(
            new DemoCounter { Id = "QUAY-01", Name = "Quầy 1", UnitCode = "UBND-Q1", OfficerId = "CB-001" },
            new DemoCounter { Id = "QUAY-02", Name = "Quầy 2", UnitCode = "UBND-Q1", OfficerId = "CB-002" },
            new DemoCounter { Id = "QUAY-03", Name = "Quầy 3", UnitCode = "UBND-Q3", OfficerId = "CB-003" });

        var now = time.GetUtcNow();
        string[] names = ["Phạm Văn Dũng", "Hoàng Thị Em", "Vũ Quốc Phong", "Đặng Thu Giang", "Bùi Văn Hải", "Đỗ Thị Lan", "Ngô Văn Khoa", "Dương Thị Mai", "Lý Văn Nam", "Mai Thị Oanh", "Trịnh Văn Phú", "Hồ Thị Quyên"];
        string[] procedures = ["1.001612", "1.004227", "1.003001"];
        for (var i = 0; i < names.Length; i++)
        {
            var unit = i % 4 == 3 ? "UBND-Q3" : "UBND-Q1";
            db.Dossiers.Add(new DemoDossier
            {
                Code = $"000.00.17.H29-{now:yyMMdd}-{i + 1:0000}",
                ProcedureCode = procedures[i % procedures.Length],
                UnitCode = unit,
                ApplicantName = $"{Marker} {names[i]}",
                // Most are ready to be returned at the counter; a few are still being handled.
                State = i < 9 ? DossierState.ResultReady : DossierState.InProgress,
                ReceivedAt = now.AddDays(-7 - i),
                AppointmentDate = DateOnly.FromDateTime(now.AddDays(i - 3).UtcDateTime),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
