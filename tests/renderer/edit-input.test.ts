import { describe, expect, it } from 'vitest';
import { parseAreaList } from '../../renderer/edit/area-list';
import { drawShapeOf, needsOneParcel } from '../../renderer/edit/edit-tool';
import { historyStepOf } from '../../renderer/edit/shortcuts';

describe('a typed list of areas in mu', () => {
  it('reads numbers separated by commas, Chinese commas, semicolons or spaces, as typed', () => {
    expect(parseAreaList('2.5, 3, 1.2')).toEqual({ ok: true, values: [2.5, 3, 1.2] });
    expect(parseAreaList(' 2.5，3；1.2  .5 ')).toEqual({ ok: true, values: [2.5, 3, 1.2, 0.5] });
  });

  it('names the first token that is not a decimal number', () => {
    expect(parseAreaList('2.5, 3亩, 1')).toEqual({ ok: false, problem: { kind: 'notNumber', token: '3亩' } });
    expect(parseAreaList('1e3')).toEqual({ ok: false, problem: { kind: 'notNumber', token: '1e3' } });
    expect(parseAreaList('0x10')).toEqual({ ok: false, problem: { kind: 'notNumber', token: '0x10' } });
    expect(parseAreaList('-2')).toEqual({ ok: false, problem: { kind: 'notNumber', token: '-2' } });
  });

  it('refuses zero and an empty list', () => {
    expect(parseAreaList('2, 0')).toEqual({ ok: false, problem: { kind: 'notPositive', token: '0' } });
    expect(parseAreaList(' , ')).toEqual({ ok: false, problem: { kind: 'empty' } });
  });
});

describe('undo and redo keys', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });

  it('maps Ctrl+Z to undo and Ctrl+Y or Ctrl+Shift+Z to redo, also with the command key', () => {
    expect(historyStepOf(key('z', { ctrlKey: true }))).toBe('undo');
    expect(historyStepOf(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyStepOf(key('y', { ctrlKey: true }))).toBe('redo');
    expect(historyStepOf(key('z', { metaKey: true }))).toBe('undo');
  });

  it('leaves plain letters and Alt combinations alone', () => {
    expect(historyStepOf(key('z'))).toBeNull();
    expect(historyStepOf(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(historyStepOf(key('s', { ctrlKey: true }))).toBeNull();
  });
});

describe('edit tools', () => {
  it('draw polygons for new parcels and holes, a line for a split, nothing for the others', () => {
    expect(drawShapeOf('draw')).toBe('Polygon');
    expect(drawShapeOf('hole')).toBe('Polygon');
    expect(drawShapeOf('splitLine')).toBe('Line');
    expect(drawShapeOf('vertices')).toBeNull();
    expect(drawShapeOf('splitAreas')).toBeNull();
    expect(drawShapeOf(null)).toBeNull();
  });

  it('need one selected parcel except for drawing a new one', () => {
    expect(needsOneParcel('draw')).toBe(false);
    expect(needsOneParcel('splitAreas')).toBe(true);
  });
});
