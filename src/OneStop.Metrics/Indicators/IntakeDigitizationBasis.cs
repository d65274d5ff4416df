namespace OneStop.Metrics.Indicators;

/// <summary>Which dossiers the intake digitization rate (số hóa hồ sơ khi tiếp nhận) is taken over.</summary>
public enum IntakeDigitizationBasis
{
    /// <summary>
    /// Dossiers handled in the period (carried over + received in it) that are subject to digitization: the
    /// default, because it is the definition under which the seed report's two levels (2.498/2.531 at district,
    /// 32.104/33.394 at commune, the latter above the 33.384 dossiers received in the period) come from one data set.
    /// </summary>
    HandledInPeriod = 0,

    /// <summary>
    /// Dossiers received in the period that are subject to digitization (Decision 766/QĐ-TTg group 4, Circular
    /// 01/2023/TT-VPCP): the textbook definition.
    /// </summary>
    ReceivedInPeriod = 1,
}
