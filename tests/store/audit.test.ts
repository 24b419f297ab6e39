import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/calendar/clock';
import { auditChainHead, auditRowCount, listAudit } from '../../src/store/audit';
import { verifyAuditChain } from '../../src/store/audit-verify';
import { updateParcel } from '../../src/store/parcels-repo';
import { Project } from '../../src/store/project';
import { writeProjectData } from '../../src/store/project-data-writer';
import { smallData, tempFile } from './fixtures';

const meta = { name: 't', srsId: 4527, synthetic: false };

describe('the audit chain as writes extend it', () => {
  it('moves the head to each new row, whose id also counts the rows', () => {
    const file = tempFile();
    const project = Project.create(file, meta, 'tester');
    const first = auditChainHead(project.db)!;
    writeProjectData(project, smallData(), 'tester');
    const head = auditChainHead(project.db)!;
    expect(head.id).toBe(first.id + 1);
    expect(head.id).toBe(auditRowCount(project.db));
    expect(head.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(head.hash).not.toBe(first.hash);
    expect(project.db.prepare(`SELECT prev_hash FROM audit_log WHERE id = ?`).pluck().get(head.id)).toBe(first.hash);
    project.close();
  });

  it('stamps a row no earlier than the one before it when the clock has been set back', () => {
    const file = tempFile();
    Project.create(file, meta, 'tester', { clock: fixedClock('2026-11-30T12:00:00+08:00') }).close();
    const project = Project.open(file, 'tester', { clock: fixedClock('2026-11-30T11:59:00+08:00') });
    writeProjectData(project, smallData(), 'tester');
    expect(listAudit(project.db, 1)[0]!.at).toBe('2026-11-30T04:00:00.000Z');
    expect(verifyAuditChain(project.db).ok).toBe(true);
    updateParcel(project, 1, { name: '东大地甲' }, 'tester');
    project.close();
    const later = Project.open(file, 'tester', { clock: fixedClock('2026-11-30T12:05:00+08:00') });
    updateParcel(later, 1, { name: '东大地乙' }, 'tester');
    expect(listAudit(later.db, 1)[0]!.at).toBe('2026-11-30T04:05:00.000Z');
    later.close();
  });
});
