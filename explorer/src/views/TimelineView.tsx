import { useRef } from 'react';
import { ExplorerTimelineDocument } from '../../../client/generated/graphql';
import { downloadPng, downloadSvg } from '../exporting';
import { useT } from '../i18n';
import { listParam, useLocation, useParamSetter } from '../url';
import { Link, nodeHref, OrganisationPicker, organisationColour, Page, Status, Toolbar, useAllPages } from '../ui';

const STATUS_COLOURS: Record<string, string> = { DONE: '#2e7d32', ON_TRACK: '#1565c0', ONGOING: '#00838f', DELAYED: '#ef6c00', STOPPED: '#c62828', NOT_STARTED: '#757575' };
const statusColour = (s: string | null | undefined) => (s ? STATUS_COLOURS[s] ?? '#555' : '#9aa5b1');

/** Actions and deliverables due in a window, on a time axis, one lane per organisation, coloured by status. */
export function TimelineView() {
  const t = useT();
  const { params } = useLocation();
  const setParams = useParamSetter();
  const from = params.get('from') ?? '2025-01-01';
  const to = params.get('to') ?? '2025-12-31';
  const organisations = listParam(params, 'orgs');
  const variables = { from, to, organisations: organisations.length ? organisations : null, first: 100 };
  const state = useAllPages(ExplorerTimelineDocument, variables, (d) => d.timeline);
  const svg = useRef<SVGSVGElement>(null);
  const entries = state.data?.nodes ?? [];
  const lanes = [...new Set(entries.map((e) => e.organisation.id))];
  const start = Date.parse(from), end = Math.max(Date.parse(to), start + 86_400_000);
  const labelW = 90, width = 960, laneH = 64, top = 30;
  const x = (date: string) => labelW + ((Date.parse(date) - start) / (end - start)) * (width - labelW - 20);
  const height = top + lanes.length * laneH + 20;
  const months: Date[] = [];
  for (let d = new Date(start); d.getTime() <= end; d = new Date(d.getFullYear(), d.getMonth() + 1, 1)) months.push(new Date(d.getFullYear(), d.getMonth(), 1));
  const rows = () => entries.map((e) => ({ date: e.date, dateText: e.dateText, kind: e.kind, organisation: e.organisation.id, action: e.action.id, code: e.action.code, title: e.deliverable?.title ?? e.action.title, status: e.deliverable?.status ?? e.action.status }));
  return (
    <Page title={t('timeline')} toolbar={
      <Toolbar name={`timeline-${from}-${to}`} document={ExplorerTimelineDocument} variables={variables} rows={rows} json={() => state.data}>
        <button type="button" onClick={() => svg.current && downloadSvg('timeline', svg.current)}>{t('exportSvg')}</button>
        <button type="button" onClick={() => svg.current && void downloadPng('timeline', svg.current)}>{t('exportPng')}</button>
      </Toolbar>}>
      <div className="controls">
        <label>{t('from')} <input type="date" value={from} onChange={(e) => e.target.value && setParams({ from: e.target.value })} /></label>
        <label>{t('to')} <input type="date" value={to} onChange={(e) => e.target.value && setParams({ to: e.target.value })} /></label>
        <OrganisationPicker selected={organisations} onChange={(ids) => setParams({ orgs: ids })} />
      </div>
      <Status state={state} />
      {state.data && <p className="note">{state.data.totalCount} · {Object.entries(STATUS_COLOURS).map(([s, c]) => <span key={s} className="legend"><span className="swatch" style={{ background: c }} /> {s.toLowerCase().replace('_', ' ')}</span>)}</p>}
      {state.data && (
        <svg ref={svg} className="timeline" viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={t('timeline')} fontFamily="system-ui, sans-serif" fontSize="11">
          <rect x="0" y="0" width={width} height={height} fill="#ffffff" />
          {months.map((m) => {
            const iso = `${m.getFullYear()}-${String(m.getMonth() + 1).padStart(2, '0')}-01`;
            return Date.parse(iso) >= start ? <g key={iso}><line x1={x(iso)} x2={x(iso)} y1={top - 8} y2={height - 10} stroke="#e3e7ed" /><text x={x(iso) + 2} y={top - 12} fill="#555">{iso.slice(0, 7)}</text></g> : null;
          })}
          {lanes.map((lane, i) => (
            <g key={lane}>
              <text x="4" y={top + i * laneH + laneH / 2} fontWeight="600" fill={organisationColour(lane)}>{entries.find((e) => e.organisation.id === lane)?.organisation.acronym ?? lane}</text>
              <line x1={labelW} x2={width - 20} y1={top + i * laneH + laneH / 2} y2={top + i * laneH + laneH / 2} stroke="#ccd3dc" />
              {entries.filter((e) => e.organisation.id === lane).map((e, k) => {
                const status = e.deliverable?.status ?? e.action.status;
                const cy = top + i * laneH + 10 + (k % 4) * 12;
                return (
                  <a key={`${e.action.id}-${e.deliverable?.id ?? ''}-${k}`} href={nodeHref(e.deliverable?.id ?? e.action.id)}>
                    {e.kind === 'DELIVERABLE'
                      ? <rect x={x(e.date) - 4} y={cy - 4} width="8" height="8" fill={statusColour(status)} />
                      : <circle cx={x(e.date)} cy={cy} r="5" fill={statusColour(status)} />}
                    <title>{`${e.dateText ?? e.date} — ${e.action.code ?? ''} ${e.deliverable?.title ?? e.action.title}${status ? ` (${status})` : ''}`}</title>
                  </a>
                );
              })}
            </g>
          ))}
        </svg>
      )}
      <ul className="timeline-list">
        {entries.map((e, k) => (
          <li key={k}><time dateTime={e.date}>{e.date}</time> <span className="swatch" style={{ background: statusColour(e.deliverable?.status ?? e.action.status) }} /> {e.organisation.acronym ?? e.organisation.id}: <Link to={nodeHref(e.deliverable?.id ?? e.action.id)}>{e.action.code} {e.deliverable?.title ?? e.action.title}</Link> {e.dateText && <small>({e.dateText})</small>}</li>
        ))}
      </ul>
    </Page>
  );
}
