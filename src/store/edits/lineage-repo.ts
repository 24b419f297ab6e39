import type { Project } from '../project';

/** One lineage link: `child` came from `parent` (null for a drawn or imported parcel) by `kind`. */
export interface LineageEntry {
  generation: number;
  child: { id: number; code: string };
  parent: { id: number; code: string } | null;
  kind: string;
  at: string;
  actor: string;
  editId: number | null;
}

export interface ParcelLineage {
  /** Edits that changed this parcel in place or created it (reshape, hole, create). */
  own: LineageEntry[];
  /** Links up the tree: generation 1 are the parcel's parents, 2 their parents, … */
  ancestors: LineageEntry[];
  /** Links down the tree: generation 1 are the parcel's children, … */
  descendants: LineageEntry[];
}

interface Row {
  child_fid: number;
  child_code: string;
  parent_fid: number | null;
  parent_code: string | null;
  kind: string;
  at: string;
  actor: string;
  edit_id: number | null;
}

const entry = (r: Row, generation: number): LineageEntry => ({
  generation,
  child: { id: r.child_fid, code: r.child_code },
  parent: r.parent_fid === null ? null : { id: r.parent_fid, code: r.parent_code ?? '' },
  kind: r.kind,
  at: r.at,
  actor: r.actor,
  editId: r.edit_id,
});

/** The parcel's history through splits and merges, by fid (codes of removed parcels stay readable). */
export function parcelLineage(project: Project, id: number): ParcelLineage {
  const cols = `child_fid, child_code, parent_fid, parent_code, kind, at, actor, edit_id`;
  const byChild = project.db.prepare(`SELECT ${cols} FROM parcel_lineage WHERE child_fid = ? ORDER BY id`);
  const byParent = project.db.prepare(`SELECT ${cols} FROM parcel_lineage WHERE parent_fid = ? AND child_fid != parent_fid ORDER BY id`);
  const own = (byChild.all(id) as Row[]).filter((r) => r.parent_fid === null || r.parent_fid === r.child_fid).map((r) => entry(r, 0));
  const walk = (next: (fid: number) => Row[], step: (r: Row) => number): LineageEntry[] => {
    const out: LineageEntry[] = [];
    const seen = new Set([id]);
    let frontier = [id];
    for (let generation = 1; frontier.length > 0; generation++) {
      const rows = frontier.flatMap(next);
      out.push(...rows.map((r) => entry(r, generation)));
      frontier = rows.map(step).filter((f) => !seen.has(f));
      frontier.forEach((f) => seen.add(f));
    }
    return out;
  };
  const ancestors = walk((fid) => (byChild.all(fid) as Row[]).filter((r) => r.parent_fid !== null && r.parent_fid !== r.child_fid), (r) => r.parent_fid!);
  const descendants = walk((fid) => byParent.all(fid) as Row[], (r) => r.child_fid);
  return { own, ancestors, descendants };
}
