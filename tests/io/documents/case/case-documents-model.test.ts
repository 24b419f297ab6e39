import { describe, expect, it } from 'vitest';
import { yuanInCapitals } from '../../../../src/domain/contract/capital-numerals';
import { formatMu } from '../../../../src/domain/units';
import type { DocumentModel, TableBlock } from '../../../../src/io/documents/engine/document-model';
import { caseDocumentModel } from '../../../../src/io/documents/case/write-case-document';
import { caseFingerprint } from '../../../../src/io/documents/case/case-document-frame';
import { caseSources } from './case-fixture';

const text = (doc: DocumentModel): string =>
  doc.blocks
    .map((b) => (b.kind === 'table' ? [...b.header.flat().map((c) => c.text), ...b.rows.flat(), ...(b.total ?? [])].join(' ') : 'text' in b ? b.text : ''))
    .join('\n');
const tables = (doc: DocumentModel): TableBlock[] => doc.blocks.filter((b): b is TableBlock => b.kind === 'table');

describe('every case document', () => {
  it('carries the contract number on top and in the header, and the case fingerprint in the footer', () => {
    const src = caseSources();
    for (const req of [
      { document: 'filingRegister' },
      { document: 'socialCapitalApplication' },
      { document: 'caseSummary' },
      { document: 'consent', householdId: 101, consentKind: 'mortgage' },
      { document: 'powerOfAttorney', householdId: 102 },
      { document: 'trusteeshipContract', trusteeshipId: 11 },
    ] as const) {
      const doc = caseDocumentModel(src, req);
      expect(doc.headerText, req.document).toContain(src.contract.number!);
      expect(doc.footerText).toBe(`数据指纹：${caseFingerprint(src)}`);
      expect(doc.blocks[0]).toMatchObject({ kind: 'numberLine', text: expect.stringContaining(src.contract.number!) });
      for (const t of tables(doc)) expect(t.header.length).toBeGreaterThan(0);
    }
  });

  it('gets a new fingerprint when a case record changes, but not from the day it is printed', () => {
    const before = caseSources();
    const withConsents = caseSources({ consents: true });
    expect(caseFingerprint(withConsents)).not.toBe(caseFingerprint(before));
    expect(caseFingerprint({ ...before, case: { ...before.case, deadlines: [] } })).toBe(caseFingerprint(before));
    expect(caseFingerprint(before).startsWith(before.contract.fingerprint)).toBe(true);
  });
});

describe('the mortgage consent letter', () => {
  it('names the household, its parcels and 亩, the bank, loan and amount in 大写, and asks for a fingerprint', () => {
    const src = caseSources();
    const doc = caseDocumentModel(src, { document: 'consent', householdId: 102, consentKind: 'mortgage' });
    const t = text(doc);
    const household = src.contract.transferors.find((x) => x.householdId === 102)!;
    const own = src.contract.parcelRows.filter((r) => r.householdId === 102);
    expect(doc.title).toContain('抵押');
    expect(t).toContain(household.name);
    expect(t).toContain(household.idNumber!);
    for (const r of own) expect(t).toContain(r.code);
    for (const r of src.contract.parcelRows.filter((r) => r.householdId !== 102)) expect(t).not.toContain(r.code);
    expect(t).toContain(`共${formatMu(own.reduce((s, r) => s + r.areaM2, 0))}亩`);
    // The mortgage covers the first four parcels: those of household 102 among them.
    const mortgaged = src.case.mortgages[0]!.parcels.filter((c) => own.some((r) => r.parcelId === c.parcelId)).reduce((s, c) => s + c.areaM2, 0);
    expect(t).toContain(`上述地块中${formatMu(mortgaged)}亩`);
    expect(t).toContain('中国农业银行单县支行');
    expect(t).toContain('ABC-2026-0088');
    expect(t).toContain(yuanInCapitals(300000));
    expect(t).toContain('4.35%');
    expect(t).toContain('第四十七条');
    expect(t).toContain('按指印');
  });

  it('prints the archive number and signing date of a consent already recorded', () => {
    const t = text(caseDocumentModel(caseSources({ consents: true }), { document: 'consent', householdId: 101, consentKind: 'mortgage' }));
    expect(t).toContain('WQ-TY-001');
    expect(t).toContain('2026年1月20日');
  });

  it('for re-transfer cites article 46 and names no bank', () => {
    const t = text(caseDocumentModel(caseSources(), { document: 'consent', householdId: 101, consentKind: 'retransfer' }));
    expect(t).toContain('第四十六条');
    expect(t).toContain('再流转');
    expect(t).not.toContain('ABC-2026-0088');
  });

  it('refuses a household that is not on the contract', () => {
    expect(() => caseDocumentModel(caseSources(), { document: 'consent', householdId: 999, consentKind: 'mortgage' })).toThrow(/999/);
  });
});

