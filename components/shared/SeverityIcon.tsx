import type { AdviceSeverity } from '@/utils/rules/advice';
import { UrgencyIcon } from '@/components/shared/UrgencyIcon';

/**
 * Severity as a shape (octagon, triangle, "i" circle), so advice never depends on colour alone. Decorative:
 * the advice's own words carry the meaning.
 */
export function SeverityIcon({ severity }: { severity: AdviceSeverity }) {
  if (severity === 'critical') return <UrgencyIcon urgency="overdue" />;
  if (severity === 'warning') return <UrgencyIcon urgency="today" />;
  return (
    <svg width={14} height={14} viewBox="0 0 16 16" aria-hidden="true" class="severity-info">
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M8 7v5M8 4.2v.3" stroke="#fff" stroke-width="2" stroke-linecap="round" />
    </svg>
  );
}
