using SatisfactionKit.Reports;

namespace SatisfactionKit.Core.Tests;

public sealed class SurveyAllocationTests
{
    private static readonly string[] Districts = ["Duy Tiên", "Bình Lục", "Kim Bảng", "Lý Nhân", "Thanh Liêm", "Phủ Lý"];

    private static readonly (string District, string[] Communes)[] Communes =
    [
        ("Duy Tiên", ["TT Hòa Mạc", "Yên Bắc", "Mộc Nam"]),
        ("Bình Lục", ["TT Bình Mỹ", "Ngọc Lũ", "An Lão"]),
        ("Kim Bảng", ["TT Quế", "Ngọc Sơn", "Thi Sơn"]),
        ("Lý Nhân", ["TT Vĩnh Trụ", "Bắc Lý", "Nhân Khang"]),
        ("Thanh Liêm", ["TT Kiện Khê", "Thanh Thủy", "Thanh Lưu"]),
        ("Phủ Lý", ["Quang Trung", "Trịnh Xá", "Phù Vân"]),
    ];

    [Fact]
    public void Ha_Nam_2018_plan_reproduces_420_as_120_plus_180_plus_120()
    {
        // a) Đăng ký hộ kinh doanh: 20 forms × 6 districts = 120.
        // b) "3 trong 1": 10 forms × 3 communes × 6 districts = 180.
        // c) Land-use certificates: 30 at the provincial office + 15 × 6 district branches = 120
        //    (the office weighs twice a branch: 120 × 2/8 = 30, 120 × 1/8 = 15).
        var plan = new SurveyAllocationPlan()
            .AllocateEach("HO_KINH_DOANH", 20, [.. Districts.Select(d => new AllocationTarget(d))])
            .AllocateEach("3_TRONG_1", 10, [.. Communes.SelectMany(d => d.Communes.Select(c => new AllocationTarget(d.District, c)))])
            .Allocate("GCN_QSDD", 120, [new AllocationTarget("Sở TN&MT", "VP đăng ký đất đai", 2m), .. Districts.Select(d => new AllocationTarget(d, "Chi nhánh VPĐKĐĐ"))]);

        Assert.Equal(420, plan.TotalForms);
        Assert.Equal(120, plan.FormsByProcedure["HO_KINH_DOANH"]);
        Assert.Equal(180, plan.FormsByProcedure["3_TRONG_1"]);
        Assert.Equal(120, plan.FormsByProcedure["GCN_QSDD"]);
        Assert.All(plan.Lines.Where(l => l.ProcedureCode == "HO_KINH_DOANH"), l => Assert.Equal(20, l.Forms));
        Assert.Equal(18, plan.Lines.Count(l => l.ProcedureCode == "3_TRONG_1" && l.Forms == 10));
        Assert.Equal([30, 15, 15, 15, 15, 15, 15], plan.Lines.Where(l => l.ProcedureCode == "GCN_QSDD").Select(l => l.Forms));
    }

    [Fact]
    public void Forms_that_do_not_divide_evenly_go_to_the_largest_remainders_and_still_add_up()
    {
        var plan = new SurveyAllocationPlan().Allocate("X", 100, [new("A"), new("B"), new("C")]);

        Assert.Equal([34, 33, 33], plan.Lines.Select(l => l.Forms));
        Assert.Equal(100, plan.TotalForms);
    }

    [Fact]
    public void A_procedure_without_places_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new SurveyAllocationPlan().Allocate("X", 10, []));
        Assert.Throws<ArgumentException>(() => new SurveyAllocationPlan().Allocate("X", 10, [new("A", Weight: 0)]));
    }
}
