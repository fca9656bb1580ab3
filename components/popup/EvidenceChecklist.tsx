import type { DisputeType, GuideState } from '@/utils/model';
import { useTr } from '@/components/shared/LangContext';
import {
  COMMON_EVIDENCE,
  EVIDENCE_BY_TYPE,
  PHYSICAL_EVIDENCE,
  QUALITY_RULES,
  checklistProgress,
  isPhysicalProblem,
  toggleTick,
  type EvidenceId,
} from '@/utils/guide/checklists';
import { evidenceText } from '@/utils/i18n/evidence';

/**
 * The evidence checklist of domain.md §2 for the chosen type: common items, the type's items, the unboxing video and
 * packaging photos for an item that arrived, quality rules. The items' words are `utils/i18n/evidence/`:
 * the order page's panel shows the same list with the same words (`utils/guide/checklists.ts`).
 */
export function EvidenceChecklist({
  type,
  guide,
  onChange,
}: {
  type: DisputeType;
  guide: GuideState;
  onChange: (guide: GuideState) => void;
}) {
  const { lang, tr } = useTr();
  const ticked = guide.evidence ?? [];
  const progress = checklistProgress(type, ticked);
  const item = (id: EvidenceId) => (
    <li key={id}>
      <label class="check">
        <input
          type="checkbox"
          data-evidence={id}
          checked={ticked.includes(id)}
          onChange={(e) => onChange({ ...guide, evidence: toggleTick(ticked, id, e.currentTarget.checked) })}
        />
        <span>{evidenceText(id, lang)}</span>
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
      {isPhysicalProblem(type) && (
        <>
          <h4>{tr('physicalEvidence')}</h4>
          <ul class="checklist">{PHYSICAL_EVIDENCE.map(item)}</ul>
        </>
      )}
      <h4>{tr('qualityTitle')}</h4>
      <ul class="tips">
        {QUALITY_RULES.map((id) => (
          <li key={id}>{tr(id)}</li>
        ))}
      </ul>
    </div>
  );
}
