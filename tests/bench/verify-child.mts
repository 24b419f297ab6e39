import { verifyAuditChain } from '../../src/store/audit-verify';
import { Project } from '../../src/store/project';

/**
 * Verifies one project in its own process for the bench and prints time, rows and peak memory as JSON;
 * with `--open-only` it only opens the project, for the memory every process starts with.
 */
const [file, mode] = process.argv.slice(2) as [string, string | undefined];
const project = Project.open(file, 'bench');
const t0 = performance.now();
const result = mode === '--open-only' ? null : verifyAuditChain(project.db);
const ms = performance.now() - t0;
project.close();
console.log(JSON.stringify({ ms, rows: result?.rows ?? 0, ok: result?.ok ?? true, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
