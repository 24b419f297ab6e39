import { formatYuan } from '../../../domain/contract/capital-numerals';
import type { ContractView } from '../../../domain/contract/contract-view';
import { formatMu } from '../../../domain/units';
import type { Block, TableBlock } from '../engine/document-model';
import { blank, box, choices, cnDate, cnNumber, ROLE, WHO } from './contract-wording';

/** Sections 七 to 十三 of the model text, the signature blocks, the annex checklist and the 农户名册. */

const h = (text: string): Block => ({ kind: 'heading', text });
const p = (text: string, indent = true): Block => ({ kind: 'paragraph', text, indent });
const per10k = (n: number): string => `万分之${cnNumber(n)}`;

export function rightsSections(view: ContractView): Block[] {
  const d = view.draft;
  const rent = d.mode === 'share' ? '收益' : '租金';
  return [
    h('七、甲方的权利和义务'),
    p(`（一）甲方的权利：1. 按照合同约定收取${rent}；2. 监督乙方合理利用、保护土地；3. 制止乙方损害土地和农业资源的行为；4. 合同期满后收回土地经营权；5. 法律法规规定的其他权利。`),
    p(
      `（二）甲方的义务：1. 按照合同约定交付土地；2. 自合同生效之日起${cnNumber(d.filingDays)}日内，依据《中华人民共和国农村土地承包法》第三十六条的规定向发包方备案；` +
        `3. 不得干涉和妨碍乙方依法进行的农业生产经营活动；4. 法律法规规定的其他义务。`,
    ),
    h('八、乙方的权利和义务'),
    p(
      `（一）乙方的权利：1. 要求甲方按照合同约定交付土地；2. 在合同期内依法占有、使用土地，自主开展农业生产经营并取得收益；` +
        `3. 经甲方同意，依法投资改良土壤、建设农业生产附属、配套设施，并按照合同约定对其投资部分获得合理补偿；4. 合同期满后，在同等条件下享有优先承租权；5. 法律法规规定的其他权利。`,
    ),
    p(
      `（二）乙方的义务：1. 按照合同约定接收土地、按时足额支付${rent}；2. 在法律法规政策规定和合同约定的范围内从事农业生产经营，服从当地粮食生产等规划；` +
        `3. 不得弃耕抛荒，不得破坏农业综合生产能力和农业生态环境；4. 不得改变土地的农业用途，不得在土地上建窑、建坟、违法建房、挖砂、采石、采矿、取土；` +
        `5. 不得在永久基本农田上种植果树、林木或者挖塘养鱼；6. 法律法规规定的其他义务。`,
    ),
  ];
}

export function otherSections(view: ContractView): Block[] {
  const d = view.draft;
  const c = d.consents;
  const fund = d.riskFund;
  const who = (k: keyof typeof WHO) => choices([[k === 'transferor', '甲方'], [k === 'transferee', '乙方'], [k === 'agreed', '双方另行约定']]);
  return [
    h('九、其他约定'),
    p(
      `（一）甲方同意乙方：${choices([[c.improvements, '投资改良土壤'], [c.facilities, '建设农业生产附属、配套设施'], [c.collateral, '以土地经营权融资担保'], [c.retransfer, '再流转土地经营权']])}。` +
        `（☑表示同意，□表示不同意）`,
    ),
    p(`（二）该土地的财政补贴归属：${who(d.subsidiesTo)}${d.subsidiesText.trim() ? `，${d.subsidiesText.trim()}` : ''}。`),
    p(
      fund
        ? `（三）风险保障金：${choices([[true, '缴纳'], [false, '不缴纳']])}。乙方向${fund.holder}缴纳风险保障金人民币${formatYuan(fund.amountYuan)}元，合同期满${fund.refundAtExpiry ? '且乙方无违约行为的，全额退还乙方' : '按双方约定处理'}。`
        : `（三）风险保障金：${choices([[false, '缴纳'], [true, '不缴纳']])}。`,
    ),
    p(`（四）土地被依法征收、征用、占用时，地上附着物补偿费归${who(d.compensation.fixtures)}，青苗补偿费归${who(d.compensation.crops)}。`),
    p(`（五）其他：${d.supplementary.trim() || '无'}。`),
    h('十、合同变更、解除和终止'),
    p(
      '（一）因不可抗力致使合同全部不能履行的，本合同自动终止，甲方将合同终止日至合同到期日的租金退还乙方；' +
        '致使合同部分不能履行的，其他部分继续履行，租金可以作相应调整。',
    ),
    p(
      `（二）合同期满，乙方需要续约的，应当在合同期满前${cnNumber(d.renewalNoticeDays)}日内书面向甲方提出申请；不再续约的，应当在合同期满前${cnNumber(d.renewalNoticeDays)}日书面通知甲方，` +
        `并在合同期满后${cnNumber(d.returnDays)}日内将土地交还甲方。`,
    ),
    p(
      `（三）合同期满或者依法提前收回土地时，乙方投资建设的附属设施处理方式：${choices([
        [d.facilitiesAtExpiry === 'transferor_free', '由甲方无偿处置'],
        [d.facilitiesAtExpiry === 'valuation_buyback', '经有资质的第三方评估后由甲方作价收购'],
        [d.facilitiesAtExpiry === 'restore', '由乙方恢复土地原状'],
        [d.facilitiesAtExpiry === 'other', '其他'],
      ])}。`,
    ),
  ];
}

