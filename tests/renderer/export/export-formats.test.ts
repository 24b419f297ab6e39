import { describe, expect, it } from 'vitest';
import { ExportFormatSchema } from '../../../src/api/methods/export';
import { EXPORT_FORMATS, hasFixedCrs, withExtension } from '../../../renderer/export/export-formats';

describe('export formats', () => {
  it('list exactly the formats export.run accepts', () => {
    expect([...EXPORT_FORMATS].sort()).toEqual([...ExportFormatSchema.options].sort());
  });

  it('switch the extension of the output path with the format', () => {
    expect(withExtension('D:\\导出\\承包地块.gpkg', 'shp')).toBe('D:\\导出\\承包地块.shp');
    expect(withExtension('/home/gis/dk.JSON', 'kml')).toBe('/home/gis/dk.kml');
    expect(withExtension('/home/gis/dk', 'xlsx')).toBe('/home/gis/dk.xlsx');
    expect(withExtension('/home/gis/dk.v2', 'geojson')).toBe('/home/gis/dk.v2.geojson');
  });

  it('leave an empty path or a bare folder alone', () => {
    expect(withExtension('  ', 'gpkg')).toBe('');
    expect(withExtension('D:\\导出\\', 'gpkg')).toBe('D:\\导出\\');
  });

  it('fix the CRS of KML only', () => {
    expect(EXPORT_FORMATS.filter(hasFixedCrs)).toEqual(['kml']);
  });
});
