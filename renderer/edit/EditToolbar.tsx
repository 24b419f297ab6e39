import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { needsOneParcel, type EditTool } from './edit-tool';

interface EditToolbarProps {
  tool: EditTool | null;
  selectedCount: number;
  busy: boolean;
  /** The vertex tool has unsaved changes. */
  draftReady: boolean;
  onTool: (tool: EditTool | null) => void;
  onSave: () => void;
  onMerge: () => void;
  onUndo: () => void;
  onRedo: () => void;
}

const TOOLS: ReadonlyArray<{ tool: EditTool; label: MessageKey; hint: MessageKey; testId: string }> = [
  { tool: 'draw', label: 'edit.draw', hint: 'edit.drawHint', testId: 'edit-draw' },
  { tool: 'vertices', label: 'edit.vertices', hint: 'edit.verticesHint', testId: 'edit-vertices' },
  { tool: 'hole', label: 'edit.hole', hint: 'edit.holeHint', testId: 'edit-hole' },
  { tool: 'splitLine', label: 'edit.splitLine', hint: 'edit.splitLineHint', testId: 'edit-split-line' },
  { tool: 'splitAreas', label: 'edit.splitAreas', hint: 'edit.splitAreasHint', testId: 'edit-split-areas' },
];

/** The map editing tools in the header; a tool that needs one selected parcel is off otherwise. */
export function EditToolbar({ tool, selectedCount, busy, draftReady, onTool, onSave, onMerge, onUndo, onRedo }: EditToolbarProps) {
  const { t } = useI18n();
  return (
    <div className="edit-bar" role="toolbar" aria-label={t('edit.toolbar')} data-testid="edit-toolbar">
      {TOOLS.map(({ tool: each, label, hint, testId }) => (
        <button
          key={each}
          type="button"
          className="toolbar-button"
          aria-pressed={tool === each}
          disabled={busy || (needsOneParcel(each) && selectedCount !== 1)}
          onClick={() => onTool(tool === each ? null : each)}
          title={t(hint)}
          data-testid={testId}
        >
          {t(label)}
        </button>
      ))}
      <button
        type="button"
        className="toolbar-button"
        disabled={busy || tool !== null || selectedCount < 2}
        onClick={onMerge}
        title={t('edit.mergeHint')}
        data-testid="edit-merge"
      >
        {t('edit.merge')}
      </button>
      {tool === 'vertices' && (
        <button type="button" className="toolbar-button toolbar-button--primary" disabled={busy || !draftReady} onClick={onSave} data-testid="edit-save">
          {t('edit.save')}
        </button>
      )}
      {tool !== null && (
        <button type="button" className="toolbar-button" onClick={() => onTool(null)} data-testid="edit-cancel">
          {t('edit.cancel')}
        </button>
      )}
      <span className="toolbar-separator" aria-hidden="true" />
      <button type="button" className="toolbar-button" disabled={busy || tool !== null} onClick={onUndo} title={t('edit.undoHint')} data-testid="edit-undo">
        {t('edit.undo')}
      </button>
      <button type="button" className="toolbar-button" disabled={busy || tool !== null} onClick={onRedo} title={t('edit.redoHint')} data-testid="edit-redo">
        {t('edit.redo')}
      </button>
    </div>
  );
}
