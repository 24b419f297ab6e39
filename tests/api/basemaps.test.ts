import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApi } from '../../src/api/service';
import { Project } from '../../src/store/project';
import { listAudit } from '../../src/store/audit';
import { RASTER_MBTILES, tempDir, VECTOR_MBTILES, writeText } from '../io/mbtiles/fixtures';
import { tempFile } from '../store/fixtures';

const ctx = { actor: 'tester' };

function newProject(): string {
  const file = tempFile();
  Project.create(file, { name: 't', srsId: 4527, synthetic: false }, 'tester').close();
  return file;
}

async function data(promise: ReturnType<ReturnType<typeof openApi>['dispatch']>) {
  const res = await promise;
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
  return res.data as any;
}

describe('the basemaps methods', () => {
  it('add an MBTiles file with what its metadata says, unselected', async () => {
    const api = openApi(newProject(), 'tester');
    const added = await data(api.dispatch('basemaps.add', { path: VECTOR_MBTILES }, ctx));
    expect(added).toMatchObject({
      name: 'Major cities from Natural Earth data',
      path: VECTOR_MBTILES,
      kind: 'vector',
      tileFormat: 'pbf',
      minZoom: 0,
      maxZoom: 6,
      bounds: [-123.12359, -37.818085, 174.763027, 59.352706],
      attribution: null,
      selected: false,
    });
    expect(await data(api.dispatch('basemaps.list', {}, ctx))).toEqual([added]);
    expect(listAudit(api.project.db, 1)[0]).toMatchObject({ action: 'add', entity: 'basemap', actor: 'tester' });
    api.close();
  });

  it('remember the selected basemap after the project is reopened, and select none with null', async () => {
    const file = newProject();
    let api = openApi(file, 'tester');
    const raster = await data(api.dispatch('basemaps.add', { path: RASTER_MBTILES }, ctx));
    const vector = await data(api.dispatch('basemaps.add', { path: VECTOR_MBTILES }, ctx));
    await data(api.dispatch('basemaps.select', { id: raster.id }, ctx));
    const list = await data(api.dispatch('basemaps.select', { id: vector.id }, ctx));
    expect(list.map((b: { selected: boolean }) => b.selected)).toEqual([false, true]);
    api.close();

    api = openApi(file, 'tester');
    const reopened = await data(api.dispatch('basemaps.list', {}, ctx));
    expect(reopened.filter((b: { selected: boolean }) => b.selected).map((b: { id: number }) => b.id)).toEqual([vector.id]);
    const none = await data(api.dispatch('basemaps.select', { id: null }, ctx));
    expect(none.some((b: { selected: boolean }) => b.selected)).toBe(false);
    api.close();
  });

  it('remove a basemap, dropping the selection with it, and leave the file in place', async () => {
    const api = openApi(newProject(), 'tester');
    const raster = await data(api.dispatch('basemaps.add', { path: RASTER_MBTILES }, ctx));
    await data(api.dispatch('basemaps.select', { id: raster.id }, ctx));
    expect(await data(api.dispatch('basemaps.remove', { id: raster.id }, ctx))).toEqual([]);
    expect(listAudit(api.project.db, 1)[0]).toMatchObject({ action: 'remove', entity: 'basemap', entityId: String(raster.id) });
    // The same file can be added again afterwards.
    expect((await data(api.dispatch('basemaps.add', { path: RASTER_MBTILES }, ctx))).path).toBe(RASTER_MBTILES);
    api.close();
  });

  it('refuse a file that is not MBTiles, naming the path field and the file, and record nothing', async () => {
    const api = openApi(newProject(), 'tester');
    const notes = writeText(tempDir(), 'notes.mbtiles', 'hello');
    const res = await api.dispatch('basemaps.add', { path: notes }, ctx);
    expect(res).toMatchObject({ ok: false, error: { code: 'bad_input', issues: [{ path: 'path' }] } });
    if (!res.ok) expect(res.error.message).toContain('notes.mbtiles');
    const missing = await api.dispatch('basemaps.add', { path: join(tempDir(), 'gone.mbtiles') }, ctx);
    expect(missing).toMatchObject({ ok: false, error: { code: 'bad_input', issues: [{ path: 'path' }] } });
    expect(await data(api.dispatch('basemaps.list', {}, ctx))).toEqual([]);
    api.close();
  });

  it('refuse the same file twice, and unknown ids for select and remove', async () => {
    const api = openApi(newProject(), 'tester');
    await data(api.dispatch('basemaps.add', { path: RASTER_MBTILES }, ctx));
    expect(await api.dispatch('basemaps.add', { path: RASTER_MBTILES }, ctx)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await api.dispatch('basemaps.select', { id: 42 }, ctx)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await api.dispatch('basemaps.remove', { id: 42 }, ctx)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await api.dispatch('basemaps.select', { id: 'one' }, ctx)).toMatchObject({ ok: false, error: { code: 'bad_input', issues: [{ path: 'id' }] } });
    api.close();
  });
});