describe('the power of attorney', () => {
  it('names principal, agent, the matters, powers and period, with the household rent in 大写', () => {
    const src = caseSources();
    const t = text(caseDocumentModel(src, { document: 'powerOfAttorney', householdId: 103 }));
    const h = src.contract.transferors.find((x) => x.householdId === 103)!;
    expect(t).toContain(`委托人（承包方户主）：${h.name}`);
    expect(t).toContain('受托人：王桥村民委员会 史长林');
    expect(t).toMatch(/委托事项[\s\S]*委托权限[\s\S]*委托期限/);
    expect(t).toContain(yuanInCapitals(h.annualRentYuan));
    expect(t).toContain('无权变更上述条件');
  });
});

describe('the filing register', () => {
  it('fills the ledger columns of B.5 from the contract and the case', () => {
    const src = caseSources({ consents: true });
    const doc = caseDocumentModel(src, { document: 'filingRegister' });
    const t = text(doc);
    for (const want of ['合同编号', '出租', '统一社会信用代码', src.contract.transferee.uscc!, '2026年1月5日', 'XJ-BA-2026-012', '不适用', '未登记', '中国农业银行单县支行（贷款编号ABC-2026-0088）', 'WQ-TY-001、WQ-TY-002、WQ-TY-003', '已备案', '现金 900.00元/亩·年'])
      expect(t).toContain(want);
    const parcels = tables(doc)[1]!;
    expect(parcels.rows).toHaveLength(6);
    expect(parcels.total!.at(-1)).toBe(formatMu(src.contract.totals.areaM2));
    expect(doc.watermark).toBeNull();
    expect(caseDocumentModel(caseSources({ status: 'draft' }), { document: 'filingRegister' }).watermark).toBe('草稿');
  });
});

describe('the social-capital application', () => {
  it('states the applicant, the land and the project, and leaves the approval number blank until approved', () => {
    const src = caseSources();
    const t = text(caseDocumentModel(src, { document: 'socialCapitalApplication' }));
    expect(t).toContain(src.contract.transferee.name);
    expect(t).toContain(`${formatMu(src.contract.totals.areaM2)}亩`);
    expect(t).toContain('3户，6块地');
    expect(t).toContain('审查批准文号：________________');
    const approved = { ...src, case: { ...src.case, contract: { ...src.case.contract, socialCapitalReview: { approvalNo: '单农审〔2026〕3号', approvedOn: '2026-01-02', tier: 'county' as const } } } };
    expect(text(caseDocumentModel(approved, { document: 'socialCapitalApplication' }))).toContain('审查批准文号：单农审〔2026〕3号　批准日期：2026年1月2日　审查层级：县级');
  });
});

