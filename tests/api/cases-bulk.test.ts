import { describe, expect, it } from 'vitest';
import { caseBoard } from '../../src/api/cases/case-board';
import { caseViewOf, caseViews } from '../../src/api/cases/case-facts';
import { Project } from '../../src/store/project';
import { caseBenchProject } from '../bench/case-bench';
import { tempFile } from '../store/fixtures';

/** The demo's four cases and 56 copies of them on other households, with their steps, records and payments. */
function grownDemo(): Project {
  const file = tempFile();
  caseBenchProject(file, 60);
  return Project.open(file, 'tester');
}

describe('the board’s bulk reading of cases', () => {
  it('gives exactly the case views that reading each case through its contract view gives, on days before, during and after the terms', () => {
    const project = grownDemo();
    try {
      const ids = project.db.prepare(`SELECT id FROM contracts ORDER BY number IS NULL, number, id`).pluck().all() as number[];
      expect(ids).toHaveLength(60);
      for (const asOf of ['2025-03-01', '2026-11-29', '2031-07-15', '2060-01-01']) {
        const { views: bulk, unreadable } = caseViews(project, asOf);
        expect(unreadable).toEqual([]);
        expect(bulk.map((v) => v.contract.id)).toEqual(ids);
        expect(bulk).toEqual(ids.map((id) => caseViewOf(project, id, asOf)));
      }
      // The copies differ from their demo case: other households, parcels and areas.
      const areas = new Set(caseViews(project, '2026-11-29').views.map((v) => v.contract.areaM2));
      expect(areas.size).toBeGreaterThan(40);
    } finally {
      project.close();
    }
  });

  it('filters by town before building views, and a town with no cases has an empty board', () => {
    const project = grownDemo();
    try {
      const all = caseBoard(project, {}, '2026-11-29');
      const town = all.rows[0]!.town;
      expect(caseBoard(project, { town }, '2026-11-29')).toEqual(all);
      expect(caseBoard(project, { town: '不存在镇' }, '2026-11-29').rows).toEqual([]);
    } finally {
      project.close();
    }
  });

  it('reads a contract whose parcel is gone one by one, showing the parcel at its last known code as the contract screens do', () => {
    const project = grownDemo();
    try {
      const id = project.db.prepare(`SELECT id FROM contracts WHERE status = 'draft' ORDER BY id LIMIT 1`).pluck().get() as number;
      const parcelId = JSON.parse(project.db.prepare(`SELECT draft_json FROM contracts WHERE id = ?`).pluck().get(id) as string).parcels[0].parcelId;
      project.db.pragma('foreign_keys = OFF');
      project.db.prepare(`DELETE FROM parcels WHERE fid = ?`).run(parcelId);
      const code = project.db.prepare(`SELECT parcel_code FROM contract_parcels WHERE contract_id = ? AND parcel_fid = ?`).pluck().get(id, parcelId);
      const one = caseViewOf(project, id, '2026-11-29');
      expect(one.contract.parcels.find((p) => p.parcelId === parcelId)?.code).toBe(code);
      const { views, unreadable } = caseViews(project, '2026-11-29');
      expect(unreadable).toEqual([]);
      expect(views.find((v) => v.contract.id === id)).toEqual(one);
    } finally {
      project.close();
    }
  });
});
