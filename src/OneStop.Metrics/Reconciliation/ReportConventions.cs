using System;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Rates;

namespace OneStop.Metrics.Reconciliation;

/// <summary>
/// How a published report writes its numbers (quy ước trình bày số): the decimal mark (dấu thập phân) and the
/// rounding rule (quy tắc làm tròn) its rates claim. The thousands separator is the other of <c>','</c> and
/// <c>'.'</c>.
/// </summary>
/// <remarks>
/// <see cref="Vietnamese"/> — decimal comma, 2 decimals half away from zero — is the convention of Vietnamese
/// administrative reports and of the seed (<c>98,70%</c>, <c>2.532</c>). Immutable; equality compares both values.
/// </remarks>
public sealed record ReportConventions
{
    /// <summary>Creates conventions.</summary>
    /// <param name="decimalSeparator">The decimal mark: <c>','</c> (Vietnamese) or <c>'.'</c>.</param>
    /// <param name="rounding">The rule the report's rates are rounded by.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimalSeparator"/> is neither <c>','</c> nor <c>'.'</c>.</exception>
    public ReportConventions(char decimalSeparator, RoundingRule rounding)
    {
        if (decimalSeparator is not (',' or '.'))
        {
            throw new ArgumentOutOfRangeException(nameof(decimalSeparator), decimalSeparator,
                "The decimal separator must be ',' or '.'; was '" + decimalSeparator + "'.");
        }

        DecimalSeparator = decimalSeparator;
        Rounding = rounding;
    }

    /// <summary>
    /// Gets the conventions of Vietnamese administrative reports: decimal comma, <c>'.'</c> between thousands,
    /// <see cref="RoundingRule.Default"/> (2 decimals, half away from zero). The seed's conventions.
    /// </summary>
    public static ReportConventions Vietnamese { get; } = new(',', RoundingRule.Default);

    /// <summary>Gets the decimal mark (dấu thập phân): <c>','</c> or <c>'.'</c>.</summary>
    public char DecimalSeparator { get; }

    /// <summary>Gets the thousands separator (dấu phân cách hàng nghìn): <c>'.'</c> when the decimal mark is <c>','</c>, else <c>','</c>.</summary>
    public char GroupSeparator => DecimalSeparator == ',' ? '.' : ',';

    /// <summary>Gets the rounding rule the report's rates claim (or the default, 2 decimals half away from zero).</summary>
    public RoundingRule Rounding { get; }

    /// <summary>
    /// Gets the number style findings print expected values in: these separators and this rule, no padding, a
    /// whole <c>100%</c> only for an exact whole ratio.
    /// </summary>
    internal NumberStyle Style => new(GroupSeparator, DecimalSeparator, false, true, "\u2014", Rounding);

    /// <summary>Returns e.g. <c>decimal ',', 2 decimals, half away from zero</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => "decimal '" + DecimalSeparator + "', " + Rounding.ToString();
}
