import { describe, expect, it } from 'vitest';
import { caseDocumentMethods } from '../../../src/api/methods/case-documents';
import type { CaseViewData } from '../../../renderer/cases/case-api';
import {
  CASE_DOCUMENTS,
  casePrintRequest,
  defaultConsentKind,
  documentChoices,
  firstApplicable,
  householdChoices,
  type CasePrintForm,
} from '../../../renderer/cases/case-print-request';

const transferors = [
  { householdId: 11, name: '张广田', rightEndDate: '2058-12-31' },
  { householdId: 12, name: '李秀英', rightEndDate: '2058-12-31' },
  { householdId: 13, name: '王建国', rightEndDate: '2058-12-31' },
];

function caseView(contract: Partial<CaseViewData['contract']>, trusteeships: unknown[] = []): CaseViewData {
  const base = { id: 7, agent: false, socialCapital: false, allowsCollateral: true, allowsRetransfer: true, transferors };
  return { contract: { ...base, ...contract }, trusteeships } as unknown as CaseViewData;
}

const form = (over: Partial<CasePrintForm>): CasePrintForm => ({
  document: 'caseSummary',
  household: 'all',
  consentKind: 'mortgage',
  trusteeshipId: null,
  format: 'pdf',
  out: ' /tmp/case/summary.pdf ',
  overwrite: false,
  ...over,
});

const accepted = (input: unknown) => caseDocumentMethods['documents.case'].input.safeParse(input).success;

describe('choosing a case document to print', () => {
  it('offers all six documents and disables those the core would refuse, naming why', () => {
    const plain = documentChoices(caseView({}));
    expect(plain.map((c) => c.document).sort()).toEqual([...CASE_DOCUMENTS].sort());
    expect(CASE_DOCUMENTS).toHaveLength(6);
    expect(Object.fromEntries(plain.map((c) => [c.document, c.notApplicable]))).toEqual({
      powerOfAttorney: 'noAgent',
      consent: null,
      socialCapitalApplication: 'notSocialCapital',
      filingRegister: null,
      trusteeshipContract: 'noTrusteeship',
      caseSummary: null,
    });
    const full = documentChoices(caseView({ agent: true, socialCapital: true }, [{ id: 3 }]));
    expect(full.every((c) => c.notApplicable === null)).toBe(true);
  });

  it('asks for a household for consents and powers of attorney, and a record for the trusteeship contract', () => {
    const needs = Object.fromEntries(documentChoices(caseView({})).map((c) => [c.document, c.needs]));
    expect(needs).toMatchObject({ consent: 'household', powerOfAttorney: 'household', trusteeshipContract: 'trusteeship', caseSummary: null, filingRegister: null });
  });

  it('opens on the first document that applies', () => {
    expect(firstApplicable(documentChoices(caseView({})))).toBe('consent');
    expect(firstApplicable(documentChoices(caseView({ agent: true })))).toBe('powerOfAttorney');
  });

  it('lists every transferor for a consent but only the agent’s principals for a power of attorney', () => {
    const v = caseView({ agent: true });
    expect(householdChoices(v, 'consent', [12]).map((h) => h.name)).toEqual(['张广田', '李秀英', '王建国']);
    expect(householdChoices(v, 'powerOfAttorney', [12, 13])).toEqual([
      { id: 12, name: '李秀英' },
      { id: 13, name: '王建国' },
    ]);
    // No principals listed means every household signed the power of attorney, as the core reads it.
    expect(householdChoices(v, 'powerOfAttorney', [])).toHaveLength(3);
  });

  it('suggests a consent to mortgage unless the contract allows only re-transfer', () => {
    expect(defaultConsentKind(caseView({}))).toBe('mortgage');
    expect(defaultConsentKind(caseView({ allowsCollateral: false }))).toBe('retransfer');
    expect(defaultConsentKind(caseView({ allowsCollateral: false, allowsRetransfer: false }))).toBe('mortgage');
  });
});

describe('the documents.case request', () => {
  it('sends only what the chosen document reads, with the path trimmed', () => {
    const summary = casePrintRequest(7, form({ household: 12, trusteeshipId: 3 }));
    expect(summary).toEqual({ contractId: 7, document: 'caseSummary', format: 'pdf', out: '/tmp/case/summary.pdf', overwrite: false });
    expect(accepted(summary)).toBe(true);
  });

  it('names the household and the consent kind for one consent letter, and leaves the household out for all', () => {
    const one = casePrintRequest(7, form({ document: 'consent', household: 12, consentKind: 'retransfer', format: 'docx' }));
    expect(one).toMatchObject({ document: 'consent', householdId: 12, consentKind: 'retransfer', format: 'docx' });
    expect(accepted(one)).toBe(true);
    const all = casePrintRequest(7, form({ document: 'consent' }));
    expect(all).not.toHaveProperty('householdId');
    expect(all.consentKind).toBe('mortgage');
    expect(accepted(all)).toBe(true);
    const poa = casePrintRequest(7, form({ document: 'powerOfAttorney', household: 13 }));
    expect(poa).toMatchObject({ householdId: 13 });
    expect(poa).not.toHaveProperty('consentKind');
  });

  it('passes the trusteeship record chosen, or none so the core takes the only one', () => {
    expect(casePrintRequest(7, form({ document: 'trusteeshipContract', trusteeshipId: 3 })).trusteeshipId).toBe(3);
    expect(casePrintRequest(7, form({ document: 'trusteeshipContract' }))).not.toHaveProperty('trusteeshipId');
  });

  it('is refused by the API schema when the path is left blank', () => {
    expect(accepted(casePrintRequest(7, form({ out: '   ' })))).toBe(false);
  });
});
