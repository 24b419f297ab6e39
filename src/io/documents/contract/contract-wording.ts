import type { ContractDraft, Grain, TransferMode } from '../../../domain/contract/contract-draft';
import type { PartyKind } from '../../../domain/contract/contract-facts';

/** The fixed Chinese words of the model texts (domain.md A.3, A.5) and how values are spelt in them. */

export const CONTRACT_TITLE: Record<TransferMode, string> = {
  lease: '农村土地经营权出租合同',
  share: '农村土地经营权入股合同',
  other: '农村土地经营权流转合同',
};

/** 甲方 / 乙方 roles: lessor and lessee for a lease, contributor and receiving entity for share entry. */
export const ROLE: Record<TransferMode, { a: string; b: string }> = {
  lease: { a: '出租方', b: '承租方' },
  share: { a: '入股方', b: '受让方' },
  other: { a: '流出方', b: '流入方' },
};

export const PARTY_KIND: Record<PartyKind, string> = {
  household: '农村承包经营户',
  individual: '自然人',
  cooperative: '农民专业合作社',
  family_farm: '家庭农场',
  company: '公司',
  collective: '农村集体经济组织',
  other: '其他',
};

export const GRAIN: Record<Grain, string> = { wheat: '小麦', corn: '玉米', rice: '稻谷', soybean: '大豆' };

export const PRICE_REF: Record<Extract<ContractDraft['rent'], { kind: 'grain' }>['priceRef'], string> = {
  market: '当地市场价格',
  state_minimum: '国家最低收购价',
  posted: '当地粮食部门挂牌价格',
};

export const WHO: Record<'transferor' | 'transferee' | 'agreed', string> = { transferor: '甲方', transferee: '乙方', agreed: '双方另行约定' };

export const PAYMENT_METHOD: Record<ContractDraft['payment']['method'], string> = { bank_transfer: '银行转账', cash: '现金', other: '其他' };

const DIGITS = '零一二三四五六七八九';

/** Small Chinese numerals for counts up to 99 (一式四份, 第十一条). */
export function cnNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
}

/** 2025-03-01 → 2025年3月1日. */
export function cnDate(iso: string | null): string {
  if (!iso) return '____年__月__日';
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 05-10 → 5月10日. */
export function cnMonthDay(md: string): string {
  const [m, d] = md.split('-').map(Number);
  return `${m}月${d}日`;
}

export const box = (checked: boolean): string => (checked ? '☑' : '□');

/** A row of □/☑ options, the chosen one ticked, as the model text prints its choices. */
export const choices = (options: [boolean, string][]): string => options.map(([on, text]) => `${box(on)}${text}`).join('　');

/** An empty value as the blank line the parties fill in by hand. */
export const blank = (value: string | null | undefined, width = 8): string => (value && value.trim() ? value : '_'.repeat(width));
