import type { DisputeType, GuideState } from '@/utils/model';
import { useTr } from '@/components/shared/LangContext';
import {
  COMMON_EVIDENCE,
  EVIDENCE_BY_TYPE,
  QUALITY_RULES,
  checklistProgress,
  toggleTick,
} from '@/utils/guide/checklists';
import type { PopupKey } from '@/utils/i18n/popup';

/** The evidence checklist of domain.md §2 for the chosen type: common items, the type's items, quality rules. */
export function EvidenceChecklist({
  type,
  guide,
  onChange,
}: {
  type: DisputeType;
  guide: GuideState;
  onChange: (guide: GuideState) => void;
}) {
  const { tr } = useTr();
  const ticked = guide.evidence ?? [];
  const progress = checklistProgress(type, ticked);
  const item = (id: string) => (
    <li key={id}>
      <label class="check">
        <input
          type="checkbox"
          data-evidence={id}
          checked={ticked.includes(id)}
          onChange={(e) => onChange({ ...guide, evidence: toggleTick(ticked, id, e.currentTarget.checked) })}
        />
        <span>{tr(`ev.${id}` as PopupKey)}</span>
      </label>
    </li>
  );
  return (
    <div data-testid="evidence">
      <p class="muted small" data-testid="evidence-progress">
        {tr('evidenceProgress', { done: progress.done, total: progress.total })}
      </p>
      <h4>{tr('commonEvidence')}</h4>
      <ul class="checklist">{COMMON_EVIDENCE.map(item)}</ul>
      <h4>{tr('typeEvidence')}</h4>
      <ul class="checklist">{EVIDENCE_BY_TYPE[type].map(item)}</ul>
      <h4>{tr('qualityTitle')}</h4>
      <ul class="tips">
        {QUALITY_RULES.map((id) => (
          <li key={id}>{tr(id)}</li>
        ))}
      </ul>
    </div>
  );
}
