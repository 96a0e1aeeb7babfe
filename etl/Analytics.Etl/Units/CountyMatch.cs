namespace Analytics.Etl.Units;

/// <summary>A resolved county and a short English note on why it was chosen.</summary>
public sealed record CountyMatch(County County, string Evidence);
