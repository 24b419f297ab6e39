import { z } from 'zod';

/** The documents of a case (issue 5), as the API and `landlink print case --document` name them. */
export const CaseDocumentKindSchema = z.enum(['filingRegister', 'consent', 'powerOfAttorney', 'socialCapitalApplication', 'trusteeshipContract', 'caseSummary']);
export type CaseDocumentKind = z.infer<typeof CaseDocumentKindSchema>;

/** Short names for file names when one request writes a file per household. */
export const CASE_DOCUMENT_FILE_STEM: Record<CaseDocumentKind, string> = {
  filingRegister: '备案登记表',
  consent: '同意书',
  powerOfAttorney: '委托书',
  socialCapitalApplication: '社会资本审查申请表',
  trusteeshipContract: '托管服务合同',
  caseSummary: '案件进度表',
};
