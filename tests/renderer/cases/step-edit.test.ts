import { describe, expect, it } from 'vitest';
import { StepPatchSchema, type ChecklistItem } from '../../../src/domain/case/case-step';
import { editItem, needsReason, receivedCount, statusPatch, tickItem } from '../../../renderer/cases/step-edit';

const list: ChecklistItem[] = [
  { item: 'A', received: false, receivedOn: null, ref: '' },
  { item: 'B', received: true, receivedOn: '2025-03-01', ref: 'D-7' },
];

describe('step edits', () => {
  it('ask for a reason only when a step is returned, and put the reason in the note the schema requires', () => {
    expect(needsReason('returned')).toBe(true);
    expect(needsReason('done')).toBe(false);
    const back = statusPatch('returned', '2025-04-02', '  缺少身份证复印件 ');
    expect(back).toEqual({ status: 'returned', statusOn: '2025-04-02', note: '缺少身份证复印件' });
    expect(StepPatchSchema.safeParse(back).success).toBe(true);
    expect(StepPatchSchema.safeParse(statusPatch('returned', '2025-04-02', '  ')).success).toBe(false);
  });

  it('complete a step on the given day without touching its note', () => {
    const done = statusPatch('done', '2025-04-02');
    expect(done).toEqual({ status: 'done', statusOn: '2025-04-02' });
    expect(StepPatchSchema.parse(done)).toEqual(done);
  });

  it('date a ticked document today but keep a date already entered, and clear it when unticked', () => {
    expect(tickItem(list, 0, true, '2025-04-02')[0]).toEqual({ item: 'A', received: true, receivedOn: '2025-04-02', ref: '' });
    expect(tickItem(list, 1, true, '2025-04-02')[1]!.receivedOn).toBe('2025-03-01');
    expect(tickItem(list, 1, false, '2025-04-02')[1]).toEqual({ item: 'B', received: false, receivedOn: null, ref: 'D-7' });
    expect(list[0]!.received).toBe(false);
  });

  it('edit one document’s date or reference, an emptied date meaning none', () => {
    expect(editItem(list, 1, 'receivedOn', '')[1]!.receivedOn).toBeNull();
    expect(editItem(list, 0, 'ref', 'ARCH-1')[0]!.ref).toBe('ARCH-1');
    expect(editItem(list, 0, 'ref', 'ARCH-1')[1]).toBe(list[1]);
  });

  it('count the documents received', () => {
    expect(receivedCount(list)).toEqual({ received: 1, total: 2 });
  });
});
