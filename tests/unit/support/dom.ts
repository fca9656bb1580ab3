/** Fixture page → a happy-dom Document at the page's real URL (test-only; product code never parses HTML). */
import { Window } from 'happy-dom';
import { loadFixture } from '../../harness/fixtures';

export function fixtureDocument(name: string, url: string, today: Date): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  window.document.write(loadFixture(name, today));
  return window.document as unknown as Document;
}

export function htmlDocument(html: string, url: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}
