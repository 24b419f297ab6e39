import type { CaseFacts } from '../../domain/case/case-facts';
import type { RecordKind, CaseRecordOf } from '../../store/cases/case-records-repo';
import { ContractError } from '../../store/contracts/contract-error';

/** Half a square centimetre: areas entered in 亩 and converted may differ from the stored m² in the last digits. */
const AREA_SLACK_M2 = 1e-4;

const bad = (path: string, message: string) => new ContractError('bad_input', message, path);

/**
 * A record may only name the case's own households and parcels, and cover no more of a parcel than the
 * contract transfers; the error names the field.
 */
export function checkRecord<K extends RecordKind>(kind: K, record: CaseRecordOf<K>, facts: CaseFacts): void {
  const c = facts.contract;
  if (kind === 'consent') {
    const { householdId } = record as CaseRecordOf<'consent'>;
    if (!c.transferors.some((t) => t.householdId === householdId)) {
      throw bad('consent.householdId', `承包户 ${householdId} 不是合同 ${c.number ?? c.id} 的流出方，不能登记其同意书`);
    }
  }
  if (kind === 'mortgage') {
    (record as CaseRecordOf<'mortgage'>).parcels.forEach((p, i) => {
      const parcel = c.parcels.find((q) => q.parcelId === p.parcelId);
      if (!parcel) throw bad(`mortgage.parcels.${i}.parcelId`, `地块 ${p.parcelId} 不在合同 ${c.number ?? c.id} 的流转地块之列，不能抵押`);
      if (p.areaM2 > parcel.areaM2 + AREA_SLACK_M2) {
        throw bad(`mortgage.parcels.${i}.areaM2`, `地块 ${parcel.code} 抵押面积 ${p.areaM2} m² 超过合同流转面积 ${parcel.areaM2} m²`);
      }
    });
  }
}
