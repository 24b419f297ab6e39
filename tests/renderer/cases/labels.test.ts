import { describe, expect, it } from 'vitest';
import { en, zhCN } from '../../../resources/i18n/catalogues';
import { LANE_LABEL, STEP_STATUS_LABEL } from '../../../src/domain/case/case-lane';
import { CASE_STAGE_LABEL } from '../../../src/domain/case/case-view';
import { OPERATION_LABEL } from '../../../src/domain/case/case-records';
import { STEP_CATALOGUE } from '../../../src/domain/case/step-catalogue';

const zh = zhCN as Record<string, string>;
const english = en as Record<string, string>;

describe('case labels on screen', () => {
  it('say in Chinese exactly what the core’s labels say, and have an English version', () => {
    const expected: [string, string][] = [
      ...Object.entries(LANE_LABEL).map(([k, v]) => [`cases.lane.${k}`, v] as [string, string]),
      ...Object.entries(STEP_STATUS_LABEL).map(([k, v]) => [`cases.status.${k}`, v] as [string, string]),
      ...Object.entries(CASE_STAGE_LABEL).map(([k, v]) => [`cases.stage.${k}`, v] as [string, string]),
      ...Object.entries(OPERATION_LABEL).map(([k, v]) => [`cases.operation.${k}`, v] as [string, string]),
      ...STEP_CATALOGUE.map((s) => [`cases.step.${s.key}`, s.title] as [string, string]),
    ];
    expect(expected.length).toBe(6 + 5 + 7 + 7 + 22);
    for (const [key, label] of expected) {
      expect(zh[key], key).toBe(label);
      expect(english[key], key).toBeTruthy();
    }
  });
});
