import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  ExplorerConnectionDocument, ExplorerNeighbourhoodDocument, ExplorerNeighboursDocument,
  type GraphEdgeViewFieldsFragment, type GraphNodeViewFieldsFragment, type NeighbourhoodFieldsFragment, type NodeKind,
} from '../../../client/generated/graphql';
import { request } from '../api';
import { download, downloadCsv, downloadJson, toGraphMl } from '../exporting';
import { kindName, useLang, useT } from '../i18n';
import { href, listParam, useLocation, useParamSetter } from '../url';
import { KIND_COLOURS, KindBadge, Link, nodeHref, organisationColour, Page, Toolbar } from '../ui';

cytoscape.use(fcose);

type NodeView = GraphNodeViewFieldsFragment;
type EdgeView = GraphEdgeViewFieldsFragment;
type Omission = NeighbourhoodFieldsFragment['omitted'][number];

const DEFAULT_HIDDEN = ['THEME', 'FIGURE'];
const ALL_KINDS = ['ORGANISATION', 'PLAN', 'STAKEHOLDER_GROUP', 'SWOT_ITEM', 'PESTEL_FACTOR', 'RISK', 'RISK_DOMAIN', 'OBJECTIVE', 'ACTION', 'DELIVERABLE', 'SYSTEM', 'FIGURE', 'THEME'];

interface GraphState {
  nodes: Map<string, NodeView>;
  edges: Map<string, EdgeView>;
  omitted: Map<string, Omission>;
  path: string[];
}

const omissionKey = (o: Omission) => `${o.via}|${o.relationship}|${o.direction}|${o.kind}`;

function layout(cy: Core, animate = false) {
  const n = cy.nodes().length;
  // The container says when a layout runs and when it is done (for people: aria-busy; for tests).
  const box = cy.container();
  box?.setAttribute('aria-busy', 'true');
  cy.one('layoutstop', () => box?.setAttribute('aria-busy', 'false'));
  cy.layout({
    name: 'fcose', quality: n > 250 ? 'draft' : 'default', animate, randomize: true, nodeDimensionsIncludeLabels: true,
    nodeRepulsion: () => 9000, idealEdgeLength: () => (n > 200 ? 60 : 90), packComponents: true, fit: true, padding: 30,
  } as cytoscape.LayoutOptions).run();
}

