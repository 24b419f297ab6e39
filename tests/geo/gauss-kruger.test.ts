import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { detectZoneFromEasting, epsgForZone, fromLonLatConverter, gkCrs, gkCrsForEasting, toLonLatConverter } from '../../src/geo/crs';

/** The PROJ strings of geo.md §2, as an independent definition of each zone. */
function proj4Definition(epsg: number): string {
  if (epsg === 4490) return '+proj=longlat +ellps=GRS80 +no_defs';
  const gk = gkCrs(epsg)!;
  const falseEasting = gk.prefixed ? gk.zone * 1e6 + 500000 : 500000;
  return `+proj=tmerc +lat_0=0 +lon_0=${gk.centralMeridian} +k=1 +x_0=${falseEasting} +y_0=0 +ellps=GRS80 +units=m +no_defs`;
}

describe('Gauss-Krüger zones of CGCS2000', () => {
  it('numbers the zones as EPSG does, with and without the prefix', () => {
    expect([38, 39, 40, 41].map((z) => epsgForZone(z as 38, true))).toEqual([4526, 4527, 4528, 4529]);
    expect([38, 39, 40, 41].map((z) => epsgForZone(z as 38, false))).toEqual([4547, 4548, 4549, 4550]);
    expect(gkCrs(4527)).toEqual({ epsg: 4527, zone: 39, centralMeridian: 117, prefixed: true });
    expect(gkCrs(4513)).toBeNull();
  });

  it('detects the zone from an 8-digit easting and not from a 6-digit one', () => {
    expect(detectZoneFromEasting(39_402_000)).toBe(39);
    expect(detectZoneFromEasting(40_612_345.5)).toBe(40);
    expect(detectZoneFromEasting(402_000)).toBeNull();
    expect(detectZoneFromEasting(25_402_000)).toBeNull();
    expect(gkCrsForEasting(402_000, 40)?.epsg).toBe(4549);
    expect(gkCrsForEasting(39_402_000)?.epsg).toBe(4527);
  });

  it.each([4526, 4527, 4528, 4529, 4547, 4548, 4549, 4550])('matches proj4js on EPSG:%i within 1 µm and 1e-9°', (epsg) => {
    const ref = proj4(proj4Definition(epsg), proj4Definition(4490));
    const gk = gkCrs(epsg)!;
    const toLonLat = toLonLatConverter(epsg);
    const fromLonLat = fromLonLatConverter(epsg);
    for (const [dl, lat] of [[-1.6, 34.4], [-1.1, 34.8], [0, 36], [0.9, 37.2], [1.5, 38.4]] as const) {
      const lon = gk.centralMeridian + dl;
      const [x, y] = ref.inverse([lon, lat]);
      const [fx, fy] = fromLonLat([lon, lat]);
      expect(Math.abs(fx - x)).toBeLessThan(1e-6);
      expect(Math.abs(fy - y)).toBeLessThan(1e-6);
      const [ilon, ilat] = toLonLat([x, y]);
      expect(Math.abs(ilon - lon)).toBeLessThan(1e-9);
      expect(Math.abs(ilat - lat)).toBeLessThan(1e-9);
    }
  });
});
