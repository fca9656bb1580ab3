import { useEffect, useState } from 'preact/hooks';
import {
  DEADLINE_KINDS,
  DEFAULT_SETTINGS,
  LanguageSettingSchema,
  RuleSettingsSchema,
  SettingsSchema,
  type DeadlineKind,
  type LanguageSetting,
  type RuleSettings,
  type Settings,
} from '@/utils/model';
import { useTr } from '@/components/shared/LangContext';
import { deadlineLabel, unitFormat } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';
import type { PopupKey } from '@/utils/i18n/popup';

const RULE_KEYS = Object.keys(RuleSettingsSchema.shape) as (keyof RuleSettings)[];
/** Each language named in itself, so a buyer who can't read the current UI still finds theirs. */
const LANGUAGE_NAMES: Record<Exclude<LanguageSetting, 'auto'>, string> = {
  en: 'English',
  ru: 'Русский',
  it: 'Italiano',
  es: 'Español',
  pt: 'Português',
  fr: 'Français',
  de: 'Deutsch',
  pl: 'Polski',
};

/**
 * The lead times a buyer can tick, in days before a date (0 = on the day). Stored as before — a list of numbers per
 * deadline kind (`Settings.leadDays`, schema unchanged) — so no migration: a stored value outside this list (from an
 * older version or an import) is shown too and can be unticked.
 */
export const LEAD_CHOICES = [0, 1, 2, 3, 5, 7, 10, 14] as const;
/** The schema's limit per kind (`SettingsSchema.leadDays`): further boxes are disabled, never rejected at save. */
const MAX_LEADS = 8;
/** The dates most buyers care about, shown first; the others are under "more". */
const MAIN_KINDS: readonly DeadlineKind[] = [
  'protection_end',
  'extension_request_by',
  'late_dispute_window_end',
  'return_window_end',
  'dispute_window_end',
  'return_ship_by',
];

/** The choices for one kind: the presets and whatever is stored, ascending. */
export function leadChoicesFor(stored: readonly number[]): number[] {
  return [...new Set([...LEAD_CHOICES, ...stored])].sort((a, b) => a - b);
}

/** The stored list with `days` turned on or off: unique, latest first (as the planner's defaults are written). */
export function toggleLead(stored: readonly number[], days: number, on: boolean): number[] {
  const rest = stored.filter((d) => d !== days);
  return (on ? [...rest, days] : rest).sort((a, b) => b - a);
}

