import { z } from 'zod';
import type { Project } from '../project';
import { MAX_NAME_LENGTH, MAX_YUAN } from '../../domain/input-limits';
import { CalendarDateSchema } from '../../domain/calendar/calendar-date';

/** Rent payments received by households (租金收付记录), against the due dates of a contract's schedule. */


export const NewPaymentSchema = z
  .object({
    contractId: z.number().int().positive(),
    householdId: z.number().int().positive(),
    dueDate: CalendarDateSchema,
    amountYuan: z.number().positive().max(MAX_YUAN),
    paidOn: CalendarDateSchema,
    method: z.enum(['bank_transfer', 'cash', 'other']),
    receiptNo: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  })
  .strict();
export type NewPayment = z.infer<typeof NewPaymentSchema>;

export const PaymentSchema = NewPaymentSchema.extend({ id: z.number().int().positive(), recordedBy: z.string(), recordedAt: z.string() });
export type Payment = z.infer<typeof PaymentSchema>;

interface Row {
  id: number;
  contract_id: number;
  household_id: number;
  due_date: string;
  paid_on: string;
  amount_yuan: number;
  method: Payment['method'];
  receipt_no: string;
  recorded_by: string;
  recorded_at: string;
}

const toPayment = (r: Row): Payment => ({
  id: r.id,
  contractId: r.contract_id,
  householdId: r.household_id,
  dueDate: r.due_date,
  amountYuan: r.amount_yuan,
  paidOn: r.paid_on,
  method: r.method,
  receiptNo: r.receipt_no,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
});

/** Stores one payment; the caller has checked the contract is in force and the household is its 甲方. */
export function recordPayment(project: Project, payment: NewPayment, actor: string): Payment {
  return project.write(actor, ({ db, audit }) => {
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO rent_payments (contract_id, household_id, due_date, paid_on, amount_yuan, method, receipt_no, recorded_by, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(payment.contractId, payment.householdId, payment.dueDate, payment.paidOn, payment.amountYuan, payment.method, payment.receiptNo, actor, project.now());
    const id = Number(lastInsertRowid);
    audit({ action: 'create', entity: 'rent_payment', entityId: String(id), after: payment });
    return toPayment(db.prepare(`SELECT * FROM rent_payments WHERE id = ?`).get(id) as Row);
  });
}

export function paymentsOf(project: Project, contractId?: number): Payment[] {
  const rows = (
    contractId === undefined
      ? project.db.prepare(`SELECT * FROM rent_payments ORDER BY contract_id, due_date, household_id, id`).all()
      : project.db.prepare(`SELECT * FROM rent_payments WHERE contract_id = ? ORDER BY due_date, household_id, id`).all(contractId)
  ) as Row[];
  return rows.map(toPayment);
}
