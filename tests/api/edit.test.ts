import { describe, expect, it } from 'vitest';
import { fromLonLatConverter, toLonLatConverter } from '../../src/geo/crs';
import { openApi } from '../../src/api/service';
import { Project } from '../../src/store/project';
import { writeProjectData } from '../../src/store/project-data-writer';
import { smallData, tempFile } from '../store/fixtures';

const X = 39402000;
const Y = 3860000;
const ll = (x: number, y: number) => toLonLatConverter(4527)([X + x, Y + y]);
const ctx = { actor: 'tester' };

function api() {
  const file = tempFile();
  const project = Project.create(file, { name: 't', srsId: 4527, synthetic: true }, 'tester');
  writeProjectData(project, smallData(), 'tester');
  project.close();
  return openApi(file, 'tester');
}

describe('the edit API', () => {
  it('returns a parcel outline in lon/lat at full precision', async () => {
    const a = api();
    const res = await a.dispatch('parcels.geometry', { id: 1 }, ctx);
    if (!res.ok) throw new Error(res.error.message);
    const ring = (res.data as { geometry: { coordinates: number[][][][] } }).geometry.coordinates[0]![0]!;
    const [x, y] = fromLonLatConverter(4527)(ring[1]!);
    expect(Math.abs(x - (X + 20))).toBeLessThan(1e-6);
    expect(Math.abs(y - Y)).toBeLessThan(1e-6);
    a.close();
  });

  it('splits by areas in 亩 and reports the pieces with their areas', async () => {
    const a = api();
    const res = await a.dispatch('parcels.splitByAreas', { id: 1, areasMu: [1] }, ctx);
    if (!res.ok) throw new Error(res.error.message);
    const data = res.data as { parcels: { areas: { ellipsoidM2: number } }[]; originalM2: number; piecesM2: number };
    expect(data.parcels).toHaveLength(2);
    expect(Math.abs(data.parcels[0]!.areas.ellipsoidM2 - 10000 / 15)).toBeLessThanOrEqual(1e-4);
    expect(Math.abs(data.piecesM2 - data.originalM2)).toBeLessThanOrEqual(0.01);
    a.close();
  });

  it('splits along a lon/lat line, then undoes and redoes it', async () => {
    const a = api();
    const split = await a.dispatch('parcels.split', { id: 1, line: [ll(10, -5), ll(10, 105)] }, ctx);
    expect(split).toMatchObject({ ok: true, data: { removed: [{ id: 1 }] } });
    const undo = await a.dispatch('edits.undo', {}, ctx);
    expect(undo).toMatchObject({ ok: true, data: { kind: 'split', restoredIds: [1] } });
    expect(await a.dispatch('edits.redo', {}, ctx)).toMatchObject({ ok: true, data: { kind: 'split' } });
    expect(await a.dispatch('edits.redo', {}, ctx)).toEqual({ ok: true, data: null });
    expect(await a.dispatch('edits.list', {}, ctx)).toMatchObject({ ok: true, data: [{ kind: 'split', undone: false }] });
    a.close();
  });

  it('refuses a merge of parcels apart with the reason, and an unknown parcel as not found', async () => {
    const a = api();
    expect(await a.dispatch('parcels.merge', { ids: [1, 3] }, ctx)).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(/do not share a boundary/) } });
    expect(await a.dispatch('parcels.merge', { ids: [1, 99] }, ctx)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const merged = await a.dispatch('parcels.merge', { ids: [1, 2] }, ctx);
    if (!merged.ok) throw new Error(merged.error.message);
    const id = (merged.data as { parcels: { id: number }[] }).parcels[0]!.id;
    expect(await a.dispatch('parcels.lineage', { id }, ctx)).toMatchObject({ ok: true, data: { ancestors: [{ kind: 'merge' }, { kind: 'merge' }] } });
    a.close();
  });

  it('creates, reshapes and cuts a hole from lon/lat input', async () => {
    const a = api();
    const square = (x: number, w: number) => ({ type: 'Polygon', coordinates: [[ll(x, 0), ll(x + w, 0), ll(x + w, 100), ll(x, 100), ll(x, 0)]] });
    const created = await a.dispatch('parcels.create', { geometry: square(60, 20), name: '新地', landClass: '0103', groupCode: '37172210400101' }, ctx);
    expect(created).toMatchObject({ ok: true, data: { code: '3717221040010100004' } });
    const reshaped = await a.dispatch('parcels.reshape', { id: 3, geometry: square(40, 20) }, ctx);
    expect(reshaped.ok && Math.abs((reshaped.data as { areas: { planarM2: number } }).areas.planarM2 - 2000)).toBeLessThan(1e-6);
    const hole = await a.dispatch('parcels.cutHole', { id: 3, ring: [ll(45, 10), ll(50, 10), ll(50, 20)] }, ctx);
    expect(hole.ok && (hole.data as { areas: { planarM2: number } }).areas.planarM2).toBeCloseTo(1975, 4);
    const outside = await a.dispatch('parcels.cutHole', { id: 3, ring: [ll(45, 10), ll(500, 10), ll(500, 20)] }, ctx);
    expect(outside).toMatchObject({ ok: false, error: { code: 'refused' } });
    a.close();
  });
});
