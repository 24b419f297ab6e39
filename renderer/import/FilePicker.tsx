import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { ACCEPTED_EXTENSIONS, blocksUpload, checkPickedFiles, MAX_FILES, type FileIssue } from './source-files';

interface FilePickerProps {
  disabled: boolean;
  onPick: (files: File[]) => void;
}

const ISSUE_KEYS: Record<FileIssue['kind'], MessageKey> = {
  unsupported: 'import.files.unsupported',
  shapefileMissing: 'import.files.shapefileMissing',
  shapefileNoPrj: 'import.files.shapefileNoPrj',
  tooMany: 'import.files.tooMany',
};

/** The file input; uploads at once unless a picked set cannot be read (a .shp without .dbf, say). */
export function FilePicker({ disabled, onPick }: FilePickerProps) {
  const { t } = useI18n();
  const [issues, setIssues] = useState<FileIssue[]>([]);
  const pick = (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    const found = checkPickedFiles(files.map((f) => f.name));
    setIssues(found);
    if (!found.some(blocksUpload)) onPick(files);
  };
  return (
    <div className="file-picker">
      <label className="button button--primary file-picker__button">
        {t('import.chooseFiles')}
        <input
          type="file"
          multiple
          accept={ACCEPTED_EXTENSIONS.join(',')}
          disabled={disabled}
          data-testid="import-files"
          onChange={(e) => {
            pick(e.target.files);
            e.target.value = ''; // picking the same files again must fire change again
          }}
        />
      </label>
      <span className="hint">{t('import.filesHint', { max: MAX_FILES })}</span>
      {issues.length > 0 && (
        <ul className="notice-box notice-box--warn file-picker__issues" data-testid="import-file-issues">
          {issues.map((issue, i) => (
            <li key={i}>{t(ISSUE_KEYS[issue.kind], { file: 'file' in issue ? issue.file : '', missing: 'missing' in issue ? issue.missing : '', count: 'count' in issue ? issue.count : MAX_FILES })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
