/**
 * Demo cases (SYNTHETIC, like the rest of the demo) on the demo contracts, at different stages: the
 * family farm's active lease with a registered mortgage, wheat insurance and a partial trusteeship; the
 * cooperative's lease filed through its case, with a mortgage application blocked at LM-02 because one
 * household has not signed its consent; the company's share entry signed and numbered, waiting to be
 * filed; the draft still drafting. Banks, insurer, policy and loan numbers and prices are invented.
 */
import type { StepStatus } from '../../src/domain/case/case-lane';
import type { Insurance, Mortgage, Trusteeship, TrusteeshipPriceList } from '../../src/domain/case/case-records';
import type { StepRef } from '../../src/domain/case/case-step';
import type { StepKey } from '../../src/domain/case/step-catalogue';

export interface DemoStep {
  key: StepKey;
  status: StepStatus;
  /** The day it was completed; null for a step still in progress. */
  on: string | null;
  responsible: string;
  refs?: StepRef[];
}

export interface DemoCase {
  /** The contract's place in demoContracts (resources/demo/contracts.ts). */
  contract: number;
  /** Rent the transferee has paid: every schedule item due on or before this date, paid on its due date. */
  rentPaidThrough: string | null;
  /** Transferor households (by their place in the contract) who signed a mortgage consent, and when. */
  consents: { households: number[]; signedOn: string } | null;
  /** The seeder covers every parcel of the contract at its leased area. */
  mortgage: Omit<Mortgage, 'id' | 'parcels'> | null;
  /** The seeder insures the contract's whole area. */
  insurance: Omit<Insurance, 'id' | 'insuredM2'> | null;
  /** Area is the contract's; the fee per 亩 comes from the demo price list in force on `signedOn`. */
  trusteeship: Omit<Trusteeship, 'id' | 'areaM2' | 'feeYuanPerMu' | 'client'> | null;
  /** In the order a planner would record them. */
  steps: DemoStep[];
}

export const DEMO_COOP = '单县供销合作社联合社';

export const DEMO_PRICE_LIST: TrusteeshipPriceList = {
  coop: DEMO_COOP,
  operations: { plough: 55, sow: 30, plant_protection: 20, irrigation: 35, harvest: 65, straw: 25, drying: 40 },
  fullPackageYuanPerMu: 420,
  effectiveFrom: '2026-01-01',
  source: '虚构示例价目表（仅供演示）：domain.md D.3 未查到山东省权威托管收费标准，请录入县供销社实际价目表',
};

const done = (key: StepKey, on: string, responsible: string, refs?: StepRef[]): DemoStep => ({ key, status: 'done', on, responsible, refs });

const BANK = '山东单县农村商业银行股份有限公司谢集支行';
const OFFICE = '谢集镇农经站 李敏';

