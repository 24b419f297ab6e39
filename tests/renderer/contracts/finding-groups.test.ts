import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/domain/contract/rule';
import { groupBySeverity, hasErrors } from '../../../renderer/contracts/finding-groups';

const finding = (ruleId: string, severity: Finding['severity']): Finding => ({ ruleId, severity, message: ruleId, path: null, parcelIds: [] });

describe('rule findings grouped for the form', () => {
  it('put errors first, then warnings, then hints, each in rule order, and leave out empty groups', () => {
    const groups = groupBySeverity([finding('LT-14', 'info'), finding('LT-20', 'error'), finding('LT-02', 'error')]);
    expect(groups.map((g) => g.severity)).toEqual(['error', 'info']);
    expect(groups[0]!.findings.map((f) => f.ruleId)).toEqual(['LT-02', 'LT-20']);
  });

  it('block numbering only when at least one finding is an error', () => {
    expect(hasErrors([finding('LT-14', 'info'), finding('LT-05', 'warning')])).toBe(false);
    expect(hasErrors([finding('LT-02', 'error')])).toBe(true);
  });
});
