import { describe, expect, it } from 'vitest';
import { baseName, blocksUpload, checkPickedFiles, extensionOf, isTableFormat, MAX_FILES } from '../../../renderer/import/source-files';

describe('picked import files', () => {
  it('accept a complete shapefile whatever the case of the extensions', () => {
    expect(checkPickedFiles(['parcels.SHP', 'parcels.shx', 'parcels.DBF', 'parcels.prj', 'parcels.cpg'])).toEqual([]);
  });

  it('name the missing part of a shapefile and block the upload', () => {
    const issues = checkPickedFiles(['dk.shp', 'dk.prj']);
    expect(issues).toEqual([
      { kind: 'shapefileMissing', file: 'dk.shp', missing: '.shx' },
      { kind: 'shapefileMissing', file: 'dk.shp', missing: '.dbf' },
    ]);
    expect(issues.some(blocksUpload)).toBe(true);
  });

  it('only warn when a shapefile has no .prj, since the core guesses the CRS from the eastings', () => {
    const issues = checkPickedFiles(['dk.shp', 'dk.shx', 'dk.dbf']);
    expect(issues).toEqual([{ kind: 'shapefileNoPrj', file: 'dk.shp' }]);
    expect(issues.some(blocksUpload)).toBe(false);
  });

  it('refuse unsupported files and more files than staging.begin takes', () => {
    expect(checkPickedFiles(['notes.docx'])).toEqual([{ kind: 'unsupported', file: 'notes.docx' }]);
    const many = Array.from({ length: MAX_FILES + 1 }, (_, i) => `f${i}.geojson`);
    expect(checkPickedFiles(many)).toEqual([{ kind: 'tooMany', count: MAX_FILES + 1 }]);
  });

  it('accept every single-file format', () => {
    expect(checkPickedFiles(['a.zip', 'b.gpkg', 'c.geojson', 'd.json', 'e.kml', 'f.kmz', 'g.xlsx', 'h.csv'])).toEqual([]);
  });

  it('read extensions from the last dot only', () => {
    expect(extensionOf('村.界.GeoJSON')).toBe('.geojson');
    expect(extensionOf('README')).toBe('');
  });

  it('treat Excel and CSV as household tables, not layers', () => {
    expect(isTableFormat('xlsx')).toBe(true);
    expect(isTableFormat('csv')).toBe(true);
    expect(isTableFormat('shapefile')).toBe(false);
  });
});

describe('file names the core reports', () => {
  it('are shown without the staging folder, for POSIX and Windows paths', () => {
    expect(baseName('/tmp/landlink-staging/2f1c/dk.shp')).toBe('dk.shp');
    expect(baseName('D:\\数据\\承包地块.shp')).toBe('承包地块.shp');
    expect(baseName('dk.shp')).toBe('dk.shp');
  });
});
