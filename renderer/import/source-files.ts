/** What the import file picker accepts, and which picked files belong together. */

export const ACCEPTED_EXTENSIONS = ['.shp', '.shx', '.dbf', '.prj', '.cpg', '.zip', '.gpkg', '.geojson', '.json', '.kml', '.kmz', '.xlsx', '.csv'] as const;
/** `staging.begin` takes at most this many files at once. */
export const MAX_FILES = 20;

const SHAPEFILE_REQUIRED = ['.shx', '.dbf'] as const;

export const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
};
/** The file name of a path the core reports (staged files live in a temporary folder the planner never chose). */
export const baseName = (path: string): string => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

const stemOf = (name: string): string => name.slice(0, name.length - extensionOf(name).length);

export type FileIssue =
  | { kind: 'unsupported'; file: string }
  | { kind: 'shapefileMissing'; file: string; missing: string }
  | { kind: 'shapefileNoPrj'; file: string }
  | { kind: 'tooMany'; count: number };

/**
 * Problems visible before uploading: unsupported files, a .shp without its .shx/.dbf (fatal), a .shp
 * without .prj (a warning: the core then guesses the CRS from the coordinates).
 */
export function checkPickedFiles(names: readonly string[]): FileIssue[] {
  const issues: FileIssue[] = [];
  if (names.length > MAX_FILES) issues.push({ kind: 'tooMany', count: names.length });
  const present = new Set(names.map((n) => n.toLowerCase()));
  for (const name of names) {
    const ext = extensionOf(name);
    if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(ext)) issues.push({ kind: 'unsupported', file: name });
    if (ext !== '.shp') continue;
    const stem = stemOf(name).toLowerCase();
    for (const part of SHAPEFILE_REQUIRED) if (!present.has(stem + part)) issues.push({ kind: 'shapefileMissing', file: name, missing: part });
    if (!present.has(`${stem}.prj`)) issues.push({ kind: 'shapefileNoPrj', file: name });
  }
  return issues;
}

/** Only a missing .prj leaves the files importable. */
export const blocksUpload = (issue: FileIssue): boolean => issue.kind !== 'shapefileNoPrj';

/** Excel and CSV files are household lists joined onto parcels, not layers. */
export const isTableFormat = (format: string): boolean => format === 'xlsx' || format === 'csv';
