/** The welcome page's one screen: what OrderShield does, pinning its icon, opening My Orders, privacy. */
import type { UiLanguage } from '@/utils/i18n';
import { t, type WelcomeKey } from '@/utils/i18n/welcome';
import type { MyOrdersSite } from './my-orders-sites';

export function WelcomeView(props: { lang: UiLanguage; firefox: boolean; sites: MyOrdersSite[] }) {
  const tr = (key: WelcomeKey) => t(key, props.lang);
  return (
    <main class="welcome" data-testid="welcome">
      <header class="welcome-header">
        <img src="/icons/96.png" alt="" width={56} height={56} />
        <h1>{tr('welcomeTitle')}</h1>
      </header>
      <div class="welcome-grid">
        <section class="card" aria-labelledby="what-title">
          <h2 id="what-title">{tr('whatTitle')}</h2>
          <p>{tr('whatBody')}</p>
        </section>
        <section class="card" aria-labelledby="pin-title" data-testid="pin">
          <h2 id="pin-title">{tr('pinTitle')}</h2>
          <p>{tr(props.firefox ? 'pinFirefox' : 'pinChrome')}</p>
          <p class="muted">{tr('pinWhy')}</p>
        </section>
        <section class="card" aria-labelledby="orders-title" data-testid="my-orders">
          <h2 id="orders-title">{tr('ordersTitle')}</h2>
          <p>{tr('ordersBody')}</p>
          <ul class="site-list">
            {props.sites.map((site, index) => (
              <li key={site.host}>
                <a
                  class={index === 0 ? 'site-link primary' : 'site-link'}
                  href={site.url}
                  target="_blank"
                  rel="noreferrer"
                  data-host={site.host}
                >
                  <strong>{site.host}</strong>
                  <span>{tr(site.region)}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
        <section class="card" aria-labelledby="welcome-privacy-title">
          <h2 id="welcome-privacy-title">{tr('privacyTitle')}</h2>
          <p data-testid="welcome-privacy">{tr('privacyBody')}</p>
          <p>
            <a href="/options.html">{tr('openSettings')}</a>
          </p>
        </section>
      </div>
    </main>
  );
}
