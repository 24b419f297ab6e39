import { describe, expect, it } from 'vitest';
import { contract, methodNames } from '../../src/api/contract';
import { methodInputSchemas } from '../../src/api/json-schema';
import { openApi } from '../../src/api/service';
import { Project } from '../../src/store/project';
import { writeProjectData } from '../../src/store/project-data-writer';
import { smallData, tempFile } from '../store/fixtures';

function api() {
  const file = tempFile();
  const project = Project.create(file, { name: 't', srsId: 4527, synthetic: false }, 'tester');
  writeProjectData(project, smallData(), 'tester');
  project.close();
  return openApi(file, 'tester');
}
const ctx = { actor: 'tester' };

describe('the API dispatch', () => {
  it('answers project.info with counts that pass the output schema', async () => {
    const a = api();
    const res = await a.dispatch('project.info', {}, ctx);
    expect(res.ok).toBe(true);
    if (res.ok) expect(contract['project.info'].output.parse(res.data).counts.parcels).toBe(3);
    a.close();
  });

  it('rejects bad input naming the field, and changes nothing', async () => {
    const a = api();
    const res = await a.dispatch('parcels.update', { id: 1, qualityGrade: 11 }, ctx);
    expect(res).toMatchObject({ ok: false, error: { code: 'bad_input', issues: [{ path: 'qualityGrade' }] } });
    const extra = await a.dispatch('parcels.get', { id: 1, sneaky: true }, ctx);
    expect(extra.ok).toBe(false);
    const audit = await a.dispatch('audit.list', {}, ctx);
    expect(audit.ok && (audit.data as { action: string }[]).some((e) => e.action === 'update')).toBe(false);
    a.close();
  });

  it('reports an unknown method and a missing parcel with their own codes', async () => {
    const a = api();
    expect(await a.dispatch('parcels.delete', {}, ctx)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await a.dispatch('parcels.get', { id: 999 }, ctx)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    a.close();
  });

  it('updates a parcel and returns it with an audit entry', async () => {
    const a = api();
    const res = await a.dispatch('parcels.update', { id: 1, name: '北坡地', landClass: '0102' }, ctx);
    expect(res).toMatchObject({ ok: true, data: { name: '北坡地', landClass: { code: '0102', name: '水浇地' } } });
    const audit = await a.dispatch('audit.list', { limit: 1 }, ctx);
    expect(audit).toMatchObject({ ok: true, data: [{ action: 'update', actor: 'tester', after: { name: '北坡地', landClass: '0102' } }] });
    a.close();
  });

  it('lists the parcels in a view box', async () => {
    const a = api();
    const info = await a.dispatch('project.info', {}, ctx);
    if (!info.ok) throw new Error('info failed');
    const extent = (info.data as { extent: [number, number, number, number] }).extent;
    const res = await a.dispatch('parcels.inView', { bbox: extent }, ctx);
    expect(res).toMatchObject({ ok: true, data: { total: 3 } });
    a.close();
  });

  it('describes every method input as JSON Schema', () => {
    const schemas = methodInputSchemas();
    expect(Object.keys(schemas).sort()).toEqual([...methodNames].sort());
    expect(schemas['parcels.get']).toMatchObject({ type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] });
  });
});
