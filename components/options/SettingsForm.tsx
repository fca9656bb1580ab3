import { useEffect, useState } from 'preact/hooks';
import {
  DEADLINE_KINDS,
  DEFAULT_SETTINGS,
  LanguageSettingSchema,
  RuleSettingsSchema,
  SettingsSchema,
  type LanguageSetting,
  type RuleSettings,
  type Settings,
} from '@/utils/model';
import { useTr } from '@/components/shared/LangContext';
import { deadlineLabel } from '@/utils/i18n';
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

/** "7, 3, 1, 0" → [7, 3, 1, 0]; `null` when anything is not a whole number 0–60 (the schema's bounds). */
export function parseLeadDays(text: string): number[] | null {
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  if (parts.length > 8) return null;
  const days = parts.map((p) => (/^\d{1,2}$/.test(p) ? Number(p) : NaN));
  if (days.some((d) => Number.isNaN(d) || d > 60)) return null;
  return [...new Set(days)].sort((a, b) => b - a);
}

/** Reminders (lead times, notifications), rule values with defaults and sources, language. One save. */
export function SettingsForm({ settings }: { settings: Settings }) {
  const { lang, tr } = useTr();
  const [draft, setDraft] = useState<Settings>(settings);
  const [leadText, setLeadText] = useState<Record<string, string>>({});
  // A key, not text: the message must follow a language change made by this very save.
  const [status, setStatus] = useState<PopupKey | ''>('');
  const [statusError, setStatusError] = useState('');
  useEffect(() => {
    setDraft(settings);
    setLeadText(Object.fromEntries(DEADLINE_KINDS.map((k) => [k, (settings.leadDays[k] ?? []).join(', ')])));
  }, [JSON.stringify(settings)]);
  const badLeads = DEADLINE_KINDS.filter((k) => parseLeadDays(leadText[k] ?? '') === null);
  const save = async (event: Event) => {
    event.preventDefault();
    if (badLeads.length > 0) return;
    const leadDays = Object.fromEntries(DEADLINE_KINDS.map((k) => [k, parseLeadDays(leadText[k] ?? '') ?? []]));
    const parsed = SettingsSchema.safeParse({ ...draft, leadDays });
    if (!parsed.success) {
      setStatusError(parsed.error.issues[0]?.message ?? '');
      return;
    }
    const answer = await sendMessage('saveSettings', parsed.data);
    setStatusError('');
    setStatus(answer.ok ? 'settingsSaved' : '');
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
        <h3>{tr('leadTimes')}</h3>
        <p class="muted small" id="lead-hint">
          {tr('leadTimesHint')}
        </p>
        <div class="grid">
          {DEADLINE_KINDS.map((kind) => (
            <div class="field" key={kind}>
              <label for={`lead-${kind}`}>{deadlineLabel(kind, lang)}</label>
              <input
                id={`lead-${kind}`}
                data-lead={kind}
                value={leadText[kind] ?? ''}
                aria-describedby="lead-hint"
                aria-invalid={badLeads.includes(kind) || undefined}
                onInput={(e) => setLeadText({ ...leadText, [kind]: e.currentTarget.value })}
              />
            </div>
          ))}
        </div>
        {badLeads.length > 0 && (
          <p class="error" role="alert">
            {tr('invalidLeadDays')}
          </p>
        )}
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