export function liabilitySections(view: ContractView): Block[] {
  const d = view.draft;
  const pen = d.penalties;
  const sides = ROLE[d.mode];
  return [
    h('十一、违约责任'),
    p('（一）甲乙双方应当遵守合同约定，违约方应当承担违约责任，给对方造成损失的，应当予以赔偿。'),
    p(`（二）甲方逾期交付土地的，每逾期一日，应当按年租金的${per10k(pen.lateDeliveryPer10k)}向乙方支付违约金；逾期超过${cnNumber(pen.lateDeliveryTerminateDays)}日的，乙方有权解除合同。`),
    p('（三）甲方交付的土地存在权属纠纷或者经济纠纷，致使合同全部或者部分不能履行的，甲方应当赔偿乙方损失。'),
    p('（四）甲方违反合同约定擅自干涉和妨碍乙方正常生产经营的，乙方有权解除合同，甲方应当赔偿乙方损失。'),
    p(`（五）乙方逾期支付租金的，每逾期一日，应当按年租金的${per10k(pen.lateRentPer10k)}向甲方支付违约金；逾期超过${cnNumber(pen.lateRentTerminateDays)}日的，甲方有权解除合同。`),
    p('（六）乙方擅自改变土地农业用途、弃耕抛荒连续两年以上、给土地造成严重损害或者严重破坏土地生态环境的，甲方有权解除合同、收回土地经营权，并要求乙方赔偿损失。'),
    p(`（七）合同期满乙方逾期不交还土地的，每逾期一日，应当按年租金的${per10k(pen.lateReturnPer10k)}向甲方支付违约金。`),
    h('十二、合同争议解决方式'),
    p(
      `因本合同发生争议的，甲乙双方应当协商解决，也可以请求村民委员会、乡（镇）人民政府等调解解决。协商或者调解不成的，按下列方式解决：` +
        `${choices([[d.disputes === 'arbitration', '依据《中华人民共和国农村土地承包法》第五十五条向农村土地承包仲裁委员会申请仲裁'], [d.disputes === 'court', '向有管辖权的人民法院提起诉讼']])}。`,
    ),
    h('十三、附则'),
    p('（一）本合同未尽事宜，经甲乙双方协商一致，可以签订补充协议，补充协议与本合同具有同等法律效力。'),
    p(`（二）本合同自甲乙双方签字、盖章或者按指印之日起生效。`),
    p(
      `（三）本合同一式${cnNumber(d.copies)}份，${sides.a}（甲方）、${sides.b}（乙方）、农村集体经济组织（发包方）、乡（镇）农村土地承包管理部门各执一份` +
        `${d.copies > 4 ? `，其余${cnNumber(d.copies - 4)}份由相关单位留存` : ''}，具有同等法律效力。`,
    ),
  ];
}

/** Every household signs on its own line with a box for the fingerprint (按指印); rows never split. */
export function signatureBlocks(view: ContractView): Block[] {
  const table: TableBlock = {
    kind: 'table',
    columns: [
      { widthPct: 8, align: 'center' },
      { widthPct: 18, align: 'center' },
      { widthPct: 30, align: 'center' },
      { widthPct: 26, align: 'center' },
      { widthPct: 18, align: 'center' },
    ],
    header: [[{ text: '序号' }, { text: '甲方（户主）' }, { text: '身份证号码' }, { text: '签字' }, { text: '按指印' }]],
    rows: view.transferors.map((t, i) => [String(i + 1), t.name, t.idNumber ?? '', '', '']),
    total: null,
    minRowHeightMm: 18,
  };
  const agent = view.draft.agent;
  return [
    { kind: 'paragraph', text: '（以下无正文）', indent: false },
    { kind: 'heading', text: '签章' },
    table,
    ...(agent ? [p(`农户代表人（受托人）签字：________________　（${agent.name}）`, false)] : []),
    p(`乙方（盖章）：${view.transferee.name}`, false),
    p('法定代表人/负责人（签字）：________________', false),
    p(`签订日期：${cnDate(view.draft.signedOn)}　　签订地点：${blank(view.draft.signPlace, 16)}`, false),
  ];
}

export function annexList(view: ContractView): Block[] {
  return [
    h('附件清单'),
    {
      kind: 'table',
      columns: [
        { widthPct: 8, align: 'center' },
        { widthPct: 46, align: 'left' },
        { widthPct: 16, align: 'center' },
        { widthPct: 10, align: 'center' },
        { widthPct: 20, align: 'left' },
      ],
      header: [[{ text: '序号' }, { text: '附件名称' }, { text: '是否提供' }, { text: '页数' }, { text: '备注' }]],
      rows: view.draft.annexes.map((a, i) => [String(i + 1), a.item, `${box(a.supplied)}是 ${box(!a.supplied)}否`, a.pages ? String(a.pages) : '', a.remark]),
      total: null,
      minRowHeightMm: null,
    },
  ];
}

/** 附表: every household of a many-household contract with its ID, area (亩) and annual rent. */
export function householdSchedule(view: ContractView): Block[] {
  return [
    { kind: 'pageBreak' },
    h('附表：甲方农户名册'),
    {
      kind: 'table',
      columns: [
        { widthPct: 7, align: 'center' },
        { widthPct: 13, align: 'center' },
        { widthPct: 24, align: 'center' },
        { widthPct: 24, align: 'center' },
        { widthPct: 14, align: 'right' },
        { widthPct: 18, align: 'right' },
      ],
      header: [[{ text: '序号' }, { text: '户主姓名' }, { text: '身份证号码' }, { text: '承包合同代码' }, { text: '面积（亩）' }, { text: '年租金（元）' }]],
      rows: view.transferors.map((t, i) => [String(i + 1), t.name, t.idNumber ?? '', t.contractCode, formatMu(t.areaM2), formatYuan(t.annualRentYuan)]),
      total: ['合计', `${view.transferors.length}户`, '', '', formatMu(view.totals.areaM2), formatYuan(view.totals.annualRentYuan)],
      minRowHeightMm: null,
    },
  ];
}
