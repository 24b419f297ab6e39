import { describe, expect, it } from 'vitest';
import type { CaseStep } from '../../../src/domain/case/case-step';
import { STEP_CATALOGUE } from '../../../src/domain/case/step-catalogue';
import { refuseIncompleteStep, stepShortfall } from '../../../src/domain/case/step-requirements';

const filing = (over: Partial<CaseStep> = {}): Pick<CaseStep, 'key' | 'checklist' | 'responsible' | 'statusOn'> => ({
  key: 'bureau.filing',
  responsible: '王桥村委会 王建华',
  statusOn: '2025-03-20',
  checklist: [
    { item: '流转合同备案登记表', received: true, receivedOn: '2025-03-18', ref: '' },
    { item: '合同副本', received: true, receivedOn: '2025-03-20', ref: '' },
  ],
  ...over,
});

describe('what a step needs before it is done', () => {
  it('marks in the catalogue at least one required document for every step', () => {
    for (const def of STEP_CATALOGUE) expect(def.checklist.some((d) => d.required), def.key).toBe(true);
  });

  // Land Contracting Law Art. 36: the holder "向发包方备案"; Measures Art. 17, 21: the written contract is
  // filed with the 发包方 — the filing form and a copy of the contract.
  it('lets the filing with the 发包方 complete with the filing form and the contract copy received by that day and a responsible person', () => {
    expect(refuseIncompleteStep(filing())).toBeNull();
  });

  it('refuses the filing naming the missing papers and the missing responsible person', () => {
    const refusal = refuseIncompleteStep(filing({ responsible: ' ', checklist: [{ item: '流转合同备案登记表', received: false, receivedOn: null, ref: '' }] }));
    expect(refusal).toEqual({
      message: '不能完成“向发包方备案”：缺少材料（须登记不晚于办结日的收到日期）：流转合同备案登记表、合同副本；未填写经办人',
      issues: [
        { path: 'patch.checklist', message: '缺少材料（须登记不晚于办结日的收到日期）：流转合同备案登记表、合同副本' },
        { path: 'patch.responsible', message: '未填写经办人' },
      ],
    });
  });

  it('does not count a document ticked without a date, or received after the step was done', () => {
    const undated = filing().checklist.map((c) => (c.item === '合同副本' ? { ...c, receivedOn: null } : c));
    expect(stepShortfall(filing({ checklist: undated })).documents).toEqual(['合同副本']);
    expect(stepShortfall(filing({ statusOn: '2025-03-19' })).documents).toEqual(['合同副本']);
  });

  it('needs only the required documents: an optional one may be missing', () => {
    const identity = { key: 'transferors.identity' as const, responsible: '李敏', statusOn: '2025-02-20' };
    const received = (item: string) => ({ item, received: true, receivedOn: '2025-02-20', ref: '' });
    expect(stepShortfall({ ...identity, checklist: [received('承包农户身份证复印件'), received('土地承包经营权证或承包合同复印件')] })).toEqual({ documents: [], responsible: false });
  });
});
