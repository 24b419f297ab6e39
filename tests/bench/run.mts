import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { areaBench } from './area-bench';
import { auditBench } from './audit-bench';
import { caseBench } from './case-bench';
import { checkBench } from './check-bench';
import { importBench } from './import-bench';
import { mapBench } from './map-bench';
import { storeBench } from './store-bench';
import { writersBench } from './writers-bench';

/** `npm run bench`: prints figures and ratios; never a pass/fail verdict. */
const dir = join(import.meta.dirname, '../../.artifacts/bench');
mkdirSync(dir, { recursive: true });
const county = join(dir, 'county-100k.gpkg');
areaBench();
storeBench(county);
await mapBench(county);
importBench(dir);
await writersBench(dir);
await caseBench();
await auditBench(county);
console.log('\n## checks');
for (const line of await checkBench()) console.log(`  ${line}`);
