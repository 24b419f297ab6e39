import type { WriterEntry } from '../../src/domain/writer';
import { writerSince } from '../../src/domain/writer';
import { useWriterStatus, type WriterStatus as Status } from '../api/use-writer-status';
import { today } from '../calendar/today';
import { useI18n, type I18n } from '../i18n/I18nProvider';

/** `landlink import（进程 1234，自 10:02 起）`; a writer on another computer is named by host and user too. */
function writerName(t: I18n['t'], writer: WriterEntry, here: string): string {
  const where = writer.host === here ? t('writers.process', { pid: writer.pid }) : t('writers.processOnHost', { pid: writer.pid, host: writer.host, user: writer.user });
  return t('writers.writer', { program: writer.program, where, since: writerSince(writer, today()) });
}

function waitLine(t: I18n['t'], status: Status): string {
  const { holder } = status;
  if (!holder) return t('writers.waitUnknown');
  if (holder.thisProcess) return t('writers.waitSelf', { label: holder.writing?.label ?? holder.program });
  return t('writers.wait', { who: writerName(t, holder, status.host) });
}

/**
 * A status line under the toolbar: while an edit waits for the project file it names whom it waits for
 * (「正在等待 landlink import（进程 1234，自 10:02 起）写完…」); otherwise it names the other sessions that
 * have the file open, whose edits are saved alongside this one's.
 */
export function WriterStatus() {
  const { t } = useI18n();
  const status = useWriterStatus();
  if (!status) return null;
  if (status.waiting > 0) {
    return (
      <p className="writer-status writer-status--waiting" role="status" data-testid="writer-wait">
        {waitLine(t, status)}
      </p>
    );
  }
  if (status.others.length === 0) return null;
  const who = status.others.map((w) => writerName(t, w, status.host)).join(t('writers.separator'));
  return (
    <p className="writer-status" role="status" data-testid="writer-others">
      {t('writers.others', { who })}
    </p>
  );
}
