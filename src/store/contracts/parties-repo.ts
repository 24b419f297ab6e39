import { z } from 'zod';
import { PartyKindSchema, type PartyKind } from '../../domain/contract/contract-facts';
import { MAX_CODE_LENGTH, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../../domain/input-limits';
import type { Project } from '../project';

/** 乙方 and other parties of contracts (the `parties` table of migration 001, collective flag from 003). */

export const NewPartySchema = z
  .object({
    kind: PartyKindSchema,
    name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
    uscc: z.string().trim().toUpperCase().max(MAX_CODE_LENGTH).optional(),
    idNumber: z.string().trim().toUpperCase().max(MAX_CODE_LENGTH).optional(),
    representative: z.string().trim().max(MAX_NAME_LENGTH).optional(),
    address: z.string().trim().max(MAX_TEXT_LENGTH).optional(),
    phone: z.string().trim().max(MAX_CODE_LENGTH).optional(),
    /** A member of the collective whose land is transferred: not social capital (LT-12, LT-16). */
    collectiveMember: z.boolean().default(false),
  })
  .strict();
export type NewParty = z.infer<typeof NewPartySchema>;

export const PartySchema = z.object({
  id: z.number().int().positive(),
  kind: PartyKindSchema,
  name: z.string(),
  uscc: z.string().nullable(),
  idNumber: z.string().nullable(),
  representative: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  householdId: z.number().int().nullable(),
  collectiveMember: z.boolean(),
});
export type Party = z.infer<typeof PartySchema>;

interface Row {
  id: number;
  kind: PartyKind;
  name: string;
  uscc: string | null;
  id_number: string | null;
  representative: string | null;
  address: string | null;
  phone: string | null;
  household_id: number | null;
  collective_member: number;
}

const toParty = (r: Row): Party => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  uscc: r.uscc,
  idNumber: r.id_number,
  representative: r.representative,
  address: r.address,
  phone: r.phone,
  householdId: r.household_id,
  collectiveMember: r.collective_member === 1,
});

export function listParties(project: Project, kind?: PartyKind): Party[] {
  const rows = (
    kind
      ? project.db.prepare(`SELECT * FROM parties WHERE kind = ? ORDER BY name, id`).all(kind)
      : project.db.prepare(`SELECT * FROM parties ORDER BY kind, name, id`).all()
  ) as Row[];
  return rows.map(toParty);
}

export function getParty(project: Project, id: number): Party | null {
  const row = project.db.prepare(`SELECT * FROM parties WHERE id = ?`).get(id) as Row | undefined;
  return row ? toParty(row) : null;
}

/** Stores a party; the caller has validated its USCC or ID number. */
export function createParty(project: Project, party: NewParty, actor: string): Party {
  return project.write(actor, ({ db, audit }) => {
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO parties (kind, name, uscc, id_number, representative, address, phone, collective_member, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        party.kind,
        party.name,
        party.uscc || null,
        party.idNumber || null,
        party.representative || null,
        party.address || null,
        party.phone || null,
        party.collectiveMember ? 1 : 0,
        project.now(),
      );
    const id = Number(lastInsertRowid);
    audit({ action: 'create', entity: 'party', entityId: String(id), after: party });
    return getParty(project, id)!;
  });
}