function esc(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** The picture as SVG, from the positions the layout gave. */
function graphSvg(cy: Core): string {
  const box = cy.elements().boundingBox({});
  const pad = 20;
  const parts: string[] = [];
  cy.edges().forEach((e) => {
    const s = e.source().position(), t = e.target().position();
    const dash = e.data('basis') === 'CURATED' ? ' stroke-dasharray="6 4"' : e.data('basis') === 'SUGGESTED' ? ' stroke-dasharray="2 3"' : '';
    parts.push(`<line x1="${s.x}" y1="${s.y}" x2="${t.x}" y2="${t.y}" stroke="#9aa5b1" stroke-width="${Math.min(4, e.data('weight'))}"${dash}/>`);
  });
  cy.nodes().forEach((n) => {
    const p = n.position();
    parts.push(`<circle cx="${p.x}" cy="${p.y}" r="${n.width() / 2}" fill="${n.data('colour')}"/><text x="${p.x}" y="${p.y + n.height() / 2 + 11}" text-anchor="middle" font-size="10">${esc(n.data('label'))}</text>`);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box.x1 - pad} ${box.y1 - pad} ${box.w + 2 * pad} ${box.h + 2 * pad + 12}" font-family="system-ui, sans-serif"><rect x="${box.x1 - pad}" y="${box.y1 - pad}" width="${box.w + 2 * pad}" height="${box.h + 2 * pad + 12}" fill="#fff"/>${parts.join('')}</svg>`;
}

/** The graph canvas: expand nodes, page through hubs, find paths; state in the URL. */
export function GraphView() {
  const t = useT();
  const lang = useLang();
  const { params } = useLocation();
  const setParams = useParamSetter();
  const expanded = listParam(params, 'nodes');
  const hidden = params.has('hide') ? listParam(params, 'hide') : DEFAULT_HIDDEN;
  const hiddenKinds = hidden.filter((k) => ALL_KINDS.includes(k)) as NodeKind[];
  const colourBy = params.get('colour') === 'kind' ? 'kind' : 'organisation';
  const depth = Math.min(3, Math.max(1, Number(params.get('depth') ?? 2) || 2));
  const [pathFrom, pathTo] = listParam(params, 'path');
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core>();
  const [graph, setGraph] = useState<GraphState>({ nodes: new Map(), edges: new Map(), omitted: new Map(), path: [] });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();
  const [selected, setSelected] = useState<string>();
  const [fromText, setFromText] = useState(pathFrom ?? '');
  const [toText, setToText] = useState(pathTo ?? '');

  const merge = (state: GraphState, nodes: readonly NodeView[], edges: readonly EdgeView[]) => {
    for (const n of nodes) if (!state.nodes.has(n.nodeId)) state.nodes.set(n.nodeId, n);
    for (const e of edges) state.edges.set(e.id, e);
  };

  // (Re)build the graph from the URL: every expanded node's neighbourhood, and the path.
  const graphKey = JSON.stringify({ expanded, hidden, depth, pathFrom, pathTo });
  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(undefined);
    (async () => {
      const state: GraphState = { nodes: new Map(), edges: new Map(), omitted: new Map(), path: [] };
      for (const [i, id] of expanded.entries()) {
        const data = await request(ExplorerNeighbourhoodDocument, { id, depth: i === 0 ? depth : 1, limit: i === 0 ? 80 : 40, excludeKinds: hiddenKinds });
        merge(state, data.neighbourhood.nodes, data.neighbourhood.edges);
        for (const o of data.neighbourhood.omitted) state.omitted.set(omissionKey(o), o);
      }
      if (pathFrom && pathTo) {
        const data = await request(ExplorerConnectionDocument, { from: pathFrom, to: pathTo, excludeKinds: hiddenKinds });
        const first = data.connection[0];
        for (const p of data.connection.slice(0, 3)) merge(state, p.views, p.edges);
        state.path = first ? first.views.map((v) => v.nodeId) : [];
      }
      // Nodes now shown are no longer "left out".
      for (const [k, o] of state.omitted) if (!state.nodes.has(o.via)) state.omitted.delete(k);
      if (live) setGraph(state);
    })().catch((e: Error) => live && setError(e.message)).finally(() => live && setLoading(false));
    return () => void (live = false);
  }, [graphKey]);

  const elements = useMemo<ElementDefinition[]>(() => [
    ...[...graph.nodes.values()].map((n) => ({
      data: {
        id: n.nodeId, label: n.shortLabel, kind: n.kind, basis: n.basis, degree: n.degree,
        colour: colourBy === 'kind' ? KIND_COLOURS[n.kind] ?? '#888' : organisationColour(n.organisationId),
        size: 16 + Math.min(30, Math.sqrt(n.degree) * 3), expanded: expanded.includes(n.nodeId) ? 1 : 0, onPath: graph.path.includes(n.nodeId) ? 1 : 0,
      },
    })),
    ...[...graph.edges.values()].filter((e) => graph.nodes.has(e.source) && graph.nodes.has(e.target)).map((e) => ({
      data: { id: e.id, source: e.source, target: e.target, relationship: e.relationship, basis: e.basis, weight: e.weight,
        onPath: graph.path.includes(e.source) && graph.path.includes(e.target) && Math.abs(graph.path.indexOf(e.source) - graph.path.indexOf(e.target)) === 1 ? 1 : 0 },
    })),
  ], [graph, colourBy, expanded.join(',')]);

  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      minZoom: 0.1,
      maxZoom: 4,
      style: [
        { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#1d2733', 'text-outline-color': '#fff', 'text-outline-width': 2 } },
        { selector: 'node[kind = "ORGANISATION"]', style: { shape: 'round-rectangle' } },
        { selector: 'node[kind = "PLAN"]', style: { shape: 'diamond' } },
        { selector: 'node[kind = "SWOT_ITEM"], node[kind = "RISK"]', style: { shape: 'triangle' } },
        { selector: 'node[expanded = 1]', style: { 'border-width': 3, 'border-color': '#1d2733' } },
        { selector: 'node[onPath = 1]', style: { 'border-width': 4, 'border-color': '#f1c40f' } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#e67e22' } },
        { selector: 'edge', style: { width: 'mapData(weight, 1, 5, 1, 4)', 'line-color': '#aab4bf', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#aab4bf', 'curve-style': 'bezier', 'arrow-scale': 0.7 } },
        { selector: 'edge[basis = "CURATED"]', style: { 'line-style': 'dashed', 'line-color': '#8e44ad', 'target-arrow-color': '#8e44ad' } },
        { selector: 'edge[basis = "SUGGESTED"]', style: { 'line-style': 'dotted', 'line-color': '#16a085', 'target-arrow-color': '#16a085' } },
        { selector: 'edge[onPath = 1]', style: { width: 4, 'line-color': '#f1c40f', 'target-arrow-color': '#f1c40f' } },
      ],
    });
    cy.on('tap', 'node', (e) => setSelected(e.target.id()));
    cy.on('dbltap', 'node', (e) => {
      const id = e.target.id() as string;
      setParams({ nodes: [...listParam(new URLSearchParams(window.location.search), 'nodes').filter((x) => x !== id), id] });
    });
    cyRef.current = cy;
    (window as unknown as { plangraphCy?: Core }).plangraphCy = cy;
    return () => cy.destroy();
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    if (elements.length) layout(cy);
  }, [elements]);

  const showMore = async (o: Omission) => {
    const data = await request(ExplorerNeighboursDocument, { id: o.via, relationship: o.relationship, kind: o.kind, excludeIds: [...graph.nodes.keys()], first: 25 });
    const state: GraphState = { nodes: new Map(graph.nodes), edges: new Map(graph.edges), omitted: new Map(graph.omitted), path: graph.path };
    merge(state, data.neighbours.edges.map((e) => e.node), data.neighbours.edges.flatMap((e) => e.links));
    const left = data.neighbours.totalCount - data.neighbours.edges.length;
    if (left > 0) state.omitted.set(omissionKey(o), { ...o, count: left });
    else state.omitted.delete(omissionKey(o));
    setGraph(state);
  };

  const selectedView = selected ? graph.nodes.get(selected) : undefined;
  const label = (id: string) => graph.nodes.get(id)?.shortLabel ?? id;
  const exportGraph = () => ({
    nodes: [...graph.nodes.values()].map((n) => ({ id: n.nodeId, label: n.label, kind: n.kind, organisation: n.organisationId })),
    edges: [...graph.edges.values()].map((e) => ({ id: e.id, source: e.source, target: e.target, relationship: e.relationship, basis: e.basis, weight: e.weight })),
  });
  const firstVariables = expanded[0] ? { id: expanded[0], depth, limit: 80, excludeKinds: hiddenKinds } : { id: '', depth };
  return (
    <Page title={t('graph')} toolbar={
      <Toolbar name="graph" document={ExplorerNeighbourhoodDocument} variables={firstVariables}
        rows={() => exportGraph().nodes} json={() => exportGraph()}>
        <button type="button" onClick={async () => { const cy = cyRef.current; if (cy) download('graph.png', await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' })); }}>{t('exportPng')}</button>
        <button type="button" onClick={() => cyRef.current && download('graph.svg', graphSvg(cyRef.current), 'image/svg+xml')}>{t('exportSvg')}</button>
        <button type="button" onClick={() => download('graph.graphml', toGraphMl(exportGraph()), 'application/graphml+xml')}>{t('exportGraphml')}</button>
        <button type="button" onClick={() => downloadCsv('graph-edges', exportGraph().edges)}>CSV (edges)</button>
      </Toolbar>}>
      <div className="graph-layout">
        <div className="graph-side">
          <form className="graph-form" onSubmit={(e) => {
            e.preventDefault();
            const id = (new FormData(e.currentTarget).get('expand') as string).trim();
            if (id) setParams({ nodes: [...expanded.filter((x) => x !== id), id] });
          }}>
            <label htmlFor="expand-id">{t('expand')} (id)</label>
            <div className="row"><input id="expand-id" name="expand" defaultValue="" placeholder="ejtn, igo, system/SISET" /><button type="submit">{t('expand')}</button></div>
          </form>
          <form className="graph-form" onSubmit={(e) => { e.preventDefault(); setParams({ path: fromText && toText ? [fromText.trim(), toText.trim()] : null }); }}>
            <fieldset><legend>{t('path')}</legend>
              <label>{t('from')} <input value={fromText} onChange={(e) => setFromText(e.target.value)} placeholder="igo" /></label>
              <label>{t('to')} <input value={toText} onChange={(e) => setToText(e.target.value)} placeholder="ssr" /></label>
              <button type="submit">{t('findPath')}</button>
            </fieldset>
          </form>
          <div className="graph-form">
            <label>{t('colourBy')}{' '}
              <select value={colourBy} onChange={(e) => setParams({ colour: e.target.value === 'kind' ? 'kind' : null })}>
                <option value="organisation">{t('organisation')}</option><option value="kind">{t('kind')}</option>
              </select>
            </label>
            <details><summary>{t('hideKinds')} ({hidden.length})</summary>
              {ALL_KINDS.map((k) => (
                <label key={k} className="block"><input type="checkbox" checked={hidden.includes(k)} onChange={(e) => setParams({ hide: e.target.checked ? [...hidden, k] : hidden.filter((x) => x !== k).concat(hidden.length === 1 ? ['NONE'] : []) })} /> {kindName(k, lang, true)}</label>
              ))}
            </details>
            <button type="button" onClick={() => cyRef.current && layout(cyRef.current, true)}>{t('layout')}</button>
            <button type="button" onClick={() => { setParams({ nodes: null, path: null }); setSelected(undefined); }}>{t('clear')}</button>
          </div>
          {selectedView && (
            <div className="panel" aria-live="polite">
              <h2>{t('selected')}</h2>
              <p><Link to={nodeHref(selectedView.nodeId)}>{selectedView.label}</Link></p>
              <p><KindBadge kind={selectedView.kind} subtype={selectedView.subtype} /> {selectedView.organisationId} · {selectedView.degree} {t('degree')}</p>
              <button type="button" onClick={() => setParams({ nodes: [...expanded.filter((x) => x !== selectedView.nodeId), selectedView.nodeId] })}>{t('expand')}</button>
            </div>
          )}
          <div className="panel">
            <h2>{t('leftOut')}</h2>
            {graph.omitted.size === 0 ? <p>{t('noneLeftOut')}</p> : (
              <ul className="omitted">
                {[...graph.omitted.values()].sort((a, b) => b.count - a.count).map((o) => (
                  <li key={omissionKey(o)}><button type="button" className="more" onClick={() => void showMore(o)}>
                    +{o.count} {t('more')} {kindName(o.kind, lang, o.count !== 1).toLowerCase()} {t('of')} {label(o.via)} <small>({o.relationship})</small>
                  </button></li>
                ))}
              </ul>
            )}
          </div>
          <div className="legend-box">
            <span className="legend"><svg width="30" height="6"><line x1="0" y1="3" x2="30" y2="3" stroke="#aab4bf" strokeWidth="2" /></svg> {t('stated')}</span>
            <span className="legend"><svg width="30" height="6"><line x1="0" y1="3" x2="30" y2="3" stroke="#8e44ad" strokeWidth="2" strokeDasharray="6 4" /></svg> {t('curated')}</span>
            <span className="legend"><svg width="30" height="6"><line x1="0" y1="3" x2="30" y2="3" stroke="#16a085" strokeWidth="2" strokeDasharray="2 3" /></svg> {t('suggested')}</span>
          </div>
        </div>
        <div className="graph-main">
          {loading && <p className="loading overlay" aria-live="polite">{t('loading')}</p>}
          {error && <p className="error" role="alert">{error}</p>}
          {expanded.length === 0 && !pathFrom && <p className="note overlay">{t('expand')}: <Link to={href(['graph'], { nodes: 'ejtn' })}>EJTN</Link> · <Link to={href(['graph'], { nodes: 'system/SISET' })}>SISET</Link> · <Link to={href(['graph'], { path: 'igo,ssr' })}>IGO → SSR</Link></p>}
          <div ref={container} className="cy" role="img" aria-label={`${t('graph')}: ${graph.nodes.size} nodes, ${graph.edges.size} edges`} />
          <details className="node-list">
            <summary>{graph.nodes.size} nodes, {graph.edges.size} edges</summary>
            <ul>{[...graph.nodes.values()].map((n) => <li key={n.nodeId} data-node={n.nodeId}><button type="button" className="linklike" onClick={() => { setSelected(n.nodeId); cyRef.current?.getElementById(n.nodeId).select(); }}>{n.shortLabel}</button> {n.label} <small>({kindName(n.kind, lang)}{n.organisationId ? `, ${n.organisationId}` : ''})</small></li>)}</ul>
          </details>
        </div>
      </div>
    </Page>
  );
}
