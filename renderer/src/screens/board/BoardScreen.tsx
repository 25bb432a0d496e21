// Renderer: the Board: the support desk's view of the latest sweep of every connected home. Incidents first
// (with their homes count and the advice: wait, or the platform; never "reconnect"), counts by cause and by
// who fixes, what changed since the sweep before, then the homes (filter, search, CSV for tickets). A home
// opens its latest stored result and its history, and "Diagnose now through the platform" runs it live.
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardActor, BoardFilter, BoardSummary } from '@shared/contract';
import { downloadFile } from '../reports/download-file';
import { useBoardStore } from './board-store';
import { HomePanel } from './HomePanel';
import { useCauseText } from './cause-text';
import '../accounts/accounts.css';
import './board.css';

const ACTORS: BoardActor[] = ['customer', 'installer', 'platform', 'tesla', 'app', 'wait', 'none'];

export function BoardScreen() {
  const { t, i18n } = useTranslation();
  const summary = useBoardStore((s) => s.summary);
  const loading = useBoardStore((s) => s.loading);
  const error = useBoardStore((s) => s.error);
  const load = useBoardStore((s) => s.load);
  const opened = useBoardStore((s) => s.opened);

  useEffect(() => {
    void load();
  }, [load]);

  const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(i18n.language) : '–');
  const sweep = summary?.sweep ?? null;

  return (
    <div className="board-screen">
      <div className="board-head">
        <h2>{t('board.heading')}</h2>
        <button type="button" onClick={() => void load()} disabled={loading} aria-busy={loading}>
          {t('board.refresh')}
        </button>
      </div>
      <p className="muted">{t('board.intro')}</p>
      <div aria-live="polite">
        {loading && !summary && <p className="muted">{t('board.loading')}</p>}
        {error && (
          <p role="alert" className="notice notice-error">
            {t('board.failed', { message: error })}
          </p>
        )}
      </div>
      {summary && !sweep && <EmptyBoard store={summary.store.label} />}
      {summary && sweep && (
        <>
          <p className="muted board-latest" data-testid="board-latest">
            {t('board.latest', {
              when: when(sweep.finishedAt),
              homes: sweep.homes,
              requests: sweep.requests,
              wakes: sweep.wakes,
            })}
            {sweep.status === 'stopped' && <> {t('board.stopped')}</>}
            <br />
            {t('board.store', { store: summary.store.label })}
          </p>
          <Incidents summary={summary} />
          <div className="board-counts">
            <Counts summary={summary} />
            <Changes summary={summary} />
          </div>
          {opened && <HomePanel />}
          <Homes summary={summary} />
        </>
      )}
    </div>
  );
}

function EmptyBoard({ store }: { store: string }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="board-empty-heading" data-testid="board-empty">
      <h3 id="board-empty-heading">{t('board.empty.heading')}</h3>
      <p>{t('board.empty.explain')}</p>
      <pre className="board-command">
        <code>{t('board.empty.command')}</code>
      </pre>
      <p className="muted">{t('board.empty.then')}</p>
      <p className="muted board-store">{t('board.store', { store })}</p>
    </section>
  );
}

