import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_SRS_IDS } from '../../../src/geo/crs';
import { ogcWkt } from '../../../src/geo/crs-wkt';
import { esriPrj, srsFromPrj } from '../../../src/io/shapefile/prj';
import { FIXTURE, tempDir } from './fixtures';

const gdalEpsg = (prjFile: string): string | null => {
  try {
    return execFileSync('gdalsrsinfo', ['-o', 'epsg', prjFile], { encoding: 'utf8' }).trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
};

describe('srsFromPrj', () => {
  it('reads the shared zone 39 .prj as EPSG:4527', () => {
    expect(srsFromPrj(readFileSync(`${FIXTURE}.prj`, 'utf8'))).toEqual({ srsId: 4527, detail: 'CGCS2000_3_Degree_GK_Zone_39 → EPSG:4527' });
  });

  it.each([
    ['PROJCS["CGCS2000_3_Degree_GK_Zone_40",GEOGCS["x"]]', 4528],
    ['PROJCS["CGCS2000_3_Degree_GK_CM_117E",GEOGCS["x"]]', 4548],
    ['PROJCS["CGCS2000 / 3-degree Gauss-Kruger zone 41",GEOGCS["x"]]', 4529],
    ['PROJCS["CGCS2000 / 3-degree Gauss-Kruger CM 114E",GEOGCS["x"]]', 4547],
    ['GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000"]]', 4490],
    ['GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984"]]', 4326],
  ])('reads the name in %s', (wkt, srsId) => {
    expect(srsFromPrj(wkt).srsId).toBe(srsId);
  });

  it('reads every OGC WKT our GeoPackage writer uses back to its code', () => {
    for (const srsId of SUPPORTED_SRS_IDS) expect(srsFromPrj(ogcWkt(srsId)).srsId).toBe(srsId);
  });

  it('falls back to the datum and Transverse Mercator parameters for an unknown name', () => {
    const params = (fe: number) =>
      `PROJCS["Custom",GEOGCS["GCS_CGCS2000",DATUM["D_CGCS2000",SPHEROID["CGCS2000",6378137.0,298.257222101]]],PROJECTION["Transverse_Mercator"],` +
      `PARAMETER["False_Easting",${fe}],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0]]`;
    expect(srsFromPrj(params(40500000))).toMatchObject({ srsId: 4528 });
    expect(srsFromPrj(params(500000))).toMatchObject({ srsId: 4549 });
    expect(srsFromPrj(params(39500000))).toMatchObject({ srsId: null, detail: expect.stringContaining('不匹配') });
  });

  it('refuses zones outside Shandong and other datums, saying why', () => {
    expect(srsFromPrj('PROJCS["CGCS2000_3_Degree_GK_Zone_25",GEOGCS["x"]]')).toMatchObject({ srsId: null, detail: expect.stringContaining('25') });
    expect(srsFromPrj('PROJCS["Xian_1980_3_Degree_GK_Zone_39",GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980"]],PROJECTION["Gauss_Kruger"]]').srsId).toBeNull();
    expect(srsFromPrj('garbage').srsId).toBeNull();
  });
});

describe('esriPrj', () => {
  it('is read back by srsFromPrj and identified by GDAL for every supported code', () => {
    const dir = tempDir();
    for (const srsId of SUPPORTED_SRS_IDS) {
      const file = join(dir, `${srsId}.prj`);
      writeFileSync(file, esriPrj(srsId));
      expect(srsFromPrj(esriPrj(srsId)).srsId).toBe(srsId);
      const gdal = gdalEpsg(file);
      if (gdal !== null) expect(gdal).toBe(`EPSG:${srsId}`);
    }
  });

  it('throws for a code LandLink does not support', () => {
    expect(() => esriPrj(4513)).toThrow('EPSG:4513');
  });
});