export function demoCases(): DemoCase[] {
  return [
    {
      contract: 0,
      rentPaidThrough: '2026-10-01',
      consents: { households: [0], signedOn: '2026-04-06' },
      mortgage: {
        bank: BANK,
        loanNo: 'SXNS-2026-JYQ-0018',
        amountYuan: 30000,
        annualRate: 0.0435,
        startDate: '2026-04-22',
        maturityDate: '2027-04-21',
        purpose: '购买化肥、种子等农资',
        appraisedValueYuan: 50000,
        appraisalMethod: 'rent_times_term',
        appraiser: '银行自评',
        filedOn: '2026-04-12',
        registration: { registrar: '单县不动产登记中心', number: '鲁（2026）单县不动产证明第0001234号', registeredOn: '2026-04-20' },
        insurancePolicyNo: '',
        status: 'active',
      },
      insurance: {
        insurer: '中华联合财产保险股份有限公司单县支公司',
        product: 'full_cost',
        crop: '小麦',
        sumInsuredYuanPerMu: 950,
        premiumRate: 0.06,
        premiumSplit: { central: 0.45, provincial: 0.25, county: 0.1, farmer: 0.2 },
        policyNo: 'PZHM2026371722000123',
        startDate: '2026-10-10',
        endDate: '2027-06-30',
        beneficiary: BANK,
      },
      trusteeship: {
        coop: DEMO_COOP,
        mode: 'partial',
        crop: '小麦',
        operations: ['plough', 'sow', 'plant_protection', 'harvest'],
        payment: { kind: 'deposit_then_balance', depositShare: 0.3, balanceDays: 15 },
        startDate: '2026-10-01',
        endDate: '2027-06-30',
        guaranteedYieldKgPerMu: null,
        shortfallYuanPerKg: null,
        lateFeeDailyRate: 0.0005,
        signedOn: '2026-09-25',
      },
      steps: [
        done('bureau.socialCapitalReview', '2025-02-10', OFFICE, [{ label: '审查批准文号', value: '谢集农经审〔2025〕1号' }]),
        done('transferors.identity', '2025-02-20', OFFICE),
        done('transferee.qualification', '2025-02-20', OFFICE),
        done('transferee.signing', '2025-02-25', OFFICE),
        done('bureau.contractReview', '2025-03-05', OFFICE),
        done('bureau.filing', '2025-03-10', '王桥村委会'),
        done('transferee.delivery', '2025-03-10', '王丰'),
        done('bureau.ledger', '2025-03-12', OFFICE),
        done('transferee.rent', '2025-10-01', '王丰'),
        done('transferors.consent', '2026-04-06', OFFICE),
        done('bank.application', '2026-04-08', BANK),
        done('bank.appraisal', '2026-04-10', BANK),
        done('bank.contract', '2026-04-12', BANK, [{ label: '借款合同号', value: 'SXNS-2026-JYQ-0018' }]),
        done('bank.registration', '2026-04-20', '单县不动产登记中心', [{ label: '不动产登记证明号', value: '鲁（2026）单县不动产证明第0001234号' }]),
        done('bank.disbursement', '2026-04-22', BANK),
        done('coop.contract', '2026-09-25', DEMO_COOP),
        done('insurer.application', '2026-09-28', '王丰'),
        done('insurer.policy', '2026-10-10', '中华联合财产保险单县支公司', [{ label: '保单号', value: 'PZHM2026371722000123' }]),
        { key: 'coop.service', status: 'in_progress', on: null, responsible: DEMO_COOP },
      ],
    },
    {
      contract: 1,
      // The third year's rent (due 2026-10-01) is overdue.
      rentPaidThrough: '2025-10-01',
      // The fourth household has not signed: LM-02 holds the bank lane.
      consents: { households: [0, 1, 2], signedOn: '2026-10-15' },
      mortgage: {
        bank: BANK,
        loanNo: 'SXNS-2026-JYQ-0031',
        amountYuan: 60000,
        annualRate: 0.0435,
        startDate: '2026-12-15',
        maturityDate: '2027-12-14',
        purpose: '购置植保无人机',
        appraisedValueYuan: 100000,
        appraisalMethod: 'rent_times_term',
        appraiser: '银行自评',
        filedOn: null,
        registration: null,
        insurancePolicyNo: '',
        status: 'active',
      },
      insurance: null,
      trusteeship: null,
      steps: [
        done('bureau.socialCapitalReview', '2025-02-12', OFFICE, [{ label: '审查批准文号', value: '谢集农经审〔2025〕2号' }]),
        done('transferors.identity', '2025-02-20', OFFICE),
        done('transferee.qualification', '2025-02-20', OFFICE),
        done('transferee.signing', '2025-02-25', OFFICE),
        done('transferee.rent', '2025-03-01', '王立新'),
        done('bureau.contractReview', '2025-03-06', OFFICE),
        // Completing the filing step files the contract (it was only numbered).
        done('bureau.filing', '2025-03-20', '王桥村委会'),
        { key: 'transferors.consent', status: 'in_progress', on: null, responsible: OFFICE },
        done('bank.application', '2026-10-20', BANK),
        done('bank.appraisal', '2026-10-28', BANK),
      ],
    },
    {
      contract: 2,
      rentPaidThrough: '2026-10-01',
      consents: null,
      mortgage: null,
      insurance: null,
      trusteeship: null,
      steps: [
        done('bureau.socialCapitalReview', '2025-03-15', OFFICE, [{ label: '审查批准文号', value: '谢集农经审〔2025〕3号' }]),
        done('transferors.identity', '2025-03-20', OFFICE),
        done('transferee.qualification', '2025-03-20', OFFICE),
        done('transferee.signing', '2025-03-28', OFFICE),
        done('bureau.contractReview', '2025-04-03', OFFICE),
        done('transferee.rent', '2025-04-01', '史振华'),
      ],
    },
  ];
}
