import { runCli } from '../../src/host/cli';

/** Runs one import in its own process for the bench and prints time and peak memory as JSON. */
const [project, shp] = process.argv.slice(2) as [string, string];
const quiet = { log: () => {}, error: () => {} };
const t0 = performance.now();
const code = await runCli(['import', project, shp], quiet);
const ms = performance.now() - t0;
if (code !== 0) process.exit(code);
const { default: Database } = await import('better-sqlite3');
const db = new Database(project, { readonly: true });
const imported = (db.prepare('SELECT count(*) AS n FROM parcels').get() as { n: number }).n;
db.close();
console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, imported }));
