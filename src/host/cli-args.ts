import { parseArgs } from 'node:util';
import { z } from 'zod';
import { CaseDocumentKindSchema } from '../api/methods/case-documents';

/** A usage mistake: reported in one line with exit code 2, before anything is opened. */
export class UsageError extends Error {}

const Port = z.coerce.number().int().min(0).max(65535);
const Srs = z.coerce.number().int();
/** `EPSG:4527` or `4527`. */
const Crs = z
  .string()
  .regex(/^(EPSG:)?\d{4,5}$/i, 'expected EPSG:n, e.g. EPSG:4527')
  .transform((s) => Number(s.replace(/^EPSG:/i, '')));
/** `code=DKBM,name=DKMC`: LandLink field = source attribute. */
const MapPairs = z
  .string()
  .regex(/^\w+=[^,=]+(,\w+=[^,=]+)*$/, 'expected field=source[,field=source…]')
  .transform((s) => Object.fromEntries(s.split(',').map((pair) => pair.split('=') as [string, string])));

export const CommandSchema = z.discriminatedUnion('command', [
  z.object({ command: z.literal('new'), file: z.string().min(1), name: z.string().min(1).optional(), srs: Srs.default(4527) }),
  z.object({ command: z.literal('demo'), file: z.string().min(1) }),
  z.object({ command: z.literal('info'), file: z.string().min(1), json: z.boolean() }),
  z.object({ command: z.literal('serve'), file: z.string().min(1).optional(), port: Port.default(0) }),
  z.object({ command: z.literal('call-list') }),
  z.object({ command: z.literal('call'), file: z.string().min(1), method: z.string().min(1), input: z.string() }),
  z.object({
    command: z.literal('import'),
    file: z.string().min(1),
    inputs: z.array(z.string().min(1)).min(1, 'give at least one file to import'),
    crs: Crs.optional(),
    encoding: z.string().min(1).optional(),
    target: z.enum(['parcels', 'homesteads', 'farmland']).default('parcels'),
    sourceLayer: z.string().min(1).optional(),
    swapXY: z.boolean().optional(),
    skipBad: z.boolean(),
    replace: z.boolean(),
    map: MapPairs.optional(),
    areaUnit: z.enum(['mu', 'm2']).optional(),
    json: z.boolean(),
  }),
  z.object({
    command: z.literal('export'),
    file: z.string().min(1),
    format: z.enum(['gpkg', 'geojson', 'shp', 'kml', 'xlsx']),
    out: z.string().min(1),
    crs: Crs.optional(),
    target: z.enum(['parcels', 'homesteads', 'farmland']).default('parcels'),
    overwrite: z.boolean(),
  }),
  z.object({ command: z.literal('check'), file: z.string().min(1), json: z.boolean() }),
  z.object({ command: z.literal('verify'), file: z.string().min(1), json: z.boolean() }),
  z.object({
    command: z.literal('print'),
    kind: z.enum(['contract', 'proposal', 'case'], 'expected "print contract", "print proposal" or "print case"'),
    file: z.string().min(1),
    /** contract: a number, a draft id, or `all` (every numbered contract into the folder `out`); proposal: a linkage project code. */
    target: z.string().min(1),
    format: z.enum(['docx', 'pdf']),
    out: z.string().min(1),
    overwrite: z.boolean(),
    /** case: which case document (default the case summary), and for a consent letter what it consents to. */
    document: CaseDocumentKindSchema.optional(),
    consent: z.enum(['mortgage', 'retransfer']).optional(),
  }),
  z.object({ command: z.literal('help') }),
]);
export type Command = z.infer<typeof CommandSchema>;

