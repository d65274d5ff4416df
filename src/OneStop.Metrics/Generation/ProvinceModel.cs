using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using OneStop.Metrics.Deadlines;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Samples;

namespace OneStop.Metrics.Generation;

/// <summary>
/// Everything a <see cref="ProvinceGenerator"/> builds once from its shape and seed: the reference data, and the
/// flat arrays and weight tables the dossier stream draws from (so that a dossier costs no lookups by code, no
/// LINQ and no calendar scans). Immutable after construction; shared by every enumeration.
/// </summary>
internal sealed class ProvinceModel
{
    private const string ProvinceCode = "99";

    public ProvinceModel(ProvinceShape shape, ulong seed)
    {
        Shape = shape;
        var random = new SampleRandom(seed);
        Rules = DeadlineRules.Default;
        var year = shape.Year;
        var yearStart = new LocalDate(year, 1, 1);
        var yearDays = Period.DaysBetween(yearStart, new LocalDate(year + 1, 1, 1));
        var first = yearStart.PlusDays(-GenerationMix.WindowDays);
        Days = new DayTable(first, GenerationMix.WindowDays + yearDays + GenerationMix.WindowDays + 200, Rules.Calendar);
        Segments =
        [
            Segment(0, GenerationMix.WindowDays - 1),
            Segment(GenerationMix.WindowDays, GenerationMix.WindowDays + yearDays - 1),
            Segment(GenerationMix.WindowDays + yearDays, GenerationMix.WindowDays + yearDays + GenerationMix.WindowDays - 1),
        ];
        SnapshotIndex = Segments[2].LastDay;

        var hours = Rules.Hours;
        MinutesPerDay = hours.MinutesPerDay;
        var morning = hours.MinutesBefore(hours.MorningEnd);
        Clock = new LocalTime[MinutesPerDay];
        for (var w = 0; w < MinutesPerDay; w++)
        {
            Clock[w] = w < morning ? hours.MorningStart.PlusMinutes(w) : hours.AfternoonStart.PlusMinutes(w - morning);
        }

        var units = new List<AdministrativeUnit>();
        var departments = new List<Department>();
        var oneStops = new List<OneStopModel>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        BuildUnits(shape, random, taken, units, departments, oneStops, out var districtOneStops, out var communeOneStops,
            out var districtWeights, out var communeWeights);
        OneStops = [.. oneStops];

        var fields = new List<ProcedureField>(shape.Fields);
        for (var f = 0; f < shape.Fields; f++)
        {
            fields.Add(new ProcedureField
            {
                Code = string.Create(CultureInfo.InvariantCulture, $"LV{f + 1:00}"),
                Name = SyntheticNames.FieldName(f),
            });
        }

        var limits = new Dictionary<TimeLimit, int>();
        var procedures = new List<Procedure>();
        Levels =
        [
            BuildLevel(AdministrativeLevel.Province, shape.ProvinceCatalogue, [OneStops[0]], [1], random, fields, limits, procedures),
            BuildLevel(AdministrativeLevel.District, shape.DistrictCatalogue, districtOneStops, districtWeights, random, fields, limits, procedures),
            BuildLevel(AdministrativeLevel.Commune, shape.CommuneCatalogue, communeOneStops, communeWeights, random, fields, limits, procedures),
        ];
        LevelTable = new WeightTable([
            Levels[0].Procedures.Length == 0 ? 0 : shape.ProvinceWeight,
            Levels[1].Procedures.Length == 0 ? 0 : shape.DistrictWeight,
            Levels[2].Procedures.Length == 0 ? 0 : shape.CommuneWeight,
        ]);

        Limits = new TimeLimit[limits.Count];
        foreach (var (limit, index) in limits)
        {
            Limits[index] = limit;
        }

        Reference = new ReferenceData(units, departments, fields, procedures);
        OverdueDays = new WeightTable([.. GenerationMix.OverdueDaysWeights.Select(w => (long)w)]);
        Outcomes = [.. GenerationMix.Outcomes.Select(weights => new WeightTable([.. weights.Select(w => (long)w)]))];
    }

    public ProvinceShape Shape { get; }

    public DeadlineRules Rules { get; }

    public ReferenceData Reference { get; }

    public DayTable Days { get; }

    /// <summary>Received windows: the previous year's last weeks, the reporting year, the next year's first weeks.</summary>
    public SegmentModel[] Segments { get; }

