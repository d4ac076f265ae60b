import { ExplorerOrganisationHomeDocument, ExplorerSharedObjectivesDocument, ExplorerThemeMatrixDocument } from '../../../client/generated/graphql';
import { useLang, useT } from '../i18n';
import { href } from '../url';
import { Link, nodeHref, organisationColour, organisationHref, Page, Status, Toolbar, usePublishers, useQuery } from '../ui';

/** An organisation's home: its plans and objectives, and what it shares with the others. */
export function OrganisationHome({ id }: { id: string }) {
  const t = useT();
  const lang = useLang();
  const publishers = usePublishers();
  if (!id) {
    return (
      <Page title={t('organisations')}>
        <ul className="cards">
          {publishers.map((p) => (
            <li key={p.id} className="card"><h2><span className="swatch" style={{ background: organisationColour(p.id) }} /> <Link to={organisationHref(p.id)}>{p.acronym ? `${p.acronym} — ` : ''}{p.name}</Link></h2>
              <ul>{p.plans.map((pl) => <li key={pl.id}><Link to={nodeHref(pl.id)}>{pl.title}</Link></li>)}</ul></li>
          ))}
        </ul>
      </Page>
    );
  }
  return <OrganisationPage id={id} lang={lang} t={t} others={publishers.filter((p) => p.id !== id).map((p) => ({ id: p.id, name: p.acronym ?? p.name }))} />;
}

function OrganisationPage({ id, lang, t, others }: { id: string; lang: string; t: ReturnType<typeof useT>; others: { id: string; name: string }[] }) {
  const variables = { id };
  const state = useQuery(ExplorerOrganisationHomeDocument, variables);
  const matrix = useQuery(ExplorerThemeMatrixDocument, { organisations: [id] });
  const shared = useQuery(ExplorerSharedObjectivesDocument, { organisation: id, limit: 3 });
  const o = state.data?.organisation;
  const themes = (matrix.data?.themeMatrix.cells ?? []).filter((c) => c.total > 0).sort((a, b) => b.total - a.total);
  const themeById = new Map((matrix.data?.themeMatrix.themes ?? []).map((th) => [th.id, th]));
  const alignments = (shared.data?.sharedObjectives.nodes ?? []).flatMap((s) => s.matches.filter((m) => m.alignments.length > 0).map((m) => ({ s, m })));
  return (
    <Page title={o ? `${o.acronym ? `${o.acronym} — ` : ''}${o.name}` : id} toolbar={<Toolbar name={`organisation-${id}`} document={ExplorerOrganisationHomeDocument} variables={variables} json={() => state.data} />}>
      <Status state={state} />
      {o && (
        <>
          <p className="node-head"><span className="swatch" style={{ background: organisationColour(o.id) }} /> {o.country} · {o.governmentLevel?.toLowerCase()} · {o.organisationKind?.toLowerCase().replace(/_/g, ' ')}
            {o.parent && <> · <Link to={organisationHref(o.parent.id)}>{o.parent.name}</Link></>} · <Link to={nodeHref(o.id)}>{t('fields')}</Link> · <Link to={href(['graph'], { nodes: o.id })}>{t('openGraph')}</Link></p>
          {o.aliases.length > 0 && <p>{t('aliases')}: {o.aliases.join(' · ')}</p>}
          {o.plans.nodes.map((plan) => (
            <section key={plan.id} className="card">
              <h2><Link to={nodeHref(plan.id)}>{plan.title}</Link> {plan.period && <small>{plan.period.from}–{plan.period.to}</small>}</h2>
              <h3>{t('objectives')} ({plan.objectives.totalCount})</h3>
              <ul className="columns-list">{plan.objectives.nodes.filter((ob) => ob.level === 'STRATEGIC' || plan.objectives.totalCount <= 30).map((ob) => <li key={ob.id}><Link to={nodeHref(ob.id)}><span className="code">{ob.code}</span> {ob.title}</Link></li>)}</ul>
            </section>
          ))}
          <section className="card">
            <h2>{t('sharedWith')}</h2>
            <h3>{t('partners')}</h3>
            <ul>{others.map((other) => <li key={other.id}><Link to={href(['partners'], { orgs: [id, other.id] })}>{o.acronym ?? o.name} + {other.name}</Link></li>)}</ul>
            <h3>{t('themeTags')}</h3>
            <p>{themes.slice(0, 12).map((c) => {
              const th = themeById.get(c.theme.id);
              return <span key={c.theme.id} className="tag">{th ? (lang === 'en' ? th.labelEn ?? th.name : th.name) : c.theme.id} ({c.total})</span>;
            })}</p>
            <h3>{t('alignments')}</h3>
            <ul>
              {alignments.map(({ s, m }) => (
                <li key={`${s.objective.id}-${m.objective.id}`}>
                  <Link to={nodeHref(s.objective.id)}>{s.objective.code}</Link> ↔ {m.organisation.acronym ?? m.organisation.name} <Link to={nodeHref(m.objective.id)}>{m.objective.code} {m.objective.title}</Link>
                  {m.reasons.filter((r) => r.startsWith('curated alignment')).map((r, i) => <small key={i} className="block" lang="en">{r}</small>)}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </Page>
  );
}
