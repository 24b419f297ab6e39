import { describe, expect, it } from 'vitest';
import { DEMO_PRICE_LIST } from '../../resources/demo/cases';
import { createDemoProject, readProjectInfo } from '../../src/api/project-files';
import { openApi } from '../../src/api/service';
import { tempFile } from '../store/fixtures';

const ctx = { actor: 'tester' };

describe('the demo cases', () => {
  it('stand at different stages, the cooperative’s blocked at LM-02 for one missing consent, and info counts them as the board does', async () => {
    const file = tempFile();
    createDemoProject(file, 'tester');
    const a = openApi(file, 'tester');
    const get = async (method: string, input: unknown): Promise<any> => {
      const res = await a.dispatch(method, input, ctx);
      if (!res.ok) throw new Error(res.error.message);
      return res.data;
    };
    const board = await get('cases.board', {});
    const info = readProjectInfo(file, 'tester');
    expect(board.rows.map((r: any) => info.contracts.find((c) => c.id === r.contractId)?.status)).toEqual(['active', 'filed', 'numbered', 'draft']);
    const stages = board.rows.map((r: any) => r.stage);
    expect(new Set(stages).size).toBe(4);
    expect([stages[0], stages[3]]).toEqual(['active', 'drafting']);
    expect(board.rows.map((r: any) => r.blocked)).toEqual([false, true, false, false]);
    expect(info.cases).toEqual({ total: 4, ...board.counts });

    const [farm, coop] = await Promise.all(board.rows.slice(0, 2).map((r: any) => get('cases.get', { contractId: r.contractId })));
    const errors = coop.gates.filter((g: any) => g.severity === 'error');
    expect(errors.map((g: any) => g.ruleId)).toEqual(['LM-02']);
    expect(coop.consents).toHaveLength(coop.contract.transferors.length - 1);
    expect(farm.gates.filter((g: any) => g.severity === 'error')).toEqual([]);
    expect(farm.mortgages[0].registration).toMatchObject({ registrar: '单县不动产登记中心' });
    expect(farm.insurances[0].insuredM2).toBe(farm.contract.areaM2);
    const ops = farm.trusteeships[0].operations as (keyof typeof DEMO_PRICE_LIST.operations)[];
    expect(farm.trusteeships[0].feeYuanPerMu).toBe(ops.reduce((sum, op) => sum + DEMO_PRICE_LIST.operations[op]!, 0));
    expect(await get('cases.priceLists.get', {})).toEqual([DEMO_PRICE_LIST]);
    expect(DEMO_PRICE_LIST.source).toMatch(/示例|虚构/);
    a.close();
  });
});