    /// <summary>The export day: dossiers not ended by its end are in progress.</summary>
    public int SnapshotIndex { get; }

    public int MinutesPerDay { get; }

    /// <summary>The clock time of each working minute of a day (07:30 for 0, 13:00 for 240 under the default hours).</summary>
    public LocalTime[] Clock { get; }

    public OneStopModel[] OneStops { get; }

    /// <summary>Province, district, commune.</summary>
    public LevelModel[] Levels { get; }

    public WeightTable LevelTable { get; }

    /// <summary>The distinct time limits of the catalogue; procedures refer to them by index.</summary>
    public TimeLimit[] Limits { get; }

    public WeightTable OverdueDays { get; }

    /// <summary>Outcome tables per level, over <see cref="GenerationMix.OutcomeKinds"/>.</summary>
    public WeightTable[] Outcomes { get; }

    private SegmentModel Segment(int firstDay, int lastDay)
    {
        var firstOrdinal = Days.WorkingThrough(firstDay) - (Days.IsWorkingDay(firstDay) ? 1 : 0) + 1;
        var workingDays = Days.WorkingThrough(lastDay) - firstOrdinal + 1;
        if (workingDays <= 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"The window {Days.Date(firstDay):uuuu-MM-dd}..{Days.Date(lastDay):uuuu-MM-dd} has no working day."));
        }

        return new SegmentModel(firstDay, lastDay, firstOrdinal, workingDays);
    }

    private static void BuildUnits(ProvinceShape shape, SampleRandom random, HashSet<string> taken,
        List<AdministrativeUnit> units, List<Department> departments, List<OneStopModel> oneStops,
        out OneStopModel[] districtOneStops, out OneStopModel[] communeOneStops, out long[] districtWeights,
        out long[] communeWeights)
    {
        var provinceName = SyntheticNames.PlaceNames(1, random, taken)[0];
        var province = "tỉnh " + provinceName;
        units.Add(new AdministrativeUnit { Code = ProvinceCode, Name = province, Level = AdministrativeLevel.Province });
        var centre = ProvinceCode + "-TTPVHCC";
        departments.Add(new Department
        {
            Code = centre, Name = "Trung tâm Phục vụ hành chính công " + province, UnitCode = ProvinceCode, Kind = DepartmentKind.OneStop,
        });

        var provinceDepartments = AddSpecialised(departments, shape.ProvinceDepartments, SyntheticNames.ProvinceDepartments,
            "S", "Sở chuyên ngành số", ProvinceCode, province);

        oneStops.Add(new OneStopModel(centre, 0, ResolversByField(shape.Fields, provinceDepartments, f => f.Province)));

        var districtNames = SyntheticNames.PlaceNames(shape.Districts, random, taken);
        var districtRanks = Permutation(shape.Districts, random);
        districtOneStops = new OneStopModel[shape.Districts];
        districtWeights = new long[shape.Districts];
        communeOneStops = new OneStopModel[shape.Communes];
        communeWeights = new long[shape.Communes];
        for (var i = 0; i < shape.Districts; i++)
        {
            var districtCode = string.Create(CultureInfo.InvariantCulture, $"{900 + i}");
            var districtKind = i == 0 && shape.Districts > 1 ? "thành phố" : i == 1 && shape.Districts > 2 ? "thị xã" : "huyện";
            var district = districtKind + " " + districtNames[i];
            units.Add(new AdministrativeUnit
            {
                Code = districtCode, Name = district, Level = AdministrativeLevel.District, ParentCode = ProvinceCode,
            });
            var oneStop = districtCode + "-BPMC";
            departments.Add(new Department
            {
                Code = oneStop, Name = "Bộ phận Một cửa " + district, UnitCode = districtCode, Kind = DepartmentKind.OneStop,
            });
            var specialised = AddSpecialised(departments, shape.DepartmentsPerDistrict, SyntheticNames.DistrictDepartments,
                "PCM", "Phòng chuyên môn số", districtCode, district);

            var districtOneStop = new OneStopModel(oneStop, oneStops.Count, ResolversByField(shape.Fields, specialised, f => f.District));
            oneStops.Add(districtOneStop);
            districtOneStops[i] = districtOneStop;
            var districtWeight = WeightTable.ZipfWeight(districtRanks[i] + 1, GenerationMix.DistrictOffset, 1000);
            districtWeights[i] = districtWeight;

            var communeNames = SyntheticNames.PlaceNames(shape.CommunesPerDistrict, random, taken);
            var communeRanks = Permutation(shape.CommunesPerDistrict, random);
            for (var c = 0; c < shape.CommunesPerDistrict; c++)
            {
                var communeCode = string.Create(CultureInfo.InvariantCulture, $"9{i:00}{c + 1:00}");
                var communeKind = districtKind switch
                {
                    "thành phố" => "phường",
                    "thị xã" => c % 2 == 0 ? "phường" : "xã",
                    _ => c == 0 ? "thị trấn" : "xã",
                };
                var commune = communeKind + " " + communeNames[c];
                units.Add(new AdministrativeUnit
                {
                    Code = communeCode, Name = commune, Level = AdministrativeLevel.Commune, ParentCode = districtCode,
                });
                var communeOneStop = communeCode + "-BPMC";
                departments.Add(new Department
                {
                    Code = communeOneStop, Name = "Bộ phận Một cửa " + commune, UnitCode = communeCode, Kind = DepartmentKind.OneStop,
                });
                var index = (i * shape.CommunesPerDistrict) + c;
                communeOneStops[index] = new OneStopModel(communeOneStop, oneStops.Count, null);
                oneStops.Add(communeOneStops[index]);
                communeWeights[index] = districtWeight * WeightTable.ZipfWeight(communeRanks[c] + 1, GenerationMix.CommuneOffset, 1000);
            }
        }
    }

    /// <summary>For each field, the code of the department that resolves it: the field's usual department, wrapped when the unit has fewer.</summary>
    private static string[] ResolversByField(int fields, string[] departmentCodes, Func<(string Name, int District, int Province), int> usual)
    {
        var resolvers = new string[fields];
        for (var f = 0; f < fields; f++)
        {
            var preferred = f < SyntheticNames.Fields.Length ? usual(SyntheticNames.Fields[f]) : f;
            resolvers[f] = departmentCodes[preferred % departmentCodes.Length];
        }

        return resolvers;
    }

    private LevelModel BuildLevel(AdministrativeLevel level, CatalogueShape catalogue, OneStopModel[] oneStops,
        long[] oneStopWeights, SampleRandom random, List<ProcedureField> fields, Dictionary<TimeLimit, int> limits,
        List<Procedure> procedures)
    {
        var levelIndex = (int)level - 1;
        var levelDigit = (int)level;
        var levelName = level switch
        {
            AdministrativeLevel.Province => "tỉnh",
            AdministrativeLevel.District => "huyện",
            _ => "xã",
        };

        var kinds = new List<OnlineServiceKind>(catalogue.Procedures);
        kinds.AddRange(Enumerable.Repeat(OnlineServiceKind.FullProcess, catalogue.FullProcess));
        kinds.AddRange(Enumerable.Repeat(OnlineServiceKind.Partial, catalogue.Partial));
        kinds.AddRange(Enumerable.Repeat(OnlineServiceKind.None, catalogue.WithoutOnlineService));
        random.Shuffle(kinds);

        var fieldRanks = Permutation(fields.Count, random);
        var fieldTable = new WeightTable([.. fieldRanks.Select(r => WeightTable.ZipfWeight(r + 1, 2, 1000))]);
        var volumeRanks = Permutation(kinds.Count, random);
        var numbers = new int[fields.Count];
        var built = new List<(Procedure Procedure, ProcedureModel Model, long Weight)>(kinds.Count);
        var workingDayWeights = new WeightTable([.. GenerationMix.WorkingDayLimitWeights[levelIndex].Select(w => (long)w)]);
        var calendarDayWeights = new WeightTable([.. GenerationMix.CalendarDayLimitWeights.Select(w => (long)w)]);
        var workingHourWeights = new WeightTable([.. GenerationMix.WorkingHourLimitWeights.Select(w => (long)w)]);
        for (var k = 0; k < kinds.Count; k++)
        {
            var field = fieldTable.Pick(random);
            var number = ++numbers[field];
            var unit = random.Next(1000);
            var limit = unit < Shape.CalendarDayLimitsPerMille
                ? TimeLimit.CalendarDays(GenerationMix.CalendarDayLimits[calendarDayWeights.Pick(random)])
                : unit < Shape.CalendarDayLimitsPerMille + Shape.WorkingHourLimitsPerMille
                    ? TimeLimit.WorkingHours(GenerationMix.WorkingHourLimits[workingHourWeights.Pick(random)])
                    : TimeLimit.WorkingDays(GenerationMix.WorkingDayLimits[workingDayWeights.Pick(random)]);
            if (!limits.TryGetValue(limit, out var limitIndex))
            {
                limitIndex = limits.Count;
                limits.Add(limit, limitIndex);
            }

            var procedure = new Procedure
            {
                Code = string.Create(CultureInfo.InvariantCulture, $"9.{levelDigit}{field + 1:00}{number:000}"),
                Name = SyntheticNames.ProcedureName(fields[field].Name, levelName, number, random),
                FieldCode = fields[field].Code,
                Level = level,
                OnlineService = kinds[k],
                TimeLimit = limit,
            };
            var reuses = random.Next(1000) < GenerationMix.ReusingProceduresPerMille;
            var weight = WeightTable.ZipfWeight(volumeRanks[k] + 1, GenerationMix.ProcedureOffset, 1_000_000);
            if (kinds[k] == OnlineServiceKind.None)
            {
                weight = Math.Max(1, weight / GenerationMix.OfflineVolumeDivisor);
            }

            built.Add((procedure, new ProcedureModel(procedure.Code, field, kinds[k], limitIndex, limit.Unit == TimeLimitUnit.WorkingHours, reuses), weight));
        }

        built.Sort((a, b) => string.CompareOrdinal(a.Procedure.Code, b.Procedure.Code));
        procedures.AddRange(built.Select(b => b.Procedure));
        return new LevelModel(
            level,
            [.. built.Select(b => b.Model)],
            new WeightTable([.. built.Select(b => b.Weight)]),
            oneStops,
            new WeightTable(oneStopWeights));
    }

    /// <summary>
    /// Adds <paramref name="count"/> specialised departments of a unit: the named ones first, then numbered ones
    /// (<paramref name="fallbackSuffix"/>NN, "<paramref name="fallbackName"/> NN"); returns their codes in order.
    /// </summary>
    private static string[] AddSpecialised(List<Department> departments, int count, (string Suffix, string Name)[] named,
        string fallbackSuffix, string fallbackName, string unitCode, string unitName)
    {
        var codes = new string[count];
        for (var d = 0; d < count; d++)
        {
            var (suffix, name) = d < named.Length
                ? named[d]
                : (string.Create(CultureInfo.InvariantCulture, $"{fallbackSuffix}{d + 1:00}"),
                    string.Create(CultureInfo.InvariantCulture, $"{fallbackName} {d + 1:00}"));
            codes[d] = unitCode + "-" + suffix;
            departments.Add(new Department
            {
                Code = codes[d], Name = name + " " + unitName, UnitCode = unitCode, Kind = DepartmentKind.Specialised,
            });
        }

        return codes;
    }

    /// <summary>A random permutation of 0..n-1 (Fisher–Yates with the generator's own random numbers).</summary>
    private static int[] Permutation(int n, SampleRandom random)
    {
        var ranks = new int[n];
        for (var i = 0; i < n; i++)
        {
            ranks[i] = i;
        }

        random.Shuffle(ranks);
        return ranks;
    }
}

/// <summary>A window of receipt days: its first and last day index, its first working-day ordinal and working-day count.</summary>
internal readonly record struct SegmentModel(int FirstDay, int LastDay, int FirstOrdinal, int WorkingDays)
{
    public int Days => LastDay - FirstDay + 1;
}

/// <summary>One level's catalogue and one-stop departments, with their volume weights.</summary>
internal sealed record LevelModel(AdministrativeLevel Level, ProcedureModel[] Procedures, WeightTable ProcedureTable,
    OneStopModel[] OneStops, WeightTable OneStopTable);

/// <summary>What the stream needs of a procedure, by position instead of by code.</summary>
internal sealed record ProcedureModel(string Code, int Field, OnlineServiceKind Service, int LimitIndex, bool LimitInHours, bool Reuses);

/// <summary>A one-stop department: code, position among all one-stop departments, and the resolving department of each field (null at commune level).</summary>
internal sealed record OneStopModel(string Code, int Index, string[]? ResolverByField);
