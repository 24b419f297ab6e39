import type { AreaGeometry } from '../../../domain/geometry';
import type { LandClassCode } from '../../../domain/land-class';
import type { LandClassBalance } from '../../../domain/linkage/land-class-balance';
import type { ConstructionUse } from '../../../domain/linkage/linkage-facts';
import type { QuotaBalance, RevolvingAlert, StatementRow } from '../../../domain/linkage/quota-ledger';
import type { ComparisonRow } from '../../../domain/linkage/relocation/compare-scenarios';
import type { ConsentSummary } from '../../../domain/linkage/relocation/consent-summary';
import type { ScenarioEvaluation } from '../../../domain/linkage/relocation/evaluate-scenario';
import type { RelocationHousehold } from '../../../domain/linkage/relocation/relocation-household';
import type { Scenario } from '../../../domain/linkage/relocation/scenario';
import type { LinkageFinding } from '../../../domain/linkage/rules/rule';

/**
 * Everything the printed relocation proposal (搬迁安置方案) shows, resolved on one date. The API gathers
 * it from the store (src/api/linkage/proposal-data.ts); the document only formats it. The project and
 * parcel records live in the store, which documents may not import, so only the fields printed are
 * named here; the store's records satisfy them as they are. Areas are exact m², rounded only on print.
 */
export interface ProposalInput {
  asOf: string;
  /** Short hash of the data printed, on every page's footer. */
  fingerprint: string;
  project: {
    code: string;
    name: string;
    townships: string[];
    approvalDoc: string | null;
    startDate: string;
    deadline: string;
    status: string;
    villages: { name: string; resolution: { docNo: string; date: string } | null }[];
  };
  parcels: {
    demolition: { code: string; villageName: string; households: number; areaM2: number; landClassBefore: LandClassCode; targetClass: LandClassCode | null; geometry: AreaGeometry }[];
    construction: { code: string; use: ConstructionUse; landClassBefore: LandClassCode; occupiedCultivatedM2: number; areaM2: number; geometry: AreaGeometry }[];
    /** The drawn project boundary (项目区范围), empty when none is drawn. Planar CRS, like the parcels. */
    boundary: AreaGeometry[];
  };
  /** Every rule checked, in rule order, with its printed title and legal basis. */
  rules: { id: string; title: string; basis: string }[];
  findings: LinkageFinding[];
  landClassTable: LandClassBalance;
  households: RelocationHousehold[];
  consent: ConsentSummary | null;
  scenarios: { scenario: Scenario; chosen: boolean }[];
  /** The saved scenarios evaluated side by side; null when there is none or no household to place. */
  comparison: { evaluations: ScenarioEvaluation[]; rows: ComparisonRow[] } | null;
  /** Why the scenarios could not be evaluated (e.g. a parameter with no entry in force), else null. */
  scenarioProblem: string | null;
  quota: { statement: StatementRow[]; balance: QuotaBalance; alerts: RevolvingAlert[] };
}

export type ProposalDemolitionParcel = ProposalInput['parcels']['demolition'][number];
