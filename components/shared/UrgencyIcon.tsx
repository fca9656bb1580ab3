import type { Urgency } from '@/utils/rules/urgency';

/**
 * Urgency as a shape, so it never depends on colour alone (and not on an emoji font, which many Linux
 * machines lack). Decorative: the words next to it carry the meaning.
 */
export function UrgencyIcon({ urgency }: { urgency: Urgency }) {
  const common = {
    width: 14,
    height: 14,
    viewBox: '0 0 16 16',
    'aria-hidden': true as const,
    class: `urgency-icon icon-${urgency}`,
  };
  switch (urgency) {
    case 'overdue':
      return (
        <svg {...common}>
          <path d="M5 1h6l4 4v6l-4 4H5l-4-4V5z" fill="currentColor" />
          <path d="M8 4v5M8 11.5v.5" stroke="#fff" stroke-width="2" stroke-linecap="round" />
        </svg>
      );
    case 'today':
      return (
        <svg {...common}>
          <path d="M8 1l7.5 14H.5z" fill="currentColor" />
          <path d="M8 6v4M8 12.5v.5" stroke="#fff" stroke-width="2" stroke-linecap="round" />
        </svg>
      );
    case 'soon':
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="2" />
          <path d="M8 4.5V8l2.5 2" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
      );
    case 'later':
      return (
        <svg {...common}>
          <rect x="1.5" y="3" width="13" height="11.5" rx="2" fill="none" stroke="currentColor" stroke-width="1.8" />
          <path d="M1.5 7h13M5 1.5v3M11 1.5v3" stroke="currentColor" stroke-width="1.8" />
        </svg>
      );
    default:
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="3" fill="currentColor" />
        </svg>
      );
  }
}
