import type { StepDefinition } from '../../src/domain/case/step-catalogue';
import { statusBefore } from '../../src/domain/contract/contract-correction';
import { today } from '../calendar/today';
import { ConfirmDialog, type CorrectionInput } from '../contracts/ConfirmDialog';
import { useI18n } from '../i18n/I18nProvider';
import type { CaseViewData } from './case-api';

/** Completing a step that moves the contract (the number it will get, when numbering), or taking it back. */
export type LegalStep = { kind: 'complete'; number: string | null } | { kind: 'takeBack' };

interface StepLegalDialogProps {
  def: StepDefinition & { contractStatus: 'numbered' | 'filed' | 'active' };
  contract: CaseViewData['contract'];
  legal: LegalStep;
  onComplete: () => Promise<unknown>;
  onTakeBack: (input: CorrectionInput) => Promise<unknown>;
  onClose: () => void;
}

/**
 * The confirmation before a step moves the contract (审核编号 numbers it, 备案 files it, 交付 makes it
 * take effect), and the recorded correction that alone takes such a step back with the contract.
 */
export function StepLegalDialog({ def, contract, legal, onComplete, onTakeBack, onClose }: StepLegalDialogProps) {
  const { t } = useI18n();
  const step = t(`cases.step.${def.key}`);
  const event = t(`correction.event.${def.contractStatus}`);
  if (legal.kind === 'complete') {
    return (
      <ConfirmDialog title={t('correction.step.title', { step })} confirmLabel={t('correction.step.confirm')} onConfirm={onComplete} onClose={onClose}>
        <p>{t(`correction.step.body.${def.contractStatus}`, { id: contract.id, number: legal.number ?? contract.number ?? '', date: today() })}</p>
      </ConfirmDialog>
    );
  }
  const date = { numbered: contract.numberedOn, filed: contract.filedOn, active: contract.activeOn }[def.contractStatus] ?? '';
  const number = contract.number ?? '';
  const to = statusBefore(def.contractStatus, { numbered: contract.numberedOn, filed: contract.filedOn, active: contract.activeOn, terminated: contract.terminatedOn }) ?? 'draft';
  return (
    <ConfirmDialog title={t('correction.step.undoTitle', { step })} confirmLabel={t('correction.record')} correction onConfirm={onTakeBack} onClose={onClose}>
      <p>{t('correction.step.undoBody', { event })}</p>
      <p>
        {def.contractStatus === 'numbered'
          ? t('correction.revoke.body', { number, date })
          : t('correction.undo.body', { number, date, event, to: t(`contract.status.${to}`) })}
      </p>
    </ConfirmDialog>
  );
}
