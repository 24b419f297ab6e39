import type Database from 'better-sqlite3';
import type { CaseConsent, Insurance, Mortgage, Trusteeship } from '../../domain/case/case-records';
import type { ContractCorrection } from '../../domain/contract/contract-correction';
import { correctionsByContract, correctionsOf } from '../contracts/corrections-repo';
import { listRecords, recordsByContract } from './case-records-repo';
import { storedSteps, storedStepsByContract, type StoredStep } from './case-steps-repo';

/** What the case tables hold for one case: its stored steps, its records of each kind and the contract's corrections. */
export interface CaseRows {
  steps: StoredStep[];
  mortgages: Mortgage[];
  insurances: Insurance[];
  trusteeships: Trusteeship[];
  consents: CaseConsent[];
  corrections: ContractCorrection[];
}

export const caseRowsOf = (db: Database.Database, contractId: number): CaseRows => ({
  steps: storedSteps(db, contractId),
  mortgages: listRecords(db, 'mortgage', contractId),
  insurances: listRecords(db, 'insurance', contractId),
  trusteeships: listRecords(db, 'trusteeship', contractId),
  consents: listRecords(db, 'consent', contractId),
  corrections: correctionsOf(db, contractId),
});

/** Every case's rows in one read per table (the board's way): a lookup by contract id. */
export function allCaseRows(db: Database.Database): (contractId: number) => CaseRows {
  const steps = storedStepsByContract(db);
  const mortgages = recordsByContract(db, 'mortgage');
  const insurances = recordsByContract(db, 'insurance');
  const trusteeships = recordsByContract(db, 'trusteeship');
  const consents = recordsByContract(db, 'consent');
  const corrections = correctionsByContract(db);
  return (id) => ({
    steps: steps.get(id) ?? [],
    mortgages: mortgages.get(id) ?? [],
    insurances: insurances.get(id) ?? [],
    trusteeships: trusteeships.get(id) ?? [],
    consents: consents.get(id) ?? [],
    corrections: corrections.get(id) ?? [],
  });
}
