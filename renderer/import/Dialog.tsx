import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import './dialog.css';

interface DialogProps {
  title: string;
  testId: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
}

/** A modal over the map; Escape and the × close it. Used by the import and export dialogs. */
export function Dialog({ title, testId, onClose, children, footer }: DialogProps) {
  const { t } = useI18n();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="dialog-backdrop">
      <section className="dialog" role="dialog" aria-modal="true" aria-label={title} data-testid={testId}>
        <header className="dialog__header">
          <h2>{title}</h2>
          <button type="button" className="icon-button" onClick={onClose} aria-label={t('parcel.close')} data-testid={`${testId}-close`}>
            ×
          </button>
        </header>
        <div className="dialog__body">{children}</div>
        {footer && <footer className="dialog__footer">{footer}</footer>}
      </section>
    </div>
  );
}
