import { useRef, useState } from 'react';
import { ExplorerThemeMatrixDocument } from '../../../client/generated/graphql';
import { downloadPng, downloadSvg } from '../exporting';
import { useLang, useT } from '../i18n';
import { href, useLocation, useParamSetter } from '../url';
import { Link, Page, Status, Toolbar, useQuery } from '../ui';

const MEASURES = ['total', 'objectives', 'actions', 'swotItems', 'pestelFactors'] as const;
type Measure = (typeof MEASURES)[number];

/** Themes × organisations as a heatmap (SVG, exportable as SVG and PNG). */
export function ThemeMatrixView() {
  const t = useT();
  const lang = useLang();
  const { params } = useLocation();
  const setParams = useParamSetter();
  const measure = (MEASURES as readonly string[]).includes(params.get('measure') ?? '') ? (params.get('measure') as Measure) : 'total';
  const variables = {};
  const state = useQuery(ExplorerThemeMatrixDocument, variables);
  const svg = useRef<SVGSVGElement>(null);
  const [hover, setHover] = useState<string | undefined>();
  const m = state.data?.themeMatrix;
  const cell = new Map((m?.cells ?? []).map((c) => [`${c.theme.id}|${c.organisation.id}`, c]));
  const themes = (m?.themes ?? []).filter((th) => (m?.cells ?? []).some((c) => c.theme.id === th.id && c[measure] > 0));
  const orgs = m?.organisations ?? [];
  const max = Math.max(1, ...(m?.cells ?? []).map((c) => c[measure]));
  const labelW = 220, cellW = 70, cellH = 22, headH = 40;
  const width = labelW + orgs.length * cellW + 10, height = headH + themes.length * cellH + 10;
  const themeLabel = (th: { name: string; labelEn?: string | null }) => (lang === 'en' ? th.labelEn ?? th.name : th.name);
  const rows = () => (m?.cells ?? []).map((c) => ({ theme: c.theme.id, organisation: c.organisation.id, objectives: c.objectives, actions: c.actions, swotItems: c.swotItems, pestelFactors: c.pestelFactors, total: c.total }));
  return (
    <Page title={t('themes')} toolbar={
      <Toolbar name="theme-matrix" document={ExplorerThemeMatrixDocument} variables={variables} rows={rows} json={() => state.data}>
        <button type="button" onClick={() => svg.current && downloadSvg('theme-matrix', svg.current)}>{t('exportSvg')}</button>
        <button type="button" onClick={() => svg.current && void downloadPng('theme-matrix', svg.current)}>{t('exportPng')}</button>
      </Toolbar>}>
      <div className="controls">
        <label>{t('count')}{' '}
          <select value={measure} onChange={(e) => setParams({ measure: e.target.value === 'total' ? null : e.target.value })}>
            {MEASURES.map((x) => <option key={x} value={x}>{t(x)}</option>)}
          </select>
        </label>
      </div>
      <Status state={state} />
      {m && (
        <svg ref={svg} className="heatmap" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={t('themes')} fontFamily="system-ui, sans-serif" fontSize="12">
          <rect x="0" y="0" width={width} height={height} fill="#ffffff" />
          {orgs.map((o, j) => <text key={o.id} x={labelW + j * cellW + cellW / 2} y={headH - 10} textAnchor="middle" fontWeight="600">{o.acronym ?? o.name.slice(0, 10)}</text>)}
          {themes.map((th, i) => (
            <g key={th.id}>
              <text x={labelW - 8} y={headH + i * cellH + cellH / 2 + 4} textAnchor="end">{themeLabel(th)}</text>
              {orgs.map((o, j) => {
                const c = cell.get(`${th.id}|${o.id}`);
                const v = c ? c[measure] : 0;
                const intensity = v / max;
                const key = `${th.id}|${o.id}`;
                return (
                  <g key={o.id} onMouseEnter={() => setHover(key)} onMouseLeave={() => setHover(undefined)}>
                    <rect x={labelW + j * cellW + 1} y={headH + i * cellH + 1} width={cellW - 2} height={cellH - 2} rx="3"
                      fill={v === 0 ? '#f2f4f7' : `rgba(11, 92, 173, ${0.15 + 0.85 * intensity})`} stroke={hover === key ? '#111' : 'none'}>
                      <title>{`${themeLabel(th)} × ${o.acronym ?? o.name}: ${c ? `${c.objectives} ${t('objectives').toLowerCase()}, ${c.actions} ${t('actions').toLowerCase()}, ${c.swotItems} SWOT, ${c.pestelFactors} PESTEL` : 0}`}</title>
                    </rect>
                    {v > 0 && <text x={labelW + j * cellW + cellW / 2} y={headH + i * cellH + cellH / 2 + 4} textAnchor="middle" fill={intensity > 0.5 ? '#fff' : '#111'}>{v}</text>}
                  </g>
                );
              })}
            </g>
          ))}
        </svg>
      )}
      {m && <p className="note"><Link to={href(['shared-objectives'])}>{t('sharedObjectives')}</Link></p>}
    </Page>
  );
}