/** Turns argv (after the program name) into a checked command. */
export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        list: { type: 'boolean', default: false },
        port: { type: 'string' },
        name: { type: 'string' },
        srs: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        crs: { type: 'string' },
        encoding: { type: 'string' },
        layer: { type: 'string' },
        'source-layer': { type: 'string' },
        'swap-xy': { type: 'boolean' },
        'no-swap-xy': { type: 'boolean' },
        'skip-bad': { type: 'boolean', default: false },
        replace: { type: 'boolean', default: false },
        map: { type: 'string' },
        'area-unit': { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        overwrite: { type: 'boolean', default: false },
        document: { type: 'string' },
        consent: { type: 'string' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') return { command: 'help' };
  const raw: Record<string, unknown> = (() => {
    switch (command) {
      case 'new':
        return { command, file: rest[0], name: values.name, srs: values.srs };
      case 'demo':
        return { command, file: rest[0] };
      case 'info':
        return { command, file: rest[0], json: values.json };
      case 'serve':
        return { command, file: rest[0], port: values.port };
      case 'import':
        return {
          command,
          file: rest[0],
          inputs: rest.slice(1),
          crs: values.crs,
          encoding: values.encoding,
          target: values.layer,
          sourceLayer: values['source-layer'],
          swapXY: values['swap-xy'] ? true : values['no-swap-xy'] ? false : undefined,
          skipBad: values['skip-bad'],
          replace: values.replace,
          map: values.map,
          areaUnit: values['area-unit'],
          json: values.json,
        };
      case 'export':
        return { command, file: rest[0], format: values.format, out: values.out, crs: values.crs, target: values.layer, overwrite: values.overwrite };
      case 'check':
      case 'verify':
        return { command, file: rest[0], json: values.json };
      case 'print':
        return { command, kind: rest[0], file: rest[1], target: rest[2], format: values.format, out: values.out, overwrite: values.overwrite, document: values.document, consent: values.consent };
      case 'call':
        return values.list ? { command: 'call-list' } : { command, file: rest[0], method: rest[1], input: rest[2] ?? '{}' };
      default:
        throw new UsageError(`unknown command "${command}" (try: new, demo, info, serve, call, import, export, check, verify, print)`);
    }
  })();
  const extra = command === 'import' ? false : command === 'call' || command === 'print' ? rest.length > 3 : rest.length > 1;
  if (extra) throw new UsageError(`too many arguments for "${command}"`);
  const result = CommandSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join('.') || 'arguments';
    throw new UsageError(`${command}: ${field}: ${issue.message === 'Invalid input: expected string, received undefined' ? 'missing' : issue.message}`);
  }
  return result.data;
}

export const USAGE = `landlink — 土地流转与增减挂钩规划 / LandLink command line

  landlink new <file.gpkg> [--name NAME] [--srs EPSG]   create an empty project (default EPSG:4527)
  landlink demo <file.gpkg>                             create the synthetic demo project (谢集镇)
  landlink info <file.gpkg> [--json]                    counts and area totals
  landlink serve [file.gpkg] [--port N]                 serve the UI on http://127.0.0.1 (demo if no file)
  landlink call <file.gpkg> <method> '<json>'           call one API method
  landlink call --list                                  every method with its input as JSON Schema
  landlink import <file.gpkg> <input…> [--crs EPSG:n] [--encoding gbk] [--layer parcels|homesteads|farmland]
        [--source-layer TABLE] [--swap-xy|--no-swap-xy] [--map code=DKBM,name=DKMC] [--area-unit mu|m2]
        [--skip-bad] [--replace] [--json]          import Shapefile (.shp/.zip), GeoPackage, GeoJSON, KML/KMZ
  landlink export <file.gpkg> --format gpkg|geojson|shp|kml|xlsx --out <path> [--crs EPSG:n] [--layer …] [--overwrite]
  landlink check <file.gpkg> [--json]                   data checks (overlaps, gaps, slivers, codes, areas)
  landlink verify <file.gpkg> [--json]                  file integrity and the audit chain (exit 3 names the first bad row)
  landlink print contract <file.gpkg> <contract-number|draft-id|all> --format docx|pdf --out <path> [--overwrite]
                                                        print contracts (all: every numbered contract into folder <path>)
  landlink print proposal <file.gpkg> <project-code> --format docx|pdf --out <path> [--overwrite]
                                                        print a linkage project's relocation proposal (搬迁安置方案)
  landlink print case <file.gpkg> <contract-number|draft-id> --format docx|pdf --out <path> [--overwrite]
        [--document caseSummary|filingRegister|consent|powerOfAttorney|socialCapitalApplication|trusteeshipContract]
        [--consent mortgage|retransfer]                 print a case's documents (default: the six-party case summary)`;