function Incidents({ summary }: { summary: BoardSummary }) {
  const { t, i18n } = useTranslation();
  const causeText = useCauseText();
  const setFilter = useBoardStore((s) => s.setFilter);
  const percent = (share: number) =>
    new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(share * 100);
  return (
    <section className="card board-incidents" aria-labelledby="board-incidents-heading">
      <h3 id="board-incidents-heading">{t('board.incidents.heading')}</h3>
      {summary.incidents.length === 0 ? (
        <p className="muted">{t('board.incidents.none')}</p>
      ) : (
        <ul className="board-incident-list">
          {summary.incidents.map((i) => (
            <li key={i.cause} className={`board-incident board-incident-${i.advice}`} data-testid="board-incident">
              <p>
                <span className="muted">{t('board.incidents.cause')}</span> {causeText(i.cause)} <code>{i.cause}</code>{' '}
                · <strong>{t('board.incidents.homes', { count: i.homes, percent: percent(i.share) })}</strong>
              </p>
              <p>{t(`board.incidents.advice.${i.advice}`)}</p>
              <button type="button" onClick={() => void setFilter({ incident: true, cause: i.cause })}>
                {t('board.incidents.show')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Counts({ summary }: { summary: BoardSummary }) {
  const { t } = useTranslation();
  const causeText = useCauseText();
  return (
    <section className="card" aria-labelledby="board-counts-heading">
      <h3 id="board-counts-heading">{t('board.counts.byCause')}</h3>
      <table className="board-table">
        <thead>
          <tr>
            <th scope="col">{t('board.counts.cause')}</th>
            <th scope="col">{t('board.counts.homes')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.byCause.map((c) => (
            <tr key={c.cause}>
              <td>
                <span title={c.cause ?? undefined}>{causeText(c.cause)}</span>
              </td>
              <td>{c.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('board.counts.byActor')}</h3>
      <table className="board-table">
        <thead>
          <tr>
            <th scope="col">{t('board.counts.actor')}</th>
            <th scope="col">{t('board.counts.homes')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.byActor.map((a) => (
            <tr key={a.actor}>
              <td>{t(`board.actor.${a.actor}`)}</td>
              <td>{a.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Changes({ summary }: { summary: BoardSummary }) {
  const { t } = useTranslation();
  const causeText = useCauseText();
  const setFilter = useBoardStore((s) => s.setFilter);
  const { newlyBroken, recovered, items } = summary.changes;
  return (
    <section className="card" aria-labelledby="board-changes-heading">
      <h3 id="board-changes-heading">{t('board.changes.heading')}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('board.changes.none')}</p>
      ) : (
        <>
          <p data-testid="board-changes">{t('board.changes.summary', { broken: newlyBroken, recovered })}</p>
          <ul className="board-change-list">
            {items.slice(0, 12).map((c) => (
              <li key={c.ref}>
                {t('board.changes.item', { ref: c.ref, from: causeText(c.fromCause), to: causeText(c.toCause) })}{' '}
                <span className="muted">({t(`board.change.${c.kind}`)})</span>
              </li>
            ))}
          </ul>
          <div className="board-buttons">
            <button type="button" onClick={() => void setFilter({ changed: 'newly_broken' })} disabled={!newlyBroken}>
              {t('board.changes.showBroken')}
            </button>
            <button type="button" onClick={() => void setFilter({ changed: 'recovered' })} disabled={!recovered}>
              {t('board.changes.showRecovered')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function Homes({ summary }: { summary: BoardSummary }) {
  const { t, i18n } = useTranslation();
  const causeText = useCauseText();
  const ids = { cause: useId(), actor: useId(), incident: useId(), changed: useId(), search: useId() };
  const filter = useBoardStore((s) => s.filter);
  const setFilter = useBoardStore((s) => s.setFilter);
  const homes = useBoardStore((s) => s.homes);
  const total = useBoardStore((s) => s.total);
  const homesError = useBoardStore((s) => s.homesError);
  const openHome = useBoardStore((s) => s.openHome);
  const exportCsv = useBoardStore((s) => s.exportCsv);
  const exported = useBoardStore((s) => s.exported);
  const exporting = useBoardStore((s) => s.exporting);
  const exportError = useBoardStore((s) => s.exportError);
  const change = (patch: Partial<BoardFilter>) => {
    const next: BoardFilter = { ...filter, ...patch };
    for (const key of Object.keys(patch) as Array<keyof BoardFilter>) if (patch[key] === undefined) delete next[key];
    void setFilter(next);
  };
  const when = (iso: string | null) =>
    iso ? new Date(iso).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' }) : '–';
  const incidentValue = filter.incident === undefined ? '' : filter.incident ? 'in' : 'out';

  const download = async () => {
    const csv = await exportCsv();
    if (csv) downloadFile(csv.fileName, csv.download);
  };

  return (
    <section className="card" aria-labelledby="board-homes-heading">
      <h3 id="board-homes-heading">{t('board.filter.heading')}</h3>
      <div className="board-filters" role="group" aria-labelledby="board-homes-heading">
        <div className="board-field">
          <label htmlFor={ids.search}>{t('board.filter.search')}</label>
          <input
            id={ids.search}
            type="search"
            value={filter.search ?? ''}
            maxLength={200}
            onChange={(e) => change({ search: e.target.value || undefined })}
          />
        </div>
        <div className="board-field">
          <label htmlFor={ids.cause}>{t('board.filter.cause')}</label>
          <select
            id={ids.cause}
            value={filter.cause ?? ''}
            onChange={(e) => change({ cause: e.target.value || undefined })}
          >
            <option value="">{t('board.filter.any')}</option>
            {summary.byCause.map((c) => (
              <option key={c.cause} value={c.cause}>
                {causeText(c.cause)}
              </option>
            ))}
          </select>
        </div>
        <div className="board-field">
          <label htmlFor={ids.actor}>{t('board.filter.actor')}</label>
          <select
            id={ids.actor}
            value={filter.actor ?? ''}
            onChange={(e) => change({ actor: (e.target.value || undefined) as BoardActor | undefined })}
          >
            <option value="">{t('board.filter.any')}</option>
            {ACTORS.map((a) => (
              <option key={a} value={a}>
                {t(`board.actor.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="board-field">
          <label htmlFor={ids.incident}>{t('board.filter.incident')}</label>
          <select
            id={ids.incident}
            value={incidentValue}
            onChange={(e) =>
              change({ incident: e.target.value === 'in' ? true : e.target.value === 'out' ? false : undefined })
            }
          >
            <option value="">{t('board.filter.any')}</option>
            <option value="in">{t('board.filter.inIncident')}</option>
            <option value="out">{t('board.filter.notInIncident')}</option>
          </select>
        </div>
        <div className="board-field">
          <label htmlFor={ids.changed}>{t('board.filter.changed')}</label>
          <select
            id={ids.changed}
            value={filter.changed ?? ''}
            onChange={(e) => change({ changed: (e.target.value || undefined) as BoardFilter['changed'] })}
          >
            <option value="">{t('board.filter.any')}</option>
            <option value="newly_broken">{t('board.change.newly_broken')}</option>
            <option value="recovered">{t('board.change.recovered')}</option>
            <option value="changed">{t('board.change.changed')}</option>
            <option value="any">{t('board.filter.anyChange')}</option>
          </select>
        </div>
      </div>
      <div className="board-buttons">
        <button type="button" onClick={() => void setFilter({})} disabled={Object.keys(filter).length === 0}>
          {t('board.filter.clear')}
        </button>
        <button type="button" onClick={() => void download()} disabled={exporting} aria-busy={exporting}>
          {exporting ? t('board.csv.exporting') : t('board.csv.export')}
        </button>
      </div>
      <div aria-live="polite">
        {exported && (
          <p className="notice notice-ok" data-testid="board-csv-result">
            {t('board.csv.done', { rows: exported.rows, file: exported.fileName })}
          </p>
        )}
        {exportError && (
          <p role="alert" className="notice notice-error">
            {t('board.csv.failed', { message: exportError })}
          </p>
        )}
        {homesError && (
          <p role="alert" className="notice notice-error">
            {t('board.failed', { message: homesError })}
          </p>
        )}
        <p className="muted" data-testid="board-count">
          {homes.length === 0 ? t('board.filter.none') : t('board.filter.count', { shown: homes.length, total })}
        </p>
      </div>
      {homes.length > 0 && (
        <table className="board-table board-homes" data-testid="board-homes">
          <thead>
            <tr>
              <th scope="col">{t('board.table.ref')}</th>
              <th scope="col">{t('board.table.cause')}</th>
              <th scope="col">{t('board.table.actor')}</th>
              <th scope="col">{t('board.table.incident')}</th>
              <th scope="col">{t('board.table.change')}</th>
              <th scope="col">{t('board.table.swept')}</th>
            </tr>
          </thead>
          <tbody>
            {homes.map((h) => (
              <tr key={h.ref} className={h.incident ? 'board-row-incident' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('board.table.open', { ref: h.ref })}
                    onClick={() => void openHome(h.ref)}
                  >
                    {h.ref}
                  </button>
                </th>
                <td>
                  <span title={h.cause ?? undefined}>{causeText(h.cause)}</span>
                </td>
                <td>{t(`board.actor.${h.actor}`)}</td>
                <td>{h.incident ? t('board.table.inIncident') : '–'}</td>
                <td>{h.change ? t(`board.change.${h.change}`) : '–'}</td>
                <td>{when(h.lastSweptAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