/** Reminders (lead times, notifications), rule values with defaults and sources, language. One save. */
export function SettingsForm({ settings }: { settings: Settings }) {
  const { lang, tr } = useTr();
  const [draft, setDraft] = useState<Settings>(settings);
  // A key, not text: the message must follow a language change made by this very save.
  const [status, setStatus] = useState<PopupKey | ''>('');
  const [statusError, setStatusError] = useState('');
  useEffect(() => {
    setDraft(settings);
  }, [JSON.stringify(settings)]);
  const save = async (event: Event) => {
    event.preventDefault();
    const parsed = SettingsSchema.safeParse(draft);
    if (!parsed.success) {
      setStatusError(parsed.error.issues[0]?.message ?? '');
      return;
    }
    const answer = await sendMessage('saveSettings', parsed.data);
    setStatusError('');
    setStatus(answer.ok ? 'settingsSaved' : '');
  };
  /** One date's reminders: a box per choice ("On the day", "3 days before"), stored as numbers. */
  const leadRow = (kind: DeadlineKind) => {
    const stored = draft.leadDays[kind] ?? [];
    return (
      <fieldset class="lead-row" key={kind} data-lead={kind} aria-describedby="lead-hint">
        <legend>{deadlineLabel(kind, lang)}</legend>
        <div class="lead-choices">
          {leadChoicesFor(stored).map((days) => {
            const on = stored.includes(days);
            return (
              <label class="check" key={days}>
                <input
                  type="checkbox"
                  data-days={days}
                  checked={on}
                  disabled={!on && stored.length >= MAX_LEADS}
                  onChange={(e) =>
                    setDraft({
                      ...draft,
                      leadDays: { ...draft.leadDays, [kind]: toggleLead(stored, days, e.currentTarget.checked) },
                    })
                  }
                />
                <span>
                  {days === 0 ? tr('leadOnDay') : tr('leadBefore', { value: unitFormat(lang, 'day').format(days) })}
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
    );
  };
  return (
    <form onSubmit={(e) => void save(e)} data-testid="settings-form">
      <section class="card" aria-labelledby="reminders-title">
        <h2 id="reminders-title">{tr('remindersTitle')}</h2>
        <label class="check">
          <input
            type="checkbox"
            checked={draft.notificationsEnabled}
            onChange={(e) => setDraft({ ...draft, notificationsEnabled: e.currentTarget.checked })}
          />
          <span>{tr('notifications')}</span>
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={draft.showQuietMarkers}
            onChange={(e) => setDraft({ ...draft, showQuietMarkers: e.currentTarget.checked })}
            data-testid="show-quiet-markers"
          />
          <span>{tr('showQuietMarkers')}</span>
        </label>
        <h3>{tr('leadTimes')}</h3>
        <p class="muted small" id="lead-hint">
          {tr('leadTimesHint')}
        </p>
        {MAIN_KINDS.map(leadRow)}
        <details>
          <summary>{tr('leadMore')}</summary>
          {DEADLINE_KINDS.filter((kind) => !MAIN_KINDS.includes(kind)).map(leadRow)}
        </details>
      </section>

      <section class="card" aria-labelledby="rules-title">
        <h2 id="rules-title">{tr('rulesTitle')}</h2>
        <p class="muted small">{tr('rulesHint')}</p>
        <div class="grid">
          {RULE_KEYS.map((key) => (
            <div class="field" key={key}>
              <label for={`rule-${key}`}>{tr(`rule.${key}` as PopupKey)}</label>
              <div class="inline">
                <input
                  id={`rule-${key}`}
                  data-rule={key}
                  type="number"
                  min={1}
                  max={365}
                  value={draft.rules[key]}
                  aria-describedby={`src-${key}`}
                  onInput={(e) => {
                    const value = Number(e.currentTarget.value);
                    if (Number.isInteger(value)) setDraft({ ...draft, rules: { ...draft.rules, [key]: value } });
                  }}
                />
                <span class="muted small">{tr('days')}</span>
              </div>
              <span id={`src-${key}`} class="muted small">
                {tr('defaultValue', { value: DEFAULT_SETTINGS.rules[key] })} · {tr(`src.${key}` as PopupKey)}
              </span>
            </div>
          ))}
        </div>
        <button type="button" class="secondary" onClick={() => setDraft({ ...draft, rules: DEFAULT_SETTINGS.rules })}>
          {tr('resetRules')}
        </button>
      </section>

      <section class="card" aria-labelledby="language-title">
        <h2 id="language-title">{tr('languageTitle')}</h2>
        <label for="language" class="visually-hidden">
          {tr('languageTitle')}
        </label>
        <select
          id="language"
          data-testid="language"
          value={draft.language}
          onChange={(e) => setDraft({ ...draft, language: e.currentTarget.value as LanguageSetting })}
        >
          {LanguageSettingSchema.options.map((value) => (
            <option key={value} value={value}>
              {value === 'auto' ? tr('languageAuto') : LANGUAGE_NAMES[value]}
            </option>
          ))}
        </select>
      </section>

      <div class="save-bar">
        <button type="submit" class="primary" data-testid="save-settings">
          {tr('saveSettings')}
        </button>
        <span role="status" class="muted">
          {statusError || (status ? tr(status) : '')}
        </span>
      </div>
    </form>
  );
}