describe('the trusteeship service contract', () => {
  it('fills the nine articles of the MARA 2020 model from the record', () => {
    const src = caseSources();
    const doc = caseDocumentModel(src, { document: 'trusteeshipContract', trusteeshipId: 11 });
    const t = text(doc);
    for (const n of ['一', '二', '三', '四', '五', '六', '七', '八', '九']) expect(t).toContain(`第${n}条`);
    // 60 亩 × 385 元 = 23,100 元; 30% down = 6,930, balance 16,170 within fifteen days.
    expect(t).toContain('面积60.00亩');
    expect(t).toContain('每亩人民币385.00元');
    expect(t).toContain(`人民币23,100.00元（大写：${yuanInCapitals(23100)}）`);
    expect(t).toContain('☑（一）合同签订当日，甲方向乙方预付服务费总额的30%，计人民币6,930.00元');
    expect(t).toContain('余款人民币16,170.00元');
    expect(t).toContain('十五日内付清');
    expect(t).toContain('☑全托管');
    expect(t).toContain('每亩产量不低于500公斤');
    expect(t).toContain('按每公斤人民币2.40元');
    expect(t).toContain('0.05%');
    expect(t).toContain('不超过服务费总额的50%（即不超过人民币11,550.00元）');
    expect(t).toMatch(/协商解决；协商不成的，可以请求单县农业农村主管部门调解；调解不成的，依法向人民法院提起诉讼/);
    expect(t).not.toContain('仲裁');
    expect(t).toContain('村民委员会或农村集体经济组织可以对本合同的履行进行指导和监督');
    expect(doc.headerText).toContain('所属流转合同编号');
  });

  it('annexes the service-standard table, ticking only the stages a partial trusteeship entrusts', () => {
    const src = caseSources();
    const partial = { ...src.case.trusteeships[0]!, id: 12, mode: 'partial' as const, operations: ['plough' as const, 'harvest' as const], guaranteedYieldKgPerMu: null, shortfallYuanPerKg: null, payment: { kind: 'after_service' as const } };
    const doc = caseDocumentModel({ ...src, case: { ...src.case, trusteeships: [partial] } }, { document: 'trusteeshipContract', trusteeshipId: 12 });
    const annex = tables(doc).at(-1)!;
    const ticked = annex.rows.filter((r) => r[3] === '☑').map((r) => r[1]);
    expect(ticked).toEqual(['作业准备', '耕地', '收获', '综合技术方案']);
    expect(annex.rows.some((r) => r[1]!.includes('保底产量'))).toBe(false);
    const t = text(doc);
    expect(t).toContain('☑部分托管');
    expect(t).toContain('☑耕地');
    expect(t).toContain('□播种');
    expect(t).toContain('☑（三）全部作业完成并经验收合格后一次性付清');
    const full = tables(caseDocumentModel(src, { document: 'trusteeshipContract', trusteeshipId: 11 })).at(-1)!;
    expect(full.rows.at(-1)).toEqual(['13', '保底产量（全托管）', expect.any(String), '☑', '每亩产量不低于500公斤，不足部分按每公斤2.4元赔偿']);
  });
});

describe('the case summary', () => {
  it('lists the six lanes with their applicable steps, the gates, the records and the next deadlines', () => {
    const src = caseSources();
    const doc = caseDocumentModel(src, { document: 'caseSummary' });
    const lanes = tables(doc)[0]!;
    expect(lanes.rows.map((r) => r[1]).filter(Boolean)).toEqual(['流出方', '（进行中）', '流入方', '（进行中）', '农业农村部门', '（进行中）', '银行', '（待办）', '保险机构', '（待办）', '供销社', '（待办）']);
    expect(lanes.columns).toHaveLength(10);
    const applicable = src.case.lanes.flatMap((l) => l.steps.filter((s) => s.applies));
    expect(lanes.rows).toHaveLength(applicable.length);
    expect(lanes.rows.find((r) => r[2] === '向发包方备案')!.slice(1)).toEqual(['（进行中）', '向发包方备案', '完成', '李德明', '2026-01-05', '', '0/2', '备案号XJ-BA-2026-012', '']);
    expect(lanes.rows.find((r) => r[2] === '放款')![9]).toBe('受阻：LM-02');
    expect(lanes.rows.map((r) => r[0])).toEqual(lanes.rows.map((_, i) => String(i + 1)));
    const [, records] = tables(doc);
    expect(records!.rows.map((r) => r[0])).toEqual(['阻断 LM-02', '提示 LM-04', '抵押', '保险', '托管', '书面同意', ...src.case.deadlines.slice(0, 4).map((d) => `待办 ${d.date}`)]);
    expect(records!.rows[2]![1]).toBe('中国农业银行单县支行 300,000.00元 至2027-01-31 正常，未登记');
    expect(records!.rows[3]![1]).toBe('中国人民财产保险单县支公司 完全成本保险 小麦 8.26亩 至2026-06-30');
    expect(records!.rows[4]![1]).toBe('单县供销合作社为农服务中心 全托管 小麦 60.00亩 385.00元/亩 至2026-06-30');
    expect(records!.rows[5]![1]).toBe('抵押0/3户，再流转0/3户');
    expect(records!.rows.slice(6).map((r) => r[1])).toEqual(src.case.deadlines.slice(0, 4).map((d) => d.text));
  });

  it('says 不适用 once for a lane where no step applies', () => {
    const src = caseSources();
    const lanes = src.case.lanes.map((l) => (l.lane === 'insurer' ? { ...l, status: 'not_applicable' as const, steps: l.steps.map((s) => ({ ...s, applies: false, status: 'not_applicable' as const })) } : l));
    const rows = tables(caseDocumentModel({ ...src, case: { ...src.case, lanes } }, { document: 'caseSummary' }))[0]!.rows.filter((r) => r.includes('保险机构（不适用）'));
    expect(rows.map((r) => r.slice(1))).toEqual([['保险机构（不适用）', '—', '不适用', '', '', '', '', '', '']]);
  });
});
