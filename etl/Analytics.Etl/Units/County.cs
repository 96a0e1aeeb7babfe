namespace Analytics.Etl.Units;

/// <summary>A county-level division (区/县/县级市/旗 ...) with its GB/T 2260 style 6-digit codes.</summary>
public sealed record County(string AdminCode, string Name, string CityCode, string City, string ProvinceCode, string Province);
