import type { ContractDraft } from '../../domain/contract/contract-draft';
import { ContractError } from '../../store/contracts/contract-error';
import { requireContract, updateDraft } from '../../store/contracts/contracts-repo';
import { retiredParcel } from '../../store/edits/retired-parcels';
import { suggestBoundaries } from '../../store/four-boundaries-repo';
import { getParcel } from '../../store/parcels-repo';
import type { Project } from '../../store/project';
import { resolveContract } from './resolve-contract';

/**
 * The planner confirms what LT-22 proposes: each parcel of the draft that a split or merge took away is
 * replaced by the live parcels that came from it, with 四至 from the map; a partial area is shared out by
 * area. Saved as an ordinary draft update (audited), so the draft's findings are checked again.
 */
export function followLineage(project: Project, id: number, actor: string): void {
  const record = requireContract(project, id);
  if (record.status !== 'draft') throw new ContractError('refused', `合同 ${record.number ?? id} 已编号，其地块只能以变更方式调整`, 'id');
  const parcels: ContractDraft['parcels'] = [];
  let replaced = 0;
  for (const p of record.draft.parcels) {
    if (getParcel(project, p.parcelId) || parcels.some((x) => x.parcelId === p.parcelId)) {
      if (!parcels.some((x) => x.parcelId === p.parcelId)) parcels.push(p);
      continue;
    }
    const { last, retired } = retiredParcel(project, p.parcelId, id);
    if (retired.successors.length === 0) throw new ContractError('refused', `地块 ${last.code} 已不在图层中，也没有后继地块；请在草稿中改选地块`, 'draft.parcels');
    const total = retired.successors.reduce((s, x) => s + x.areaM2, 0);
    const fresh = retired.successors.filter((s) => !parcels.some((x) => x.parcelId === s.id));
    const boundaries = new Map(suggestBoundaries(project, fresh.map((s) => s.id)).map((b) => [b.parcelId, b.boundaries]));
    for (const s of fresh) {
      parcels.push({ parcelId: s.id, areaM2: p.areaM2 === null ? null : (p.areaM2 * s.areaM2) / total, boundaries: boundaries.get(s.id) ?? p.boundaries, remark: p.remark });
    }
    replaced++;
  }
  if (replaced === 0) throw new ContractError('refused', `合同草稿 ${id} 的地块都在图层中，无需改用新地块`, 'id');
  const draft = { ...record.draft, parcels };
  // A successor merged with another household's land is refused here, naming it.
  resolveContract(project, draft, project.today(), id, 'input');
  updateDraft(project, id, draft, actor);
}
