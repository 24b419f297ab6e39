/** The linkage quota ledger (挂钩指标台账): events, balances, invariants, alerts, statements. */
export * from './quota-event';
export * from './quota-balance';
export * from './ledger-policy';
export * from './ledger-invariants';
export * from './event-checks';
export * from './balance-checks';
export * from './apply-event';
export * from './check-ledger';
export * from './revolving-alerts';
export * from './county-totals';
export * from './statement';
