import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesDoc } from '../../scripts/rules-doc';

describe('docs/rules.md', () => {
  it('lists every rule as the rule files define it (run npm run docs:rules after changing one)', () => {
    expect(readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8')).toBe(rulesDoc());
  });
});
