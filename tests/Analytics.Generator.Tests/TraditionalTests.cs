using Analytics.Etl.Units;
using Analytics.Generator.Rendering;

namespace Analytics.Generator.Tests;

public sealed class TraditionalTests
{
    /// <summary>The generator prints only traditional characters the extractor folds back: its truth stays recoverable.</summary>
    [Fact]
    public void Apply_PrintsOnlyCharactersTheExtractorFoldsBack()
    {
        foreach (var (simplified, traditional) in Traditional.Characters)
        {
            Assert.Equal(simplified.ToString(), ChineseScript.ToSimplified(traditional.ToString()));
        }
    }
}
