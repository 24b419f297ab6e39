import { formatYuan, yuanInCapitals } from '../../../domain/contract/capital-numerals';
import type { ContractView } from '../../../domain/contract/contract-view';
import { landClassName, type LandClassCode } from '../../../domain/land-class';
import { formatMu } from '../../../domain/units';
import type { Block, TableBlock } from '../engine/document-model';
import { blank, choices, cnDate, cnMonthDay, cnNumber, GRAIN, PARTY_KIND, PAYMENT_METHOD, PRICE_REF, ROLE } from './contract-wording';

/** Preamble and sections 一 to 六 of the model text: parties, land, use, term, delivery, rent. */

const h = (text: string): Block => ({ kind: 'heading', text });
const p = (text: string, indent = true): Block => ({ kind: 'paragraph', text, indent });
const money = (yuan: number): string => `人民币${formatYuan(yuan)}元（大写：${yuanInCapitals(yuan)}）`;

export function preamble(view: ContractView): Block[] {
  const verb = view.draft.mode === 'share' ? '入股' : view.draft.mode === 'lease' ? '出租' : '流转';
  return [
    p(
      `根据《中华人民共和国民法典》《中华人民共和国农村土地承包法》和《农村土地经营权流转管理办法》等法律法规和政策规定，` +
        `甲乙双方本着平等、自愿、公平、诚信、有偿的原则，经充分协商，就农村土地经营权${verb}事宜订立本合同。`,
    ),
  ];
}

export function partiesSection(view: ContractView): Block[] {
  const { a, b } = ROLE[view.draft.mode];
  const blocks: Block[] = [h('一、当事人')];
  const many = view.transferors.length > 1;
  if (many) {
    blocks.push(p(`甲方（${a}）：${view.village}等${view.transferors.length}户农村承包经营户，各户户主姓名、身份证号码、流转面积和年租金见附表《甲方农户名册》。`));
  } else {
    const t = view.transferors[0]!;
    blocks.push(
      p(`甲方（${a}）：${t.name}（户主）　承包经营户代码：${t.householdCode}`),
      p(`身份证号码：${blank(t.idNumber, 18)}　地址：${blank(t.address)}　联系电话：${blank(t.phone)}`),
      p(`经营主体类型：${choices([[true, PARTY_KIND.household], [false, PARTY_KIND.individual], [false, '其他']])}`),
    );
  }
  const agent = view.draft.agent;
  if (agent) blocks.push(p(`农户代表人（受托人）：${agent.name}　身份证号码：${blank(agent.idNumber, 18)}（凭书面委托书代为签订，委托书见附件）`));
  const e = view.transferee;
  const code = e.uscc ? `统一社会信用代码：${e.uscc}` : `身份证号码：${blank(e.idNumber, 18)}`;
  const kinds = (view.draft.mode === 'share' ? (['cooperative', 'company', 'other'] as const) : (['individual', 'family_farm', 'cooperative', 'company', 'collective', 'other'] as const)).map(
    (k): [boolean, string] => [e.kind === k, PARTY_KIND[k]],
  );
  blocks.push(
    p(`乙方（${b}）：${e.name}　${code}`),
    p(`法定代表人/负责人：${blank(e.representative)}　地址：${blank(e.address)}　联系电话：${blank(e.phone)}`),
    p(`经营主体类型：${choices(kinds)}`),
  );
  return blocks;
}

