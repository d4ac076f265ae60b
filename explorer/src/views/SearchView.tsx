import { useEffect, useState } from 'react';
import { ExplorerSearchDocument, type GraphNodeViewFieldsFragment } from '../../../client/generated/graphql';
import { useT } from '../i18n';
import { useLocation, useParamSetter } from '../url';
import { KindBadge, Link, nodeHref, organisationColour, Page, Status, Toolbar, useQuery } from '../ui';

function Hit({ view, extra }: { view: GraphNodeViewFieldsFragment; extra?: string }) {
  return (
    <li className="hit">
      <Link to={nodeHref(view.nodeId)}>{view.label}</Link>
      <div className="hit-meta">
        <KindBadge kind={view.kind} subtype={view.subtype} />
        {view.organisation && <span className="org"><span className="swatch" style={{ background: organisationColour(view.organisation.id) }} /> {view.organisation.acronym ?? view.organisation.name}</span>}
        {extra && <span className="extra">{extra}</span>}
      </div>
    </li>
  );
}

/** Search first: one box over names (acronyms, aliases, abbreviations) and the full text. */
export function SearchView() {
  const t = useT();
  const { params } = useLocation();
  const setParams = useParamSetter();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const variables = { text: q, first: 30, fuzzy: false };
  const exact = useQuery(ExplorerSearchDocument, variables, q.trim() === '');
  // No exact hit: try again tolerating typos.
  const needFuzzy = !!exact.data && exact.data.search.length === 0;
  const fuzzy = useQuery(ExplorerSearchDocument, { ...variables, fuzzy: true }, !needFuzzy);
  const data = needFuzzy ? fuzzy.data : exact.data;
  const lookup = exact.data?.lookup;
  return (
    <Page title={t('search')} toolbar={q ? <Toolbar name={`search-${q}`} document={ExplorerSearchDocument} variables={{ ...variables, fuzzy: needFuzzy }}
      rows={() => (data?.search ?? []).map((h) => ({ id: h.view.nodeId, kind: h.view.kind, label: h.view.label, organisation: h.view.organisationId, score: h.score }))}
      json={() => data} /> : undefined}>
      <form role="search" className="search" onSubmit={(e) => {
        e.preventDefault();
        setParams({ q: text.trim() }, true);
      }}>
        <label htmlFor="search-box" className="visually-hidden">{t('searchLabel')}</label>
        <input id="search-box" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('searchPlaceholder')} autoFocus />
        <button type="submit">{t('search')}</button>
      </form>
      <Status state={exact} />
      {lookup?.didYouMean && (
        <p className="did-you-mean">{t('didYouMean')} <Link to={`?q=${encodeURIComponent(lookup.didYouMean)}`}>{lookup.didYouMean}</Link>?</p>
      )}
      {lookup && lookup.matches.length > 0 && (
        <section aria-labelledby="names"><h2 id="names">{t('matches')}</h2>
          <ul className="hits">{lookup.matches.map((m) => <Hit key={m.view.id} view={m.view} extra={`${m.reason.toLowerCase()}: ${m.matched}`} />)}</ul>
        </section>
      )}
      {lookup && lookup.suggestions.length > 0 && (
        <section aria-labelledby="suggestions"><h2 id="suggestions">{t('suggestionsTitle')}</h2>
          <ul className="hits compact">{lookup.suggestions.map((m) => <Hit key={m.view.id} view={m.view} extra={m.matched} />)}</ul>
        </section>
      )}
      {q && data && (
        <section aria-labelledby="results"><h2 id="results">{t('results')}</h2>
          {needFuzzy && data.search.length > 0 && <p className="note">{t('approximate')}</p>}
          {data.search.length === 0 && <p>{t('noResults')}</p>}
          <ul className="hits">{data.search.map((h) => <Hit key={h.view.id} view={h.view} extra={h.score.toFixed(2)} />)}</ul>
        </section>
      )}
    </Page>
  );
}
