import { useRef, useState } from 'preact/hooks';
import { useTr } from '@/components/shared/LangContext';
import { isQuotaError, readOrders, readSettings, readStorageFull } from '@/utils/storage';
import { exportFileName, exportJson } from '@/utils/transfer/export';
import { importChunks, MAX_IMPORT_BYTES, readImport, type SkippedEntry } from '@/utils/transfer/import';
import { buildCalendar, calendarEntries, calendarFileName } from '@/utils/transfer/ics';
import { csvFileName, ordersToCsv } from '@/utils/transfer/csv';
import { sendMessage } from '@/utils/messages';

/** Saves text as a file through a temporary link (no `downloads` permission needed). */
function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export JSON, Export CSV, Import JSON (merge, report skipped), Export calendar, Clear all data (confirmed). */
export function DataSection() {
  const { lang, tr } = useTr();
  const [report, setReport] = useState<{ text: string; skipped: SkippedEntry[] } | null>(null);
  const [restoreSettings, setRestoreSettings] = useState(true);
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);

  const exportAll = async () => {
    const now = new Date();
    const [{ orders }, settings] = await Promise.all([readOrders(), readSettings()]);
    download(exportFileName(now), exportJson(orders, settings, now), 'application/json');
  };
  // For reading in a spreadsheet; the JSON file stays the backup (nothing imports the CSV).
  const exportSpreadsheet = async () => {
    const now = new Date();
    const [{ orders }, settings] = await Promise.all([readOrders(), readSettings()]);
    download(csvFileName(now), ordersToCsv(orders, settings, now), 'text/csv;charset=utf-8');
  };
  const exportCalendar = async () => {
    const now = new Date();
    const [{ orders }, settings] = await Promise.all([readOrders(), readSettings()]);
    download(
      calendarFileName(now),
      buildCalendar(calendarEntries(orders, settings, now), settings, now, lang),
      'text/calendar',
    );
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    // Before reading it: a huge file would freeze the page (and could not be sent to the background anyway).
    if (file.size > MAX_IMPORT_BYTES) {
      setReport({ text: tr('importTooBig', { value: Math.round(MAX_IMPORT_BYTES / 1024 / 1024) }), skipped: [] });
      return;
    }
    const reading = readImport(await file.text(), new Date());
    if (reading.error) {
      setReport({ text: tr('importFailed', { reason: reading.error }), skipped: [] });
      return;
    }
    // In chunks (a message has a size limit); each is merged on its own, so a failure keeps what came before.
    const counts = { added: 0, updated: 0, unchanged: 0 };
    let done = 0;
    try {
      const chunks = importChunks(reading.orders);
      if (chunks.length === 0) chunks.push([]);
      for (const [index, orders] of chunks.entries()) {
        const answer = await sendMessage('importData', {
          orders,
          ...(index === 0 && restoreSettings && reading.settings ? { settings: reading.settings } : {}),
        });
        counts.added += answer.added;
        counts.updated += answer.updated;
        counts.unchanged += answer.unchanged;
        done += orders.length;
      }
    } catch (error) {
      const full = isQuotaError(error) || (await readStorageFull().catch(() => null)) !== null;
      const text = full
        ? tr('importStorageFull', { done, total: reading.orders.length })
        : tr('importFailed', { reason: error instanceof Error ? error.message : String(error) });
      setReport({ text, skipped: reading.skipped });
      return;
    }
    setReport({ text: tr('importDone', { ...counts }), skipped: reading.skipped });
    setCleared(false);
  };
  const clearAll = async () => {
    await sendMessage('clearAllData', { confirm: 'clear-all' });
    setConfirming(false);
    setCleared(true);
    setReport(null);
  };

  return (
    <section class="card" aria-labelledby="data-title" data-testid="data">
      <h2 id="data-title">{tr('dataTitle')}</h2>
      <div class="data-row">
        <button type="button" class="primary" onClick={() => void exportAll()} aria-describedby="export-hint">
          {tr('exportJson')}
        </button>
        <span id="export-hint" class="muted small">
          {tr('exportJsonHint')}
        </span>
      </div>
      <div class="data-row">
        <button
          type="button"
          class="secondary"
          onClick={() => void exportSpreadsheet()}
          aria-describedby="csv-hint"
          data-testid="export-csv"
        >
          {tr('exportCsv')}
        </button>
        <span id="csv-hint" class="muted small">
          {tr('exportCsvHint')}
        </span>
      </div>
      <div class="data-row">
        <label class="file-button">
          <span>{tr('importJson')}</span>
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import-file"
            onChange={(e) => void importFile(e.currentTarget.files?.[0])}
          />
        </label>
        <span class="muted small">{tr('importHint')}</span>
      </div>
      <label class="check indent">
        <input
          type="checkbox"
          checked={restoreSettings}
          onChange={(e) => setRestoreSettings(e.currentTarget.checked)}
        />
        <span>{tr('importSettingsToo')}</span>
      </label>
      <div role="status" data-testid="import-report">
        {report && (
          <>
            <p>{report.text}</p>
            {report.skipped.length > 0 && (
              <>
                <p>{tr('importSkipped', { count: report.skipped.length })}</p>
                <ul class="small">
                  {report.skipped.map((s) => (
                    <li key={s.entry}>
                      <code>{s.entry}</code>: {s.reason}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
      <div class="data-row">
        <button type="button" class="secondary" onClick={() => void exportCalendar()} aria-describedby="ics-hint">
          {tr('exportIcs')}
        </button>
        <span id="ics-hint" class="muted small">
          {tr('exportIcsHint')}
        </span>
      </div>
      <div class="data-row danger-zone">
        {!confirming ? (
          <button
            type="button"
            class="danger"
            onClick={() => {
              setConfirming(true);
              setTimeout(() => confirmRef.current?.focus(), 0);
            }}
          >
            {tr('clearData')}
          </button>
        ) : (
          <div role="alertdialog" aria-labelledby="clear-question" class="confirm">
            <p id="clear-question">{tr('clearConfirm')}</p>
            <button type="button" class="danger" ref={confirmRef} onClick={() => void clearAll()}>
              {tr('clearYes')}
            </button>{' '}
            <button type="button" class="secondary" onClick={() => setConfirming(false)}>
              {tr('cancel')}
            </button>
          </div>
        )}
        <span role="status" class="muted small">
          {cleared ? tr('cleared') : ''}
        </span>
      </div>
    </section>
  );
}
