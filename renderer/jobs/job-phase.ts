import { CHECK_RULE_IDS } from '../../src/domain/check-report';
import type { MessageKey } from '../i18n/messages';

/** Phases the core reports (src/api/jobs.ts: a short key the UI translates). */
const PHASE_KEYS: Readonly<Record<string, MessageKey>> = {
  starting: 'job.phase.starting',
  reading: 'job.phase.reading',
  checking: 'job.phase.checking',
  writing: 'job.phase.writing',
  indexing: 'job.phase.indexing',
  printing: 'job.phase.printing',
  waiting: 'job.phase.waiting',
  // The data checks report each rule as its own phase.
  ...Object.fromEntries(CHECK_RULE_IDS.map((id) => [id, `checks.name.${id}` as MessageKey])),
};

/** The message key of a phase, or null for a phase this UI does not know (then shown as the core wrote it). */
export const phaseKey = (phase: string): MessageKey | null => (Object.hasOwn(PHASE_KEYS, phase) ? PHASE_KEYS[phase]! : null);
