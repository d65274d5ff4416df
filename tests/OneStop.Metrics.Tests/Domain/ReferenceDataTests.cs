using System;
using System.Linq;
using OneStop.Metrics.Domain;
using Xunit;

namespace OneStop.Metrics.Tests.Domain;

public class ReferenceDataTests
{
    private static readonly AdministrativeUnit Province =
        new() { Code = "30", Name = "tỉnh Hải Dương", Level = AdministrativeLevel.Province };

    private static readonly AdministrativeUnit District =
        new() { Code = "298", Name = "huyện Tứ Kỳ", Level = AdministrativeLevel.District, ParentCode = "30" };

    private static readonly AdministrativeUnit CommuneA =
        new() { Code = "11128", Name = "xã Quang Phục", Level = AdministrativeLevel.Commune, ParentCode = "298" };

    private static readonly AdministrativeUnit CommuneB =
        new() { Code = "11131", Name = "thị trấn Tứ Kỳ", Level = AdministrativeLevel.Commune, ParentCode = "298" };

    private static readonly Department DistrictOneStop = Dept("MC-298", "298", DepartmentKind.OneStop);
    private static readonly Department Justice = Dept("TP-298", "298", DepartmentKind.Specialised);
    private static readonly Department Land = Dept("TNMT-298", "298", DepartmentKind.Specialised);
    private static readonly Department CommuneAOneStop = Dept("MC-11128", "11128", DepartmentKind.OneStop);
    private static readonly Department CommuneBOneStop = Dept("MC-11131", "11131", DepartmentKind.OneStop);
    private static readonly Department ProvinceDepartment = Dept("STP-30", "30", DepartmentKind.Specialised);

    private static readonly ProcedureField JusticeField = new() { Code = "TPH", Name = "Tư pháp" };
    private static readonly ProcedureField LandField = new() { Code = "DD", Name = "Đất đai" };

    private static readonly Procedure BirthCopy = Proc("1.001", "TPH", AdministrativeLevel.District, OnlineServiceKind.FullProcess);
    private static readonly Procedure LandChange = Proc("1.002", "DD", AdministrativeLevel.District, OnlineServiceKind.Partial);
    private static readonly Procedure Signature = Proc("2.001", "TPH", AdministrativeLevel.Commune, OnlineServiceKind.None);
    private static readonly Procedure Birth = Proc("2.002", "TPH", AdministrativeLevel.Commune, OnlineServiceKind.FullProcess);

    private static ReferenceData Sample() => new(
        [Province, District, CommuneA, CommuneB],
        [DistrictOneStop, Justice, CommuneAOneStop, Land, CommuneBOneStop, ProvinceDepartment],
        [JusticeField, LandField],
        [BirthCopy, Signature, LandChange, Birth]);

    [Fact]
    public void Keeps_every_collection_in_the_order_given()
    {
        var reference = Sample();

        Assert.Equal([Province, District, CommuneA, CommuneB], reference.Units.ToArray());
        Assert.Equal([DistrictOneStop, Justice, CommuneAOneStop, Land, CommuneBOneStop, ProvinceDepartment], reference.Departments.ToArray());
        Assert.Equal([JusticeField, LandField], reference.Fields.ToArray());
        Assert.Equal([BirthCopy, Signature, LandChange, Birth], reference.Procedures.ToArray());
    }

    [Fact]
    public void Looks_up_each_kind_by_code()
    {
        var reference = Sample();

        Assert.True(reference.TryGetUnit("11131", out var unit));
        Assert.Same(CommuneB, unit);
        Assert.True(reference.TryGetDepartment("TNMT-298", out var department));
        Assert.Same(Land, department);
        Assert.True(reference.TryGetField("DD", out var field));
        Assert.Same(LandField, field);
        Assert.True(reference.TryGetProcedure("2.001", out var procedure));
        Assert.Same(Signature, procedure);
    }

    [Fact]
    public void Lookups_of_unknown_codes_fail_and_are_ordinal()
    {
        var reference = Sample();

        Assert.False(reference.TryGetUnit("999", out var unit));
        Assert.Null(unit);
        Assert.False(reference.TryGetDepartment("mc-298", out var department));
        Assert.Null(department);
        Assert.False(reference.TryGetField("tph", out var field));
        Assert.Null(field);
        Assert.False(reference.TryGetProcedure("1.001 ", out var procedure));
        Assert.Null(procedure);
        // A code of one kind is not found among another kind.
        Assert.False(reference.TryGetProcedure("TPH", out _));
    }