/** The A.4 parcel table: 13 columns, 四至 under one spanning header, a 合计 row summed in m² before rounding. */
export function parcelTable(view: ContractView): TableBlock {
  const w = [4, 8, 7, 16.5, 6.5, 6.5, 6.5, 6.5, 6.5, 4.5, 6, 16, 5.5];
  const align = ['center', 'center', 'center', 'center', 'center', 'center', 'center', 'center', 'right', 'center', 'center', 'center', 'left'] as const;
  const rs = (text: string) => ({ text, rowSpan: 2 });
  return {
    kind: 'table',
    columns: w.map((widthPct, i) => ({ widthPct, align: align[i]! })),
    header: [
      [rs('序号'), rs('村（组）'), rs('地块名称'), rs('地块代码'), { text: '坐落（四至）', colSpan: 4 }, rs('面积（亩）'), rs('质量等级'), rs('土地类型'), rs('承包合同代码'), rs('备注')],
      [{ text: '东' }, { text: '南' }, { text: '西' }, { text: '北' }],
    ],
    rows: view.parcelRows.map((r) => [
      String(r.seq),
      r.villageGroup,
      r.name,
      r.code,
      r.boundaries.east,
      r.boundaries.south,
      r.boundaries.west,
      r.boundaries.north,
      formatMu(r.areaM2),
      r.qualityGrade === null ? '' : String(r.qualityGrade),
      r.landClassName || landClassName(r.landClassCode as LandClassCode) || r.landClassCode,
      r.contractCode,
      r.remark,
    ]),
    total: ['合计', '', `${view.parcelRows.length}块`, '', '', '', '', '', formatMu(view.totals.areaM2), '', '', '', ''],
    minRowHeightMm: null,
  };
}

export function landSection(view: ContractView): Block[] {
  const verb = view.draft.mode === 'share' ? '入股' : view.draft.mode === 'lease' ? '出租' : '流转';
  return [
    h(view.draft.mode === 'share' ? '二、入股标的物' : '二、租赁物'),
    p(`（一）甲方将其承包经营的${formatMu(view.totals.areaM2)}亩土地的经营权${verb}给乙方，共${view.parcelRows.length}块地块，具体坐落、四至、面积和等级见下表及附图。`),
    parcelTable(view),
    p(`（二）${verb}土地上的附属建筑和资产情况及处置方式：${view.draft.existingAssets.trim() || '无'}。`),
    h(view.draft.mode === 'share' ? '三、入股土地用途' : '三、出租土地用途'),
    p(`${view.draft.use}。${view.draft.nonGrainJustification.trim() ? `（非粮化说明：${view.draft.nonGrainJustification.trim()}）` : ''}`),
    h(view.draft.mode === 'share' ? '四、入股期限' : '四、租赁期限'),
    p(`自${cnDate(view.draft.startDate)}起至${cnDate(view.draft.endDate)}止。`),
    h('五、交付时间'),
    p(`甲方应于${cnDate(view.draft.deliveryDate)}前将土地交付乙方。`),
  ];
}

function rentStandard(view: ContractView): string {
  const r = view.draft.rent;
  switch (r.kind) {
    case 'cash':
      return `${choices([[true, '现金']])}：每亩每年${money(r.yuanPerMuYear)}。`;
    case 'grain':
      return (
        `${choices([[true, '实物折资']])}：每亩每年${GRAIN[r.grain]}${r.jinPerMuYear}斤，按每年${cnMonthDay(r.priceDate)}${PRICE_REF[r.priceRef]}折算为现金支付；` +
        `签订时基准价格为每斤${r.basePriceYuanPerJin}元，折合每亩每年${money(r.jinPerMuYear * r.basePriceYuanPerJin)}；` +
        `每${cnNumber(r.resetEveryYears)}年按届时价格重新核定一次。`
      );
    case 'share': {
      const stake = [r.contributionYuan === null ? '' : `出资额${money(r.contributionYuan)}`, r.shares === null ? '' : `股份数${r.shares}股`].filter(Boolean).join('，');
      const scheme = choices([
        [r.scheme === 'dividend_only', '按股分红'],
        [r.scheme === 'guaranteed_plus_dividend', `保底收益+按股分红${r.guaranteedYuanPerMuYear === null ? '' : `（保底收益每亩每年${money(r.guaranteedYuanPerMuYear)}）`}`],
      ]);
      return (
        `入股土地经营权折股：${stake || '见附件'}。分红标准：${scheme}。` +
        `${r.preferredShares ? '甲方股份按优先股方式保障收益。' : ''}${r.dissolutionReturnsLand ? '乙方解散时，入股土地退回原承包方。' : ''}`
      );
    }
    case 'other':
      return `${choices([[true, '其他']])}：${r.text}。`;
  }
}

