import { getParcel } from '../parcels-repo';
import type { Project, WriteScope } from '../project';
import { ContractError } from './contract-error';
import type { ContractRecord } from './contracts-repo';
import { householdsByIds } from './households-repo';
import { requireOneTransfer } from './one-transfer-guard';
import { parcelTable } from './parcel-table';
import { saveSignedParcels } from './signed-parcels-repo';

const DOING = { numbered: '编号', filed: '备案', active: '生效' } as const;

/**
 * What holds when a contract comes into force, called from the one place each status change is written
 * (numbering, filing, taking effect): no other contract in force holds its parcels on a day of its term
 * (LT-21), and at numbering the parcel table is kept as signed.
 */
export function enterForce({ db }: WriteScope, project: Project, record: ContractRecord, to: keyof typeof DOING, on: string): void {
  requireOneTransfer(db, record, DOING[to], on);
  if (to !== 'numbered') return;
  const parcels = record.draft.parcels.map((p, i) => {
    const parcel = getParcel(project, p.parcelId);
    if (!parcel) throw new ContractError('refused', `地块 ${p.parcelId} 已不在地块图层中，合同 ${record.id} 不能编号`, `draft.parcels.${i}.parcelId`);
    return parcel;
  });
  saveSignedParcels(db, record.id, parcelTable(record.draft, parcels, householdsByIds(project, record.draft.transferorHouseholdIds)));
}
