import type { MethodInput } from '../../src/api/contract';
import type { CaseViewData } from './case-api';

export type CasePrintInput = MethodInput<'documents.case'>;
export type CaseDocument = CasePrintInput['document'];
export type ConsentKind = NonNullable<CasePrintInput['consentKind']>;
export type PrintFormat = CasePrintInput['format'];

/** In the order a case produces them: papers before signing, filing, the co-op's contract, the summary. */
export const CASE_DOCUMENTS: readonly CaseDocument[] = ['powerOfAttorney', 'consent', 'socialCapitalApplication', 'filingRegister', 'trusteeshipContract', 'caseSummary'];

/** Why a document does not apply to the case; each is an i18n key suffix under `cases.print.why.`. */
export type NotApplicable = 'noAgent' | 'notSocialCapital' | 'noTrusteeship';

export interface DocumentChoice {
  document: CaseDocument;
  /** Null when the document can be printed for this case. */
  notApplicable: NotApplicable | null;
  /** What else the form must ask for this document. */
  needs: 'household' | 'trusteeship' | null;
}

/** Every case document, with the reason the core would refuse it (the same checks as its handler). */
export function documentChoices(view: CaseViewData): DocumentChoice[] {
  const c = view.contract;
  const why: Record<CaseDocument, NotApplicable | null> = {
    powerOfAttorney: c.agent ? null : 'noAgent',
    consent: null,
    socialCapitalApplication: c.socialCapital ? null : 'notSocialCapital',
    filingRegister: null,
    trusteeshipContract: view.trusteeships.length > 0 ? null : 'noTrusteeship',
    caseSummary: null,
  };
  return CASE_DOCUMENTS.map((document) => ({
    document,
    notApplicable: why[document],
    needs: document === 'consent' || document === 'powerOfAttorney' ? 'household' : document === 'trusteeshipContract' ? 'trusteeship' : null,
  }));
}

/** The first document that applies, so the form never opens on a disabled one. */
export function firstApplicable(choices: readonly DocumentChoice[]): CaseDocument {
  return (choices.find((c) => c.notApplicable === null) ?? choices[choices.length - 1]!).document;
}

/**
 * The households a per-household document may be printed for: every transferor for a consent; for a power
 * of attorney the agent's principals (`principals` from the contract draft; none listed means all, as in the core).
 */
export function householdChoices(view: CaseViewData, document: CaseDocument, principals: readonly number[]): { id: number; name: string }[] {
  const all = view.contract.transferors.map((t) => ({ id: t.householdId, name: t.name }));
  if (document !== 'powerOfAttorney' || principals.length === 0) return all;
  return all.filter((h) => principals.includes(h.id));
}

/** The consent a case most likely needs: to mortgage where the contract allows it, else to re-transfer. */
export const defaultConsentKind = (view: CaseViewData): ConsentKind => (view.contract.allowsCollateral || !view.contract.allowsRetransfer ? 'mortgage' : 'retransfer');

export interface CasePrintForm {
  document: CaseDocument;
  /** 'all' writes one file per household. */
  household: number | 'all';
  consentKind: ConsentKind;
  /** Null leaves the choice to the core, which takes the case's only record. */
  trusteeshipId: number | null;
  format: PrintFormat;
  out: string;
  overwrite: boolean;
}

/** The 'documents.case' input for the form: only the fields the chosen document reads. */
export function casePrintRequest(contractId: number, form: CasePrintForm): CasePrintInput {
  const request: CasePrintInput = { contractId, document: form.document, format: form.format, out: form.out.trim(), overwrite: form.overwrite };
  if ((form.document === 'consent' || form.document === 'powerOfAttorney') && form.household !== 'all') request.householdId = form.household;
  if (form.document === 'consent') request.consentKind = form.consentKind;
  if (form.document === 'trusteeshipContract' && form.trusteeshipId !== null) request.trusteeshipId = form.trusteeshipId;
  return request;
}
