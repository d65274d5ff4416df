using System.Collections.Generic;
using System.Globalization;
using OneStop.Metrics.Cli.Arguments;
using OneStop.Metrics.Cli.Output;
using OneStop.Metrics.Csv;
using OneStop.Metrics.Generation;

namespace OneStop.Metrics.Cli.Commands;

/// <summary>
/// <c>generate --dossiers N --seed S --out DIR [--shape default|small] [--force]</c>: writes a deterministic synthetic
/// province (dossiers.csv and the four reference files) into DIR, streaming. DIR must be new or empty unless
/// <c>--force</c> is given (then its five files are replaced); a file is refused.
/// </summary>
internal sealed class GenerateCommand : ICommand
{
    private static readonly OptionSpec Dossiers = new("--dossiers", "N", "How many dossiers (required)", []);
    private static readonly OptionSpec Seed = new("--seed", "S", "The random seed, a whole number (required)", []);
    private static readonly OptionSpec Out = new("--out", "DIR", "The folder to write: new or empty (created if missing; required)", []);

    private static readonly OptionSpec Force = OptionSpec.Flag("--force", "Write into a non-empty --out folder, replacing its five files");

    private static readonly ChoiceOption<ProvinceShape> Shape = new("--shape", "SHAPE",
        "default (a province of 10 districts and 200 communes) or small", ("default", ProvinceShape.Default), ("small", ProvinceShape.Small));

    public string Name => "generate";

    public string Synopsis => "--dossiers N --seed S --out DIR [--shape default|small] [--force]";

    public string Summary => "Write a synthetic province's dossiers and reference files as CSV";

    public IReadOnlyList<OptionSpec> Options { get; } = [Dossiers, Seed, Out, Shape.Spec, Force];

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = new ArgumentReader(Name, Options).Read(args);
        if (arguments.HelpRequested)
        {
            UsageText.Write(context.Out, context.Commands);
            return Program.Success;
        }

        var count = ValueOptions.Count(ValueOptions.Required(arguments, Dossiers), Dossiers, 0, int.MaxValue);
        var seed = ValueOptions.Count(ValueOptions.Required(arguments, Seed), Seed, 0, int.MaxValue);
        var folder = ValueOptions.Required(arguments, Out);
        var generator = new ProvinceGenerator(Shape.Read(arguments), (ulong)seed);

        OutputFolder.Prepare(Out.Name, folder, arguments.Has(Force), Force.Name);
        var written = new DataFolder(folder).Write(generator.Reference, generator.Dossiers(count));
        context.Out.Write(string.Create(CultureInfo.InvariantCulture,
            $"wrote {written} dossiers and the reference files to {folder} (seed {seed}, year {generator.Period})\n"));
        return Program.Success;
    }
}