/** The yearly total per due date: one line per payment day, households summed (their shares are in 附表). */
function scheduleTable(view: ContractView): TableBlock {
  const byDate = new Map<string, { year: number; amount: number; estimated: boolean }>();
  for (const s of view.schedule) {
    const cur = byDate.get(s.dueDate) ?? { year: s.year, amount: 0, estimated: false };
    cur.amount += s.amountYuan;
    cur.estimated ||= s.estimated;
    byDate.set(s.dueDate, cur);
  }
  const rows = [...byDate].sort(([a], [b]) => a.localeCompare(b));
  return {
    kind: 'table',
    columns: [
      { widthPct: 8, align: 'center' },
      { widthPct: 22, align: 'center' },
      { widthPct: 14, align: 'center' },
      { widthPct: 22, align: 'right' },
      { widthPct: 34, align: 'left' },
    ],
    header: [[{ text: '序号' }, { text: '支付日期' }, { text: '合同年度' }, { text: '金额（元）' }, { text: '备注' }]],
    rows: rows.map(([date, r], i) => [String(i + 1), cnDate(date), `第${r.year}年`, formatYuan(r.amount), r.estimated ? '按基准价格估算，以届时核定价格为准' : '']),
    total: ['合计', '', '', formatYuan(rows.reduce((sum, [, r]) => sum + r.amount, 0)), ''],
    minRowHeightMm: null,
  };
}

export function rentSection(view: ContractView): Block[] {
  const d = view.draft;
  const share = d.mode === 'share';
  const pay = d.payment;
  const annual = view.totals.annualRentYuan;
  const many = view.transferors.length > 1;
  const blocks: Block[] = [
    h(share ? '六、股份分红及支付方式' : '六、租金及支付方式'),
    p(`（一）${share ? '分红' : '租金'}标准：${rentStandard(view)}`),
    p(
      share && d.rent.kind === 'share' && d.rent.scheme === 'dividend_only'
        ? '按股分红，无固定年收益，分红数额以乙方年度决算为准。'
        : `年${share ? '保底收益' : '租金'}合计${money(annual)}${many ? '，各户年租金见附表' : ''}；合同期内合计${money(view.totals.termRentYuan)}。`,
    ),
    p(d.adjustment ? `调整方式：每${cnNumber(d.adjustment.everyYears)}年调整一次，调整办法：${d.adjustment.method}。` : '调整方式：合同期内不作调整。'),
    p(
      `（二）支付时间：${choices([
        [pay.mode === 'lump_sum', '一次性支付'],
        [pay.mode === 'annual', `按年支付（每年${cnMonthDay(pay.dueMonthDay)}前${pay.inAdvance ? '，先付后用' : ''}）`],
        [pay.mode === 'instalments', `分期支付（${pay.instalments.map((i) => `${cnMonthDay(i.monthDay)}付${i.pct}%`).join('，') || '见下表'}）`],
        [pay.mode === 'other', `其他${pay.otherText ? `：${pay.otherText}` : ''}`],
      ])}。各期支付日期和金额如下：`,
    ),
  ];
  if (view.schedule.length > 0) blocks.push(scheduleTable(view));
  const acct = d.payeeAccount;
  blocks.push(
    p(`（三）支付方式：${choices([[pay.method === 'bank_transfer', PAYMENT_METHOD.bank_transfer], [pay.method === 'cash', PAYMENT_METHOD.cash], [pay.method === 'other', `${PAYMENT_METHOD.other}${pay.otherText ? `：${pay.otherText}` : ''}`]])}。`),
    p(
      acct
        ? `甲方收款账户名称：${acct.name}　账号：${acct.number}　开户行：${acct.bank}${d.payeeIsHousehold ? '' : '（经各户书面委托代收，各户应得数额见附表）'}`
        : `甲方收款账户${many ? '为各户户主本人银行账户' : '名称：________　账号：________________　开户行：________'}`,
    ),
  );
  return blocks;
}