    [Fact]
    public void Lookups_of_a_null_code_throw()
    {
        var reference = Sample();

        Assert.Throws<ArgumentNullException>(() => reference.TryGetUnit(null!, out _));
        Assert.Throws<ArgumentNullException>(() => reference.TryGetDepartment(null!, out _));
        Assert.Throws<ArgumentNullException>(() => reference.TryGetField(null!, out _));
        Assert.Throws<ArgumentNullException>(() => reference.TryGetProcedure(null!, out _));
    }

    [Fact]
    public void Duplicate_unit_code_is_refused_naming_the_code_and_both_positions()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ReferenceData(
            [Province, District, CommuneA, District with { Name = "quận khác" }], [], [], []));

        Assert.Equal("units", ex.ParamName);
        Assert.StartsWith("The administrative unit code '298' appears twice (positions 1 and 3).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_department_code_is_refused_naming_the_code_and_both_positions()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ReferenceData(
            [Province, District], [DistrictOneStop, Justice, Land, Justice with { Name = "Tư pháp 2" }], [], []));

        Assert.Equal("departments", ex.ParamName);
        Assert.StartsWith("The department code 'TP-298' appears twice (positions 1 and 3).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_field_code_is_refused_naming_the_code_and_both_positions()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ReferenceData([], [], [LandField, JusticeField, LandField], []));

        Assert.Equal("fields", ex.ParamName);
        Assert.StartsWith("The procedure field code 'DD' appears twice (positions 0 and 2).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_procedure_code_is_refused_naming_the_code_and_both_positions()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ReferenceData(
            [], [], [JusticeField, LandField], [BirthCopy, Signature, LandChange, Birth, Signature with { Name = "khác" }]));

        Assert.Equal("procedures", ex.ParamName);
        Assert.StartsWith("The procedure code '2.001' appears twice (positions 1 and 4).", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Empty_code_is_refused_naming_the_position(string code)
    {
        var ex = Assert.Throws<ArgumentException>(() => new ReferenceData([], [], [JusticeField, LandField with { Code = code }], []));

        Assert.Equal("fields", ex.ParamName);
        Assert.StartsWith("The procedure field at position 1 has an empty code.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dangling_unit_parent_is_refused_naming_both_codes()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ReferenceData([District, CommuneA], [], [], []));

        Assert.Equal("units", ex.ParamName);
        Assert.StartsWith("Administrative unit '298' names parent '30', which is not among the units.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dangling_department_unit_is_refused_naming_both_codes()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ReferenceData(
            [Province, District], [DistrictOneStop, CommuneAOneStop], [], []));

        Assert.Equal("departments", ex.ParamName);
        Assert.StartsWith("Department 'MC-11128' names unit '11128', which is not among the units.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dangling_procedure_field_is_refused_naming_both_codes()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ReferenceData([], [], [JusticeField], [BirthCopy, LandChange]));

        Assert.Equal("procedures", ex.ParamName);
        Assert.StartsWith("Procedure '1.002' names field 'DD', which is not among the fields.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_collections_and_elements_are_refused()
    {
        Assert.Equal("units", Assert.Throws<ArgumentNullException>(() => new ReferenceData(null!, [], [], [])).ParamName);
        Assert.Equal("procedures", Assert.Throws<ArgumentNullException>(() => new ReferenceData([], [], [], null!)).ParamName);

        var ex = Assert.Throws<ArgumentNullException>(() => new ReferenceData([], [], [JusticeField, null!], []));
        Assert.Equal("fields", ex.ParamName);
        Assert.StartsWith("Element 1 of fields is null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_set_is_valid_and_has_no_levels()
    {
        var reference = new ReferenceData([], [], [], []);

        Assert.Empty(reference.Units);
        Assert.Empty(reference.Levels);
    }

    [Fact]
    public void Levels_are_those_with_a_one_stop_department_from_the_top_down()
    {
        // The province has only a specialised department: not a level of the set.
        Assert.Equal([AdministrativeLevel.District, AdministrativeLevel.Commune], Sample().Levels);

        var withProvinceOneStop = new ReferenceData(
            [CommuneA, District, Province],
            [CommuneAOneStop, Dept("MC-30", "30", DepartmentKind.OneStop), DistrictOneStop],
            [], []);
        Assert.Equal([AdministrativeLevel.Province, AdministrativeLevel.District, AdministrativeLevel.Commune], withProvinceOneStop.Levels);

        var communesOnly = new ReferenceData([Province, District, CommuneA], [Justice, CommuneAOneStop], [], []);
        Assert.Equal([AdministrativeLevel.Commune], communesOnly.Levels);
    }

    [Fact]
    public void DepartmentsAt_lists_one_kind_at_one_level_in_reference_order()
    {
        var reference = Sample();

        Assert.Equal([CommuneAOneStop, CommuneBOneStop], reference.DepartmentsAt(DepartmentKind.OneStop, AdministrativeLevel.Commune));
        Assert.Equal([DistrictOneStop], reference.DepartmentsAt(DepartmentKind.OneStop, AdministrativeLevel.District));
        Assert.Equal([Justice, Land], reference.DepartmentsAt(DepartmentKind.Specialised, AdministrativeLevel.District));
        Assert.Equal([ProvinceDepartment], reference.DepartmentsAt(DepartmentKind.Specialised, AdministrativeLevel.Province));
        Assert.Empty(reference.DepartmentsAt(DepartmentKind.OneStop, AdministrativeLevel.Province));
        Assert.Empty(reference.DepartmentsAt(DepartmentKind.Specialised, AdministrativeLevel.Commune));
    }

    [Fact]
    public void ProceduresAt_lists_the_level_procedures_in_catalogue_order()
    {
        var reference = Sample();

        Assert.Equal([BirthCopy, LandChange], reference.ProceduresAt(AdministrativeLevel.District));
        Assert.Equal([Signature, Birth], reference.ProceduresAt(AdministrativeLevel.Commune));
        Assert.Empty(reference.ProceduresAt(AdministrativeLevel.Province));
    }

    [Fact]
    public void LevelOf_is_the_level_of_the_department_unit()
    {
        var reference = Sample();

        Assert.Equal(AdministrativeLevel.District, reference.LevelOf(DistrictOneStop));
        Assert.Equal(AdministrativeLevel.District, reference.LevelOf(Land));
        Assert.Equal(AdministrativeLevel.Commune, reference.LevelOf(CommuneBOneStop));
        Assert.Equal(AdministrativeLevel.Province, reference.LevelOf(ProvinceDepartment));
    }

    [Fact]
    public void LevelOf_a_department_outside_the_set_throws()
    {
        var reference = Sample();

        var ex = Assert.Throws<ArgumentException>(() => reference.LevelOf(Dept("VHTT-298", "298", DepartmentKind.Specialised)));
        Assert.Contains("'VHTT-298'", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => reference.LevelOf(null!));
    }

    [Fact]
    public void Internal_parallel_arrays_follow_the_catalogue()
    {
        var reference = Sample();

        Assert.Equal(
            [AdministrativeLevel.District, AdministrativeLevel.District, AdministrativeLevel.Commune,
                AdministrativeLevel.District, AdministrativeLevel.Commune, AdministrativeLevel.Province],
            reference.DepartmentLevels.ToArray());
        Assert.Equal([0, 0, 1, 0], reference.ProcedureFieldIndices.ToArray());
        Assert.Equal(4, reference.DepartmentIndex("MC-11131"));
        Assert.Equal(2, reference.ProcedureIndex("1.002"));
        Assert.Equal(1, reference.FieldIndex("DD"));
    }

    [Fact]
    public void Internal_index_lookups_of_unknown_codes_throw_naming_the_code()
    {
        var reference = Sample();

        Assert.Equal("Department 'X' is not in this reference data set. (Parameter 'code')",
            Assert.Throws<ArgumentException>(() => reference.DepartmentIndex("X")).Message);
        Assert.Equal("Procedure 'X' is not in this reference data set. (Parameter 'code')",
            Assert.Throws<ArgumentException>(() => reference.ProcedureIndex("X")).Message);
        Assert.Equal("Procedure field 'X' is not in this reference data set. (Parameter 'code')",
            Assert.Throws<ArgumentException>(() => reference.FieldIndex("X")).Message);
    }

    private static Department Dept(string code, string unit, DepartmentKind kind) =>
        new() { Code = code, Name = "Phòng " + code, UnitCode = unit, Kind = kind };

    private static Procedure Proc(string code, string field, AdministrativeLevel level, OnlineServiceKind online) =>
        new() { Code = code, Name = "Thủ tục " + code, FieldCode = field, Level = level, OnlineService = online };

    [Fact]
    public void LevelOf_refuses_a_department_that_only_shares_a_code_with_one_of_the_set()
    {
        var reference = Sample();
        var impostor = DistrictOneStop with { Name = "Bộ phận khác" };

        var ex = Assert.Throws<ArgumentException>(() => reference.LevelOf(impostor));
        Assert.StartsWith($"Department '{DistrictOneStop.Code}' differs from the department of that code", ex.Message);
    }
}
